"""Importing a plan asks one question, the same in both front ends: already issued, or the start
of a new draft? The command line (``--issued`` / default) and the Kế hoạch tab store the same plan."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from tests.conftest import SAMPLES_DIR
from thiduadesk.cli import main
from thiduadesk.ops import register as register_ops
from thiduadesk.store.db import open_store
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.profile import save_profile

NAMTULIEM = Path(SAMPLES_DIR) / "plan_namtuliem_2022.txt"
SADEC = Path(SAMPLES_DIR) / "plan_sadec_2022.txt"


def stored_plan(store, plan_id: int) -> dict:
    data = PlanRepository(store).get(plan_id).to_dict()
    data.pop("id", None)
    return data


def register_rows(store) -> list[dict]:
    return [{k: v for k, v in asdict(e).items() if k not in ("id", "plan_id")}
            for e in register_ops.list_entries(store)]


def cli_import(tmp_path, profile, path: Path, *extra: str) -> tuple[dict, list[dict]]:
    db = tmp_path / "cli.sqlite"
    store = open_store(db)
    save_profile(store, profile)
    store.close()
    assert main(["--db", str(db), "plan", "import", str(path), *extra]) == 0
    store = open_store(db)
    try:
        plan_id = max(s.id for s in PlanRepository(store).list())
        return stored_plan(store, plan_id), register_rows(store)
    finally:
        store.close()


@pytest.mark.parametrize(("answer", "flags"), [("draft", ()), ("issued", ("--issued",))])
def test_cli_and_gui_store_the_same_plan(view, store, profile, answers, tmp_path, capsys, answer, flags):
    answers.choice_answers.append(answer)
    plan_id = view.import_file(NAMTULIEM)
    assert plan_id is not None
    title, text, keys, default = answers.choices[-1]
    assert keys == ["draft", "issued"] and default == "draft"
    assert "06/KH-PGDĐT" in text and "05/01/2022" in text
    gui_plan, gui_register = stored_plan(store, plan_id), register_rows(store)

    cli_plan, cli_register = cli_import(tmp_path, profile, NAMTULIEM, *flags)
    capsys.readouterr()
    assert gui_plan == cli_plan
    assert gui_register == cli_register
    if answer == "issued":
        assert (gui_plan["number"], gui_plan["date"]) == (6, {"day": 5, "month": 1, "year": 2022})
        assert [(r["number"], r["symbol"], r["doc_date"]) for r in gui_register] == [(6, "KH-PGDĐT", "2022-01-05")]
        assert view.editor.read_only  # kept as issued: locked
    else:
        assert (gui_plan["number"], gui_plan["date"]) == (None, {"day": None, "month": 1, "year": 2022})
        assert gui_register == []


def test_a_file_without_a_number_is_a_draft_without_a_question(view, store, profile, answers, tmp_path, capsys):
    plan_id = view.import_file(SADEC)
    assert answers.choices == []  # "Số:" is blank: nothing to ask
    cli_plan, _ = cli_import(tmp_path, profile, SADEC)
    capsys.readouterr()
    assert stored_plan(store, plan_id) == cli_plan


def test_cancelling_the_question_imports_nothing(view, store, answers):
    answers.choice_answers.append("")
    assert view.import_file(NAMTULIEM) is None
    assert PlanRepository(store).list() == []
