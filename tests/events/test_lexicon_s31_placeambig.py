"""Shared place names read with the article (session 31, placeambig; when_where/places.py
story_namesake and word_in_name, coder.article_places and Coder.dateline): a town whose name other
countries share is the one in a country the article's dateline or other sentences name ("HALIFAX,
England - Police in Halifax …", "… in Reading … Pennsylvania State Police said …"); a dateline's
region or state says which namesake it is ("GEORGETOWN, Texas"); a capitalised common word inside a
name or after an article is no town ("the State Bar of California", "the Bar Association", "the Split
summit") — and near misses: a world city keeps its own country, a bare town named alone is still read."""

from __future__ import annotations

from functools import partial

import pytest

import warta
from conftest import coded_in
from conftest import has_event as has
from warta.when_where.places import countries_named, find_places

english = partial(coded_in, "en")


def place_countries(text: str, story: tuple[str, ...] = (), filed_in: str = "") -> list[tuple[str, str]]:
    return [(p.text, p.country_code) for p in find_places(text, "en", story, filed_in)]


def event_places(text: str) -> list[str]:
    return [e.event_loc.country_code for e in warta.code(text, lang="en", pub_date="2015-06-01") if e.event_loc]


@pytest.mark.parametrize(
    ("text", "story", "expected"),
    [
        # a namesake in a country the article names wins over the bigger one it never names
        ("Two men were arrested after a fight in Reading on Saturday.", ("USA",), [("Reading", "USA")]),
        ("The family lives in Georgetown with two children.", ("USA",), [("Georgetown", "USA")]),
        # near misses: no article context, or the likeliest one lies in a country it names
        ("Two men were arrested after a fight in Reading on Saturday.", (), [("Reading", "GBR")]),
        ("Two men were arrested after a fight in Reading on Saturday.", ("GBR", "USA"), [("Reading", "GBR")]),
        # a world city outweighs a namesake town in a country the article names
        ("The two sides will meet in Paris next week.", ("USA",), [("Paris", "FRA")]),
    ],
)
def test_story_namesake(text, story, expected):
    assert place_countries(text, story) == expected


def test_dateline_city_named_again_is_the_dateline_one():
    # Halifax, Canada is more than five times bigger, but the story was filed in Halifax, England
    text = "Police in Halifax arrested two men."
    assert place_countries(text, ("GBR",), "Halifax") == [("Halifax", "GBR")]
    assert place_countries(text, ("GBR",)) == [("Halifax", "CAN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attorneys should be reported to the State Bar of California.", []),
        ("He complained to the Bar Association about the judge.", []),
        ("Leaders spoke at the Split summit on Monday.", []),
        # near misses: the town named alone after a cue, or apposed to its country
        ("Leaders met in Split on Monday.", [("Split", "HRV")]),
        ("In Split, police arrested two men.", [("Split", "HRV")]),
        ("He travelled to Split, Croatia, last week.", [("Split", "HRV"), ("Croatia", "HRV")]),
    ],
)
def test_common_word_inside_a_name_is_no_town(text, expected):
    assert place_countries(text) == expected


def test_countries_named_counts_regions():
    assert countries_named("West Yorkshire Police said the cause was being investigated.", "en") == {"GBR"}
    assert countries_named("Police said the cause was being investigated.", "en") == set()


@pytest.mark.parametrize(
    ("text", "event", "actor", "place"),
    [
        ("HALIFAX, England (Reuters) - Police in Halifax arrested two protesters outside the town hall on Sunday.",
         "COERCE", "GBR", "GBR"),
        ("GEORGETOWN, Texas (AP) - Police in Georgetown arrested two students on Friday.", "COERCE", "USA", "USA"),
        ("Two men were arrested after a fight in Reading on Saturday. Pennsylvania State Police said the men "
         "were charged.", "COERCE", "USA", "USA"),
        # near misses: with no dateline or other country the bigger namesake stands
        ("HALIFAX (Reuters) - Police in Halifax arrested two protesters outside the town hall on Sunday.",
         "COERCE", "CAN", "CAN"),
        ("Police arrested two students in Georgetown on Friday.", "COERCE", "GUY", "GUY"),
    ],
)
def test_article_sets_the_namesake(text, event, actor, place):
    assert has(english(text, pub_date="2015-06-01"), event, actor, None)
    assert place in event_places(text)


def test_state_bar_sets_no_montenegro():
    text = "Owners were prevented from attending the meetings. They should complain to the State Bar of California."
    assert all("MNE" not in actors + recipients for _, actors, recipients in english(text, pub_date="2015-06-01"))


def test_dateline_after_a_headline_sets_the_story():
    # the dateline stands on the line after the headline: "a friend's home in Georgetown" is no Guyana
    text = (
        "Aide improving but not ready to leave hospital\n"
        "WASHINGTON -- The press secretary is doing well, a hospital spokesman said Wednesday.\n"
        "He has gone to a friend's home in Georgetown on Sundays to watch football."
    )
    from warta.coder import coder_for

    assert coder_for("en").dateline(text) == ("USA", "Washington")


def test_town_after_a_feature_word_is_still_read():
    # "Kabupaten Garut": a feature word before the town introduces it (garut is also a plant)
    assert [(p.text, p.country_code) for p in find_places("Banjir melanda di Kabupaten Garut.", "id")] == [
        ("Garut", "IDN")
    ]
