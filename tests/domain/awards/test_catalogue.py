from thiduadesk.domain.awards import catalogue as c


def test_awards_by_name_or_abbreviation_any_case_tones_spacing():
    assert c.award_from_text("LĐTT") == c.LDTT
    assert c.award_from_text("ldtt") == c.LDTT
    assert c.award_from_text("  Lao động  tiên tiến ") == c.LDTT
    assert c.award_from_text("Danh hiệu CSTĐCS") == c.CSTDCS
    assert c.award_from_text("Chiến sĩ thi đua cơ sở") == c.CSTDCS
    assert c.award_from_text("CSTĐ cấp tỉnh") == c.CSTD_TINH
    assert c.award_from_text("Bằng khen UBND tỉnh") == c.BK_TINH
    assert c.award_from_text("Tập thể LĐXS") == c.TT_LDXS
    assert c.award_from_text("Kỷ niệm chương") == c.KNC
    assert c.award_from_text("Huân chương Lao động") is None


def test_ratings_and_levels():
    assert c.rating_from_text("HTXSNV") == c.HTXS
    assert c.rating_from_text("Hoàn thành tốt nhiệm vụ") == c.HTT
    assert c.rating_from_text("HTT NV") == c.HTT
    assert c.rating_from_text("hoàn thành") == c.HT
    assert c.rating_from_text("Không hoàn thành nhiệm vụ") == c.KHT
    assert c.rating_from_text("giỏi") is None
    assert c.level_from_text("Cấp tỉnh") == c.LEVEL_PROVINCE
    assert c.level_from_text("cơ sở") == c.LEVEL_BASE
    assert c.level_from_text("Huyện") == c.LEVEL_DISTRICT


def test_catalogue_has_the_required_kinds():
    names = {k.name for k in c.AWARD_KINDS}
    assert {"Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cấp tỉnh", "Giấy khen",
            "Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc"} <= names
    assert c.kind(c.TT_LDXS).collective and not c.kind(c.LDTT).collective
    assert c.kind(c.CSTDCS).cash_multiple == 1.0 and c.kind(c.LDTT).cash_multiple == 0.3
