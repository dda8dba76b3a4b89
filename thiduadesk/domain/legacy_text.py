"""Legacy encodings of school files: TCVN3 ("ABC", fonts .VnTime…) and VNI Windows (fonts
VNI-Times…). Python has no codec for either, so the tables live here. Legacy text reaches us as
``str`` already decoded as cp1252 (a .txt file read as cp1252, or a docx/xlsx cell whose font is
.VnTime / VNI-Times), so the tables map cp1252-decoded characters to Unicode:
:func:`detect_legacy_encoding`, :func:`tcvn3_to_unicode`, :func:`vni_to_unicode`, :func:`to_unicode`,
:func:`unicode_to_tcvn3`, :func:`unicode_to_vni` (files: ``domain/text_files.py``).
"""

from __future__ import annotations

import re

from thiduadesk.domain.text import _is_vietnamese_syllable, _letter, has_unicode_vietnamese, nfc

__all__ = [
    "ENCODING_LABELS_VI",
    "detect_legacy_encoding",
    "tcvn3_to_unicode",
    "to_unicode",
    "unicode_to_tcvn3",
    "unicode_to_vni",
    "vni_to_unicode",
]


# --------------------------------------------------------------------------------------------
# TCVN3 (TCVN 5712:1993, VN3 — the "ABC" fonts .VnTime, .VnArial…)
# --------------------------------------------------------------------------------------------

