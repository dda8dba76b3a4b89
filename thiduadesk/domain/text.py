"""Vietnamese text: normalisation, search folding, collation, name sorting, text files.

Pure standard library. Four groups of functions:

* normalisation at every input boundary: :func:`nfc`, :func:`clean_text`;
* search: :func:`fold` ("Đức" → "duc", "hòa" and "hoà" fold equal);
* ordering: :func:`vi_sort_key` (Vietnamese alphabetical order, CLDR ``vi`` semantics) and
  :func:`split_name` / :func:`name_sort_key` (given name first, then the rest);
* text files in any of the encodings schools send (:func:`read_text_file`); the legacy TCVN3 and
  VNI decoders live in ``thiduadesk.domain.legacy_encodings`` and are re-exported here for the
  readers that take both from one place.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from os import PathLike

from thiduadesk.domain.legacy_encodings import (
    ENCODING_LABELS_VI,
    VIETNAMESE_LOWER,
    VIETNAMESE_UPPER,
    detect_legacy_encoding,
    has_unicode_vietnamese,
    tcvn3_to_unicode,
    to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)

__all__ = [
    "ENCODING_LABELS_VI",
    "clean_text",
    "decode_cp1252",
    "detect_legacy_encoding",
    "fold",
    "has_unicode_vietnamese",
    "match_key",
    "name_sort_key",
    "nfc",
    "read_text_file",
    "split_name",
    "tcvn3_to_unicode",
    "to_unicode",
    "unicode_to_tcvn3",
    "unicode_to_vni",
    "vi_sort_key",
    "vni_to_unicode",
]

# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

# Invisible characters Word, Excel and web pages leave behind: zero-width space / non-joiner /
# joiner, word joiner, left-to-right and right-to-left marks, and U+FEFF (BOM / zero-width no-break
# space). The soft hyphen U+00AD is deliberately NOT removed: in TCVN3 text it is the letter "ư".
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u200e\u200f\ufeff"), None)

# Horizontal white space that clean_text turns into one ordinary space: tab and every Unicode
# space separator (no-break space U+00A0, narrow no-break space U+202F, en/em/thin spaces, the
# ideographic space...).
_HSPACE_RE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+")
_NEWLINE_RE = re.compile(r"\r\n|[\r\v\f\u2028\u2029\x85]")
_SPACE_AROUND_NEWLINE_RE = re.compile(r" ?\n ?")


def nfc(s: str) -> str:
    """Unicode NFC with invisible zero-width characters removed.

    Spaces are left alone, including the no-break space (the documents layer uses it on purpose
    for blanks such as "Số:      /KH-PGDĐT"); :func:`clean_text` is the one that evens them out.
    """
    return unicodedata.normalize("NFC", s.translate(_INVISIBLE))


def clean_text(s: object) -> str:
    """Normalise one piece of input text (form field, pasted text, Excel or Word cell).

    NFC (see :func:`nfc`); line breaks unified to ``\\n`` (CR LF, CR, vertical tab from Word's
    manual line break…); every run of tabs and Unicode spaces (no-break space included) becomes one
    ordinary space; spaces next to a line break and at both ends are removed. Line breaks are kept.
    ``None`` gives ``""``; other non-strings are converted with ``str``.
    """
    if s is None:
        return ""
    if not isinstance(s, str):
        s = str(s)
    s = _NEWLINE_RE.sub("\n", nfc(s))
    s = _HSPACE_RE.sub(" ", s)
    s = _SPACE_AROUND_NEWLINE_RE.sub("\n", s)
    return s.strip()


def fold(s: str) -> str:
    """Search key: no diacritics, đ → d, lower case, white space collapsed to single spaces.

    "Đức" → "duc", "Nguyễn" → "nguyen"; "hòa" and "hoà" both give "hoa". The Icelandic eth
    (Ð/ð), which old conversions sometimes left in place of Đ/đ, folds to "d" as well.
    """
    decomposed = unicodedata.normalize("NFD", nfc(s))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.translate(_FOLD_D).lower()
    return " ".join(stripped.split())


_FOLD_D = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def match_key(s: str) -> str:
    """Identity of a name (one unit, one school): NFC, case-insensitive, white space collapsed;
    tones and đ stay significant. "TRƯỜNG THCS A" = "Trường THCS A", "Trường Hòa" ≠ "Trường Hóa"
    (two names with the same :func:`fold` but different keys are near-matches to show the clerk).
    """
    return " ".join(unicodedata.normalize("NFC", nfc(s).casefold()).split())

# --------------------------------------------------------------------------------------------
# Vietnamese collation
# --------------------------------------------------------------------------------------------

# The Vietnamese alphabet with the other Latin letters (f j w z) in their usual places.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_INDEX = {ch: i for i, ch in enumerate(_ALPHABET)}
_LETTER_INDEX["ð"] = _LETTER_INDEX["đ"]

# Tone marks (combining characters) with their collation weights:
# none < huyền < hỏi < ngã < sắc < nặng.
TONE_NONE, TONE_HUYEN, TONE_HOI, TONE_NGA, TONE_SAC, TONE_NANG = range(6)
_TONE_WEIGHT = {"\u0300": TONE_HUYEN, "\u0309": TONE_HOI, "\u0303": TONE_NGA, "\u0301": TONE_SAC,
                "\u0323": TONE_NANG}
# The combining mark of each tone, in the order of the weights above (index 0: no tone).
_TONE_MARK = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
# Marks that make a different letter (â ê ô / ă / ơ ư).
_SHAPE_MARKS = "\u0302\u0306\u031b"

# Characters of the sort key. Levels are joined by _LEVEL_SEP, lower than every other character
# of the key, so a string that is a prefix of another sorts first ("An" < "Anh") and the key can
# also be stored in a TEXT column and compared with SQLite's default BINARY collation.
_LEVEL_SEP = "\x01"
_WORD_SEP = "\x02"
_SPACE_WEIGHT = "\x03"


def _char_weights(c: str) -> tuple[str, str, str]:
    """(primary, secondary, tertiary) weights of one NFC character; "" where not applicable.

    The secondary weight is only the tone of a letter (plus, after the tones, any non-Vietnamese
    accent); the tertiary weight is the case of a letter (lower before upper, as in CLDR).
    """
    cached = _WEIGHT_CACHE.get(c)
    if cached is not None:
        return cached
    if c.isspace():
        result = (_SPACE_WEIGHT, "", "")
    elif c.isalpha():
        decomposed = unicodedata.normalize("NFD", c)
        base, marks = decomposed[0], decomposed[1:]
        tone = 0
        shape = ""
        extra = ""
        for mark in marks:
            if mark in _TONE_WEIGHT and tone == 0:
                tone = _TONE_WEIGHT[mark]
            elif mark in _SHAPE_MARKS:
                shape += mark
            else:
                extra += chr(0x1000 + ord(mark))
        letter = unicodedata.normalize("NFC", base + shape).lower()
        if letter not in _LETTER_INDEX and base.lower() in _LETTER_INDEX:
            # A Latin letter with a non-Vietnamese mark (ŏ, ü…): base letter, mark as an accent.
            extra = "".join(chr(0x1000 + ord(m)) for m in shape) + extra
            letter = base.lower()
        if letter in _LETTER_INDEX:
            primary = chr(0x3100 + _LETTER_INDEX[letter])
        else:
            # Other scripts: after all Latin letters, in code point order.
            primary = chr(0x10000 + min(ord(c), 0xEFFFF))
        secondary = (chr(0x10 + tone) if tone else "") + extra
        tertiary = "\x11" if c.isupper() else "\x10"
        result = (primary, secondary, tertiary)
    elif c.isdigit():
        result = (chr(0x3000 + unicodedata.digit(c, 0)), "", "")
    else:
        # Punctuation and symbols: after spaces, before digits.
        result = (chr(0x100 + ord(c)) if ord(c) < 0x2F00 else chr(0x2FFF), "", "")
    _WEIGHT_CACHE[c] = result
    return result


_WEIGHT_CACHE: dict[str, tuple[str, str, str]] = {}


def _collation_levels(s: str) -> tuple[str, str, str]:
    """The three comparison levels of a string: letters, tones (per syllable), case.

    Tones are compared syllable by syllable (a syllable being a run of letters), whichever vowel
    carries the mark, so the old and new spellings "hòa" / "hoà" compare equal; for every other
    pair this gives the same order as CLDR ``vi``.
    """
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    in_word = False
    for c in clean_text(s):
        p, sec, ter = _char_weights(c)
        primary.append(p)
        if ter:  # a letter
            secondary.append(sec)
            tertiary.append(ter)
            in_word = True
        elif in_word:
            secondary.append(_WORD_SEP)
            in_word = False
    if in_word:
        secondary.append(_WORD_SEP)
    return "".join(primary), "".join(secondary), "".join(tertiary)


@lru_cache(maxsize=65536)
def vi_sort_key(s: str) -> str:
    """Sort key for Vietnamese alphabetical order (CLDR ``vi`` collation semantics).

    a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z); the whole string is
    compared on its letters first, tones only break ties (none < huyền < hỏi < ngã < sắc < nặng),
    case last (lower before upper). ch, gh, kh, ng, nh, ph, th, tr are ordinary letter pairs.
    Spaces sort before punctuation, punctuation before digits, digits before letters.

    The key is a string: usable with ``sorted(key=...)`` and storable in a database column whose
    plain binary order then matches. Results are cached (SQLite collations call this per
    comparison).
    """
    return _LEVEL_SEP.join(_collation_levels(s))


def split_name(full_name: str) -> tuple[str, str]:
    """("family and middle names", "given name"): the given name is the last word.

    "Nguyễn Thị Hương" → ("Nguyễn Thị", "Hương"); a single word is a given name.
    """
    words = clean_text(full_name).split()
    if not words:
        return "", ""
    return " ".join(words[:-1]), words[-1]


@lru_cache(maxsize=65536)
def name_sort_key(full_name: str) -> str:
    """Sort key for people: given name first, then family and middle names, the Vietnamese way.

    Letters and tones of the given name, then letters and tones of the rest, then case, so
    "Trần Văn An" < "Lê Thị Bình" < "Nguyễn Văn Bình" and "bùi thị lan" < "Trần Thị Lan".
    """
    rest, given = split_name(full_name)
    gp, gs, gt = _collation_levels(given)
    rp, rs, rt = _collation_levels(rest)
    return _LEVEL_SEP.join((gp, gs, rp, rs, gt, rt))


# --------------------------------------------------------------------------------------------
# Text files
# --------------------------------------------------------------------------------------------

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
    if how == CP1258:
        note = f"Đã chuyển nội dung tệp từ bảng mã {ENCODING_LABELS_VI[CP1258]} sang Unicode."
        return nfc(text), note
    converted, encoding = to_unicode(text)
    if encoding is not None:
        note = f"Đã chuyển nội dung tệp từ bảng mã {ENCODING_LABELS_VI[encoding]} sang Unicode."
    return converted, note
