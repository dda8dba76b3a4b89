"""Công văn, tờ trình, biên bản, quyết định — and the lists attached to them — printed through
the one letter layout. A paper is its model: nothing here is specific to one kind.

    data = paper_pdf_bytes(doc)              # the whole paper, attached lists after it
    data = attached_list_pdf_bytes(doc, 0)   # one attached list on its own
"""

from __future__ import annotations

from thiduadesk.documents import letter
from thiduadesk.domain.document import OfficialDocument


def paper_story(doc: OfficialDocument) -> list:
    return letter.compose(doc, letter.body_flowables(doc))


def paper_pdf_bytes(doc: OfficialDocument) -> bytes:
    """The PDF of ``doc`` (same document → same bytes)."""
    return letter.build_pdf(doc, paper_story(doc))


def attached_list_pdf_bytes(doc: OfficialDocument, index: int = 0) -> bytes:
    """The ``index``-th list attached to ``doc``, printed alone (to check or send it by itself)."""
    attachment = doc.attachments[index]
    story = letter.attached_list_pages(doc, attachment, new_page=False)
    return letter.build_pdf(doc, story, landscape_first=attachment.landscape)
