"""English recall from unseen news (session 31, enmiss; en/triggers/coerce.yaml "# from s31_enmiss",
actors/sectors_s31_enmiss.yaml): a person dragged or hauled out by police, a court keeping someone in
jail, snipers as armed doers — and near misses: talks that drag out, a person remaining in jail by choice."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("The opposition leader was dragged out of the parliament building by Georgian police on Tuesday.",
         "COERCE", "GEO", None, "2021-02-23"),
        ("Thai police hauled out two student activists from the rally stage.",
         "COERCE", "THA", None, "2020-10-15"),
        ("In Nairobi, a judge ruled that Mwangi must stay in jail until his trial.",
         "COERCE", "KEN", None, "2022-03-09"),
        ("Snipers fired on Syrian protesters from rooftops in Homs.",
         "ASSAULT", None, "SYR", "2011-05-02"),
    ],
)
def test_english_recall_wording(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    if actor is None:
        assert any(e == event and recipient in r for e, _, r in found), found
    else:
        assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The trade negotiations between Canada and Mexico dragged out for months.", "COERCE"),
        ("The activist said he would rather remain in jail than pay the fine.", "COERCE"),
        ("The swimmer was hauled from the water by his coach after the race.", "COERCE"),
    ],
)
def test_english_recall_near_misses(text, event):
    found = english(text, pub_date="2020-01-01")
    assert all(e != event for e, _, _ in found), found
