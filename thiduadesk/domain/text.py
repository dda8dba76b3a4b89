"""Vietnamese text: normalisation, search folding, collation and name sorting.

Pure standard library. Four groups of functions:

* normalisation at every input boundary: :func:`nfc`, :func:`clean_text`;
* search: :func:`fold` ("Đức" → "duc", "hòa" and "hoà" fold equal);
* ordering: :func:`vi_sort_key` (Vietnamese alphabetical order, CLDR ``vi`` semantics) and
  :func:`split_name` / :func:`name_sort_key` (given name first, then the rest);
* what the legacy encodings need to tell a real syllable (:func:`has_unicode_vietnamese`); the
  TCVN3 and VNI tables themselves are in ``domain/legacy_text.py``, files in ``domain/text_files.py``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "clean_text",
    "fold",
    "has_unicode_vietnamese",
    "match_key",
    "name_sort_key",
    "nfc",
    "split_name",
    "vi_sort_key",
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
