"""Core records of the office: its profile, its units (schools) and their people.

Plain dataclasses with no Qt, sqlite or reportlab in sight; storage returns these and the
documents layer prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from thiduadesk.domain.document import OfficialDocument, Recipient, Signer, symbol_for
from thiduadesk.domain.text import match_key

# Authority prefixes of Decree 30: TM. (on behalf of a collective), Q. (acting), KT. (deputy
# signing for the head), TL. (by order), TUQ. (by delegation). Empty: the head signs in person.
AUTHORITIES = ("", "TM.", "Q.", "KT.", "TL.", "TUQ.")

# School levels, stored as stable codes; the UI shows translated labels.
LEVELS = ("mam_non", "tieu_hoc", "thcs", "lien_cap", "khac")
LEVEL_LABELS_VI = {
    "mam_non": "Mầm non",
    "tieu_hoc": "Tiểu học",
    "thcs": "THCS",
    "lien_cap": "Liên cấp",
    "khac": "Khác",
}

D = TypeVar("D", bound=OfficialDocument)

GENDERS = ("nam", "nu")


@dataclass
class OfficeProfile:
    governing_body: str = "UBND QUẬN NAM TỪ LIÊM"
    office_name: str = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    symbol: str = "PGDĐT"
    place: str = "Nam Từ Liêm"
    head_title: str = "Trưởng phòng"
    head_name: str = ""
    deputy_title: str = "Phó Trưởng phòng"
    deputies: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""
    address: str = ""
    # Short name used in "Lưu: VT, <unit>." and in the closing sentence of a plan.
    archive_unit: str = "VT"
    # The drafting unit in a công văn's symbol: "Số: 15/PGDĐT-TĐKT".
    letter_unit: str = "TĐKT"

    def is_complete(self) -> bool:
        return bool(self.office_name.strip() and self.symbol.strip() and self.place.strip())

    def head_signer(self) -> Signer:
        return Signer(authority="", position=self.head_title, name=self.head_name)

    def deputy_signer(self, name: str) -> Signer:
        return Signer(authority="KT.", on_behalf_of=self.head_title, position=self.deputy_title, name=name)

    def storage_recipient(self) -> Recipient:
        """The last line of "Nơi nhận:": "Lưu: VT, TĐKT" (the archive and the drafting unit)."""
        unit = self.archive_unit.strip() or "VT"
        extra = self.letter_unit.strip()
        return Recipient(f"Lưu: {unit}, {extra}" if extra and extra != unit else f"Lưu: {unit}")

    def signer_named(self, name: str) -> Signer | None:
        """The profile's signer of that name (the head or a deputy), compared the way names are
        matched everywhere (NFC, case-insensitive, tones significant); None if not one of them."""
        key = match_key(name)
        return next((s for s in self.signers() if s.name.strip() and match_key(s.name) == key), None)

    def signers(self) -> list[Signer]:
        """The signers the office usually uses, head first."""
        out = [self.head_signer()]
        out.extend(self.deputy_signer(name) for name in self.deputies if name.strip())
        return out


@dataclass
class Unit:
    name: str
    level: str = "khac"
    cluster: str = ""
    head_name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    active: bool = True
    id: int | None = None


@dataclass
class Person:
    full_name: str
    unit_id: int | None = None
    gender: str = ""
    position: str = ""
    birth_year: int | None = None
    id: int | None = None


def fill_header(doc: D, profile: OfficeProfile) -> D:
    """The issuing office, governing body, symbol and place from the profile where still empty."""
    doc.governing_body = doc.governing_body or profile.governing_body
    doc.office_name = doc.office_name or profile.office_name
    if not doc.symbol or doc.symbol.endswith("-"):
        doc.symbol = symbol_for(doc.doc_type, profile.symbol, profile.letter_unit)
    doc.place = doc.place or profile.place
    return doc


def apply_profile(doc: D, profile: OfficeProfile | None) -> D:
    """Fill the header, symbol, place and signer from the office profile where still empty
    (the paper keeps what the clerk typed or the imported file said)."""
    if profile is None:
        # No office profile yet (a first import from the command line): still a valid symbol.
        if not doc.symbol:
            doc.symbol = symbol_for(doc.doc_type, OfficeProfile().symbol)
        return doc
    fill_header(doc, profile)
    if not doc.signature.name:
        doc.signature = profile.head_signer()
    return doc
