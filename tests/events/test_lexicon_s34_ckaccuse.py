"""ACCUSE constructions (session 34, ckaccuse): a state that claims another state's party harmed it
accuses that party ("The Kremlin claimed that Ukraine had tried to kill Putin", "mengklaim agen Israel
membunuh …"; coder.told_by_victim, grammar claim_verbs), while "said" alone and a doer of the speaker's
own state stay a report; a suspect-naming trigger that encloses its object ("named the regent a suspect
in a bribery case") is a finite act, not a describing participle (coder.holds_object). Sentences
written for warta."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Iran's foreign ministry claimed that Israeli agents had killed a nuclear scientist near Tehran.",
         "IRN", "ISR"),
        ("en", "Venezuela's defence minister claimed that Colombian troops had attacked a border post.", "VEN", "COL"),
        ("id", "Kementerian Luar Negeri Iran mengklaim agen Israel telah membunuh ilmuwan nuklir di dekat Teheran.",
         "IRN", "ISR"),
        ("en", "Indonesian prosecutors named a former transport minister a suspect in a bribery case.", "IDN", "IDN"),
        ("en", "Thai police named two provincial officials as suspects in a smuggling case.", "THA", "THA"),
    ],
)
def test_accusation_coded(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-05-03")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # said, not claimed: a report of the attack, no accusation
        ("en", "Iran's foreign ministry said that Israeli agents had killed a nuclear scientist near Tehran."),
        ("id", "Kementerian Luar Negeri Iran mengatakan agen Israel membunuh ilmuwan nuklir di dekat Teheran."),
        # the doer of the speaker's own state
        ("en", "Iraqi police claimed that insurgents had killed five soldiers in Mosul."),
        ("id", "Polisi Irak mengklaim gerilyawan membunuh lima tentara di Mosul."),
    ],
)
def test_no_accusation(lang, text):
    found = coded_in(lang, text, pub_date="2023-05-03")
    assert not any(e == "ACCUSE" for e, _, _ in found), found


def test_description_still_dropped():
    """A participle describing someone is still no accusation: "the man accused of shooting …"."""
    found = english("The man accused of shooting four people was named by Indonesian police.", pub_date="2023-05-03")
    assert not any(e == "ACCUSE" for e, _, _ in found), found
