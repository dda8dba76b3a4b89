"""What every stored document shares: its text cleaned on the way in, and its search words."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from thiduadesk.domain.document import OfficialDocument, Section
from thiduadesk.domain.numbering import number_and_symbol
from thiduadesk.domain.text import clean_text, fold, nfc

D = TypeVar("D", bound=OfficialDocument)


def normalised(doc: D, from_dict: Callable[[dict], D]) -> D:
    """A copy of ``doc`` with NFC and trimmed text everywhere, whatever the source (form, paste,
    import)."""

    def walk(value):
        if isinstance(value, str):
            return clean_text(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    data = doc.to_dict()
    # Paragraph runs keep their inner spaces (a run boundary may sit next to one).
    body = data.pop("body")
    data = walk(data)
    data["body"] = _walk_body(body)
    return from_dict(data)


def _walk_body(blocks: list[dict]) -> list[dict]:
    out = []
    for b in blocks:
        b = dict(b)
        if b.get("kind") == "section":
            b["title"] = clean_text(b["title"])
            b["label"] = clean_text(b["label"])
            b["children"] = _walk_body(b.get("children", []))
        elif b.get("kind") == "article":
            b["runs"] = [{**r, "text": nfc(r["text"])} for r in b.get("runs", []) if r.get("text")]
        else:
            b["marker"] = clean_text(b.get("marker", ""))
            b["runs"] = [{**r, "text": nfc(r["text"])} for r in b.get("runs", []) if r.get("text")]
        out.append(b)
    return out


def search_text(doc: OfficialDocument) -> str:
    """The folded words a document is found by: title, summary, bases, headings, number."""
    parts = [doc.title, doc.summary, *doc.bases, *(b.heading for _, b in doc.iter_blocks() if isinstance(b, Section))]
    if doc.number:
        parts.append(number_and_symbol(doc.number, doc.symbol))
    return fold(" ".join(parts))
