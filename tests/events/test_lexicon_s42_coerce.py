"""Passive arrests and seizures (session 42, coerce): a pronoun right before the passive verb ("when
they were seized by …", "ketika mereka ditangkap oleh …") is the party named before it, not the place
where it happened (coder.passive_pronoun_patient, grammar passive_subject_pronouns); adverbs between
"was"/"were" and the participle ("were on Monday briefly detained by troops") leave it passive
(attribution.be_before_adverbs, grammar passive_adverbs) — and near misses."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "The two Dutch journalists were reporting in Venezuela when they were arrested by police in Caracas.",
         "VEN", "NLD"),
        ("en", "Three Turkish sailors were fishing in Greek waters when they were seized by the Greek coast guard.",
         "GRC", "TUR"),
        ("id", "Para relawan Australia sedang berada di Kamboja ketika mereka ditahan oleh tentara.", "KHM", "AUS"),
        ("id", "Dua wartawan Belanda sedang meliput di Venezuela ketika mereka ditangkap oleh polisi di Caracas.",
         "VEN", "NLD"),
        ("id", "Tiga nelayan Turki sedang melaut di perairan Yunani ketika mereka ditangkap penjaga pantai Yunani.",
         "GRC", "TUR"),
    ],
)
def test_passive_pronoun_is_the_one_named_before(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2019-05-02")
    assert has(found, "COERCE", actor, recipient), found
    assert not has(found, "COERCE", actor, actor), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The opposition leader was on Friday arrested by Zimbabwean police.", "ZWE", "ZWE"),
        ("Two British tourists were later briefly detained by Egyptian police.", "EGY", "GBR"),
    ],
)
def test_adverbs_between_be_and_participle_keep_the_passive(text, actor, recipient):
    found = english(text, pub_date="2019-05-02")
    assert has(found, "COERCE", actor, recipient), found
    assert not has(found, "COERCE", "GBR", "EGY"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "They were in Cambodia when the floods came."),
        ("id", "Mereka berada di Kamboja ketika bencana itu terjadi."),
    ],
)
def test_near_misses_code_no_arrest(lang, text):
    found = coded_in(lang, text, pub_date="2019-05-02")
    assert not any(e == "COERCE" for e, _, _ in found), found


def test_active_arrest_after_adverb_stays_active():
    found = english("The Kenyan protesters were peaceful until police arrested them.", pub_date="2019-05-02")
    assert has(found, "COERCE", "KEN", "KEN"), found
