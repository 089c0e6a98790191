"""The shared findings list (profile and cover panels): suggestions read right in both scripts."""

from __future__ import annotations

from studio.core.compliance.model import Finding, Severity
from studio.gui.common.findings import FindingsList, join_suggestions


def test_english_suggestions_are_joined_with_a_comma():
    """English fixes showed as 'Try: a good price、great value'."""
    assert join_suggestions(["a good price", "great value"]) == "a good price, great value"
    assert join_suggestions(["活动价", "价格很友好"]) == "活动价、价格很友好"
    assert join_suggestions([]) == ""


def test_findings_list_shows_english_fixes_with_commas(qtbot):
    finding = Finding("absolute_terms.price", "absolute_terms", Severity.BLOCK, "cover_text", 0, 12,
                      "lowest price", "Price absolutes must be provable.", ("a good price", "great value"))
    widget = FindingsList()
    qtbot.addWidget(widget)
    widget.set_findings([finding])
    (text,) = widget.texts()
    assert "a good price, great value" in text and "、" not in text
