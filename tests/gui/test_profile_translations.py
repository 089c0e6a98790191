"""The part-two panels' Chinese translation (panels2_zh_CN.ts) covers every string, finished."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

from studio.core import paths


def _keys(path):
    root = ET.parse(path).getroot()
    return {(c.find("name").text, m.find("source").text) for c in root.iter("context") for m in c.iter("message")}


def test_panels2_translation_is_complete(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_translations", paths.project_root() / "packaging" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    sources = tool.PRESETS["panels2"]
    fresh = tmp_path / "fresh_zh_CN.ts"
    subprocess.run([tool._tool("pyside6-lupdate"), *tool._python_files(sources), "-ts", str(fresh)],
                   check=True, capture_output=True)
    committed = paths.assets_dir() / "translations" / "panels2_zh_CN.ts"
    missing = _keys(fresh) - _keys(committed)
    assert not missing, f"run packaging/update_translations.py panels2: {missing}"
    # A translated class moved out of the preset's folders would lose its strings on the next
    # run (lupdate runs with -no-obsolete): every committed string must still be found.
    lost = _keys(committed) - _keys(fresh)
    assert not lost, f"add their sources to PRESETS['panels2'] in update_translations.py: {lost}"
    root = ET.parse(committed).getroot()
    unfinished = [m.find("source").text for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not "".join(m.find("translation").itertext()).strip()]
    assert not unfinished
