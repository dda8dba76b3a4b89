"""A school year's settings for the rules and the cash: the member percentages of the collective
titles, the council's vote thresholds, a cap on CSTĐCS, the base salary and the rounding. Each
starts at the regime's default for that year; only what the clerk changes is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thiduadesk.domain.awards.model import AwardSettings
from thiduadesk.domain.awards.regimes import regime_for

PERCENT_FIELDS = ("ldtt_member_pct", "ldxs_member_pct", "vote_pct", "vote_pct_high", "cstdcs_cap_pct")


class YearSettingsDialog(QDialog):
    def __init__(self, school_year: str, effective: AwardSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("awardSettingsDialog")
        self.setWindowTitle(self.tr("Settings of the school year %1").replace("%1", school_year))
        self.effective = effective
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Judged by: %1. The values start at that regime's defaults; change them where "
                               "the province's regulation says otherwise.").replace("%1", regime_for(school_year).name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        labels = {
            "ldtt_member_pct": self.tr("Tập thể LĐTT: members who are LĐTT, at least (%):"),
            "ldxs_member_pct": self.tr("Tập thể LĐXS: members who are LĐTT, at least (%):"),
            "vote_pct": self.tr("Council votes needed, of all members (%):"),
            "vote_pct_high": self.tr("Votes needed for CSTĐ cấp tỉnh and above (%):"),
            "cstdcs_cap_pct": self.tr("CSTĐCS at most, of the unit's LĐTT (%; 0 = no cap):"),
        }
        self.spins: dict[str, QDoubleSpinBox | QSpinBox] = {}
        for field in PERCENT_FIELDS:
            spin = QDoubleSpinBox(objectName=f"setting_{field}", minimum=0, maximum=100, decimals=1, suffix=" %")
            spin.setValue(getattr(effective, field) or 0)
            self.spins[field] = spin
            form.addRow(labels[field], spin)
        salary = QSpinBox(objectName="setting_base_salary", minimum=0, maximum=100_000_000, singleStep=10_000,
                          suffix=" đ")
        salary.setGroupSeparatorShown(True)
        salary.setValue(effective.base_salary)
        self.spins["base_salary"] = salary
        form.addRow(self.tr("Base salary (mức lương cơ sở):"), salary)
        rounding = QSpinBox(objectName="setting_round_to", minimum=1, maximum=1_000_000, singleStep=1000, suffix=" đ")
        rounding.setGroupSeparatorShown(True)
        rounding.setValue(effective.round_to)
        self.spins["round_to"] = rounding
        form.addRow(self.tr("Cash amounts rounded up to:"), rounding)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changed(self) -> dict:
        """The settings the clerk changed (to pass to ops.awards.change_settings)."""
        out = {}
        for field, spin in self.spins.items():
            before = getattr(self.effective, field) or 0
            value = spin.value() if field in PERCENT_FIELDS else int(spin.value())
            if abs(value - before) > 1e-9:
                out[field] = value
        return out
