"""A state asserting its right to send troops or use force (session 41, threaten; en/ and
id/triggers/threaten.yaml, section "from s41_threaten"): "reaffirmed its right to send troops into
Syria", "reserves the right to use force", "berhak menggunakan kekuatan militer" are threats of force
(THREATEN, CAMEO 138) — and near misses: a bare right to protest or to sue is no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        ("Ankara on Monday reaffirmed its right to send troops into northern Syria to fight Kurdish militias.",
         "TUR", "SYR", "2019-10-07"),
        ("The Russian foreign minister said Moscow reserves the right to deploy forces to Belarus.",
         "RUS", "BLR", "2021-12-20"),
        ("Beijing reserved the right to use force against Taiwan, the ministry said.", "CHN", "TWN", "2022-08-05"),
    ],
)
def test_english_right_to_use_force(text, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, "THREATEN", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        ("Kementerian itu menyatakan China berhak menggunakan kekuatan militer terhadap Taiwan.",
         "CHN", "TWN", "2022-08-05"),
        ("Iran menegaskan haknya untuk menggunakan kekuatan bersenjata terhadap Israel.", "IRN", "ISR", "2024-04-10"),
    ],
)
def test_indonesian_right_to_use_force(text, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, "THREATEN", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Activists defended the right to protest outside the French parliament."),
        ("en", "The union reaffirmed the right to strike at Indian state-owned factories."),
        ("id", "Warga berhak untuk menggugat keputusan Gubernur Jakarta itu."),
    ],
)
def test_bare_right_is_no_threat(lang, text):
    found = coded_in(lang, text, pub_date="2022-03-01")
    assert not any(e == "THREATEN" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Ankara threatened to send troops into northern Iraq after the ambush.", "TUR", "IRQ"),
        ("en", "Moscow warned it would deploy troops to the border with Finland.", "RUS", "FIN"),
        ("id", "Ankara mengancam akan mengirim pasukan ke Irak utara setelah penyergapan itu.", "TUR", "IRQ"),
        ("id", "Moskow memperingatkan akan mengerahkan tentara ke perbatasan Finlandia.", "RUS", "FIN"),
    ],
)
def test_troops_threatened_are_the_means(lang, text, actor, recipient):
    """The bare troops inside a threat's words are the threatener's own means; the target is where they
    would go (coder.own_forces_as_means)."""
    found = coded_in(lang, text, "2019-10-07")
    assert has(found, "THREATEN", actor, recipient), found
    assert not any(e == "THREATEN" and actor in r for e, _, r in found), found


def test_troops_attacked_stay_the_target():
    """Another side's troops threatened with an attack are the target, not a means."""
    found = english("The Kurdish rebels threatened to attack Turkish troops in northern Iraq.", "2007-03-01")
    assert any(e == "THREATEN" and "TUR" in r for e, _, r in found), found
