"""Vietnamese by default and complete; English complete; Qt's own buttons translated too."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from thiduadesk.app import run_gui
from thiduadesk.ui import preferences, qt_strings

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
sys.path.insert(0, str(I18N))
import update_translations  # noqa: E402


def entries(lang: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(I18N / f"thiduadesk_{lang}.ts")
    return {(ctx, msg.findtext("source")): msg for ctx, msg in update_translations._messages(tree)}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_entry_is_translated(lang):
    assert entries(lang), "empty translation file"
    assert update_translations.untranslated(lang) == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_compiled_files_are_committed_beside_the_sources(lang):
    qm = I18N / f"thiduadesk_{lang}.qm"
    assert qm.exists() and qm.stat().st_size > 0


def test_qt_standard_texts_are_in_the_vietnamese_file():
    vi = entries("vi")
    for group, context in ((qt_strings.STANDARD_BUTTONS, "QPlatformTheme"), (qt_strings.MESSAGE_BOX, "QMessageBox")):
        for source in group:
            assert (context, source) in vi, (context, source)
    assert vi[("QPlatformTheme", "Cancel")].findtext("translation") == "Hủy"


def test_vietnamese_keeps_the_placeholders():
    for (_ctx, source), message in entries("vi").items():
        translation = message.findtext("translation") or ""
        for marker in ("%1", "%2", "%3", "%4"):
            assert (marker in source) == (marker in translation), (source, translation)


def test_translation_files_are_up_to_date_with_the_code(tmp_path):
    """Every string in the code is in the .ts files (run i18n/update_translations.py if not)."""
    files = [str(p.relative_to(ROOT)) for p in update_translations.sources()]
    fresh = tmp_path / "fresh_vi.ts"
    subprocess.run(["pyside6-lupdate", "-silent", "-locations", "none", *files, "-ts", str(fresh)],
                   cwd=ROOT, check=True)
    tree = ET.parse(fresh)
    in_code = {(ctx, msg.findtext("source")) for ctx, msg in update_translations._messages(tree)}
    missing = sorted(in_code - set(entries("vi")))
    assert missing == [], "run: python i18n/update_translations.py, then translate"


def test_vietnamese_is_the_default_language(qapp, db_path, tmp_path):
    assert preferences.saved_language() == "vi"
    seen = {}

    def ready(session):
        window = session.window
        seen["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        seen["buttons"] = [b.text() for b in box.buttons()]
        message = QMessageBox(QMessageBox.Icon.Question, "", "",
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        seen["message"] = sorted(b.text() for b in message.buttons())
        seen["units header"] = window.units_tab.model.headerData(0, Qt.Orientation.Horizontal)

    assert run_gui(db_path, lang=None, exit_when_ready=True, backup_dir=tmp_path / "b", on_ready=ready) == 0
    assert seen["tabs"] == ["Kế hoạch", "Lịch hạn", "Khen thưởng", "Sổ văn bản đi", "Đơn vị"]
    assert seen["menus"] == ["&Tệp", "&Sửa", "&Kế hoạch", "&Cài đặt", "Trợ &giúp"]  # Sửa, Kế hoạch: issue 8
    assert seen["buttons"] == ["Đồng ý", "Hủy"]
    assert seen["message"] == ["&Có", "&Không"]
    assert seen["units header"] == "Tên đơn vị"


def test_english_when_asked(qapp, db_path, tmp_path):
    seen = {}

    def ready(session):
        seen["tab"] = session.window.tabs.tabText(session.window.tabs.indexOf(session.window.units_tab))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        seen["cancel"] = box.buttons()[0].text()

    assert run_gui(db_path, lang="en", exit_when_ready=True, backup_dir=tmp_path / "b", on_ready=ready) == 0
    assert seen == {"tab": "Units", "cancel": "Cancel"}


def test_saved_language_applies_at_the_next_start(qapp, db_path, tmp_path):
    preferences.save_language("en")
    seen = []
    run_gui(db_path, lang=None, exit_when_ready=True, backup_dir=tmp_path / "b",
            on_ready=lambda s: seen.append(s.window.tabs.tabText(s.window.tabs.indexOf(s.window.units_tab))))
    assert seen == ["Units"]


def test_translators_are_removed_after_the_run(qapp, db_path, tmp_path):
    run_gui(db_path, lang="vi", exit_when_ready=True, backup_dir=tmp_path / "b")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Cancel"
