"""English constructions (session 27, en/triggers/s27_clsyntax_en.yaml): a weapons delivery told as
a noun, a light verb before a counted run of protests, a verdict in a small clause after "called"
("called the ban an attack on democracy"), one state's drills around another, and a government's
protest against another state's act at sea — and words like them that are no such event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Norway's delivery of fighter jets to Ukraine was completed on Friday.", "AID", "NOR", "UKR"),
        ("Greek dockworkers staged a third day of strikes at the port of Piraeus.", "PROTEST", "GRC", None),
        ("Serbian students held a second week of protests in Belgrade.", "PROTEST", "SRB", None),
        (
            "The Aam Aadmi Party called the questioning of Arvind Kejriwal by federal agents an assault on democracy.",
            "ACCUSE",
            "IND",
            "IND",
        ),
        ("Beijing called the dumping of the waste water by Japan extremely selfish.", "ACCUSE", "CHN", "JPN"),
        ("Philippines protests Chinese coast guard's harassment of its supply boats", "ACCUSE", "PHL", "CHN"),
    ],
)
def test_constructions_code(text, event, actor, recipient):
    found = english(text, pub_date="2023-08-26")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The union said it may hold a second day of strikes next week.", "PROTEST"),
        ("The court did not call the ruling an attack on democracy.", "ACCUSE"),
        ("The company completed the delivery of two cargo ships to a Greek buyer.", "AID"),
    ],
)
def test_constructions_near_misses(text, event):
    found = english(text, pub_date="2023-08-26")
    assert all(e != event for e, _, _ in found), found


def test_joint_drills_near_a_place_stay_cooperation():
    text = "The United States and South Korea held exercises near the demilitarised zone."
    found = english(text, pub_date="2023-08-26")
    assert any(e == "COOPERATE" for e, _, _ in found), found