# Byte codes of each vowel in tone order (none, huyền, hỏi, ngã, sắc, nặng); None where the
# letter is the plain ASCII vowel. VN3 has no capitals with a tone: the capital-only fonts
# (.VnTimeH…) draw the lower-case codes as capitals.
_TCVN3_CODES = {
    "a": (None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_OTHER = {"đ": 0xAE, "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}


def _cp1252_char(code: int) -> str:
    """The character a byte becomes when the file or cell is read as cp1252."""
    return bytes([code]).decode("cp1252")


def _build_tcvn3() -> dict[str, str]:
    """Unicode letter → cp1252-decoded TCVN3 character."""
    table: dict[str, str] = {}
    for vowel, codes in _TCVN3_CODES.items():
        for tone, code in enumerate(codes):
            if code is not None:
                table[_letter(vowel, tone)] = _cp1252_char(code)
    for letter, code in _TCVN3_OTHER.items():
        table[letter] = _cp1252_char(code)
    return table


_UNI_TO_TCVN3 = _build_tcvn3()
_TCVN3_TO_UNI = {v: k for k, v in _UNI_TO_TCVN3.items()}
_TCVN3_DECODE = str.maketrans(_TCVN3_TO_UNI)
# Letters TCVN3 can only write in lower case: a capital with a tone goes out as its lower-case code.
_TCVN3_ENCODE = str.maketrans(
    {**{c.upper(): v for c, v in _UNI_TO_TCVN3.items() if c.upper() not in _UNI_TO_TCVN3},
     **_UNI_TO_TCVN3}
)
_TCVN3_CAPITALS = {_cp1252_char(code) for letter, code in _TCVN3_OTHER.items() if letter.isupper()}
_TCVN3_LOWER_PLAIN = {_cp1252_char(_TCVN3_CODES[v][0]) for v in "ăâêôơư"} | {_cp1252_char(0xAE)}
_TCVN3_WORD_RE = re.compile("[A-Za-z" + re.escape("".join(_TCVN3_TO_UNI)) + "]+")


_CAPS, _MIXED, _UNSURE = "caps", "mixed", "unsure"


def _tcvn3_word_case(word: str) -> str:
    """How a TCVN3 word was typed: in capitals, in lower/mixed case, or impossible to tell.

    TCVN3 has no code for a capital with a tone, so converters write "NGUYỄN" as "NGUYÔN" (the
    code of "ễ"). A word with at least two capitals and no other lower-case letter than such tone
    letters was typed in capitals; "Tõ" may be "Từ" or "TỪ" and is decided by its neighbours.
    """
    capitals = sum(1 for c in word if ("A" <= c <= "Z") or c in _TCVN3_CAPITALS)
    if any(("a" <= c <= "z") or c in _TCVN3_LOWER_PLAIN for c in word):
        return _MIXED
    if capitals >= 2:
        return _CAPS
    if any(c in _TCVN3_TO_UNI for c in word):
        return _UNSURE
    return _MIXED


def _neighbour_case(words: list[re.Match[str]], cases: list[str], i: int, step: int) -> str | None:
    """Case of the nearest decided word in direction ``step``, looking only across words joined
    to word ``i`` by spaces ("NAM Tõ LI£M", not "Sè: 06 /KH") and not at abbreviations; None if
    there is none."""
    j = i
    while 0 <= j + step < len(words):
        left, right = sorted((words[j], words[j + step]), key=lambda m: m.start())
        gap = left.string[left.end():right.start()]
        if not gap or not gap.isspace():
            return None
        j += step
        if cases[j] == _CAPS and not _is_vietnamese_syllable(words[j].group(0).translate(_TCVN3_DECODE)):
            return None  # an abbreviation ("Së GD§T" is "Sở GDĐT") says nothing about its neighbour
        if cases[j] != _UNSURE:
            return cases[j]
    return None


def _tcvn3_line_to_unicode(line: str) -> str:
    words = list(_TCVN3_WORD_RE.finditer(line))
    cases = [_tcvn3_word_case(m.group(0)) for m in words]
    out: list[str] = []
    pos = 0
    for i, match in enumerate(words):
        decoded = match.group(0).translate(_TCVN3_DECODE)
        case = cases[i]
        if case == _UNSURE:
            sides = {_neighbour_case(words, cases, i, -1), _neighbour_case(words, cases, i, 1)}
            sides.discard(None)
            case = _CAPS if sides == {_CAPS} else _MIXED
        out.append(line[pos:match.start()])
        out.append(decoded.upper() if case == _CAPS else decoded)
        pos = match.end()
    out.append(line[pos:])
    return "".join(out)


def tcvn3_to_unicode(s: str, upper: bool = False) -> str:
    """Convert cp1252-decoded TCVN3 text to Unicode NFC.

    ``upper=True`` for text in a capital-only font (.VnTimeH, .VnArialH…), which draws every
    letter, the lower-case codes included, as a capital. Without it, words typed in capitals
    ("UBND QUËN NAM Tõ LI£M") still come back in capitals ("UBND QUẬN NAM TỪ LIÊM").
    """
    if upper:
        return nfc(s.translate(_TCVN3_DECODE).upper())
    return nfc("\n".join(_tcvn3_line_to_unicode(line) for line in s.split("\n")))


def unicode_to_tcvn3(s: str, upper: bool = False) -> str:
    """Unicode → cp1252-decoded TCVN3 (for samples, fixtures and export to old templates).

    Capitals with a tone have no TCVN3 code and are written with the lower-case code, as Unikey
    does; ``upper=True`` writes for a capital-only font (every letter as its lower-case code).
    Characters TCVN3 cannot hold are left as they are.
    """
    s = nfc(s)
    if upper:
        s = s.lower()
    return s.translate(_TCVN3_ENCODE)


# --------------------------------------------------------------------------------------------
# VNI Windows (fonts VNI-Times, VNI-Helve…)
# --------------------------------------------------------------------------------------------

# Each vowel in tone order (none, huyền, hỏi, ngã, sắc, nặng), as cp1252-decoded VNI: the base
# letter followed by a mark character, except i, ỵ, ơ, ư and đ which have characters of their own.
_VNI_LOWER = {
    "a": ("a", "aø", "aû", "aõ", "aù", "aï"),
    "ă": ("aê", "aè", "aú", "aü", "aé", "aë"),
    "â": ("aâ", "aà", "aå", "aã", "aá", "aä"),
    "e": ("e", "eø", "eû", "eõ", "eù", "eï"),
    "ê": ("eâ", "eà", "eå", "eã", "eá", "eä"),
    "i": ("i", "ì", "æ", "ó", "í", "ò"),
    "o": ("o", "oø", "oû", "oõ", "où", "oï"),
    "ô": ("oâ", "oà", "oå", "oã", "oá", "oä"),
    "ơ": ("ô", "ôø", "ôû", "ôõ", "ôù", "ôï"),
    "u": ("u", "uø", "uû", "uõ", "uù", "uï"),
    "ư": ("ö", "öø", "öû", "öõ", "öù", "öï"),
    "y": ("y", "yø", "yû", "yõ", "yù", "î"),
}


def _build_vni() -> dict[str, str]:
    """Unicode letter (both cases) → VNI sequence. Capitals use the capital mark characters."""
    table: dict[str, str] = {"đ": "ñ", "Đ": "Ñ"}
    for vowel, sequences in _VNI_LOWER.items():
        for tone, seq in enumerate(sequences):
            letter = _letter(vowel, tone)
            if letter in "aeiouy":
                continue
            table[letter] = seq
            table[letter.upper()] = seq.upper()
    return table


_UNI_TO_VNI = _build_vni()


def _build_vni_decoder() -> tuple[dict[str, str], dict[str, str]]:
    """(two-character sequences, single characters) → Unicode letter.

    A base letter followed by a mark of the other case is accepted as well; the letter takes the
    case of its base.
    """
    pairs: dict[str, str] = {}
    singles: dict[str, str] = {}
    for letter, seq in _UNI_TO_VNI.items():
        if len(seq) == 1:
            singles[seq] = letter
        else:
            base, mark = seq
            pairs[base + mark.lower()] = letter
            pairs[base + mark.upper()] = letter
    return pairs, singles


_VNI_PAIRS, _VNI_SINGLES = _build_vni_decoder()
_VNI_MARKS = {seq[1] for seq in _VNI_PAIRS}
_VNI_RE = re.compile(
    "|".join(re.escape(k) for k in sorted(_VNI_PAIRS, key=len, reverse=True))
    + "|[" + re.escape("".join(_VNI_SINGLES)) + "]"
)


def _vni_piece(match: re.Match[str]) -> str:
    piece = match.group(0)
    if len(piece) == 2:
        return _VNI_PAIRS[piece]
    return _VNI_SINGLES[piece]


def vni_to_unicode(s: str) -> str:
    """Convert cp1252-decoded VNI text to Unicode NFC: "chaøo" → "chào", "Ñaø Naüng" → "Đà Nẵng".

    ơ/ư written as their own characters take a following tone mark too ("Tröôøng" → "Trường").
    """
    # One left-to-right pass; two-character sequences are tried before single characters, so
    # "ôø" becomes "ờ" while a lone "ô" becomes "ơ".
    return nfc(_VNI_RE.sub(_vni_piece, s))


def unicode_to_vni(s: str) -> str:
    """Unicode → cp1252-decoded VNI (for samples and fixtures). Other characters stay as they are."""
    return "".join(_UNI_TO_VNI.get(c, c) for c in nfc(s))


# --------------------------------------------------------------------------------------------
# Detection
# --------------------------------------------------------------------------------------------

TCVN3 = "tcvn3"
VNI = "vni"
CP1258 = "cp1258"
ENCODING_LABELS_VI = {
    TCVN3: "TCVN3 (ABC)",
    VNI: "VNI Windows",
    CP1258: "Windows-1258",
}

# Characters that ordinary Unicode Vietnamese never contains (symbols and non-Vietnamese Latin-1
# letters). A word that converts to a real syllable and holds one of these is strong evidence;
# words that only hold letters Vietnamese shares with Latin-1 (à á â ã è é ê ì í ò ó ô õ ù ú ý)
# could be Unicode already ("Hoà" would read as VNI "Hồ").
_TCVN3_STRONG = set("¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ")
_VNI_STRONG = set("øûïåäüëæîñöØÛÏÅÄÜËÆÎÑÖ")
_WORD_CHARS = set(_TCVN3_TO_UNI) | set(_VNI_SINGLES) | _VNI_MARKS
_TOKEN_RE = re.compile(r"[^\W\d_]+|[" + re.escape("".join(sorted(_WORD_CHARS))) + r"]+")
_WORD_RE = re.compile("(?:" + _TOKEN_RE.pattern + ")+")


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


def _legacy_score(words: list[str], convert, strong: set[str]) -> tuple[int, int, int]:
    """(words that become Vietnamese syllables, of which with a strong marker, words that don't)."""
    good = strong_good = bad = 0
    for word in set(words):
        converted = convert(word)
        if converted == word:
            continue
        if _is_vietnamese_syllable(converted):
            good += 1
            if any(c in strong for c in word):
                strong_good += 1
        else:
            bad += 1
    return good, strong_good, bad


def _scores(s: str) -> dict[str, tuple[int, int, int]]:
    words = _words(s)
    return {
        TCVN3: _legacy_score(words, lambda w: tcvn3_to_unicode(w), _TCVN3_STRONG),
        VNI: _legacy_score(words, vni_to_unicode, _VNI_STRONG),
    }


def detect_legacy_encoding(s: str) -> str | None:
    """"tcvn3", "vni" or None for text read as cp1252.

    Score-based: every distinct word the candidate table would change is converted and checked
    against the spelling rules of Vietnamese syllables. An encoding is chosen when at least one
    converted word is a real syllable *and* holds a character Unicode Vietnamese never has, at
    least two thirds of the changed words become real syllables, and they outnumber the words
    already in Unicode Vietnamese. Plain ASCII, English, numbers and Unicode Vietnamese give None.
    """
    if not s or s.isascii():
        return None
    unicode_words = sum(1 for w in set(_words(s)) if has_unicode_vietnamese(w))
    best: str | None = None
    best_margin = 0
    for name, (good, strong_good, bad) in _scores(s).items():
        if strong_good < 1 or good < 2 * bad or good <= unicode_words:
            continue
        margin = good - bad
        if margin > best_margin:
            best, best_margin = name, margin
    return best


def to_unicode(s: str) -> tuple[str, str | None]:
    """(text in Unicode NFC, detected encoding or None if the text was not legacy-encoded)."""
    encoding = detect_legacy_encoding(s)
    if encoding == TCVN3:
        return tcvn3_to_unicode(s), encoding
    if encoding == VNI:
        return vni_to_unicode(s), encoding
    return nfc(s), None
