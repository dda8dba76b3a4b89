"""The official document as data: what every paper the office issues has in common.

Decree 30/2020/NĐ-CP gives every paper — plan, công văn, tờ trình, biên bản, quyết định — the
same frame: the issuing office under its governing body, a kind with its symbol rule, a number,
place and date, a title (or the "V/v …" summary of a công văn), bases, "Kính gửi:", the body,
the signatures and "Nơi nhận:". ``OfficialDocument`` holds that frame; a plan adds its
timetable, a decision its articles and attached lists. The letter layout (documents/letter)
prints any of them; issuing numbers any of them from the one outgoing register.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from thiduadesk.domain.dates import DocDate
from thiduadesk.domain.officialese import DOC_TYPES, doc_kind, kind_abbreviation

DRAFT = "draft"
ISSUED = "issued"

# Kind codes of the papers the program prints (domain/officialese.py holds every kind).
PLAN, LETTER, SUBMISSION, MINUTES, DECISION, REPORT, NOTICE = "KH", "CV", "TTr", "BB", "QĐ", "BC", "TB"


def kind_name(code: str) -> str:
    """'Kế hoạch' for KH; an unknown code is shown as it is."""
    return DOC_TYPES.get(code, code)


def symbol_for(code: str, office_symbol: str, drafting_unit: str = "") -> str:
    """What follows the slash in "Số: 06/KH-PGDĐT": the kind's abbreviation and the office's
    symbol; a công văn has no abbreviation and carries the drafting unit instead
    ("15/PGDĐT-TĐKT")."""
    office_symbol = office_symbol.strip()
    abbreviation = kind_abbreviation(code) or (code if doc_kind(code) is None else "")
    if not abbreviation:
        return f"{office_symbol}-{drafting_unit.strip()}" if drafting_unit.strip() else office_symbol
    return f"{abbreviation}-{office_symbol}" if office_symbol else f"{abbreviation}-"


# --- body blocks -----------------------------------------------------------------------------

# Numbering styles of section headings, outermost first as offices use them.
ROMAN, ARABIC, DECIMAL, ALPHA, NONE = "roman", "arabic", "decimal", "alpha", "none"
NUMBERING_STYLES = (ROMAN, ARABIC, DECIMAL, ALPHA, NONE)


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Paragraph:
    """One body paragraph. ``marker`` is its list sign as printed: "", "-", "+", "1.", "a)"…"""

    runs: list[Run] = field(default_factory=list)
    marker: str = ""

    @classmethod
    def plain(cls, text: str, marker: str = "") -> Paragraph:
        return cls(runs=[Run(text)], marker=marker)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    def printed_text(self) -> str:
        return f"{self.marker} {self.text}" if self.marker else self.text


@dataclass
class Section:
    """A numbered heading ("I." + "MỤC ĐÍCH, YÊU CẦU") and what stands under it."""

    title: str
    label: str = ""
    style: str = ARABIC
    children: list[Block] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{self.label} {self.title}".strip()

    def sections(self) -> list[Section]:
        return [c for c in self.children if isinstance(c, Section)]


@dataclass
class Article:
    """An article of a decision: "Điều 1." in bold, then its text on the same line."""

    number: int
    runs: list[Run] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"Điều {self.number}."

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


Block = Section | Paragraph | Article


def block_to_dict(block: Block) -> dict:
    if isinstance(block, Section):
        return {
            "kind": "section",
            "title": block.title,
            "label": block.label,
            "style": block.style,
            "children": [block_to_dict(c) for c in block.children],
        }
    if isinstance(block, Article):
        return {"kind": "article", "number": block.number, "runs": [asdict(r) for r in block.runs]}
    return {"kind": "paragraph", "marker": block.marker, "runs": [asdict(r) for r in block.runs]}


def block_from_dict(data: dict) -> Block:
    kind = data.get("kind")
    if kind == "section":
        return Section(
            title=data.get("title", ""),
            label=data.get("label", ""),
            style=data.get("style", ARABIC),
            children=[block_from_dict(c) for c in data.get("children", [])],
        )
    if kind == "article":
        return Article(number=int(data.get("number", 1)), runs=[Run(**r) for r in data.get("runs", [])])
    return Paragraph(runs=[Run(**r) for r in data.get("runs", [])], marker=data.get("marker", ""))


# --- recipients and signatures -----------------------------------------------------------------


@dataclass
class Recipient:
    name: str
    purpose: str = ""  # "để báo cáo", "để thực hiện"…

    def printed(self) -> str:
        return f"{self.name} ({self.purpose})" if self.purpose else self.name


@dataclass
class Signer:
    """One signature: one or more authority lines, a position and a name.

    "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Lê Văn Toàn" is
    ``above=["TM. Ủy ban nhân dân"]``, ``authority="KT."``, ``on_behalf_of="Chủ tịch"``,
    ``position="Phó Chủ tịch"``. Authority prefixes (Decree 30): TM. on behalf of a collective,
    Q. acting, KT. a deputy signing for the head, TL. by order, TUQ. by delegation; empty: the
    head signs in person. Minutes carry "THƯ KÝ" and "CHỦ TỌA" as plain positions.
    """

    authority: str = ""
    position: str = ""
    name: str = ""
    # The head's title when a deputy signs "KT. <head_title>"; printed on the authority line.
    on_behalf_of: str = ""
    # Higher authority lines stacked above the authority line ("TM. ỦY BAN NHÂN DÂN").
    above: list[str] = field(default_factory=list)

    def title_lines(self) -> list[str]:
        """The upper-case lines above the signature space, as Decree 30 prints them."""
        lines = [line.upper() for line in self.above if line.strip()]
        if self.authority:
            lines.append(f"{self.authority} {self.on_behalf_of}".strip().upper())
            if self.position and self.position.upper() != self.on_behalf_of.upper():
                lines.append(self.position.upper())
            return lines
        return [*lines, self.position.upper()] if self.position else lines

    def register_text(self) -> str:
        """The register's "người ký" column: 'Nguyễn Văn An (KT. Trưởng phòng - Phó Trưởng phòng)'."""
        role = " - ".join(
            x for x in (*self.above, f"{self.authority} {self.on_behalf_of}".strip(), self.position) if x
        )
        return f"{self.name} ({role})" if role else self.name


