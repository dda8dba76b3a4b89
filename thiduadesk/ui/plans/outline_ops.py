"""Structural edits of a plan's body (the section tree), with no Qt in sight.

A block is addressed by its *path*: the indices from ``plan.body`` down through ``children``,
e.g. ``(1, 0, 2)`` is the third block of the first block of the second top-level section.
Every operation edits the body in place, renumbers the labels (``domain.plan.renumber``) and
returns the path to select afterwards (``None``: nothing sensible to select).
"""

from __future__ import annotations

from thiduadesk.domain.plan import (
    ALPHA,
    ARABIC,
    DECIMAL,
    NONE,
    ROMAN,
    Block,
    Paragraph,
    Plan,
    Run,
    Section,
    renumber,
)

Path = tuple[int, ...]

# The numbering style a new sub-section takes under a section of the given style.
_CHILD_STYLE = {ROMAN: ARABIC, ARABIC: ALPHA, DECIMAL: DECIMAL, ALPHA: NONE, NONE: NONE}


def block_at(plan: Plan, path: Path) -> Block | None:
    blocks: list[Block] = plan.body
    block: Block | None = None
    for index in path:
        if not 0 <= index < len(blocks):
            return None
        block = blocks[index]
        blocks = block.children if isinstance(block, Section) else []
    return block


def container_of(plan: Plan, path: Path) -> list[Block]:
    """The list holding the block at ``path`` (``plan.body`` for top-level blocks)."""
    if len(path) <= 1:
        return plan.body
    parent = block_at(plan, path[:-1])
    if not isinstance(parent, Section):
        raise IndexError(path)
    return parent.children


def valid(plan: Plan, path: Path | None) -> bool:
    return bool(path) and block_at(plan, path) is not None


def _section_style_in(blocks: list[Block], parent: Section | None) -> str:
    """The style a new section in ``blocks`` should take: that of its sibling sections, else
    one level below the parent's (Roman at the top)."""
    for block in blocks:
        if isinstance(block, Section):
            return block.style
    if parent is None:
        return ROMAN
    return _CHILD_STYLE.get(parent.style, ARABIC)


def _parent_section(plan: Plan, path: Path) -> Section | None:
    if len(path) <= 1:
        return None
    parent = block_at(plan, path[:-1])
    return parent if isinstance(parent, Section) else None


def _done(plan: Plan, path: Path | None) -> Path | None:
    renumber(plan.body)
    return path


def add_section(plan: Plan, path: Path | None, title: str = "") -> Path:
    """A new section after the selected section, at its level; after the section enclosing a
    selected paragraph; or at the end of the body when nothing is selected."""
    if path and isinstance(block_at(plan, path), Paragraph) and len(path) > 1:
        path = path[:-1]
    if not valid(plan, path):
        style = _section_style_in(plan.body, None)
        plan.body.append(Section(title, style=style))
        return _done(plan, (len(plan.body) - 1,))
    blocks = container_of(plan, path)
    current = block_at(plan, path)
    style = current.style if isinstance(current, Section) else _section_style_in(blocks, _parent_section(plan, path))
    blocks.insert(path[-1] + 1, Section(title, style=style))
    return _done(plan, (*path[:-1], path[-1] + 1))


def add_subsection(plan: Plan, path: Path | None, title: str = "") -> Path:
    """A new section inside the selected section (last), or after a selected paragraph."""
    target = block_at(plan, path) if path else None
    if isinstance(target, Section):
        style = _section_style_in(target.children, target)
        target.children.append(Section(title, style=style))
        return _done(plan, (*path, len(target.children) - 1))
    if isinstance(target, Paragraph):
        blocks = container_of(plan, path)
        style = _section_style_in(blocks, _parent_section(plan, path))
        blocks.insert(path[-1] + 1, Section(title, style=style))
        return _done(plan, (*path[:-1], path[-1] + 1))
    return add_section(plan, None, title)


