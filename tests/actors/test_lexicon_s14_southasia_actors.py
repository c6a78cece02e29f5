"""Fourteenth lexicon pass, South Asian actors (people/s14_southasia.tsv, bodies_s14_southasia.yaml,
sectors_s14_southasia.yaml): office-holders of 2010-2024 resolved by date, party and police short
forms, district officials and police ranks that take the state of the scene. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from conftest import mentions_in


def first(text: str, date: str) -> tuple[str, str, str]:
    return mentions_in("en", text, date)[0]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Rana Sanaullah said the march would be stopped.", "2022-11-01", ("Rana Sanaullah", "PAK", "GOV")),
        (
            "Chief Justice Umar Ata Bandial adjourned the hearing.",
            "2023-04-04",
            ("Chief Justice Umar Ata Bandial", "PAK", "JUD"),
        ),
        (
            "Mirza Fakhrul Islam Alamgir addressed the rally.",
            "2018-12-31",
            ("Mirza Fakhrul Islam Alamgir", "BGD", "PTY"),
        ),
        ("Sajith Premadasa spoke in parliament.", "2022-03-10", ("Sajith Premadasa", "LKA", "OPP")),
        ("Eknath Shinde chaired the meeting.", "2023-01-10", ("Eknath Shinde", "IND", "GOV")),
        ("Sheila Dikshit inaugurated the bridge.", "2012-01-10", ("Sheila Dikshit", "IND", "GOV")),
        ("D Y Chandrachud heard the plea.", "2023-07-14", ("D Y Chandrachud", "IND", "JUD")),
        ("Manoj Mukund Naravane visited Ladakh.", "2020-06-23", ("Manoj Mukund Naravane", "IND", "MIL")),
        ("Prabhu Ram Sharma inspected the troops.", "2022-03-01", ("Prabhu Ram Sharma", "NPL", "MIL")),
    ],
)
def test_office_holders_resolve_by_date(text, date, expected):
    assert first(text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # one person, another office: party chief out of government, minister in it
        ("Rajnath Singh said the party would win.", "2013-06-01", ("Rajnath Singh", "IND", "PTY")),
        ("Rajnath Singh said the forces were ready.", "2016-09-20", ("Rajnath Singh", "IND", "GOV")),
        ("Imran Khan said the party would march.", "2014-08-20", ("Imran Khan", "PAK", "PTY")),
        ("Shehbaz Sharif spoke in Lahore.", "2015-06-01", ("Shehbaz Sharif", "PAK", "GOV")),
        ("Shehbaz Sharif spoke in the National Assembly.", "2020-06-01", ("Shehbaz Sharif", "PAK", "OPP")),
    ],
)
def test_one_person_two_offices(text, date, expected):
    assert first(text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The PTI rejected the result.", ("The PTI", "PAK", "PTY")),
        ("The AAP rejected the result.", ("The AAP", "IND", "PTY")),
        ("The Rangers arrested four men.", ("The Rangers", "PAK", "MIL")),
        ("RAB arrested five men.", ("RAB", "BGD", "COP")),
        ("The SLPP rejected the result.", ("SLPP", "LKA", "PTY")),
        ("The UML rejected the result.", ("The UML", "NPL", "PTY")),
        ("The Maoist Centre rejected the result.", ("Maoist Centre", "NPL", "PTY")),
        ("Naxals ambushed a patrol.", ("Naxals", "IND", "REB")),
        ("Jatiya Party rejected the result.", ("Jatiya Party", "BGD", "PTY")),
    ],
)
def test_party_and_police_short_forms(text, expected):
    assert first(text, "2019-05-01") == expected


def test_the_wires_stay_no_actor():
    # bare PTI and AAP are the Press Trust of India and Australian Associated Press in copy
    assert mentions_in("en", "The minister told PTI on Monday.", "2019-05-01") == []
    assert mentions_in("en", "AAP reported the fire on Monday.", "2019-05-01") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Pakistan, the SDM sealed the shop.", ("SDM", "PAK", "GOV")),
        ("In India, the CID questioned the suspect.", ("CID", "IND", "COP")),
        ("In Pakistan, the NA Speaker adjourned the session.", ("NA Speaker", "PAK", "LEG")),
        ("In India, the block development officer was suspended.", ("block development officer", "IND", "GOV")),
    ],
)
def test_district_officials_and_ranks_take_the_scene(text, expected):
    assert mentions_in("en", text, "2019-05-01")[1] == expected
