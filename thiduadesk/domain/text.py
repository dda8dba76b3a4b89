"""Vietnamese text: normalisation, search folding, collation, name sorting and legacy encodings.

Pure standard library. Four groups of functions:

* normalisation at every input boundary: :func:`nfc`, :func:`clean_text`;
* search: :func:`fold` ("Đức" → "duc", "hòa" and "hoà" fold equal);
* ordering: :func:`vi_sort_key` (Vietnamese alphabetical order, CLDR ``vi`` semantics) and
  :func:`split_name` / :func:`name_sort_key` (given name first, then the rest);
* legacy encodings from school files: TCVN3 ("ABC", fonts .VnTime…) and VNI Windows (fonts
  VNI-Times…). Python has no codec for either, so the tables live here. Legacy text reaches us as
  ``str`` already decoded as cp1252 (a .txt file read as cp1252, or a docx/xlsx cell whose font is
  .VnTime / VNI-Times), so the tables map cp1252-decoded characters to Unicode:
  :func:`detect_legacy_encoding`, :func:`tcvn3_to_unicode`, :func:`vni_to_unicode`,
  :func:`to_unicode`, :func:`unicode_to_tcvn3`, :func:`unicode_to_vni` (files: ``domain/text_files.py``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ENCODING_LABELS_VI",
    "clean_text",
    "detect_legacy_encoding",
    "fold",
    "has_unicode_vietnamese",
    "match_key",
    "name_sort_key",
    "nfc",
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


@lru_cache(maxsize=1 << 15)
def match_key(s: str) -> str:
    """Identity of a name (one unit, one school): NFC, case-insensitive, white space collapsed;
    tones and đ stay significant. "TRƯỜNG THCS A" = "Trường THCS A", "Trường Hòa" ≠ "Trường Hóa"
    (two names with the same :func:`fold` but different keys are near-matches to show the clerk).

    Cached: the award rules compare every nominee with ten years of history by these keys
    (checking a large district's year: 4.3 s without the cache, 0.7 s with it; bench/README.md).
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
# Vietnamese letters and syllables
# --------------------------------------------------------------------------------------------

# The twelve vowels and đ, lower case, without tone.
_VOWELS = "aăâeêioôơuưy"


def _letter(vowel: str, tone: int) -> str:
    """The precomposed letter for a toneless vowel (a, ă, â…) and a tone index 0–5."""
    return unicodedata.normalize("NFC", vowel + _TONE_MARK[tone])


# The 67 lower-case Vietnamese letters outside ASCII (and their 67 capitals): 12 vowels × 6 tones,
# less the 6 plain ASCII vowels, plus đ.
VIETNAMESE_LOWER = "".join(
    _letter(v, t) for v in _VOWELS for t in range(6) if not (t == 0 and v in "aeiouy")
) + "đ"
VIETNAMESE_UPPER = VIETNAMESE_LOWER.upper()
_VIETNAMESE_ONLY = set(VIETNAMESE_LOWER + VIETNAMESE_UPPER) - {chr(i) for i in range(0x100)}
_VIETNAMESE_MARKS = set("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def has_unicode_vietnamese(s: str) -> bool:
    """True if ``s`` holds a letter (or combining mark) that only Unicode Vietnamese text has.

    Text decoded as cp1252 can never contain these, so such text is not legacy-encoded.
    """
    return any(c in _VIETNAMESE_ONLY or c in _VIETNAMESE_MARKS for c in s)


_SYLLABLE_RE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
    r"(?:iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu|"
    r"ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|"
    r"a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
    r"(?:ch|ng|nh|c|m|n|p|t)?$"
)


def _is_vietnamese_syllable(word: str) -> bool:
    """Loose check that ``word`` spells one Vietnamese syllable (at most one tone mark)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in _TONE_WEIGHT)
    if tones > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_WEIGHT))
    return bool(_SYLLABLE_RE.match(toneless))


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
