"""What a request asks of an unnamed addressee (session 32, reqagree; coder.addressee_phrase): in
"urged its supporters to boycott the vote" the act after "to" is asked for, not done, also when the
addressee ("its supporters", "the crowd", "all sides") names no party a code resolves — and near
misses: an act after a verb of its own ("urged calm and deployed troops to …") is still coded."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "asked", "actor", "date"),
    [
        ("Kenya's opposition party urged its supporters to boycott the local elections.", "REQUEST", "PROTEST",
         "KEN", "2022-08-01"),
        ("Hezbollah urged its fighters to pull out of the border villages.", "REQUEST", "RETREAT",
         "LBN", "2006-08-20"),
        ("The Kenyan interior minister asked the crowd to release the hostages.", "REQUEST", "RETREAT",
         "KEN", "2023-03-02"),
    ],
)
def test_unnamed_addressee_asked_to_act(text, event, asked, actor, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor), found
    assert not any(e == asked for e, _, _ in found), found


def test_verb_between_keeps_the_act():
    # a verb of its own between the request and "to": what follows is the requester's act
    found = english("Kenya urged calm and deployed troops to attack the militants in Lamu.", pub_date="2023-03-02")
    assert has(found, "REQUEST", "KEN") and has(found, "MOBILIZE", "KEN"), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        ("Moscow wants the new government in Kiev to hold talks with the rebels.", "RUS", "UKR", "2014-05-02"),
        ("Washington wants its Gulf allies Qatar and Bahrain to cut funding for the militias.", "USA", "QAT",
         "2017-06-10"),
    ],
)
def test_want_long_addressee_to(text, actor, recipient, date):
    assert has(english(text, pub_date=date), "REQUEST", actor, recipient)


def test_want_something_to_be_is_no_request():
    found = english("The Kenyan minister wants the money from the sale of the assets to be spent on schools.",
                    pub_date="2023-03-02")
    assert not any(e == "REQUEST" for e, _, _ in found), found


def test_talks_agreed_to_are_promised():
    # coder.promised_content: what "agreed to …" opens is promised, one AGREE, no talks held yet
    found = english("President Widodo met Malaysian Prime Minister Najib Razak in Bogor. "
                    "The two leaders agreed to speed up border negotiations.", pub_date="2017-03-01")
    assert has(found, "AGREE", "IDN", "MYS"), found
    assert sum(e == "CONSULT" for e, _, _ in found) == 1, found  # the meeting only


def test_talks_after_an_agreement_clause_are_not_promised():
    found = english("Indonesia and Malaysia agreed to hold a summit, but the talks in Jakarta collapsed.",
                    pub_date="2017-03-01")
    assert has(found, "AGREE", "IDN"), found
