"""People across borders (session 27, clhum): migrants expelled and boats pushed back (COERCE deport),
boats allowed to land (RETREAT access), the sending of migrant workers suspended (SANCTION) and the freeze
lifted (RETREAT), humanitarian corridors announced (CONCEDE), aid convoys blocked (COERCE), border posts shut
and reopened, "meminta ... ikut bertanggung jawab" as a request, and PMI/TKI as Indonesian workers
(en|id/triggers/s27_clhum.yaml, actors/bodies_s27_clhum.yaml) -- and words like them that are no event.
Sentences written for warta."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "pub_date"),
    [
        ("en", "Pakistani authorities began expelling undocumented Afghans on Monday.",
            "COERCE", "PAK", None, "2023-11-06"),
        ("en", "Iran expelled 2,000 undocumented Afghans last week.", "COERCE", "IRN", "AFG", "2024-03-10"),
        ("en", "Germany deported 30 convicted Afghan offenders to Kabul on Thursday.",
            "COERCE", "DEU", "AFG", "2025-07-18"),
        ("en", "The Greek coast guard towed back a dinghy full of migrants into Turkish waters.",
            "COERCE", "GRC", None, "2022-05-02"),
        ("en", "Thai authorities turned away a boat carrying 150 Rohingya refugees on Sunday.",
            "COERCE", "THA", "MMR", "2015-05-17"),
        ("en", "Malaysia allowed a boat carrying 300 Rohingya refugees to dock in Langkawi.",
            "RETREAT", "MYS", "MMR", "2015-05-20"),
        ("en", "The Philippines halted the deployment of domestic workers to Kuwait on Friday.",
            "SANCTION", "PHL", None, "2018-02-10"),
        ("en", "The Philippines lifted its moratorium on sending workers to Kuwait.",
            "RETREAT", "PHL", None, "2018-05-16"),
        ("en", "Russia announced humanitarian corridors out of Mariupol on Sunday.",
            "CONCEDE", "RUS", None, "2022-03-06"),
        ("en", "Venezuelan soldiers blocked a border bridge to keep aid convoys out.",
            "COERCE", "VEN", None, "2019-02-08"),
        ("id", "TNI AL menghalau kapal pengungsi Rohingya keluar dari perairan Aceh.",
            "COERCE", "IDN", "MMR", "2023-12-30"),
        ("id", "Penjaga pantai Yunani mendorong balik perahu berisi migran ke perairan Turki.",
            "COERCE", "GRC", None, "2023-06-20"),
        ("id", "Indonesia menutup sementara pos lintas batas negara di Skouw.", "COERCE", "IDN", None, "2023-03-09"),
        ("id", "Pemerintah membuka kembali PLBN Aruk untuk warga Malaysia.", "RETREAT", "IDN", None, "2022-05-30"),
        ("id", "Indonesia mencabut pembekuan penempatan pekerja migran ke Arab Saudi.",
            "RETREAT", "IDN", None, "2023-03-01"),
        ("id", "Menlu Retno meminta negara-negara ASEAN ikut bertanggung jawab menangani pengungsi Rohingya.",
            "REQUEST", "IDN", None, "2023-12-11"),
        ("id", "Arab Saudi mengeksekusi mati seorang TKI asal Madura.", "SANCTION", "SAU", "IDN", "2018-03-19"),
        ("id", "Malaysia mendeportasi 120 PMI melalui Pelabuhan Nunukan.", "COERCE", "MYS", "IDN", "2023-09-21"),
    ],
)
def test_people_across_borders(lang, text, event, actor, recipient, pub_date):
    found = coded_in(lang, text, pub_date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "pub_date"),
    [
        ("en", "The government will not expel the refugees, the minister said.", "COERCE", "2023-11-06"),
        ("en", "The hiker turned back a few metres below the summit because of the wind.", "COERCE", "2023-05-01"),
        ("en", "Malaysia did not allow the boat carrying the refugees to land.", "RETREAT", "2015-05-20"),
        ("en", "Residents were told to stop sending parcels to the old address.", "SANCTION", "2023-05-01"),
        ("id", "Panitia membuka pendaftaran bagi pelari lintas batas kota.", "RETREAT", "2023-05-01"),
        ("id", "Petani menghalau burung dari sawah menjelang panen.", "COERCE", "2023-05-01"),
        ("id", "Jumlah PMI yang berangkat ke Taiwan naik 10 persen tahun ini.", "COERCE", "2023-05-01"),
    ],
)
def test_near_misses(lang, text, event, pub_date):
    found = coded_in(lang, text, pub_date)
    assert all(e != event for e, _, _ in found), found
