"""Specimens of every paper the office prints, through the same code as the real papers: the
clerk checks the office header, the signers and the printer before the first real paper
(Settings → "In mẫu văn bản", or ``thiduadesk specimen KIND -o OUT.pdf``)."""

from __future__ import annotations

from thiduadesk.domain import specimens
from thiduadesk.domain.model import OfficeProfile
from thiduadesk.store.db import Store
from thiduadesk.store.profile import load_profile

KINDS = specimens.KINDS


def specimen_document(profile: OfficeProfile, kind: str):
    """The specimen of ``kind`` for ``profile`` (a plan from the yearly template, the other papers
    from sample wording)."""
    if kind == "plan":
        from thiduadesk.domain.model import apply_profile
        from thiduadesk.domain.templates import load_template

        plan = apply_profile(load_template("tdkt-nam", 2026, profile), profile)
        plan.signature.name = plan.signature.name or specimens.SAMPLE_HEAD
        return plan
    if kind == "list":
        return specimens.submission(profile)
    if kind not in specimens.BUILDERS:
        raise ValueError(f"unknown specimen kind {kind!r}")
    return specimens.BUILDERS[kind](profile)


def specimen_pdf(store: Store, kind: str) -> bytes:
    """The PDF specimen of ``kind`` ("plan", "letter", "submission", "minutes", "decision",
    "list") with the office profile of ``store`` (the default district office when none is set)."""
    profile = load_profile(store) or OfficeProfile()
    doc = specimen_document(profile, kind)
    if kind == "plan":
        from thiduadesk.documents.plan_pdf import plan_pdf_bytes

        return plan_pdf_bytes(doc)
    from thiduadesk.documents.paper_pdf import attached_list_pdf_bytes, paper_pdf_bytes

    if kind == "list":
        return attached_list_pdf_bytes(doc, 0)
    return paper_pdf_bytes(doc)
