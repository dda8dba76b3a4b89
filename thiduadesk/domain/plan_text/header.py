"""The header of the document: governing body and office, "Số: 06/KH-PGDĐT", place and date,
the document type and title (trích yếu), and the legal bases (căn cứ) that open the body."""

from __future__ import annotations

import re

from thiduadesk.domain.dates import is_valid_date
from thiduadesk.domain.officialese import (
    ADMIN_UNIT_PREFIXES,
    DOCUMENT_MARKS,
    OFFICE_START,
    OFFICE_WORDS,
    PEOPLES_COMMITTEE,
    SYMBOL_KINDS,
    TYPE_LINE_KINDS,
)
from thiduadesk.domain.plan import DocDate
from thiduadesk.domain.plan_text.joined import _fragments
from thiduadesk.domain.plan_text.labels import _bullet_match, _label_match
from thiduadesk.domain.plan_text.lines import _L, Reader, _Unit
from thiduadesk.domain.plan_text.recognise import (
    _MOTTO_RE,
    _PARTY_MOTTO_RE,
    _PARTY_SO_RE,
    _PLACE_DATE_RE,
    _QUOC_HIEU_RE,
    _SO_RE,
    _appendix_match,
    _is_basis,
    _is_garbage,
    _is_kinh_gui,
    _is_noi_nhan,
    _is_rule,
)
from thiduadesk.domain.plan_text.words import (
    _drop_prefix,
    _ends_colon,
    _fold,
    _is_upper,
    _runs_text,
    _short,
    _squash,
    _starts_lower,
    _terminal,
    unmark,
)


def _doc_type(frag: str) -> tuple[str, str] | None:
    """(code, title on the same line) if ``frag`` is the document type line ("KẾ HOẠCH")."""
    t = frag.strip().strip("*_ ").rstrip(":").strip()
    if len(t) >= 5 and re.fullmatch(r"(?:\w\s+)+\w", t):
        # Letters spaced out ("K Ế  H O Ạ C H": expanded spacing copied from a PDF).
        packed = _fold(t).replace(" ", "")
        for key, code in TYPE_LINE_KINDS.items():
            if packed == key.replace(" ", ""):
                return code, ""
    f = _fold(t)
    if f in TYPE_LINE_KINDS:
        return TYPE_LINE_KINDS[f], ""
    # A joint plan of two bodies ("KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH PHỐI HỢP") is a plan.
    m = re.fullmatch(r"(ke hoach) (?:lien tich|phoi hop)", f)
    if m and _is_upper(t):
        return TYPE_LINE_KINDS[m.group(1)], ""
    for key, code in TYPE_LINE_KINDS.items():
        if f.startswith(key + " ") or f.startswith(key + ":"):
            words = len(key.split())
            head = " ".join(t.split()[:words])
            rest = t[len(head) :].lstrip(" :-–").strip()
            if _is_upper(head) and rest and not _is_upper(rest) and rest[0].isupper():
                return code, rest
    return None

