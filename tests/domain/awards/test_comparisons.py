"""Who a nomination is compared with, and who a change of one touches (its inverse)."""

from __future__ import annotations

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.comparisons import Comparisons
from thiduadesk.domain.awards.model import Initiative, Nomination

YEAR = "2023-2024"


def nom(i, name, unit, award=c.LDTT, **kw):
    return Nomination(YEAR, award, name, unit, rating=c.HTT, id=i, **kw)


NOMS = [
    nom(1, "Trần Văn An", "Trường Tiểu học Nguyễn Du"),
    nom(2, "Lê Thị Bình", "Trường Tiểu học Nguyễn Du", c.CSTDCS),
    # the school as a collective, proposed by the office: compared with the school's people
    nom(3, "Trường Tiểu học Nguyễn Du", "Phòng Giáo dục và Đào tạo", c.TT_LDTT, collective=True),
    nom(4, "Vũ Minh Châu", "Trường THCS Lê Quý Đôn", initiatives=[Initiative("Dạy học theo dự án")]),
    nom(5, "Đỗ Thu Hà", "Trường Mầm non Hoa Sen", initiatives=[Initiative("dạy học theo DỰ ÁN")]),
    nom(6, "Ngô Văn Dũng", "Trường Mầm non Hoa Sen"),
    nom(7, "Phạm Thị Én", "Trường THCS Đức Thắng"),
]


def test_a_nomination_is_compared_with_its_unit_itself_as_a_collective_and_its_initiative():
    cmp = Comparisons(NOMS)
    by_id = {n.id: n for n in NOMS}
    assert cmp.of(by_id[1]) == {1, 2}
    assert cmp.of(by_id[3]) == {1, 2, 3}  # the collective and the people of the school it names
    assert cmp.of(by_id[4]) == {4, 5}  # the same initiative, in any case
    assert cmp.of(by_id[5]) == {4, 5, 6}
    assert cmp.of(by_id[7]) == {7}


def test_what_a_change_touches_is_of_turned_around():
    cmp = Comparisons(NOMS)
    for m in NOMS:
        assert cmp.touched_by([m]) == {n.id for n in NOMS if m.id in cmp.of(n)}, m.name
    assert cmp.touched_by([NOMS[0]]) == {1, 2, 3}  # a teacher's change reaches the school's collective
    assert [n.id for n in cmp.needed_for({1})] == [1, 2]
    assert [n.id for n in cmp.needed_for({3, 7})] == [1, 2, 3, 7]
