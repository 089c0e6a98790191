"""Command-line subcommands. Each module exposes ``register(subparsers)``.

The module list lives here so that ``studio.cli`` stays a thin dispatcher and each
subcommand is owned by exactly one module.
"""

import glob
import io
import json
import os
import sys

SUBCOMMAND_MODULES = (
    "studio.commands.check",
    "studio.commands.cover",
    "studio.commands.photo",
)


class InputError(Exception):
    """A problem with what the user gave us (a file, an option): exit 2 with this message."""


def print_json(payload) -> None:
    """Write ``payload`` as JSON in UTF-8 (RFC 8259), whatever the console's encoding.

    Redirected output on Windows uses the ANSI code page: `check --format json > out.json`
    turned every Chinese character into "?" on an English Windows (cp1252) and wrote GBK,
    which JSON readers refuse, on a Chinese one."""
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
        stream.flush()
        stream.buffer.write(text.encode("utf-8"))
        stream.buffer.flush()
    else:
        stream.write(text)


def expand_wildcards(names: list[str]) -> list[str]:
    """``*.jpg`` as the files it names, on Windows: cmd.exe and PowerShell hand the pattern
    over as typed (a POSIX shell expands it first), so `photo-check *.jpg` reported one
    missing file called "*.jpg". A pattern that matches nothing stays, to be reported."""
    if sys.platform != "win32":
        return names
    result: list[str] = []
    for name in names:
        if glob.has_magic(name) and not os.path.exists(name):
            result.extend(sorted(glob.glob(name), key=str.lower) or [name])
        else:
            result.append(name)
    return result
