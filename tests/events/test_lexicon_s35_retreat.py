"""Yielding (session 35, retreat; en/ and id/triggers/retreat.yaml "from s35_retreat", grammar
`surrender_words`, id `sector_joiners`): a surrender aimed at the force given in to (coder.surrendered_to),
a release on bail or parole with a name before "on", captors releasing
the people they took, forces moved away from a place, "Pasukan terakhir Prancis" as France's troops —
and near misses: a surrender to pressure or to a place, a report or a film released, someone leaving
or moving away with no force."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Fourteen Abu Sayyaf militants surrendered to the Philippine marines in Sulu on Monday.",
         "RETREAT", "PHL", "PHL", "2023-03-06"),
        ("Dozens of Taliban fighters surrendered to Afghan police in Kunduz.",
         "RETREAT", "AFG", "AFG", "2016-05-02"),
        ("Thai police released the Cambodian labour activist Sok Vanna on bail on Tuesday.",
         "RETREAT", "THA", "KHM", "2024-02-13"),
        ("Colombian guerrillas freed the two Dutch journalists they had abducted near the Venezuelan border.",
         "RETREAT", "COL", "NLD", "2017-06-28"),
        ("North Korea moved dozens of tanks away from the border with South Korea on Sunday.",
         "RETREAT", "PRK", "KOR", "2018-05-06"),
    ],
)
def test_english_yielding(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    if recipient is None:
        assert any(e == event and actor in a for e, a, _ in found), found
    else:
        assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Sembilan anggota kelompok Abu Sayyaf menyerahkan diri kepada marinir Filipina di Sulu.",
         "RETREAT", "PHL", "PHL", "2023-03-06"),
        ("Puluhan pejuang Taliban menyerah kepada polisi Afghanistan di Kunduz.",
         "RETREAT", "AFG", "AFG", "2016-05-02"),
        ("Polisi Thailand membebaskan aktivis buruh Kamboja itu dengan jaminan pada Selasa.",
         "RETREAT", "THA", "KHM", "2024-02-13"),
        ("Pasukan terakhir Belanda meninggalkan Uruzgan pada Rabu.", "RETREAT", "NLD", None, "2010-08-04"),
        ("Korea Utara memindahkan puluhan tank menjauh dari perbatasan dengan Korea Selatan pada Minggu.",
         "RETREAT", "PRK", "KOR", "2018-05-06"),
    ],
)
def test_indonesian_yielding(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    if recipient is None:
        assert any(e == event and actor in a for e, a, _ in found), found
    else:
        assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "party"),
    [
        # a surrender to pressure or to a place names no one given in to
        ("en", "The Somali militants surrendered to hunger after the long siege of the town.", "RETREAT", "SOM"),
        ("id", "Para pejuang itu menyerah kepada kelaparan setelah pengepungan panjang.", "RETREAT", None),
    ],
)
def test_surrender_to_no_force(lang, text, event, party):
    found = coded_in(lang, text, "2023-06-10")
    assert all(not r for e, _, r in found if e == event), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The ministry released its annual report on parole violations on Monday.", "RETREAT"),
        ("en", "The studio released the film they had shot in Morocco.", "RETREAT"),
        ("id", "Kementerian merilis laporan tahunan tentang narapidana pada Senin.", "RETREAT"),
        ("id", "Penyanyi itu meninggalkan panggung terakhir kali pada Sabtu.", "RETREAT"),
        ("en", "The family moved away from Kyiv before the war.", "RETREAT"),
        ("id", "Keluarga itu pindah menjauh dari Kyiv sebelum perang.", "RETREAT"),
    ],
)
def test_yielding_near_misses(lang, text, event):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != event for e, _, _ in found), found
