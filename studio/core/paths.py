"""Where bundled data and per-user data live."""

from __future__ import annotations

import os
import sys
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


def _override(var: str) -> Path | None:
    value = os.environ.get(var)
    return Path(value) if value else None


def user_data_dir() -> Path:
    """Library database and media. Tests point REDNOTE_DATA_DIR at a temp dir."""
    path = _override("REDNOTE_DATA_DIR") or Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    path = _override("REDNOTE_CACHE_DIR") or Path(platformdirs.user_cache_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    path = _override("REDNOTE_LOG_DIR") or Path(platformdirs.user_log_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path
