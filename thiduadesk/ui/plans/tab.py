"""The Kế hoạch tab: the plans view (list, editor, preview) with the hooks the main window calls.
The outgoing register the plans are numbered from is a tab of its own (ui/register/)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QVBoxLayout, QWidget

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.store.db import Store
from thiduadesk.ui.plans.view import PlansView
from thiduadesk.ui.widgets.tab_page import TabPage


class PlansTab(QWidget, TabPage):
    def __init__(self, store: Store, profile_getter: Callable[[], OfficeProfile | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plansTab")
        self.plans = PlansView(store, profile_getter, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plans)

    # -- hooks the main window calls on the current tab --

    def focus_search(self) -> None:
        self.plans.focus_search()

    def new_item(self) -> None:
        self.plans.new_plan()

    def delete_selected(self) -> None:
        self.plans.delete_selected()

    def refresh(self) -> None:
        self.plans.save_now()
        self.plans.reload_filters()
        self.plans.reload_list()

    def undo_stack(self):
        return self.plans.undo_stack

    def save_now(self) -> bool:
        return self.plans.save_now()

    def save_state(self, settings: QSettings) -> None:
        self.plans.save_now()
        self.plans.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.plans.restore_state(settings)
