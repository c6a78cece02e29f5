"""Forces of many states are no force of the state a story is set in (session 38, assaultfa;
grammar `multinational_words`, actors.match.foreign_term): "coalition forces", "international
troops", "pasukan koalisi", "pasukan internasional" acting in Iraq or Afghanistan are not Iraq's or
Afghanistan's forces — whose they are the words do not say. Near misses: a state's own forces in
the same sentence keep the scene's state, and a coalition of parties ("partai koalisi", "the
coalition government") is still the state's."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "scene"),
    [
        ("en", "Coalition forces killed three militants near Ramadi in Iraq on Thursday.", "IRQ"),
        ("en", "International troops opened fire on a crowd in Kabul, Afghanistan, on Monday.", "AFG"),
        ("en", "Multinational forces stormed a village in southern Iraq overnight.", "IRQ"),
        ("id", "Pasukan koalisi menewaskan tiga militan di dekat Ramadi, Irak, Kamis.", "IRQ"),
        ("id", "Pasukan internasional menembaki kerumunan di Kabul, Afghanistan, Senin.", "AFG"),
        ("id", "Tentara multinasional menyerbu sebuah desa di Irak selatan semalam.", "IRQ"),
    ],
)
def test_multinational_forces_are_not_the_scenes(lang, text, scene):
    found = coded_in(lang, text, "2007-03-01")
    assert all(not (e == "ASSAULT" and scene in a) for e, a, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor"),
    [
        ("en", "Iraqi forces killed three militants near Ramadi on Thursday.", "ASSAULT", "IRQ"),
        ("id", "Pasukan Irak menewaskan tiga militan di dekat Ramadi, Kamis.", "ASSAULT", "IRQ"),
        ("en", "The coalition government in Jakarta criticised the governor's remarks.", "ACCUSE", "IDN"),
        ("id", "Partai koalisi pemerintah mengecam pernyataan Gubernur DKI Jakarta itu.", "ACCUSE", "IDN"),
    ],
)
def test_own_forces_and_party_coalitions_keep_their_state(lang, text, event, actor):
    found = coded_in(lang, text, "2007-03-01")
    assert any(e == event and actor in a for e, a, _ in found), found
