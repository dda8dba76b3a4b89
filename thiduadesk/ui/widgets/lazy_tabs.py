"""Tabs built the first time they are shown or asked for: until then a plain placeholder holds the
tab's place, so opening the window does not wait for tabs the clerk may not visit (their modules,
their queries, the calendar's holiday tables)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QWidget

from thiduadesk.ui.widgets.tab_page import TabPage


class PendingTab(QWidget, TabPage):
    """Holds a tab's place until it is built (every TabPage hook does nothing)."""


class LazyTabs:
    """The lazily built tabs of one QTabWidget, by name.

    ``settings()`` gives the QSettings a freshly built tab restores its layout from;
    ``on_built(tab)`` is told of each tab once it has taken its placeholder's place.
    """

    def __init__(self, tabs: QTabWidget, settings: Callable[[], QSettings],
                 on_built: Callable[[QWidget], None] = lambda _tab: None):
        self.tabs = tabs
        self.settings = settings
        self.on_built = on_built
        self._pending: dict[str, PendingTab] = {}
        self._factories: dict[str, tuple[Callable[[], QWidget], str]] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, name: str, title: str, factory: Callable[[], QWidget]) -> None:
        """Append a tab titled ``title`` whose widget ``factory()`` makes when first needed."""
        pending = PendingTab()
        pending.setObjectName(f"{name}TabPending")
        self._pending[name] = pending
        self._factories[name] = (factory, title)
        self.tabs.addTab(pending, title)

    def get(self, name: str) -> QWidget:
        """The tab ``name``, built now if it was not yet."""
        built = self._built.get(name)
        return built if built is not None else self._build(name)

    def built(self, name: str) -> QWidget | None:
        """The tab ``name`` if it has been built, else None (nothing is built)."""
        return self._built.get(name)

    def build_current(self) -> None:
        """Build the tab being shown, if it is still a placeholder."""
        current = self.tabs.currentWidget()
        for name, pending in self._pending.items():
            if pending is current:
                self._build(name)
                return

    def _build(self, name: str) -> QWidget:
        factory, title = self._factories[name]
        pending = self._pending.pop(name)
        tab = factory()
        index = self.tabs.indexOf(pending)
        was_current = self.tabs.currentIndex() == index
        self.tabs.blockSignals(True)  # the swap is not a change of tab
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, title)
            if was_current:
                self.tabs.setCurrentIndex(index)
        finally:
            self.tabs.blockSignals(False)
        pending.deleteLater()
        self._built[name] = tab
        tab.restore_state(self.settings())
        self.on_built(tab)
        return tab
