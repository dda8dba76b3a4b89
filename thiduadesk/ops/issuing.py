"""Issuing, one operation for every kind of paper: number from the outgoing register, the PDF
archived with its hash, the document locked (store/issuing.py does it in one transaction); the
open views are told what changed."""

from __future__ import annotations

import datetime as dt

from thiduadesk.domain.model import OfficeProfile, fill_header
from thiduadesk.domain.plan import Plan
from thiduadesk.domain.register import RegisterEntry
from thiduadesk.ops import changes
from thiduadesk.store import issuing
from thiduadesk.store.db import Store
from thiduadesk.store.errors import ValidationError
from thiduadesk.store.papers import PaperRepository
from thiduadesk.store.plans import PlanRepository
from thiduadesk.store.profile import load_profile


def _plan_pdf(plan) -> bytes:
    from thiduadesk.documents.plan_pdf import plan_pdf_bytes  # print support loads when first needed

    return plan_pdf_bytes(plan)


def _paper_pdf(paper) -> bytes:
    from thiduadesk.documents.paper_pdf import paper_pdf_bytes

    return paper_pdf_bytes(paper)


NO_PROFILE = (
    "Chưa có thông tin cơ quan (tên cơ quan, ký hiệu, địa danh) nên chưa ban hành được: số văn bản "
    "và đầu văn bản lấy từ đó. Hãy điền ở Cài đặt → Thông tin cơ quan, hoặc bằng lệnh "
    "«thiduadesk profile set --office-name … --symbol … --place …»."
)


def require_profile(store: Store) -> OfficeProfile:
    """Issuing numbers a paper in the office's register under the office's header: refused
    until the office profile is set."""
    profile = load_profile(store)
    if profile is None or not profile.is_complete():
        raise ValidationError(NO_PROFILE)
    return profile


def issue_plan(
    store: Store, plan_id: int, date: dt.date, *, copies: int | None = None, file_copy: str = ""
) -> RegisterEntry:
    profile = require_profile(store)
    entry = PlanRepository(store).issue(
        plan_id, date, _plan_pdf, copies=copies, file_copy=file_copy, prepare=lambda p: fill_header(p, profile)
    )
    changes.publish(store, changes.PLANS, changes.REGISTER, ids={changes.PLANS: [plan_id], changes.REGISTER: [entry.id]})
    return entry


def issue_paper(
    store: Store, paper_id: int, date: dt.date, *, copies: int | None = None, file_copy: str = ""
) -> RegisterEntry:
    """A letter, submission, minutes or decision: the same numbering as plans."""
    profile = require_profile(store)
    entry = issuing.issue(
        PaperRepository(store), paper_id, date, _paper_pdf, copies=copies, file_copy=file_copy,
        prepare=lambda p: fill_header(p, profile),
    )
    changes.publish(store, changes.PAPERS, changes.REGISTER, ids={changes.PAPERS: [paper_id], changes.REGISTER: [entry.id]})
    return entry


def record_issued_plan(store: Store, plan: Plan) -> tuple[int, RegisterEntry]:
    """An imported plan that was issued elsewhere: kept with its number and date, locked, and
    entered in the register as an outside entry."""
    entry = issuing.record_outside(
        PlanRepository(store), plan, _plan_pdf, notes="Nhập từ tệp văn bản đã ban hành."
    )
    changes.publish(store, changes.PLANS, changes.REGISTER, ids={changes.PLANS: [entry.plan_id], changes.REGISTER: [entry.id]})
    return entry.plan_id, entry


def archived_paper_pdf(store: Store, paper_id: int) -> bytes:
    return issuing.archived_pdf(store, PaperRepository.ref_column, paper_id, PaperRepository(store).get(paper_id).kind_name)
