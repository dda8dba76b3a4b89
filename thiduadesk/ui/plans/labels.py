"""Translated labels for the codes and fixed lists of the Kế hoạch tab.

The source strings are English (Qt's convention); Vietnamese comes from i18n/*.ts. Text that goes
onto the printed document (recipient names, numbering labels) stays Vietnamese whatever the UI
language, because the document itself is Vietnamese.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from thiduadesk.domain.plan import ALPHA, ARABIC, DECIMAL, DRAFT, ISSUED, NONE, ROMAN

CONTEXT = "PlanLabels"

_STATES = {
    DRAFT: QT_TRANSLATE_NOOP("PlanLabels", "Draft"),
    ISSUED: QT_TRANSLATE_NOOP("PlanLabels", "Issued"),
}

# Numbering styles, with an example of what they print.
_STYLES = {
    ROMAN: QT_TRANSLATE_NOOP("PlanLabels", "I. II. III. (Roman)"),
    ARABIC: QT_TRANSLATE_NOOP("PlanLabels", "1. 2. 3. (Arabic)"),
    DECIMAL: QT_TRANSLATE_NOOP("PlanLabels", "1.1. 1.2. (decimal)"),
    ALPHA: QT_TRANSLATE_NOOP("PlanLabels", "a) b) c) (letters)"),
    NONE: QT_TRANSLATE_NOOP("PlanLabels", "No number"),
}

# Template names: the template catalogue keeps Vietnamese names; the UI shows these.
_TEMPLATES = {
    "thi-dua-nam": QT_TRANSLATE_NOOP("PlanLabels", "Annual emulation movement plan"),
    "tdkt-nam": QT_TRANSLATE_NOOP("PlanLabels", "Annual emulation and commendation work plan (with timetable appendix)"),
    "dot-thi-dua": QT_TRANSLATE_NOOP("PlanLabels", "Themed emulation campaign (Teachers' Day 20/11)"),
}

# Recipients most district offices write on their plans; offered in the picker beside the
# recipients used in earlier plans. They are printed text, hence Vietnamese.
DEFAULT_RECIPIENTS = (
    ("Sở GDĐT", "để báo cáo"),
    ("UBND quận/huyện", "để báo cáo"),
    ("Hội đồng Thi đua - Khen thưởng quận/huyện", "để báo cáo"),
    ("Lãnh đạo Phòng GDĐT", ""),
    ("Các trường trực thuộc", "để thực hiện"),
    ("Lưu: VT", ""),
)

# Purposes commonly written after a recipient.
PURPOSES = ("", "để báo cáo", "để thực hiện", "để phối hợp", "để chỉ đạo", "để biết")

MARKERS = ("", "-", "+")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_label(state: str) -> str:
    source = _STATES.get(state)
    return _t(source) if source else state


def style_label(style: str) -> str:
    source = _STYLES.get(style)
    return _t(source) if source else style


def style_choices() -> list[tuple[str, str]]:
    return [(code, style_label(code)) for code in (ROMAN, ARABIC, DECIMAL, ALPHA, NONE)]


def template_label(key: str, fallback: str) -> str:
    source = _TEMPLATES.get(key)
    return _t(source) if source else fallback
