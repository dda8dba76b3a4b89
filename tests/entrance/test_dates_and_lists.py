"""Family 5 — issue dates far from today are refused from the command line without --force
(and a register date outside 1900–2100 never, from any front end); family 6 — every list
command has --json with all stored fields."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from thiduadesk.domain.dates import screen_date
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import register as register_ops
from thiduadesk.ops.data import open_data
from thiduadesk.ops.register import issue_date_problem
from thiduadesk.store.errors import ValidationError

TODAY = dt.date.today()


def far_message(date: dt.date, problem: str) -> str:
    return (f"Chưa ban hành: ngày {screen_date(date)} {problem}. Số văn bản đã cấp sẽ nằm mãi trong sổ văn bản đi; "
            "nếu đúng là ngày đó, chạy lại với --force.")


@pytest.mark.parametrize("date, problem", [
    (dt.date(1, 1, 1), "thuộc năm 1, ngoài khoảng 2000–2100"),
    (dt.date(9999, 12, 31), "thuộc năm 9999, ngoài khoảng 2000–2100"),
    (dt.date(1999, 12, 31), "thuộc năm 1999, ngoài khoảng 2000–2100"),
    (TODAY - dt.timedelta(days=400), f"cách hôm nay ({screen_date(TODAY)}) hơn một năm"),
    (TODAY + dt.timedelta(days=400), f"cách hôm nay ({screen_date(TODAY)}) hơn một năm"),
])
def test_an_issue_date_far_from_today_is_refused_without_force(cli, data_file, sha, date, problem):
    before = sha(data_file)
    run = cli("plan", "issue", "1", "--date", date.isoformat())
    assert (run.status, run.err.strip()) == (1, far_message(date, problem))
    assert sha(data_file) == before


def test_an_issue_date_within_a_year_is_issued(cli):
    date = TODAY - dt.timedelta(days=30)
    run = cli("plan", "issue", "1", "--date", date.isoformat())
    assert run.status == 0 and run.out.startswith("Đã ban hành: Số 01/KH-")
    assert json.loads(cli("register", "list", "--json").out)[0]["doc_date"] == date.isoformat()


def test_force_issues_on_a_date_far_from_today(cli):
    run = cli("plan", "issue", "2", "--date", "2022-02-14", "--force")
    assert run.status == 0 and run.out.strip().endswith("ngày 14/02/2022")


def test_the_window_is_one_year_either_side():
    assert issue_date_problem(TODAY + dt.timedelta(days=366), TODAY) is None
    assert issue_date_problem(TODAY - dt.timedelta(days=367), TODAY) is not None
    assert issue_date_problem(dt.date(2100, 12, 31), dt.date(2100, 6, 1)) is None


@pytest.mark.parametrize("doc_date", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_a_register_entry_dated_outside_1900_2100_is_refused_from_a_form(data_file, sha, doc_date):
    before = sha(data_file)
    store = open_data(data_file)
    try:
        entry = RegisterEntry(year=int(doc_date[:4]), number=1, symbol="CV-PGDĐT", doc_date=doc_date,
                              doc_type="CV", title="Về việc thử")
        with pytest.raises(ValidationError) as info:
            register_ops.add_entry(store, entry)
    finally:
        store.close()
    y, m, d = doc_date.split("-")
    assert info.value.message == (f"Ngày văn bản {d}/{m}/{int(y):04d} nằm ngoài khoảng năm 1900–2100. Không có gì "
                                  "được ghi vào sổ.")
    assert sha(data_file) == before


# -- --json lists -------------------------------------------------------------------------------


def test_units_list_json_has_every_stored_field(cli):
    run = cli("units", "list", "--json")
    units = json.loads(run.out)
    assert run.status == 0 and len(units) == 40
    assert set(units[0]) == {"id", "name", "level", "cluster", "head_name", "phone", "email", "address", "active",
                             "people"}
    assert sum(u["people"] for u in units) > 0 and all(isinstance(u["active"], bool) for u in units)


def test_plan_list_json_has_every_listed_field(cli):
    plans = json.loads(cli("plan", "list", "--json").out)
    assert len(plans) == 2
    assert set(plans[0]) == {"id", "title", "year", "state", "version", "number", "symbol", "date_iso", "updated_at",
                             "number_and_symbol"}
    assert {p["state"] for p in plans} == {"draft"}


def test_register_list_json_has_every_stored_field(cli, data_file):
    store = open_data(data_file)
    try:
        register_ops.add_entry(store, RegisterEntry(year=2026, number=0, symbol="CV-PGDĐT", doc_date="2026-03-02",
                                                    doc_type="CV", title="Về việc thử", copies=3))
    finally:
        store.close()
    [entry] = json.loads(cli("register", "list", "--json", "--year", "2026").out)
    assert entry == {"year": 2026, "number": 1, "symbol": "CV-PGDĐT", "doc_date": "2026-03-02", "doc_type": "CV",
                     "title": "Về việc thử", "signer": "", "recipients": "", "file_copy": "VT", "copies": 3,
                     "sent_date": "", "notes": "", "plan_id": None, "paper_id": None, "id": entry["id"]}


def test_json_lists_of_an_empty_year_are_empty(cli):
    assert json.loads(cli("register", "list", "--json", "--year", "2001").out) == []
    assert json.loads(cli("plan", "list", "--json", "--year", "2001").out) == []


def test_units_people_json_has_every_stored_field(cli):
    units = json.loads(cli("units", "list", "--json").out)
    unit = next(u for u in units if u["people"])
    people = json.loads(cli("units", "people", "--unit", unit["id"], "--json").out)
    assert len(people) == unit["people"]
    assert set(people[0]) == {"id", "full_name", "unit_id", "gender", "position", "birth_year"}
    assert {p["unit_id"] for p in people} == {unit["id"]}
    assert len(json.loads(cli("units", "people", "--json").out)) == sum(u["people"] for u in units)


def test_units_people_of_an_unknown_unit_is_a_message(cli):
    run = cli("units", "people", "--unit", "999999", "--json")
    assert (run.status, run.err.strip(), run.out) == (1, "Không tìm thấy đơn vị số 999999.", "")
