"""The Kế hoạch tab: plans (templates, import, editor, preview, issue, print); the main window
builds it with :func:`make_plans_tab`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def make_plans_tab(store, profile_getter: Callable, parent: QWidget | None = None) -> QWidget:
    """The tab widget for ``store``; ``profile_getter()`` gives the current OfficeProfile or None."""
    from thiduadesk.ui.plans.tab import PlansTab

    return PlansTab(store, profile_getter, parent)


__all__ = ["make_plans_tab"]
