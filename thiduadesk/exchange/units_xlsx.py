"""Unit lists (danh sách đơn vị trực thuộc) in and out of Excel.

:func:`read_units_xlsx` takes the kind of sheet schools and offices actually keep: title lines
above the table, Vietnamese column names in whatever wording, numbers where text was meant, now
and then a file typed in TCVN3 or VNI. It returns the valid units, one error per rejected row
(with the Excel row number) and notes of what was converted, so the screen can show a preview
before anything is saved. :func:`write_units_xlsx` writes the list back out in the same shape.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from thiduadesk.domain.dates import screen_date
from thiduadesk.domain.legacy_text import (
    ENCODING_LABELS_VI,
    detect_legacy_encoding,
    tcvn3_to_unicode,
    vni_to_unicode,
)
from thiduadesk.domain.model import LEVEL_LABELS_VI, LEVELS, Unit
from thiduadesk.domain.text import clean_text, fold, has_unicode_vietnamese, match_key

__all__ = [
    "COLUMNS",
    "RowError",
    "UnitImport",
    "UnitImportError",
    "level_from_text",
    "read_units_xlsx",
    "write_units_xlsx",
]

# How many rows from the top may hold titles before the header row.
HEADER_SEARCH_ROWS = 10
# A unit list has tens of rows; past these limits the sheet is not one (or holds stray cells far
# away, which would otherwise cost gigabytes): only cells that hold data are read, up to here.
MAX_ROWS = 5000
MAX_COLUMNS = 64
_MAX_ROWS_TEXT = f"{MAX_ROWS:,}".replace(",", ".")  # 5.000, as written in Vietnamese


class UnitImportError(Exception):
    """The file cannot be read as a unit list at all. ``str(error)`` and ``.message`` hold the
    Vietnamese message for the clerk."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class RowError:
    row_number: int  # as Excel shows it, 1-based
    message_vi: str

    @property
    def message(self) -> str:
        """Alias of ``message_vi`` (the row messages are only written in Vietnamese)."""
        return self.message_vi


@dataclass
class UnitImport:
    units: list[Unit] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Excel row number of each unit in ``units`` (same order), and of the header row.
    rows: list[int] = field(default_factory=list)
    # The unit fields the sheet has a column for, and for each unit (same order) the fields its
    # row has a value in: an import changes only those (an empty cell never erases).
    columns: set[str] = field(default_factory=set)
    given: list[frozenset[str]] = field(default_factory=list)
    header_row: int | None = None
    sheet: str = ""


# Column fields, in the order the export writes them, with their Vietnamese headings.
COLUMNS = (
    ("stt", "STT"),
    ("name", "Tên đơn vị"),
    ("level", "Cấp học"),
    ("cluster", "Cụm thi đua"),
    ("head_name", "Hiệu trưởng"),
    ("phone", "Điện thoại"),
    ("email", "Email"),
    ("address", "Địa chỉ"),
)

# Header recognition on folded text (no diacritics, lower case, punctuation removed). Checked in
# this order, so "Địa chỉ email" is an e-mail column and "Họ tên Hiệu trưởng" a head column.
# ``exact``: the whole heading; ``words``: the phrase appears in the heading as whole words.
_HEADER_RULES: tuple[tuple[str, set[str], set[str]], ...] = (
    ("stt", {"stt", "tt", "so tt", "so thu tu", "thu tu"}, set()),
    ("email", {"email", "e mail", "mail", "thu dien tu", "hop thu"}, {"email", "e mail", "thu dien tu"}),
    ("phone", {"dt", "sdt", "so dt", "dien thoai", "so dien thoai", "dtdd"}, {"dien thoai", "sdt"}),
    ("head_name", {"thu truong", "hieu truong", "giam doc"},
     {"hieu truong", "thu truong", "nguoi dung dau", "giam doc", "can bo quan ly"}),
    ("level", {"cap", "bac", "cap hoc", "bac hoc", "cap truong", "khoi truong"}, {"cap hoc", "bac hoc"}),
    ("cluster", {"cum", "khoi", "cum thi dua", "khoi thi dua", "cum truong"}, {"cum", "khoi thi dua"}),
    ("address", {"dia chi"}, {"dia chi"}),
    ("name", {"ten", "don vi", "truong", "ten don vi", "ten truong", "truong hoc", "ten truong hoc",
              "co so giao duc", "ten co so giao duc", "ten co so"},
     {"ten don vi", "ten truong", "don vi"}),
)


