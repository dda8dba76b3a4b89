"""The register tab beside the plans tab, in the real main window: issuing a plan in one shows in
the other through the change notification (no signal between the two)."""

from __future__ import annotations

import pytest

from tests.ui.plans.conftest import fixed_today, no_blocking_prompts, profile  # noqa: F401
from thiduadesk.ui.main_window import MainWindow


class Places:
    """The two tabs the tests work in, and switching between them as the clerk does."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.plans = window.plans_tab.plans
        self.register = window.register_tab

    def show_register(self) -> None:
        self.window.tabs.setCurrentWidget(self.register)

    def show_plans(self) -> None:
        self.window.tabs.setCurrentWidget(self.window.plans_tab)

    def refresh(self) -> None:  # F5 on the register tab
        self.show_register()
        self.window.refresh_action.trigger()


@pytest.fixture
def tab(qtbot, store, profile):  # noqa: F811
    window = MainWindow(store, profile=profile)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    yield Places(window)
    window.plans_tab.plans.save_timer.stop()
    window.plans_tab.plans.preview_timer.stop()
    window.close()
