"""Shared test set-up: offscreen Qt, Qt test-mode paths, a per-test database, and a guard that
fails the run if anything reaches for the network.

The guard (DESIGN.md §3, "the program opens no network connection, ever") catches, in the test
process: connections and name look-ups (outside AF_UNIX), UDP sends, listening sockets (bind and
listen), and the creation of Qt's network classes; in every Python child process the tests start
(the command line run as the clerk would): the same audit hook, installed by a sitecustomize put
first on the children's PYTHONPATH, which records the attempt and ends the child with status
``CHILD_NETWORK_STATUS``. Any attempt anywhere, even one swallowed by a try/except, fails the run.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared")
SAMPLES_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "data", "samples"))

CHILD_NETWORK_STATUS = 86
QT_NETWORK_CLASSES = ("QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QTcpServer", "QSslSocket",
                      "QDnsLookup", "QHostInfo", "QSctpSocket", "QSctpServer")

_network_attempts: list[str] = []

# The child processes' hook: the same rules, reported through a file, then the child stops.
_CHILD_HOOK = '''
import os, socket, sys

_LOG = os.environ.get("THIDUADESK_NETGUARD_LOG")


def _tdk_network_audit(event, args):
    what = None
    if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if getattr(socket, "AF_UNIX", None) is not None and getattr(sock, "family", None) == socket.AF_UNIX:
            return
        what = f"{event} {args[1]!r}" if len(args) > 1 else event
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        what = f"{event} {args[0]!r}"
    if what is None:
        return
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"child {os.getpid()} {sys.argv!r}: {what}\\n")
    sys.stderr.write(f"ThiDuaDesk tests: network use in a child process: {what}\\n")
    sys.stderr.flush()
    os._exit(STATUS)


sys.addaudithook(_tdk_network_audit)
'''.replace("STATUS", str(CHILD_NETWORK_STATUS))

_child_dir = Path(tempfile.mkdtemp(prefix="tdk-netguard-"))
CHILD_LOG = _child_dir / "attempts.log"


def _record(what: str) -> None:
    _network_attempts.append(what)


def _is_unix(sock) -> bool:
    return getattr(socket, "AF_UNIX", None) is not None and getattr(sock, "family", None) == socket.AF_UNIX


def _network_audit(event: str, args) -> None:
    """Audit hook: a connect, bind, UDP send or name lookup outside AF_UNIX is a failure."""
    if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if _is_unix(sock):
            return
        address = args[1] if len(args) > 1 else None
        kind = {"socket.connect": "network connection", "socket.bind": "listening socket (bind)",
                "socket.sendto": "UDP send", "socket.sendmsg": "network send"}[event]
        _record(f"{event} {address!r}")
        raise OSError(f"ThiDuaDesk tests: {kind} attempted to {address!r}")
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        _record(f"{event} {args[0]!r}")
        raise OSError(f"ThiDuaDesk tests: name lookup attempted for {args[0]!r}")


def _guard_listen() -> None:
    """listen() has no audit event (and binds by itself to a free port): guard the method."""
    original = socket.socket.listen

    def listen(self, *args):
        if not _is_unix(self):
            _record(f"socket.listen {self!r}")
            raise OSError("ThiDuaDesk tests: listening socket (listen) attempted")
        return original(self, *args)

    socket.socket.listen = listen


def _guard_qt_network() -> None:
    """Qt's network classes, replaced in PySide6.QtNetwork by stand-ins that record and refuse
    (plain Python classes: no half-built Qt object is ever left for Qt to clean up)."""
    try:
        from PySide6 import QtNetwork
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        return
    for name in QT_NETWORK_CLASSES:
        if getattr(QtNetwork, name, None) is None:
            continue

        def __init__(self, *args, _name=name, **kwargs):
            _record(f"Qt {_name} created")
            raise OSError(f"ThiDuaDesk tests: Qt network class {_name} created")

        setattr(QtNetwork, name, type(name, (), {"__init__": __init__, "__module__": "tests.conftest"}))


def _guard_children() -> None:
    (_child_dir / "sitecustomize.py").write_text(_CHILD_HOOK, encoding="utf-8")
    CHILD_LOG.write_text("", encoding="utf-8")
    path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = str(_child_dir) + (os.pathsep + path if path else "")
    os.environ["THIDUADESK_NETGUARD_LOG"] = str(CHILD_LOG)


def child_attempts() -> list[str]:
    return [line for line in CHILD_LOG.read_text(encoding="utf-8").splitlines() if line]


def forget_child_attempts() -> None:
    """After a test's deliberate attempt in a child: the session check judges only the program."""
    CHILD_LOG.write_text("", encoding="utf-8")


def network_attempts() -> list[str]:
    return list(_network_attempts)


def pytest_configure(config):
    sys.addaudithook(_network_audit)
    _guard_listen()
    _guard_qt_network()
    _guard_children()


def pytest_sessionfinish(session, exitstatus):
    # A connection attempt anywhere in the run (even one swallowed by a try/except) fails it.
    attempts = _network_attempts + child_attempts()
    if attempts:
        print("\nNetwork use attempted during the test run:", *attempts, sep="\n  ")
        session.exitstatus = 1


def pytest_unconfigure(config):
    import shutil

    shutil.rmtree(_child_dir, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def _qt_test_paths():
    """Nothing may touch the real user folders: Qt's standard paths go to test locations."""
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        return
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def db_path(tmp_path):
    """A path for a fresh database file, private to the test."""
    return tmp_path / "thiduadesk.sqlite"