def _header_key(value: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(value)).split())


def _header_field(value: str) -> str | None:
    key = _header_key(value)
    if not key:
        return None
    padded = f" {key} "
    for name, exact, words in _HEADER_RULES:
        if key in exact or any(f" {w} " in padded for w in words):
            return name
    return None


# Level wording → code, on the same folded keys.
_LEVEL_EXACT = {
    "mam non": "mam_non", "mn": "mam_non", "mau giao": "mam_non", "mg": "mam_non",
    "nha tre": "mam_non", "mam non mau giao": "mam_non",
    "tieu hoc": "tieu_hoc", "th": "tieu_hoc", "cap 1": "tieu_hoc", "cap i": "tieu_hoc", "c1": "tieu_hoc",
    "thcs": "thcs", "trung hoc co so": "thcs", "cap 2": "thcs", "cap ii": "thcs", "c2": "thcs",
    "lien cap": "lien_cap", "th thcs": "lien_cap", "th va thcs": "lien_cap", "c1 2": "lien_cap",
    "tieu hoc va thcs": "lien_cap", "tieu hoc va trung hoc co so": "lien_cap", "cap 1 2": "lien_cap",
    "ptcs": "lien_cap", "pho thong co so": "lien_cap",
    "khac": "khac", "trung tam": "khac", "gdnn gdtx": "khac", "gdtx": "khac",
}


def level_from_text(text: str, from_name: bool = False) -> str | None:
    """The level code for a level cell ("Mầm non", "MN", "Tiểu học", "THCS", "Liên cấp"…), or
    with ``from_name`` guessed from a unit name ("Trường THCS Đại Mỗ" → "thcs"); None if unknown.
    """
    key = _header_key(text)
    if not key:
        return None
    if not from_name and key in _LEVEL_EXACT:
        return _LEVEL_EXACT[key]
    padded = f" {key} "
    if "lien cap" in padded:
        return "lien_cap"
    primary = " tieu hoc " in padded or (from_name and " th " in padded)
    lower_secondary = " thcs " in padded or " trung hoc co so " in padded
    if primary and lower_secondary:
        return "lien_cap"
    if any(f" {w} " in padded for w in ("mam non", "mau giao", "nha tre")) or (
        from_name and " mn " in padded
    ):
        return "mam_non"
    if lower_secondary:
        return "thcs"
    if primary:
        return "tieu_hoc"
    if not from_name and (" trung tam " in padded or " gdtx " in padded):
        return "khac"
    return None


_NUMBERING_RE = re.compile(r"^(?:[ivx]+|[a-z]|\d+) ")
_GROUP_WORD_RE = re.compile(r"^(?:khoi|cap|bac|nhom|cac truong|truong) ")


def _section_level(text: str) -> str | None:
    """The level of a group heading inside the table ("I. KHỐI MẦM NON", "B. Tiểu học"), or None."""
    key = _NUMBERING_RE.sub("", _header_key(text), count=1)
    for candidate in (key, _GROUP_WORD_RE.sub("", key, count=1)):
        if candidate in _LEVEL_EXACT and len(candidate) > 3:
            return _LEVEL_EXACT[candidate]
    return None


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TOTAL_RE = re.compile(r"^(?:tong cong|tong so)\b|^(?:tong|cong)(?: \d|$)")


def _fail(path: Path, reason: str) -> UnitImportError:
    return UnitImportError(f"Không đọc được tệp «{path.name}»: {reason}")


