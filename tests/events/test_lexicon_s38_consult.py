"""Talks named after the act they precede (session 38, consult; attribution.talks_before_act,
grammar `sequel_preps`): "…, the ministers said, after talks with X", "kata Retno seusai pertemuan
bilateral dengan …" — talks with a named partner, in a phrase after the act ("after", "following",
"setelah", "usai", "seusai") and with no doer of their own, were held by the speaker or the clause's
subject. Near misses: a subject that suffered the act ("was freed after talks with the kidnappers")
and a clause with no party before the phrase ("Prices rose after talks with the unions")."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "date"),
    [
        ("en", "Kenyan officials said on Monday the border would stay open after talks with Somali envoys.", "KEN",
         "SOM", "2023-03-06"),
        ("en", "Turkey reopened the border crossing following talks with Iraqi officials.", "TUR", "IRQ", "2023-03-06"),
        ("en", "Vietnam released the fishermen after talks with Chinese diplomats in Hanoi.",
         "VNM", "CHN", "2023-03-06"),
        ("id", "Pejabat Kenya mengatakan perbatasan tetap dibuka setelah pembicaraan dengan utusan Somalia.",
         "KEN", "SOM", "2023-03-06"),
        ("id", "Perbatasan akan tetap dibuka, kata Menlu Malaysia seusai pertemuan bilateral dengan Menlu Thailand.",
         "MYS", "THA", "2023-03-06"),
        ("id", "Vietnam membebaskan para nelayan itu usai pembicaraan dengan diplomat China di Hanoi.",
         "VNM", "CHN", "2023-03-06"),
    ],
)
def test_talks_before_act(lang, text, actor, recipient, date):
    found = coded_in(lang, text, date)
    assert has(found, "CONSULT", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prices rose after talks with the unions."),
        ("en", "The hostage was freed after talks with the kidnappers."),
        ("id", "Harga naik setelah pembicaraan dengan serikat buruh."),
        ("id", "Sandera itu dibebaskan setelah pembicaraan dengan para penculik."),
    ],
)
def test_talks_before_act_near_misses(lang, text):
    found = coded_in(lang, text, "2023-03-06")
    assert all(e != "CONSULT" for e, _, _ in found), found
