"""Vietnamese phone numbers and e-mail addresses as offices write them."""

from __future__ import annotations

import pytest

from thiduadesk.domain.contacts import email_ok, phone_digits, phone_ok


@pytest.mark.parametrize("number", [
    "0912345678", "0912 345 678", "091.234.5678", "0912-345-678", "0358 123 456", "0868123456",
    "02438370123", "024 3837 0123", "(024) 3837 0123", "(0277) 3861 234", "0277.3861.234",
    "+84 912 345 678", "+84912345678", "84912345678", "+84 24 3837 0123", "+84 (24) 3837 0123",
    "024 3837 0123 / 0912 345 678", "0912345678; 0987654321", "", "   ",
])
def test_numbers_offices_write(number):
    assert phone_ok(number)


@pytest.mark.parametrize("number", [
    "091234567",  # 9 digits
    "09123456789",  # 11 digits for a mobile
    "0112345678",  # no such mobile prefix
    "2438370123",  # no leading 0
    "0438370123",  # the old 10-digit landline form (area codes changed in 2017)
    "024383701234",  # 12 digits
    "+84 0912 345 678",  # the 0 written as well as +84
    "0912 345 678 ext 12", "số máy 0912345678", "abc", "0912345678 /",
])
def test_numbers_refused(number):
    assert not phone_ok(number)


def test_digits_without_separators_and_with_the_leading_zero():
    assert phone_digits("+84 (24) 3837-0123") == "02438370123"
    assert phone_digits("84 912 345 678") == "0912345678"


@pytest.mark.parametrize("address", ["pgd@namtuliem.edu.vn", "c2ducthang.nt@hanoiedu.vn", "a.b+c@gmail.com",
                                     "pgd@namtuliem.edu.vn; tdkt@namtuliem.edu.vn", ""])
def test_addresses_accepted(address):
    assert email_ok(address)


@pytest.mark.parametrize("address", ["not an email", "pgd@", "@namtuliem.edu.vn", "pgd@namtuliem",
                                     "pgd namtuliem@edu.vn", "pgd@@namtuliem.edu.vn", "pgd@namtuliem.edu.v",
                                     "pgd@namtuliem.edu.vn;;x"])
def test_addresses_refused(address):
    assert not email_ok(address)
