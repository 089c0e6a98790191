"""Where bundled data and per-user data live."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs

APP_NAME = "RedNoteStudio"


def project_root() -> Path:
    # PyInstaller unpacks data next to the executable under sys._MEIPASS.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def assets_dir() -> Path:
    return project_root() / "assets"


def rules_dir() -> Path:
    return project_root() / "rules"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def _user_dir(var: str, default: Callable[[str, bool], str]) -> Path:
    """``$var`` if set (tests point these at temp dirs), else the platform's folder; created
    readable by this user only: it holds unpublished drafts, photos and the log, and several
    Linux distributions make home folders readable by every local user (Windows ignores it)."""
    value = os.environ.get(var)
    path = Path(value) if value else Path(default(APP_NAME, False))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    """Library database and media."""
    return _user_dir("REDNOTE_DATA_DIR", platformdirs.user_data_dir)


def user_cache_dir() -> Path:
    return _user_dir("REDNOTE_CACHE_DIR", platformdirs.user_cache_dir)


def user_log_dir() -> Path:
    return _user_dir("REDNOTE_LOG_DIR", platformdirs.user_log_dir)
