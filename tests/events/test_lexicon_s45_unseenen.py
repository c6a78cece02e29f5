"""English precision on unseen text (session 45, unseenen): an act a verb of forcing would bring about is
an aim when the forcing follows the purpose marker ("in an attempt to force the U.S. to abandon the
base", "untuk memaksa AS menarik pasukannya"; events/modality.forcing_aimed, grammar forcing_infinitives,
achieved_aims), while "managed to force" and "bowed to pressure to resign" stay done."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The new tariffs are the latest attempt by Washington to force Beijing to make concessions.", "CONCEDE"),
        ("en", "Moscow has been accused of starving the camp in an attempt to force the U.S. to abandon the base.",
         "RETREAT"),
        ("id", "Blokade itu merupakan upaya untuk memaksa pasukan Turki menarik diri dari pos itu.", "RETREAT"),
    ],
)
def test_forced_act_as_aim_is_not_done(lang, text, event):
    found = coded_in(lang, text, pub_date="2023-03-14")
    assert not any(e == event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("The Kurdish fighters managed to force Turkish troops to withdraw from the outpost on Monday.",
         "RETREAT", "TUR", None),
        ("Japan's trade minister bowed to pressure to resign on Monday.", "RETREAT", "JPN", None),
    ],
)
def test_english_forcing_done(text, event, actor, recipient):
    found = english(text, pub_date="2023-03-14")
    assert has(found, event, actor, recipient), found
