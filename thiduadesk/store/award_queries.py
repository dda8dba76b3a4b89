"""The award tab's reads: one school year's nominations filtered, searched, sorted and counted in
SQL, a page at a time, so the list stays instant with tens of thousands of rows over the years.
And the one derived write: the outcome of the last rule check kept beside each nomination."""

from __future__ import annotations

import json
from dataclasses import dataclass

from thiduadesk.domain.awards.model import CheckResult
from thiduadesk.domain.text import fold
from thiduadesk.store.awards import parse_school_year
from thiduadesk.store.db import Store

# What the list can be sorted by → the SQL that sorts it (the name by Vietnamese order).
SORTS = {
    "name": "sort_key",
    "birth_date": "birth_date",
    "position": "position",
    "unit": "unit_name",
    "award": "(SELECT ord FROM award_kinds k WHERE k.code = nominations.award)",
    "rating": "rating",
    "status": "status",
    "check": "eligible",
    "votes": "CAST(votes_for AS REAL) / NULLIF(votes_total, 0)",
    "id": "id",
}
LIST_COLUMNS = ("id", "school_year", "award", "collective", "name", "birth_date", "position", "unit_id",
                "unit_name", "rating", "initiatives", "discipline", "votes_for", "votes_total", "status",
                "eligible", "check_note", "decision_number", "decision_date")


@dataclass(frozen=True)
class NominationQuery:
    """Which nominations of a school year the list shows. ``eligible``: None = all, True = those
    that pass the rules, False = those that fail (not yet checked counts as neither)."""

    school_year: str
    unit_id: int | None = None
    award: str | None = None
    status: str | None = None
    eligible: bool | None = None
    search: str = ""

    def where(self) -> tuple[str, list]:
        where, params = ["school_year = ?"], [parse_school_year(self.school_year)]
        for column, value in (("unit_id", self.unit_id), ("award", self.award), ("status", self.status)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if self.eligible is not None:
            where.append("eligible = ?")
            params.append(int(self.eligible))
        for word in fold(self.search).split():  # every word, tones and case ignored
            where.append("search_fold LIKE ? ESCAPE '\\'")
            params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        return " AND ".join(where), params


class AwardQueries:
    def __init__(self, store: Store):
        self.conn = store.conn

    def count(self, query: NominationQuery) -> int:
        where, params = query.where()
        return self.conn.execute(f"SELECT count(*) FROM nominations WHERE {where}", params).fetchone()[0]

    def page(self, query: NominationQuery, *, sort: str = "name", descending: bool = False,
             offset: int = 0, limit: int = 200) -> list[dict]:
        """Rows ``offset`` … ``offset + limit`` of the list, in the order asked (ties by name)."""
        where, params = query.where()
        direction = "DESC" if descending else "ASC"
        order = f"{SORTS.get(sort, 'sort_key')} {direction}, sort_key, id"
        cur = self.conn.execute(
            f"SELECT {', '.join(LIST_COLUMNS)} FROM nominations WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset))
        rows = [dict(zip(LIST_COLUMNS, r, strict=True)) for r in cur.fetchall()]
        for row in rows:
            row["initiatives"] = json.loads(row["initiatives"])
            row["collective"] = bool(row["collective"])
            row["eligible"] = None if row["eligible"] is None else bool(row["eligible"])
        return rows

    def totals(self, query: NominationQuery) -> list[tuple[str, str, int, int, int]]:
        """(award code, unit name, proposed, eligible, failing) for every award and proposing unit
        of the list — one query for both summaries (the eligibility filter is not applied: the
        totals say how many pass and fail)."""
        where, params = NominationQuery(query.school_year, unit_id=query.unit_id, award=query.award,
                                        status=query.status, search=query.search).where()
        return [tuple(r) for r in self.conn.execute(
            f"SELECT award, unit_name, count(*), coalesce(sum(eligible = 1), 0), coalesce(sum(eligible = 0), 0) "
            f"FROM nominations WHERE {where} GROUP BY award, unit_name", params)]

    def award_order(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT code, ord FROM award_kinds"))

    def years(self) -> list[str]:
        """School years that have nominations or conferred awards, newest first."""
        return [r[0] for r in self.conn.execute(
            "SELECT school_year FROM nominations UNION SELECT school_year FROM conferred_awards "
            "ORDER BY school_year DESC")]

    def units(self, school_year: str) -> list[tuple[int, str]]:
        """The proposing units of a year (id, name), by name."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT DISTINCT unit_id, unit_name FROM nominations WHERE school_year = ? AND unit_id IS NOT NULL "
            "ORDER BY unit_name", (parse_school_year(school_year),))]

    def save_checks(self, results: list[CheckResult]) -> None:
        """The rules' verdict beside each nomination. Derived data (the rules and the list give it
        back at any time), so it is not audited; the caller holds the transaction."""
        self.conn.executemany(
            "UPDATE nominations SET eligible = ?, check_note = ? WHERE id = ?",
            [(int(r.eligible), "; ".join(f.message for f in r.failures), r.nomination.id)
             for r in results if r.nomination.id is not None])


def summarise(totals, by: int, order: dict[str, int] | None = None) -> list[tuple[str, int, int, int]]:
    """Rows of ``AwardQueries.totals`` added up by award (``by=0``) or by unit (``by=1``)."""
    sums: dict[str, list[int]] = {}
    for row in totals:
        acc = sums.setdefault(row[by], [0, 0, 0])
        for i in range(3):
            acc[i] += row[2 + i]
    key = (lambda k: (order.get(k, 99), k)) if order is not None else (lambda k: k)
    return [(k, *sums[k]) for k in sorted(sums, key=key)]


def shown_count(totals, eligible: bool | None) -> int:
    """How many rows the list shows, from the totals of its filters (saves a count query)."""
    column = {None: 2, True: 3, False: 4}[eligible]
    return sum(row[column] for row in totals)
