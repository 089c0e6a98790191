"""GUI pieces used by more than one panel (image conversion, findings list, rebuilding tab)."""
