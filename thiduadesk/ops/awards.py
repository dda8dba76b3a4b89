"""The clerk's award actions: import a school's list (nominations, or awards already conferred),
check a year against the law in force, record the council's votes and the decision, print the
papers. Each is one call; the open views are told (changes.AWARDS)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from thiduadesk.domain.awards import catalogue as c
from thiduadesk.domain.awards.comparisons import Comparisons
from thiduadesk.domain.awards.engine import check_year as run_rules
from thiduadesk.domain.awards.model import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    PROPOSED,
    CheckResult,
    Nomination,
)
from thiduadesk.domain.model import Unit
from thiduadesk.domain.text import fold
from thiduadesk.ops import changes
from thiduadesk.ops.errors import FileRefused
from thiduadesk.store.award_queries import AwardQueries, NominationQuery
from thiduadesk.store.awards import AwardRepository, parse_school_year
from thiduadesk.store.db import Store
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.units import UnitRepository

PAPERS = ("list", "proposal", "minutes", "decision")


def repository(store: Store) -> AwardRepository:
    return AwardRepository(store)


@dataclass
class ImportReport:
    """What an import did, or would have done: every row's errors (Excel row numbers), the
    units created. ``added`` is 0 when any row has an error (nothing is taken)."""

    rows: int = 0
    added: int = 0
    errors: list[tuple[int, list[str]]] = field(default_factory=list)
    units_created: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    conferred: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def read_list(path: str | Path, school_year: str, **layout):
    """An award list read from .xlsx/.xls/.ods, nothing stored (for the preview). ``layout``:
    the columns mapped by hand (``mapping``, ``header_row``, ``sheet_index`` of read_award_list)."""
    from thiduadesk.exchange.award_lists import AwardListError, read_award_list

    try:
        return read_award_list(path, parse_school_year(school_year), **layout)
    except AwardListError as exc:
        raise FileRefused(exc.message) from exc
    except OSError as exc:
        raise FileRefused(_unreadable(path, exc)) from exc


def sheet_previews(path: str | Path):
    """The first rows of every sheet of a list, for mapping its columns by hand."""
    from thiduadesk.exchange.award_lists import AwardListError
    from thiduadesk.exchange.award_lists import sheet_previews as previews

    try:
        return previews(path)
    except AwardListError as exc:
        raise FileRefused(exc.message) from exc
    except OSError as exc:
        raise FileRefused(_unreadable(path, exc)) from exc


def _unreadable(path: str | Path, exc: OSError) -> str:
    return f"Không đọc được tệp «{Path(path).name}»: {exc.strerror or exc}."


def list_fields() -> dict[str, str]:
    """The columns an award list can have: field → the standard template's header."""
    from thiduadesk.exchange.award_lists import COLUMNS

    return {f: aliases[0] for f, aliases in COLUMNS.items()}


def unknown_units(store: Store, names: list[str]) -> list[str]:
    """The names of units not yet in the unit list (each once, in the order given)."""
    units, seen, out = UnitRepository(store), set(), []
    for name in names:
        key = fold(name)
        if name and key not in seen and units.find_by_name(name) is None:
            seen.add(key)
            out.append(name)
    return out


def _level_of(name: str) -> str:
    f = fold(name)
    for words, level in (("mam non", "mam_non"), ("tieu hoc", "tieu_hoc"), ("thcs", "thcs"),
                         ("trung hoc co so", "thcs"), ("lien cap", "lien_cap"), ("tieu hoc va trung hoc", "lien_cap")):
        if words in f:
            return level
    return "khac"


