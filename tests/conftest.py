"""Shared test set-up: offscreen Qt, Qt test-mode paths, a per-test database, and a guard that
fails the run if anything opens a network socket."""

from __future__ import annotations

import os
import socket
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared")
SAMPLES_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "data", "samples"))

_network_attempts: list[str] = []


def _network_audit(event: str, args) -> None:
    """Audit hook: any Python-level connect or name lookup outside AF_UNIX is a failure."""
    if event == "socket.connect":
        sock, address = args[0], args[1]
        if getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX:
            return
        _network_attempts.append(f"connect {address!r}")
        raise OSError(f"ThiDuaDesk tests: network connection attempted to {address!r}")
    if event in ("socket.getaddrinfo", "socket.gethostbyname"):
        _network_attempts.append(f"{event} {args[0]!r}")
        raise OSError(f"ThiDuaDesk tests: name lookup attempted for {args[0]!r}")


def network_attempts() -> list[str]:
    return list(_network_attempts)


def pytest_configure(config):
    sys.addaudithook(_network_audit)


def pytest_sessionfinish(session, exitstatus):
    # A connection attempt anywhere in the run (even one swallowed by a try/except) fails it.
    if _network_attempts:
        print("\nNetwork connections attempted during the test run:", *_network_attempts, sep="\n  ")
        session.exitstatus = 1


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
