"""English wordings of AGREE, ASSAULT, THREATEN, CONSULT, COOPERATE and CONCEDE added in session 24
(en/triggers_s24_other_en.yaml): a tentative deal reached, rebels crushed, a crowd tear-gassed, a state
put on notice, a "sea of fire", a leader briefed, working together, a response coordinated, mistakes
admitted, civilians scuffling with police — and the same words where they are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Japan and China reached a tentative agreement on fishing rights on Sunday.", "AGREE", "JPN", "CHN"),
        ("Germany struck a provisional deal with France on the budget.", "AGREE", "DEU", "FRA"),
        ("A preliminary accord was reached between Ethiopia and Egypt on Friday.", "AGREE", "ETH", "EGY"),
        ("Philippine troops crushed the rebels in Mindanao.", "ASSAULT", "PHL", "PHL"),
        ("Police tear-gassed protesters in Nairobi.", "ASSAULT", "KEN", "KEN"),
        ("Police teargassed students in Jakarta on Monday.", "ASSAULT", "IDN", "IDN"),
        ("The United States put Venezuela on notice.", "THREATEN", "USA", "VEN"),
        ("North Korea vowed to turn Seoul into a sea of fire.", "THREATEN", "PRK", "KOR"),
        ("Blinken briefed the Israeli prime minister on the talks.", "CONSULT", "USA", "ISR"),
        ("The Russian envoy briefed Iranian officials in Tehran.", "CONSULT", "RUS", "IRN"),
        ("Indonesian and Australian police worked together to find the smugglers.", "COOPERATE", "IDN", "AUS"),
        ("The United States and Britain coordinated their response to Russia.", "COOPERATE", "USA", "RUS"),
        ("The Philippine president admitted the army had made mistakes in Mindanao.", "CONCEDE", "PHL", None),
        ("Opposition lawmakers scuffled with police outside parliament in Quito.", "PROTEST", "ECU", None),
        ("Students jostled with riot police in Hong Kong on Sunday.", "PROTEST", "HKG", None),
        ("Rebels jostled with soldiers at a checkpoint in Mindanao.", "ASSAULT", "PHL", "PHL"),
    ],
)
def test_s24_other_en_codes(text, event, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a denied deal is no agreement
        ("Japan did not reach a tentative agreement with China.", "AGREE"),
        # the bare "to crush" is a purpose, not a blow struck
        ("Turkey defended its right to send troops into Iraq to crush Kurdish rebels.", "ASSAULT"),
        # a war's ruins told in the past are no threat
        ("Israeli air strikes reduced the building to rubble in Gaza.", "THREATEN"),
        # an audience briefed, a source briefed on a matter, a well-briefed minister
        ("The Chinese spokesman briefed reporters in Beijing.", "CONSULT"),
        ("The Australian prime minister briefed the cabinet on the budget in Canberra.", "CONSULT"),
        ("A person briefed on the talks said Iran had agreed to the plan.", "CONSULT"),
        ("The Pakistani minister was well briefed before the talks.", "CONSULT"),
        # colleagues at work are no cooperation between states
        ("The two Indian diplomats worked together as colleagues at the UN.", "COOPERATE"),
        # mistakes denied are no admission
        ("The Philippine president said the army had made no mistakes in Mindanao.", "CONCEDE"),
    ],
)
def test_s24_other_en_near_misses(text, event):
    found = english(text, pub_date="2015-06-10")
    assert not any(e == event for e, _, _ in found), found