def import_list(store: Store, path: str | Path, school_year: str, *, conferred: bool = False,
                create_units: bool = True, **layout) -> ImportReport:
    """Every row, or nothing: a file with any row in error writes nothing and the report lists
    each. Units not yet in the list are created (and named in the report); with
    ``create_units=False`` an unknown unit is a row error."""
    result = read_list(path, school_year, **layout)
    report = ImportReport(rows=len(result.rows), notes=list(result.notes), conferred=conferred)
    report.errors = [(r.row_number, list(r.errors)) for r in result.rows if r.errors]
    units = UnitRepository(store)
    known: dict[str, Unit | None] = {}  # a list names its sixty schools 2,500 times: each looked up once

    def unit_named(name: str) -> Unit | None:
        if name not in known:
            known[name] = units.find_by_name(name)
        return known[name]

    missing = {}
    for row in result.rows:
        n = row.nomination
        if n is None or not n.unit:
            continue
        if unit_named(n.unit) is None:
            missing.setdefault(fold(n.unit) + "|" + n.unit.casefold(), (row.row_number, n.unit))
    if not create_units:
        for number, name in missing.values():
            report.errors.append((number, [f"đơn vị «{name}» chưa có trong danh sách đơn vị"]))
    if report.errors or not result.rows:
        if not result.rows:
            report.errors.append((result.header_row, ["danh sách không có dòng nào"]))
        report.errors.sort()
        return report
    noms = result.nominations
    repo = AwardRepository(store)
    with changes.batch(store), store.transaction():
        for n in noms:
            unit = unit_named(n.unit)
            if unit is None:
                unit_id = units.add(Unit(name=n.unit, level=_level_of(n.unit)))
                report.units_created.append(units.get(unit_id).name)
                unit = units.get(unit_id)
                known.clear()  # other spellings of that name now find it
            n.unit_id, n.unit = unit.id, unit.name
            if n.collective and fold(n.name) == fold(unit.name):
                n.name = unit.name
        if conferred:
            repo.add_conferred(noms)
        else:
            repo.add_nominations(noms)
        report.added = len(noms)
        _refresh_checks(store, school_year, later_years=conferred)
        changes.publish(store, changes.AWARDS, *([changes.UNITS] if report.units_created else []))
    return report


def _refresh_checks(store: Store, school_year: str, later_years: bool = False) -> None:
    """The list's check column brought up to date after a change of the year's nominations (or,
    for a change of history, of that year and the years after it, whose rules read it)."""
    year = parse_school_year(school_year)
    years = [y for y in AwardQueries(store).years() if y > year] if later_years else []
    with store.transaction():
        for y in (year, *years):
            AwardQueries(store).save_checks(check_year(store, y))


def refresh_all_checks(store: Store) -> None:
    """Every school year's check column brought up to date (after demo data is written)."""
    with store.transaction():
        for year in AwardQueries(store).years():
            AwardQueries(store).save_checks(check_year(store, year))


def _run_rules(store: Store, year: str, noms: list[Nomination]) -> list[CheckResult]:
    """The rules over ``noms`` (of one year, in id order) with the history of those nominees."""
    repo = AwardRepository(store)
    units = UnitRepository(store)
    for n in noms:
        if n.collective and not n.members and n.unit_id is not None:
            # a collective's size from its people in the unit list, where the list gave none
            n.members = len(units.list_people(n.unit_id)) or None
    history = repo.history(year, [n.name for n in noms]) if noms else []
    return run_rules(noms, history, repo.settings(year), repo.used_initiatives(year))


def _recheck(store: Store, school_year: str, changed: list[Nomination]) -> None:
    """The check column after a change of ``changed`` (votes, a delete) that leaves the rest of the
    year as it was: only the nominations compared with them are checked again, among what their
    own rules compare them with (a unit's list, not the year's). The caller holds the transaction."""
    year = parse_school_year(school_year)
    comparisons = Comparisons(AwardRepository(store).list(year, order="id"))
    touched = comparisons.touched_by(changed)
    results = _run_rules(store, year, comparisons.needed_for(touched))
    AwardQueries(store).save_checks([r for r in results if r.nomination.id in touched])


def check_year(store: Store, school_year: str, *, record: bool = False) -> list[CheckResult]:
    """Every nomination of the year checked by the regime in force at its end. With ``record``,
    nominations not yet past the council get status eligible / not eligible (and the list's check
    column is rewritten)."""
    year = parse_school_year(school_year)
    repo = AwardRepository(store)
    results = _run_rules(store, year, repo.list(year, order="id"))
    if record:
        updates = {}
        for res in results:
            n = res.nomination
            status = ELIGIBLE if res.eligible else NOT_ELIGIBLE
            if n.status in (PROPOSED, ELIGIBLE, NOT_ELIGIBLE) and n.status != status:
                updates.setdefault(status, []).append(n.id)
        for status, ids in updates.items():
            repo.set_status(ids, status, eligible={i: status == ELIGIBLE for i in ids})
        AwardQueries(store).save_checks(results)
        changes.publish(store, changes.AWARDS, ids={changes.AWARDS: [i for ids in updates.values() for i in ids]})
    return results


