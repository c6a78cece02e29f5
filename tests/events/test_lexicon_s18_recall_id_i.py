"""Indonesian recall on unseen political and crime news (session 18, helper recall_id_i): holding
someone at gun- or knife-point, "menodongkan pistol/celurit", "ditodong senjata api"
(id/triggers_s18_recall_id_i.yaml), and office-holders the press names by a short form or who
speak for their body: "Fahri" for Fahri Hamzah, the Thai junta's spokesman, the spokesman of Iraq's
Popular Mobilization Forces (actors/people/s18_recall_id_i.tsv) — and words like them that are no
event. The sentences are written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Dua perampok menodongkan pistol kepada kasir minimarket di Bekasi.", "IDN", "IDN"),
        ("Pelaku menodongkan senjata api ke arah petugas SPBU di Medan.", "IDN", "IDN"),
        ("Seorang pria bersenjata di Chicago menodongkan senapan kepada pegawai toko.", "USA", "USA"),
        ("Perampok menodongkan celurit ke leher korban di Surabaya.", "IDN", "IDN"),
        ("Kawanan begal menodongkan golok kepada pengendara motor di Depok.", "IDN", "IDN"),
    ],
)
def test_weapon_point_is_assault(text, actor, recipient):
    found = indonesian(text, pub_date="2017-08-07")
    assert has(found, "ASSAULT", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # pressing someone with questions or for money: no weapon, no assault
        "Wartawan menodong Menteri Dalam Negeri dengan pertanyaan soal e-KTP.",
        "Para siswa menodong kepala sekolah dengan permintaan libur tambahan.",
        # negated and hypothetical
        "Polisi memastikan pelaku tidak menodongkan pistol kepada kasir di Bekasi.",
        "Jika pelaku menodongkan pistol kepada kasir, polisi akan menembaknya.",
    ],
)
def test_no_weapon_point(text):
    found = indonesian(text, pub_date="2017-08-07")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the press names Fahri Hamzah by his first name alone, also in headlines
        "Fahri mengkritik KPK karena menahan seorang anggota DPR tanpa bukti yang kuat.",
        "Fahri Kecam KPK soal Penahanan Anggota DPR",
    ],
)
def test_fahri_alone_is_fahri_hamzah(text):
    found = indonesian(text, pub_date="2017-07-26")
    assert has(found, "ACCUSE", "IDN", "IDN"), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "pub_date"),
    [
        ("Sansern Kaewkamnerd membantah tuduhan bahwa junta menahan para aktivis.", "REJECT", "THA", "2016-05-10"),
        ("Ahmed al-Asadi membantah pasukannya menyeberangi perbatasan.", "REJECT", "IRQ", "2017-11-10"),
    ],
)
def test_spokesmen_speak_for_their_state(text, event, actor, pub_date):
    found = indonesian(text, pub_date=pub_date)
    assert has(found, event, actor), found


def test_at_gunpoint_is_the_manner_of_the_arrest():
    # "at gunpoint" says how the sailors were seized: one arrest, no second (assault) event
    found = indonesian(
        "Lima pelaut Inggris ditangkap dengan todongan senjata oleh angkatan laut Iran pada Jumat.",
        pub_date="2007-03-25",
    )
    assert has(found, "COERCE", "IRN", "GBR"), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found
