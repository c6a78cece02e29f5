"""Fourteenth lexicon pass, South Asian domestic news (triggers_s14_southasia.yaml): show-cause notices,
resolutions against, officials suspended or removed, premises sealed, suspects picked up, custody,
"encounters", baton charges, black days, bail pleas accepted, and road flyovers that are no flypast.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import coded_in

DATE = "2018-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a show-cause notice served is a reprimand, not a request for an answer
        (
            "The Election Commission of India issued a show-cause notice to the BJP candidate in Lucknow.",
            ("ACCUSE", ["IND"], ["IND"]),
        ),
        ("The PTI served a show cause notice to its MPA in Lahore.", ("ACCUSE", ["PAK"], ["PAK"])),
        # a house's resolution against a law is its disapproval
        (
            "The Kerala assembly passed a resolution against the Citizenship Amendment Act.",
            ("ACCUSE", ["IND"], ["IND"]),
        ),
    ],
)
def test_reprimands_and_resolutions_against(text, expected):
    assert expected in coded_in("en", text, DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Rajya Sabha chairman suspended eight opposition MPs in New Delhi.",
            ("COERCE", ["IND"], ["IND"]),
        ),
        ("Two SSPs were suspended by the Sindh government.", ("COERCE", ["PAK"], ["PAK"])),
        (
            "The Uttar Pradesh chief minister ordered the suspension of the Hathras district magistrate.",
            ("COERCE", ["IND"], ["IND"]),
        ),
        ("The SSP in Karachi was removed from his post by the Sindh government.", ("COERCE", ["PAK"], ["PAK"])),
        ("The tehsildar sealed the illegal factory in Ghaziabad, India.", ("COERCE", ["IND"], ["IND"])),
        ("Rangers personnel picked up four suspects from Lyari in Karachi.", ("COERCE", ["PAK"], ["PAK"])),
        ("A Delhi court sent the former minister to 14-day judicial custody.", ("COERCE", ["IND"], ["IND"])),
        (
            "Section 144 was imposed by the district administration in Meerut, India.",
            ("COERCE", ["IND"], ["IND"]),
        ),
    ],
)
def test_officials_suspended_premises_sealed_suspects_held(text, expected):
    assert expected in coded_in("en", text, DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces named after "with" shot those killed
        (
            "Three militants were killed in an encounter with Indian security forces in Kashmir.",
            ("ASSAULT", ["IND"], ["IND"]),
        ),
        ("Police charged batons on BNP activists in Dhaka.", ("ASSAULT", ["BGD"], ["BGD"])),
        ("Lawyers observed a black day in Lahore against the killing.", ("PROTEST", ["PAK"], ["PAK"])),
    ],
)
def test_encounters_baton_charges_and_black_days(text, expected):
    assert expected in coded_in("en", text, DATE)


def test_a_bail_plea_approved_is_a_release():
    assert [
        e for e, _, _ in coded_in("en", "The Islamabad High Court approved the bail plea of Imran Khan.", DATE)
    ] == ["RETREAT"]
    # the one bailed is a politician of the court's own state: its recipient
    assert coded_in("en", "The Lahore High Court confirmed the pre-arrest bail of Hamza Shahbaz.", DATE) == [
        ("RETREAT", ["PAK"], ["PAK"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a road flyover is no military flypast
        "Chief Minister Naveen Patnaik inaugurated a flyover in Bhubaneswar, India.",
        "The body was found under a flyover in Lahore.",
        "A flyover collapsed in Kolkata, India.",
        # a bus picking up passengers arrests no one; sealing a deal seizes nothing
        "The bus picked up passengers from Lahore.",
        "The Indian tycoon sealed the deal in Mumbai.",
    ],
)
def test_no_event(text):
    assert coded_in("en", text, DATE) == []


def test_an_air_force_flypast_stays_a_show_of_force():
    assert [e for e, _, _ in coded_in("en", "Indian Air Force jets performed a flyover over Rajpath.", DATE)] == [
        "MOBILIZE"
    ]
