"""The cover renderer: titles typeset onto 3:4 covers with Pillow, measured for legibility.

Public API (what the GUI and the CLI use)::

    from studio.core.cover import CoverSpec, render, render_with_report, export
    image, result = render_with_report(CoverSpec(title="早餐吃什么", template="marker"))
    export(image, "cover.jpg", quality=90)

``list_templates()`` / ``load_template(id)`` give the bundled designs; ``warm_up()`` loads the
segmenter and font tables ahead of the first render (call it off the UI thread).
"""

from studio.core.cover.errors import CoverError
from studio.core.cover.export import export
from studio.core.cover.legibility import Legibility
from studio.core.cover.render import RenderResult, render, render_with_report
from studio.core.cover.spec import PRESETS, Background, CoverSpec, Template, spec_from_mapping
from studio.core.cover.templates import display_name, list_templates, load_template


def warm_up() -> None:
    """Initialise jieba and read font cmaps (about a second, once per process)."""
    from studio.core.cover import breaking, fonts

    fonts.preload()
    breaking.warm_up()


__all__ = [
    "PRESETS",
    "Background",
    "CoverError",
    "CoverSpec",
    "Legibility",
    "RenderResult",
    "Template",
    "display_name",
    "export",
    "list_templates",
    "load_template",
    "render",
    "render_with_report",
    "spec_from_mapping",
    "warm_up",
]
