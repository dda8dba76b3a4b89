"""Unexpected exceptions: a log file with the traceback and versions, and a dialog with a copyable report.

The program keeps running after the dialog; nothing is lost that was already saved (every write is
its own transaction). ``CrashHandler.show_report`` can be replaced (tests, --exit-when-ready).
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import QObject, Qt, QThread, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thiduadesk import __version__

log = logging.getLogger("thiduadesk.crash")


def build_report(exc_type, exc, tb, *, thread_name: str | None = None, extra: dict | None = None) -> str:
    lines = [
        f"ThiDuaDesk {__version__}",
        f"Time: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"Python {sys.version.split()[0]} ({platform.python_implementation()}), "
        f"PySide6 {PySide6.__version__}, Qt {qVersion()}",
        f"System: {platform.platform()}",
    ]
    if thread_name:
        lines.append(f"Thread: {thread_name}")
    for key, value in (extra or {}).items():
        lines.append(f"{key}: {value}")
    lines.append("")
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc_type, exc, tb))
    return "\n".join(lines) + "\n"


class CrashDialog(QDialog):
    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        where = (
            self.tr("The report below was also saved to:\n%1").replace("%1", str(log_path))
            if log_path
            else self.tr("The report could not be saved to a file; please copy it.")
        )
        intro = QLabel(
            self.tr(
                "ThiDuaDesk met an unexpected error. Data saved before the error is safe; the last "
                "action may not have been completed. Please copy this report and send it to the "
                "person who supports the program."
            )
            + "\n"
            + where
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.report_edit = QPlainTextEdit(report)
        self.report_edit.setObjectName("reportEdit")
        self.report_edit.setReadOnly(True)
        self.report_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.report_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def append(self, report: str) -> None:
        self.report_edit.appendPlainText("\n" + "-" * 60 + "\n" + report)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_edit.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class CrashHandler(QObject):
    """Installs sys.excepthook and threading.excepthook; reports on the GUI thread."""

    # (report text, log file path or "") — queued to the GUI thread when raised elsewhere.
    reported = Signal(str, str)

    def __init__(self, log_dir: Path, *, show_report: Callable[[str, Path | None], None] | None = None,
                 extra: Callable[[], dict] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.log_dir = Path(log_dir)
        self.show_report = show_report if show_report is not None else self._show_dialog
        self.extra = extra
        self.reports: list[str] = []
        self.dialog: CrashDialog | None = None
        self._previous: tuple | None = None
        self.reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)

    # -- installation -------------------------------------------------------------------

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.excepthook
            threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            if sys.excepthook == self.excepthook:
                sys.excepthook = self._previous[0]
            if threading.excepthook == self.thread_excepthook:
                threading.excepthook = self._previous[1]
            self._previous = None

    # -- hooks ---------------------------------------------------------------------------

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb)

    def thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else None
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread_name=name)

    def record(self, exc_type, exc, tb, *, thread_name: str | None = None) -> tuple[str, Path | None]:
        """Build the report, log it and write the crash file; show nothing."""
        try:
            extra = self.extra() if self.extra else None
        except Exception:
            extra = None
        report = build_report(exc_type, exc, tb, thread_name=thread_name, extra=extra)
        self.reports.append(report)
        log.error("Unexpected error\n%s", report)
        return report, self.write_log(report)

    def handle(self, exc_type, exc, tb, *, thread_name: str | None = None) -> Path | None:
        report, path = self.record(exc_type, exc, tb, thread_name=thread_name)
        if QThread.currentThread() is self.thread():
            self._on_reported(report, str(path) if path else "")  # the dialog is non-blocking
        else:  # queued to the GUI thread: widgets live there
            self.reported.emit(report, str(path) if path else "")
        return path

    def write_log(self, report: str) -> Path | None:
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            path = self.log_dir / f"crash-{stamp}.log"
            path.write_text(report, encoding="utf-8")
            return path
        except OSError:
            log.exception("could not write the crash log")
            return None

    def _on_reported(self, report: str, path: str) -> None:
        try:
            self.show_report(report, Path(path) if path else None)
        except Exception:  # the report must never raise into the hook again
            print(report, file=sys.stderr)

    def _show_dialog(self, report: str, log_path: Path | None) -> None:
        # One dialog at a time: a repeating error adds to it instead of opening a flood of windows.
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.append(report)
            return
        # A top-level dialog, so a broken main window cannot take it down with it.
        self.dialog = CrashDialog(report, log_path)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.open()


def print_report(report: str, log_path: Path | None) -> None:
    """The non-interactive reporter (--exit-when-ready): standard error only."""
    print(report, file=sys.stderr)
    if log_path:
        print(f"(saved to {log_path})", file=sys.stderr)
