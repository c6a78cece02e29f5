"""English precision on unseen text (session 17, en/triggers_s17_prec_en.yaml): a meeting or a signing
on the calendar ("were due to meet", "is to visit", "were to hold talks") is an agreement, not the
meeting; an office-holder's attack on a party or on critics is verbal; and words holding a trigger that
tell of no act — weapons someone was "armed with", a diagnosis ("it's denial"), a wish for a vote
"free of intimidation", unnamed analysts who "have warned", protesters "supporting a strike",
and followers "travelling to" a town "to join" a protest. A leader "under house arrest" is held, not
holding anyone: the state holds her, as for any agentless arrest (both gold files code it so)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The Indian and Pakistani foreign ministers were due to meet in Islamabad on Friday.", "IND", "PAK"),
        ("Chinese President Hu Jintao is to visit Moscow next week.", "CHN", "RUS"),
        ("Top Indian and Pakistani defence officials were to hold talks on Friday.", "IND", "PAK"),
        ("South Korea's negotiators were due to pay a courtesy call on Kim Yong-Nam.", "KOR", "PRK"),
        ("Russia and China are due to sign a gas deal in Beijing.", "RUS", "CHN"),
    ],
)
def test_meeting_on_the_calendar_is_an_agreement(text, actor, recipient):
    found = english(text, pub_date="2007-04-10")
    assert has(found, "AGREE", actor, recipient), found
    assert not any(e in ("CONSULT", "SUPPORT") for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Indian Prime Minister Narendra Modi attacked the Congress party at a rally in Bihar.", "IND"),
        ("British Prime Minister Theresa May attacked her critics in the Conservative party.", "GBR"),
    ],
)
def test_politician_attacking_a_party_is_verbal(text, actor):
    found = english(text, pub_date="2017-04-10")
    assert has(found, "ACCUSE", actor), found
    assert not has(found, "ASSAULT", actor), found
    # near misses: gunmen or party workers attacking a party's offices, people attacked by party workers
    for other, state in (
        ("Gunmen attacked the ruling party offices in the north of Iraq.", "IRQ"),
        ("BJP workers attacked the Congress party office in Bhopal.", "IND"),
        ("Three people were attacked by ruling party workers in Dhaka.", "BGD"),
    ):
        found = english(other, pub_date="2017-04-10")
        assert has(found, "ASSAULT", state), found
        assert not has(found, "ACCUSE", state), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # weapons carried are not used on anyone
        (
            "US Navy Captain Mary Brown, 41, was arrested Monday at Orlando airport and charged with battery. "
            "She was reportedly armed with a BB gun and pepper spray, and wearing a wig.",
            "ASSAULT",
        ),
        # followers travelling to join a protest pay no visit
        (
            "Iraqi cleric Moqtada al-Sadr called a rally for Monday. "
            "Thousands of Sadr supporters were travelling to Najaf to join the protest, police said.",
            "CONSULT",
        ),
        # a diagnosis, not a denial
        ('"It\'s denial," Kremlin spokesman Dmitry Peskov said of the report.', "REJECT"),
        # a wish that a vote be free of intimidation
        (
            "Thai Prime Minister Prayut Chan-o-cha met the king on Monday. "
            "Prayut said he hoped the election would be free of violence and intimidation.",
            "THREATEN",
        ),
        # unnamed analysts forecasting
        (
            "South Korea will send rice to the North. "
            "But analysts have warned that unconditional aid from South Korea could weaken the deal.",
            "THREATEN",
        ),
        # protesters described by what they back
        (
            "Up to 11 people were killed in clashes in Conakry between police and protesters supporting "
            "a general strike aimed at ousting President Lansana Conte, a hospital doctor said.",
            "SUPPORT",
        ),
    ],
)
def test_no_event(text, event):
    found = english(text, pub_date="2007-04-10")
    assert event not in {e for e, _, _ in found}, found


def test_the_one_under_house_arrest_is_held_by_her_state():
    found = english(
        "Bangladesh's former prime minister Khaleda Zia will leave for Saudi Arabia, an aide said. "
        "Zia herself has been under virtual house arrest since last week."
    )
    assert ("COERCE", ["BGD"], ["BGD"]) in found, found
