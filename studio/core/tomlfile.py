"""Reading the app's TOML files (data, templates, specs) with errors that name the file.

Every loader wants the same thing: the parsed table, or one clear bilingual sentence naming
the file and what is wrong with it, raised as the loader's own error type (so callers keep
catching ``CoverError``, ``ProfileDataError``, a CLI ``InputError``…), never a traceback.
Rule packs are parsed by ``compliance.loader`` instead: it reports line numbers in the pack.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from studio.core.i18n import tr


def read_toml(path: str | Path, error: Callable[[str], Exception] = ValueError) -> dict:
    """Parse ``path``; any read, encoding or syntax problem raises ``error(message)``."""
    path = Path(path)
    try:
        # A UTF-8 BOM (Windows PowerShell 5's "-Encoding utf8", older Notepad) is not TOML:
        # tomllib called such a file "Invalid statement (at line 1, column 1)".
        return tomllib.loads(path.read_bytes().decode("utf-8").removeprefix("\ufeff"))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise error(tr(f"{path}: cannot read ({reason})", f"{path}：无法读取（{reason}）")) from None
    except UnicodeDecodeError as exc:
        raise error(tr(f"{path}: not UTF-8 (byte {exc.start})", f"{path}：不是 UTF-8 编码（第 {exc.start} 字节）")) from None
    except tomllib.TOMLDecodeError as exc:
        raise error(tr(f"{path}: not valid TOML ({exc})", f"{path}：TOML 格式错误（{exc}）")) from None