def chosen_ids(store: Store, school_year: str, ids: list[int] | None) -> list[int]:
    """The nominations a council step applies to: ``ids`` checked to be of that year, or, with
    none given, every nomination of the year that meets the rules and has no decision yet."""
    from thiduadesk.domain.awards.model import DECIDED

    year = parse_school_year(school_year)
    if ids is None:
        chosen = [r.nomination.id for r in check_year(store, year)
                  if r.eligible and r.nomination.status != DECIDED]
        if not chosen:
            raise ValidationError(f"Năm học {year} không có đề nghị nào đủ điều kiện mà chưa có quyết định. Không có "
                                  "gì thay đổi.")
        return chosen
    known = {r["id"] for r in AwardQueries(store).page(NominationQuery(year), sort="id", limit=-1)}
    stray = [i for i in ids if i not in known]
    if stray:
        raise ValidationError(f"Năm học {year} không có đề nghị số {', '.join(map(str, stray))} (xem «awards check "
                              "--json»). Không có gì thay đổi.")
    return list(dict.fromkeys(ids))


def record_votes(store: Store, ids: list[int], votes_for: int, votes_total: int) -> None:
    from thiduadesk.domain.awards.model import REVIEWED

    repo = AwardRepository(store)
    with store.transaction():
        repo.set_votes(ids, votes_for, votes_total)
        repo.set_status(ids, REVIEWED)
        changed = [repo.get(i) for i in ids]
        for year in sorted({n.school_year for n in changed}):
            _recheck(store, year, [n for n in changed if n.school_year == year])
    changes.publish(store, changes.AWARDS, ids={changes.AWARDS: ids})


def record_decision(store: Store, ids: list[int], number: str, date: str) -> None:
    repo = AwardRepository(store)
    with store.transaction():
        repo.record_decision(ids, number, date)
        for year in sorted({repo.get(i).school_year for i in ids}):
            _refresh_checks(store, year, later_years=True)  # the conferred awards are next years' history
    changes.publish(store, changes.AWARDS, ids={changes.AWARDS: ids})


def counts(results: list[CheckResult]) -> dict[str, tuple[int, int]]:
    """Award code → (eligible, proposed)."""
    out: dict[str, list[int]] = {}
    for res in results:
        pair = out.setdefault(res.nomination.award, [0, 0])
        pair[0] += int(res.eligible)
        pair[1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(out.items(), key=lambda kv: c.BY_CODE[kv[0]].order
                                                    if kv[0] in c.BY_CODE else 99)}


def _paper(store: Store, school_year: str, paper: str, *, eligible_only: bool = True):
    """(the paper as an OfficialDocument, the nominations it names)."""
    from thiduadesk.documents import award_papers
    from thiduadesk.domain.model import OfficeProfile
    from thiduadesk.store.profile import load_profile

    if paper not in PAPERS:
        raise ValueError(paper)
    year = parse_school_year(school_year)
    repo = AwardRepository(store)
    results = check_year(store, year)
    chosen: list[Nomination] = [r.nomination for r in results if r.eligible or not eligible_only]
    profile = load_profile(store) or OfficeProfile()
    return award_papers.build(paper, profile, year, chosen, repo.settings(year)), chosen


def award_paper(store: Store, school_year: str, paper: str):
    """The paper as an OfficialDocument (draft), from the year's eligible nominations."""
    return _paper(store, school_year, paper)[0]


def award_pdf(store: Store, school_year: str, paper: str) -> bytes:
    from thiduadesk.documents.paper_pdf import attached_list_pdf_bytes, paper_pdf_bytes

    doc = award_paper(store, school_year, paper)
    return attached_list_pdf_bytes(doc, 0) if paper == "list" else paper_pdf_bytes(doc)


def save_award_paper(store: Store, school_year: str, paper: str) -> int:
    """The paper stored as a draft (papers table), ready to issue with ops.issuing.issue_paper."""
    return _save_draft(store, award_paper(store, school_year, paper))


def _save_draft(store: Store, doc) -> int:
    from thiduadesk.store.papers import PaperRepository

    paper_id = PaperRepository(store).create(doc)
    changes.publish(store, changes.PAPERS, ids={changes.PAPERS: [paper_id]})
    return paper_id


