"""Office-holders of families the people lists held only in part (wave s40, noactor;
actors/people/s40_noactor.tsv, actors/sectors_s40_noactor.yaml): US attorneys general, treasury
secretaries, White House chiefs of staff, acting homeland security secretaries, intelligence chiefs, and
the G7/G20 finance ministers — each named in a sentence set abroad codes to his own state, not to the
scene; and near misses: an investor sharing a treasury secretary's surname, a holder named outside his
term resolving to the office he then held."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Treasury Secretary Timothy Geithner met Chinese Vice Premier Wang Qishan in Beijing on Monday.",
         "CONSULT", "USA", "CHN", "2011-05-09"),
        ("Steven Mnuchin met Chinese Vice Premier Liu He in Beijing on Thursday.",
         "CONSULT", "USA", "CHN", "2019-03-28"),
        ("Eric Holder criticized the Pakistani government over the release of the suspects.",
         "ACCUSE", "USA", "PAK", "2013-05-02"),
        ("George Osborne met Chinese Premier Li Keqiang in Beijing on Tuesday.",
         "CONSULT", "GBR", "CHN", "2015-09-22"),
        ("Anton Siluanov met Indonesian Finance Minister Sri Mulyani Indrawati in Jakarta.",
         "CONSULT", "RUS", "IDN", "2022-07-15"),
    ],
)
def test_english_office_holders(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Kepala Keamanan Dalam Negeri Amerika Serikat John Kelly mengunjungi Meksiko pekan ini.",
         "CONSULT", "USA", "MEX", "2017-04-20"),
        ("Christine Lagarde bertemu dengan Presiden Joko Widodo di Istana Merdeka.",
         "CONSULT", "IGO", "IDN", "2018-02-26"),
        ("Josh Frydenberg bertemu dengan Menteri Keuangan Sri Mulyani Indrawati di Jakarta.",
         "CONSULT", "AUS", "IDN", "2019-11-20"),
    ],
)
def test_indonesian_office_holders(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_investor_sharing_a_surname_is_no_treasury_secretary():
    found = english("Hedge fund manager John Paulson met Chinese officials in Beijing.", pub_date="2008-06-10")
    assert not has(found, "CONSULT", "USA", "CHN"), found
