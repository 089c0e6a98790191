import os
import stat
import sys

import pytest

from studio.core import paths


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_user_folders_are_private(tmp_path, monkeypatch):
    """Drafts, photos and the log were created world-readable (0755 under a 0755 home)."""
    monkeypatch.setenv("REDNOTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REDNOTE_LOG_DIR", str(tmp_path / "logs"))
    old = os.umask(0o022)
    try:
        for folder in (paths.user_data_dir(), paths.user_log_dir()):
            assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0, oct(folder.stat().st_mode)
    finally:
        os.umask(old)
