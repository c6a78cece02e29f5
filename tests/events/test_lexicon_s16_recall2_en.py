"""English recall on unseen wire text, second pass (session 16): weapons trucked or flown to a
party, not going along with a plan, a named jail one is sent to, "will not tolerate any attempt to
…", a caution that another's act could do harm, people said to be linked to attacks or armed groups
or to foment violence, "X must go", a vow not to halt a programme, troops taking a stronghold
(en/triggers_s16_recall2_en.yaml) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "pub_date", "event", "actor", "recipient"),
    [
        # weapons moved to a party
        (
            "Egypt has quietly begun trucking weapons and ammunition across its western border to the Libyan rebels.",
            "2011-03-20",
            "AID",
            "EGY",
            "LBY",
        ),
        ("Iran flew arms to Damascus on Tuesday, Israeli officials said.", "2013-05-01", "AID", "IRN", "SYR"),
        ("The United States airlifted munitions to Ukraine last week.", "2022-05-01", "AID", "USA", "UKR"),
        # a plan not gone along with
        (
            "British Prime Minister Theresa May said she would not go along with the Labour plan.",
            "2018-06-01",
            "REJECT",
            "GBR",
            None,
        ),
        (
            "The Pakistani opposition refused to go along with the government's plan.",
            "2019-06-01",
            "REJECT",
            "PAK",
            None,
        ),
        # a named jail
        (
            "The magistrate sent Rahman to the maximum security Dhaka Central Jail on Tuesday.",
            "2007-03-10",
            "SANCTION",
            "BGD",
            "BGD",
        ),
        (
            "A judge in Lahore sent the former minister to the district jail for two weeks.",
            "2019-06-01",
            "SANCTION",
            "PAK",
            "PAK",
        ),
        # a warning of what the speaker will do
        (
            "Egypt's interior ministry said security forces would not tolerate any attempts to disrupt the referendum.",
            "2007-03-20",
            "THREATEN",
            "EGY",
            None,
        ),
        (
            "The Thai army will not allow any attempt to derail the election, its chief said.",
            "2019-03-01",
            "THREATEN",
            "THA",
            None,
        ),
        # a caution of harm, a caution against an act
        (
            "The OIC secretary general cautioned that the Ethiopian military action could undermine peace in Somalia.",
            "2007-01-05",
            "ACCUSE",
            "IGO",
            "ETH",
        ),
        ("China cautioned Washington against arms sales to Taiwan.", "2019-05-01", "REQUEST", "CHN", "USA"),
        # allegations of links to attacks and armed groups
        (
            "State Department spokesman Tom Casey said the Iranians were associated with attacks against Iraqi forces.",
            "2007-01-15",
            "ACCUSE",
            "USA",
            "IRN",
        ),
        ("Russia said Ukrainian saboteurs were linked to the bombing.", "2023-05-01", "ACCUSE", "RUS", "UKR"),
        (
            "The Iranians detained in Arbil had links to Iran's Revolutionary Guards, a senior US official said.",
            "2007-01-15",
            "ACCUSE",
            "USA",
            "IRN",
        ),
        (
            "There has been information linking the office to Iran's Revolutionary Guard, State Department spokesman "
            "Tom Casey said.",
            "2007-01-15",
            "ACCUSE",
            "USA",
            "IRN",
        ),
        ("The US military said Iranian agents were fomenting violence in Iraq.", "2007-01-15", "ACCUSE", "USA", "IRN"),
        # a demand that a leader go
        ('"Assad must go," Obama told reporters.', "2011-08-18", "REQUEST", "USA", "SYR"),
        ("Assad must step down, Obama said on Thursday.", "2011-08-18", "REQUEST", "USA", "SYR"),
        # a vow not to halt
        ("On Sunday Iran resolved not to halt its atomic work.", "2007-03-25", "REJECT", "IRN", "-"),
        ("North Korea vowed not to suspend its nuclear programme.", "2006-05-01", "REJECT", "PRK", "-"),
        # a stronghold taken
        ("Sri Lankan troops took the main rebel stronghold of Vakarai on Friday.", "2007-01-20", "COERCE", "LKA", None),
    ],
)
def test_english_recall(text, pub_date, event, actor, recipient):
    found = english(text, pub_date=pub_date)
    assert has(found, event, actor, recipient), found


def test_lifting_a_ban_on_movement_is_still_retreat():
    text = "Israel lifted restrictions on the movement of Palestinians in the West Bank."
    found = english(text, pub_date="2019-05-01")
    assert has(found, "RETREAT", "ISR", "PSE"), found


@pytest.mark.parametrize(
    "text",
    [
        "The central bank cautioned that growth could slow next year.",
        "Economists cautioned that inflation might rise.",
        "The minister said voters must go to the polls early.",
        "The prime minister said he must leave for Brussels tonight.",
        "Thousands of civilians took refuge in the old stronghold.",
        "President Clinton didn't send U.S. troops to stop a genocide in Rwanda.",
        "Iraqi officials have lifted restrictions on deliberate targeting of militia leaders.",
        "Three men were smuggling weapons across the border into Nepal.",
    ],
)
def test_no_event(text):
    assert english(text, pub_date="2019-05-01") == []
