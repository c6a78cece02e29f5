"""Verbal conflict (session 34, ckverbal; coder.rejected_proposal): a request or an offer named by a
noun and refused in the passive ("Permohonan ekstradisi Malaysia ditolak oleh Australia", "Tokyo's
offer of talks was turned down by Beijing") is a REJECT by the one who refuses, aimed at the one who
asked or offered — as the active "Australia menolak permohonan ekstradisi Malaysia" is — and not what
the request asks for (the request made stays coded, as en_s30_request expects). Near misses: a
request noun whose passive verb is no refusal still codes the request and no refusal."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "date"),
    [
        ("id", "Permohonan ekstradisi yang diajukan Malaysia ditolak oleh pemerintah Australia.", "AUS", "MYS",
         "2021-08-12"),
        ("id", "Permintaan ekstradisi Thailand ditolak oleh Kamboja pekan lalu.", "KHM", "THA", "2022-02-03"),
        ("en", "Malaysia's extradition request was rejected by the Australian government.", "AUS", "MYS",
         "2021-08-12"),
        ("en", "Tokyo's offer of talks was rejected by Beijing on Tuesday.", "CHN", "JPN", "2019-06-18"),
    ],
)
def test_refused_proposal_is_one_rejection(lang, text, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, "REJECT", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor"),
    [
        # a proposal noun refused in the passive: the refusal is coded
        ("id", "Tawaran dialog dari Seoul ditolak oleh Korea Utara.", "REJECT", "PRK"),
        # the active refusal was a REJECT already
        ("id", "Australia menolak permohonan ekstradisi Malaysia.", "REJECT", "AUS"),
    ],
)
def test_refusals_stay_single(lang, text, event, actor):
    found = coded_in(lang, text, pub_date="2022-03-01")
    assert any(e == event and actor in a for e, a, _ in found), found


def test_request_noun_with_other_passive_verb_is_a_request():
    found = indonesian("Permintaan ekstradisi Thailand disampaikan kepada pemerintah Kamboja pekan lalu.",
                       pub_date="2022-02-03")
    assert any(e == "REQUEST" for e, _, _ in found), found
    assert not any(e == "REJECT" for e, _, _ in found), found
