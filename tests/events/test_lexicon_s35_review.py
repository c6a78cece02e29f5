"""Review of session 35: being in touch with a party is a contact, as being in contact is
(`en.consult.s35-in-touch-with`), and Indonesian "menghubungi" already codes — but a party out of
touch with its people has consulted no one."""

from __future__ import annotations

from conftest import coded_in
from conftest import has_event as has


def test_being_in_touch_is_a_contact():
    text = "Foreign Minister Penny Wong has been in close touch with her Indonesian counterpart."
    found = coded_in("en", text, "2024-03-01")
    assert has(found, "CONSULT", "AUS", "IDN"), found


def test_staying_in_touch_with_a_capital_is_a_contact():
    found = coded_in("en", "Japan stayed in touch with Seoul throughout the crisis.", "2024-03-01")
    assert has(found, "CONSULT", "JPN", "KOR"), found


def test_out_of_touch_is_no_contact():
    found = coded_in("en", "The Chinese government is out of touch with its people.", "2024-03-01")
    assert not [event for event in found if event[0] == "CONSULT"], found
