"""Award kinds, nominations per school year and conferred awards. Every write is one
transaction with its audit record; lists are filtered and sorted in SQL."""

from __future__ import annotations

import json
from dataclasses import asdict

from thiduadesk.domain.awards.model import (
    DECIDED,
    STATUSES,
    AwardSettings,
    Conferred,
    Initiative,
    Nomination,
)
from thiduadesk.domain.awards.model import parse_school_year as _parse_year
from thiduadesk.domain.dates import is_iso_date, screen_date
from thiduadesk.domain.text import clean_text, fold, match_key, name_sort_key, vi_sort_key
from thiduadesk.store.db import Store, utc_now
from thiduadesk.store.errors import ValidationError

_NOM_COLUMNS = ("school_year", "award", "collective", "name", "name_key", "unit_id", "unit_name", "birth_date",
                "position", "rating", "initiatives", "project", "discipline", "achievements", "note",
                "sector_years", "hard_area_years", "members", "votes_for", "votes_total", "status",
                "decision_number", "decision_date", "search_fold", "sort_key", "discipline_years", "woman")
_SETTINGS_KEY = "awards.settings."


def parse_school_year(text: str) -> str:
    try:
        return _parse_year(text)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


def _clean(n: Nomination) -> Nomination:
    data = n.to_dict()  # (asdict's deep copy was a tenth of a 2,500-row import)
    for key in ("name", "unit", "position", "project", "discipline", "achievements", "note", "decision_number"):
        data[key] = clean_text(data[key])
    data["initiatives"] = [Initiative(clean_text(i["title"]), i["level"], clean_text(i["decision"]))
                           for i in data["initiatives"] if clean_text(i["title"])]
    out = Nomination(**data)
    out.school_year = parse_school_year(out.school_year)
    if not out.name:
        raise ValidationError("Họ tên (hoặc tên tập thể) được đề nghị không được để trống.")
    if out.status not in STATUSES:
        raise ValidationError(f"Trạng thái không hợp lệ: {out.status!r}.")
    return out


def _row(n: Nomination) -> dict:
    return {
        "school_year": n.school_year, "award": n.award, "collective": int(n.collective), "name": n.name,
        "name_key": match_key(n.name), "unit_id": n.unit_id, "unit_name": n.unit, "birth_date": n.birth_date,
        "position": n.position, "rating": n.rating,
        "initiatives": json.dumps([asdict(i) for i in n.initiatives], ensure_ascii=False),
        "project": n.project, "discipline": n.discipline, "achievements": n.achievements, "note": n.note,
        "sector_years": n.sector_years, "hard_area_years": n.hard_area_years, "members": n.members,
        "votes_for": n.votes_for, "votes_total": n.votes_total, "status": n.status,
        "decision_number": n.decision_number, "decision_date": n.decision_date,
        "search_fold": fold(" ".join((n.name, n.unit, n.position))),
        "discipline_years": n.discipline_years, "woman": None if n.woman is None else int(n.woman),
        "sort_key": nominee_sort_key(n.name, n.collective),
    }


def nominee_sort_key(name: str, collective: bool) -> str:
    """People by given name (the Vietnamese way); collectives after them, by their whole name
    (a school's name does not end in a given name)."""
    return AFTER_PEOPLE + vi_sort_key(name) if collective else name_sort_key(name)


AFTER_PEOPLE = "\U0010ffff"  # above every weight of the collation keys


def _nomination(row) -> Nomination:
    return Nomination(
        school_year=row["school_year"], award=row["award"], name=row["name"], unit=row["unit_name"],
        birth_date=row["birth_date"], position=row["position"], collective=bool(row["collective"]),
        rating=row["rating"], initiatives=[Initiative(**i) for i in json.loads(row["initiatives"])],
        project=row["project"], discipline=row["discipline"], achievements=row["achievements"], note=row["note"],
        sector_years=row["sector_years"], hard_area_years=row["hard_area_years"], members=row["members"],
        votes_for=row["votes_for"], votes_total=row["votes_total"], status=row["status"],
        decision_number=row["decision_number"], decision_date=row["decision_date"], unit_id=row["unit_id"],
        discipline_years=row["discipline_years"], woman=None if row["woman"] is None else bool(row["woman"]),
        id=row["id"],
    )


def _conferred(row) -> Conferred:
    return Conferred(row["school_year"], row["award"], row["name"], row["unit_name"], row["birth_date"],
                     row["rating"], row["initiatives"], row["decision_number"])


