"""Which nominations of a year the rules compare a nomination with: its unit (the unit's cap and
its votes, a collective's members), the same nominee (duplicates, the year's other titles) and the
same initiative (used once). A nomination's result among these is its result among all the year's
nominations, so a card, or the check after a change of a few rows, need not run the whole year."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from thiduadesk.domain.awards.model import Nomination
from thiduadesk.domain.text import match_key


def _units_of(n: Nomination) -> set[str]:
    """The units a nomination belongs to for its rules: a collective is also the unit it names."""
    return {match_key(n.unit), match_key(n.name)} if n.collective else {match_key(n.unit)}


def _titles_of(n: Nomination) -> set[str]:
    return {match_key(i.title) for i in n.initiatives} - {""}


class Comparisons:
    """The year's nominations indexed once by what the rules compare them on."""

    def __init__(self, noms: Iterable[Nomination]):
        self.noms = list(noms)
        self._by_unit: dict[str, list[Nomination]] = defaultdict(list)
        self._by_collective_name: dict[str, list[Nomination]] = defaultdict(list)
        self._by_person: dict[str, list[Nomination]] = defaultdict(list)
        self._by_title: dict[str, list[Nomination]] = defaultdict(list)
        for m in self.noms:
            self._by_unit[match_key(m.unit)].append(m)
            if m.collective:
                self._by_collective_name[match_key(m.name)].append(m)
            self._by_person[m.person_key].append(m)
            for title in _titles_of(m):
                self._by_title[title].append(m)

    def of(self, n: Nomination) -> set[int]:
        """The ids of the nominations ``n`` is compared with (``n`` included)."""
        found = {n.id}
        for unit in _units_of(n):
            found.update(m.id for m in self._by_unit.get(unit, ()))
        found.update(m.id for m in self._by_person.get(n.person_key, ()))
        for title in _titles_of(n):
            found.update(m.id for m in self._by_title.get(title, ()))
        return found

    def touched_by(self, changed: Iterable[Nomination]) -> set[int]:
        """The ids of the nominations compared with one of ``changed`` (whose result a change of
        those may alter: ``of`` turned around), ``changed`` included."""
        found: set[int] = set()
        for m in changed:
            found.add(m.id)
            unit = match_key(m.unit)
            found.update(n.id for n in self._by_unit.get(unit, ()))
            found.update(n.id for n in self._by_collective_name.get(unit, ()))  # a collective naming m's unit
            found.update(n.id for n in self._by_person.get(m.person_key, ()))
            for title in _titles_of(m):
                found.update(n.id for n in self._by_title.get(title, ()))
        return found

    def needed_for(self, ids: set[int]) -> list[Nomination]:
        """The nominations to check together so that each of ``ids`` gets its whole-year result
        (in the year's order)."""
        wanted = set()
        for n in self.noms:
            if n.id in ids:
                wanted |= self.of(n)
        return [n for n in self.noms if n.id in wanted]
