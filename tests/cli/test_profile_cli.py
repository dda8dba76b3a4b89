"""``profile show`` / ``profile set``, and issuing refused until the profile is set."""

from __future__ import annotations

import json

from thiduadesk.cli import main
from thiduadesk.ops.issuing import NO_PROFILE

SAMPLE = "tests/data/samples/plan_sadec_2022.txt"


def test_show_without_profile_says_how_to_set_one(db_path, capsys):
    assert main(["--db", str(db_path), "profile", "show"]) == 1
    assert capsys.readouterr().out == (
        "Chưa có thông tin cơ quan. Đặt bằng lệnh: thiduadesk profile set --office-name … --symbol … --place …\n"
    )


def test_set_then_show_json_and_partial_update(db_path, capsys):
    args = ["--db", str(db_path), "profile", "set", "--office-name", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
            "--symbol", "pgdđt", "--place", "Sa Đéc", "--deputy", "Trần Văn Bình", "--deputy", "Lê Thị Mai"]
    assert main(args) == 0
    assert capsys.readouterr().out == "Đã lưu thông tin cơ quan: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO (PGDĐT), Sa Đéc.\n"
    assert main(["--db", str(db_path), "profile", "set", "--head-name", "Nguyễn Công Hiếu"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "profile", "show", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["symbol"], data["place"], data["head_name"], data["deputies"]) == (
        "PGDĐT", "Sa Đéc", "Nguyễn Công Hiếu", ["Trần Văn Bình", "Lê Thị Mai"])


def test_an_incomplete_profile_is_refused(db_path, capsys):
    assert main(["--db", str(db_path), "profile", "set", "--office-name", "", "--symbol", "X", "--place", "Y"]) == 1
    assert capsys.readouterr().err.strip() == "Cần nhập tên cơ quan, ký hiệu viết tắt và địa danh."
    assert main(["--db", str(db_path), "profile", "show"]) == 1


def test_issue_is_refused_until_the_profile_is_set(db_path, capsys):
    assert main(["--db", str(db_path), "plan", "import", SAMPLE]) == 0
    plan_id = capsys.readouterr().out.strip()
    assert main(["--db", str(db_path), "plan", "issue", plan_id, "--date", "2022-02-14", "--force"]) == 1
    assert capsys.readouterr().err.strip() == NO_PROFILE
    assert main(["--db", str(db_path), "register", "list"]) == 0
    assert capsys.readouterr().out == ""
