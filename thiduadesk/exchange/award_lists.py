"""Award lists (danh sách đề nghị khen thưởng) from the schools' Excel files, and the standard
template back out.

.xlsx is read with openpyxl in read-only mode (only the cells the file holds, with their fonts,
which the TCVN3 capital-only detection needs); .xls (Excel 97–2003) and .ods with
python-calamine. Columns are found by their header text — case, tones, spacing and punctuation
ignored, in any order; awards and ratings may be written as their usual abbreviations (LĐTT,
CSTĐCS, HTXSNV…). The reader returns every row with its errors (Excel row numbers) and never
writes anything: the caller decides, all or nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import struct
import time
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.model import Initiative, Nomination, parse_school_year
from thiduadesk.domain.dates import is_valid_date
from thiduadesk.exchange.plain_xlsx import plain_sheets
from thiduadesk.exchange.units_xlsx import _cell_text, _convert_rows, _font_encoding

HEADER_SEARCH_ROWS = 12
MAX_ROWS = 20_000  # a district's year is about 2,500 rows
MAX_COLUMNS = 40
MAX_SECONDS = 60.0
ODS_MAX_COLUMNS = 256  # data further right in an .ods would be expanded to every row
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")

# field → header texts (the standard template's first), compared by catalogue._key.
COLUMNS: dict[str, tuple[str, ...]] = {
    "stt": ("STT", "TT", "Số TT", "Số thứ tự"),
    "name": ("Họ và tên", "Họ tên", "Tên tập thể", "Họ và tên / Tên tập thể", "Tên cá nhân, tập thể",
             "Cá nhân, tập thể"),
    "birth_date": ("Ngày sinh", "Ngày tháng năm sinh", "Năm sinh", "Ngày, tháng, năm sinh"),
    "position": ("Chức vụ", "Chức vụ, chức danh", "Chức danh"),
    "unit": ("Đơn vị", "Đơn vị công tác", "Trường", "Tên đơn vị"),
    "award": ("Đề nghị danh hiệu/hình thức", "Đề nghị danh hiệu", "Danh hiệu đề nghị", "Hình thức khen thưởng",
              "Danh hiệu, hình thức", "Đề nghị danh hiệu, hình thức khen thưởng", "Danh hiệu",
              "Hình thức đề nghị", "Đề nghị", "Danh hiệu thi đua"),
    "rating": ("Mức độ hoàn thành nhiệm vụ", "Xếp loại", "Đánh giá, xếp loại", "Kết quả đánh giá",
               "Mức độ HTNV", "Xếp loại viên chức"),
    "initiative": ("Sáng kiến", "Tên sáng kiến", "Sáng kiến, đề tài", "Tên sáng kiến, đề tài"),
    "initiative_level": ("Cấp công nhận sáng kiến", "Cấp công nhận", "Cấp công nhận SK"),
    "initiative_decision": ("Quyết định công nhận sáng kiến", "Số quyết định công nhận sáng kiến"),
    "discipline": ("Kỷ luật", "Hình thức kỷ luật", "Kỷ luật (nếu có)"),
    "achievements": ("Tóm tắt thành tích", "Thành tích", "Thành tích đạt được"),
    "sector_years": ("Số năm công tác trong ngành", "Số năm công tác", "Số năm trong ngành"),
    "hard_area_years": ("Số năm công tác ở vùng đặc biệt khó khăn", "Số năm ở vùng đặc biệt khó khăn"),
    "discipline_years": ("Số năm bị kỷ luật", "Số năm chịu kỷ luật", "Thời gian bị kỷ luật (năm)"),
    "gender": ("Giới tính", "Nam/Nữ", "Nam, nữ"),
    "woman": ("Nữ", "Là nữ"),
    "members": ("Tổng số thành viên", "Số thành viên", "Tổng số cán bộ, giáo viên, nhân viên"),
    "decision_number": ("Số quyết định", "Quyết định số"),
    "decision_date": ("Ngày quyết định",),
    "note": ("Ghi chú",),
}
TEMPLATE_FIELDS = ("stt", "name", "birth_date", "position", "unit", "award", "rating", "initiative",
                   "initiative_level", "discipline", "note")
_HEADER_INDEX = {c._key(alias): f for f, aliases in COLUMNS.items() for alias in aliases}
_BY_LENGTH = sorted(_HEADER_INDEX, key=len, reverse=True)
_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


class AwardListError(Exception):
    """The file cannot be read as an award list at all (``.message`` in Vietnamese)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class AwardRow:
    row_number: int  # as Excel shows it
    nomination: Nomination | None
    errors: list[str] = field(default_factory=list)
    cells: dict[str, str] = field(default_factory=dict)


