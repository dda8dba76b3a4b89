"""The audit log keeps field-level changes, and every version is rebuilt from it."""

from __future__ import annotations

import copy
import json

import pytest

from tests.documents.plan_fixtures import long_plan
from thiduadesk.domain.model import Person, Unit
from thiduadesk.store import audit
from thiduadesk.store.audit import NO_CHANGE, apply, diff, equal, history
from thiduadesk.store.db import open_store
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.units import UnitRepository

LONG = (
    "Phát động và triển khai phong trào thi đua yêu nước trong toàn Ngành Giáo dục và Đào tạo quận "
    "nhằm thực hiện thắng lợi các nhiệm vụ chính trị năm 2022."
)


def plan_like() -> dict:
    return {
        "doc_type": "KH",
        "title": "Kế hoạch thi đua năm 2022",
        "number": None,
        "date": {"day": None, "month": 1, "year": 2022},
        "bases": ["Luật Thi đua, khen thưởng", "Nghị định 91/2017/NĐ-CP", "Kế hoạch số 12/KH-UBND"],
        "body": [
            {"kind": "section", "label": "I.", "title": "MỤC ĐÍCH", "children": [
                {"kind": "paragraph", "marker": "-", "runs": [{"text": "Mục đích.", "bold": False}]},
                {"kind": "paragraph", "marker": "-", "runs": [{"text": LONG, "bold": False},
                                                              {"text": " Dạy tốt", "bold": True}]},
            ]},
            {"kind": "section", "label": "II.", "title": "NỘI DUNG", "children": []},
        ],
        "signatures": [{"authority": "KT.", "position": "Phó Trưởng phòng", "name": "Nguyễn Văn An"}],
        "$odd key": 1,
        "version": 1,
    }  # fmt: skip


def edited(change) -> tuple[dict, dict]:
    old = plan_like()
    new = copy.deepcopy(old)
    change(new)
    return old, new


def typed(d):
    text = d["body"][0]["children"][1]["runs"][0]["text"]
    d["body"][0]["children"][1]["runs"][0]["text"] = text[:40] + "x" + text[40:]


def nested_field(d):
    d["date"]["day"] = 15


def list_insert(d):
    d["bases"].insert(1, "Thông tư 12/2019/TT-BNV")


def list_delete(d):
    del d["bases"][0]


def field_removed(d):
    del d["number"]


def dict_added(d):
    d["profile"] = {"place": "Nam Từ Liêm", "$x": {"$v": 2}}


def bool_not_int(d):
    d["body"][0]["children"][0]["runs"][0]["bold"] = 0


def reordered(d):
    d["body"].reverse()


def paragraph_inserted(d):
    d["body"][0]["children"].insert(1, {"kind": "paragraph", "marker": "+", "runs": [{"text": "Mới", "bold": False}]})


def odd_key_changed(d):
    d["$odd key"] = {"$delete": 1}  # looks like an operation, is data


def dict_to_scalar_and_back(d):
    d["date"] = "01/2022"
    d["title"] = {"text": "Kế hoạch"}


CASES = [typed, nested_field, list_insert, list_delete, field_removed, dict_added, bool_not_int,
         reordered, paragraph_inserted, odd_key_changed, dict_to_scalar_and_back]  # fmt: skip


@pytest.mark.parametrize("change", CASES, ids=lambda f: f.__name__)
def test_diff_and_apply_round_trip_both_ways(change):
    old, new = edited(change)
    kept_old, kept_new = copy.deepcopy(old), copy.deepcopy(new)
    forward, backward = diff(old, new), diff(new, old)
    assert forward is not NO_CHANGE and backward is not NO_CHANGE
    # Through JSON, as they are stored.
    forward, backward = json.loads(json.dumps(forward)), json.loads(json.dumps(backward))
    assert equal(apply(old, forward), new)
    assert equal(apply(new, backward), old)
    assert equal(old, kept_old) and equal(new, kept_new)  # neither input changed


def test_the_changes_are_the_changed_fields_only():
    old, new = edited(typed)
    assert diff(old, new) == {
        "body": {"$at": [[0, {"children": {"$at": [[1, {"runs": {"$at": [[0, {"text": {"$s": [40, 0, "x"]}}]]}}]]}}]]}
    }
    assert diff(new, old) == {
        "body": {"$at": [[0, {"children": {"$at": [[1, {"runs": {"$at": [[0, {"text": {"$s": [40, 1, ""]}}]]}}]]}}]]}
    }
    assert diff(*edited(nested_field)) == {"date": {"day": 15}}
    assert diff(*edited(list_insert)) == {"bases": {"$splice": [1, 0, ["Thông tư 12/2019/TT-BNV"]]}}
    assert diff(*edited(list_delete)) == {"bases": {"$splice": [0, 1, []]}}
    assert diff(*edited(field_removed)) == {"number": {"$delete": 1}}
    assert diff(*edited(dict_added)) == {"profile": {"$v": {"place": "Nam Từ Liêm", "$x": {"$v": 2}}}}
    assert diff(*edited(odd_key_changed)) == {"$$odd key": {"$v": {"$delete": 1}}}
    assert diff(*edited(bool_not_int)) == {
        "body": {"$at": [[0, {"children": {"$at": [[0, {"runs": {"$at": [[0, {"bold": 0}]]}}]]}}]]}
    }
    # A short string is replaced whole.
    assert diff({"head_name": ""}, {"head_name": "Phạm Văn Long"}) == {"head_name": "Phạm Văn Long"}
    assert diff(plan_like(), plan_like()) is NO_CHANGE


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    yield s
    s.close()


