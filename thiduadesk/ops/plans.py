"""The clerk's work on plans: import, new from a template, next year's copy, versions, drafts,
delete, issue, print and export. The command line and the Kế hoạch tab both call these.

Importing asks one question (:func:`asks_issued_question`): a file that carries its own number is
either a document already issued elsewhere — kept with its number and date, locked, and entered in
the outgoing register as an outside entry — or the start of a new draft. A new draft loses the
number and the day (they belong to the document it came from) and keeps the month and year of its
date line, which the clerk changes if the new plan is for another time. A file with no number is
a draft; nothing is asked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from thiduadesk.domain import plan_ops
from thiduadesk.domain.dates import DocDate
from thiduadesk.domain.model import apply_profile
from thiduadesk.domain.plan import Plan, Recipient
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import changes, deleted
from thiduadesk.ops.deleted import Deleted
from thiduadesk.ops.errors import FileRefused, as_store_errors
from thiduadesk.store.db import Store
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.plans import PlanRepository, PlanSummary
from thiduadesk.store.profile import load_profile

PLAN_FILE_SUFFIXES = (".docx", ".txt", ".md")


# -- reading -------------------------------------------------------------------------------------------


def get(store: Store, plan_id: int) -> Plan:
    return PlanRepository(store).get(plan_id)


def list_plans(store: Store, search: str = "", *, year: int | None = None,
               state: str | None = None) -> list[PlanSummary]:
    return PlanRepository(store).list(search, year=year, state=state)


def years(store: Store) -> list[int]:
    return PlanRepository(store).years()


def recipients_in_use(store: Store, exclude_id: int | None = None) -> list[Recipient]:
    """Recipients written on the office's plans (most recent first), for the "usual recipients"
    menu; ``exclude_id`` is the plan being edited."""
    repo = PlanRepository(store)
    out: list[Recipient] = []
    for summary in repo.list():
        if summary.id != exclude_id:
            out.extend(repo.get(summary.id).recipients)
    return out


def file_stem(plan: Plan) -> str:
    """A file name for the plan: '06-KH 2024 Cong tac thi dua…' folded to plain letters, or
    'Du thao …' for a draft; at most about 80 letters of title, cut between words."""
    from thiduadesk.domain.text import fold

    title = re.sub(r"[^0-9A-Za-z]+", " ", fold(plan.title or "ke hoach")).strip()
    if len(title) > 80:  # cut between words: "... nam 2022" must not become "... nam 2"
        title = title[:81].rsplit(" ", 1)[0]
    title = title.strip() or "ke hoach"
    if plan.number is not None:
        return f"{plan.number:02d}-{plan.doc_type} {plan.year or ''} {title}".replace("  ", " ")
    return f"Du thao {title}"


# -- import ---------------------------------------------------------------------------------------------


@dataclass
class ImportedPlan:
    plan_id: int
    plan: Plan  # as stored
    warnings: list[str] = field(default_factory=list)
    entry: RegisterEntry | None = None  # the outside entry of a plan imported as issued

    @property
    def issued(self) -> bool:
        return self.entry is not None


def read_plan_file(path: str | Path):
    """The plan read from ``path`` (.docx, .txt, .md), not stored yet: a ``ParsedPlan`` with
    ``plan`` and ``warnings``. A file that cannot be read raises FileRefused."""
    from thiduadesk.exchange.plan_import import PlanImportError, import_plan_file

    try:
        return import_plan_file(path)
    except PlanImportError as exc:
        raise FileRefused(exc.message) from exc


def asks_issued_question(plan: Plan) -> bool:
    """Whether the import must ask "already issued, or a new draft?": only a file with a number."""
    return plan.number is not None


def as_new_draft(plan: Plan) -> Plan:
    """An imported plan as the start of our own draft: no number, no day; month and year kept."""
    plan.number = None
    plan.date = DocDate(None, plan.date.month, plan.date.year)
    return plan


def store_imported(store: Store, parsed, *, issued: bool = False) -> ImportedPlan:
    """Store a plan read by :func:`read_plan_file`, as issued elsewhere or as a new draft."""
    from thiduadesk.domain.plan_text import needs_profile_warning, signature_needs_profile

    profile = load_profile(store)
    warnings = list(parsed.warnings)
    plan = parsed.plan
    if profile is not None and signature_needs_profile(plan.signature):
        # A name with no title above it (only seal fragments there): one of our signers?
        known = profile.signer_named(plan.signature.name)
        if known is not None:
            warning = needs_profile_warning(plan.signature)
            warnings = [w for w in warnings if w != warning]
            plan.signature = known
    plan = apply_profile(plan, profile)
    entry = None
    with changes.batch(store):
        if issued:
            from thiduadesk.ops.issuing import record_issued_plan

            plan_id, entry = record_issued_plan(store, plan)  # announces PLANS and REGISTER
        else:
            plan_id = PlanRepository(store).create(as_new_draft(plan))
            changes.publish(store, changes.PLANS, ids={changes.PLANS: [plan_id]})
    return ImportedPlan(plan_id, get(store, plan_id), warnings, entry)


def import_plan(store: Store, path: str | Path, *, issued: bool = False) -> ImportedPlan:
    """Read ``path`` and store it (the command line's ``plan import FILE [--issued]``)."""
    return store_imported(store, read_plan_file(path), issued=issued)


# -- new plans ------------------------------------------------------------------------------------------


def _created(store: Store, plan_id: int) -> int:
    changes.publish(store, changes.PLANS, ids={changes.PLANS: [plan_id]})
    return plan_id


def create_from_template(store: Store, template_key: str, year: int) -> int:
    """A new draft for ``year`` from a bundled template ("" for a blank plan), with the office
    profile's header and signer."""
    from thiduadesk.domain.templates import load_template

    profile = load_profile(store)
    if template_key:
        try:
            template = load_template(template_key, year, profile)
        except KeyError:
            raise ValidationError(f"Không có mẫu kế hoạch «{template_key}».") from None
    else:
        template = Plan(symbol="", date=DocDate(None, None, year))
    return _created(store, PlanRepository(store).create_from_template(template, profile, year))


def copy_to_next_year(store: Store, plan_id: int) -> int:
    """Next year's draft of a plan: years moved forward, number and date cleared."""
    return _created(store, PlanRepository(store).copy_for_next_year(plan_id))


def duplicate(store: Store, plan_id: int) -> int:
    """A new first-version draft copied from a plan (issued or not)."""
    repo = PlanRepository(store)
    copy = plan_ops.as_new_draft(repo.get(plan_id))
    copy.version, copy.parent_id = 1, None
    return _created(store, repo.create(copy))


def new_version(store: Store, plan_id: int) -> int:
    """A draft version of an issued plan, to be issued with a new number."""
    return _created(store, PlanRepository(store).new_version(plan_id))


# -- drafts ---------------------------------------------------------------------------------------------


def save_draft(store: Store, plan: Plan) -> None:
    """Write a draft (refused for an issued plan: it changes through a new version)."""
    with as_store_errors():
        PlanRepository(store).save(plan)
    changes.publish(store, changes.PLANS, ids={changes.PLANS: [plan.id]})


def delete_draft(store: Store, plan_id: int) -> Deleted:
    """Delete a draft (an issued plan stays, with its entry in the register); what was deleted,
    for ``ops.deleted.restore``."""
    repo = PlanRepository(store)
    title = repo.get(plan_id).title or "(chưa có tên)"
    removed = repo.delete(plan_id)
    changes.publish(store, changes.PLANS, ids={changes.PLANS: [plan_id]})
    return Deleted(deleted.PLAN, plan_id, f"bản nháp «{title}»", removed)


# -- issuing, printing, export ----------------------------------------------------------------------------


def issue(store: Store, plan_id: int, date: dt.date | None = None, *, copies: int | None = None,
          file_copy: str = "") -> RegisterEntry:
    """Give the plan its number from the outgoing register, archive the PDF, lock it."""
    from thiduadesk.ops.issuing import issue_plan  # announces PLANS and REGISTER

    return issue_plan(store, plan_id, date or dt.date.today(), copies=copies, file_copy=file_copy)


def issue_warnings(plan: Plan) -> list[str]:
    """What the clerk should confirm before issuing ``plan`` (Vietnamese): legal bases copied from
    last year and not checked."""
    warning = plan_ops.bases_warning(plan)
    return [warning] if warning else []


def pdf_bytes(store: Store, plan: Plan) -> bytes:
    """What printing gives: the archived file of an issued plan, byte for byte as signed, or a
    fresh rendering of a draft (``plan`` as it is now, saved or not)."""
    if plan.is_issued:
        return PlanRepository(store).archived_pdf(plan.id)
    from thiduadesk.documents.plan_pdf import plan_pdf_bytes

    return plan_pdf_bytes(plan)


def print_warnings(store: Store, plan: Plan) -> list[str]:
    """What the clerk should know before printing ``plan`` (Vietnamese): legal bases copied from
    last year and not checked yet, no office profile yet (the header's office block and the place
    would be empty), characters the font cannot print."""
    from thiduadesk.documents.fonts import unprintable

    out = []
    if plan_ops.bases_warning(plan) and not plan.is_issued:
        out.append(plan_ops.bases_warning(plan))
    if load_profile(store) is None and not plan.office_name.strip():
        out.append("Chưa có thông tin cơ quan: đầu văn bản sẽ thiếu tên cơ quan và địa danh. "
                   "Hãy điền ở Cài đặt → Thông tin cơ quan, hoặc bằng lệnh «thiduadesk profile set».")
    texts: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(plan.to_dict())
    missing = unprintable("\n".join(texts))
    if missing:
        shown = ", ".join(f"«{c}» (U+{ord(c):04X})" for c in missing[:10]) + (" …" if len(missing) > 10 else "")
        out.append(f"Phông chữ không có các ký tự sau nên chúng sẽ in thành chỗ trống: {shown}. "
                   "Hãy thay bằng chữ thường hoặc xoá đi.")
    return out


def write_pdf(store: Store, plan_id: int, path: str | Path) -> Path:
    from thiduadesk.ops.files import write_file

    return write_file(path, pdf_bytes(store, get(store, plan_id)))


def export_docx(plan: Plan, path: str | Path) -> Path:
    """The plan as a Word document at ``path``."""
    from thiduadesk.exchange.docx_export import export_plan_docx

    export_plan_docx(plan, Path(path))
    return Path(path)