@dataclass
class AwardList:
    rows: list[AwardRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)
    sheet: str = ""
    header_row: int = 0

    @property
    def errors(self) -> list[AwardRow]:
        return [r for r in self.rows if r.errors]

    @property
    def nominations(self) -> list[Nomination]:
        return [r.nomination for r in self.rows if r.nomination is not None and not r.errors]


def header_field(text: str) -> str | None:
    key = c._key(text)
    if not key:
        return None
    if key in _HEADER_INDEX:
        return _HEADER_INDEX[key]
    for alias in _BY_LENGTH:  # "Đề nghị danh hiệu/hình thức khen thưởng năm học 2023-2024"
        if len(alias) >= 6 and key.startswith(alias):
            return _HEADER_INDEX[alias]
    return None


# --- reading the cells -------------------------------------------------------------------------


def _too_long(path: Path, started: float) -> None:
    if time.monotonic() - started > MAX_SECONDS:
        raise AwardListError(f"{path.name}: đọc tệp quá {MAX_SECONDS:.0f} giây; tệp quá lớn hoặc hỏng.")


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # 20.000, as written in Vietnamese


def _too_many(path: Path, sheet: str, number: int, where: str = "dòng") -> AwardListError:
    limit = f"{_n(MAX_ROWS)} dòng" if where == "dòng" else "số cột"
    where_sheet = f"trang tính «{sheet}»" if sheet else "một trang tính"
    return AwardListError(f"{path.name}: {where_sheet} có dữ liệu ở {where} {_n(number)}, quá giới hạn "
                          f"{limit} của một danh sách khen thưởng. Hãy xoá các ô thừa ở cuối bảng "
                          "(Ctrl+End để tìm) rồi lưu lại.")


def _xlsx_sheets(path: Path, started: float):
    plain = plain_sheets(path, MAX_ROWS, MAX_COLUMNS)  # an ordinary list: read fast, no fonts needed
    if plain is not None:
        for name, values in plain:
            rows = []
            for number, row in enumerate(values, start=1):
                if number % 500 == 1:
                    _too_long(path, started)
                rows.append([(v, _cell_text(v), None, False) for v in row])
            yield name, rows
        return
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any reader failure is a damaged file for the clerk
        raise AwardListError(f"{path.name}: tệp .xlsx bị hỏng hoặc không đúng định dạng "
                             f"({type(exc).__name__}).") from None
    try:
        for ws in wb.worksheets:
            ws.reset_dimensions()  # stated dimensions ignored: a stray far cell must not matter
            rows, blank = [], None
            for number, row in enumerate(ws.iter_rows(max_col=MAX_COLUMNS), start=1):
                if number % 500 == 1:
                    _too_long(path, started)
                if number > MAX_ROWS:
                    if row is blank:
                        continue
                    if any(getattr(cell, "value", None) not in (None, "") for cell in row):
                        raise _too_many(path, ws.title, number)
                    blank = row
                    continue
                cells = []
                for cell in row:
                    value = getattr(cell, "value", None)
                    enc, upper = _font_encoding(cell) if isinstance(value, str) else (None, False)
                    cells.append((value, _cell_text(value), enc, upper))
                rows.append(cells)
            yield ws.title, rows
    finally:
        wb.close()


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _ods_extent(path: Path, started: float) -> None:
    """Refuse an .ods whose data goes past MAX_ROWS before calamine expands it: a stray cell at
    the sheet's far corner (rows and columns stored as "repeated" runs) would otherwise be
    built as a billion empty cells. Streams content.xml; nothing is kept."""
    import xml.etree.ElementTree as ET
    import zipfile

    try:
        with zipfile.ZipFile(path) as z, z.open("content.xml") as f:
            row, sheet = 0, ""
            for event, el in ET.iterparse(f, events=("start", "end")):
                tag = el.tag
                if event == "start":
                    if tag == _ODS_TABLE + "table":
                        row, sheet = 0, el.get(_ODS_TABLE + "name", "")
                    continue
                if tag == _ODS_TABLE + "table-row":
                    repeat = int(el.get(_ODS_TABLE + "number-rows-repeated", "1"))
                    col, last = 0, 0
                    for cell in el:
                        col += int(cell.get(_ODS_TABLE + "number-columns-repeated", "1"))
                        if cell.get(_ODS_OFFICE + "value-type") or len(cell):
                            last = col
                    if last and row + 1 > MAX_ROWS:
                        raise _too_many(path, sheet, row + 1)
                    if last > ODS_MAX_COLUMNS:
                        raise _too_many(path, sheet, last, "cột")
                    row += repeat
                    el.clear()
                    if row % 2000 < repeat:
                        _too_long(path, started)
    except (zipfile.BadZipFile, KeyError, ET.ParseError, ValueError) as exc:
        raise AwardListError(f"{path.name}: tệp .ods bị hỏng hoặc không đúng định dạng ({type(exc).__name__}).") from None


