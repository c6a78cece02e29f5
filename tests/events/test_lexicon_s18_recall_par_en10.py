"""English recall on unseen wire text (session 18, helper recall_par_en10): a government calling
another's remarks, claims or report questionable, unfair, one-sided (ACCUSE), criticism named only
as what one would rather avoid ("instead of criticism": no event) — en/triggers_s18_recall_par_en10.yaml;
office-holders of 2007 wire news (actors/people/s18_recall_par_en10.tsv) and Greece's November 17
group (actors/bodies_s18_recall_par_en10.yaml). All sentences are written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The Philippine foreign ministry described the Chinese envoy's remarks as misleading.", "PHL", "CHN"),
        ("Seoul called the Japanese minister's comments regrettable and unhelpful.", "KOR", "JPN"),
        ("The Indian foreign ministry termed the Pakistani report as one-sided.", "IND", "PAK"),
        ("Hanoi described Beijing's assessment as biased.", "VNM", "CHN"),
    ],
)
def test_remarks_called_unfair_are_disapproval(text, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan said the focus should be on cooperation instead of questionable criticism.",
        "Kenya said its neighbours need help rather than public criticism.",
    ],
)
def test_criticism_one_would_rather_avoid_is_no_event(text):
    found = english(text, pub_date="2015-06-10")
    assert not any(e == "ACCUSE" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not describe the envoy's remarks as unfair.",
        "Analysts called the minister's comments surprising.",
    ],
)
def test_guards_negated_or_neutral_remarks(text):
    """Guards for the new entries (they pass without them too): negated, or a neutral adjective."""
    found = english(text, pub_date="2015-06-10")
    assert not any(e == "ACCUSE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Mazuz charged the former tourism minister with fraud on Tuesday.", "ACCUSE", "ISR", "ISR"),
        ("Vidts met Pakistani defence officials in Rawalpindi.", "CONSULT", "IGO", "PAK"),
        ("Tariq Waseem Ghazi criticised NATO over the deaths of the soldiers.", "ACCUSE", "PAK", "IGO"),
        ("Al-Ojeily met the British ambassador on Sunday.", "CONSULT", "IRQ", "GBR"),
        ("Amato criticised Romania over the crime wave.", "ACCUSE", "ITA", "ROU"),
        ("Tom Casey criticised Syria for hosting militants.", "ACCUSE", "USA", "SYR"),
        ("Gratteri accused Albanian gangs of trafficking women.", "ACCUSE", "ITA", "ALB"),
        ("The November 17 group killed a British defence attache in Athens in 2000.", "ASSAULT", "GRC", "GBR"),
    ],
)
def test_office_holders_of_2007(text, event, actor, recipient):
    found = english(text, pub_date="2007-01-20")
    assert has(found, event, actor, recipient), found
