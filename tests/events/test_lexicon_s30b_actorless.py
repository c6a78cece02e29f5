"""Actors that were in the text but that events were dropped for lacking (session 30b, actorless):
a party pronoun after an adverb set off by its comma or before "is willing/ready to" ("Instead, it is
willing to hold talks with Abbas"); a verb joined by "and" after a verb of naming and its "as"
("described the comments as baseless and urged …"); the speaker's own "kami"/"we" inside a quote is
not what a speaker's verdict judges; and bodies no list knew (actors/bodies_s30b_actorless.yaml).
Near misses: "It is unclear whether …", an "as" after a comma, what the "as" names."""

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
        ("Turkey rejected the European proposal on Monday. Instead, it is ready to hold talks with Greece.",
         "AGREE", "TUR", "GRC", "2021-01-12"),
        ("Japan turned down the invitation. Meanwhile, it accused China of intimidating its fishermen.",
         "ACCUSE", "JPN", "CHN", "2022-08-04"),
        ("The Egyptian foreign ministry described the raid as a flagrant violation and urged Israel to halt it.",
         "REQUEST", "EGY", "ISR", "2023-05-10"),
        ("Malaysia's government dismissed the report as baseless and accused Singapore of meddling.",
         "ACCUSE", "MYS", "SGP", "2020-02-18"),
    ],
)
def test_english_actor_found(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ('"Kami yakin peretas Korea Utara ada di balik serangan siber itu," ujar pejabat Partai Kebebasan Korea, '
         "Kim Min-soo, kepada wartawan.", "ACCUSE", "KOR", "PRK", "2018-04-02"),
        ("Lebih jauh, Aliansi Nelayan mengkritik kebijakan pemerintah soal cantrang.", "ACCUSE", "IDN", None,
         "2017-07-12"),
        ("Atheist Republic mengecam penangkapan seorang blogger oleh polisi Malaysia.", "ACCUSE", "NGO", None,
         "2017-08-09"),
        # "karena itu" (therefore) between the subject and its verb opens no clause
        ("KBRI Manila karena itu bekerja sama dengan pemerintah Filipina untuk memulangkan para korban.",
         "COOPERATE", "IDN", "PHL", "2018-04-02"),
    ],
)
def test_indonesian_actor_found(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a pronoun before a describing "is": no one acts
        ("Turkey rejected the European proposal on Monday. It is unclear whether Ankara will meet Greek officials.",
         "CONSULT"),
        # what the "as" names is no act of the namer
        ("Gates rejected the plan as little more than an invitation to the insurgents.", "AGREE"),
    ],
)
def test_english_near_misses(text, event):
    found = english(text, pub_date="2021-01-12")
    assert all(e != event for e, _, _ in found), found


def test_we_in_quote_is_not_the_judged():
    found = indonesian(
        '"Kami yakin peretas Korea Utara ada di balik serangan siber itu," ujar pejabat Partai Kebebasan Korea.',
        pub_date="2018-04-02",
    )
    assert not has(found, "ACCUSE", "KOR", "KOR"), found
