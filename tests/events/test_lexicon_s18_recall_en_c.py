"""English recall and precision on unseen articles (session 18, recall_en_c): "accused" used as a noun
(the person a case is against) is no accusation (en/triggers_s18_recall_en_c.yaml); the Salafist
movement is a religious party (actors/sectors_s18_recall_en_c.yaml); Pauline Hanson is an Australian
lawmaker (actors/people/s18_recall_en_c.tsv); an inquiry team sent or formed is an investigation, while
"executed the plan" and "the investigating officer" are no events. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # near misses: "accused" is the person charged, no one accuses anyone
        ("LUCKNOW: Police said the accused was produced before a magistrate on Monday.", None),
        ("NAGPUR: Police said the main accused had been absconding since March.", None),
        ("KOCHI: The court granted bail to the accused, his lawyer said.", "RETREAT"),
        # the act done to the accused is still coded
        ("JAIPUR: Police said the accused persons were sent to judicial custody.", "COERCE"),
        ("CHENNAI: The police said the prime accused was arrested from his home.", "COERCE"),
    ],
)
def test_accused_as_a_noun_is_no_accusation(text, kept):
    found = english(text, pub_date="2016-03-10")
    assert not any(e == "ACCUSE" for e, _, _ in found), found
    if kept:
        assert has(found, kept, "IND"), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("In Cairo, Salafists are demanding that the government ban alcohol.", "REQUEST", "EGY", None),
        ("In Tunis, Salafists protested outside the prime minister's office on Friday.", "PROTEST", "TUN", None),
        ("Salafist groups in Alexandria condemned the Egyptian army's crackdown.", "ACCUSE", "EGY", "EGY"),
    ],
)
def test_salafists_are_a_party(text, event, actor, recipient):
    found = english(text, pub_date="2013-07-20")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "pub_date"),
    [
        ("Senator Pauline Hanson criticised the Australian government's refugee policy.", "2017-06-01"),
        ("Pauline Hanson attacked the Australian government over its immigration policy.", "1996-09-12"),
    ],
)
def test_hanson_is_an_australian_lawmaker(text, pub_date):
    found = english(text, pub_date=pub_date)
    assert has(found, "ACCUSE", "AUS", "AUS"), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Indonesian defence ministry sent an investigative team to Papua after the shooting.", "IDN"),
        ("India's home ministry formed an investigative panel to look at the riots.", "IND"),
        ("Kenya's police sent a team of investigators to Garissa.", "KEN"),
    ],
)
def test_inquiry_team_is_an_investigation(text, actor):
    found = english(text, pub_date="2016-03-10")
    assert has(found, "ACCUSE", actor), found


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a plan carried out, a title — no execution, no inquiry opened
        "The Taliban executed the plan in two days, the Afghan army said.",
        "An Indian investigating officer said the case was under way.",
    ],
)
def test_plan_carried_out_and_titles_are_no_events(text):
    assert english(text, pub_date="2016-03-10") == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Russia formed an alliance with Iran.", "RUS", "IRN"),
        ("Hamas allied itself with Iran in 2012.", "PSE", "IRN"),
        ("Pakistan's PPP formed a coalition government with the PML-N in 2008.", "PAK", "PAK"),
    ],
)
def test_alliance_formed_is_support(text, actor, recipient):
    found = english(text, pub_date="2016-03-10")
    assert has(found, "SUPPORT", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Police in Scotland are investigating an attempted murder in Greenock.", "GBR"),
        ("French police launched a murder investigation after a teacher was stabbed in Paris.", "FRA"),
    ],
)
def test_investigating_a_crime_is_no_killing(text, actor):
    found = english(text, pub_date="2016-03-10")
    assert has(found, "ACCUSE", actor), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a crime word as a label, no killing by those who speak of it
        "The Russian court opened a murder trial of the opposition activist.",
        "Police found the murder weapon in a field near Nairobi.",
    ],
)
def test_crime_labels_are_no_assault(text):
    found = english(text, pub_date="2016-03-10")
    assert not any(e == "ASSAULT" for e, _, _ in found), found
