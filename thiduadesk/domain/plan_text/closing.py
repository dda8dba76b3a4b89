"""The closing block: where the body ends, the signature (authority, position, name) and the
recipients (Nơi nhận) with their purposes; an appendix after it is read by
:class:`~thiduadesk.domain.plan_text.appendix.AppendixReader`."""

from __future__ import annotations

import re

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
    _is_rule,
    _is_upper_name,
)
from thiduadesk.domain.plan_text.words import _fold, _mostly_upper, _squash, _starts_lower, _terminal


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
        sig: list[tuple[str, str]] = []  # ("auth", prefix|rest) / ("pos", text) / ("name", text)
        sig_right: list[bool] = []  # per entry of ``sig``: it stood in the right of two columns
        right = False

        def add_sig(kind: str, value: str) -> None:
            sig.append((kind, value))
            sig_right.append(right)

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
                # Where a signature line stands: the right column of a line holding two.
                right = len(pieces) >= 2 and col == len(pieces) - 1
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
                if _is_position(fr):
                    add_sig("pos", fr.upper())
                    continue
                bullet = _bullet_match(fr)
                f = _fold(fr)
                if (
                    recipients_mode
                    and not recipients_done
                    and not bullet
                    and self._recipient_open
                    and self.plan.recipients
                    and (_starts_lower(fr) or fr.startswith("("))
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
                if sig and _is_upper_name(fr) and not any(k == "name" for k, _ in sig):
                    add_sig("name", _squash(fr))  # a name typed in capitals
                    continue
                if sig and _mostly_upper(fr) and len(fr) <= 60:
                    # Text of the seal printed near the signature ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO").
                    self._drop(fr)
                    continue
                pending.append(fr)
            k += 1
        self._flush_pending(pending)
        self._take_signature(self._one_signer(sig, sig_right))

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
        name, purpose = t, ""
        m = re.match(r"^(.*\S)\s*\(([^()]*)\)$", t)
        if m:
            p = _fold(m.group(2))
            if p.startswith(
                (
                    "de ",
                    "b/c",
                    "t/h",
                    "p/h",
                    "thuc hien",
                    "bao cao",
                    "biet",
                    "phoi hop",
                    "chi dao",
                    "theo doi",
                    "dang ",
                    "huong dan",
                    "trien khai",
                    "kiem tra",
                    "giam sat",
                    "e/b",
                    "d/b",
                )
            ):
                name, purpose = m.group(1).strip(), m.group(2).strip()
        self.plan.recipients.append(Recipient(name=name, purpose=purpose))
        return final

    def _one_signer(self, sig: list[tuple[str, str]], right: list[bool]) -> list[tuple[str, str]]:
        """A joint plan signed by two (two names side by side): keep the right-hand signer,
        whose lines are the right column, and tell the clerk about the other."""
        names = [v for k, v in sig if k == "name"]
        right_names = [v for (k, v), r in zip(sig, right, strict=True) if k == "name" and r]
        if len(names) < 2 or not right_names:
            return sig
        kept = [e for e, r in zip(sig, right, strict=True) if r]
        if not any(k in ("pos", "auth") for k, _ in kept):
            return sig
        others = [v for v in names if v not in right_names]
        self.warnings.append(
            "Văn bản có hai người ký (kế hoạch liên tịch); kế hoạch chỉ lưu được một người ký: đã giữ «"
            + right_names[-1]
            + "», bỏ «"
            + "», «".join(others)
            + "». Hãy kiểm tra lại phần chữ ký."
        )
        return kept

    def _take_signature(self, sig: list[tuple[str, str]]) -> None:
        signer = Signer()
        auths = [v for k, v in sig if k == "auth"]
        names = [v for k, v in sig if k == "name"]
        if len(auths) > 1:
            self.warnings.append(
                "Phần chữ ký có nhiều dòng thẩm quyền ("
                + "; ".join("«" + a.replace("|", " ") + "»" for a in auths)
                + "); chỉ giữ được dòng đầu, hãy kiểm tra lại người ký."
            )
        if auths:
            prefix, rest = auths[0].split("|", 1)
            signer.authority = prefix
            signer.on_behalf_of = rest
            at = next(i for i, (k, _) in enumerate(sig) if k == "auth")
            after = [v for k, v in sig[at + 1 :] if k == "pos"]
            before = [v for k, v in sig[:at] if k == "pos"]
            positions = after or before
            signer.position = positions[-1] if positions else rest
        else:
            positions = [v for k, v in sig if k == "pos"]
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
        self.plan.signature = signer
        if not signer.name:
            self.warnings.append("Không tìm thấy họ tên người ký.")
        elif not signer.position:
            self.warnings.append("Không tìm thấy chức vụ người ký (dòng chữ in hoa phía trên chữ ký).")
