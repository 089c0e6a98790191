"""Note package export: what agency staff send a client for approval."""

from .model import ExportCancelled, ExportError, NotePackage, Override, PhotoVerdict
from .package import export_package, safe_name
from .report import build_report
from .text import clean_hashtag, hashtag_line, ready_to_paste

__all__ = [
    "ExportCancelled",
    "ExportError",
    "NotePackage",
    "Override",
    "PhotoVerdict",
    "build_report",
    "clean_hashtag",
    "export_package",
    "hashtag_line",
    "ready_to_paste",
    "safe_name",
]
