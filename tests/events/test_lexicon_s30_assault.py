"""ASSAULT and its near misses (session 30, assault; stop entries en./id.none.s30as-* in
not_events.yaml, actors/sectors_s30_assault.yaml, coder.mishap_subject): counted terrorists ("sekelompok teroris") as
attackers, and no attack coded from the toll of an attack retold in a relative clause, a foiled plot, a
drill's fire at mock targets, a killer nobody names, a match, an argument or a policy "attacked", a film's
or a game's plot, or a disaster that opens the sentence ("Kebakaran … menewaskan")."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("id", "Sekelompok teroris menyerang pos polisi di Kabupaten Poso, Sulawesi Tengah, kata Kapolda.",
         "ASSAULT", "IDN", "IDN", "2016-03-02"),
        ("id", "Sekelompok militan menembaki patroli tentara di Provinsi Sulu, Filipina selatan.",
         "ASSAULT", "PHL", None, "2019-06-10"),
        ("en", "A suicide bomber attacked a police checkpoint in Peshawar, killing six officers, police said.",
         "ASSAULT", "PAK", "PAK", "2023-05-02"),
        ("en", "Indonesia was accused of firing on the protesters, and police in Jayapura shot two students.",
         "ASSAULT", "IDN", None, "2023-06-01"),
    ],
)
def test_attacks_still_coded(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Spain marked the anniversary of the Madrid train bombings, which killed 193 people.", "ASSAULT"),
        ("en", "Indian police said they had foiled a plot to assassinate the chief minister of Punjab.", "ASSAULT"),
        ("en", "Japanese destroyers fired surface-to-air missiles at simulated targets during the drill.", "ASSAULT"),
        ("en", "The South Korean marines staged a mock assault on a beach near Pohang.", "ACCUSE"),
        ("en", "Local officials in Mali said it was unclear who had attacked the convoy.", "ASSAULT"),
        ("en", "Brazil attacked from the opening minutes and Vinicius fired a shot past the keeper.", "ASSAULT"),
        ("en", "Turkey accused the militants of bombing the pipeline.", "ASSAULT"),
        ("id", "Kuasa hukum Prabowo-Gibran menyerang argumen tim Ganjar dalam sidang di MK.", "ASSAULT"),
        ("id", "Serangan Partai Buruh terhadap kebijakan upah pemerintah dianggap wajar oleh Istana.", "ASSAULT"),
        ("id", "Menteri itu menembak balik tudingan anggota DPR soal impor beras.", "ASSAULT"),
        ("id", "Novel tersebut berkisah tentang gerilyawan yang menyandera seorang duta besar di Jakarta.", "ASSAULT"),
        ("id", "Banjir bandang di Kabupaten Luwu Utara, Sulawesi Selatan, menewaskan 38 orang, kata BNPB.", "ASSAULT"),
        ("id", "Kecelakaan bus pariwisata di Tanjakan Emen, Subang, menewaskan 27 penumpang.", "ASSAULT"),
    ],
)
def test_assault_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-03-14")
    assert all(e != event for e, _, _ in found), found
