"""Vietnamese text handling: normalisation, folding, collation, names, legacy encodings."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from thiduadesk.domain.legacy_text import (
    detect_legacy_encoding,
    tcvn3_to_unicode,
    to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)
from thiduadesk.domain.text import clean_text, fold, name_sort_key, nfc, split_name, vi_sort_key
from thiduadesk.domain.text_files import decode_cp1252, read_text_file

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "data" / "samples"

# All 134 precomposed Vietnamese letters, written out by hand (not generated), tone order
# none, huyền, hỏi, ngã, sắc, nặng.
LOWER_67 = (
    "àảãáạ" "ăằẳẵắặ" "âầẩẫấậ" "đ" "èẻẽéẹ" "êềểễếệ" "ìỉĩíị" "òỏõóọ" "ôồổỗốộ" "ơờởỡớợ"
    "ùủũúụ" "ưừửữứự" "ỳỷỹýỵ"
)
UPPER_67 = (
    "ÀẢÃÁẠ" "ĂẰẲẴẮẶ" "ÂẦẨẪẤẬ" "Đ" "ÈẺẼÉẸ" "ÊỀỂỄẾỆ" "ÌỈĨÍỊ" "ÒỎÕÓỌ" "ÔỒỔỖỐỘ" "ƠỜỞỠỚỢ"
    "ÙỦŨÚỤ" "ƯỪỬỮỨỰ" "ỲỶỸÝỴ"
)

SENTENCES = [
    "Phòng Giáo dục và Đào tạo quận Nam Từ Liêm",
    "Chiến sĩ thi đua cơ sở",
    "Nguyễn Thị Hương",
    "Tập thể lao động xuất sắc năm học 2021-2022",
    "Trường Tiểu học Xuân Phương, Trường THCS Đại Mỗ và Trường Mầm non Mễ Trì",
    "Bằng khen của Chủ tịch UBND Thành phố; Giấy khen của Trưởng phòng",
]

# TCVN3 and VNI forms typed from the published tables, independent of this module's encoders.
HAND_TCVN3 = {
    "Phßng Gi¸o dôc vµ §µo t¹o quËn Nam Tõ Li\u00aam": SENTENCES[0],
    "ChiÕn sÜ thi ®ua c¬ së": SENTENCES[1],
    "NguyÔn ThÞ H\u00ad\u00acng": SENTENCES[2],
    "Ninh B×nh, B¶o Th¾ng, B¸t X¸t": "Ninh Bình, Bảo Thắng, Bát Xát",
}
HAND_VNI = {
    "Phoøng Giaùo duïc vaø Ñaøo taïo quaän Nam Töø Lieâm": SENTENCES[0],
    "Chieán só thi ñua cô sôû": SENTENCES[1],
    "Nguyeãn Thò Höông": SENTENCES[2],
    "Xin chaøo caùc baïn; Ñaø Naüng; Tröôøng; Chæ thò; Kính göûi": (
        "Xin chào các bạn; Đà Nẵng; Trường; Chỉ thị; Kính gửi"
    ),
}


# ---- normalisation --------------------------------------------------------------------------


def test_letter_lists_are_the_134_letters():
    assert len(LOWER_67) == 67 and len(UPPER_67) == 67
    assert len(set(LOWER_67 + UPPER_67)) == 134
    assert UPPER_67 == LOWER_67.upper()
    assert all(unicodedata.is_normalized("NFC", c) and len(c) == 1 for c in LOWER_67 + UPPER_67)


def test_nfc_composes_decomposed_input_and_drops_zero_width():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    assert decomposed != "Nguyễn Thị Hương"
    assert nfc(decomposed) == "Nguyễn Thị Hương"
    assert nfc("Đức\u200b\ufeff") == "Đức"
    # The no-break space stays: documents use it on purpose for blanks.
    assert nfc("Số:\u00a0\u00a0/KH") == "Số:\u00a0\u00a0/KH"


def test_clean_text_trims_collapses_spaces_and_keeps_line_breaks():
    raw = unicodedata.normalize("NFD", "  Trường \t Tiểu\u00a0học \r\n  Xuân   Phương\u200b  ")
    assert clean_text(raw) == "Trường Tiểu học\nXuân Phương"
    assert clean_text(None) == ""
    assert clean_text(2437651234) == "2437651234"


def test_fold_for_search():
    assert fold("Đức") == "duc"
    assert "duc" in fold("Bùi Minh Đức")
    assert fold("Nguyễn") == "nguyen"
    assert fold("hòa") == fold("hoà") == fold("HOÀ") == "hoa"
    assert fold(unicodedata.normalize("NFD", "Trường  THCS\tĐại Mỗ")) == "truong thcs dai mo"
    assert fold("ÐINH") == "dinh"  # Icelandic eth left by old conversions


# ---- collation ------------------------------------------------------------------------------


def _shuffled(items, seed):
    out = list(items)
    random.Random(seed).shuffle(out)
    assert out != list(items)
    return out


def test_vietnamese_alphabet_order():
    expected = [
        "a", "à", "ả", "ã", "á", "ạ", "ă", "ắ", "â", "ầ", "b", "ca", "chu", "cu", "d", "đ", "e", "è",
        "ê", "ế", "g", "gi", "h", "i", "k", "kh", "l", "m", "ngu", "nu", "o", "ó", "ô", "ồ", "ơ", "ợ",
        "p", "q", "r", "s", "t", "u", "ủ", "ư", "ự", "v", "x", "y",
    ]
    assert sorted(_shuffled(expected, 1), key=vi_sort_key) == expected


def test_letters_before_tones():
    # "bạ" before "bác": the letters decide first, the tone only breaks a tie.
    expected = ["ba", "bà", "bả", "bã", "bá", "bạ", "bác", "bạc", "bai", "bái", "ban"]
    assert sorted(_shuffled(expected, 2), key=vi_sort_key) == expected


def test_prefix_case_and_spelling_variants():
    assert vi_sort_key("An") < vi_sort_key("Anh") < vi_sort_key("Ánh") < vi_sort_key("Ân")
    assert vi_sort_key("an") < vi_sort_key("An") < vi_sort_key("anh")
    assert vi_sort_key("hòa") == vi_sort_key("hoà")
    assert vi_sort_key("Thủy") == vi_sort_key("Thuỷ")
    assert vi_sort_key(unicodedata.normalize("NFD", "Hương")) == vi_sort_key("Hương")
    assert vi_sort_key("Đà Lạt") < vi_sort_key("Đà Nẵng") < vi_sort_key("Đăk Lăk")
    assert vi_sort_key("Zorro") > vi_sort_key("Yên") > vi_sort_key("Trường số 2")


def test_split_name():
    assert split_name("Nguyễn Thị Hương") == ("Nguyễn Thị", "Hương")
    assert split_name("  Trần   Văn  An ") == ("Trần Văn", "An")
    assert split_name("Hương") == ("", "Hương")
    assert split_name("") == ("", "")


def test_domain_example_order():
    names = ["Nguyễn Văn Bình", "Lê Thị Bình", "Trần Văn An"]
    assert sorted(names, key=name_sort_key) == ["Trần Văn An", "Lê Thị Bình", "Nguyễn Văn Bình"]


# Written by hand: given name first (Vietnamese order, tones after letters), then family and
# middle names; "Hoà" and "Hòa" are the same name; case does not count before the family name.
EXPECTED_NAMES = [
    "Nguyễn Thị An",
    "Trần Văn An",
    "Phạm Minh Anh",
    "Lê Ngọc Ánh",
    "Hoàng Văn Ân",
    "Lê Thị Bình",
    "Nguyễn Văn Bình",
    "Vũ Tiến Dũng",
    "Bùi Minh Đức",
    "Ngô Thị Hoa",
    "Dương Thanh Hoà",
    "Đỗ Thị Hòa",
    "Lý Văn Hỏa",
    "Hồ Thị Hóa",
    "Trịnh Văn Hùng",
    "NGUYỄN THỊ HƯƠNG",
    "bùi thị lan",
    "Lăng Thị Lan",
    "Lâm Thị Lan",
    "Trần Thị Lan",
]


def test_twenty_names_sort_by_given_name_then_rest():
    assert len(EXPECTED_NAMES) == 20
    for seed in range(5):
        assert sorted(_shuffled(EXPECTED_NAMES, seed), key=name_sort_key) == EXPECTED_NAMES


def test_name_sort_key_normalises_input():
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    assert name_sort_key(nfd) == name_sort_key("Nguyễn  Thị Hương ")


# ---- legacy encodings -----------------------------------------------------------------------


def test_tcvn3_round_trip_every_letter():
    for letter in LOWER_67:
        encoded = unicode_to_tcvn3(letter)
        assert len(encoded) == 1 and encoded.encode("cp1252")  # one byte, in cp1252
        assert tcvn3_to_unicode(encoded) == letter
    # The capital-only fonts (.VnTimeH) reuse the lower-case codes.
    assert tcvn3_to_unicode(unicode_to_tcvn3(UPPER_67, upper=True), upper=True) == UPPER_67
    # In an ordinary font, a capital inside an all-capitals word comes back as a capital.
    for letter in UPPER_67:
        word = f"NG{letter}N"
        assert tcvn3_to_unicode(unicode_to_tcvn3(word)) == word
    # The seven capitals VN3 does have map to their own codes.
    assert unicode_to_tcvn3("ĂÂĐÊÔƠƯ") == "¡¢§£¤¥¦"
    assert len(set(unicode_to_tcvn3(LOWER_67))) == 67


def test_vni_round_trip_every_letter():
    for letter in LOWER_67 + UPPER_67:
        encoded = unicode_to_vni(letter)
        assert 1 <= len(encoded) <= 2 and encoded.encode("cp1252")
        assert vni_to_unicode(encoded) == letter
    assert vni_to_unicode(unicode_to_vni(LOWER_67 + UPPER_67)) == LOWER_67 + UPPER_67


@pytest.mark.parametrize("legacy, expected", HAND_TCVN3.items())
def test_tcvn3_hand_samples(legacy, expected):
    assert tcvn3_to_unicode(legacy) == expected
    assert unicode_to_tcvn3(expected) == legacy
    assert detect_legacy_encoding(legacy) == "tcvn3"
    assert to_unicode(legacy) == (expected, "tcvn3")


@pytest.mark.parametrize("legacy, expected", HAND_VNI.items())
def test_vni_hand_samples(legacy, expected):
    assert vni_to_unicode(legacy) == expected
    assert unicode_to_vni(expected) == legacy
    assert detect_legacy_encoding(legacy) == "vni"
    assert to_unicode(legacy) == (expected, "vni")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentences_survive_both_encodings(sentence):
    tcvn3 = unicode_to_tcvn3(sentence)
    vni = unicode_to_vni(sentence)
    assert tcvn3 != sentence and vni != sentence
    assert tcvn3_to_unicode(tcvn3) == sentence
    assert vni_to_unicode(vni) == sentence
    assert detect_legacy_encoding(tcvn3) == "tcvn3"
    assert detect_legacy_encoding(vni) == "vni"
    assert to_unicode(tcvn3) == (sentence, "tcvn3")
    assert to_unicode(vni) == (sentence, "vni")


def test_tcvn3_capital_font_and_all_caps_words():
    title = "UBND QUẬN NAM TỪ LIÊM"
    assert tcvn3_to_unicode(unicode_to_tcvn3(title, upper=True), upper=True) == title
    assert tcvn3_to_unicode(unicode_to_tcvn3(title)) == title
    assert tcvn3_to_unicode("§øc") == "Đức" and tcvn3_to_unicode("§øC") == "ĐỨC"
    for line in ["KẾ HOẠCH", "Số: 06/KH-PGDĐT", "- Sở GDĐT Hà Nội;", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]:
        assert tcvn3_to_unicode(unicode_to_tcvn3(line)) == line


@pytest.mark.parametrize("name", ["plan_namtuliem_2022.txt", "plan_sadec_2022.txt"])
def test_real_plans_survive_legacy_files(tmp_path, name):
    original = nfc((SAMPLES_DIR / name).read_text(encoding="utf-8"))
    for encode, label in [(unicode_to_vni, "VNI"), (unicode_to_tcvn3, "TCVN3")]:
        path = tmp_path / f"{label}.txt"
        path.write_bytes(encode(original).encode("cp1252"))
        text, note = read_text_file(path)
        assert note is not None and label in note
        if label == "TCVN3" and "Ủy" in original:
            # TCVN3 has no code for a capital with a tone: "Ủy" can only come back as "ủy".
            assert text == original.replace("Ủy", "ủy")
        else:
            assert text == original


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        "Hoà Bình, Thanh Hoá, Cà Mau",  # Unicode using only letters Latin-1 also has
        unicodedata.normalize("NFD", "Nguyễn Thị Hương"),
        "The quick brown fox jumps over the lazy dog.",
        "Noël à Paris, déjà vu; Søren Kierkegård; Müller, Straße",
        "0243 765 1234 — 12/05/2022 — 100%",
        "",
    ],
)
def test_detection_leaves_unicode_english_and_numbers_alone(text):
    assert detect_legacy_encoding(text) is None
    assert to_unicode(text) == (nfc(text), None)


# ---- files ----------------------------------------------------------------------------------

def _cp1258(s: str) -> bytes:
    """Windows-1258 bytes: letters with shape marks precomposed, tones as combining marks."""
    out = []
    for c in s:
        d = unicodedata.normalize("NFD", c)
        tones = "".join(m for m in d if m in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(m for m in d if m not in tones))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


FILE_TEXT = "Kế hoạch thi đua năm học 2021-2022\nPhòng Giáo dục và Đào tạo quận Nam Từ Liêm\n"


@pytest.mark.parametrize(
    "make, note_word",
    [
        (lambda s: s.encode("utf-8"), None),
        (lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"), None),
        (lambda s: s.encode("utf-16"), None),
        (lambda s: s.encode("utf-16-le"), None),
        (lambda s: unicodedata.normalize("NFD", s).encode("utf-8"), None),
        (lambda s: s.replace("\n", "\r\n").encode("utf-8"), None),
        (lambda s: unicode_to_tcvn3(s).replace("\n", "\r\n").encode("cp1252"), "TCVN3"),
        (lambda s: unicode_to_vni(s).encode("cp1252"), "VNI"),
        (lambda s: _cp1258(s), "1258"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16-nobom", "utf8-nfd", "crlf", "tcvn3", "vni", "cp1258"],
)
def test_read_text_file(tmp_path, make, note_word):
    path = tmp_path / "ke_hoach.txt"
    path.write_bytes(make(FILE_TEXT))
    text, note = read_text_file(path)
    assert text == FILE_TEXT
    if note_word is None:
        assert note is None
    else:
        assert note is not None and note_word in note


def test_read_plain_cp1252_file(tmp_path):
    path = tmp_path / "english.txt"
    path.write_bytes("Café – “déjà vu”\n".encode("cp1252"))
    assert read_text_file(path) == ("Café – “déjà vu”\n", None)


def test_decode_cp1252_never_fails():
    assert decode_cp1252(bytes(range(256)))[0x81] == "\x81"
    assert decode_cp1252(b"\x93x\x94") == "“x”"
