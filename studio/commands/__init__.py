"""Command-line subcommands. Each module exposes ``register(subparsers)``.

The module list lives here so that ``studio.cli`` stays a thin dispatcher and each
subcommand is owned by exactly one module.
"""

SUBCOMMAND_MODULES = (
    "studio.commands.check",
    "studio.commands.cover",
    "studio.commands.photo",
)


class InputError(Exception):
    """A problem with what the user gave us (a file, an option): exit 2 with this message."""
