"""The plan editor's "Recipients and signer" page: the "Nơi nhận" list with its purposes and the
usual recipients, and the signature block (usual signers of the office, authority, position, name)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.model import AUTHORITIES, Signer
from thiduadesk.domain.plan import Plan, Recipient
from thiduadesk.ui.plans.fields import line_edit, set_text
from thiduadesk.ui.plans.labels import DEFAULT_RECIPIENTS, PURPOSES
from thiduadesk.ui.plans.models import PurposeDelegate, RecipientsModel


def signer_caption(signer: Signer) -> str:
    lines = " / ".join(signer.title_lines())
    return f"{lines} — {signer.name}" if signer.name else lines


class ClosingPage(QWidget):
    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        box = QGroupBox(self.tr("Recipients (“Nơi nhận”)"))
        inner = QVBoxLayout(box)
        bar = QToolBar()
        bar.setObjectName("recipientsToolbar")
        self.usual_button = QToolButton()
        self.usual_button.setObjectName("usualRecipientsButton")
        self.usual_button.setText(self.tr("Add usual recipient"))
        self.usual_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.usual_menu = QMenu(self.usual_button)
        self.usual_menu.aboutToShow.connect(self._fill_usual_menu)
        self.usual_button.setMenu(self.usual_menu)
        bar.addWidget(self.usual_button)
        self.add_recipient_action = bar.addAction(self.tr("+ Recipient"), lambda: self.add_recipient(Recipient("")))
        self.remove_recipient_action = bar.addAction(self.tr("Remove"), self.remove_recipient)
        self.recipient_up_action = bar.addAction("↑", lambda: self.move_recipient(-1))
        self.recipient_down_action = bar.addAction("↓", lambda: self.move_recipient(1))
        self.recipient_actions = [self.add_recipient_action, self.remove_recipient_action,
                                  self.recipient_up_action, self.recipient_down_action]
        inner.addWidget(bar)
        self.recipients_model = RecipientsModel(lambda: self.editor.plan, self.editor.edit, self)
        self.recipients_view = QTableView()
        self.recipients_view.setObjectName("recipientsView")
        self.recipients_view.setModel(self.recipients_model)
        self.recipients_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipients_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recipients_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.recipients_view.setColumnWidth(1, 150)
        self.recipients_view.setItemDelegateForColumn(1, PurposeDelegate(PURPOSES, self.recipients_view))
        inner.addWidget(self.recipients_view)
        layout.addWidget(box, 1)

        sign = QGroupBox(self.tr("Signer"))
        form = QFormLayout(sign)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signer_combo = QComboBox()
        self.signer_combo.setObjectName("signerCombo")
        self.signer_combo.activated.connect(self._on_signer_chosen)
        form.addRow(self.tr("Usual signers:"), self.signer_combo)
        self.authority_combo = QComboBox()
        self.authority_combo.setObjectName("authorityCombo")
        self.authority_combo.setEditable(True)
        for code in AUTHORITIES:
            self.authority_combo.addItem(code)
        self.authority_combo.setMinimumContentsLength(5)
        self.authority_combo.setToolTip(
            self.tr("KT. = a deputy signs for the head; TM. = on behalf of a body; Q. = acting; TL., TUQ."))
        self.authority_combo.currentTextChanged.connect(
            lambda t: self._set_signature("authority", t, self.tr("Edit signer")))
        self.on_behalf_edit = line_edit("onBehalfEdit", self.tr("the head's title after KT., e.g. Trưởng phòng"))
        self.on_behalf_edit.textEdited.connect(lambda t: self._set_signature("on_behalf_of", t, self.tr("Edit signer")))
        self.position_edit = line_edit("positionEdit", self.tr("e.g. Phó Trưởng phòng"))
        self.position_edit.textEdited.connect(lambda t: self._set_signature("position", t, self.tr("Edit signer")))
        self.signer_name_edit = line_edit("signerNameEdit", self.tr("full name"))
        self.signer_name_edit.textEdited.connect(lambda t: self._set_signature("name", t, self.tr("Edit signer")))
        authority_row = QHBoxLayout()
        authority_row.addWidget(self.authority_combo)
        authority_row.addWidget(self.on_behalf_edit, 1)
        form.addRow(self.tr("Authority:"), authority_row)
        form.addRow(self.tr("Position:"), self.position_edit)
        form.addRow(self.tr("Name:"), self.signer_name_edit)
        layout.addWidget(sign)

    # -- showing --

    def show_plan(self, plan: Plan) -> None:
        self.recipients_model.reset()
        self._load_signature(plan.signature)

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.on_behalf_edit, self.position_edit, self.signer_name_edit):
            edit.setReadOnly(read_only)
        for widget in (self.usual_button, self.signer_combo, self.authority_combo):
            widget.setEnabled(not read_only)
        for action in self.recipient_actions:
            action.setEnabled(not read_only)
        self.recipients_model.read_only = read_only

    def _load_signature(self, signature: Signer) -> None:
        self.signer_combo.clear()
        self.signer_combo.addItem(self.tr("Choose…"), None)
        profile = self.editor.profile_getter()
        signers = profile.signers() if profile is not None else []
        for signer in signers:
            if signer.name or signer.position:
                self.signer_combo.addItem(signer_caption(signer), signer)
        index = next((i for i in range(1, self.signer_combo.count())
                      if self.signer_combo.itemData(i) == signature), 0)
        self.signer_combo.setCurrentIndex(index)
        if self.authority_combo.currentText() != signature.authority:
            self.authority_combo.setCurrentText(signature.authority)
        set_text(self.on_behalf_edit, signature.on_behalf_of)
        set_text(self.position_edit, signature.position)
        set_text(self.signer_name_edit, signature.name)

    # -- recipients --

    def usual_recipients(self) -> list[Recipient]:
        """The picker's list: the office's defaults, then recipients of earlier plans."""
        out: list[Recipient] = []
        seen: set[str] = set()
        for recipient in [Recipient(n, p) for n, p in DEFAULT_RECIPIENTS] + list(self.editor.recipient_source()):
            key = recipient.name.strip().lower()
            if key and key not in seen:
                seen.add(key)
                out.append(recipient)
        return out

    def _fill_usual_menu(self) -> None:
        self.usual_menu.clear()
        plan = self.editor.plan
        present = {r.name.strip().lower() for r in (plan.recipients if plan else [])}
        for recipient in self.usual_recipients():
            action = self.usual_menu.addAction(recipient.printed())
            action.setEnabled(recipient.name.strip().lower() not in present)
            action.triggered.connect(lambda _checked=False, r=recipient: self.add_recipient(Recipient(r.name, r.purpose)))

    def add_recipient(self, recipient: Recipient) -> int:
        """Add before a closing "Lưu: …" line, which stays last; returns the row."""
        result = {}

        def change(plan: Plan) -> None:
            items = plan.recipients
            at = len(items)
            if items and items[-1].name.strip().lower().startswith("lưu") and not recipient.name.lower().startswith("lưu"):
                at -= 1
            items.insert(at, recipient)
            result["row"] = at

        if not self.editor.edit(self.tr("Add recipient"), change):
            return -1
        self.recipients_model.reset()
        index = self.recipients_model.index(result["row"], 0)
        self.recipients_view.setCurrentIndex(index)
        if not recipient.name and self.editor.isVisible():
            self.recipients_view.edit(index)
        return result["row"]

    def remove_recipient(self) -> None:
        index = self.recipients_view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        if self.editor.edit(self.tr("Remove recipient"), lambda p: p.recipients.pop(row)):
            self.recipients_model.reset()

    def move_recipient(self, step: int) -> None:
        index = self.recipients_view.currentIndex()
        if not index.isValid():
            return
        i, j = index.row(), index.row() + step
        if not 0 <= j < self.recipients_model.rowCount():
            return

        def change(plan: Plan) -> None:
            r = plan.recipients
            r[i], r[j] = r[j], r[i]

        if self.editor.edit(self.tr("Move recipient"), change):
            self.recipients_model.reset()
            self.recipients_view.setCurrentIndex(self.recipients_model.index(j, 0))

    # -- signer --

    def _set_signature(self, name: str, value: str, label: str) -> None:
        if self.editor.loading:
            return
        self.editor.edit(label, lambda p: setattr(p.signature, name, value), merge_key=("signature", name))

    def _on_signer_chosen(self, index: int) -> None:
        signer = self.signer_combo.itemData(index)
        if not isinstance(signer, Signer):
            return
        chosen = Signer(signer.authority, signer.position, signer.name, signer.on_behalf_of)
        if self.editor.edit(self.tr("Choose signer"), lambda p: setattr(p, "signature", chosen)):
            with self.editor.loading_widgets():
                self._load_signature(chosen)