class AwardRepository:
    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn

    def _rows(self, sql: str, params=()):
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    # -- kinds ------------------------------------------------------------------------------

    def kinds(self) -> list[dict]:
        """The award kinds stored: code, name, collective, and their data (abbreviations, …)."""
        return [{**r, "collective": bool(r["collective"]), "data": json.loads(r["data"])}
                for r in self._rows("SELECT * FROM award_kinds ORDER BY ord, code")]

    def _check_award(self, code: str) -> None:
        if self.conn.execute("SELECT 1 FROM award_kinds WHERE code = ?", (code,)).fetchone() is None:
            raise ValidationError(f"Không có hình thức khen thưởng mã «{code}».")

    # -- nominations --------------------------------------------------------------------------

    def add_nominations(self, nominations: list[Nomination]) -> list[int]:
        """All or nothing, one audit record each."""
        cleaned = [_clean(n) for n in nominations]
        now = utc_now()
        ids = []
        with self.store.transaction():
            for n in cleaned:
                self._check_award(n.award)
                row = _row(n)
                cur = self.conn.execute(
                    f"INSERT INTO nominations ({', '.join(_NOM_COLUMNS)}, created_at, updated_at) "
                    f"VALUES ({', '.join('?' * len(_NOM_COLUMNS))}, ?, ?)",
                    (*[row[c] for c in _NOM_COLUMNS], now, now),
                )
                n.id = cur.lastrowid
                ids.append(n.id)
                self.store.audit("nominations", n.id, "insert", None, n.to_dict())
        return ids

    def add_nomination(self, n: Nomination) -> int:
        return self.add_nominations([n])[0]

    def get(self, nomination_id: int) -> Nomination:
        rows = self._rows("SELECT * FROM nominations WHERE id = ?", (nomination_id,))
        if not rows:
            raise ValidationError(f"Không tìm thấy đề nghị số {nomination_id}.")
        return _nomination(rows[0])

    def list(self, school_year: str, *, award: str | None = None, unit_id: int | None = None,
             status: str | None = None, search: str = "", order: str = "name") -> list[Nomination]:
        where, params = ["school_year = ?"], [parse_school_year(school_year)]
        for column, value in (("award", award), ("unit_id", unit_id), ("status", status)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        for word in fold(search).split():
            where.append("search_fold LIKE ? ESCAPE '\\'")
            params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        order_sql = {"name": "sort_key, id", "id": "id"}.get(order, "sort_key, id")
        sql = f"SELECT * FROM nominations WHERE {' AND '.join(where)} ORDER BY {order_sql}"
        return [_nomination(r) for r in self._rows(sql, params)]

    def count(self, school_year: str | None = None) -> int:
        if school_year is None:
            return self.conn.execute("SELECT count(*) FROM nominations").fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM nominations WHERE school_year = ?",
                                 (parse_school_year(school_year),)).fetchone()[0]

    def _update(self, nomination_id: int, action: str, **values) -> None:
        before = self.get(nomination_id)
        sets = ", ".join(f"{k} = ?" for k in values)
        self.conn.execute(f"UPDATE nominations SET {sets}, updated_at = ? WHERE id = ?",
                          (*values.values(), utc_now(), nomination_id))
        self.store.audit("nominations", nomination_id, action, before.to_dict(), self.get(nomination_id).to_dict())

    def set_status(self, ids: list[int], status: str, *, eligible: dict[int, bool] | None = None) -> None:
        if status not in STATUSES:
            raise ValidationError(f"Trạng thái không hợp lệ: {status!r}.")
        with self.store.transaction():
            for i in ids:
                extra = {"eligible": int(eligible[i])} if eligible and i in eligible else {}
                self._update(i, "status", status=status, **extra)

    def set_votes(self, ids: list[int], votes_for: int, votes_total: int) -> None:
        if votes_total <= 0 or not 0 <= votes_for <= votes_total:
            raise ValidationError(f"Số phiếu không hợp lệ: {votes_for}/{votes_total} (số phiếu đồng ý từ 0 "
                                  "đến tổng số thành viên Hội đồng).")
        with self.store.transaction():
            for i in ids:
                self._update(i, "votes", votes_for=votes_for, votes_total=votes_total)

    def record_decision(self, ids: list[int], number: str, date: str) -> None:
        """Decided: the decision's number and date, and one conferred award per nomination."""
        number = clean_text(number)
        if not number:
            raise ValidationError("Cần số quyết định khen thưởng.")
        if not is_iso_date(date):
            raise ValidationError(f"Ngày quyết định không hợp lệ: «{date}» (cần một ngày có thật, dạng 2024-06-15).")
        noms = [self.get(i) for i in ids]
        done = [n for n in noms if n.status == DECIDED]
        if done:
            raise ValidationError(f"{done[0].name} ({done[0].school_year}) đã có Quyết định số {done[0].decision_number}: "
                                  "không ghi quyết định lần nữa. Không có gì thay đổi.")
        years = sorted({n.school_year for n in noms})
        marks = ",".join("?" * len(years))
        other = self.conn.execute(  # one number, one decision: same day, same school year(s)
            "SELECT school_year, decision_date FROM conferred_awards WHERE decision_number = ? AND source = 'decision' "
            f"AND (decision_date != ? OR school_year NOT IN ({marks})) LIMIT 1", (number, date, *years)).fetchone()
        if other is not None:
            raise ValidationError(f"Số quyết định «{number}» đã dùng cho quyết định ngày {screen_date(other[1])} "
                                  f"(năm học {other[0]}). Hãy kiểm tra lại số. Không có gì thay đổi.")
        with self.store.transaction():
            for i in ids:
                self._update(i, "decide", status=DECIDED, decision_number=number, decision_date=date)
                n = self.get(i)
                self._insert_conferred(n.school_year, n.award, n.collective, n.name, n.unit_id, n.unit, n.birth_date,
                                       n.rating, sum(1 for x in n.initiatives if x.recognised), number, date, i,
                                       "decision")

    def delete(self, nomination_id: int) -> None:
        n = self.get(nomination_id)
        if n.status == DECIDED:
            raise ValidationError("Đề nghị đã có quyết định khen thưởng nên không xoá được.")
        with self.store.transaction():
            self.conn.execute("DELETE FROM nominations WHERE id = ?", (nomination_id,))
            self.store.audit("nominations", nomination_id, "delete", n.to_dict(), None)

    # -- conferred awards (history) ---------------------------------------------------------------

    def _insert_conferred(self, year, award, collective, name, unit_id, unit_name, birth_date, rating, initiatives,
                          number, date, nomination_id, source) -> int:
        self._check_award(award)
        cur = self.conn.execute(
            "INSERT INTO conferred_awards (school_year, award, collective, name, name_key, unit_id, unit_name, "
            "birth_date, rating, initiatives, decision_number, decision_date, nomination_id, source, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (year, award, int(collective), name, match_key(name), unit_id, unit_name, birth_date, rating, initiatives,
             number, date, nomination_id, source, utc_now()),
        )
        after = {"school_year": year, "award": award, "name": name, "unit": unit_name, "birth_date": birth_date,
                 "decision_number": number, "source": source}
        self.store.audit("conferred_awards", cur.lastrowid, "insert", None, after)
        return cur.lastrowid

    def add_conferred(self, nominations: list[Nomination], *, source: str = "import") -> list[int]:
        """Awards conferred in a year (an imported or entered history), all or nothing."""
        cleaned = [_clean(n) for n in nominations]
        with self.store.transaction():
            return [self._insert_conferred(n.school_year, n.award, n.collective, n.name, n.unit_id, n.unit,
                                           n.birth_date, n.rating, sum(1 for x in n.initiatives if x.recognised),
                                           n.decision_number, n.decision_date, None, source) for n in cleaned]

    def history(self, up_to_year: str, names: list[str] | None = None) -> list[Conferred]:
        """Conferred awards of the years up to ``up_to_year``, of the given names (all when None)."""
        year = parse_school_year(up_to_year)
        if names is None:
            rows = self._rows("SELECT * FROM conferred_awards WHERE school_year <= ? ORDER BY school_year, id", (year,))
        else:
            keys = sorted({match_key(n) for n in names})
            rows = []
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                rows += self._rows(
                    f"SELECT * FROM conferred_awards WHERE school_year <= ? AND name_key IN ({','.join('?' * len(chunk))})"
                    " ORDER BY school_year, id", (year, *chunk))
        return [_conferred(r) for r in rows]

    def history_of(self, name: str, unit: str, birth_date: str = "") -> list[Conferred]:
        probe = Nomination("2000-2001", "", name, unit, birth_date=birth_date)
        return [h for h in self.history("2999-3000", [name]) if probe.same_nominee(h.person_key, h.birth_date)]

    def used_initiatives(self, before_year: str) -> dict[str, str]:
        """Initiatives already used by a decided nomination of an earlier year: title key → who, when."""
        out = {}
        for r in self._rows("SELECT school_year, name, initiatives FROM nominations WHERE school_year < ? AND "
                            "status = ? AND initiatives != '[]'", (parse_school_year(before_year), DECIDED)):
            for i in json.loads(r["initiatives"]):
                out.setdefault(match_key(i["title"]), f"{r['school_year']}, {r['name']}")
        return out

    # -- settings per school year ---------------------------------------------------------------

    def settings(self, school_year: str) -> AwardSettings:
        return AwardSettings.from_dict(self.store.get_setting(_SETTINGS_KEY + parse_school_year(school_year)))

    def save_settings(self, school_year: str, settings: AwardSettings) -> None:
        key = _SETTINGS_KEY + parse_school_year(school_year)
        before = self.store.get_setting(key)
        with self.store.transaction():
            self.store.set_setting(key, settings.to_dict())
            self.store.audit("settings", None, "update", {"key": key, "value": before},
                             {"key": key, "value": settings.to_dict()})
