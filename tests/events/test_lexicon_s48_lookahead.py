"""Captives told after the arrest (session 48, lookahead; coder.captives_told_after): an arrest whose
captive the sentence leaves the captor's own people ("a suspected smuggler") is of the state a definite
person named by demonym opens one of the next two sentences with ("The Albanian …", "Pria Albania
itu …"); an indefinite newcomer ("A French tourist …") is someone else."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "recipient"),
    [
        ("en", "Italian police on Monday arrested a suspected smuggler near the port of Bari. "
         "The Albanian was carrying forged papers, police said.", "ALB"),
        ("en", "Greek police detained a man at Athens airport on Friday. He refused to talk. "
         "The Turk had a false passport.", "TUR"),
        ("id", "Polisi Italia menangkap seorang penyelundup di pelabuhan Bari, Senin. "
         "Pria Albania itu membawa dokumen palsu.", "ALB"),
        ("id", "Polisi Yunani menahan seorang pria di bandara Athena, Jumat. Orang Turki itu membawa paspor palsu.",
         "TUR"),
    ],
)
def test_captive_named_after(lang, text, recipient):
    found = coded_in(lang, text, pub_date="2023-03-01")
    assert any(e == "COERCE" and recipient in r for e, _, r in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "Italian police on Monday arrested a suspected smuggler near the port of Bari. "
         "A French tourist was also questioned.", "ITA"),
        ("id", "Polisi Italia menangkap seorang penyelundup di pelabuhan Bari, Senin. "
         "Seorang turis Prancis juga diperiksa.", "ITA"),
    ],
)
def test_indefinite_newcomer_is_not_the_captive(lang, text, actor):
    found = coded_in(lang, text, pub_date="2023-03-01")
    assert has(found, "COERCE", actor, actor), found
