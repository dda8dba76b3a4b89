"""Text files sent by schools, whatever their encoding: BOMs, UTF-8 (repaired line by line when
a few bytes are stray), UTF-16 without BOM, Windows-1258, cp1252 — then TCVN3 / VNI text detected
and converted (``domain/text.py``)."""

from __future__ import annotations

from os import PathLike

from thiduadesk.domain.legacy_text import (
    CP1258,
    ENCODING_LABELS_VI,
    _words,
    detect_legacy_encoding,
    to_unicode,
)
from thiduadesk.domain.text import _NEWLINE_RE, _is_vietnamese_syllable, has_unicode_vietnamese, nfc
from thiduadesk.domain.utf8_repair import REPLACEMENT, repaired_utf8

# cp1252 leaves five bytes undefined (81 8D 8F 90 9D); read them as the Latin-1 control characters
# so that no file fails to open.
_CP1252_TABLE = str.maketrans({
    b: (bytes([b]).decode("cp1252", errors="ignore") or chr(b)) for b in range(0x80, 0xA0)
})


def decode_cp1252(data: bytes) -> str:
    """Decode bytes as cp1252, never failing (undefined bytes become U+0081… as in Latin-1)."""
    return data.decode("latin-1").translate(_CP1252_TABLE)


def _looks_cp1258(data: bytes) -> str | None:
    """The text if ``data`` reads as Vietnamese in Windows-1258 (Notepad "ANSI" on a Vietnamese
    Windows), else None."""
    try:
        text = nfc(data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    words = [w for w in set(_words(text)) if has_unicode_vietnamese(w)]
    if not words:
        return None
    good = sum(1 for w in words if _is_vietnamese_syllable(w))
    return text if good >= 2 * (len(words) - good) and good >= 1 else None


UTF8_REPAIRED = "utf-8 (repaired)"


def _decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, how it was decoded): BOMs first, then UTF-8, then single-byte code pages."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace"), "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    repaired = repaired_utf8(data)
    if repaired is not None:
        text, _bad = repaired
        return text, UTF8_REPAIRED
    # UTF-16 without a BOM: a NUL in every other byte.
    if len(data) >= 4:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        half = len(data) // 2
        if odd > 0.4 * half and even < 0.1 * half:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if even > 0.4 * half and odd < 0.1 * half:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    text = decode_cp1252(data)
    if detect_legacy_encoding(text) is None:
        vietnamese = _looks_cp1258(data)
        if vietnamese is not None:
            return vietnamese, CP1258
    return text, "cp1252"


def read_text_file(path: str | PathLike[str]) -> tuple[str, str | None]:
    """Read a text file sent by a school, whatever its encoding.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM, Windows-1258, or else
    cp1252; then TCVN3 / VNI text is detected and converted. Returns (NFC text with ``\\n`` line
    breaks, a note in Vietnamese of the conversion made, or None when the file was already
    Unicode or plain text).
    """
    with open(path, "rb") as fh:
        data = fh.read()
    text, how = _decode_bytes(data)
    text = _NEWLINE_RE.sub("\n", text)
    note: str | None = None
    if how == UTF8_REPAIRED:
        bad = [n for n, line in enumerate(text.split("\n"), start=1) if REPLACEMENT in line]
        shown = ", ".join(str(n) for n in bad[:10]) + (" …" if len(bad) > 10 else "")
        return nfc(text), (
            f"Tệp dùng Unicode (UTF-8) nhưng có byte lỗi ở dòng {shown}: các byte đó được thay bằng dấu "
            f"«{REPLACEMENT}», phần còn lại giữ nguyên. Hãy kiểm tra các dòng này."
        )
    if how == CP1258:
        note = f"Đã chuyển nội dung tệp từ bảng mã {ENCODING_LABELS_VI[CP1258]} sang Unicode."
        return nfc(text), note
    converted, encoding = to_unicode(text)
    if encoding is not None:
        note = f"Đã chuyển nội dung tệp từ bảng mã {ENCODING_LABELS_VI[encoding]} sang Unicode."
    return converted, note
