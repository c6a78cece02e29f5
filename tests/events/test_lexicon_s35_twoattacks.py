"""Two clauses joined by "and"/"dan", the second with a party of its own (session 35, twoattacks;
ClauseReader.opens_clause): "Hezbollah fired rockets … and the Israeli army responded with air
strikes" — the party after the coordinator, right before a finite active event verb, is that verb's
subject: the second act is not folded into the first (governed), not given the first clause's
subject, not read as a second object of the first verb, and not merged with it as a retelling. Near
misses: a joint subject after a speech verb, two verbs sharing one subject, a passive second clause."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")

ROCKETS_EN = "Hezbollah fired rockets at northern Israel and the Israeli army responded with air strikes on Lebanon."
ROCKETS_ID = "Hizbullah menembakkan roket ke Israel utara dan militer Israel membalas dengan serangan udara ke Lebanon."

# (language, sentence, type, actor, recipient)
NEW_CLAUSE = [
    ("en", ROCKETS_EN, "ASSAULT", "ISR", "LBN"),
    (
        "en",
        "Tehran recalled its envoy from Baku and Azerbaijan expelled two Iranian diplomats.",
        "SANCTION",
        "AZE",
        "IRN",
    ),
    (
        "en",
        "Militants attacked a border post and Pakistani troops shelled their hideouts in Afghanistan.",
        "ASSAULT",
        "PAK",
        None,
    ),
    ("id", ROCKETS_ID, "ASSAULT", "ISR", "LBN"),
    (
        "id",
        "Teheran memanggil pulang duta besarnya dari Baku dan Azerbaijan mengusir dua diplomat Iran.",
        "SANCTION",
        "AZE",
        "IRN",
    ),
    (
        "id",
        "Milisi menyerang pos perbatasan dan tentara Pakistan menembaki persembunyian mereka di Afghanistan.",
        "ASSAULT",
        "PAK",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "event", "actor", "recipient"), NEW_CLAUSE)
def test_party_after_and_opens_its_own_clause(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2024-05-02")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", ROCKETS_EN), ("id", ROCKETS_ID)],
)
def test_first_clause_keeps_its_own_parties(lang, text):
    # the second clause's subject is no second target of the rockets
    found = coded_in(lang, text, pub_date="2024-05-02")
    assert has(found, "ASSAULT", "LBN", "ISR"), found
    assert not any(e == "ASSAULT" and "LBN" in a and "LBN" in r for e, a, r in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Officials said Russia and China vetoed the draft resolution."),
        ("id", "Pejabat mengatakan Rusia dan China memveto rancangan resolusi itu."),
    ],
)
def test_joint_subject_after_speech_stays_joint(lang, text):
    found = coded_in(lang, text, pub_date="2024-05-02")
    assert any(e == "REJECT" and a == ["CHN", "RUS"] for e, a, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rebels ambushed the convoy and two Turkish soldiers were killed."),
        ("id", "Pemberontak menyerang konvoi itu dan dua tentara Turki ditembak."),
    ],
)
def test_passive_second_clause_names_no_attacker(lang, text):
    found = coded_in(lang, text, pub_date="2024-05-02")
    assert not any(e == "ASSAULT" and a == ["TUR"] and "TUR" not in r for e, a, r in found), found


def test_two_verbs_of_one_subject_share_it():
    found = english("Iranian militants killed two Iraqi policemen and kidnapped four others.", pub_date="2024-05-02")
    assert not any(e == "ASSAULT" and "IRQ" in a for e, a, _ in found), found
