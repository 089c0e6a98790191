"""Copywriting helpers: templates, hooks, calls to action, hashtags and note formatting."""

from studio.core.copywriting.formatting import (
    hashtag_line,
    ready_to_post,
    to_markdown,
    to_plain_text,
)
from studio.core.copywriting.library import (
    CTA_ACTIONS,
    CopyDataError,
    Phrase,
    Template,
    TemplateText,
    get_template,
    load_ctas,
    load_hooks,
    load_templates,
)

__all__ = [
    "CTA_ACTIONS",
    "CopyDataError",
    "Phrase",
    "Template",
    "TemplateText",
    "get_template",
    "hashtag_line",
    "load_ctas",
    "load_hooks",
    "load_templates",
    "ready_to_post",
    "to_markdown",
    "to_plain_text",
]
