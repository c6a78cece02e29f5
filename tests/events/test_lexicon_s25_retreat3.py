"""RETREAT wordings and stops (session 25, retreat3): checkpoints dismantled, an offensive scaled back,
control handed back, a trade ban eased, people freed without charge or handed back ("menyerahkan
kembali dua warga"); and stop entries for "freeing" a town taken in battle, for exempting from a levy
("membebaskan ... dari denda") — from en/ and id/triggers/s25_retreat3.yaml."""

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
        ("en", "Israeli troops dismantled several checkpoints near Nablus on Sunday.", "ISR", None),
        ("en", "Russia handed back control of the power plant to Ukraine.", "RUS", "UKR"),
        ("en", "Vietnam eased the ban on Chinese imports.", "VNM", "CHN"),
        ("id", "Polisi Thailand menyerahkan kembali dua warga Kamboja kepada Phnom Penh.", "THA", "KHM"),
        ("id", "Tentara Israel membongkar pos-pos pemeriksaan di sekitar Nablus.", "ISR", None),
    ],
)
def test_retreat_is_coded(lang, text, actor, recipient):
    found = coded_in(lang, text)
    assert has(found, "RETREAT", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukrainian troops freed the town from Russian forces after a week of fighting."),
        ("en", "The Iraqi army freed the besieged city after weeks of fighting."),
        ("id", "Pemerintah Malaysia membebaskan para nelayan Thailand dari denda pelabuhan."),
    ],
)
def test_no_release_in_freeing_a_place_or_an_exemption(lang, text):
    assert not any(e == "RETREAT" for e, _, _ in coded_in(lang, text)), coded_in(lang, text)


def test_a_real_release_beside_the_stops_still_codes():
    found = english("Ukrainian troops freed the captured Russian sailors after a week.")
    assert has(found, "RETREAT", "UKR"), found
    found = indonesian("Pemerintah Malaysia membebaskan para nelayan Thailand yang ditahan di Penang.")
    assert has(found, "RETREAT", "MYS", "THA"), found