def add_paragraph(plan: Plan, path: Path | None, text: str = "", marker: str | None = None) -> Path:
    """A new paragraph after the selected one (same list sign), or under a selected section:
    after its own paragraphs, before its first sub-section."""
    target = block_at(plan, path) if path else None
    if isinstance(target, Paragraph):
        blocks = container_of(plan, path)
        new = Paragraph([Run(text)] if text else [], target.marker if marker is None else marker)
        blocks.insert(path[-1] + 1, new)
        return _done(plan, (*path[:-1], path[-1] + 1))
    if isinstance(target, Section):
        index = next((i for i, b in enumerate(target.children) if isinstance(b, Section)), len(target.children))
        previous = target.children[index - 1] if index else None
        sign = marker if marker is not None else (previous.marker if isinstance(previous, Paragraph) else "")
        target.children.insert(index, Paragraph([Run(text)] if text else [], sign))
        return _done(plan, (*path, index))
    plan.body.append(Paragraph([Run(text)] if text else [], marker or ""))
    return _done(plan, (len(plan.body) - 1,))


def insert_paragraphs_after(plan: Plan, path: Path, paragraphs: list[Paragraph]) -> Path:
    """Put ``paragraphs`` right after the block at ``path``; the path of the last one."""
    blocks = container_of(plan, path)
    at = path[-1] + 1
    blocks[at:at] = paragraphs
    return _done(plan, (*path[:-1], path[-1] + len(paragraphs)))


def delete(plan: Plan, path: Path) -> Path | None:
    """Remove the block; select its next sibling, else the previous one, else the parent."""
    if not valid(plan, path):
        return None
    blocks = container_of(plan, path)
    del blocks[path[-1]]
    if path[-1] < len(blocks):
        return _done(plan, path)
    if blocks:
        return _done(plan, (*path[:-1], len(blocks) - 1))
    return _done(plan, path[:-1] or None)


def move(plan: Plan, path: Path, step: int) -> Path | None:
    """Swap with the previous (-1) or next (+1) sibling."""
    if not valid(plan, path):
        return None
    blocks = container_of(plan, path)
    i, j = path[-1], path[-1] + step
    if not 0 <= j < len(blocks):
        return path
    blocks[i], blocks[j] = blocks[j], blocks[i]
    return _done(plan, (*path[:-1], j))


def can_indent(plan: Plan, path: Path | None) -> bool:
    if not valid(plan, path) or path[-1] == 0:
        return False
    return isinstance(container_of(plan, path)[path[-1] - 1], Section)


def indent(plan: Plan, path: Path) -> Path | None:
    """Make the block the last child of the section just before it."""
    if not can_indent(plan, path):
        return path
    blocks = container_of(plan, path)
    block = blocks.pop(path[-1])
    new_parent = blocks[path[-1] - 1]
    if isinstance(block, Section):
        block.style = _section_style_in(new_parent.children, new_parent)
    new_parent.children.append(block)
    return _done(plan, (*path[:-1], path[-1] - 1, len(new_parent.children) - 1))


def can_outdent(plan: Plan, path: Path | None) -> bool:
    return valid(plan, path) and len(path) > 1


def outdent(plan: Plan, path: Path) -> Path | None:
    """Move the block out of its section, right after it. The blocks that followed it in the
    section stay there (a paragraph does not carry its later siblings along)."""
    if not can_outdent(plan, path):
        return path
    parent_path = path[:-1]
    parent = block_at(plan, parent_path)
    block = parent.children.pop(path[-1])
    outer = container_of(plan, parent_path)
    if isinstance(block, Section):
        block.style = parent.style
    outer.insert(parent_path[-1] + 1, block)
    return _done(plan, (*parent_path[:-1], parent_path[-1] + 1))


def set_style(plan: Plan, path: Path, style: str) -> Path:
    block = block_at(plan, path)
    if isinstance(block, Section):
        block.style = style
    return _done(plan, path)


def paths_in_order(plan: Plan) -> list[Path]:
    """Every block's path, depth first, in reading order."""
    out: list[Path] = []

    def walk(blocks: list[Block], prefix: Path) -> None:
        for i, block in enumerate(blocks):
            out.append((*prefix, i))
            if isinstance(block, Section):
                walk(block.children, (*prefix, i))

    walk(plan.body, ())
    return out
