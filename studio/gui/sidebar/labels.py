"""Display names for categories, severities and fields (translated at call time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def category_label(category: str) -> str:
    labels = {
        "absolute_terms": QCoreApplication.translate("Labels", "Absolute claims"),
        "promise_guarantee": QCoreApplication.translate("Labels", "Promises and guarantees"),
        "finance_investment": QCoreApplication.translate("Labels", "Finance and investment"),
        "health_claim": QCoreApplication.translate("Labels", "Health claims"),
        "superstition": QCoreApplication.translate("Labels", "Superstition"),
        "medical_device": QCoreApplication.translate("Labels", "Medical devices"),
        "health_supplement": QCoreApplication.translate("Labels", "Health supplements"),
        "alcohol": QCoreApplication.translate("Labels", "Alcohol"),
        "infant_formula": QCoreApplication.translate("Labels", "Infant formula"),
        "education_training": QCoreApplication.translate("Labels", "Education and training"),
        "disinfection": QCoreApplication.translate("Labels", "Disinfection products"),
        "real_estate": QCoreApplication.translate("Labels", "Real estate"),
        "medical_service": QCoreApplication.translate("Labels", "Medical and cosmetic services"),
        "redirect": QCoreApplication.translate("Labels", "Steering users off the platform"),
        "inducement": QCoreApplication.translate("Labels", "Inducing interactions"),
        "scam_bait": QCoreApplication.translate("Labels", "Get-rich-quick bait"),
        "exaggeration": QCoreApplication.translate("Labels", "Exaggerated effects"),
        "disparagement": QCoreApplication.translate("Labels", "Disparaging competitors"),
        "hashtags": QCoreApplication.translate("Labels", "Hashtags"),
        "length": QCoreApplication.translate("Labels", "Length limits"),
        "custom": QCoreApplication.translate("Labels", "Workspace banned words"),
    }
    return labels.get(category, category)


def severity_label(severity: str) -> str:
    return {
        "block": QCoreApplication.translate("Labels", "Blocking — fix before posting"),
        "warn": QCoreApplication.translate("Labels", "Warnings — likely to limit reach"),
        "info": QCoreApplication.translate("Labels", "Notes"),
    }.get(getattr(severity, "value", severity), str(severity))


def field_label(field: str) -> str:
    return {
        "title": QCoreApplication.translate("Labels", "Title"),
        "body": QCoreApplication.translate("Labels", "Body"),
        "hashtags": QCoreApplication.translate("Labels", "Hashtags"),
        "bio": QCoreApplication.translate("Labels", "Bio"),
        "username": QCoreApplication.translate("Labels", "Username"),
        "cover_text": QCoreApplication.translate("Labels", "Cover text"),
    }.get(field, field)


def summary_text(blocking: int, warnings: int, notes: int) -> str:
    parts = []
    if blocking:
        parts.append(QCoreApplication.translate("Labels", "%n blocking", "", blocking))
    if warnings:
        parts.append(_plural(QCoreApplication.translate("Labels", "%n warning(s)", "", warnings), warnings))
    if notes:
        parts.append(_plural(QCoreApplication.translate("Labels", "%n note(s)", "", notes), notes))
    return " · ".join(parts)


def _plural(text: str, n: int) -> str:
    # English is the source language (no .qm), so resolve "(s)" here; other languages'
    # translations carry their own forms and contain no "(s)".
    return text.replace("(s)", "" if n == 1 else "s")
