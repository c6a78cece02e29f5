"""Stop entries and undergoer readings from data/en/triggers_s16_prec.yaml: a trigger word in a
sense that tells of no event codes nothing (a history of problems, a commitment to a company,
reporters covering a story, a charter that calls for something, the reality refused, a debate over
torture, the world on high alert, a jet's strike role, the likelihood of an exit, a poll's majority,
analysts warning), a meeting looked forward to is AGREE, and one who suffered attacks from another
is their target. The real sense beside each still codes. Sentences are invented."""

from __future__ import annotations

import pytest

from conftest import coded_in


def coded(text: str, date: str = "2022-03-01"):
    return coded_in("en", text, date)


NONE = [
    "The academy has had a long history of problems with bullying.",
    "The bank praised the investors' commitment to the company's expansion plans.",
    "Our reporters travelled to Kabul to cover the presidential election.",
    "Two Reuters correspondents continued their investigation into the vote-buying scheme.",
    "The group, whose charter calls for the destruction of Israel, won the election.",
    "The senator said the administration had refused to recognize the reality on the ground.",
    "The senator challenged the White House over torture.",
    "After the launch, the world is again on high alert.",
    "The former minister has no plans to move abroad.",
    "The jet was built for the close air support and nuclear strike role.",
    "The report noted the likelihood of Britain's exit from the treaty.",
    "The troop increase is opposed by as many as two out of three Americans.",
    "Analysts warned that the Turkish economy could slow sharply.",
    "Military experts warned that a no-fly zone over Libya would be hard to enforce.",
    "The Afghan governor survived an assassination attempt in Kandahar.",
    "Former president Zuma faced investigations over the arms deal.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_event(text):
    assert coded(text) == []


POSITIVE = [
    ("The Japanese minister said he had serious concerns about China's military build-up.", "ACCUSE", "JPN", "CHN"),
    ("French Foreign Minister Jean-Yves Le Drian travelled to Algiers for talks.", "CONSULT", "FRA", "DZA"),
    ("Kenyan police opened an investigation into the killing of the opposition activist.", "ACCUSE", "KEN", "*"),
    ("Serbia refused to recognize Kosovo's independence.", "REJECT", "SRB", "XKX"),
    ("Egyptian police tortured the detained activist, a rights group said.", "ASSAULT", "EGY", "*"),
    ("South Korea put its troops on high alert after the North's missile launch.", "MOBILIZE", "KOR", "*"),
    ("Japan has no plans to send troops to Ukraine, the prime minister said.", "REJECT", "JPN", "*"),
    ("Saudi warplanes struck Houthi positions near Saada.", "ASSAULT", "SAU", "*"),
    ("Russia warned that it would retaliate against Finland.", "THREATEN", "RUS", "FIN"),
]


@pytest.mark.parametrize("text,event,actor,recipient", POSITIVE)
def test_real_sense_still_codes(text, event, actor, recipient):
    got = coded(text)
    assert any(g[0] == event and g[1] == [actor] and (recipient == "*" or g[2] == [recipient]) for g in got), got


def test_a_meeting_looked_forward_to_is_an_intention():
    assert coded("Hillary Clinton said she is looking forward to meeting Iraqi leaders.", "2007-01-12") == [
        ("AGREE", ["USA"], ["IRQ"])
    ]
    assert ("AGREE", ["CHN"], ["IDN"]) in coded(
        "The Chinese foreign ministry said Beijing looks forward to welcoming the Indonesian president."
    )


def test_who_suffered_attacks_from_another_is_their_target():
    assert coded("Israel has suffered rocket attacks from Hamas since Friday.") == [("ASSAULT", ["PSE"], ["ISR"])]


def test_who_survived_an_attempt_is_not_the_attacker():
    got = coded(
        "Iraq's higher education minister survived an attempt on his life when armed men attacked his convoy.",
        "2007-01-12",
    )
    assert got and all(g[0] == "ASSAULT" for g in got), got
    assert ("ASSAULT", ["IRQ"], ["IRQ"]) in got
