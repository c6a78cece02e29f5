"""Whole news articles (session 41, ennews): a subject pronoun opening a clause after a conjunction
("after it accused …", "setelah mereka menuduh …") or after a speech participle (", saying it would …")
is the party that opened the sentence (actors.match clause_subject_pronoun, grammar
`pronoun_clause_openers`, `speech_participles`); a protest against an act is aimed at the act's doer,
named in the sentence or told before and met again ("to condemn the raid") as a condemnation is
(coder ACT_JUDGEMENTS, UNDONE_ACTS). Near misses: a person pronoun after a named object, a protest
aimed at no act."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "The Turkish army shelled the border villages after it accused Kurdish militants of firing rockets.",
         "ACCUSE", "TUR", None),
        ("en", "The Kenyan government criticized Somalia on Friday, saying it would expel the Somali envoy.",
         "THREATEN", "KEN", "SOM"),
        ("id", "Tentara Turki menembaki desa-desa di perbatasan setelah pihaknya menuduh militan Kurdi "
         "menembakkan roket.",
         "ACCUSE", "TUR", None),
    ],
)
def test_clause_subject_pronoun(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-05-02")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Hundreds of students rallied in Nairobi to protest against the Ugandan army's raid on the border town.",
         "PROTEST", "KEN", "UGA"),
        ("en", "Israeli troops raided the Jenin camp on Monday. Thousands of people marched in Amman "
         "to condemn the raid.",
         "PROTEST", "JOR", "ISR"),
        ("id", "Ratusan mahasiswa berunjuk rasa di Nairobi untuk memprotes serangan tentara Uganda ke kota perbatasan.",
         "PROTEST", "KEN", "UGA"),
    ],
)
def test_protest_aimed_at_act_doer(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-05-02")
    assert has(found, event, actor, recipient), found


def test_near_misses():
    # the pronoun after a named person object is not the police who opened the sentence
    found = english("Police arrested Ali Hassan in Karachi after he attacked a guard.", pub_date="2023-05-02")
    assert not has(found, "ASSAULT", "PAK"), found
    # a plural pronoun after a plural object may be the object's people: no guess
    found = english("Police detained 20 workers after they stormed the factory gate.", pub_date="2023-05-02")
    assert not has(found, "PROTEST", "PAK") and not any(a == ["PAK"] and e == "ASSAULT" for e, a, _ in found), found
    # a protest for a demand, against no act, stays aimed at the home government
    found = english("Thousands of farmers marched in Delhi to demand higher crop prices.", pub_date="2023-05-02")
    assert has(found, "PROTEST", "IND", "IND"), found
