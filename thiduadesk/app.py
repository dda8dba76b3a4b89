"""The GUI: QApplication, translations, logging, crash handler, opening the store, the main window.

``run_gui`` is what ``thiduadesk`` (no sub-command) calls. It never lets a StoreError become a
traceback: the clerk gets the message, a way out (restore a backup, retry, exit) and a non-zero
exit status if the data cannot be opened. Exit status: 0 normal, 1 the data could not be opened or
an unexpected error happened before the window was up (or, with --exit-when-ready, at all).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from thiduadesk import __version__, paths

# A data file larger than this is checked page by page once the window is up, not before it
# (ten years of records: 90 MB, whose check takes 0.15 s warm and over a second cold).
DEFER_CHECK_ABOVE = 1024 * 1024  # a new office's file is under it; a year of records is over

log = logging.getLogger("thiduadesk.app")

LOG_FILE = "thiduadesk.log"


# -- logging -------------------------------------------------------------------------------------


class LogFile(logging.FileHandler):
    """The log file, rotated at ``max_bytes`` into ``thiduadesk.log.1`` … ``.<backups>``.

    What ``logging.handlers.RotatingFileHandler`` does, without importing ``logging.handlers``
    (socket, pickle, queue: about 12 ms of every start-up). A rotation that fails (the file held
    open by another window on Windows) is skipped: the log keeps growing until the next try.
    """

    thiduadesk_file = True

    def __init__(self, path: Path, *, max_bytes: int = 1_000_000, backups: int = 5):
        self.max_bytes, self.backups = max_bytes, backups
        super().__init__(path, mode="a", encoding="utf-8")
        if self.stream is not None and self.stream.tell() >= max_bytes:
            self.rotate()

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        with contextlib.suppress(OSError, ValueError):
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.rotate()

    def rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        try:
            for n in range(self.backups - 1, 0, -1):
                older = f"{self.baseFilename}.{n}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{n + 1}")
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        except OSError:
            pass
        self.stream = self._open()


def setup_logging(log_dir: Path) -> Path | None:
    """A rotating log file for the "thiduadesk" loggers: one handler, in ``log_dir``."""
    logger = logging.getLogger("thiduadesk")
    target = (Path(log_dir) / LOG_FILE).absolute()
    for handler in list(logger.handlers):
        if getattr(handler, "thiduadesk_file", False):
            if Path(handler.baseFilename) == target:
                return target
            logger.removeHandler(handler)
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = LogFile(log_dir / LOG_FILE)
    except OSError as exc:
        print(f"ThiDuaDesk: cannot write the log in {log_dir}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return Path(handler.baseFilename)


# -- translations ----------------------------------------------------------------------------------


def translation_dirs() -> list[Path]:
    """Where thiduadesk_<lang>.qm may be: the installed thiduadesk.i18n package, else the
    repository's i18n/ folder (running from a source checkout)."""
    dirs = []
    try:
        from importlib.resources import files

        dirs.append(Path(str(files("thiduadesk.i18n"))))
    except (ModuleNotFoundError, TypeError):
        pass
    dirs.append(Path(__file__).resolve().parent.parent / "i18n")
    if getattr(sys, "frozen", False):  # PyInstaller one-folder build
        dirs.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "thiduadesk" / "i18n")
    return dirs


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Install Qt's own translation (where one exists) and ours, ours searched first."""
    installed = []
    if lang != "vi":  # Qt ships no Vietnamese: our .ts covers Qt's dialog buttons for vi
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    ours = QTranslator(app)
    for folder in translation_dirs():
        if (folder / f"thiduadesk_{lang}.qm").is_file() and ours.load(f"thiduadesk_{lang}", str(folder)):
            app.installTranslator(ours)
            installed.append(ours)
            break
    else:
        log.warning("no translation file thiduadesk_%s.qm found in %s", lang, translation_dirs())
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if lang == "vi"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return installed


# -- the session -----------------------------------------------------------------------------------


