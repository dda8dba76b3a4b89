"""``thiduadesk deadlines …`` on the command line."""

from __future__ import annotations

import json
import os

from tests.conftest import SAMPLES_DIR
from thiduadesk.cli import main

NAM_TU_LIEM = os.path.join(SAMPLES_DIR, "plan_namtuliem_2022.txt")
SA_DEC = os.path.join(SAMPLES_DIR, "plan_sadec_2022.txt")


def test_extract_json_is_the_list_of_date_kind_text(db_path, capsys):
    assert main(["--db", str(db_path), "deadlines", "extract", NAM_TU_LIEM, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert all(set(item) == {"date", "kind", "text"} for item in out)
    assert [(x["date"], x["kind"]) for x in out if x["kind"] in ("deadline", "milestone")] == [
        ("2022-01-20", "deadline"), ("2022-01", "milestone"), ("2022-01", "milestone"), ("2022-03", "milestone"),
        ("2022-03", "milestone"), ("2022-04", "milestone"), ("2022-05", "milestone"), ("2022-06", "milestone"),
        ("2022-07", "milestone"), ("2022-11-15", "deadline"),
    ]
    assert out[0] == {"date": "2022-01-05", "kind": "reference", "text": "Nam Từ Liêm, ngày 05 tháng 01 năm 2022"}
    assert out[-1]["text"].startswith("9. Tổ chức Lễ kỷ niệm ngày Nhà giáo Việt Nam 20/11")
    # extracting touches no data file
    assert not db_path.exists()


def test_extract_plain_and_sa_dec(db_path, capsys):
    assert main(["--db", str(db_path), "deadlines", "extract", SA_DEC]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6 and all(line.split("\t")[1] == "reference" for line in lines)
    assert lines[1].startswith("2022-02-10\treference\tThực hiện kế hoạch số 29/HK-UBND ngày 10 tháng 2 năm 2022")


def test_extract_missing_file_exit_1(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "deadlines", "extract", str(tmp_path / "khong.pdf"), "--json"]) == 1
    assert capsys.readouterr().err.startswith("Không tìm thấy tệp «khong.pdf»")


def test_list_tick_reminder_ics(db_path, tmp_path, capsys):
    from thiduadesk.demo_data import demo_profile
    from thiduadesk.domain.model import Unit
    from thiduadesk.domain.schedule import Deadline
    from thiduadesk.ops import deadlines, profile
    from thiduadesk.ops.data import open_data
    from thiduadesk.store.units import UnitRepository

    store = open_data(db_path)
    profile.save(store, demo_profile())
    a = UnitRepository(store).add(Unit("Trường Tiểu học Nguyễn Du"))
    UnitRepository(store).add(Unit("Trường THCS Lê Quý Đôn"))
    d = deadlines.add(store, Deadline("2024-01-25", "Gửi báo cáo sơ kết", kind="report"))
    store.close()
    assert main(["--db", str(db_path), "deadlines", "tick", str(d), str(a), "--date", "2024-01-20"]) == 0
    assert capsys.readouterr().out == f"Đã đánh dấu đơn vị số {a} đã nộp hạn số {d}.\n"
    assert main(["--db", str(db_path), "deadlines", "list", "--month", "2024-01", "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert (item["received"], item["total"], item["title"]) == (1, 2, "Gửi báo cáo sơ kết")
    out = tmp_path / "don_doc.pdf"
    assert main(["--db", str(db_path), "deadlines", "reminder", str(d), "-o", str(out), "--issue",
                 "--date", "2024-01-29"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Đã ban hành công văn số 1/") and out.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(db_path), "deadlines", "untick", str(d), str(a)]) == 0
    assert capsys.readouterr().out == f"Đã bỏ đánh dấu đơn vị số {a} ở hạn số {d}.\n"
    assert main(["--db", str(db_path), "deadlines", "list", "--month", "2024-01"]) == 0
    assert capsys.readouterr().out.split("\t")[2] == "0/2"
    table = tmp_path / "lich_han.pdf"
    assert main(["--db", str(db_path), "deadlines", "print", "--month", "2024-01", "-o", str(table)]) == 0
    assert capsys.readouterr().out == f"Đã ghi {table}\n" and table.read_bytes().startswith(b"%PDF")
    ics = tmp_path / "lich.ics"
    assert main(["--db", str(db_path), "deadlines", "ics", "-o", str(ics)]) == 0
    from thiduadesk.exchange.ics import read_ics

    assert [e["summary"] for e in read_ics(ics.read_bytes())] == ["Gửi báo cáo sơ kết"]


def test_days_off_of_a_year(db_path, capsys):
    assert main(["--db", str(db_path), "deadlines", "days-off", "2024", "--off", "2024-11-20", "--name",
                 "Nghỉ ngày Nhà giáo", "--not-off", "2024-09-03", "--work", "2024-09-07"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "2024-05-04\tLàm bù" in lines and "2024-09-07\tLàm bù" in lines
    assert "2024-11-20\tNghỉ ngày Nhà giáo" in lines and "2024-09-02\tQuốc khánh" in lines
    assert not any(line.startswith("2024-09-03") for line in lines)
    assert lines[0] == "2024-01-01\tTết Dương lịch"
    assert main(["--db", str(db_path), "deadlines", "days-off", "2024", "--reset", "2024-09-03"]) == 0
    assert "2024-09-03\tQuốc khánh" in capsys.readouterr().out.splitlines()


def test_add_a_deadline_by_hand_with_its_audience_and_drop_it(db_path, capsys):
    from thiduadesk.domain.model import Unit
    from thiduadesk.ops import deadlines
    from thiduadesk.ops.data import open_data
    from thiduadesk.store.units import UnitRepository

    store = open_data(db_path)
    school = UnitRepository(store).add(Unit("Trường Tiểu học Nguyễn Du", level="tieu_hoc"))
    UnitRepository(store).add(Unit("Trường THCS Lê Quý Đôn", level="thcs"))
    store.close()
    db = ["--db", str(db_path)]
    assert main([*db, "deadlines", "add", "2024-03-15", "Báo cáo sơ kết học kỳ I", "--kind", "report",
                 "--level", "tieu_hoc"]) == 0
    first_id, due, title = capsys.readouterr().out.strip().split("\t")
    assert (due, title) == ("2024-03-15", "Báo cáo sơ kết học kỳ I")
    assert main([*db, "deadlines", "add", "2024-05", "Tổng kết năm học", "--units", str(school)]) == 0
    month_id = capsys.readouterr().out.split("\t")[0]
    assert main([*db, "deadlines", "add", "2024-11-20", "Ngày Nhà giáo Việt Nam", "--kind", "commemoration",
                 "--office", "--every-year", "3"]) == 0
    assert [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()] == [
        "2024-11-20", "2025-11-20", "2026-11-20"]
    assert main([*db, "deadlines", "list", "--month", "2024-03", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["id"], listed["total"]) == (int(first_id), 1)  # only the tiểu học school is asked
    store = open_data(db_path)
    assert deadlines.get(store, int(month_id)).audience.unit_ids == [school]
    store.close()

    assert main([*db, "deadlines", "drop", first_id]) == 0
    assert capsys.readouterr().out == f"Đã bỏ hạn số {first_id} khỏi lịch.\n"
    assert main([*db, "deadlines", "list", "--month", "2024-03", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_add_refuses_what_is_not_a_deadline_and_writes_nothing(db_path, capsys):
    import hashlib

    import pytest

    from thiduadesk.ops.data import open_data

    open_data(db_path).close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    db = ["--db", str(db_path)]
    for argv, message in (
        (["2024-02-30", "Hồ sơ"], "ngày phải theo dạng YYYY-MM-DD, ví dụ 2025-09-05: «2024-02-30»"),
        (["2024-13", "Hồ sơ"], "tháng phải theo dạng YYYY-MM, ví dụ 2025-09: «2024-13»"),
        (["2024-03-01", "Hồ sơ", "--kind", "party"], "invalid choice: 'party'"),
        (["2024-03-01", "Hồ sơ", "--level", "dai_hoc"], "invalid choice: 'dai_hoc'"),
        (["2024-03-01", "Hồ sơ", "--units", "0"], "số hiệu «0» ngoài khoảng cho phép"),
        (["2024-03-01", "Hồ sơ", "--office", "--level", "thcs"], "not allowed with argument"),
    ):
        with pytest.raises(SystemExit) as exit_info:
            main([*db, "deadlines", "add", *argv])
        assert exit_info.value.code == 2
        assert message in capsys.readouterr().err
    for argv, message in (
        (["1985-03-01", "Hồ sơ"], "Hạn «1985-03-01» có năm 1985 ngoài khoảng 1990–2100: hãy kiểm tra lại năm."),
        (["2024-03-01", "Hồ sơ", "--units", "99"], "Không tìm thấy đơn vị số 99 trong danh sách đơn vị; không ghi gì cả."),
        (["2024-03-01", "   "], "Hạn nộp cần có nội dung."),
        (["2024-03-01", "Hồ sơ", "--every-year", "60"], "Chọn từ 1 đến 50 năm cho ngày lặp lại hằng năm."),
        (["2024-03", "Hồ sơ", "--every-year", "2"], "Ngày lặp lại hằng năm phải là một ngày (dd/MM), không phải một tháng."),
    ):
        assert main([*db, "deadlines", "add", *argv]) == 1
        err = capsys.readouterr().err
        assert err == message + "\n", err
    assert main([*db, "deadlines", "drop", "7"]) == 1
    assert capsys.readouterr().err == "Không tìm thấy hạn nộp số 7.\n"
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
