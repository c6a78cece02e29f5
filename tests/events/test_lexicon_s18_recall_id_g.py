"""Indonesian recall on unseen IndoSum news (session 18, helper recall_id_g): road blocking written
in the standard spelling "adang" (mengadang, diadang, pengadangan), a protest action staged in front
of a building with words between "aksi" and "di depan" (id/triggers_s18_recall_id_g.yaml), and police
units written with "tim" before them as the doer of a raid (actors/sectors_s18_recall_id_g.yaml) —
and words like them that are no event. The sentences are written for this test."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # road blocking, standard spelling (the older "menghadang" is read already)
        ("Ratusan warga mengadang truk tambang di jalan desa di Lumajang.", "PROTEST", "IDN", None),
        ("Massa melakukan pengadangan jalan di Kota Jayapura sejak pagi.", "PROTEST", "IDN", None),
        ("Rombongan Bupati Lumajang diadang warga yang menolak tambang pasir.", "PROTEST", "IDN", "IDN"),
        # police blocking a march restrict it
        ("Polisi mengadang mahasiswa yang hendak berjalan ke Istana Merdeka.", "COERCE", "IDN", "IDN"),
        ("Rombongan buruh diadang aparat kepolisian di depan gerbang tol Bekasi.", "COERCE", "IDN", "IDN"),
        # an action in front of a building, words between
        ("Sembilan petani Kendeng memulai aksi menabuh lesung di depan Istana Merdeka.", "PROTEST", "IDN", None),
        ("Para buruh menggelar aksi tutup mulut di depan kantor Gubernur Jawa Timur.", "PROTEST", "IDN", None),
        # a police unit written with "tim" is the doer of a raid
        ("Tiga pengedar digerebek tim Ditresnarkoba Polda Jawa Tengah di Semarang.", "COERCE", "IDN", "IDN"),
        ("Sebuah gudang digerebek tim Satreskrim Polres Bogor pada Sabtu dini hari.", "COERCE", "IDN", None),
    ],
)
def test_indonesian_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-08-12")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # blocked by nature: no one acted
        ("Jalur logistik di pegunungan Papua diadang longsor dan banjir.", "PROTEST"),
        # negated, hypothetical
        ("Warga tidak mengadang rombongan bupati di Lumajang.", "PROTEST"),
        ("Jika rombongan itu datang, warga akan mengadang truk tambang.", "PROTEST"),
        # a terror attack in front of a building is no protest
        ("Pelaku melakukan aksi teror di depan gedung kedutaan di Jakarta.", "PROTEST"),
    ],
)
def test_near_misses_code_no_event(text, event):
    found = indonesian(text, pub_date="2017-08-12")
    assert not any(e == event for e, _, _ in found), found
