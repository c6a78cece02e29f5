"""Precision on unseen English (session 35, auditen): a famous surname that the text gave to someone
else ("Gary Morrison, a county official") stays that person's; a reluctance or an inability before an
act says it was not done ("reluctant to commit to a meeting", "unable to attend", "wary of offering",
"ragu untuk menawarkan"); a party between a verb and "and" + auxiliaries is that verb's object, not the
subject of the verb after ("considers Colombia hostile and has rejected …"). Sentences written for warta."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


def test_surname_of_someone_introduced_is_not_the_famous_namesake():
    text = (
        "Gary Morrison, a county official in Ohio, spoke at the hearing on Monday. "
        "Morrison criticised the Chinese government."
    )
    found = english(text, pub_date="2021-03-10")
    assert not any("AUS" in a for _, a, _ in found), found


def test_surname_of_the_famous_holder_stays_his():
    text = (
        "Australian Prime Minister Scott Morrison spoke in Canberra on Monday. "
        "Morrison criticised the Chinese government."
    )
    assert has(english(text, pub_date="2021-03-10"), "ACCUSE", "AUS", "CHN")


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Beijing has been reluctant to commit to a meeting with Washington.", "AGREE"),
        ("en", "Japan was unable to attend the talks with South Korea in Geneva.", "CONSULT"),
        ("en", "India is wary of offering concessions to Pakistan.", "AGREE"),
        ("en", "Ankara has been hesitant to send troops to Libya.", "MOBILIZE"),
        ("id", "India ragu untuk menawarkan konsesi kepada Pakistan.", "AGREE"),
    ],
)
def test_reluctance_or_inability_is_no_act(lang, text, event):
    found = coded_in(lang, text, pub_date="2021-03-10")
    assert not any(e == event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "India offered concessions to Pakistan.", "AGREE", "IND", "PAK"),
        ("en", "Japan attended the talks with South Korea in Geneva.", "CONSULT", "JPN", "KOR"),
        ("id", "India menawarkan konsesi kepada Pakistan.", "AGREE", "IND", "PAK"),
    ],
)
def test_the_act_itself_is_coded(lang, text, event, actor, recipient):
    assert has(coded_in(lang, text, pub_date="2021-03-10"), event, actor, recipient)


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Venezuela considers Colombia hostile and has rejected the offer from Brazil.", "REJECT", "VEN", "BRA"),
        ("en", "Iran, which considers Britain hostile and has rejected the offer from France, said it would respond.",
         "REJECT", "IRN", "FRA"),
        ("id", "Venezuela menganggap Kolombia bermusuhan dan telah menolak tawaran Brasil.", "REJECT", "VEN", "BRA"),
    ],
)
def test_second_verb_after_a_complement_shares_the_subject(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2021-03-10")
    assert has(found, event, actor, recipient), found
    assert not any(e == event and ("COL" in a or "GBR" in a) for e, a, _ in found), found


def test_joined_subjects_and_passives_keep_their_party():
    found = english("Venezuela and Colombia have rejected the offer from Brazil.", pub_date="2021-03-10")
    assert has(found, "REJECT", "COL", "BRA"), found
    found = english("Two Colombian protesters were wounded and arrested by Venezuelan police.", pub_date="2021-03-10")
    assert has(found, "COERCE", "VEN", "COL"), found
