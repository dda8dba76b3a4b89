"""The outgoing-document register (sổ đăng ký văn bản đi), Decree 30/2020 Điều 15–16."""

from __future__ import annotations

from dataclasses import dataclass

from thiduadesk.domain.dates import screen_date
from thiduadesk.domain.numbering import DOC_TYPES, format_number

# Whether all document types share one number sequence per year or each type has its own is
# the head's choice (a setting).
SHARED_SEQUENCE = "shared"
PER_TYPE_SEQUENCE = "per_type"


@dataclass
class RegisterEntry:
    year: int
    number: int
    symbol: str  # after the slash: "KH-PGDĐT", "PGDĐT-TĐKT"
    doc_date: str  # ISO
    doc_type: str  # "KH", "QĐ", "CV"…
    title: str
    signer: str = ""
    recipients: str = ""
    file_copy: str = "VT"  # who keeps the file copy (đơn vị, người nhận bản lưu)
    copies: int | None = None
    sent_date: str = ""  # ISO, "" until sent
    notes: str = ""
    plan_id: int | None = None  # the plan it records, when the program issued a plan
    paper_id: int | None = None  # or the letter, submission, minutes or decision
    id: int | None = None

    @property
    def issued_here(self) -> bool:
        """Issued by the program (its archived PDF is kept), not entered by hand."""
        return self.plan_id is not None or self.paper_id is not None

    @property
    def number_and_symbol(self) -> str:
        return f"{format_number(self.number)}/{self.symbol}"

    @property
    def type_name(self) -> str:
        return DOC_TYPES.get(self.doc_type, self.doc_type)

    @property
    def display_date(self) -> str:
        return screen_date(self.doc_date)
