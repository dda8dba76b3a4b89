"""Import a plan from a file: .docx (Word), .txt (text saved from Word or PDF) or .md (Markdown).

The file is read here; the reading of the document itself is
:func:`thiduadesk.domain.plan_text.parse_plan_lines` / :func:`~thiduadesk.domain.plan_text.parse_plan_text`.
Problems the clerk can act on raise :class:`PlanImportError` with a Vietnamese message.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from thiduadesk.domain.plan_text import ParsedPlan, parse_plan_lines, parse_plan_text
from thiduadesk.domain.text_files import read_text_file

__all__ = ["SUPPORTED_EXTENSIONS", "PlanImportError", "import_plan_file", "read_plan_text_file"]

TEXT_EXTENSIONS = (".txt", ".text", ".md", ".markdown")
DOCX_EXTENSIONS = (".docx", ".docm")
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS + DOCX_EXTENSIONS

# Files bigger than this are not plans (a plan is a few pages); refuse rather than stall.
MAX_BYTES = 30 * 1024 * 1024


class PlanImportError(Exception):
    """A plan file that cannot be imported; ``message`` is written for the clerk (Vietnamese)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _check_file(path: Path) -> None:
    if not path.exists():
        raise PlanImportError(f"Không tìm thấy tệp «{path.name}» ({path}). Hãy kiểm tra lại đường dẫn.")
    if path.is_dir():
        raise PlanImportError(f"«{path.name}» là một thư mục, không phải tệp kế hoạch.")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PlanImportError(f"Không mở được tệp «{path.name}»: {exc.strerror or exc}.") from exc
    if size == 0:
        raise PlanImportError(f"Tệp «{path.name}» rỗng (0 byte), không có nội dung để nhập.")
    if size > MAX_BYTES:
        raise PlanImportError(
            f"Tệp «{path.name}» quá lớn ({size // (1024 * 1024)} MB) để là một kế hoạch. "
            "Hãy kiểm tra lại tệp đã chọn."
        )


def _looks_binary(text: str) -> bool:
    """Text decoded from a file that is not text: NULs, control characters, replacement marks."""
    if not text:
        return False
    if "\x00" in text:
        return True
    sample = text[:200_000]
    bad = sum(
        1
        for c in sample
        if c == "\ufffd" or (unicodedata.category(c) in ("Cc", "Co", "Cs") and c not in "\t\n\r\f\v")
    )
    return bad > max(3, len(sample) // 200)


def read_plan_text_file(path: str | os.PathLike[str]) -> tuple[str, str | None]:
    """(text, note) of a text file, whatever its encoding (see ``text.read_text_file``)."""
    p = Path(path)
    try:
        head = p.read_bytes()[:8]
    except OSError as exc:
        raise PlanImportError(f"Không đọc được tệp «{p.name}»: {exc.strerror or exc}.") from exc
    if head.startswith(b"PK\x03\x04"):
        raise PlanImportError(
            f"Tệp «{p.name}» thực ra là tài liệu Word (.docx) hoặc tệp nén, không phải văn bản thuần. "
            "Hãy đổi phần mở rộng thành .docx rồi nhập lại."
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise PlanImportError(
            f"Tệp «{p.name}» là tài liệu Word 97–2003 (.doc). Hãy mở bằng Word, chọn "
            "«Lưu thành» định dạng .docx rồi nhập lại."
        )
    if head.startswith(b"%PDF"):
        raise PlanImportError(
            f"Tệp «{p.name}» là tệp PDF. Hãy mở tệp PDF, chép toàn bộ nội dung sang một tệp văn bản "
            "(.txt) hoặc Word (.docx) rồi nhập tệp đó."
        )
    try:
        text, note = read_text_file(p)
    except OSError as exc:
        raise PlanImportError(f"Không đọc được tệp «{p.name}»: {exc.strerror or exc}.") from exc
    if note is None and _decomposed_unicode(p):
        note = "Tệp dùng Unicode tổ hợp (dấu tách rời chữ); đã chuẩn hoá về dạng dựng sẵn (NFC)."
    if _looks_binary(text):
        raise PlanImportError(
            f"Tệp «{p.name}» không phải là tệp văn bản (có vẻ là tệp nhị phân hoặc đã hỏng). "
            "Hãy chọn tệp .docx, .txt hoặc .md chứa kế hoạch."
        )
    return text, note


def _decomposed_unicode(path: Path) -> bool:
    """A UTF-8 file whose text is not NFC (macOS, some web pages): worth telling the clerk."""
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    return not unicodedata.is_normalized("NFC", raw)


def _has_content(parsed: ParsedPlan) -> bool:
    plan = parsed.plan
    return bool(
        plan.title
        or plan.bases
        or plan.body
        or plan.recipients
        or plan.signature.name
        or (plan.timetable and plan.timetable.rows)
    )


def import_plan_file(path: str | os.PathLike[str]) -> ParsedPlan:
    """Read a plan from ``path`` (.docx, .txt, .md) into a :class:`ParsedPlan`.

    Raises :class:`PlanImportError` for a missing, empty, unsupported, corrupt or binary file.
    """
    p = Path(path)
    ext = p.suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        hint = ""
        if ext == ".doc":
            hint = (
                " Tệp .doc (Word 97–2003): hãy mở bằng Word, chọn «Lưu thành» định dạng .docx rồi nhập lại."
            )
        elif ext == ".pdf":
            hint = " Tệp PDF: hãy chép nội dung sang tệp .docx hoặc .txt rồi nhập tệp đó."
        raise PlanImportError(
            f"Định dạng tệp không được hỗ trợ: «{p.name}». Chỉ nhập được tệp .docx, .txt hoặc .md.{hint}"
        )
    _check_file(p)
    if ext in DOCX_EXTENSIONS:
        from thiduadesk.exchange.docx_import import read_docx_lines

        lines, notes = read_docx_lines(p)
        parsed = parse_plan_lines(lines, paragraph_lines=True)
        parsed.warnings[:0] = notes
    else:
        text, note = read_plan_text_file(p)
        if not text.strip():
            raise PlanImportError(f"Tệp «{p.name}» không có nội dung để nhập.")
        parsed = parse_plan_text(text)
        if note:
            parsed.warnings.insert(0, note)
            if parsed.legacy_encoding is None:
                parsed.legacy_encoding = _encoding_from_note(note)
    if not _has_content(parsed):
        raise PlanImportError(
            f"Không đọc được nội dung kế hoạch nào trong tệp «{p.name}». Hãy kiểm tra đúng tệp kế hoạch chưa."
        )
    return parsed


def _encoding_from_note(note: str) -> str | None:
    lowered = note.lower()
    if "tcvn3" in lowered:
        return "tcvn3"
    if "vni" in lowered:
        return "vni"
    return None
