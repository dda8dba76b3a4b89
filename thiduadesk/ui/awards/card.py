"""A nominee's card: the proposal, the awards of earlier years, each rule's result with its legal
basis, what is missing, and what the nominee could be proposed for next year."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from thiduadesk.domain.awards.regimes import BY_CODE
from thiduadesk.domain.dates import screen_date
from thiduadesk.ops.awards import NomineeCard
from thiduadesk.ui.awards.labels import award_name, level_label, rating_label, status_label


class NomineeCardDialog(QDialog):
    def __init__(self, card: NomineeCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        self.setObjectName("nomineeCard")
        self.setWindowTitle(self.tr("Nominee: %1").replace("%1", card.nomination.name))
        self.resize(640, 620)
        self.browser = QTextBrowser(objectName="nomineeCardText")
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def html(self) -> str:
        n, result = self.card.nomination, self.card.result
        rows = [
            (self.tr("School year"), n.school_year),
            (self.tr("Unit"), n.unit),
            (self.tr("Date of birth"), screen_date(n.birth_date) if n.birth_date else ""),
            (self.tr("Position"), n.position),
            (self.tr("Proposed for"), award_name(n.award)),
            (self.tr("Task rating"), rating_label(n.rating) if n.rating else ""),
            (self.tr("Initiatives"), "; ".join(
                i.title + (f" ({level_label(i.level)})" if i.level else "") for i in n.initiatives)),
            (self.tr("Discipline"), n.discipline),
            (self.tr("Council votes"), f"{n.votes_for}/{n.votes_total}" if n.votes_total else ""),
            (self.tr("Status"), status_label(n.status)),
            (self.tr("Decision"), f"{n.decision_number} ({screen_date(n.decision_date)})" if n.decision_number else ""),
        ]
        parts = [f"<h2>{escape(n.name)}</h2><table cellspacing='4'>"]
        parts += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows if v]
        parts.append("</table>")
        verdict = self.tr("Eligible") if result.eligible else self.tr("Not eligible")
        rules, missing, next_year = self.tr("Rules"), self.tr("What is missing"), self.tr("Next year")
        earlier, none = self.tr("Awards of earlier years"), self.tr("None recorded.")
        colour = "#1b5e20" if result.eligible else "#b71c1c"
        parts.append(f"<h3>{escape(rules)} <span style='color:{colour}'>— {escape(verdict)}</span></h3>")
        regime = BY_CODE.get(result.regime)
        parts.append(f"<p><i>{escape(regime.name if regime else result.regime)}</i></p><ul>")
        for reason in result.reasons:  # each message names its legal basis already
            mark = "✓" if reason.ok else "✗"
            parts.append(f"<li>{mark} {escape(reason.message)}</li>")
        parts.append("</ul>")
        if result.missing:
            parts.append(f"<h3>{escape(missing)}</h3><ul>")
            parts += [f"<li>{escape(m)}</li>" for m in result.missing]
            parts.append("</ul>")
        if result.next_year:
            parts.append(f"<h3>{escape(next_year)}</h3><ul>")
            parts += [f"<li>{escape(m)}</li>" for m in result.next_year]
            parts.append("</ul>")
        parts.append(f"<h3>{escape(earlier)}</h3>")
        if self.card.history:
            parts.append("<ul>")
            parts += [f"<li>{escape(h.school_year)}: {escape(award_name(h.award))}"
                      + (f" — {escape(h.decision_number)}" if h.decision_number else "") + "</li>"
                      for h in self.card.history]
            parts.append("</ul>")
        else:
            parts.append(f"<p>{escape(none)}</p>")
        return "".join(parts)
