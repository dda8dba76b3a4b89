"""Checking the phone numbers and e-mail addresses typed in the office profile and the unit forms.

Phone numbers as Vietnamese offices write them: a mobile of 10 digits starting with 0 and a
mobile prefix (03, 05, 07, 08, 09: "0912 345 678"), a landline of 11 digits with its area code
(02x: "024 3837 0123", "(0277) 3861 234"), either with "+84" or "84" for the leading 0; spaces,
dots, dashes and brackets between the digits; several numbers separated by "/", ";" or ",".
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[ .\-()]")
_LIST = re.compile(r"\s*[/;,]\s*")
_MOBILE = re.compile(r"0[35789]\d{8}")
_LANDLINE = re.compile(r"02\d{9}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def phone_digits(number: str) -> str:
    """One number with its separators gone and +84 / 84 written as the leading 0."""
    digits = _SEPARATORS.sub("", number.strip())
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    return digits


def phone_ok(text: str) -> bool:
    """Whether every number in ``text`` is a Vietnamese mobile or landline ("" is fine: optional)."""
    if not text.strip():
        return True
    parts = _LIST.split(text.strip())  # an empty part ("0912 345 678 /") is a slip: refused
    return all(_MOBILE.fullmatch(d) or _LANDLINE.fullmatch(d) for d in map(phone_digits, parts))


def email_ok(text: str) -> bool:
    """Whether every address in ``text`` (separated by ";" or ",") looks like name@domain.vn."""
    if not text.strip():
        return True
    parts = [p for p in re.split(r"\s*[;,]\s*", text.strip()) if p]
    return bool(parts) and all(_EMAIL.fullmatch(p) for p in parts)
