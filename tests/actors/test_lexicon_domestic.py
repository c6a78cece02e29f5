"""Actors of domestic politics: bodies_domestic.yaml (high courts, watchdogs, parties, committees and
police of India, Pakistan, the US, Nigeria and Taiwan) and the domestic titles added to sectors.yaml
(MLA, SHO, district collector, assembly). Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, mentions_in

coded = partial(coded_in, "en")


def mentions(text: str) -> list[tuple[str, str, str]]:
    return mentions_in("en", text, "2019-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Bombay High Court granted bail.", ("Bombay High Court", "IND", "JUD")),
        ("The NAB arrested him.", ("NAB", "PAK", "JUD")),
        ("The BSP chief spoke.", ("BSP", "IND", "PTY")),
        ("Capitol Police arrested him.", ("Capitol Police", "USA", "COP")),
        ("The Control Yuan met.", ("Control Yuan", "TWN", "JUD")),
        ("INEC met.", ("INEC", "NGA", "GOV")),
        ("A BJP MLA spoke in Bhopal.", ("BJP MLA", "IND", "LEG")),
    ],
)
def test_domestic_bodies_are_named_with_their_state(text, expected):
    assert expected in mentions(text)


def test_an_sho_takes_the_country_of_his_station():
    assert coded("The SHO of the police station in Kanpur registered a case against the shopkeeper.", "2019-05-10") == [
        ("ACCUSE", ["IND"], ["IND"])
    ]


def test_a_provincial_assembly_is_its_province_s_legislature():
    assert ("Assembly", "PAK", "LEG") in mentions("The Sindh Assembly met.")


def test_a_dutch_news_agency_is_no_pakistani_party():
    assert mentions("The ANP reported.") == []