XLS_MAX_CELLS = 2_000_000  # what calamine may lay out for one .xls sheet (about 60 MB)


def _xls_extent(path: Path) -> None:
    """Refuse an .xls whose values reach too far before calamine lays the sheet out."""
    from thiduadesk.exchange.xls_extent import NotXls, xls_extent

    try:
        ext = xls_extent(path.read_bytes())
    except (NotXls, struct.error, IndexError, UnicodeDecodeError) as exc:
        raise AwardListError(f"{path.name}: tệp .xls bị hỏng hoặc không đúng định dạng ({exc}).") from None
    if ext.last_value_row + 1 > MAX_ROWS:
        raise _too_many(path, "", ext.last_value_row + 1)
    if ext.value_cells > XLS_MAX_CELLS:
        raise _too_many(path, "", ext.last_value_col + 1, "cột")


def _calamine_sheets(path: Path, started: float):
    """.xls and .ods. An .xls sheet is at most 65,536 × 256 cells (the format's own limit), which
    calamine reads whole; an .ods is checked for far-away data first (_ods_extent)."""
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() == ".ods":
        _ods_extent(path, started)
    else:
        _xls_extent(path)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001
        raise AwardListError(f"{path.name}: tệp bị hỏng hoặc không đúng định dạng ({type(exc).__name__}).") from None
    try:
        for name in wb.sheet_names:
            sheet = wb.get_sheet_by_name(name)
            rows = []
            for number, row in enumerate(sheet.iter_rows(), start=1):
                if number % 500 == 1:
                    _too_long(path, started)
                if number > MAX_ROWS:
                    if any(v not in (None, "") for v in row[:MAX_COLUMNS]):
                        raise _too_many(path, name, number)
                    continue
                rows.append([(v if v != "" else None, _cell_text(v if v != "" else None), None, False)
                             for v in row[:MAX_COLUMNS]])
            yield name, rows
    finally:
        wb.close()


def _sheets(path: Path):
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise AwardListError(f"{path.name}: chỉ đọc được tệp Excel (.xlsx, .xls) hoặc LibreOffice (.ods).")
    started = time.monotonic()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_sheets(path, started)
    return _calamine_sheets(path, started)


# --- from cells to nominations ---------------------------------------------------------------------


def _find_header(rows) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for col, (_value, text) in enumerate(row):
            name = header_field(text)
            if name and name not in columns:
                columns[name] = col
        if "name" in columns and "award" in columns:
            return index, columns
    return None


