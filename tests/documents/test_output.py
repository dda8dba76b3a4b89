"""Saved documents: all or nothing, with ordinary permissions."""

import os
import stat

import pytest

from thiduadesk.documents import output


def test_write_bytes_replaces_and_uses_usual_permissions(tmp_path):
    target = tmp_path / "ke-hoach.pdf"
    target.write_bytes(b"old")
    output.write_bytes(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.pdf"]


def test_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "ke-hoach.docx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with output.replacing(target) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.docx"]
