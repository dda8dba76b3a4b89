"""A plan in UTF-8 with a few stray bytes is read as UTF-8, line by line: the valid lines stay as
they are, the replaced bytes are shown and named by line — never mojibake (issue 9)."""

from __future__ import annotations

from thiduadesk.exchange.plan_import import import_plan_file

SAMPLE = "tests/data/samples/plan_namtuliem_2022.txt"


def test_a_plan_with_two_stray_bytes_keeps_its_vietnamese(tmp_path):
    lines = open(SAMPLE, encoding="utf-8").read().split("\n")
    lines[5] = lines[5] + "\x81"  # two bytes no UTF-8 text has, on two lines
    data = "\n".join(lines).encode("utf-8").replace(b"\xc2\x81", b"\x81")
    data = data.replace("MỤC ĐÍCH".encode(), "MỤC ĐÍCH".encode() + b"\xff", 1)
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(data)
    parsed = import_plan_file(path)
    assert "Káº" not in parsed.plan.title and parsed.plan.title == "Công tác Thi đua - Khen thưởng Ngành Giáo dục và Đào tạo năm 2022"
    assert parsed.plan.headings()[0].startswith("I. MỤC ĐÍCH")
    note = next(w for w in parsed.warnings if "byte lỗi" in w)
    assert note.startswith("Tệp dùng Unicode (UTF-8) nhưng có byte lỗi ở dòng 6, ")
    assert note.endswith("phần còn lại giữ nguyên. Hãy kiểm tra các dòng này.")


def test_a_legacy_file_is_still_read_as_its_code_page(tmp_path):
    from thiduadesk.domain.legacy_text import unicode_to_tcvn3

    text = open(SAMPLE, encoding="utf-8").read()
    path = tmp_path / "tcvn3.txt"
    path.write_bytes(unicode_to_tcvn3(text).encode("cp1252", errors="replace"))
    parsed = import_plan_file(path)
    assert not any("byte lỗi" in w for w in parsed.warnings)
    assert parsed.plan.title == import_plan_file(SAMPLE).plan.title
