"""Workspace settings: name, the client's banned words, allow-list and disabled rules."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from studio.core.compliance.model import Severity
from studio.gui.context import AppContext
from studio.gui.sidebar.labels import category_label


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class WorkspaceDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ws = ctx.workspace
        self.setWindowTitle(self.tr("Workspace settings"))
        self.resize(560, 640)

        self.name = QLineEdit(ws.name)
        self.banned = QPlainTextEdit("\n".join(ws.custom_terms))
        self.banned.setPlaceholderText(self.tr("One word per line, e.g. a competitor's brand"))
        self.severity = QComboBox()
        self.severity.addItem(self.tr("Blocking"), Severity.BLOCK.value)
        self.severity.addItem(self.tr("Warning"), Severity.WARN.value)
        self.severity.setCurrentIndex(self.severity.findData(ws.custom_severity.value))
        self.allowed = QPlainTextEdit("\n".join(ws.allow_words))
        self.allowed.setPlaceholderText(
            self.tr("One word per line: never reported in this workspace (e.g. a brand name)")
        )
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter rules"))
        self.filter.textChanged.connect(self._filter_rules)
        self.rules = QListWidget()
        self.rules.setMinimumHeight(220)
        for box in (self.banned, self.allowed):
            box.setMaximumHeight(96)
        self._fill_rules(ws.disabled_rules)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Banned words"), self.banned)
        form.addRow(self.tr("Banned words are"), self.severity)
        form.addRow(self.tr("Allow-list"), self.allowed)
        hint = QLabel(self.tr("Rules (untick to switch a rule off in this workspace)"))
        hint.setObjectName("muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.rules, 1)
        layout.addWidget(buttons)

    def _fill_rules(self, disabled: frozenset[str]) -> None:
        engine = self.ctx.engines.engine
        rules = list(getattr(engine, "rules", []) or []) if engine is not None else []
        self._disabled_unknown = set(disabled)  # kept even if the engine is not loaded
        if not rules:
            item = QListWidgetItem(self.tr("The rule list appears once the checker has loaded."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.rules.addItem(item)
            return
        for rule in rules:
            rule_id = getattr(rule, "id", str(rule))
            category = getattr(rule, "category", "")
            examples = "、".join(getattr(rule, "terms", ())[:4])
            item = QListWidgetItem(
                f"{category_label(category)} — {rule_id}" + (f"   ({examples}…)" if examples else "")
            )
            item.setToolTip(getattr(rule, "message", ""))
            item.setData(Qt.ItemDataRole.UserRole, rule_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            off = rule_id in disabled
            item.setCheckState(Qt.CheckState.Unchecked if off else Qt.CheckState.Checked)
            self._disabled_unknown.discard(rule_id)
            self.rules.addItem(item)

    def _filter_rules(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.rules.count()):
            item = self.rules.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def disabled_rules(self) -> frozenset[str]:
        off = set(self._disabled_unknown)
        for row in range(self.rules.count()):
            item = self.rules.item(row)
            rule_id = item.data(Qt.ItemDataRole.UserRole)
            if rule_id and item.checkState() == Qt.CheckState.Unchecked:
                off.add(rule_id)
        return frozenset(off)

    def accept(self) -> None:
        ws = self.ctx.workspace
        self.ctx.update_workspace(
            replace(
                ws,
                name=self.name.text().strip() or ws.name,
                custom_terms=_lines(self.banned.toPlainText()),
                custom_severity=Severity(self.severity.currentData()),
                allow_words=_lines(self.allowed.toPlainText()),
                disabled_rules=self.disabled_rules(),
            )
        )
        super().accept()