def _open_workbook(path: Path):
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnitImportError(f"Không tìm thấy tệp «{path}».") from None
    except PermissionError:
        raise _fail(path, "không có quyền đọc, hoặc tệp đang bị chương trình khác khoá. "
                          "Hãy đóng tệp trong Excel rồi thử lại.") from None
    except OSError as exc:
        raise _fail(path, f"lỗi hệ thống ({exc.strerror or exc}).") from None
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail(path, "đây là tệp Excel kiểu cũ (.xls) hoặc tệp có mật khẩu. Hãy mở bằng Excel, "
                          "chọn Lưu thành… → “Sổ làm việc Excel (*.xlsx)”, rồi nhập tệp mới.")
    if not data.startswith(b"PK"):
        raise _fail(path, "tệp không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dưới "
                          "dạng “Sổ làm việc Excel (*.xlsx)”.")
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl's own errors for a broken workbook
        raise _damaged(path, exc) from None


def _damaged(path: Path, exc: Exception) -> UnitImportError:
    return _fail(path, "tệp .xlsx bị hỏng hoặc không đúng định dạng. Hãy mở bằng Excel, kiểm tra rồi "
                       f"lưu lại. (Chi tiết: {type(exc).__name__})")


def _font_encoding(cell) -> tuple[str | None, bool]:
    """(legacy encoding the cell's font implies, whether it is a capital-only font)."""
    try:
        name = cell.font.name or ""
    except (AttributeError, IndexError, KeyError):
        return None, False
    return font_encoding(name)


def font_encoding(name: str) -> tuple[str | None, bool]:
    """(legacy encoding a font of that name implies — .VnTime… is TCVN3, VNI-… is VNI —, whether
    it is a capital-only font such as .VnTimeH)."""
    lower = name.strip().lower()
    if lower.startswith(".vn"):
        return "tcvn3", name.rstrip().endswith("H")
    if lower.startswith("vni"):
        return "vni", False
    return None, False


def _cell_text(value) -> str:
    """Raw text of a cell value: whole numbers without ".0", dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return screen_date(value)
    return str(value)


def _phone_text(value, text: str) -> str:
    """A phone number typed as a number loses its leading 0: 2437651234 → 02437651234."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = text
        if not digits.startswith("0") and 8 <= len(digits) <= 10:
            return "0" + digits
    return text