def test_history_of_a_plan_saved_many_times_is_every_saved_version(store):
    repo = PlanRepository(store)
    plan_id = repo.create(long_plan())
    saved = [audit.plain(repo.get(plan_id).to_dict())]
    for n in range(25):
        plan = repo.get(plan_id)
        paragraph = plan.body[n % 2].children[0].children[0]
        paragraph.runs[0].text = paragraph.runs[0].text[:30] + "abc"[n % 3] + paragraph.runs[0].text[30:]
        if n == 10:
            plan.title += " (sửa đổi)"
        if n == 20:
            del plan.body[1].children[0].children[1:]
        repo.save(plan)
        saved.append(audit.plain(repo.get(plan_id).to_dict()))
    repo.delete(plan_id)

    versions = history(store, "plans", plan_id)
    assert [v.action for v in versions] == ["insert"] + ["update"] * 25 + ["delete"]
    assert all(equal(v.record, want) for v, want in zip(versions[:-1], saved, strict=True))
    assert versions[-1].record is None
    assert all(v.user == store.user and v.at.startswith("20") for v in versions)

    sizes = [s for (s,) in store.conn.execute(
        "SELECT length(before) + length(after) FROM audit_log WHERE table_name = 'plans' AND action = 'update' "
        "ORDER BY id"
    )]  # fmt: skip
    assert len(json.dumps(saved[0], ensure_ascii=False)) > 15000
    # The typed letters and their place, not the plan twice; the removed paragraphs are kept whole
    # in the change back (so that version can be rebuilt from the newer ones too).
    assert max(sizes[:20] + sizes[21:]) < 400
    assert 1000 < sizes[20] < 15000


def test_an_update_keeps_the_changed_fields_both_ways(store):
    units = UnitRepository(store)
    unit_id = units.add(Unit(name="Trường THCS Nam Từ Liêm", level="thcs"))
    unit = units.get(unit_id)
    unit.head_name = "Phạm Văn Long"
    units.update(unit)
    before, after, changes_only = store.conn.execute(
        "SELECT before, after, changes_only FROM audit_log WHERE table_name = 'units' AND action = 'update'"
    ).fetchone()
    assert (json.loads(before), json.loads(after), changes_only) == (
        {"head_name": ""}, {"head_name": "Phạm Văn Long"}, 1
    )
    units.add_people([Person(full_name="Lê Văn Hải", unit_id=unit_id)])
    units.delete(unit_id)
    versions = history(store, "units", unit_id)
    assert [v.action for v in versions] == ["insert", "update", "delete"]
    assert versions[0].record["head_name"] == "" and versions[1].record["head_name"] == "Phạm Văn Long"
    assert versions[1].record["name"] == "Trường THCS Nam Từ Liêm" and versions[2].record is None


def test_history_reads_old_full_rows_and_new_change_rows_alike(db_path):
    old = open_store(db_path, stop_before="m003_audit_changes")  # a file from before the change
    repo = PlanRepository(old)
    plan_id = repo.create(long_plan())
    plan = repo.get(plan_id)
    plan.title = "Kế hoạch trước nâng cấp"
    repo.save(plan)
    saved = [audit.plain(repo.get(plan_id).to_dict())]
    old.close()

    store = open_store(db_path)
    try:
        rows = store.conn.execute("SELECT changes_only, length(after) FROM audit_log ORDER BY id").fetchall()
        assert [r[0] for r in rows] == [0, 0] and rows[1][1] > 15000  # full records, as they were
        repo = PlanRepository(store)
        for title in ("Kế hoạch sau nâng cấp", "Kế hoạch sau nâng cấp lần hai"):
            plan = repo.get(plan_id)
            plan.title = title
            repo.save(plan)
            saved.append(audit.plain(repo.get(plan_id).to_dict()))
        versions = history(store, "plans", plan_id)
        assert [v.action for v in versions] == ["insert", "update", "update", "update"]
        assert versions[0].record["title"] != "Kế hoạch trước nâng cấp"
        assert all(equal(v.record, want) for v, want in zip(versions[1:], saved, strict=True))
        new_rows = store.conn.execute("SELECT changes_only, after FROM audit_log WHERE id > 2 ORDER BY id").fetchall()
        assert new_rows[-1] == (1, '{"title":"Kế hoạch sau nâng cấp lần hai"}')
    finally:
        store.close()


def test_a_log_without_its_first_row_is_reported(store):
    store.conn.execute(
        "INSERT INTO audit_log (at, user, table_name, row_id, action, before, after, changes_only) "
        "VALUES ('2026-01-01T00:00:00+00:00', 'vt', 'plans', 7, 'update', '{}', '{\"title\":\"x\"}', 1)"
    )
    with pytest.raises(audit.StoreError) as info:
        history(store, "plans", 7)
    assert info.value.message == (
        "Nhật ký thay đổi của bản ghi 7 (bảng plans) không đầy đủ: "
        "thiếu bản ghi đầu tiên nên không dựng lại được các phiên bản."
    )