@dataclass
class IssuedAwardPaper:
    """An award paper issued from the outgoing register: its entry (number and date), and the
    nominations it names (for a decision: those to record as decided with that number)."""

    entry: object  # domain.register.RegisterEntry
    paper_id: int
    nomination_ids: list[int]


def issue_award_paper(store: Store, school_year: str, paper: str, date) -> IssuedAwardPaper:
    """The submission, minutes or decision of the year numbered from the outgoing register, its
    PDF archived (ops.issuing: the same issuing as every paper)."""
    from thiduadesk.ops.issuing import issue_paper

    if paper == "list":
        raise ValueError("a list goes out attached to its decision or submission")
    doc, named = _paper(store, school_year, paper)  # the year checked once, for the paper and its ids
    with changes.batch(store), store.transaction():  # no draft left behind when issuing is refused
        paper_id = _save_draft(store, doc)
        entry = issue_paper(store, paper_id, date)
    return IssuedAwardPaper(entry, paper_id, [n.id for n in named])


def write_template(path: str | Path, store: Store | None = None, school_year: str | None = None) -> Path:
    """The standard list for schools (empty), or a year's nominations in it (export)."""
    from thiduadesk.exchange.award_lists import write_template as write

    noms = AwardRepository(store).list(school_year) if store is not None and school_year else []
    return write(path, noms)


def write_award_pdf(store: Store, school_year: str, paper: str, path: str | Path) -> Path:
    from thiduadesk.ops.files import write_file

    return write_file(path, award_pdf(store, school_year, paper))


@dataclass
class NomineeCard:
    """What the nominee's card shows: the nomination, the awards of earlier years, the rule
    results (with what is missing and what could come next year)."""

    nomination: Nomination
    history: list
    result: CheckResult


def nominee_card(store: Store, nomination_id: int) -> NomineeCard:
    repo = AwardRepository(store)
    n = repo.get(nomination_id)
    related = Comparisons(repo.list(n.school_year, order="id")).needed_for({n.id})  # not the whole year: 0.9 → 0.2 s
    result = next(r for r in _run_rules(store, n.school_year, related) if r.nomination.id == nomination_id)
    return NomineeCard(n, repo.history_of(n.name, n.unit, n.birth_date), result)


def year_settings(store: Store, school_year: str):
    """(the settings saved for the year, the same with the regime's defaults filled in)."""
    from thiduadesk.domain.awards.regimes import regime_for

    saved = AwardRepository(store).settings(school_year)
    return saved, regime_for(parse_school_year(school_year)).settings(saved)


def change_settings(store: Store, school_year: str, **values) -> None:
    """Set some settings of a school year (percentages, thresholds, cap, base salary); ``None``
    values are left as they are."""
    repo = AwardRepository(store)
    settings = repo.settings(school_year)
    for key, value in values.items():
        if value is not None:
            setattr(settings, key, value)
    with store.transaction():
        repo.save_settings(school_year, settings)
        _refresh_checks(store, school_year)
    changes.publish(store, changes.AWARDS, changes.SETTINGS)


# -- the award tab's list ------------------------------------------------------------------------


def queries(store: Store) -> AwardQueries:
    return AwardQueries(store)


def nominations_page(store: Store, query: NominationQuery, *, sort: str = "name", descending: bool = False,
                     offset: int = 0, limit: int = 200) -> list[dict]:
    return AwardQueries(store).page(query, sort=sort, descending=descending, offset=offset, limit=limit)


def delete_nominations(store: Store, ids: list[int]) -> None:
    """Delete proposals not yet decided (all or none); the year's checks follow."""
    repo = AwardRepository(store)
    with store.transaction():
        gone = [repo.get(i) for i in ids]
        for i in ids:
            repo.delete(i)
        for year in sorted({n.school_year for n in gone}):
            _recheck(store, year, [n for n in gone if n.school_year == year])
    changes.publish(store, changes.AWARDS, ids={changes.AWARDS: list(ids)})


def export_list(store: Store, query: NominationQuery, path: str | Path) -> Path:
    """The nominations the list shows, in the standard template (Excel)."""
    from thiduadesk.exchange.award_lists import write_template as write

    ids = {r["id"] for r in AwardQueries(store).page(query, sort="id", limit=-1)}
    return write(path, [n for n in AwardRepository(store).list(query.school_year) if n.id in ids])
