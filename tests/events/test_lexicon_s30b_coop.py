"""Cooperative and yielding types (session 30b, coop): a noun event heading a reported clause whose
predicate comes after the parties a "between"/"antara" names is read against that predicate —
"talks between President A of X and Prime Minister B of Y would focus on security" is a prediction,
not talks held (events/modality.predicate_span: the names inside the "between" phrase do not use up
the reach to the predicate). Held talks "between" two parties are still coded."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said talks between Sudanese President Omar al-Bashir and South Sudanese President "
        "Salva Kiir would focus on oil revenues.",
        "A spokesman said negotiations between Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
        "President Ilham Aliyev could resume next month.",
    ],
)
def test_talks_between_long_names_with_a_modal_are_not_held(text):
    assert not has(english(text), "CONSULT", "SDN") and not has(english(text), "CONSULT", "ARM")
    assert not has(english(text), "CONSULT", "SSD") and not has(english(text), "CONSULT", "AZE")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Talks between Sudanese President Omar al-Bashir and South Sudanese President Salva Kiir "
         "ended in Khartoum on Monday without a deal.", "SSD", "SDN"),  # the host is the recipient
        ("Armenian Prime Minister Nikol Pashinyan held talks with Azerbaijani President Ilham Aliyev "
         "in Brussels on Sunday.", "ARM", "AZE"),
    ],
)
def test_talks_held_between_named_leaders_are_coded(text, actor, recipient):
    assert has(english(text), "CONSULT", actor, recipient)
