"""Columns and cells that converters ran together: the two columns of the header or of the
closing block on one line (tabs, runs of spaces, a single space), a whole cell joined into one
line, manual line breaks inside a paragraph."""

from __future__ import annotations

import re

from thiduadesk.domain.plan import Run
from thiduadesk.domain.plan_text.labels import _bullet_match
from thiduadesk.domain.plan_text.lines import _L
from thiduadesk.domain.plan_text.recognise import (
    _MOTTO_RE,
    _QUOC_HIEU_RE,
    _authority,
    _is_name,
    _is_noi_nhan,
    _is_position,
)
from thiduadesk.domain.plan_text.words import _fk, _fold, _is_upper, _squash


def _fragments(line: _L) -> list[str]:
    """The pieces of a header or closing line: its columns, and what ran together split."""
    out: list[str] = []
    for p in _split_columns(line.raw) if line.raw else [line.text]:
        p = _squash(p)
        if not p:
            continue
        out.extend(_split_embedded(p))
    return out

_GAP_RE = re.compile(r"\s{3,}")


def _split_columns(raw: str) -> list[str]:
    """A line of the header or closing block cut into its columns: at tabs, and at long runs of
    spaces (PDF text) except the blanks of a draft ("Số:      /KH-PGDĐT", "ngày      tháng")."""
    out: list[str] = []
    for cell in raw.split("\t"):
        pieces = _GAP_RE.split(cell)
        merged: list[str] = []
        for piece in pieces:
            if merged:
                before, after = _fold(merged[-1]), _fold(piece)
                if (
                    after.startswith(("/", "thang", "nam ", "ngay"))
                    or after == "nam"
                    or before.endswith(("ngay", "thang", "nam", "so:", "so", "/"))
                ):
                    merged[-1] = f"{merged[-1]} {piece}"
                    continue
            merged.append(piece)
        out.extend(merged)
    return out


def _split_embedded(p: str) -> list[str]:
    """Split a header fragment where the left and right columns ran together on one line:
    "UBND QUẬN X CỘNG HÒA XÃ HỘI …", "Số: 06/KH-PGDĐT Nam Từ Liêm, ngày …"."""
    f = _fk(p)
    for rx in (_QUOC_HIEU_RE, _MOTTO_RE):
        m = rx.search(f)
        if m:
            out = []
            before, match, after = p[: m.start()].strip(), p[m.start() : m.end()], p[m.end() :].strip()
            if before:
                out.extend(_split_embedded(before))
            out.append(match)
            if after:
                out.extend(_split_embedded(after))
            return out
    return [p]


def _split_closing(fr: str) -> list[str]:
    """Split a closing line where the two columns (Nơi nhận | signature) ran together with a
    single space, as text copied from a PDF viewer does: "Nơi nhận: KT. TRƯỞNG PHÒNG",
    "- Sở GDĐT Hà Nội; PHÓ TRƯỞNG PHÒNG", "- Lưu: VT. Nguyễn Văn An"."""
    t = fr.strip()
    # A whole cell joined into one line (Markdown converters): "Nơi nhận: - A; - B.",
    # "KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG Trần Văn Nam".
    if _is_noi_nhan(t):
        m = re.match(r"^(\W*nơi\s+nhận\W*?\s*:?)\s*([-–+•]\s.*)$", t, re.I)
        if m:
            return [m.group(1).strip("*_ ")] + _split_closing(m.group(2))
    items = re.split(r"(?<=[;.])\s+(?=[-–+•]\s)", t)
    if len(items) > 1 and _bullet_match(t):
        return [piece for item in items for piece in _split_closing(item)]
    words = t.split()
    if len(words) >= 3 and (_authority(t) or _is_position(" ".join(words[:2]))):
        for j in range(1, len(words) - 1):
            head, name = " ".join(words[:j]), " ".join(words[j:])
            if _is_upper(head) and _is_name(name):
                return _split_closing(head) + [name]
    auth = _authority(t)
    inner = _INNER_AUTHORITY_RE.search(t) if auth else None
    if inner and _authority(t[: inner.start()]) and _authority(t[inner.start() :]):
        # Two authority lines run together: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH".
        return _split_closing(t[: inner.start()]) + _split_closing(t[inner.start() :].strip())
    if auth and auth[0] == "KT." and " PHÓ " in f" {auth[1]} "[1:]:
        at = auth[1].index("PHÓ ")
        if at > 0:
            return [f"{auth[0]} {auth[1][:at].strip()}", auth[1][at:].strip()]
    if _authority(t) or (_is_position(t) and _is_upper(t)) or _is_name(t):
        return [fr]
    for i in range(1, len(words)):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        if not _is_upper(words[i]) or not (_authority(tail) or (_is_position(tail) and _is_upper(tail))):
            continue
        if ";" in tail:
            continue  # "GDĐT; PHÓ TRƯỞNG PHÒNG" is no position: the recipient ends at ";"
        # The left column's line ends there: with ";", ":", "." or a word in lower case (not
        # with ",": "- Ban Giám hiệu, Chủ tịch Công đoàn" is one recipient).
        if head[-1] in ";:.)" or (head[-1].isalpha() and not _is_upper(words[i - 1])):
            return [head, tail]
    if _bullet_match(t) or _is_noi_nhan(t) or _fold(t).startswith("luu"):
        m = re.match(r"^(.*[;.])\s+(\S.*)$", t)
        if m and _is_name(m.group(2)):
            return [m.group(1), m.group(2)]
    return [fr]


# A second authority prefix inside an authority line (after its own, in capitals).
_INNER_AUTHORITY_RE = re.compile(r"(?<=\S)\s+(?=(?:KT|TM|Q|TL|TUQ)\s*\.\s*\S)")


def _split_runs_at_breaks(runs: list[Run]) -> list[list[Run]]:
    pieces: list[list[Run]] = [[]]
    for run in runs:
        parts = run.text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").split("\n")
        for n, part in enumerate(parts):
            if n:
                pieces.append([])
            if part:
                pieces[-1].append(Run(part, run.bold, run.italic))
    return pieces

