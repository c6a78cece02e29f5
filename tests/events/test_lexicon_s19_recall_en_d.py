"""English recall on whole articles (session 19, helper recall_en_d): the abbreviated titles of
legislators ("Sen.", "Rep."), shooters, Muslim clerics titled "Maulana", a party's legal team and
environmentalists as parties (actors/sectors_s19_recall_en_d.yaml); a Baloch separatist leader and two
US senators of the 1980s (actors/people/s19_recall_en_d.tsv); the US immigration service
(actors/bodies_s19_recall_en_d.yaml); evidence said to be doctored as a denial, and harm done to oneself
as no attack (en/triggers_s19_recall_en_d.yaml). All sentences are written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "pub_date", "event", "actor", "recipient"),
    [
        # legislators' titles written short, before the name
        (
            "WASHINGTON -- Rep. Jane Holloway, D-Ore., criticized the Justice Department on Tuesday.",
            "2003-05-14",
            "ACCUSE",
            "USA",
            "USA",
        ),
        (
            "WASHINGTON -- Sen. John Tolliver, R-Kan., urged the administration to withdraw the plan.",
            "2003-05-14",
            "REQUEST",
            "USA",
            "USA",
        ),
        ("MANILA -- Rep. Ramon Dizon accused the police of hiding the evidence.", "2012-02-01", "ACCUSE", "PHL", "PHL"),
        # the unnamed shooter of a shooting
        (
            "HOUSTON -- The shooter opened fire on two sheriff's deputies outside the store on Tuesday.",
            "2019-08-01",
            "ASSAULT",
            "USA",
            "USA",
        ),
        # a cleric titled Maulana
        (
            "LAHORE: Maulana Abdul Karim urged the chief minister to close the liquor shops.",
            "2016-10-03",
            "REQUEST",
            "PAK",
            "PAK",
        ),
        # a party's legal team
        (
            "MIAMI -- The candidate's legal team accused the county board of hiding ballots.",
            "2000-12-01",
            "ACCUSE",
            "USA",
            "USA",
        ),
        # environmentalists
        (
            "TAIPEI -- Environmentalists protested against the new dam outside the Executive Yuan.",
            "2010-09-01",
            "PROTEST",
            "TWN",
            None,
        ),
        (
            "TAIPEI -- The approval drew strong protests from environmentalists on Monday.",
            "2010-09-01",
            "ACCUSE",
            "TWN",
            None,
        ),
        # office-holders
        ("Brahamdagh Bugti accused the army of abuses in Balochistan.", "2016-10-04", "ACCUSE", "PAK", "PAK"),
        (
            "Charles Percy criticized the sale of the radar planes to Saudi Arabia.",
            "1981-10-20",
            "ACCUSE",
            "USA",
            "SAU",
        ),
        ("Thomas Eagleton criticized the nomination of the new commissioner.", "1981-10-20", "ACCUSE", "USA", None),
        # the immigration service
        (
            "The Immigration and Naturalization Service detained 40 workers at a meat plant in Iowa.",
            "1999-06-01",
            "COERCE",
            "USA",
            "USA",
        ),
        # evidence said to be doctored: a denial by the speaker
        (
            "KIEV -- The president said the recordings were doctored by his enemies.",
            "2001-03-01",
            "REJECT",
            "UKR",
            None,
        ),
        (
            "The minister told reporters in Islamabad that the video had been faked.",
            "2016-10-03",
            "REJECT",
            "PAK",
            None,
        ),
    ],
)
def test_recall(text, pub_date, event, actor, recipient):
    found = english(text, pub_date=pub_date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "pub_date", "event"),
    [
        # harm done to oneself is no attack on another
        ("HOUSTON -- The gunman later shot himself in the parking lot.", "2019-08-01", "ASSAULT"),
        ("NEW DELHI: The prisoner hanged himself in his cell, police said.", "2017-11-10", "ASSAULT"),
        # negated, hypothetical: nothing told as done
        ("HOUSTON -- The shooter did not open fire on the deputies.", "2019-08-01", "ASSAULT"),
        ("WASHINGTON -- Rep. Jane Holloway, D-Ore., may criticize the bill next week.", "2003-05-14", "ACCUSE"),
        # doctoring done, not denied: an accusation is no denial
        ("Police said the clerk doctored the accounts of the firm.", "2016-10-03", "REJECT"),
        ("KIEV -- The president said the recordings were not doctored.", "2001-03-01", "REJECT"),
    ],
)
def test_near_misses(text, pub_date, event):
    found = english(text, pub_date=pub_date)
    assert not any(e == event for e, _, _ in found), found


def test_a_bomber_who_killed_himself_and_others_attacked():
    # no stop entry for "killed himself": the suicide bomber's blast is an attack on the others
    text = "BAGHDAD -- A suicide bomber killed himself and 12 others at a crowded market on Tuesday."
    assert [e for e in english(text, pub_date="2007-06-01") if e[0] == "ASSAULT"]
