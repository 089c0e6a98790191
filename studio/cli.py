"""`rednote-studio` entry point: no arguments opens the app; subcommands run core engines."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import sys
from collections.abc import Sequence

from studio import __version__
from studio.commands import SUBCOMMAND_MODULES, InputError
from studio.core.i18n import tr


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rednote-studio",
        description=tr(
            "Write, check and prepare Xiaohongshu notes. Without a subcommand the desktop app opens.",
            "撰写、检查并准备小红书笔记。不带子命令时打开桌面应用。",
        ),
    )
    parser.add_argument("--version", action="version", version=f"rednote-studio {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # subcommand not built yet
                continue
            raise
        module.register(subparsers)
    return parser


def _open_app() -> int | None:
    try:
        app = importlib.import_module("studio.gui.app")
    except ModuleNotFoundError as exc:
        if exc.name == "studio.gui.app":
            return None
        raise
    return app.run()


def _tolerant_output() -> None:
    """Print what the console's encoding cannot show as "?" instead of crashing.

    Redirected output on Windows uses the ANSI code page: GBK (Chinese Windows) has no "•",
    and cp1252 no Chinese file names, so `photo-check *.jpg > report.txt` ended in a
    UnicodeEncodeError traceback.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    if not argv:
        # Open the app before building the parser: that imports every subcommand (numpy,
        # Pillow, OpenCV), about half a second the window would otherwise wait for.
        code = _open_app()
        if code is not None:
            return code
        build_parser().print_help()
        return 0
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except InputError as exc:
        print(f"rednote-studio: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `rednote-studio check drafts/ | head`: the reader left. Not an error worth a
        # traceback; point stdout at devnull so the exit-time flush does not raise again.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 141  # what a shell reports for a process ended by SIGPIPE
