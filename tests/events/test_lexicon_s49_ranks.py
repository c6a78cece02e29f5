"""Indonesian police and military ranks written before a name (session 49, ranks;
actors/bodies_s49_ranks.yaml): "Aiptu Sunaryanto menangkap …" is an Indonesian police officer,
"Serka Rudi menembak …" an Indonesian soldier, whatever the scene — and near misses: a team's captain
("kapten tim") and a rank word in lower case name no officer."""

from __future__ import annotations

import pytest

import warta


def parties(text: str, lang: str = "id", date: str = "2021-06-02"):
    return [
        (e.event, {(a.code, a.sector) for a in e.actor}, {(r.code, r.sector) for r in e.recipient})
        for e in warta.code(text, lang=lang, pub_date=date)
    ]


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("Aiptu Wahyudi menangkap dua pengedar sabu di Pekanbaru.", "COERCE", ("IDN", "COP")),
        ("Bripka Andi Saputra menahan seorang pencuri motor di Makassar.", "COERCE", ("IDN", "COP")),
        ("AKBP Hendra Gunawan menangkap tiga tersangka perampokan di Bekasi.", "COERCE", ("IDN", "COP")),
        ("Serka Rudi Hartono menembak seorang warga sipil di Jayapura.", "ASSAULT", ("IDN", "MIL")),
        ("Pratu Yohanes menembak dua anggota kelompok bersenjata di Intan Jaya.", "ASSAULT", ("IDN", "MIL")),
    ],
)
def test_rank_before_name_names_the_force(text, event, actor):
    found = parties(text)
    assert any(e == event and actor in a for e, a, _ in found), found


def test_rank_abroad_is_still_indonesian():
    found = parties("Iptu Bayu Setiawan menangkap seorang buronan di Kuala Lumpur.")
    assert any(e == "COERCE" and ("IDN", "COP") in a for e, a, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kapten tim itu menangkap bola di depan gawang.",
        "Kapten tim Persija mengkritik wasit setelah pertandingan.",
    ],
)
def test_team_captain_is_no_officer(text):
    found = parties(text)
    assert not any(("IDN", "MIL") in a for _, a, _ in found), found
