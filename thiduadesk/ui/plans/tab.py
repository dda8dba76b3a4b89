"""The Kế hoạch tab: the plans (list, editor, preview) and the outgoing register as two views."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from thiduadesk.domain.model import OfficeProfile
from thiduadesk.store.db import Store
from thiduadesk.ui.plans.register_view import RegisterView
from thiduadesk.ui.plans.view import PlansView


class PlansTab(QWidget):
    PLANS, REGISTER = range(2)

    def __init__(self, store: Store, profile_getter: Callable[[], OfficeProfile | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plansTab")
        self.plans = PlansView(store, profile_getter, self)
        self.register = RegisterView(store, profile_getter, self)
        self.views = QTabWidget()
        self.views.setObjectName("plansViews")
        self.views.setDocumentMode(True)
        self.views.setTabPosition(QTabWidget.TabPosition.South)
        self.views.addTab(self.plans, self.tr("Plans"))
        self.views.addTab(self.register, self.tr("Outgoing register"))
        self.views.currentChanged.connect(self._on_view_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def current_view(self) -> QWidget:
        return self.views.currentWidget()

    def show_register(self) -> None:
        self.views.setCurrentIndex(self.REGISTER)

    def show_plans(self) -> None:
        self.views.setCurrentIndex(self.PLANS)

    def _on_view_changed(self, index: int) -> None:
        if index == self.REGISTER:
            self.plans.save_now()
            self.register.refresh()

    # -- hooks the main window calls on the current tab --

    def focus_search(self) -> None:
        self.current_view().focus_search()

    def new_item(self) -> None:
        if self.views.currentIndex() == self.REGISTER:
            self.register.add_entry()
        else:
            self.plans.new_plan()

    def delete_selected(self) -> None:
        self.current_view().delete_selected()

    def refresh(self) -> None:
        self.plans.save_now()
        self.plans.reload_filters()
        self.plans.reload_list()
        self.register.refresh()

    def save_now(self) -> bool:
        return self.plans.save_now()

    def save_state(self, settings: QSettings) -> None:
        self.plans.save_now()
        settings.setValue("plans/view", self.views.currentIndex())
        self.plans.save_state(settings)
        self.register.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.plans.restore_state(settings)
        self.register.restore_state(settings)
        try:
            self.views.setCurrentIndex(int(settings.value("plans/view", 0)))
        except (TypeError, ValueError):
            pass
