"""How far the cells of an Excel 97–2003 (.xls) file reach, read from the file's records without
building the sheet: python-calamine lays an .xls sheet out as one dense block from its first to
its last cell, so a stray cell at the far corner (row 65,536, column IV) costs about a gigabyte.
The award list reader asks here first and refuses such a file with a message.

The .xls file is an OLE2 compound file; its "Workbook" stream holds BIFF records, and every
cell record starts with its row and column. Only those two numbers are read.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
# BIFF cell records: LABELSST, NUMBER, RK, LABEL, FORMULA, BOOLERR, RSTRING; BLANK; MULRK, MULBLANK.
_VALUE_CELLS = {0x00FD, 0x0203, 0x027E, 0x0204, 0x0006, 0x0205, 0x00D6}
_BLANK, _MULRK, _MULBLANK = 0x0201, 0x00BD, 0x00BE
_BOF, _EOF = 0x0809, 0x000A
_MAX_CHAIN = 1 << 22  # sectors: far beyond any real .xls, stops a looping chain


class NotXls(ValueError):
    pass


@dataclass
class Extent:
    last_row: int = -1  # 0-based, of any cell (values and formatted blanks)
    last_col: int = -1
    last_value_row: int = -1  # of a cell that holds a value (calamine skips formatted blanks)
    last_value_col: int = -1

    @property
    def value_cells(self) -> int:
        """The cells a dense reader lays out to hold every value."""
        return (self.last_value_row + 1) * (self.last_value_col + 1)


def _chain(fat: list[int], start: int) -> list[int]:
    out, seen = [], set()
    while start not in (_END, _FREE) and start < len(fat):
        if start in seen or len(out) > _MAX_CHAIN:
            raise NotXls("vòng lặp trong bảng cấp phát")
        seen.add(start)
        out.append(start)
        start = fat[start]
    return out


def _workbook_stream(data: bytes) -> bytes:
    if not data.startswith(_SIGNATURE) or len(data) < 512:
        raise NotXls("không phải tệp Excel 97–2003")
    shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    size = 1 << shift
    mini_size = 1 << mini_shift
    (n_fat, dir_start, _t, cutoff, minifat_start, n_minifat, difat_start, n_difat) = struct.unpack_from(
        "<IIIIIIII", data, 0x2C)

    def sector(i: int) -> bytes:
        off = (i + 1) * size
        return data[off:off + size]

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    nxt = difat_start
    for _ in range(min(n_difat, _MAX_CHAIN)):
        if nxt in (_END, _FREE):
            break
        block = struct.unpack(f"<{size // 4}I", sector(nxt).ljust(size, b"\xff"))
        difat.extend(block[:-1])
        nxt = block[-1]
    fat: list[int] = []
    for s in difat[:n_fat]:
        if s in (_END, _FREE):
            continue
        fat.extend(struct.unpack(f"<{size // 4}I", sector(s).ljust(size, b"\xff")))
    directory = b"".join(sector(s) for s in _chain(fat, dir_start))
    entries = []
    for off in range(0, len(directory) - 127, 128):
        name_len = struct.unpack_from("<H", directory, off + 64)[0]
        name = directory[off:off + max(0, name_len - 2)].decode("utf-16-le", "replace")
        kind = directory[off + 66]
        start, length = struct.unpack_from("<II", directory, off + 116)
        entries.append((name, kind, start, length))
    if not entries:
        raise NotXls("không có thư mục")
    root = entries[0]
    for name, kind, start, length in entries:
        if kind == 2 and name in ("Workbook", "Book"):
            if length < cutoff:
                mini_stream = b"".join(sector(s) for s in _chain(fat, root[2]))
                minifat: list[int] = []
                for s in _chain(fat, minifat_start)[:max(n_minifat, 0) or None]:
                    minifat.extend(struct.unpack(f"<{size // 4}I", sector(s).ljust(size, b"\xff")))
                chunks = [mini_stream[i * mini_size:(i + 1) * mini_size] for i in _chain(minifat, start)]
                return b"".join(chunks)[:length]
            return b"".join(sector(s) for s in _chain(fat, start))[:length]
    raise NotXls("không có phần Workbook")


def xls_extent(data: bytes) -> Extent:
    """The reach of the cells of every sheet of an .xls file (the largest over the sheets)."""
    stream = _workbook_stream(data)
    ext = Extent()
    pos, end = 0, len(stream)
    while pos + 4 <= end:
        rtype, length = struct.unpack_from("<HH", stream, pos)
        body = pos + 4
        pos = body + length
        if length < 4 or rtype not in _VALUE_CELLS and rtype not in (_BLANK, _MULRK, _MULBLANK):
            continue
        row, col = struct.unpack_from("<HH", stream, body)
        last_col = col
        if rtype in (_MULRK, _MULBLANK) and length >= 6:
            last_col = struct.unpack_from("<H", stream, body + length - 2)[0]
        ext.last_row = max(ext.last_row, row)
        ext.last_col = max(ext.last_col, last_col)
        if rtype in _VALUE_CELLS or rtype == _MULRK:
            ext.last_value_row = max(ext.last_value_row, row)
            ext.last_value_col = max(ext.last_value_col, last_col)
    return ext
