"""Cover templates are data: one TOML file per design in ``assets/templates/``."""

from __future__ import annotations

import threading
from pathlib import Path

from studio.core.cover.errors import CoverError
from studio.core.cover.spec import Template, from_mapping, validate_template
from studio.core.i18n import pick, tr
from studio.core.paths import assets_dir
from studio.core.tomlfile import read_toml

_lock = threading.Lock()
_cache: dict[str, Template] | None = None


def templates_dir() -> Path:
    return assets_dir() / "templates"


def load_template_file(path: str | Path) -> Template:
    """Parse and validate one template file (also used to try out a new design)."""
    return _read(Path(path))[1]


def _read(path: Path) -> tuple[int, Template]:
    """One parse per file: the display ``order`` key plus the validated template."""
    data = read_toml(path, CoverError)
    order = int(data.pop("order", 100))
    template = from_mapping(Template, data, path.name)
    validate_template(template)
    return order, template


def _all() -> dict[str, Template]:
    global _cache
    with _lock:
        if _cache is None:
            found: list[tuple[int, str, Template]] = []
            for path in sorted(templates_dir().glob("*.toml")):
                order, template = _read(path)
                found.append((order, template.id, template))
            _cache = {t.id: t for _, _, t in sorted(found, key=lambda item: item[:2])}
        return _cache


def list_templates() -> list[Template]:
    """All bundled templates in display order."""
    return list(_all().values())


def load_template(template_id: str) -> Template:
    templates = _all()
    if template_id not in templates:
        raise CoverError(tr(
            f"unknown template {template_id!r}; available: {', '.join(templates)}",
            f"未知模板 {template_id!r}；可用：{'、'.join(templates)}",
        ))
    return templates[template_id]


def display_name(template: Template) -> str:
    return pick(template.name) or template.id
