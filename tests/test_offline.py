"""The program never opens a network connection: the conftest audit hook records any attempt
and fails the whole run; here we prove the hook is live."""

import socket

import pytest

from tests.conftest import network_attempts


def test_network_connect_is_refused_and_recorded():
    before = len(network_attempts())
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(OSError, match="network connection attempted"):
        sock.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, never reached
    sock.close()
    assert len(network_attempts()) == before + 1
    # Forget this deliberate attempt so the session check judges only the program.
    import tests.conftest as c

    c._network_attempts.pop()


def test_name_lookup_is_refused():
    with pytest.raises(OSError, match="name lookup"):
        socket.getaddrinfo("example.invalid", 80)
    import tests.conftest as c

    c._network_attempts.pop()
