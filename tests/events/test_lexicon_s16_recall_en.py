"""English recall on unseen wire text (session 16): a joint body set up together, an envoy shuttling
between two parties, a denial of any part in an act, "it was wrong for X to …", logistic support
and help in getting arms, sums dedicated or spent in aid, troops freed and a tactical withdrawal
(en/triggers_s16_recall.yaml), the coalition command in Iraq and two insurgent groups of India's
north-east (actors/bodies_s16_recall_en.yaml) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


def among(found, event: str, parties: set[str]) -> bool:
    """A symmetric act: the parties named are the actor and recipient, in either order."""
    return any(e == event and parties <= set(a) | set(r) for e, a, r in found)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Afghanistan, Pakistan and NATO opened a joint intelligence-sharing centre in Kabul.", {"AFG", "PAK"}),
        ("India and Bangladesh set up a joint task force to curb cattle smuggling.", {"IND", "BGD"}),
        ("The Philippines and Vietnam established a joint commission on maritime security.", {"PHL", "VNM"}),
        ("Malaysian and Thai police formed a joint command to hunt the kidnappers.", {"MYS", "THA"}),
    ],
)
def test_joint_body_is_cooperation(text, parties):
    found = english(text, pub_date="2015-06-10")
    assert among(found, "COOPERATE", parties), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # mediation by travel
        ("Condoleezza Rice spent Sunday shuttling between Israel and the Palestinians.", "CONSULT", "USA", "ISR"),
        ("The African Union envoy shuttled between Khartoum and Juba last week.", "CONSULT", "IGO", "SDN"),
        # "it was wrong for X to …"
        ("Erdogan said it was wrong for Washington to tell Turkey to stay out of Iraq.", "ACCUSE", "TUR", "USA"),
        ("Modi said it was wrong for Pakistan to raise Kashmir at the United Nations.", "ACCUSE", "IND", "PAK"),
        ("It is a mistake for Britain to leave the customs union, the Irish premier said.", "ACCUSE", "IRL", "GBR"),
        # logistic support, help in getting arms, sums in aid
        ("Iran provides logistical support to the Houthis, the Saudi foreign minister said.", "AID", "IRN", "YEM"),
        ("Rwanda extended logistic support to the M23 rebels, a UN report said.", "AID", "RWA", "COD"),
        ("Tehran helped Hezbollah acquire long-range missiles, Israeli officials said.", "AID", "IRN", "LBN"),
        ("The United States dedicated nearly 1 billion dollars in aid for Lebanon.", "AID", "USA", "LBN"),
        ("Japan has spent $2 billion in aid to Afghanistan since 2001.", "AID", "JPN", "AFG"),
        # troops freed
        ("Iran freed the 15 British marines on Wednesday.", "RETREAT", "IRN", "GBR"),
        ("The comments follow the release of 15 British troops by Iran.", "RETREAT", "IRN", "GBR"),
    ],
)
def test_english_recall(text, event, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Beijing said it had no role in the cyber attack on the Pentagon.", "CHN"),
        ("The Pakistani army played no part in the coup attempt, a military spokesman said.", "PAK"),
        ("Moscow said it was not involved in the poisoning of the former spy.", "RUS"),
        ("A US military spokesman said Multi-National Force Iraq was not involved in the kidnapping.", "USA"),
    ],
)
def test_no_part_in_an_act_is_a_denial(text, actor):
    found = english(text, pub_date="2015-06-10")
    assert any(e == "REJECT" and actor in a for e, a, _ in found), found


def test_tactical_withdrawal_is_retreat():
    found = english("Afghan police made a tactical withdrawal from the district.", pub_date="2007-02-25")
    assert any(e == "RETREAT" and "AFG" in a for e, a, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Delegates met at the joint command centre in Tampa.",
        "The minister said the plan was wrong for the country.",
        "The British government spent 3 million pounds on the new embassy building.",
        "The Indian army released troops for flood relief duties in Kerala.",
    ],
)
def test_no_event(text):
    assert english(text, pub_date="2015-06-10") == [], text