def _date(value, text: str) -> tuple[str, str | None]:
    """(ISO date or year, error) of a birth or decision date cell."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat(), None
    text = text.strip()
    if not text:
        return "", None
    if re.fullmatch(r"\d{4}", text):
        return text, None
    m = _DATE_RE.match(text) or _ISO_RE.match(text)
    if m:
        parts = [int(x) for x in m.groups()]
        y, mo, d = (parts[2], parts[1], parts[0]) if m.re is _DATE_RE else parts
        if is_valid_date(y, mo, d) and 1900 <= y <= 2100:
            return f"{y:04d}-{mo:02d}-{d:02d}", None
    return "", f"ngày «{text}» không có thật hoặc không đọc được (ghi dạng 05/09/1980)"


def _int(text: str, label: str, errors: list[str]) -> int | None:
    text = text.strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,4})(?:[.,]0+)?\s*(năm|người)?", text)
    if not m:
        errors.append(f"{label} «{text}» phải là một số")
        return None
    return int(m.group(1))


def _woman(gender: str, mark: str, errors: list[str]) -> bool | None:
    """A "Giới tính" cell (Nam / Nữ), or a "Nữ" column ticked with x, a year of birth or a date
    (lists that put the year of birth under Nam or Nữ)."""
    key = c._key(gender)
    if key:
        if key in ("nu", "n", "female", "f"):
            return True
        if key in ("nam", "male", "m"):
            return False
        errors.append(f"không rõ giới tính «{gender}» (Nam hoặc Nữ)")
        return None
    return True if mark.strip() else None


def _row(number: int, year: str, get) -> AwardRow:
    errors: list[str] = []
    cells = {f: get(f)[1] for f in COLUMNS}
    name = cells["name"]
    if not name:
        errors.append("thiếu họ tên (hoặc tên tập thể)")
    award = c.award_from_text(cells["award"]) if cells["award"] else None
    if not cells["award"]:
        errors.append("thiếu danh hiệu/hình thức đề nghị")
    elif award is None:
        errors.append(f"không rõ danh hiệu/hình thức «{cells['award']}»")
    rating = ""
    if cells["rating"]:
        rating = c.rating_from_text(cells["rating"]) or ""
        if not rating:
            errors.append(f"không rõ mức độ hoàn thành nhiệm vụ «{cells['rating']}» (HTXSNV, HTTNV, HTNV, KHTNV)")
    birth, err = _date(*get("birth_date"))
    if err:
        errors.append(f"Ngày sinh: {err}")
    decided, err = _date(*get("decision_date"))
    if err:
        errors.append(f"Ngày quyết định: {err}")
    initiatives = []
    if cells["initiative"]:
        level = ""
        if cells["initiative_level"]:
            level = c.level_from_text(cells["initiative_level"]) or ""
            if not level:
                errors.append(f"không rõ cấp công nhận sáng kiến «{cells['initiative_level']}» (cơ sở, huyện, tỉnh)")
        initiatives = [Initiative(cells["initiative"], level, cells["initiative_decision"])]
    collective = bool(award) and c.kind(award).collective
    unit = cells["unit"] or (name if collective else "")
    if not unit:
        errors.append("thiếu đơn vị")
    nomination = Nomination(
        school_year=year, award=award or "", name=name, unit=unit, birth_date=birth, position=cells["position"],
        collective=collective, rating=rating, initiatives=initiatives, discipline=cells["discipline"],
        achievements=cells["achievements"], note=cells["note"],
        sector_years=_int(cells["sector_years"], "Số năm công tác", errors),
        hard_area_years=_int(cells["hard_area_years"], "Số năm ở vùng đặc biệt khó khăn", errors),
        members=_int(cells["members"], "Số thành viên", errors),
        discipline_years=_int(cells["discipline_years"], "Số năm bị kỷ luật", errors),
        woman=_woman(cells["gender"], cells["woman"], errors),
        decision_number=cells["decision_number"], decision_date=decided,
    )
    return AwardRow(number, nomination, errors, cells)


def read_award_list(path: str | PathLike[str], school_year: str, *, mapping: dict[str, int] | None = None,
                    header_row: int | None = None, sheet_index: int = 0) -> AwardList:
    """The rows of the first sheet with a recognisable header (Họ và tên + Đề nghị danh hiệu).

    A layout the headers do not give away is mapped by hand (the import dialog): ``mapping``
    field → 0-based column, the data starting under ``header_row`` (1-based; 0 when there is no
    header), on sheet ``sheet_index``."""
    path = Path(path)
    year = parse_school_year(school_year)
    if not path.is_file():
        raise FileNotFoundError(str(path))
    if mapping is not None and not {"name", "award"} <= set(mapping):
        raise AwardListError("Cần chọn ít nhất cột «Họ và tên» và cột «Đề nghị danh hiệu/hình thức».")
    for index, (sheet, raw) in enumerate(_sheets(path)):
        notes: list[str] = []
        if mapping is not None and index != sheet_index:
            continue
        rows = _convert_rows(raw, notes)
        found = (header_row - 1 if header_row else -1, dict(mapping)) if mapping is not None else _find_header(rows)
        if found is None:
            continue
        header, columns = found
        result = AwardList(notes=notes, columns=columns, sheet=sheet, header_row=header + 1)
        for index in range(header + 1, len(rows)):
            row = rows[index]
            raw_row = raw[index]

            def get(f, row=row, raw_row=raw_row, columns=columns):
                col = columns.get(f)
                if col is None or col >= len(row):
                    return None, ""
                return raw_row[col][0], row[col][1]

            if not any(row[col][1] for f, col in columns.items() if f != "stt" and col < len(row)):
                continue  # an empty line, or only a number
            if _is_group_row(columns, row):
                continue
            result.rows.append(_row(index + 1, year, get))
        return result
    raise AwardListError(f"{path.name}: không tìm thấy dòng tiêu đề có cột «Họ và tên» và «Đề nghị danh "
                         "hiệu/hình thức» trong các trang tính. Hãy dùng mẫu danh sách của chương trình.")


@dataclass
class SheetPreview:
    """The first rows of a sheet as text (legacy encodings converted), for mapping columns by hand."""

    name: str
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def sheet_previews(path: str | PathLike[str], rows: int = HEADER_SEARCH_ROWS) -> list[SheetPreview]:
    """Every sheet's first ``rows`` rows, trailing empty cells dropped."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(str(path))
    out = []
    for sheet, raw in _sheets(path):
        notes: list[str] = []
        texts = [[text for _value, text in row] for row in _convert_rows(raw[:rows], notes)]
        for row in texts:
            while row and not row[-1].strip():
                row.pop()
        out.append(SheetPreview(sheet, texts, notes))
    return out


