"""Compliance engine: rule packs → compiled engine → findings.

Usage: ``Engine.default().check("加V信了解最好用的", field="body")``.
"""

from studio.core.compliance.engine import CUSTOM_RULE_ID, Engine
from studio.core.compliance.loader import DETECTORS
from studio.core.compliance.model import CATEGORIES, FIELDS, Finding, Severity, WorkspaceRules
from studio.core.compliance.rules import Rule, RuleLoadError

__all__ = [
    "CATEGORIES",
    "CUSTOM_RULE_ID",
    "DETECTORS",
    "FIELDS",
    "Engine",
    "Finding",
    "Rule",
    "RuleLoadError",
    "Severity",
    "WorkspaceRules",
]
