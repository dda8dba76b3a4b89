"""``thiduadesk awards …`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.award_lists import write_award_list
from thiduadesk.cli import main
from thiduadesk.exchange.award_lists import template_headers

DATA = Path(__file__).parent.parent / "data" / "awards"


def test_import_then_check_json(db_path, capsys):
    assert main(["--db", str(db_path), "awards", "import", str(DATA / "shuffled.ods"), "--year", "2023-2024"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["Đã thêm đơn vị: Trường Tiểu học Nguyễn Du", "Đã thêm đơn vị: Trường Mầm non Hoa Sen",
                   "Đã nhập 3 đề nghị năm học 2023-2024; thêm 2 đơn vị mới."]
    assert main(["--db", str(db_path), "awards", "check", "--year", "2023-2024", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(x["name"], x["unit"], x["award"], x["eligible"]) for x in data] == [
        ("Trần Văn An", "Trường Tiểu học Nguyễn Du", "CSTDCS", True),
        ("Lê Thị Bình", "Trường Tiểu học Nguyễn Du", "LDTT", True),
        ("Phạm Thị Thu Hà", "Trường Mầm non Hoa Sen", "CSTDCS", False),
    ]
    assert all({"message", "basis"} <= set(r) for x in data for r in x["reasons"])
    fail = [r for r in data[2]["reasons"] if not r["ok"]][0]
    assert fail["basis"] == "Điều 5 Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP"
    assert fail["message"].startswith("Chưa đạt: không xét khen thưởng khi đang xem xét kỷ luật")


def test_import_with_errors_takes_nothing_and_prints_each_row(db_path, tmp_path, capsys):
    path = write_award_list(tmp_path / "bad.xlsx", [
        [1, "Trần Văn An", "", "", "Trường A", "LĐTT", "HTT", "", "", "", ""],
        [2, "Lê Thị Bình", "30/02/1985", "", "Trường A", "LĐTT", "HTT", "", "", "", ""],
        [3, "Ngô Văn Tư", "", "", "Trường A", "Danh hiệu gì đó", "HTT", "", "", "", ""],
    ])
    assert main(["--db", str(db_path), "awards", "import", path, "--year", "2023-2024"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "Dòng 3: Ngày sinh: ngày «30/02/1985» không có thật hoặc không đọc được (ghi dạng 05/09/1980)",
        "Dòng 4: không rõ danh hiệu/hình thức «Danh hiệu gì đó»",
        "Chưa nhập gì: 2 dòng lỗi trong 3 dòng. Hãy sửa tệp rồi nhập lại.",
    ]
    assert main(["--db", str(db_path), "awards", "check", "--year", "2023-2024", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_conferred_and_plain_check(db_path, tmp_path, capsys):
    rows = [[1, "Trần Văn An", "", "", "Trường A", "CSTĐCS", "HTXS", "", "", "", ""]]
    assert main(["--db", str(db_path), "awards", "import", write_award_list(tmp_path / "h.xlsx", rows), "--year", "2022-2023",
                 "--conferred"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == ("Đã nhập 1 khen thưởng đã quyết định năm học 2022-2023; "
                                                        "thêm 1 đơn vị mới.")
    rows = [[1, "Trần Văn An", "", "", "Trường A", "Bằng khen tỉnh", "HTXS", "", "", "", ""]]
    assert main(["--db", str(db_path), "awards", "import", write_award_list(tmp_path / "n.xlsx", rows), "--year", "2023-2024"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "awards", "check", "--year", "2023-2024"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "CHƯA ĐẠT\tTrần Văn An\tTrường A\tBằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
    assert out[-1] == "0/1 đề nghị đủ điều kiện."


def test_bad_year_is_a_usage_error(db_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "awards", "check", "--year", "2023"])
    assert exc.value.code == 2
    assert "Năm học phải có dạng 2023-2024" in capsys.readouterr().err


@pytest.mark.parametrize("paper", ["list", "proposal", "minutes", "decision"])
def test_pdf(db_path, tmp_path, capsys, paper):
    assert main(["--db", str(db_path), "awards", "import", str(DATA / "shuffled.xls"), "--year", "2023-2024"]) == 0
    out = tmp_path / f"{paper}.pdf"
    assert main(["--db", str(db_path), "awards", "pdf", "--year", "2023-2024", "--paper", paper, "-o", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"Đã ghi {out}"
    assert out.read_bytes().startswith(b"%PDF")


def test_template(db_path, tmp_path, capsys):
    out = tmp_path / "mau.xlsx"
    assert main(["--db", str(db_path), "awards", "template", "-o", str(out)]) == 0
    ws = openpyxl.load_workbook(out).active
    assert [c.value for c in ws[1]] == template_headers()


def test_settings_per_year_with_the_regimes_defaults(db_path, capsys):
    assert main(["--db", str(db_path), "awards", "settings", "--year", "2022-2023"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Tỷ lệ LĐTT của Tập thể LĐTT (%)\t50", "Tỷ lệ LĐTT của Tập thể LĐXS (%)\t70", "Ngưỡng phiếu (%)\t80",
        "Ngưỡng phiếu CSTĐ cấp tỉnh (%)\t90", "Tỷ lệ tối đa CSTĐCS / LĐTT (%)\t15",
        "Mức lương cơ sở (đồng)\t2.340.000", "Làm tròn tiền thưởng lên (đồng)\t10.000"]
    assert main(["--db", str(db_path), "awards", "settings", "--year", "2023-2024", "--vote-pct", "75,5",
                 "--base-salary", "2.530.000"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2] == "Ngưỡng phiếu (%)\t75,5" and out[4] == "Tỷ lệ tối đa CSTĐCS / LĐTT (%)\tkhông giới hạn"
    assert out[5] == "Mức lương cơ sở (đồng)\t2.530.000" and out[0] == "Tỷ lệ LĐTT của Tập thể LĐTT (%)\t70"
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "awards", "settings", "--year", "2023-2024", "--vote-pct", "120"])
    assert "tỷ lệ «120» phải từ 0 đến 100" in capsys.readouterr().err
