"""Forms through the operations (what the GUI's dialogs call): a refused value is a message and
changes nothing; names match by the one rule (case-insensitive, tones significant)."""

from __future__ import annotations

import pytest

from thiduadesk.domain.model import Person, Unit
from thiduadesk.ops import units as unit_ops
from thiduadesk.ops.data import open_data
from thiduadesk.store.errors import ValidationError

NAME = "Trường Mầm non Cầu Diễn"


@pytest.fixture
def store(data_file):
    opened = open_data(data_file)
    yield opened
    opened.close()


@pytest.mark.parametrize("unit, message", [
    (Unit(name=NAME.upper(), level="mam_non"), f"Đã có đơn vị tên “{NAME}”. Hãy đặt tên khác."),
    (Unit(name="  trường mầm non   cầu diễn ", level="mam_non"), f"Đã có đơn vị tên “{NAME}”. Hãy đặt tên khác."),
    (Unit(name="   ", level="thcs"), "Tên đơn vị không được để trống."),
    (Unit(name="Trường X", level="dai_hoc"), "Cấp học không hợp lệ: 'dai_hoc'."),
])
def test_a_refused_unit_form_changes_nothing(store, unit, message):
    count = unit_ops.counts(store)
    with pytest.raises(ValidationError) as info:
        unit_ops.add_unit(store, unit)
    assert info.value.message == message
    assert unit_ops.counts(store) == count


def test_a_name_differing_only_by_tones_is_another_unit(store):
    unit_ops.add_unit(store, Unit(name="Trường Mầm non Cầu Diên", level="mam_non"))
    assert unit_ops.repository(store).near_matches("Trường Mầm non Cầu Diên")[0].name == NAME


def test_renaming_onto_another_unit_in_other_capitals_is_refused(store):
    repo = unit_ops.repository(store)
    first, second = [u for u, _ in unit_ops.list_units(store)][:2]
    renamed = Unit(**{**first.__dict__, "name": second.name.upper()})
    with pytest.raises(ValidationError) as info:
        unit_ops.update_unit(store, renamed)
    assert info.value.message == f"Đã có đơn vị tên “{second.name}”. Hãy đặt tên khác."
    assert repo.get(first.id) == first


@pytest.mark.parametrize("person, message", [
    (Person(full_name="Lê Văn A", birth_year=1800), "Năm sinh không hợp lệ: 1800."),
    (Person(full_name=" ", birth_year=1980), "Họ và tên không được để trống."),
    (Person(full_name="Lê Văn A", gender="x"), "Giới tính không hợp lệ: 'x'."),
])
def test_a_refused_person_form_changes_nothing(store, person, message):
    count = unit_ops.counts(store)
    person.unit_id = unit_ops.list_units(store)[0][0].id
    with pytest.raises(ValidationError) as info:
        unit_ops.add_person(store, person)
    assert info.value.message == message
    assert unit_ops.counts(store) == count
