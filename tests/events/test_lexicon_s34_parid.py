"""Bare police are the scene's (session 34, parid; actors/match.py `KEEPERS_OF_THE_SOIL`): once a
story is set somewhere, "Polisi menangkap … pria Polandia itu" / "Police arrested … the Polish
man" are that place's police holding a foreigner, not Poland's police; with no place named yet the
nationals' state stays the guess, and police the text names keep their own state."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("coded", "text", "actor", "recipient"),
    [
        (indonesian,
         "Kapal feri itu berlayar dari Rotterdam, Belanda, menuju Hull. Polisi menahan dua pria Albania "
         "itu ketika kapal bersandar di pelabuhan.", "NLD", "ALB"),
        (english,
         "The ferry sailed from Rotterdam, the Netherlands, to Hull. Police detained the two Albanian "
         "men when the ship docked in the port.", "NLD", "ALB"),
        (indonesian,
         "Bus itu melaju dari Lyon, Prancis, menuju Jenewa. Polisi menangkap sopir tersebut setelah "
         "menemukan senjata di dalam koper warga Aljazair itu.", "FRA", "DZA"),
    ],
)
def test_police_of_the_scene_hold_foreigners(coded, text, actor, recipient):
    found = coded(text, "2019-05-04")
    assert has(found, "COERCE", actor, recipient), found


@pytest.mark.parametrize(
    ("coded", "text", "actor"),
    [
        # no place named yet: the nationals' state is still the guess
        (indonesian, "Polisi menangkap tiga pria Albania di sebuah hotel.", "ALB"),
        # police the text names keep their own state
        (indonesian,
         "Kapal feri itu berlayar dari Rotterdam, Belanda, menuju Hull. Polisi Inggris menahan dua "
         "pria Albania di pelabuhan.", "GBR"),
    ],
)
def test_police_named_or_unset_keep_their_state(coded, text, actor):
    found = coded(text, "2019-05-04")
    assert has(found, "COERCE", actor), found
