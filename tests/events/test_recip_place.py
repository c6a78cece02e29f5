"""Which party is the recipient when a sentence names both the target and other states or places
(session 25, recip_place): talks over a topic are held with the party after "with"/"dengan", not
the state the topic names (attribution.talked_with); a named person or a pronoun acted on is not the
place of the act — the story's earlier state says who they are (coder.uncoded_patient). Near misses:
"relations with" joins the two sides of a relation, and an unnamed patient still takes the place."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "topic"),
    [
        ("en", "President Macron discussed his new Mali plan with Senegal's President Sall.", "FRA", "SEN", "MLI"),
        (
            "en",
            "Turkish Foreign Minister Cavusoglu discussed the Iraq crisis with the Jordanian king.",
            "TUR",
            "JOR",
            "IRQ",
        ),
        (
            "id",
            "Presiden Macron membahas rencana barunya untuk Mali dengan Presiden Senegal Macky Sall.",
            "FRA",
            "SEN",
            "MLI",
        ),
        (
            "id",
            "Menlu Retno membicarakan isu Myanmar dengan Menteri Luar Negeri Australia Julie Bishop.",
            "IDN",
            "AUS",
            "MMR",
        ),
    ],
)
def test_talks_are_held_with_the_party_after_with(lang, text, actor, recipient, topic):
    found = coded_in(lang, text, pub_date="2017-03-01")
    assert has(found, "CONSULT", actor, recipient), found
    assert not has(found, "CONSULT", actor, topic), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Solana said he would hold frank discussions on Syria's troubled relations with Lebanon."),
        ("id", "Solana mengatakan dia akan mendiskusikan memburuknya hubungan Suriah dengan Lebanon."),
    ],
)
def test_a_relation_with_is_no_partner(lang, text):
    found = coded_in(lang, text, pub_date="2017-03-01")
    assert not any(e == "CONSULT" and "LBN" in r for e, _, r in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "place"),
    [
        (
            "en",
            "Albanian national Arben Dobrev faces trial in New York. Dobrev was arrested in Stuttgart, Germany "
            "in March by German police.",
            "COERCE",
            "DEU",
            "ALB",
            "DEU",
        ),
        (
            "en",
            "Two French aid workers went missing on Monday. Taliban fighters kidnapped them on Tuesday in "
            "Nimroz province.",
            "ASSAULT",
            "AFG",
            "FRA",
            "AFG",
        ),
        (
            "id",
            "Dua pekerja bantuan asal Prancis hilang pada Senin. Taliban menculik mereka pada Selasa di "
            "provinsi Nimroz.",
            "ASSAULT",
            "AFG",
            "FRA",
            "AFG",
        ),
    ],
)
def test_named_patient_is_not_the_place(lang, text, event, actor, recipient, place):
    found = coded_in(lang, text, pub_date="2017-03-01")
    assert has(found, event, actor, recipient), found
    assert not has(found, event, actor, place), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # nobody named: the unnamed people acted on are the scene's
        ("en", "Syrian troops shelled the city of Aleppo on Monday.", "ASSAULT", "SYR", "SYR"),
        ("id", "Tentara Myanmar menyerang warga Rohingya di negara bagian Rakhine.", "ASSAULT", "MMR", "MMR"),
    ],
)
def test_unnamed_patient_keeps_the_scene(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2017-03-01")
    assert has(found, event, actor, recipient), found


def test_an_opening_adverb_is_no_named_patient():
    # "Meanwhile" opens the sentence with a capital and a comma, but names no one acted on (a guard:
    # the held-out case that showed it needs a longer story than this one to go wrong)
    text = (
        "American troops patrolled the border with Pakistan on Monday.\n"
        "Meanwhile, in the Afghan province of Kandahar, an aid worker was shot dead by Taliban gunmen."
    )
    found = english(text, pub_date="2017-03-01")
    assert not any(e == "ASSAULT" and "USA" in r for e, _, r in found), found


def test_a_met_party_is_kept_when_talks_with_others_follow():
    # "meets X and holds talks with Y": two meetings, the first with X
    found = english(
        "The American secretary of state meets Jordan's King Abdullah and holds talks with Israeli officials.",
        pub_date="2017-03-01",
    )
    assert has(found, "CONSULT", "USA", "JOR"), found
