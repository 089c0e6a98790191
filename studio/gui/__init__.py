"""PySide6 user interface: one package per panel; logic lives in studio.core."""
