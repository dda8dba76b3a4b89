"""The shared document model: symbol rule, signatures with stacked authority lines, round trip."""

from __future__ import annotations

import pytest

from thiduadesk.domain.dates import DocDate
from thiduadesk.domain.document import (
    Article,
    AttachedList,
    OfficialDocument,
    Paragraph,
    Recipient,
    Signer,
    document_from_dict,
    symbol_for,
)
from thiduadesk.domain.plan import Plan, plan_from_dict


@pytest.mark.parametrize(
    ("code", "office", "unit", "expected"),
    [
        ("KH", "PGDĐT", "", "KH-PGDĐT"),
        ("QĐ", "PGDĐT", "TĐKT", "QĐ-PGDĐT"),
        ("TTr", "UBND", "", "TTr-UBND"),
        ("BB", "PGDĐT", "", "BB-PGDĐT"),
        ("CV", "PGDĐT", "TĐKT", "PGDĐT-TĐKT"),  # a công văn has no kind abbreviation
        ("CV", "PGDĐT", "", "PGDĐT"),
        ("KH", "", "", "KH-"),
    ],
)
def test_symbol_rule(code, office, unit, expected):
    assert symbol_for(code, office, unit) == expected


def test_stacked_authority_lines_print_in_order():
    signer = Signer(authority="KT.", on_behalf_of="Chủ tịch", position="Phó Chủ tịch", name="Lê Văn Toàn",
                    above=["TM. Ủy ban nhân dân"])
    assert signer.title_lines() == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert signer.register_text() == "Lê Văn Toàn (TM. Ủy ban nhân dân - KT. Chủ tịch - Phó Chủ tịch)"
    assert Signer(position="Thư ký", name="Lê Thị Mai").title_lines() == ["THƯ KÝ"]
    assert Signer(authority="TL.", on_behalf_of="Trưởng phòng", position="Trưởng phòng").title_lines() == [
        "TL. TRƯỞNG PHÒNG"
    ]


def test_a_paper_round_trips_through_a_dict():
    doc = OfficialDocument(
        doc_type="QĐ", title="Về việc khen thưởng", number=3, symbol="QĐ-PGDĐT", date=DocDate(5, 1, 2026),
        summary="", competence="TRƯỞNG PHÒNG", bases=["Căn cứ Luật"], addressees=["A"],
        body=[Paragraph.plain("x"), Article(1, [])], recipients=[Recipient("Như Điều 3")],
        signatures=[Signer(position="Thư ký", name="B"), Signer(position="Chủ tọa", name="C")],
        attachments=[AttachedList("Danh sách", ["TT", "Họ và tên"], [["1", "An"], "I. NHÓM"])],
    )
    back = document_from_dict(doc.to_dict())
    assert back == doc
    assert back.signature.name == "C"  # the right-hand signer is the main one


def test_a_plan_stored_with_one_signature_reads_as_a_list():
    old = {"title": "KH", "signature": {"authority": "KT.", "position": "Phó Trưởng phòng", "name": "An",
                                        "on_behalf_of": "Trưởng phòng"}}
    plan = plan_from_dict(old)
    assert isinstance(plan, Plan) and len(plan.signatures) == 1
    assert plan.signature.title_lines() == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
    assert "signature" not in plan.to_dict() and plan.to_dict()["signatures"][0]["name"] == "An"
