"""The preview zooms (Ctrl + wheel, Ctrl++ / Ctrl+-, fit width, fit page) and the plans tab stays
usable in a 1024×600 window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from tests.ui.plans.conftest import wait_preview
from tests.ui.plans.test_plans_tab import new_from_template


def _wheel(widget, delta: int, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt.MouseButton.NoButton,
                        modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_buttons_keys_and_ctrl_wheel_zoom_the_preview(view, qtbot):
    new_from_template(view, "dot-thi-dua")
    wait_preview(qtbot, view)
    preview = view.preview
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and preview.fit_width_button.isChecked()
    fitted = preview.zoom_percent()
    assert preview.zoom_label.text() == f"{fitted} %"

    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom and not preview.fit_width_button.isChecked()
    assert preview.zoom_percent() > fitted
    first_in = preview.zoom_percent()
    assert preview.zoom_label.text() == f"{first_in} %"

    _wheel(preview.view.viewport(), 120)
    assert preview.zoom_percent() > first_in
    _wheel(preview.view.viewport(), -120)
    assert preview.zoom_percent() == first_in
    before = preview.view.verticalScrollBar().value()
    _wheel(preview.view.viewport(), -120, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls, no zoom
    assert preview.zoom_percent() == first_in
    assert preview.view.verticalScrollBar().value() >= before

    preview.window().activateWindow()
    qtbot.waitUntil(preview.window().isActiveWindow)
    preview.view.setFocus()
    qtbot.waitUntil(preview.view.hasFocus)
    QTest.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_percent() < first_in
    QTest.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_percent() == first_in
    QTest.keyClick(preview.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and preview.zoom_percent() == fitted

    qtbot.mouseClick(preview.fit_page_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView and preview.fit_page_button.isChecked()
    # A whole A4 page in view: its height at the zoom in use fits the viewport.
    height = preview.document.pagePointSize(0).height() * preview.scale()
    assert height <= preview.view.viewport().height()
    assert preview.zoom_percent() <= fitted


def test_zoom_stays_between_25_and_400_per_cent(view, qtbot):
    new_from_template(view, "dot-thi-dua")
    wait_preview(qtbot, view)
    preview = view.preview
    for _ in range(30):
        preview.zoom_in()
    assert preview.zoom_percent() == 400
    for _ in range(30):
        preview.zoom_out()
    assert preview.zoom_percent() == 25


def test_the_highlight_is_found_at_a_custom_zoom(view, qtbot):
    """Scrolling to the section being edited uses the zoom in use, not the fitted width."""
    new_from_template(view, "dot-thi-dua")
    wait_preview(qtbot, view)
    preview = view.preview
    preview.set_zoom(1.0)
    QTest.qWait(50)  # the view lays the pages out again
    preview.scroll_to(0, 300)  # 300 pt from the top of page 1
    bar = preview.view.verticalScrollBar()
    expected = (preview.view.documentMargins().top() + 300 * preview.scale()
                - preview.view.viewport().height() / 4)
    assert preview.scale() == preview.view.zoomFactor() * preview.logicalDpiY() / 72
    assert 0 < expected < bar.maximum()
    assert abs(bar.value() - min(bar.maximum(), int(expected))) <= 1


def test_the_plans_tab_is_usable_in_a_1024_by_600_window(store, profile, qtbot, tmp_path):
    """Vietnamese labels, a 1024×600 window: nothing cut off, the preview wide enough to read."""
    from thiduadesk.app import install_translators
    from thiduadesk.ops import plans as plans_ops
    from thiduadesk.ui.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translators(app, "vi")
    try:
        window = MainWindow(store, backup_dir=tmp_path / "backups", lang="vi")
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        view = window.plans_tab.plans
        view.select_plan(plans_ops.create_from_template(store, "tdkt-nam", 2024))
        wait_preview(qtbot, view)
        assert window.width() == 1024 and window.height() == 600
        assert window.minimumSizeHint().width() <= 1024 - MainWindow.FRAME_ALLOWANCE.width()
        # Every pane is at least as wide as it needs; the preview gets a readable share.
        for i, size in enumerate(view.splitter.sizes()):
            assert size >= view.splitter.widget(i).minimumSizeHint().width(), i
        assert view.preview.view.viewport().width() >= 300
        assert view.preview.view.viewport().height() >= 380
        # The zoom bar's buttons and the toolbar's actions are whole on screen.
        preview = view.preview
        for button in (preview.zoom_out_button, preview.zoom_in_button, preview.fit_width_button,
                       preview.fit_page_button):
            assert button.isVisible() and button.visibleRegion().boundingRect().size() == button.size(), \
                button.objectName()
        toolbar = view.findChild(QToolBar, "plansToolbar")
        right = toolbar.mapTo(window, toolbar.rect().topRight()).x()
        assert right <= window.width()
        for action in toolbar.actions():
            if action.isSeparator():
                continue
            widget = toolbar.widgetForAction(action)
            assert widget is not None and widget.isVisible(), action.objectName()  # not in the » overflow
        assert preview.fit_width_button.text() == "Vừa chiều rộng"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
