"""English whole-article recall (session 21, en/triggers_s21_recall_en_e.yaml): a court or a
government ordering a project, a plant or construction halted is COERCE (restrict) — and words
that hold a trigger but tell no event: a legal battle, a self-inflicted gunshot wound, gold bars."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("India's Supreme Court on Monday ordered the suspension of the dam project.", "IND"),
        ("A Kenyan court ordered the closure of the coal plant near Lamu.", "KEN"),
        ("The Peruvian government has ordered a halt of work at the copper mine.", "PER"),
    ],
)
def test_ordering_a_project_halted_is_restriction(text, actor):
    found = english(text, pub_date="2015-06-10")
    assert has(found, "COERCE", actor), found


@pytest.mark.parametrize(
    "text",
    [
        # the court's halt is not ordered, only asked for
        "Kenyan activists asked the court to order the closure of the coal plant.",
    ],
)
def test_a_halt_only_asked_for_is_no_restriction(text):
    found = english(text, pub_date="2015-06-10")
    assert not has(found, "COERCE", "KEN"), found


@pytest.mark.parametrize(
    "text",
    [
        "Indian farmers have been fighting a legal battle with the temple trust since 1990.",
        "Pakistani lawyers are fighting a legal battle for the jailed editor.",
        "The Kenyan opposition has waged a court battle against the election result.",
        "The former Brazilian senator was found dead with a self-inflicted gunshot wound.",
    ],
)
def test_a_legal_battle_or_a_wound_one_gave_oneself_is_no_attack(text):
    found = english(text, pub_date="2015-06-10")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


def test_gold_bars_are_things_not_a_ban():
    # one arrest, and no second restriction read from "bars ... from"
    text = "Singapore police arrested three men over gold bars stolen from a goldsmith."
    found = english(text, pub_date="2015-06-10")
    assert [e for e, _, _ in found] == ["COERCE"], found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Argentine President Macri questioned the accuracy of the figures released by Brazil.", "ARG", "BRA"),
        ("The Pakistani Senate chairman questioned the timing of the Indian army raid.", "PAK", "IND"),
        ("Trump launched a highly negative attack on Clinton on Saturday.", "USA", "USA"),
    ],
)
def test_doubting_an_act_or_attacking_in_words_is_disapproval(text, actor, recipient):
    found = english(text, pub_date="2016-10-02")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "Trump launched a highly negative attack on Clinton on Saturday.",  # words, not violence
        "The Taliban launched a fresh attack on Afghan troops in Kunduz.",  # violence stays violence
    ],
)
def test_a_verbal_attack_is_no_assault_but_a_real_one_is(text):
    found = english(text, pub_date="2016-10-02")
    assert has(found, "ASSAULT", "AFG") == ("Taliban" in text), found


def test_not_questioning_is_no_disapproval():
    found = english("The Indian government did not question the propriety of the deal.", pub_date="2016-10-02")
    assert not has(found, "ACCUSE", "IND"), found
