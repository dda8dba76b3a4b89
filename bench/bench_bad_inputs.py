"""Peak memory and time of the resource cases of the bad-input suite (issue 9).

Each case is a small .xlsx that claims a huge sheet; it is given to the command line as the clerk
would (``thiduadesk units import FILE --dry-run``) in a child process, whose peak resident memory
comes from ``os.wait4`` (the child's own rusage) and whose time is the wall clock around it.
Targets: under 300 MiB and under 10 s each. A normal 40-row list is measured in the same run as
the baseline, and each case is also shown as a ratio to it.

    python bench/bench_bad_inputs.py            # prints a table; exit 1 if a target is missed
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

MIB = 1024 * 1024
TARGET_MIB, TARGET_SECONDS = 300, 10.0
HEADER = ["STT", "Tên đơn vị", "Cấp học", "Cụm thi đua"]


def _book(path: Path, rows, extra=None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    if extra:
        extra(ws)
    wb.save(path)
    return path


def _units(n: int) -> list[list]:
    return [HEADER] + [[i, f"Trường THCS số {i}", "THCS", f"Cụm {i % 5 + 1}"] for i in range(1, n + 1)]


def _forged(path: Path) -> Path:
    plain = _book(path.with_name("plain.xlsx"), _units(40))
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:D41"/>', b'<dimension ref="A1:XFD1048576"/>')
            dst.writestr(item, data)
    return path


def _styled(ws) -> None:
    ws.cell(row=1048576, column=16384).font = Font(bold=True)


def _far_right(ws) -> None:
    for row in range(1, 200):
        ws.cell(row=row, column=16384, value="rác")


def _docx(path: Path, *, extra: dict | None = None, empty_paragraphs: int = 0) -> Path:
    """A small Word plan, with a part that unpacks to a lot, or many empty paragraphs."""
    import io
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Công tác thi đua, khen thưởng năm 2024")
    buf = io.BytesIO()
    document.save(buf)
    path = path.with_suffix(".docx")
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml" and empty_paragraphs:
                data = data.replace(b"<w:body>", b"<w:body>" + b"<w:p/>" * empty_paragraphs, 1)
            dst.writestr(item, data)
        for name, content in (extra or {}).items():
            dst.writestr(name, content)
    return path


CASES = {
    "baseline: 40 units": lambda p: _book(p, _units(40)),
    "value at XFD1048576": lambda p: _book(p, _units(40), lambda ws: ws.cell(row=1048576, column=16384, value="x")),
    "value at A1048576": lambda p: _book(p, _units(40), lambda ws: ws.cell(row=1048576, column=1, value="x")),
    "styled empty XFD1048576": lambda p: _book(p, _units(40), _styled),
    "dimension A1:XFD1048576": _forged,
    "values in column XFD": lambda p: _book(p, _units(40), _far_right),
    "5,000 rows (the limit)": lambda p: _book(p, _units(4999)),
    "6,000 rows (past it)": lambda p: _book(p, _units(5999)),
    "docx: a Word plan": lambda p: _docx(p),
    "docx: zip bomb (80 MB part)": lambda p: _docx(p, extra={"word/media/big.bin": b"\0" * (80 * 1024 * 1024)}),
    "docx: 200,000 empty paras": lambda p: _docx(p, empty_paragraphs=200_000),
}


def measure(path: Path, db: Path) -> tuple[float, float, int, str]:
    """(seconds, peak MiB, exit status, last line of output) of one import (units: a dry run;
    a Word file: a plan import, refused before anything is stored)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = ["plan", "import", str(path)] if path.suffix == ".docx" else ["units", "import", str(path), "--dry-run"]
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "thiduadesk", "--db", str(db), *command],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    out = proc.stdout.read().decode("utf-8", "replace")
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / MIB
    lines = out.strip().splitlines()
    return seconds, peak, proc.returncode, lines[-1] if lines else ""


def main() -> int:
    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite"
        rows = []
        for name, make in CASES.items():
            path = make(folder / f"case{len(rows)}.xlsx")
            seconds, peak, status, last = measure(path, db)
            rows.append((name, path.stat().st_size, seconds, peak, status, last))
    base_s, base_mib = rows[0][2], rows[0][3]
    print(f"{'case':26} {'file':>8} {'time s':>7} {'x base':>6} {'peak MiB':>8} {'x base':>6} exit  last line")
    for name, size, seconds, peak, status, last in rows:
        print(f"{name:26} {size / 1024:7.0f}K {seconds:7.2f} {seconds / base_s:6.2f} {peak:8.0f} "
              f"{peak / base_mib:6.2f} {status:4}  {last[:70]}")
        if seconds >= TARGET_SECONDS or peak >= TARGET_MIB:
            missed.append(name)
    print(f"targets: < {TARGET_MIB} MiB and < {TARGET_SECONDS:.0f} s each — "
          + ("all met" if not missed else "MISSED: " + ", ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
