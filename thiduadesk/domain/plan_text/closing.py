"""The closing block: where the body ends, the signature (authority, position, name) and the
recipients (Nơi nhận) with their purposes; an appendix after it is read by
:class:`~thiduadesk.domain.plan_text.appendix.AppendixReader`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from thiduadesk.domain.model import Signer
from thiduadesk.domain.plan import Recipient
from thiduadesk.domain.plan_text.appendix import AppendixReader
from thiduadesk.domain.plan_text.joined import _fragments, _split_closing
from thiduadesk.domain.plan_text.labels import _bullet_match
from thiduadesk.domain.plan_text.lines import _L, Reader
from thiduadesk.domain.plan_text.recognise import (
    _SIGN_MARK_RE,
    _appendix_match,
    _authority,
    _is_garbage,
    _is_name,
    _is_noi_nhan,
    _is_position,
    _is_position_any_case,
    _is_rule,
    _is_upper_name,
)
from thiduadesk.domain.plan_text.words import (
    _fold,
    _is_upper,
    _mostly_upper,
    _squash,
    _starts_lower,
    _terminal,
    unmark,
)


def _tail_start(lines: list[_L], start: int) -> int:
    """Where the closing block (or an appendix) begins after the body that starts at ``start``."""
    for k in range(start, len(lines)):
        line = lines[k]
        if line.blank or line.is_table:
            continue
        frags = _fragments(line)
        for fr in frags:
            if _is_noi_nhan(fr) or _authority(fr) or _appendix_match(fr):
                return k
        if len(frags) == 1 and _is_position(frags[0]) and _signature_follows(lines, k):
            return k
    return len(lines)

def _signature_follows(lines: list[_L], k: int) -> bool:
    seen = 0
    for line in lines[k + 1 :]:
        if line.blank:
            continue
        if line.is_table:
            return False
        seen += 1
        frags = _fragments(line)
        if any(
            _is_name(f) or _is_noi_nhan(f) or _is_position(f) or _SIGN_MARK_RE.match(f) for f in frags
        ):
            return True
        if all(_is_garbage(f) for f in frags):
            seen -= 1
            continue
        if _appendix_match(line.text) or seen >= 3:
            return False
    return True  # the last line of the document

class ClosingReader(Reader):
    """The closing block: recipients, the signature; appendices after it."""

    def __init__(self, state, appendices: AppendixReader):
        super().__init__(state)
        self.appendices = appendices
        self._recipient_raw = ""
        self._recipient_open = False

    def read(self, lines: list[_L], start: int) -> None:
        recipients_mode = False
        recipients_done = False
        sig: list[_SigEntry] = []
        right = False

        def add_sig(kind: str, value: str) -> None:
            sig.append(_SigEntry(kind, value, right))

        pending: list[str] = []
        k = start
        while k < len(lines):
            line = lines[k]
            if line.blank:
                k += 1
                continue
            if line.is_table:
                k = self.appendices.read(lines, k, pre_title=pending)
                pending = []
                continue
            if _appendix_match(line.text):
                self._flush_pending(pending)
                pending = []
                k = self.appendices.read(lines, k, pre_title=[])
                continue
            pieces = [piece for f0 in _fragments(line) for piece in _split_closing(f0)]
            for col, fr in enumerate(pieces):
                # Marks a source left in the text (Markdown pasted into Word: "**Nguyễn Thị Lan**").
                fr = unmark(fr)
                if not fr:
                    continue
                # Where a signature line stands: the right column of a line holding two, of a
                # layout table, or a line on its own far from the left margin (PDF text).
                right = _in_right_column(line, col, len(pieces))
                if _is_rule(fr):
                    continue  # a border of a Markdown grid table, a rule under the signature
                if _is_noi_nhan(fr):
                    recipients_mode, recipients_done = True, False
                    rest = re.sub(r"^\W*nơi\s+nhận\W*?\s*:?\s*", "", fr, flags=re.I).strip("*_ ")
                    if rest:
                        recipients_done = self._add_recipient(rest)
                    continue
                auth = _authority(fr)
                if auth:
                    add_sig("auth", f"{auth[0]}|{auth[1]}")
                    continue
                if _is_position(fr) or (sig and sig[-1].kind == "auth" and _is_position_any_case(fr)):
                    add_sig("pos", unmark(fr).upper())
                    continue
                bullet = _bullet_match(fr)
                f = _fold(fr)
                if (
                    recipients_mode
                    and not recipients_done
                    and not bullet
                    and self.plan.recipients
                    and (
                        (self._recipient_open and (_starts_lower(fr) or fr.startswith("(")))
                        # "- Sở GD&ĐT;" then "(B/cáo);" on the next line: the purpose of that one.
                        or (fr.startswith("(") and _is_purpose(fr) and not self.plan.recipients[-1].purpose)
                    )
                ):
                    # The previous recipient wrapped onto this line ("… trong quận" / "(để thực hiện);").
                    self.plan.recipients.pop()
                    recipients_done = self._add_recipient(f"{self._recipient_raw} {fr}")
                    continue
                if (
                    recipients_mode
                    and not recipients_done
                    and (bullet or f.startswith(("luu", "nhu tren")) or (_terminal(fr) and not _is_name(fr)))
                ):
                    recipients_done = self._add_recipient(fr)
                    continue
                if _is_name(fr):
                    add_sig("name", _squash(fr))
                    continue
                if _SIGN_MARK_RE.match(fr):
                    self.state.sign_marks.append(fr)
                    continue
                if _is_garbage(fr):
                    self._drop(fr)
                    continue
                if sig and _is_upper_name(fr) and not any(e.kind == "name" and e.right == right for e in sig):
                    add_sig("name", _squash(fr))  # a name typed in capitals
                    continue
                if (
                    sig
                    and sig[-1].kind == "auth"
                    and sig[-1].value.startswith("TM.|")
                    and sig[-1].right == right
                    and _is_upper(fr)
                    and len(fr) <= 60
                    and not _terminal(fr)
                ):
                    # The collective's name goes on over a second line ("TM. BAN CHẤP HÀNH" /
                    # "CÔNG ĐOÀN CƠ SỞ"): right under the TM. line, before any position.
                    sig[-1].value = f"{sig[-1].value} {_squash(fr).upper()}"
                    continue
                if sig and _mostly_upper(fr) and len(fr) <= 60:
                    # Text of the seal printed near the signature ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO").
                    self._drop(fr)
                    continue
                pending.append(fr)
            k += 1
        self._flush_pending(pending)
        self._take_signatures([self._signer(part) for part in _signature_columns(sig)])

    def _flush_pending(self, pending: list[str]) -> None:
        for text in pending:
            self.state.keep_at_end(text)

    def _add_recipient(self, text: str) -> bool:
        """Add one recipient line; True if it closes the list (ends with '.')."""
        t = text.strip()
        self._recipient_raw = t
        self._recipient_open = not (_terminal(t) or t.endswith(","))
        b = _bullet_match(t)
        if b:
            t = t[b[1] :]
        t = t.strip()
        final = t.rstrip().endswith(".") and not t.rstrip().endswith("..")
        t = re.sub(r"\s*[;.,]+\s*$", "", t).strip()
        if t.endswith("./"):
            t = t[:-2].strip()
        if not t:
            return final
        name, purpose = unmark(t), ""
        # The purpose after the name, in brackets, typed after a semicolon or without them:
        # "Sở GD&ĐT (để b/c)", "Sở GD&ĐT; (B/cáo)", "UBND quận;(để b/c)", "UBND quận; để báo cáo".
        m = _PURPOSE_IN_BRACKETS_RE.match(name) or _PURPOSE_AFTER_SEMICOLON_RE.match(name)
        if m and _is_purpose(m.group("purpose")):
            name = m.group("name").strip().rstrip(";,").strip()
            purpose = m.group("purpose").strip().strip(";,.").strip()
        self.plan.recipients.append(Recipient(name=name, purpose=purpose))
        return final

    def _signer(self, sig: list[_SigEntry]) -> Signer:
        """One signature from its lines: the authority lines in order (all but the last stacked
        above it: "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH"), the position, the name."""
        signer = Signer()
        auths = [e.value.split("|", 1) for e in sig if e.kind == "auth"]
        names = [e.value for e in sig if e.kind == "name"]
        if auths:
            signer.above = [f"{prefix} {rest}" for prefix, rest in auths[:-1]]
            signer.authority, signer.on_behalf_of = auths[-1]
            at = max(i for i, e in enumerate(sig) if e.kind == "auth")
            after = [e.value for e in sig[at + 1 :] if e.kind == "pos"]
            before = [e.value for e in sig[:at] if e.kind == "pos"]
            positions = after or before
            signer.position = positions[-1] if positions else signer.on_behalf_of
        else:
            positions = [e.value for e in sig if e.kind == "pos"]
            if positions:
                signer.position = positions[-1]
                if len(positions) > 1:
                    self.warnings.append(
                        "Có nhiều dòng chức vụ ở phần chữ ký: "
                        + "; ".join(f"«{p}»" for p in positions)
                        + f". Đã lấy «{positions[-1]}»."
                    )
        if names:
            signer.name = names[-1]
            if len(names) > 1:
                self.warnings.append(
                    "Có nhiều họ tên ở phần chữ ký: "
                    + "; ".join(f"«{n}»" for n in names)
                    + f". Đã lấy «{names[-1]}»."
                )
        return _unmarked_signer(signer)

    def _take_signatures(self, signers: list[Signer]) -> None:
        """The signatures, left first; the last is the main one (``plan.signature``)."""
        self.plan.signatures = signers or [Signer()]
        for signer in self.plan.signatures:
            if not signer.name:
                self.warnings.append("Không tìm thấy họ tên người ký.")
            elif signature_needs_profile(signer):
                self.warnings.append(needs_profile_warning(signer))


_PURPOSE_IN_BRACKETS_RE = re.compile(r"^(?P<name>.*\S)\s*\((?P<purpose>[^()]*)\)$")
_PURPOSE_AFTER_SEMICOLON_RE = re.compile(r"^(?P<name>.*?\S)\s*;\s*(?P<purpose>để\s.*)$", re.I)
# How a purpose begins, folded: "để báo cáo", "b/c", "B/cáo", "t/h", "đ/b", "thực hiện"…
_PURPOSES = (
    "de ", "b/c", "t/h", "p/h", "e/b", "d/b", "thuc hien", "bao cao", "biet", "phoi hop", "chi dao",
    "theo doi", "dang ", "huong dan", "trien khai", "kiem tra", "giam sat",
)  # fmt: skip


def _is_purpose(text: str) -> bool:
    return _fold(text).strip("( ").startswith(_PURPOSES)


@dataclass
class _SigEntry:
    kind: str  # "auth" (value "KT.|TRƯỞNG PHÒNG"), "pos" or "name"
    value: str
    right: bool  # it stood in the right of two columns


def _in_right_column(line: _L, col: int, count: int) -> bool:
    if line.column is not None and line.columns >= 2:
        return line.column == line.columns - 1
    if count >= 2:
        return col == count - 1
    return line.indent >= _RIGHT_INDENT


# Leading spaces of a line of PDF text that stands in the right half of the page on its own.
_RIGHT_INDENT = 30


def _signature_columns(sig: list[_SigEntry]) -> list[list[_SigEntry]]:
    """Two signatures side by side (a joint plan, "KẾ HOẠCH LIÊN TỊCH"): the lines of the left
    and of the right column, left first, when each has a name and a title line; otherwise all
    the lines make one signature."""
    left = [e for e in sig if not e.right]
    right = [e for e in sig if e.right]

    def whole(part: list[_SigEntry]) -> bool:
        return any(e.kind == "name" for e in part) and any(e.kind in ("auth", "pos") for e in part)

    if whole(left) and whole(right):
        return [left, right]
    # The two cells read one after the other (a converter that lists a table cell by cell): a
    # title line after a name begins the second signature.
    for i in range(1, len(sig)):
        if sig[i - 1].kind == "name" and sig[i].kind in ("auth", "pos") and whole(sig[:i]) and whole(sig[i:]):
            return [sig[:i], sig[i:]]
    return [sig]


# --- signatures the reader could not complete ---------------------------------------------------


def signature_needs_profile(signer: Signer) -> bool:
    """A name with no title above it (the source had only fragments of the seal there): the
    reader cannot know the authority and position; the office profile's signer of that name
    can give them."""
    return bool(signer.name.strip()) and not (
        signer.authority.strip()
        or signer.position.strip()
        or signer.on_behalf_of.strip()
        or any(line.strip() for line in signer.above)
    )


def needs_profile_warning(signer: Signer) -> str:
    """The reader's warning for a signature :func:`signature_needs_profile` finds (exact text)."""
    return (
        f"Không tìm thấy chức vụ của người ký «{signer.name.strip()}» (dòng chữ in hoa phía trên họ tên): "
        "hãy lấy chức vụ theo người ký trong hồ sơ đơn vị hoặc nhập chức vụ người ký."
    )


def _unmarked_signer(signer: Signer) -> Signer:
    signer.authority = unmark(signer.authority)
    signer.on_behalf_of = unmark(signer.on_behalf_of)
    signer.position = unmark(signer.position)
    signer.name = unmark(signer.name)
    signer.above = [unmark(line) for line in signer.above if unmark(line)]
    return signer
