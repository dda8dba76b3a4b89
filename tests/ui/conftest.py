"""Fixtures for driving the GUI like a clerk: a store on the test's own database, a clean UI
preferences file, recorded answers instead of blocking message boxes, and a helper to work inside
a modal dialog while ``exec()`` runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from thiduadesk import paths
from thiduadesk.store.db import open_store
from thiduadesk.ui import preferences, prompts


@pytest.fixture(autouse=True)
def ui_settings(tmp_path):
    """Each test starts with no remembered window layout or language."""
    preferences.use_settings_file(tmp_path / "ui-settings.ini")
    yield tmp_path / "ui-settings.ini"
    preferences.use_settings_file(None)


@pytest.fixture(autouse=True)
def private_logs(tmp_path, monkeypatch):
    """Crash and program logs go to the test's folder."""
    log_dir = tmp_path / "logs"
    monkeypatch.setattr(paths, "log_dir", lambda: log_dir)
    return log_dir


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    yield s
    s.close()


class Answers:
    """Stands in for the prompts module: records every question and notice."""

    def __init__(self):
        self.confirm_answers: list[bool] = []
        self.confirms: list[tuple[str, str]] = []
        self.choice_answers: list[str] = []
        self.choices: list[tuple[str, str, list[str], str]] = []
        self.infos: list[tuple[str, str]] = []
        self.warnings: list[tuple[str, str]] = []
        self.open_paths: list[str] = []
        self.save_paths: list[str] = []

    def confirm(self, parent, title, text, **_kw):
        self.confirms.append((title, text))
        assert self.confirm_answers, f"unexpected confirmation: {title}: {text}"
        return self.confirm_answers.pop(0)

    def choose(self, parent, title, text, choices, default):
        self.choices.append((title, text, [key for key, _label in choices], default))
        assert self.choice_answers, f"unexpected question: {title}: {text}"
        return self.choice_answers.pop(0)

    def inform(self, parent, title, text):
        self.infos.append((title, text))

    def warn(self, parent, title, text):
        self.warnings.append((title, text))

    def open_file(self, parent, title, name_filter, directory=""):
        return self.open_paths.pop(0) if self.open_paths else ""

    def save_file(self, parent, title, suggested, name_filter):
        return self.save_paths.pop(0) if self.save_paths else ""


@pytest.fixture
def answers(monkeypatch):
    a = Answers()
    for name in ("confirm", "choose", "inform", "warn", "open_file", "save_file"):
        monkeypatch.setattr(prompts, name, getattr(a, name))
    return a


def in_modal(trigger, handler, *, attempts: int = 200):
    """Run ``trigger`` (which opens a modal dialog with exec()) and call ``handler(dialog)`` inside it.

    The handler must close the dialog (accept or reject) or leave it open for a later step; if it
    raises, the dialog is rejected so the test fails instead of hanging, and the error re-raised.
    """
    errors: list[BaseException] = []
    seen: list[QDialog] = []

    def step(left=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(10, lambda: step(left - 1))
            else:
                errors.append(AssertionError("no modal dialog appeared"))
            return
        seen.append(dialog)
        try:
            handler(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised below, outside the event loop
            errors.append(exc)
            dialog.done(QDialog.DialogCode.Rejected)  # not reject(): it may ask about typed text

    QTimer.singleShot(0, step)
    trigger()
    if errors:
        raise errors[0]
    assert seen, "the dialog handler never ran"
    return seen[0]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Vietnamese letters included.

    QTest.keyClicks only knows ASCII (it asserts on "Đ"); a Vietnamese keyboard or Unikey delivers
    such letters as key events carrying the character, which is what we send for them.
    """
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        if ch.isascii():
            QTest.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