def _read_sheet(ws, path: Path) -> list[list[tuple[object, str, str | None, bool]]]:
    """Rows of (value, raw text, font encoding, capital-only font): only what the sheet's XML
    holds (its stated dimensions are ignored: a stray cell at XFD1048576 must not make us build a
    billion empty cells), at most MAX_ROWS rows of MAX_COLUMNS columns; a value further down
    refuses the file with the row it is in."""
    ws.reset_dimensions()
    rows = []
    blank = None  # the row object the reader repeats for every missing row
    for number, row in enumerate(ws.iter_rows(max_col=MAX_COLUMNS), start=1):
        if number > MAX_ROWS:
            if row is blank:
                continue
            if not any(getattr(cell, "value", None) not in (None, "") for cell in row):
                blank = row
            else:
                raise _fail(path, f"trang tính «{ws.title}» có dữ liệu ở dòng {number}, quá giới hạn "
                                  f"{_MAX_ROWS_TEXT} dòng của một danh sách đơn vị. Hãy xoá các ô thừa ở "
                                  "cuối bảng (Ctrl+End để tìm) rồi lưu lại.")
            continue
        cells = []
        for cell in row:
            value = getattr(cell, "value", None)
            text = _cell_text(value)
            encoding, upper = _font_encoding(cell) if isinstance(value, str) else (None, False)
            cells.append((value, text, encoding, upper))
        while cells and cells[-1][0] is None:
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _find_header(rows: list[list[tuple[object, str]]]) -> tuple[int, dict[str, int]] | None:
    """(0-based row index, field → column index) of the header row, or None."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for col, (_value, text) in enumerate(row):
            name = _header_field(text)
            if name and name not in columns:
                columns[name] = col
        if "name" in columns and len(columns) >= 2:
            return index, columns
    return None


def _convert_rows(rows, notes: list[str]) -> list[list[tuple[object, str]]]:
    """Legacy-encoded cells converted, every text cleaned. Detection runs over the whole sheet
    (one typist, one encoding); a cell in a .VnTime… or VNI-… font may differ from the sheet, and
    a capital-only font (.VnTimeH) gives capitals."""
    sheet_text = "\n".join(text for row in rows for (value, text, _e, _u) in row if isinstance(value, str))
    sheet_encoding = detect_legacy_encoding(sheet_text)
    converted_cells: dict[str, int] = {}
    out = []
    for row in rows:
        out_row = []
        for value, text, font_encoding, upper in row:
            if isinstance(value, str) and text and not text.isascii() and not has_unicode_vietnamese(text):
                # A .VnTime / VNI-Times font is trusted only when the text agrees: templates keep
                # their old fonts long after people start typing Unicode into them.
                encoding = sheet_encoding
                if font_encoding and (font_encoding == sheet_encoding
                                      or detect_legacy_encoding(text) == font_encoding):
                    encoding = font_encoding
                if encoding == "tcvn3":
                    new = tcvn3_to_unicode(text, upper=upper)
                elif encoding == "vni":
                    new = vni_to_unicode(text)
                else:
                    new = text
                if new != text:
                    converted_cells[encoding] = converted_cells.get(encoding, 0) + 1
                    text = new
            elif isinstance(value, str) and upper and font_encoding == "tcvn3":
                text = text.upper()
            out_row.append((value, clean_text(text)))
        out.append(out_row)
    for encoding, count in converted_cells.items():
        notes.append(f"Đã chuyển {count} ô từ bảng mã {ENCODING_LABELS_VI[encoding]} sang Unicode. "
                     "Hãy xem lại trước khi lưu.")
    return out


def read_units_xlsx(path: str | PathLike[str]) -> UnitImport:
    """Read a unit list from an .xlsx file (the first sheet that has a recognisable header row).

    Raises :class:`UnitImportError` when the file is missing, not an .xlsx workbook, damaged, or
    has no sheet with a "Tên đơn vị" column among its first ten rows.
    """
    path = Path(path)
    wb = _open_workbook(path)
    found = None
    try:
        sheet_count = len(wb.sheetnames)
        for ws in wb.worksheets:
            notes: list[str] = []
            rows = _convert_rows(_read_sheet(ws, path), notes)
            header = _find_header(rows)
            if header is not None:
                found = ws.title, rows, header, notes
                break
    except UnitImportError:
        raise
    except Exception as exc:  # a damaged part only noticed while reading the rows
        raise _damaged(path, exc) from None
    finally:
        wb.close()
    if found is None:
        raise _fail(path, "không tìm thấy dòng tiêu đề của bảng trong 10 dòng đầu. Bảng cần có cột "
                          "“Tên đơn vị” (hoặc “Tên trường”) và ít nhất một cột khác như “Cấp học”, "
                          "“Cụm thi đua”, “Hiệu trưởng”, “Điện thoại”, “Email”, “Địa chỉ”.")
    sheet, rows, (header_index, columns), notes = found
    result = UnitImport(header_row=header_index + 1, sheet=sheet, notes=notes,
                        columns={name for name in columns if name not in ("stt", "name")})
    if sheet_count > 1:
        result.notes.append(f"Đã đọc trang tính «{sheet}».")

    def cell(row: list, name: str) -> tuple[object, str]:
        col = columns.get(name)
        if col is None or col >= len(row):
            return None, ""
        return row[col]

    first_row_of: dict[str, int] = {}  # match_key → row
    name_by_fold: dict[str, tuple[str, int]] = {}  # fold → (name, row), for near-matches
    guessed_levels = 0
    section_level: str | None = None
    for index in range(header_index + 1, len(rows)):
        row_number = index + 1
        row = rows[index]
        filled = {name for name in columns if name != "stt" and cell(row, name)[1]}
        if not filled:
            continue  # empty, or a numbered blank line of a template
        name = cell(row, "name")[1]
        if not name:
            result.errors.append(RowError(row_number, "Thiếu tên đơn vị."))
            continue
        if filled == {"name"}:
            if _TOTAL_RE.match(_header_key(name)):
                continue  # "Tổng cộng: 40 đơn vị" under the table
            heading_level = _section_level(name)
            if heading_level is not None:
                section_level = heading_level  # "I. KHỐI MẦM NON": a heading inside the table
                continue
        key = match_key(name)  # the rule the database matches by: case-insensitive, tones count
        if key in first_row_of:
            result.errors.append(RowError(
                row_number, f"Trùng tên đơn vị «{name}» với dòng {first_row_of[key]}."))
            continue
        similar = name_by_fold.get(fold(name))
        if similar is not None:
            result.notes.append(f"Dòng {row_number}: «{name}» gần giống «{similar[0]}» ở dòng {similar[1]} "
                                "(chỉ khác dấu); đã giữ cả hai là hai đơn vị. Nếu là một trường, hãy sửa tệp.")
        level_text = cell(row, "level")[1]
        if level_text:
            level = level_from_text(level_text)
            if level is None:
                labels = ", ".join(LEVEL_LABELS_VI[code] for code in LEVELS)
                result.errors.append(RowError(
                    row_number, f"Không nhận ra cấp học «{level_text}» (dùng một trong: {labels})."))
                continue
        else:
            level = section_level or level_from_text(name, from_name=True) or "khac"
            guessed_levels += 1
        phone = _phone_text(*cell(row, "phone"))
        email = cell(row, "email")[1].replace(" ", "")
        if email.lower().startswith("mailto:"):
            email = email[7:]
        if email and not _EMAIL_RE.match(email):
            result.notes.append(f"Dòng {row_number}: email «{email}» có vẻ không đúng, vẫn giữ nguyên.")
        first_row_of[key] = row_number
        name_by_fold.setdefault(fold(name), (name, row_number))
        result.given.append(frozenset(f for f in result.columns if cell(row, f)[1]))
        result.units.append(Unit(
            name=name,
            level=level,
            cluster=cell(row, "cluster")[1],
            head_name=cell(row, "head_name")[1],
            phone=phone,
            email=email,
            address=cell(row, "address")[1],
        ))
        result.rows.append(row_number)
    if guessed_levels:
        result.notes.append(f"{guessed_levels} đơn vị không ghi cấp học: đã suy ra từ tên trường hoặc "
                            "tiêu đề nhóm (không rõ thì để “Khác”). Hãy xem lại trước khi lưu.")
    return result


def write_units_xlsx(path: str | PathLike[str], units: list[Unit], title: str | None = None) -> None:
    """Write units as an .xlsx sheet with the headings of :data:`COLUMNS`.

    ``title`` (e.g. "DANH SÁCH ĐƠN VỊ TRỰC THUỘC") goes above the table, a blank row below it.
    Phone numbers are written as text so their leading 0 survives.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Đơn vị"
    row = 1
    if title:
        ws.cell(row=1, column=1, value=clean_text(title)).font = Font(bold=True, size=13)
        row = 3
    header_row = row
    for col, (_field, heading) in enumerate(COLUMNS, start=1):
        c = ws.cell(row=header_row, column=col, value=heading)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for number, unit in enumerate(units, start=1):
        values = {
            "stt": number,
            "name": unit.name,
            "level": LEVEL_LABELS_VI.get(unit.level, unit.level),
            "cluster": unit.cluster,
            "head_name": unit.head_name,
            "phone": unit.phone,
            "email": unit.email,
            "address": unit.address,
        }
        for col, (field_name, _heading) in enumerate(COLUMNS, start=1):
            c = ws.cell(row=header_row + number, column=col, value=values[field_name] or None)
            if field_name == "phone":
                c.number_format = "@"
    widths = {"stt": 6, "name": 42, "level": 12, "cluster": 12, "head_name": 26, "phone": 16,
              "email": 32, "address": 48}
    for col, (field_name, _heading) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = widths[field_name]
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    from thiduadesk.documents.output import replacing  # refusals (the database, a device…) and atomic

    with replacing(path) as tmp:
        wb.save(tmp)
