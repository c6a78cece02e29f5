"""Talks of a joint subject (session 46, consult; coder.topic_of_discussion, grammar topic_verbs):
"A and B discussed X" — the object of the talking verb is the topic, so A meets B; near miss: a
partner after "with" stays the other side of the talks."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "The foreign ministers of Brazil and Argentina discussed Venezuela by phone on Monday.", "BRA", "ARG"),
        ("en", "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed discussed Somalia in a call.",
         "KEN", "ETH"),
        ("id", "Menteri Luar Negeri Brasil dan Menteri Luar Negeri Argentina membahas Venezuela melalui telepon.",
         "BRA", "ARG"),
        ("id", "Presiden Kenya dan Perdana Menteri Ethiopia membicarakan Somalia dalam sambungan telepon, Senin.",
         "KEN", "ETH"),
    ],
)
def test_joint_talks_object_is_topic(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2024-03-04")
    assert has(found, "CONSULT", actor, recipient), found
    assert not any(e == "CONSULT" and "VEN" in r or "SOM" in r for e, _, r in found), found


def test_partner_after_with_is_kept():
    # near miss: the party after "with" is a side of the talks, not a topic
    found = english("The foreign ministers of Brazil and Argentina discussed the crisis with Chile's president.",
                    pub_date="2024-03-04")
    assert any(e == "CONSULT" and "CHL" in r for e, _, r in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Chinese and Vietnamese diplomats held two days of talks on the South China Sea in Hanoi.",
         "CHN", "VNM"),
        ("en", "Norway held three rounds of negotiations with Colombia's rebels last year.", "NOR", "COL"),
        ("id", "Menlu Rusia Sergei Lavrov dan Menlu AS Marco Rubio menggelar lebih dari empat jam pembicaraan "
         "di Riyadh.",
         "RUS", "USA"),
    ],
)
def test_measured_talks_held(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2025-02-20")
    assert has(found, "CONSULT", actor, recipient), found


def test_company_hours_of_talks_not_coded():
    # near miss: two firms' talks are business, no political event
    found = english("The two companies held hours of talks about the merger.", pub_date="2024-06-03")
    assert not any(e == "CONSULT" for e, _, _ in found), found
