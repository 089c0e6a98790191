"""The layering contract: studio.core never imports Qt (checked by import-linter)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_never_imports_qt():
    lint_imports = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run(
        [lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "studio.core never imports Qt KEPT" in result.stdout


def test_no_qt_text_in_core_sources():
    # A belt-and-braces check that also catches lazy imports inside functions.
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "studio" / "core").rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
