"""Forms check as the clerk types: a message under the field, gone the moment the field is right;
phone numbers and e-mail addresses checked (office profile, unit)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import type_text
from thiduadesk.domain.model import Unit
from thiduadesk.store.profile import load_profile
from thiduadesk.store.units import UnitRepository
from thiduadesk.ui.settings_dialog import OfficeProfileDialog
from thiduadesk.ui.units.dialogs import PersonDialog, UnitDialog

PHONE = ("The phone number does not look right: a mobile number has 10 digits starting with 0 (e.g. 0912 345 678), "
         "a landline 11 digits with its area code (e.g. 024 3837 0123); +84 may stand for the first 0.")
PLACE = "The place name is required (it is printed before every date)."
EMAIL = "The email address does not look right."


def ok(dialog) -> None:
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.fixture
def show(qtbot, answers):
    """Show a dialog as the active window; closed at the end with done(0), not reject() (as closing
    the widget would: it asks about what was typed)."""
    shown = []

    def open_dialog(dialog):
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    yield open_dialog
    for dialog in shown:
        dialog.done(0)
        dialog.deleteLater()


@pytest.fixture
def profile_dialog(store, show):
    return show(OfficeProfileDialog(store, None, None, first_run=True))


def test_the_place_error_goes_as_soon_as_the_place_is_typed(profile_dialog, qtbot, store):
    dialog = profile_dialog
    place = dialog.edits["place"]
    ok(dialog)
    assert dialog.isVisible()
    assert dialog.checks.error_label(place).text() == PLACE and dialog.checks.error_label(place).isVisible()
    assert dialog.error_label.text() == PLACE
    assert place.hasFocus()
    type_text(place, "N")  # the first letter is enough
    assert not dialog.checks.error_label(place).isVisible()
    assert not dialog.error_label.isVisible()
    place.clear()  # emptied again: the message comes back as she types
    assert dialog.checks.error_label(place).text() == PLACE
    type_text(place, "Nam Từ Liêm")
    ok(dialog)
    assert not dialog.isVisible()
    assert load_profile(store).place == "Nam Từ Liêm"


def test_profile_phone_and_email_are_checked_when_leaving_the_field_and_on_ok(profile_dialog, qtbot, store):
    dialog = profile_dialog
    type_text(dialog.edits["place"], "Nam Từ Liêm")
    phone, email = dialog.edits["phone"], dialog.edits["email"]
    phone.setFocus()
    type_text(phone, "024 3837 012")  # one digit short
    assert not dialog.checks.error_label(phone).isVisible()  # not while typing the first time
    email.setFocus()  # leaving the field checks it
    qtbot.waitUntil(email.hasFocus)
    assert dialog.checks.error_label(phone).text() == PHONE
    type_text(phone, "3")
    assert not dialog.checks.error_label(phone).isVisible()
    type_text(email, "pgd@namtuliem")
    ok(dialog)
    assert dialog.isVisible() and dialog.error_label.text() == EMAIL
    assert email.hasFocus()
    type_text(email, ".edu.vn")
    assert not dialog.error_label.isVisible()
    ok(dialog)
    saved = load_profile(store)
    assert (saved.phone, saved.email) == ("024 3837 0123", "pgd@namtuliem.edu.vn")


def test_every_problem_is_shown_under_its_field_at_once(profile_dialog):
    dialog = profile_dialog
    for name in ("office_name", "symbol"):
        dialog.edits[name].clear()
    type_text(dialog.edits["phone"], "12345")
    ok(dialog)
    shown = [dialog.checks.error_label(dialog.edits[n]).text() for n in ("office_name", "symbol", "place", "phone")]
    assert shown == ["The office name is required.",
                     "The abbreviation is required (it goes into every document number).", PLACE, PHONE]
    assert dialog.error_label.text() == "\n".join(shown)
    assert dialog.edits["office_name"].hasFocus()


@pytest.fixture
def repo(store):
    return UnitRepository(store)


def test_unit_phone_message_and_a_refusal_that_clears_on_typing(repo, show):
    repo.add(Unit("Trường THCS Đức Thắng", level="thcs"))
    dialog = show(UnitDialog(repo, None))
    type_text(dialog.name_edit, "Trường THCS Đức Thắng")
    type_text(dialog.phone_edit, "0912 345 67")
    ok(dialog)
    assert dialog.checks.error_label(dialog.phone_edit).text() == PHONE
    assert dialog.phone_edit.hasFocus()
    type_text(dialog.phone_edit, "8")
    assert not dialog.error_label.isVisible()
    ok(dialog)  # the name is taken: the store's message, until the clerk changes something
    assert dialog.isVisible() and "Đức Thắng" in dialog.error_label.text()
    type_text(dialog.name_edit, " 2")
    assert not dialog.error_label.isVisible()
    ok(dialog)
    saved = repo.find_by_name("Trường THCS Đức Thắng 2")
    assert saved is not None and saved.phone == "0912 345 678"


def test_unit_email_list_and_plus84_phone_are_accepted(repo, show):
    dialog = show(UnitDialog(repo, None))
    type_text(dialog.name_edit, "Trường Mầm non Hoa Sen")
    type_text(dialog.phone_edit, "+84 24 3837 0123")
    type_text(dialog.email_edit, "mnhoasen@hanoiedu.vn; hieutruong.hoasen@gmail.com")
    ok(dialog)
    assert not dialog.isVisible()
    assert repo.find_by_name("Trường Mầm non Hoa Sen").email == "mnhoasen@hanoiedu.vn; hieutruong.hoasen@gmail.com"


def test_person_year_error_clears_when_corrected(repo, show):
    unit_id = repo.add(Unit("Trường THCS Đức Thắng", level="thcs"))
    dialog = show(PersonDialog(repo, unit_id, None))
    type_text(dialog.name_edit, "Nguyễn Thị Lan")
    type_text(dialog.birth_edit, "198")
    ok(dialog)
    label = dialog.checks.error_label(dialog.birth_edit)
    assert label.text() == "The year of birth must be a four-digit year, e.g. 1985."
    type_text(dialog.birth_edit, "5")
    assert not label.isVisible() and not dialog.error_label.isVisible()
    ok(dialog)
    assert [p.birth_year for p in repo.list_people(unit_id)] == [1985]
