"""Pure-Python engines of RedNote Studio. Nothing below this package may import Qt."""
