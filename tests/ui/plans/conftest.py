"""Fixtures for the Kế hoạch tab: a profile, the tab on the test's database, a fixed "today"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtPdf import QPdfDocument

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.store.profile import save_profile
from thiduadesk.ui.plans import dialogs, make_plans_tab

TODAY = dt.date(2024, 3, 5)


@pytest.fixture
def profile(store):
    return save_profile(
        store,
        OfficeProfile(
            governing_body="UBND QUẬN NAM TỪ LIÊM",
            office_name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
            symbol="PGDĐT",
            place="Nam Từ Liêm",
            head_name="Nguyễn Thị Hương",
            deputies=["Trần Văn Bình"],
        ),
    )


@pytest.fixture(autouse=True)
def no_blocking_prompts(answers):
    """Every notice is recorded instead of shown: an unexpected one can never hang the run."""
    return answers


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(dialogs, "today", lambda: TODAY)
    return TODAY


@pytest.fixture
def tab(qtbot, store, profile):
    widget = make_plans_tab(store, lambda: profile, None)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    # Nothing may fire against the store after it is closed.
    widget.plans.save_timer.stop()
    widget.plans.preview_timer.stop()
    widget.close()


@pytest.fixture
def view(tab):
    return tab.plans


def wait_preview(qtbot, view) -> None:
    """Render now (instead of after the debounce) and wait for the PDF to be loaded."""
    view.render_preview()
    qtbot.waitUntil(
        lambda: view.preview.document.status() == QPdfDocument.Status.Ready and view.preview.document.pageCount() > 0,
        timeout=5000,
    )
