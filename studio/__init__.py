"""RedNote Studio: write, check and prepare Xiaohongshu notes before they are posted."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rednote-studio")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+unknown"
