"""Settings → "Print specimen papers…": choose a kind of paper, see it with the office's saved
details in the preview window, print or save it (ops.specimens makes it, through the same code
as the real papers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from thiduadesk.ops import specimens
from thiduadesk.store.db import Store
from thiduadesk.store.errors import StoreError
from thiduadesk.ui import prompts
from thiduadesk.ui.plans import dialogs
from thiduadesk.ui.plans.preview import PdfPreviewDialog
from thiduadesk.ui.widgets.busy import busy_cursor

# File names of the saved specimens, plain letters like the plans' file names.
_FILE_NAMES = {"plan": "Mau ke hoach", "letter": "Mau cong van", "submission": "Mau to trinh",
               "minutes": "Mau bien ban", "decision": "Mau quyet dinh", "list": "Mau danh sach"}


def _title() -> str:
    return QCoreApplication.translate("SpecimenDialog", "Print specimen papers")


class SpecimenDialog(QDialog):
    """Which paper to print as a specimen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("specimenDialog")
        self.setWindowTitle(_title())
        labels = {
            "plan": self.tr("Plan (kế hoạch)"),
            "letter": self.tr("Official letter (công văn)"),
            "submission": self.tr("Submission (tờ trình)"),
            "minutes": self.tr("Council minutes (biên bản)"),
            "decision": self.tr("Decision with its attached list (quyết định)"),
            "list": self.tr("List (danh sách)"),
        }
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A specimen shows the office header, the signers and the page layout with sample "
                               "wording, to check them and the printer before the first real paper. It uses the "
                               "office information as saved."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("specimenKind")
        for kind in specimens.KINDS:
            self.kind_combo.addItem(labels[kind], kind)
        form.addRow(self.tr("Paper:"), self.kind_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Show"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def choose(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))


def show_specimen(store: Store, kind: str, parent: QWidget | None = None) -> bytes | None:
    """The specimen of ``kind`` in the preview window (Print, Save as PDF); the PDF shown."""
    try:
        with busy_cursor():
            data = specimens.specimen_pdf(store, kind)
    except StoreError as exc:
        prompts.warn(parent, _title(), exc.message)
        return None
    preview = PdfPreviewDialog(data, _title(), _FILE_NAMES[kind] + ".pdf", parent)
    dialogs.run_dialog(preview)
    preview.deleteLater()
    return data


def print_specimens(store: Store, parent: QWidget | None = None) -> bytes | None:
    chooser = SpecimenDialog(parent)
    chosen = dialogs.run_dialog(chooser)
    chooser.deleteLater()
    return show_specimen(store, chooser.kind(), parent) if chosen else None
