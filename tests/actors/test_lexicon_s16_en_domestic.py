"""Actors of English domestic and local news (sixteenth pass): agencies and police forces named without
their state (bodies_s16_en_domestic.yaml), sector terms of British and American policing, courts and
councils (sectors_s16_en_domestic.yaml), and second-level places — UK counties, Indian and Pakistani
districts, Philippine provinces, US and Taiwanese counties (places/regions_s16_en.tsv). Every sentence
here is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, mentions_in

coded = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Border Patrol agents arrested 23 migrants near El Paso on Sunday.", "2021-04-05", ("COERCE", ["USA"])),
        ("ICE agents detained a Honduran father outside a school.", "2019-08-10", ("COERCE", ["USA"])),
        (
            "The Internal Revenue Service accused the preacher of hiding money abroad.",
            "2012-06-01",
            ("ACCUSE", ["USA"]),
        ),
        ("NYPD officers arrested more than 200 protesters in Manhattan.", "2020-06-03", ("COERCE", ["USA"])),
        ("The Ninth Circuit rejected the state's appeal.", "2018-02-01", ("REJECT", ["USA"])),
        ("The Home Office has refused asylum to the Afghan interpreter.", "2021-08-20", ("REJECT", ["GBR"])),
        ("The Crown Prosecution Service charged the former MP with fraud.", "2016-03-02", ("ACCUSE", ["GBR"])),
        ("The Metropolitan Police arrested dozens of activists in London.", "2019-10-08", ("COERCE", ["GBR"])),
        ("The PSNI arrested a teenager after the riot.", "2021-04-09", ("COERCE", ["GBR"])),
        ("The Narcotics Control Bureau arrested the actor's son.", "2021-10-03", ("COERCE", ["IND"])),
        ("Victoria Police charged a man with murder.", "2018-11-10", ("ACCUSE", ["AUS"])),
        ("The OPP charged a driver with impaired driving.", "2019-09-09", ("ACCUSE", ["CAN"])),
        ("The Central Narcotics Bureau arrested 31 people.", "2019-07-01", ("COERCE", ["SGP"])),
        ("CIDG agents arrested the mayor for illegal possession of firearms.", "2018-02-21", ("COERCE", ["PHL"])),
        ("The IEBC rejected the nomination papers of the former governor.", "2022-06-06", ("REJECT", ["KEN"])),
        ("NDLEA operatives arrested a drug baron at the airport.", "2021-10-10", ("COERCE", ["NGA"])),
        ("The National Prosecuting Authority charged the former minister.", "2023-02-02", ("ACCUSE", ["ZAF"])),
    ],
)
def test_a_domestic_body_named_without_its_state_is_the_states(text, date, expected):
    assert expected in [(event, actor) for event, actor, _ in coded(text, date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Derbyshire Police arrested a man on suspicion of murder.", ("COERCE", ["GBR"])),
        ("Merseyside Police charged a 19-year-old with the shooting.", ("ACCUSE", ["GBR"])),
        ("West Midlands Police arrested two teenagers after the stabbing.", ("COERCE", ["GBR"])),
        ("Lancashire Police arrested a man after the crash.", ("COERCE", ["GBR"])),
        ("A man was arrested in Derbyshire on Tuesday, police said.", ("COERCE", ["GBR"])),
        ("Security forces killed three militants in an encounter in Kupwara district.", ("ASSAULT", ["IND"])),
        ("Police arrested 12 suspects in Tharparkar after the clash.", ("COERCE", ["PAK"])),
        ("Police killed a drug suspect in a shootout in Bulacan.", ("ASSAULT", ["PHL"])),
        ("Sheriff's deputies arrested the suspect in Maricopa County on Friday.", ("COERCE", ["USA"])),
        ("Police arrested a man in Cumbria after the crash.", ("COERCE", ["GBR"])),
    ],
)
def test_a_county_or_district_gives_its_police_a_state(text, expected):
    assert expected in [(event, actor) for event, actor, _ in coded(text, "2019-09-04")]


def test_an_agency_several_states_have_takes_the_state_beside_it():
    assert ("Taiwan CDC officials", "TWN", "GOV") in mentions_in(
        "en", "Taiwan CDC officials urged the public to get tested."
    )
    assert coded("The Maguindanao governor accused the military of abuses.") == [("ACCUSE", ["PHL"], ["PHL"])]


@pytest.mark.parametrize(
    "text",
    [
        "Lancashire beat Yorkshire by six wickets at Old Trafford.",  # counties as cricket sides
        "The Home Office building was evacuated after a suspicious package was found.",
        "Devon is a popular destination for holidaymakers.",
        "The FDA approved a new drug for migraine.",
    ],
)
def test_no_event_without_an_act(text):
    assert coded(text, "2019-06-06") == []
