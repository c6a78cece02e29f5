"""English recall on unseen newspaper text (session 17, recall_en_b): US congressional, cabinet and
campaign figures of the 1980s-2010s and Haiti's 2010-2011 presidential candidates, resolved by date
(actors/people/s17_recall_en_b.tsv); two US gay-rights groups (actors/bodies_s17_recall_en_b.yaml);
a speech, hearing or rally disrupted by protesters or broken up by police, active and passive
(en/triggers_s17_recall_en_b.yaml); and a no-fly zone that codes only when it is imposed, not when
it is talked about (en.coerce.no-fly-zone narrowed in place). The sentences are written for the tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "pub_date", "event", "actor", "recipient"),
    [
        # office-holders unknown before, each resolved by the date of the story
        ("Domenici criticised the White House over the deficit figures.", "1982-04-14", "ACCUSE", "USA", "USA"),
        ("Donald Regan met Japanese finance officials in Tokyo on Monday.", "1983-05-10", "CONSULT", "USA", "JPN"),
        ("Jesse Helms urged Mexico to extradite the drug lords.", "1997-03-03", "REQUEST", "USA", "MEX"),
        ("Jeff Sessions met Mexican officials in Mexico City on Friday.", "2017-08-20", "CONSULT", "USA", "MEX"),
        ("Robert McFarlane flew to Tehran for secret talks with Iranians.", "1986-05-28", "CONSULT", "USA", "IRN"),
        ("Bob Michel criticised Japan over its trade barriers.", "1984-02-01", "ACCUSE", "USA", "JPN"),
        ("Mirlande Manigat accused her rival of fraud in Haiti.", "2011-03-15", "ACCUSE", "HTI", None),
        # named US advocacy groups
        ("ACT UP accused the White House of ignoring the AIDS epidemic.", "1990-05-21", "ACCUSE", "USA", "USA"),
        ("The Human Rights Campaign urged Congress to pass the bill.", "2003-06-27", "REQUEST", "USA", "USA"),
    ],
)
def test_unknown_actors_now_resolve(text, pub_date, event, actor, recipient):
    found = english(text, pub_date=pub_date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Kenyan opposition lawmakers disrupted the president's address on Monday.", "PROTEST", "KEN", "KEN"),
        ("Members of ACT UP interrupted the secretary's press conference in Washington.", "PROTEST", "USA", "USA"),
        ("The governor's speech in Nairobi was interrupted by opposition supporters.", "PROTEST", "KEN", "KEN"),
        ("Bangladeshi riot police disrupted the opposition rally.", "COERCE", "BGD", "BGD"),
        ("The opposition rally in Dhaka was disrupted by riot police.", "COERCE", "BGD", "BGD"),
    ],
)
def test_disrupting_a_political_event(text, event, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "A storm disrupted the ceremony in Manila.",  # no actor: weather
        "The speech in Nairobi was interrupted by applause.",  # no protester
        "Flooding disrupted the election campaign in Pakistan.",
        "Indian students did not disrupt the hearing in Delhi.",  # negated
    ],
)
def test_disruption_without_a_protester_is_no_protest(text):
    found = english(text, pub_date="2015-06-10")
    assert not any(e in ("PROTEST", "COERCE") for e, _, _ in found), found


def test_a_no_fly_zone_imposed_is_coercion():
    found = english("NATO enforced a no-fly zone over Libya on Sunday.", pub_date="2011-03-28")
    assert has(found, "COERCE", "IGO", "LBY"), found
    found = english("A no-fly zone was imposed over northern Iraq by the United States.", pub_date="1992-08-27")
    assert has(found, "COERCE", "USA", "IRQ"), found


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials said a no-fly zone over Libya was a bad idea.",
        "The French president talked about the merits of a no-fly zone with Libyan rebels.",
    ],
)
def test_talk_about_a_no_fly_zone_is_no_coercion(text):
    found = english(text, pub_date="2011-03-05")
    assert not any(e == "COERCE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Gaddafi's forces marched on Benghazi on Saturday.", "LBY"),
        ("Libyan rebels are marching towards Tripoli.", "LBY"),
        ("Syrian troops marched toward the rebel-held town of Rastan.", "SYR"),
    ],
)
def test_an_armed_advance_on_a_city_is_mobilization(text, actor):
    found = english(text, pub_date="2011-03-20")
    assert has(found, "MOBILIZE", actor), found
    assert not any(e == "PROTEST" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Thousands of Egyptian protesters marched on the presidential palace.", "EGY"),
        ("Pakistani lawyers staged a protest march in Lahore.", "PAK"),
        ("Kenyan students organised a silent march on Monday.", "KEN"),
    ],
)
def test_a_crowd_marching_stays_a_protest(text, actor):
    found = english(text, pub_date="2011-03-20")
    assert has(found, "PROTEST", actor), found


@pytest.mark.parametrize(
    "text",
    [
        "The Indonesian president marched in the independence day parade in Jakarta.",
        "Syria held parliamentary elections in March.",
        "Egypt will hold a referendum on the constitution in March.",
    ],
)
def test_a_parade_or_the_month_is_no_protest(text):
    found = english(text, pub_date="2011-08-17")
    assert not any(e == "PROTEST" for e, _, _ in found), found
