"""English and Indonesian code the same line alike (session 23, agree_gap): Indonesian mirrors of
English stop entries (id/triggers_s23_agree_gap.yaml) — a resignation named only as the time of
something else ("sebelum dia mengundurkan diri", as en.none.s19pe4-before-he-steps-down) and the
attacks of 11 September 2001 named as history (as en.none.s19pe4-sept-11-2001-attacks) code
nothing in either language — and the real events next to them still code in both."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import agree, coded_in

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("en", "id_", "event"),
    [
        (
            "The British prime minister is under pressure to name a date before he steps down next year.",
            "Perdana menteri Inggris itu didesak menetapkan tanggal sebelum dia mengundurkan diri tahun depan.",
            "RETREAT",
        ),
        (
            "The Thai premier promised to hold the vote before he steps down in May.",
            "Perdana menteri Thailand berjanji menggelar pemungutan suara sebelum ia mengundurkan diri pada Mei.",
            "RETREAT",
        ),
        (
            "Leaders of the group which carried out the Sept. 11, 2001 airliner attacks on US cities spoke again.",
            "Para pemimpin kelompok yang melakukan serangan dengan pesawat pada 11 September 2001"
            " terhadap kota-kota AS berbicara lagi.",
            "ASSAULT",
        ),
    ],
)
def test_neither_language_codes_the_non_event(en, id_, event):
    for found in (english(en), indonesian(id_)):
        assert not any(e == event for e, _, _ in found), found


def test_a_resignation_itself_codes_in_both():
    agree(
        "Italian Prime Minister Romano Prodi resigned last week.",
        "Perdana Menteri Italia Romano Prodi mengundurkan diri pekan lalu.",
        "RETREAT",
        "ITA",
        None,
    )


def test_an_attack_itself_codes_in_both():
    agree(
        "Militants launched an attack on US troops in Iraq.",
        "Kelompok militan melancarkan serangan terhadap pasukan AS di Irak.",
        "ASSAULT",
        "IRQ",
        "USA",
    )
