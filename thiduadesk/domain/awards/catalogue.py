"""Award kinds, task ratings and initiative levels as data.

Each kind has its code (what the store and the rules use), its Vietnamese name, the
abbreviations schools write in their lists, whether it is for a person or a collective, who may
confer it (a role of the office profile: the office's own head, the commune/district chairman,
the province, the ministry) and its cash multiple of the base salary (domain.md §2, NĐ 152/2025
Điều 50 — the settings of a school year may change it). The rules themselves live in the regime
modules (regimes/), which refer to kinds by code.
"""

from __future__ import annotations

from dataclasses import dataclass

from thiduadesk.domain.text import fold

# Who confers: roles resolved through the office profile (domain.md §0), not hard-wired names.
BY_HEAD = "head"  # the office's or school's head (Giấy khen of a legal-entity unit)
BY_LOCAL = "local_chairman"  # district (before 01/7/2025) or commune chairman
BY_PROVINCE = "province"
BY_MINISTRY = "ministry"

LDTT, CSTDCS, CSTD_TINH, GIAY_KHEN = "LDTT", "CSTDCS", "CSTD_TINH", "GIAY_KHEN"
BK_TINH, BK_BO, KNC, TT_LDTT, TT_LDXS = "BK_TINH", "BK_BO", "KNC_GD", "TT_LDTT", "TT_LDXS"


@dataclass(frozen=True)
class AwardKind:
    code: str
    name: str
    abbreviations: tuple[str, ...] = ()
    collective: bool = False
    conferred_by: str = BY_LOCAL
    cash_multiple: float = 0.0
    is_title: bool = True  # a title (danh hiệu) rather than a form of commendation (hình thức)
    order: int = 0  # order of the groups in printed lists

    @property
    def quoted(self) -> str:
        """'danh hiệu “Lao động tiên tiến”' / 'Giấy khen' as running text writes it."""
        return f"danh hiệu “{self.name}”" if self.is_title else self.name


AWARD_KINDS: tuple[AwardKind, ...] = (
    AwardKind(CSTD_TINH, "Chiến sĩ thi đua cấp tỉnh", ("CSTĐ cấp tỉnh", "CSTĐT", "CSTĐ tỉnh"),
              conferred_by=BY_PROVINCE, cash_multiple=3.0, order=1),
    AwardKind(CSTDCS, "Chiến sĩ thi đua cơ sở", ("CSTĐCS", "CSTĐ cơ sở", "CSTDCS"), cash_multiple=1.0, order=2),
    AwardKind(LDTT, "Lao động tiên tiến", ("LĐTT", "LDTT"), cash_multiple=0.3, order=3),
    AwardKind(TT_LDXS, "Tập thể lao động xuất sắc", ("TTLĐXS", "TT LĐXS", "Tập thể LĐXS"), collective=True,
              cash_multiple=1.5, order=4),
    AwardKind(TT_LDTT, "Tập thể lao động tiên tiến", ("TTLĐTT", "TT LĐTT", "Tập thể LĐTT"), collective=True,
              cash_multiple=0.8, order=5),
    AwardKind(BK_BO, "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo",
              ("Bằng khen Bộ", "BK Bộ", "BKBGD", "Bằng khen của Bộ trưởng Bộ GD&ĐT", "Bằng khen Bộ GD&ĐT"),
              conferred_by=BY_MINISTRY, is_title=False, order=6),
    AwardKind(BK_TINH, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
              ("Bằng khen tỉnh", "BK tỉnh", "BKUBND", "Bằng khen UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"),
              conferred_by=BY_PROVINCE, is_title=False, order=7),
    AwardKind(GIAY_KHEN, "Giấy khen", ("GK",), conferred_by=BY_LOCAL, is_title=False, order=8),
    AwardKind(KNC, "Kỷ niệm chương “Vì sự nghiệp giáo dục”",
              ("KNC", "Kỷ niệm chương", "Kỷ niệm chương Vì sự nghiệp giáo dục", "KNC VSNGD"),
              conferred_by=BY_MINISTRY, is_title=False, order=9),
)
BY_CODE = {k.code: k for k in AWARD_KINDS}


def _key(text: str) -> str:
    """Header/label identity for lists: case, tones, spacing and punctuation ignored."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _index(pairs) -> dict[str, str]:
    out = {}
    for code, names in pairs:
        for name in names:
            out[_key(name)] = code
    return out


_AWARD_INDEX = _index((k.code, (k.code, k.name, *k.abbreviations)) for k in AWARD_KINDS)
# Usual extra wording: "Danh hiệu LĐTT", "Đề nghị CSTĐCS".
_AWARD_PREFIXES = ("danhhieu", "denghi", "hinhthuc")


def kind(code: str) -> AwardKind:
    return BY_CODE[code]


def award_from_text(text: str) -> str | None:
    """The code of an award as a school writes it (name or abbreviation), or None."""
    key = _key(text)
    for _ in range(2):
        if key in _AWARD_INDEX:
            return _AWARD_INDEX[key]
        for prefix in _AWARD_PREFIXES:
            if key.startswith(prefix):
                key = key[len(prefix):]
                break
    return None


# --- task ratings (mức độ hoàn thành nhiệm vụ) ----------------------------------------------------
HTXS, HTT, HT, KHT = "HTXS", "HTT", "HT", "KHT"
RATING_NAMES = {
    HTXS: "Hoàn thành xuất sắc nhiệm vụ",
    HTT: "Hoàn thành tốt nhiệm vụ",
    HT: "Hoàn thành nhiệm vụ",
    KHT: "Không hoàn thành nhiệm vụ",
}
RATING_RANK = {KHT: 0, HT: 1, HTT: 2, HTXS: 3}
_RATING_INDEX = _index(
    (code, (code, name, name.removesuffix(" nhiệm vụ"), code + "NV", f"{code} NV"))
    for code, name in RATING_NAMES.items()
)


def rating_from_text(text: str) -> str | None:
    return _RATING_INDEX.get(_key(text))


def rating_at_least(rating: str, floor: str) -> bool:
    return RATING_RANK.get(rating, -1) >= RATING_RANK[floor]


# --- initiative levels (cấp công nhận sáng kiến) --------------------------------------------------
LEVEL_BASE, LEVEL_DISTRICT, LEVEL_PROVINCE, LEVEL_NATION = "co_so", "huyen", "tinh", "toan_quoc"
LEVEL_NAMES = {LEVEL_BASE: "cơ sở", LEVEL_DISTRICT: "huyện", LEVEL_PROVINCE: "tỉnh", LEVEL_NATION: "toàn quốc"}
LEVEL_RANK = {LEVEL_BASE: 0, LEVEL_DISTRICT: 1, LEVEL_PROVINCE: 2, LEVEL_NATION: 3}
_LEVEL_INDEX = _index([
    (LEVEL_BASE, ("cơ sở", "cấp cơ sở", "trường", "cấp trường", "CS")),
    (LEVEL_DISTRICT, ("huyện", "cấp huyện", "quận", "cấp quận", "thị xã", "thành phố", "xã", "phường", "cấp xã")),
    (LEVEL_PROVINCE, ("tỉnh", "cấp tỉnh", "ngành", "cấp ngành", "thành phố trực thuộc trung ương", "bộ", "cấp bộ")),
    (LEVEL_NATION, ("toàn quốc", "cấp toàn quốc", "quốc gia")),
])


def level_from_text(text: str) -> str | None:
    return _LEVEL_INDEX.get(_key(text))