class HeaderReader(Reader):
    """The header lines up to the title, and the bases at the start of the body."""

    def _classify_header(self, frag: str) -> str:
        f = _fold(frag)
        if _QUOC_HIEU_RE.search(f):
            return "quoc_hieu"
        if _MOTTO_RE.search(f):
            return "motto"
        if _PARTY_SO_RE.match(frag) or _SO_RE.match(frag):
            return "so"
        if _PARTY_MOTTO_RE.match(f.strip("*_ ")):
            return "party"
        if _PLACE_DATE_RE.match(frag):
            return "date"
        if _doc_type(frag) is not None:
            return "type"
        if _is_rule(frag):
            return "rule"
        if f.strip("*_ ") in DOCUMENT_MARKS:
            return "stamp"
        if _is_upper(frag) and len(frag) <= 100 and not _label_match(frag):
            return "org"
        if _is_garbage(frag):
            return "garbage"
        return "unknown"


    def _find_type_line(self, lines: list[_L]) -> int | None:
        seen = 0
        for i, line in enumerate(lines):
            if line.blank:
                continue
            seen += 1
            if seen > 30:
                return None
            if line.is_table:
                if any(_doc_type(p) for c in line.cells or [] for p in c.split("\n")):
                    return i
                continue
            frags = _fragments(line)
            if any(_doc_type(fr) for fr in frags):
                return i
            if _is_basis(line.text) or _label_match(line.text):
                return None
        return None

    def read(self, lines: list[_L]) -> int:
        """Fill the header fields; return the index of the first line after the title."""
        type_at = self._find_type_line(lines)
        org: list[tuple[str, bool | None]] = []
        unknown: list[str] = []
        found_so = found_date = False
        end = type_at if type_at is not None else len(lines)
        i = 0
        while i < end:
            line = lines[i]
            if line.blank:
                i += 1
                continue
            if line.is_table:
                if type_at is None:
                    break
                unknown.append(line.text)
                i += 1
                continue
            frags = _fragments(line)
            kinds = [self._classify_header(fr) for fr in frags]
            if type_at is None and (not frags or all(k == "unknown" for k in kinds)):
                break
            for fr, kind in zip(frags, kinds, strict=True):
                if kind == "so":
                    rest = self._take_number(fr)
                    found_so = True
                    if rest:
                        if _PLACE_DATE_RE.match(rest):
                            self._take_date(rest)
                            found_date = True
                        else:
                            unknown.append(rest)
                elif kind == "date":
                    self._take_date(fr)
                    found_date = True
                elif kind == "org":
                    if not found_so or not org:
                        org.append((fr, line.bold))
                    else:
                        unknown.append(fr)
                elif kind == "party":
                    self.warnings.append(
                        f"Văn bản dùng tiêu đề «{fr}» ở chỗ Quốc hiệu (văn bản của Đảng, Đoàn); "
                        "kế hoạch chưa lưu được tiêu đề này, hãy kiểm tra khi in."
                    )
                elif kind == "stamp":
                    self.state.stamps.append(fr)
                    self.warnings.append(f"Đã bỏ dấu chỉ dẫn «{fr}» ở đầu văn bản.")
                elif kind == "garbage":
                    self._drop(fr)
                elif kind == "unknown":
                    unknown.append(fr)
            i += 1
        self._take_org(org)
        if not found_so:
            self.warnings.append("Không tìm thấy dòng số và ký hiệu văn bản (Số: …/KH-…).")
        if not found_date:
            self.warnings.append("Không tìm thấy địa danh và ngày tháng năm ban hành.")
        if unknown:
            for text in unknown:
                self.state.leftovers_front.append(text)
            self.warnings.append(
                "Một số dòng ở phần đầu văn bản không xác định được, đã giữ ở đầu phần nội dung: "
                + "; ".join(f"«{_short(t)}»" for t in unknown)
            )
        if type_at is None:
            self.warnings.append("Không tìm thấy tên loại văn bản (KẾ HOẠCH) và trích yếu.")
            if self.plan.symbol:
                head = self.plan.symbol.split("-", 1)[0]
                if head.upper() in SYMBOL_KINDS:
                    self.plan.doc_type = SYMBOL_KINDS[head.upper()]
            return i
        return self._parse_title(lines, type_at)

    def _take_number(self, frag: str) -> str:
        m = _PARTY_SO_RE.match(frag)
        if m:
            self.plan.number = int(m.group("num"))
            self.plan.symbol = re.sub(r"\s+", "", m.group("sym")).upper()
            self.warnings.append(
                f"Số, ký hiệu «{_squash(frag[: m.end()])}» viết theo kiểu văn bản của Đảng, Đoàn "
                f"(số - loại / cơ quan); đã lấy số {m.group('num')} và ký hiệu «{self.plan.symbol}», "
                "hãy kiểm tra cách in số, ký hiệu."
            )
            return frag[m.end() :].strip()
        m = _SO_RE.match(frag)
        assert m is not None
        if m.group("num"):
            self.plan.number = int(m.group("num"))
        sym = m.group("sym")
        if sym:
            sym = re.sub(r"\s+", "", sym).replace("–", "-").upper()
            sym = re.sub(r"^QYĐ(?=-|$)", "QyĐ", sym)
            self.plan.symbol = sym
        return frag[m.end() :].strip()

    def _take_date(self, frag: str) -> None:
        m = _PLACE_DATE_RE.match(frag)
        assert m is not None
        place = (m.group("place") or "").strip(" ,")
        self.plan.place = place
        d_s, m_s, y_s = (m.group(k) or m.group(k + "2") for k in ("d", "m", "y"))
        d = int(d_s) if d_s else None
        mo = int(m_s) if m_s else None
        y = int(y_s) if y_s else None
        if mo is not None and not 1 <= mo <= 12:
            self.warnings.append(f"Tháng ban hành không hợp lệ: «{frag}»; đã để trống.")
            mo = None
        if d is not None and not (1 <= d <= 31 and (mo is None or y is None or is_valid_date(y, mo, d))):
            self.warnings.append(f"Ngày ban hành không hợp lệ: «{frag}»; đã để trống.")
            d = None
        self.plan.date = DocDate(d, mo, y)

    def _take_org(self, org: list[tuple[str, bool | None]]) -> None:
        if not org:
            return
        if len(org) == 1:
            # Both lines of the left column run together ("UBND HUYỆN X PHÒNG GIÁO DỤC VÀ ĐÀO
            # TẠO", as Markdown converters join a cell's paragraphs): cut before the office.
            words = org[0][0].split()
            for i in range(2, len(words) - 1):
                rest = _fold(" ".join(words[i:]))
                if rest.startswith(OFFICE_START) and _is_upper(org[0][0]):
                    self.plan.governing_body = " ".join(words[:i])
                    self.plan.office_name = " ".join(words[i:])
                    return
        if len(org) == 1:
            self.plan.office_name = org[0][0]
            return
        # Decree 30: the governing body is regular, the office bold. Use that when known.
        bolds = [b for _, b in org]
        if all(b is not None for b in bolds) and bolds[0] is False and any(bolds):
            first_bold = bolds.index(True)
            self.plan.governing_body = " ".join(t for t, _ in org[:first_bold])
            self.plan.office_name = " ".join(t for t, _ in org[first_bold:])
            return
        # Without that: an administrative unit line ("PHƯỜNG X", "HUYỆN Y") completes the
        # "ỦY BAN NHÂN DÂN" line above it; the office is the last line that names an office.
        texts: list[str] = []
        for t, _ in org:
            if texts and _fold(t).startswith(ADMIN_UNIT_PREFIXES) and _fold(texts[-1]) in PEOPLES_COMMITTEE:
                texts[-1] = f"{texts[-1]} {t}"
            else:
                texts.append(t)
        if len(texts) == 1:
            self.plan.office_name = texts[0]
            return
        at = next((i for i in range(len(texts) - 1, 0, -1) if _fold(texts[i]).startswith(OFFICE_WORDS)), 1)
        self.plan.governing_body = " ".join(texts[:at])
        self.plan.office_name = " ".join(texts[at:])

    def _parse_title(self, lines: list[_L], type_at: int) -> int:
        line = lines[type_at]
        title_parts: list[str] = []
        first_bold: bool | None = None
        frags = (
            _fragments(line)
            if not line.is_table
            else [p for c in line.cells or [] for p in c.split("\n") if p.strip()]
        )
        for fr in frags:
            found = _doc_type(fr)
            if found:
                self.plan.doc_type = found[0]
                if found[1]:
                    title_parts.append(found[1])
                    first_bold = line.bold
        j = type_at + 1
        gap = False
        while j < len(lines):
            cur = lines[j]
            if cur.blank:
                gap = gap or bool(title_parts)
                j += 1
                continue
            if cur.is_table:
                break
            text = cur.text
            if _is_rule(text):
                j += 1
                if title_parts:
                    break
                continue
            # A title may begin like a basis ("Triển khai công tác thi đua…"): a basis is long or
            # ends with a stop, a title is short and has none.
            basis = _is_basis(text) and (
                bool(title_parts) or len(text) > 160 or _terminal(text) or text.rstrip().endswith((":", ","))
            )
            if (
                basis
                or _label_match(text)
                or _bullet_match(text)
                or _is_noi_nhan(text)
                or _appendix_match(text)
                or text.startswith(("(", "["))
                or _is_kinh_gui(text)
            ):
                break
            if title_parts:
                prev = title_parts[-1]
                if len(title_parts) >= 3 or len(text) > 200 or _terminal(prev) or _ends_colon(prev):
                    break
                if _starts_lower(text):
                    ok = True
                elif first_bold is True and cur.bold is False:
                    ok = False
                elif gap:
                    ok = first_bold is True and cur.bold is True and len(text) <= 120 and not _terminal(text)
                else:
                    ok = len(text) <= 150 and not _terminal(text) and not _ends_colon(text)
                if not ok:
                    break
            elif len(text) > 300 or (_terminal(text) and len(text) > 150):
                break
            title_parts.append(text)
            if first_bold is None:
                first_bold = cur.bold
            gap = False
            j += 1
        self.plan.title = unmark(" ".join(title_parts))
        if not title_parts:
            self.warnings.append("Không tìm thấy trích yếu (tên kế hoạch) dưới dòng tên loại văn bản.")
        return j

    def take_bases(self, units: list[_Unit]) -> list[_Unit]:
        """The opening paragraphs that cite the documents the plan implements. A bracketed line
        before them ("(Ban hành kèm theo Quyết định số …)") stays in the body, in its place."""
        kept: list[_Unit] = []
        i = 0
        while i < len(units):
            u = units[i]
            if u.rows is None and not self.plan.bases and u.text.startswith("(") and u.text.endswith(")"):
                kept.append(u)
                i += 1
                continue
            if u.rows is None and u.label is None and u.bullet is not None:
                # Bases typed as a list ("- Căn cứ …;"): the dash is not part of the citation.
                rest = _runs_text(_drop_prefix(u.runs, u.bullet[1])).strip()
                if _fold(rest).startswith("can cu") or (self.plan.bases and _is_basis(rest)):
                    self.plan.bases.append(rest)
                    i += 1
                    continue
            if u.rows is not None or u.label is not None or u.bullet is not None or not _is_basis(u.text):
                break
            self.plan.bases.append(u.text)
            i += 1
        return kept + units[i:]

