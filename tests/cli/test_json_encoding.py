"""JSON output is UTF-8 even where redirected output uses the ANSI code page (Windows:
cp1252 on an English system, GBK on a Chinese one). PYTHONIOENCODING recreates that here."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def _run(*args: str, encoding: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "REDNOTE_LANG": "zh"}
    return subprocess.run([sys.executable, "-m", "studio", *args], input=stdin, capture_output=True,
                          timeout=120, env=env)


@pytest.mark.parametrize("encoding", ["cp1252", "gbk"])
def test_check_json_is_utf8(encoding):
    result = _run("check", "--format", "json", "-", encoding=encoding, stdin="这是最好用的面霜 👍".encode())
    payload = json.loads(result.stdout.decode("utf-8"))
    texts = [f["text"] for r in payload["results"] for f in r["findings"]]
    assert "最好用" in texts or "最好" in texts, payload


def test_cover_template_list_json_is_utf8():
    result = _run("cover", "--list-templates", "--format", "json", encoding="cp1252")
    assert result.returncode == 0, result.stderr
    names = json.dumps(json.loads(result.stdout.decode("utf-8")), ensure_ascii=False)
    assert any("\u4e00" <= c <= "\u9fff" for c in names)  # the Chinese names survived
