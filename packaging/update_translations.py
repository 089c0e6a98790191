"""Extract UI strings into a .ts file and compile it to the .qm the app loads.

Each engineer owns one translation set (a .ts file plus the sources it covers), so no two
people edit the same file:

    uv run python packaging/update_translations.py app            # a preset below
    uv run python packaging/update_translations.py panels2        # the part-two panels

Existing translations are kept by lupdate; new strings appear as "unfinished" in the .ts
(edit them with ``pyside6-linguist`` or by hand), then run this again to rebuild the .qm.
Both the .ts and the .qm are committed, so a fresh clone runs translated without a build.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "assets" / "translations"
LOCALES = ("zh_CN",)

# Sources of the note composer, sidebar, library and shell (owner: the composer engineer).
PRESETS: dict[str, list[str]] = {
    "app": [
        "studio/gui/app.py",
        "studio/gui/errors.py",
        "studio/gui/main_window.py",
        "studio/gui/note_panel.py",
        "studio/gui/panels.py",
        "studio/gui/editor",
        "studio/gui/sidebar",
        "studio/gui/hashtags",
        "studio/gui/library",
        "studio/gui/templates",
    ],
    # Profile, cover, photos and export panels, and the helpers they share (owner: part two).
    "panels2": [
        "studio/gui/profile",
        "studio/gui/cover",
        "studio/gui/photos",
        "studio/gui/export",
        "studio/gui/common",
    ],
}


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found; run this with `uv run` so the venv's tools are used")
    return found


def _python_files(sources: list[str]) -> list[str]:
    files: list[str] = []
    for source in sources:
        path = ROOT / source
        if path.is_dir():
            files += sorted(str(p) for p in path.rglob("*.py"))
        elif path.exists():
            files.append(str(path))
        else:
            raise SystemExit(f"no such source: {source}")
    return files


def update(name: str, sources: list[str], release_only: bool = False) -> list[Path]:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    built = []
    for locale in LOCALES:
        ts = TRANSLATIONS / f"{name}_{locale}.ts"
        if not release_only:
            files = _python_files(sources)
            subprocess.run(
                [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                check=True,
            )
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="translation set, e.g. app or panels2")
    parser.add_argument("sources", nargs="*", help="files or folders (default: the preset)")
    parser.add_argument("--release-only", action="store_true", help="only rebuild the .qm")
    args = parser.parse_args()
    sources = args.sources or PRESETS.get(args.name)
    if not sources and not args.release_only:
        parser.error(f"no preset named {args.name!r}; give the sources")
    for qm in update(args.name, sources or [], args.release_only):
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
