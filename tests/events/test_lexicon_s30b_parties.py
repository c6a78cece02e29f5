"""Talks whose topic joins two things before "with" (session 30b, parties; attribution.talked_with):
"discussed his Syria policy and Red Sea shipping with Egypt's foreign minister" — the partner is the
one after "with", not a state named in the topic; a partner owned by a state ("Jordan's King
Abdullah and Egyptian President Sisi") brings the party joined to it. Near miss: "and" before
another verb ("met Jordan's king and held talks with …") still ends the first verb's object."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The French president discussed his Syria policy and Red Sea shipping with Egypt's foreign minister.",
         "FRA", "EGY"),
        ("Blinken discussed his Ukraine plan and Middle East security with Saudi Crown Prince Mohammed bin Salman.",
         "USA", "SAU"),
        ("Macron discussed his Lebanon plan and Iran's nuclear programme with Jordan's King Abdullah II and "
         "Egyptian President Abdel Fattah al-Sisi.", "FRA", "EGY"),
    ],
)
def test_partner_after_a_joined_topic(text, actor, recipient):
    found = english(text, pub_date="2024-03-11")
    assert has(found, "CONSULT", actor, recipient), found


def test_topic_state_is_no_partner():
    found = english(
        "The French president discussed his Syria policy and Red Sea shipping with Egypt's foreign minister on Monday.",
        pub_date="2024-03-11",
    )
    assert not any(e == "CONSULT" and "SYR" in r for e, _, r in found), found


def test_another_verb_after_and_keeps_its_object():
    found = english("The Chinese premier met Jordan's king and held talks with Iraqi leaders on Monday.")
    assert has(found, "CONSULT", "CHN", "JOR"), found
