"""A UTF-8 text file with a few stray bytes (a pasted character from another program, a file
joined from two sources): read it as UTF-8 line by line, keep every valid line as it is, and say
which lines had bytes replaced — instead of reading the whole file in a legacy code page, which
turns every Vietnamese letter into mojibake ("Káº¾ HOáº CH")."""

from __future__ import annotations

REPLACEMENT = "\ufffd"


def repaired_utf8(data: bytes) -> tuple[str, list[int]] | None:
    """(text, numbers of the lines where bytes were replaced) when ``data`` is UTF-8 but for a few
    stray bytes; None when it is not mostly UTF-8 (then a code page is the better guess)."""
    lines = data.split(b"\n")
    valid_non_ascii = 0
    bad: list[int] = []
    for number, line in enumerate(lines, start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
            continue
        if any(b >= 0x80 for b in line):
            valid_non_ascii += 1
    # Real UTF-8 Vietnamese has accented letters on most lines; a legacy file has none valid.
    if not bad or valid_non_ascii < 3 or len(bad) > max(3, valid_non_ascii // 10):
        return None
    text = "\n".join(line.decode("utf-8", errors="replace") for line in lines)
    return text, bad