_GROUP_RE = re.compile(r"^\s*([IVXLC]+|[A-Z]|\d+)\s*[.)]\s+\S")


def _is_group_row(columns: dict[str, int], row) -> bool:
    """'I. TẬP THỂ' / 'A. CÁ NHÂN' alone on its line: a group heading, not a nominee (a lone name
    in lower case stays a row, reported as missing its award)."""
    filled = [t for _v, t in row if t]
    if len(filled) != 1:
        return False
    text = filled[0]
    return bool(_GROUP_RE.match(text)) or (text == text.upper() and any(ch.isalpha() for ch in text))


# --- the template and a list back out ------------------------------------------------------------


def template_headers() -> list[str]:
    return [COLUMNS[f][0] for f in TEMPLATE_FIELDS]


def write_template(path: str | PathLike[str], nominations: list[Nomination] = ()) -> Path:
    """The standard list schools fill (with ``nominations`` in it when given: the export)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách đề nghị"
    ws.append(template_headers())
    for cell in ws[1]:
        cell.font = Font(bold=True, name="Times New Roman")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, n in enumerate(nominations, start=1):
        first = n.initiatives[0] if n.initiatives else None
        ws.append([i, n.name, n.birth_date, n.position, n.unit, c.kind(n.award).name if n.award in c.BY_CODE else n.award,
                   c.RATING_NAMES.get(n.rating, ""), first.title if first else "",
                   c.LEVEL_NAMES.get(first.level, "") if first else "", n.discipline, n.note])
    for letter, width in zip("ABCDEFGHIJK", (6, 26, 12, 18, 28, 28, 26, 30, 14, 16, 16), strict=True):
        ws.column_dimensions[letter].width = width
    out = Path(path)
    wb.save(out)
    return out
