"""English audit of unannotated sentences (session 25, mine_en2; en/triggers/s25_mine_en2.yaml):
conquering a land is seizing territory; and words that look like events but are none — a subject
"moving in the right direction", "would help secure jobs", researchers investigating a question,
"this refusal" pointing back at one told before, conquering a market."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Iraqi troops conquered Kuwait in August 1990.", "IRQ", "KWT"),
        ("Spanish soldiers conquered Peru in the sixteenth century.", "ESP", "PER"),
        ("The Spanish conquest of Mexico began in 1519.", "ESP", "MEX"),
        ("Norway was conquered by German forces in 1940.", "DEU", "NOR"),
    ],
)
def test_conquering_a_land_is_seizure(text, actor, recipient):
    found = english(text, pub_date="2016-01-01")
    assert has(found, "COERCE", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "The Korean band conquered the Japanese charts last summer.",
        "The Chinese carmaker wants to conquer the European market.",
        "The French climber conquered Everest at the age of sixty.",
    ],
)
def test_conquering_no_land_is_no_event(text):
    assert not any(e == "COERCE" for e, _, _ in english(text, pub_date="2016-01-01"))


@pytest.mark.parametrize(
    "text",
    [
        '"We are moving in the right direction," the Kenyan finance minister said.',
        "The Indian economy is heading in the right direction, the minister said.",
    ],
)
def test_moving_in_the_right_direction_praises_no_one(text):
    assert not any(e == "SUPPORT" for e, _, _ in english(text, pub_date="2016-01-01"))


@pytest.mark.parametrize(
    "text",
    [
        "The British defence secretary said the new contract would help secure hundreds of jobs.",
        "The Irish finance minister said the lower tax rate will help attract German investors.",
        "The Spanish minister said the reform would help to boost growth in France.",
    ],
)
def test_help_with_an_outcome_is_no_promise(text):
    assert not any(e == "AGREE" for e, _, _ in english(text, pub_date="2016-01-01"))


def test_a_party_promising_help_still_agrees():
    found = english("The Japanese minister said Japan would help Fiji rebuild its ports.", pub_date="2016-01-01")
    assert has(found, "AGREE", "JPN", "FJI"), found


@pytest.mark.parametrize(
    "text",
    [
        "Researchers have been investigating the gene in Germany for a decade.",
        "German scientists investigated how bees in France find flowers.",
        "Canadian researchers are investigating new ways to store heat.",
    ],
)
def test_research_is_no_inquiry(text):
    assert not any(e == "ACCUSE" for e, _, _ in english(text, pub_date="2016-01-01"))


def test_police_investigating_still_codes():
    found = english("German police are investigating the mayor of Essen over the payments.", pub_date="2016-01-01")
    assert has(found, "ACCUSE", "DEU"), found


def test_this_refusal_points_back():
    found = english("The Turkish opposition took this refusal as a pretext for new questions.", pub_date="2016-01-01")
    assert not any(e == "REJECT" for e, _, _ in found), found


def test_a_refusal_told_here_still_codes():
    found = english("The Turkish government refused to extradite the cleric to the US.", pub_date="2016-01-01")
    assert has(found, "REJECT", "TUR", "USA"), found
