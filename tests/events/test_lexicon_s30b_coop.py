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


# An act after a verb of predicting (grammar `predictions`, events/modality.predicted) is foretold, not
# done, whatever its tense; an act after a "but" that follows the prediction is told as done.
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("Military analysts predicted fresh fighting in the north as Kenyan troops withdraw from Somalia.",
         "RETREAT", "KEN"),
        ("Diplomats forecast that Ankara will expel the Swedish ambassador within days.", "SANCTION", "TUR"),
    ],
)
def test_predicted_act_is_not_coded(text, event, actor):
    assert not has(english(text), event, actor)


def test_predicted_act_in_indonesian_is_not_coded():
    text = "Para analis memprediksi pasukan Kenya mundur dari Somalia bulan depan."
    assert not has(indonesian(text), "RETREAT", "KEN")


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("Analysts predicted a long siege, but Kenyan troops withdrew from the Somali town on Friday.",
         "RETREAT", "KEN"),
        ("Kenyan troops withdrew from the Somali town of Kismayo on Friday.", "RETREAT", "KEN"),
    ],
)
def test_act_told_as_done_after_a_prediction_is_coded(text, event, actor):
    assert has(english(text), event, actor)


# What one party wants another to do ("want Bush to begin withdrawals": a wish word, an object, then
# "to") is not done (events/modality.wished_of_another); the wisher's own "wants to meet" stays an
# intent, and an act told after ", and" stands on its own.
@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("Opposition lawmakers want the prime minister to begin a withdrawal of British troops from Iraq.",
         "RETREAT", "GBR"),
        ("Rights groups wanted Egypt to release the jailed journalists before the holiday.", "RETREAT", "EGY"),
    ],
)
def test_act_wished_of_another_is_not_coded(text, event, actor):
    assert not has(english(text), event, actor)


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("Washington wanted Cairo to free the reporters, and Egypt released them on Thursday.", "RETREAT", "EGY"),
        ("Iran wants to hold talks with Saudi Arabia.", "AGREE", "IRN"),
    ],
)
def test_own_intent_or_later_act_is_kept(text, event, actor):
    assert has(english(text), event, actor)
