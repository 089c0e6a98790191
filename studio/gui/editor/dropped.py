"""Text files dropped on the title or body: their text goes in, not their file:// address.

Dragging a draft saved as .txt or .md from the file manager used to insert
"file:///home/…/draft.txt". Only local .txt/.md files are read, as UTF-8 (a BOM is
dropped); anything else is refused with a reason the editor shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

TEXT_SUFFIXES = (".txt", ".md")


class DropRefused(Exception):
    """A dropped file that cannot go into the note; ``str()`` says why (translated)."""


def dropped_paths(source) -> list[Path]:
    """The local files in a drop (empty for a text drag or a paste)."""
    if not source.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]


def read_dropped(paths: list[Path], max_chars: int) -> str:
    """The files' text, joined by blank lines; raises DropRefused."""
    texts = []
    for path in paths:
        if path.suffix.lower() not in TEXT_SUFFIXES:
            raise DropRefused(
                QCoreApplication.translate("NoteTextEdit", "%1 is not a .txt or .md file. Drop text files here; photos go to the Photos tab.")
                .replace("%1", path.name)
            )
        try:
            if path.stat().st_size > 4 * max_chars:  # UTF-8 needs at most 4 bytes a character
                raise DropRefused(
                    QCoreApplication.translate("NoteTextEdit", "%1 is too long for a note.").replace("%1", path.name)
                )
            data = path.read_bytes()
        except OSError as exc:
            raise DropRefused(
                QCoreApplication.translate("NoteTextEdit", "%1 could not be read: %2").replace("%1", path.name).replace("%2", exc.strerror or str(exc))
            ) from None
        try:
            texts.append(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise DropRefused(
                QCoreApplication.translate("NoteTextEdit", "%1 is not UTF-8 text. Save it as UTF-8 and drop it again.").replace("%1", path.name)
            ) from None
    return "\n\n".join(texts)
