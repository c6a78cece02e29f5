"""English recall and precision on unseen articles (session 18, recall_en_c): "accused" used as a noun
(the person a case is against) is no accusation (en/triggers_s18_recall_en_c.yaml); the Salafist
movement is a religious party (actors/sectors_s18_recall_en_c.yaml); Pauline Hanson is an Australian
lawmaker (actors/people/s18_recall_en_c.tsv). Sentences written for these tests."""

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
