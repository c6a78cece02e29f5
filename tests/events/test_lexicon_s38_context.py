"""Recipients guessed from the context (session 38, context; coder.HOME_REACH): coercion and
concessions — acts most often done to the actor's own people (SELF_DIRECTED) — take a state named
before as their target from their own sentence or the one just before, not from two sentences back;
there the actor's own people are the ones acted on. Near misses: a state named in the sentence itself
or in the sentence just before is still the target."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Chinese envoys visited Dhaka last week. The visit lasted three days. "
         "Bangladesh's opposition leader apologised for the violence at the rally on Sunday.",
         "CONCEDE", "BGD", "BGD"),
        ("en", "Turkish ministers held talks in Tbilisi on Monday. The talks lasted two days. "
         "Georgia's ruling party called off its march through the capital.",
         "CONCEDE", "GEO", "GEO"),
        ("id", "Utusan China mengunjungi Dhaka pekan lalu. Kunjungan itu berlangsung selama tiga hari. "
         "Pemimpin oposisi Bangladesh meminta maaf atas kerusuhan pada hari Minggu.",
         "CONCEDE", "BGD", "BGD"),
    ],
)
def test_concession_two_sentences_on_is_at_home(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-03-01")
    assert has(found, event, actor, recipient), found
    assert not has(found, event, actor, "CHN"), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # the state named in the sentence just before is still the target
        ("en", "Chinese envoys visited Dhaka last week. Bangladesh's foreign minister later apologised "
         "for the remarks.", "CONCEDE", "BGD", "CHN"),
        ("id", "Utusan China mengunjungi Dhaka pekan lalu. Menteri luar negeri Bangladesh kemudian "
         "meminta maaf atas ucapan tersebut.", "CONCEDE", "BGD", "CHN"),
        # and one the sentence names itself
        ("en", "Chinese envoys visited Dhaka last week. The visit lasted three days. Bangladesh's "
         "opposition leader apologised to China for the remarks.", "CONCEDE", "BGD", "CHN"),
    ],
)
def test_concession_aimed_at_state_named_near(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-03-01")
    assert has(found, event, actor, recipient), found
