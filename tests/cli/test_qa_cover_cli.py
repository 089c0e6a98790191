"""`rednote-studio cover --list-templates` in Chinese: the columns line up in a terminal."""

import unicodedata

from studio.cli import main


def columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_chinese_template_list_lines_up(capsys, monkeypatch):
    from studio.core import i18n
    from studio.core.cover import list_templates

    monkeypatch.setenv("REDNOTE_LANG", "zh")
    i18n.set_language(None)
    assert main(["cover", "--list-templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    descriptions = [t.description["zh"] for t in list_templates()]
    # Terminal column where each description starts (a Chinese character is two columns).
    starts = {columns(line[: line.index(d)]) for line, d in zip(lines, descriptions, strict=True)}
    assert len(starts) == 1, starts
