"""ACCUSE parties in two constructions both languages share (session 35, accuse;
events/attribution.py undergone_target and blamed_on, grammar `undergone_target_preps` and
`blamed_on_preps`): criticism "of"/"terhadap" a party that "came from"/"datang dari" another is aimed
at the first and made by the second; a deed "blamed on"/"disalahkan pada" a party in the passive
names the one charged after the preposition; an unnamed group "working for"/"yang bekerja untuk" a
state is that state's (actors/match.py sponsor_after, grammar `sponsor_phrases`). Near misses:
support that came from someone, a deed blamed on the weather. Sentences written for warta (Apache-2.0);
none copied from news text."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Condemnation of Pyongyang came from Tokyo on Friday.", "JPN", "PRK"),
        ("en", "Sharp criticism against Israel came from the Turkish government.", "TUR", "ISR"),
        ("id", "Kecaman terhadap Rusia datang dari Jepang.", "JPN", "RUS"),
        ("id", "Kritik atas Israel juga muncul dari pemerintah Turki.", "TUR", "ISR"),
    ],
)
def test_criticism_of_a_party_came_from_another(lang, text, actor, recipient):
    found = coded_in(lang, text, "2023-06-10")
    assert has(found, "ACCUSE", actor, recipient), found
    assert not has(found, "ACCUSE", recipient, actor), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "The market bombing was blamed on Boko Haram by Nigerian officials.", "NGA", "NGA"),
        ("en", "The raid on the border post was blamed on Pakistan by the Indian army.", "IND", "PAK"),
        ("id", "Ledakan di pasar itu disalahkan pada Boko Haram oleh pejabat Nigeria.", "NGA", "NGA"),
        ("id", "Serangan ke pos perbatasan itu disalahkan kepada Pakistan oleh militer India.", "IND", "PAK"),
    ],
)
def test_deed_blamed_on_a_party(lang, text, actor, recipient):
    found = coded_in(lang, text, "2023-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The long delay was blamed on bad weather."),
        ("id", "Keterlambatan itu disalahkan pada cuaca buruk."),
        ("id", "Dukungan terhadap Palestina datang dari Brasil."),
    ],
)
def test_no_accusation_without_a_party_charged(lang, text):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != "ACCUSE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Israel blamed a cell controlled by Iranian intelligence for the rocket fire.", "ISR", "IRN"),
        ("en", "Kyiv accused saboteurs working for Russian military intelligence of burning the depot.",
         "UKR", "RUS"),
        ("id", "Israel menyalahkan sel yang dikendalikan intelijen Iran atas serangan roket itu.", "ISR", "IRN"),
        ("id", "Kyiv menuduh penyabot yang bekerja untuk dinas intelijen militer Rusia membakar gudang itu.",
         "UKR", "RUS"),
    ],
)
def test_accused_group_serving_a_state_is_that_states(lang, text, actor, recipient):
    found = coded_in(lang, text, "2024-03-10")
    assert has(found, "ACCUSE", actor, recipient), found