def signer_from_dict(data: dict | None) -> Signer:
    data = dict(data or {})
    data["above"] = list(data.get("above") or [])
    known = {f.name for f in fields(Signer)}
    return Signer(**{k: v for k, v in data.items() if k in known})


# --- attached lists ----------------------------------------------------------------------------


@dataclass
class AttachedList:
    """A list (danh sách) that goes out attached to a decision or a submission: not a document
    kind of its own — it carries the office header without "Số", "DANH SÁCH", its title and
    "(Kèm theo Quyết định số … ngày … của …)". ``rows`` holds lists of cells; a plain string is
    a group row spanning the table ("I. TẬP THỂ")."""

    title: str
    headers: list[str] = field(default_factory=list)
    rows: list[list[str] | str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)  # relative column widths; "" → even
    landscape: bool = False


# --- the document ------------------------------------------------------------------------------


@dataclass
class OfficialDocument:
    """The header model every paper shares, and its body."""

    doc_type: str = PLAN
    title: str = ""
    number: int | None = None
    symbol: str = ""  # everything after the slash in "Số: 06/KH-PGDĐT"
    place: str = ""
    date: DocDate = field(default_factory=DocDate)
    governing_body: str = ""
    office_name: str = ""
    summary: str = ""  # the "V/v …" of a công văn, under "Số"
    competence: str = ""  # a decision's signer: "TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO …"
    bases: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)  # "Kính gửi:"
    body: list[Block] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)  # "Nơi nhận:"
    # One signature, or two side by side: the right-hand one (the last) is the main signer.
    signatures: list[Signer] = field(default_factory=lambda: [Signer()])
    attachments: list[AttachedList] = field(default_factory=list)
    state: str = DRAFT
    version: int = 1
    parent_id: int | None = None
    id: int | None = None

    @property
    def kind_name(self) -> str:
        return kind_name(self.doc_type)

    @property
    def signature(self) -> Signer:
        """The main signer (the right-hand signature)."""
        if not self.signatures:
            self.signatures.append(Signer())
        return self.signatures[-1]

    @signature.setter
    def signature(self, signer: Signer) -> None:
        if self.signatures:
            self.signatures[-1] = signer
        else:
            self.signatures.append(signer)

    @property
    def year(self) -> int | None:
        return self.date.year

    @property
    def is_issued(self) -> bool:
        return self.state == ISSUED

    def iter_blocks(self):
        """Every section, paragraph and article, depth first, in reading order, with its depth."""

        def walk(blocks, depth):
            for block in blocks:
                yield depth, block
                if isinstance(block, Section):
                    yield from walk(block.children, depth + 1)

        yield from walk(self.body, 0)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["body"] = [block_to_dict(b) for b in self.body]
        return data


def header_from_dict(data: dict) -> dict:
    """The keyword arguments of the shared header fields of a stored document.

    Older plans kept one ``signature``; they read as a one-signature list.
    """
    signatures = data.get("signatures")
    if signatures is None:
        signatures = [data.get("signature") or {}]
    return dict(
        doc_type=data.get("doc_type", PLAN),
        title=data.get("title", ""),
        number=data.get("number"),
        symbol=data.get("symbol", ""),
        place=data.get("place", ""),
        date=DocDate(**(data.get("date") or {})),
        governing_body=data.get("governing_body", ""),
        office_name=data.get("office_name", ""),
        summary=data.get("summary", ""),
        competence=data.get("competence", ""),
        bases=list(data.get("bases", [])),
        addressees=list(data.get("addressees", [])),
        body=[block_from_dict(b) for b in data.get("body", [])],
        recipients=[Recipient(**r) for r in data.get("recipients", [])],
        signatures=[signer_from_dict(s) for s in signatures] or [Signer()],
        attachments=[AttachedList(**a) for a in data.get("attachments", [])],
        state=data.get("state", DRAFT),
        version=data.get("version", 1),
        parent_id=data.get("parent_id"),
        id=data.get("id"),
    )


def document_from_dict(data: dict) -> OfficialDocument:
    return OfficialDocument(**header_from_dict(data))