class GuiSession(QObject):
    """One run of the GUI on one database: open (with a way out of every refusal), window, restore."""

    def __init__(self, app: QApplication, db_path: Path, *, backup_dir: Path | None, demo: bool, lang: str,
                 exit_when_ready: bool, on_ready: Callable | None = None):
        super().__init__()
        self.app = app
        self.db_path = Path(db_path)
        self.backup_dir = backup_dir
        self.demo = demo
        self.lang = lang
        self.exit_when_ready = exit_when_ready
        self.on_ready = on_ready
        # Blocking message boxes only for a person at a real screen.
        self.blocking = not exit_when_ready and app.platformName() != "offscreen"
        self.store = None
        self.window = None
        self.exit_code = 0
        self.warnings: list[str] = []

    # -- opening ------------------------------------------------------------------------------

    def open_store(self):
        """The open Store, or None when the user gave up (the message has been shown)."""
        from thiduadesk.documents.output import protect
        from thiduadesk.store.backup import restore_backup
        from thiduadesk.store.db import open_store
        from thiduadesk.store.errors import StoreError

        while True:
            try:
                store = open_store(self.db_path, backup_dir=self.backup_dir, defer_check_above=DEFER_CHECK_ABOVE)
                protect(store.path)  # no saved PDF or Word file may land on it
                return store
            except StoreError as exc:
                log.warning("cannot open %s: %s", self.db_path, exc.message)
                choice = self.ask_open_error(exc)
            if choice == "retry":
                continue
            if choice != "restore":
                return None
            chosen = self.choose_backup()
            if chosen is None:
                continue
            try:
                kept = restore_backup(chosen, self.db_path, self.backup_dir)
                log.info("restored %s from %s, the old file kept as %s", self.db_path, chosen, kept)
                if kept is not None:
                    self.warnings.append(self.tr("Restored from %1. The damaged file is kept as %2.")
                                         .replace("%1", str(chosen)).replace("%2", str(kept)))
            except (StoreError, OSError) as exc:
                self.show_message(self.tr("Restore from a backup"), getattr(exc, "message", None) or str(exc))

    def ask_open_error(self, exc) -> str:
        """"restore", "retry" or "quit". Without a screen to ask on: print the message, "quit"."""
        from thiduadesk.store.errors import DatabaseInUse

        if not self.blocking:
            print(exc.message, file=sys.stderr)
            return "quit"
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("ThiDuaDesk cannot open the data file"), exc.message)
        restore = box.addButton(self.tr("Restore from a backup…"), QMessageBox.ButtonRole.ActionRole) \
            if exc.can_restore else None
        retry = box.addButton(QMessageBox.StandardButton.Retry) if isinstance(exc, DatabaseInUse) else None
        quit_button = box.addButton(self.tr("Exit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or retry or quit_button)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return "restore"
        if retry is not None and clicked is retry:
            return "retry"
        return "quit"

    def choose_backup(self) -> Path | None:
        from thiduadesk.ui.restore_dialog import choose_backup

        return choose_backup(self.backup_dir)

    def show_message(self, title: str, text: str) -> None:
        if self.blocking:
            QMessageBox.warning(self.window, title, text)
        else:
            print(text, file=sys.stderr)

    # -- after opening ----------------------------------------------------------------------------

    def prepare(self) -> None:
        """Demo data and the first-run profile, on the freshly opened store."""
        from thiduadesk.store.errors import StoreError
        from thiduadesk.store.profile import load_profile
        from thiduadesk.store.usage import has_data

        if self.demo and not has_data(self.store):  # the generator is loaded only to fill an empty file
            from thiduadesk.ops.data import fill_demo

            try:
                fill_demo(self.store)
            except StoreError as exc:
                self.warnings.append(exc.message)
        if load_profile(self.store) is None and not self.exit_when_ready:
            self.ask_profile()

    def ask_profile(self) -> None:
        from thiduadesk.ui.settings_dialog import OfficeProfileDialog

        dialog = OfficeProfileDialog(self.store, None, None, first_run=True)
        dialog.exec()  # cancelled: start anyway; the dialog comes again next time

    def show_window(self) -> None:
        from thiduadesk.ui.main_window import MainWindow

        self.window = MainWindow(self.store, backup_dir=self.backup_dir, lang=self.lang)
        self.window.restore_requested.connect(self.restore_while_running)
        self.window.show()
        self.show_warnings()

    def show_warnings(self) -> None:
        for warning in self.warnings:
            if self.window is not None:
                self.window.statusBar().showMessage(warning, 15000)
            print(warning, file=sys.stderr)
        self.warnings.clear()

    def daily_backup(self) -> None:
        """Today's backup, if there is none yet (a copy, checked, and fsynced: 50–100 ms for an
        8 MB file, more on a slow disk — so it is taken once the window is up, not before)."""
        try:
            made = self.store.daily_backup()
            if made:
                log.info("daily backup %s", made)
        except Exception as exc:  # never fatal: the data itself is fine
            log.exception("daily backup failed")
            self.warnings.append(
                self.tr("Today's automatic backup could not be made: %1").replace("%1", getattr(exc, "message", str(exc)))
            )
        self.show_warnings()

    def show_window_checked(self) -> bool:
        """show_window; when building it meets a damaged page of a large file whose check was left
        for later, the check runs now and the clerk is asked (False: damaged; restored and shown
        again, or the program is to exit)."""
        try:
            self.show_window()
            return True
        except Exception:
            if self.store is None or not self.store.unchecked:
                raise
            self.close_window()
            if self.verify_large_file():
                raise  # the file is sound: a fault of the program, for the crash log
            return False

    def verify_large_file(self) -> bool:
        """The page-by-page check of a large file, left until the window is up; on damage the
        clerk is asked as at opening (restore from a backup, or exit). False if damaged."""
        from thiduadesk.store.errors import CorruptDatabase

        try:
            self.store.verify()
            return True
        except CorruptDatabase as exc:
            log.warning("damaged %s: %s", self.db_path, exc.message)
            choice = self.ask_open_error(exc)
        chosen = self.choose_backup() if choice == "restore" else None
        if chosen is not None:
            self.restore_while_running(chosen)
        else:
            self.exit_code = 1
            self.close_window()
            self.app.quit()
        return False

    def when_idle(self) -> None:
        """Called once the window is up and the event loop has gone idle: the window is usable
        (with ``exit_when_ready`` this moment is announced on stdout as "ready", for the start-up
        benchmark); the work after start-up follows."""
        if self.exit_when_ready:
            print("ready", flush=True)
        try:
            if self.store is not None and not self.verify_large_file():
                return  # no backup of a damaged file
            if self.store is not None:
                self.daily_backup()
            if self.on_ready is not None:
                self.on_ready(self)
        finally:
            if self.exit_when_ready:
                self.app.quit()
            elif self.window is not None:
                # After the first idle turn: the window is up and usable while this is read.
                QTimer.singleShot(0, self.show_due_summary)

    def show_due_summary(self) -> None:
        if self.window is not None and self.store is not None:
            self.window.show_due_summary()

    def restore_while_running(self, chosen: Path) -> None:
        from thiduadesk.store.backup import restore_backup
        from thiduadesk.store.errors import StoreError

        self.app.setQuitOnLastWindowClosed(False)
        try:
            self.close_window()
            self.store.close()
            self.store = None
            try:
                restore_backup(chosen, self.db_path, self.backup_dir)
            except (StoreError, OSError) as exc:
                self.show_message(self.tr("Restore from a backup"), getattr(exc, "message", None) or str(exc))
            self.store = self.open_store()
            if self.store is None:
                self.exit_code = 1
                self.app.quit()
                return
            self.show_window()
            self.window.statusBar().showMessage(
                self.tr("Restored from %1").replace("%1", chosen.name), 15000
            )
        finally:
            self.app.setQuitOnLastWindowClosed(True)

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def run(self) -> int:
        self.store = self.open_store()
        if self.store is None:
            return 1
        log.info("opened %s", self.db_path)
        self.prepare()
        if not self.show_window_checked() and self.window is None:
            return self.exit_code or 1
        # Twice: the first turn lets pending show/resize/layout events run, the second is idle.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.when_idle))
        code = self.app.exec()
        return self.exit_code or code

    def shutdown(self) -> None:
        # Closing the last window after the loop ended would post a Quit event that ends the next
        # event loop of this process at once (a second run_gui, a dialog): avoid and drop it.
        quit_on_close = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)
        try:
            self.close_window()
            QCoreApplication.removePostedEvents(self.app, QEvent.Type.Quit)
        finally:
            self.app.setQuitOnLastWindowClosed(quit_on_close)
        if self.store is not None:
            with contextlib.suppress(Exception):
                self.store.close()
            self.store = None


def run_gui(db_path: Path, *, demo: bool = False, lang: str | None = None, exit_when_ready: bool = False,
            backup_dir: Path | None = None, on_ready: Callable | None = None) -> int:
    """Open the program on ``db_path``; return the exit status.

    ``lang`` None: the language saved under Cài đặt → Ngôn ngữ (default Vietnamese).
    ``backup_dir`` None: the folder beside the database (paths.backup_dir_for).
    ``exit_when_ready``: quit with 0 once the window is shown and idle; no dialogs, messages to stderr.
    ``on_ready(session)``: called at that moment too (tests drive the window from there).
    """
    from thiduadesk.ui import preferences
    from thiduadesk.ui.crash import CrashDialog, CrashHandler, print_report

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "thiduadesk"])
    app.setOrganizationName(paths.ORG_NAME)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    log_dir = paths.log_dir()
    setup_logging(log_dir)
    lang = lang if lang in preferences.LANGUAGES else preferences.saved_language()
    translators = install_translators(app, lang)
    db_path = Path(db_path)
    backup_dir = Path(backup_dir) if backup_dir is not None else paths.backup_dir_for(db_path)
    log.info("ThiDuaDesk %s starting on %s (lang %s)", __version__, db_path, lang)

    crash = CrashHandler(log_dir, show_report=print_report if exit_when_ready else None,
                         extra=lambda: {"Data file": db_path, "Language": lang})
    crash.install()
    session = GuiSession(app, db_path, backup_dir=backup_dir, demo=demo, lang=lang,
                         exit_when_ready=exit_when_ready, on_ready=on_ready)
    try:
        code = session.run()
        if exit_when_ready and crash.reports:
            code = code or 1
        return code
    except Exception:
        # Before the event loop (or after it): report now, synchronously.
        report, path = crash.record(*sys.exc_info())
        if session.blocking:
            CrashDialog(report, path).exec()
        else:
            print_report(report, path)
        return 1
    finally:
        session.shutdown()
        crash.uninstall()
        for translator in translators:
            app.removeTranslator(translator)

