"""Passives whose doer and sufferer were swapped (session 25, passive3): a verb joined to an earlier
passive shares its "was" across a phrase of place, time or agent; a participle right after "when"/"if"
is a passive clause whose subject is the main clause's; a harm named as the object of a verb of
suffering ("suffered", "faced", "mengalami") or after a headline's "targeted in"/"hit by" is done to
the subject; an Indonesian pattern that opens on "akan"/"telah" before its di- verb is passive."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # the joined verb shares the passive across the agent phrase
        (
            "A Kosovar opposition leader was arrested by Serbian police but freed three days later.",
            "RETREAT",
            "SRB",
            "XKX",
        ),
        # a passive clause after "when": the reporters ask, the minister is asked
        (
            "When asked by Chinese reporters to explain the decision, the Japanese prime minister declined.",
            "REQUEST",
            "CHN",
            "JPN",
        ),
        # the party qualifying the harm is its doer, the subject of "suffered" its target
        ("Estonian bank hit by Russian cyber attack", "COERCE", "RUS", "EST"),
    ],
)
def test_english_sufferer_is_recipient(text, event, actor, recipient):
    assert has(english(text), event, actor, recipient)


@pytest.mark.parametrize(
    ("text", "event", "wrong_actor"),
    [
        ("A Kosovar opposition leader was arrested by Serbian police but freed three days later.", "RETREAT", "XKX"),
        (
            "When asked by Chinese reporters to explain the decision, the Japanese prime minister declined.",
            "REQUEST",
            "JPN",
        ),
        ("Estonian bank hit by Russian cyber attack", "COERCE", "EST"),
    ],
)
def test_english_sufferer_is_not_actor(text, event, wrong_actor):
    assert not has(english(text), event, wrong_actor)


def test_indonesian_aspect_word_before_passive():
    found = indonesian("Tiga warga negara Malaysia akan diperiksa polisi Indonesia pekan depan.")
    assert has(found, "ACCUSE", "IDN", "MYS")
    assert not has(found, "ACCUSE", "MYS")


def test_state_that_suffered_attacks_is_no_attacker():
    assert not has(english("Kenya suffered deadly attacks last year."), "ASSAULT", "KEN")


# near misses: active verbs stay active
def test_active_request_after_when_keeps_its_subject():
    assert has(english("When Germany asked France to send troops, Paris refused."), "REQUEST", "DEU", "FRA")


def test_hitting_back_is_no_suffering():
    assert has(english("Israel hit back with airstrikes on Hamas positions."), "ASSAULT", "ISR")


def test_arrest_then_active_release_keeps_the_court():
    found = english("Germany's police arrested the Serbian activist and freed him the next day.")
    assert not has(found, "RETREAT", "SRB")


def test_a_harm_that_only_caused_what_was_suffered_names_no_one():
    # "mengalami kebutaan akibat serangan": the soldier suffered blindness; the attack after
    # "akibat" only caused it, and no doer is named for it
    found = indonesian("Tentara Kanada itu mengalami kebutaan akibat serangan granat di Afghanistan.")
    assert not any(e == "ASSAULT" for e, _, _ in found), found
