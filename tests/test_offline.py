"""The program never opens a network connection: the conftest guard records any attempt and
fails the whole run; here we prove each part of the guard trips on a deliberate attempt."""

import os
import socket
import subprocess
import sys

import pytest

import tests.conftest as c
from tests.conftest import CHILD_NETWORK_STATUS, child_attempts, forget_child_attempts, network_attempts


@pytest.fixture
def deliberate():
    """One deliberate attempt is expected; it is forgotten afterwards so that the session check
    judges only the program."""
    before = len(network_attempts())
    yield lambda: network_attempts()[before:]
    del c._network_attempts[before:]


def test_network_connect_is_refused_and_recorded(deliberate):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(OSError, match="network connection attempted"):
        sock.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, never reached
    sock.close()
    assert deliberate() == ["socket.connect ('192.0.2.1', 9)"]


def test_name_lookup_is_refused(deliberate):
    with pytest.raises(OSError, match="name lookup"):
        socket.getaddrinfo("example.invalid", 80)
    assert deliberate() == ["socket.getaddrinfo 'example.invalid'"]


def test_udp_send_is_refused(deliberate):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        with pytest.raises(OSError, match="UDP send attempted"):
            sock.sendto(b"x", ("192.0.2.1", 9))
    finally:
        sock.close()
    assert deliberate() == ["socket.sendto ('192.0.2.1', 9)"]


def test_binding_a_listening_socket_is_refused(deliberate):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(OSError, match=r"listening socket \(bind\)"):
            sock.bind(("127.0.0.1", 0))
    finally:
        sock.close()
    assert deliberate() == ["socket.bind ('127.0.0.1', 0)"]


def test_listen_without_bind_is_refused(deliberate):
    sock = socket.socket(socket.AF_INET6 if socket.has_ipv6 else socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(OSError, match=r"listening socket \(listen\)"):
            sock.listen()  # would bind to a free port by itself
    finally:
        sock.close()
    assert len(deliberate()) == 1 and deliberate()[0].startswith("socket.listen")


def test_local_unix_sockets_stay_allowed(deliberate):
    a, b = socket.socketpair(socket.AF_UNIX)
    a.sendall(b"ok")
    assert b.recv(2) == b"ok"
    a.close()
    b.close()
    assert deliberate() == []


@pytest.mark.parametrize("name", ["QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QTcpServer"])
def test_qt_network_classes_cannot_be_created(deliberate, name):
    from PySide6 import QtNetwork

    with pytest.raises(OSError, match=f"Qt network class {name} created"):
        getattr(QtNetwork, name)()
    assert deliberate() == [f"Qt {name} created"]


def test_a_child_process_that_connects_is_stopped_and_recorded():
    code = "import socket; s = socket.socket(); s.connect(('192.0.2.1', 9)); print('reached')"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    try:
        assert proc.returncode == CHILD_NETWORK_STATUS
        assert proc.stdout == ""
        assert "network use in a child process: socket.connect ('192.0.2.1', 9)" in proc.stderr
        assert len(child_attempts()) == 1 and "socket.connect ('192.0.2.1', 9)" in child_attempts()[0]
    finally:
        forget_child_attempts()


@pytest.mark.parametrize("code, event", [
    ("import socket; socket.getaddrinfo('example.invalid', 80)", "socket.getaddrinfo 'example.invalid'"),
    ("import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('192.0.2.1', 9))",
     "socket.sendto ('192.0.2.1', 9)"),
    ("import socket; socket.socket().bind(('127.0.0.1', 0))", "socket.bind ('127.0.0.1', 0)"),
])
def test_a_child_process_lookup_send_or_bind_is_stopped(code, event):
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    try:
        assert proc.returncode == CHILD_NETWORK_STATUS
        assert event in proc.stderr
        assert len(child_attempts()) == 1
    finally:
        forget_child_attempts()


def test_the_command_line_child_runs_under_the_guard(tmp_path):
    """The CLI tests' children inherit the guard and run normally when they stay offline."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    assert os.environ["THIDUADESK_NETGUARD_LOG"] and "tdk-netguard-" in env["PYTHONPATH"]
    proc = subprocess.run([sys.executable, "-m", "thiduadesk", "--db", str(tmp_path / "d.sqlite"), "--demo",
                           "units", "list"], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert child_attempts() == []
