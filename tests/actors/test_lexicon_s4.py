"""Fourth lexicon pass: unnamed sector terms (immigration, drivers, unions, attackers), Indonesian
military ranks and regional titles (Polri ranks are left out: see sectors.yaml), and names that were
read as the wrong state."""

from __future__ import annotations

import pytest

from conftest import mentions_in


def mentions(text: str, lang: str = "id", scene: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    return mentions_in(lang, text, "2023-10-19", scene)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petugas imigrasi memeriksa paspor dua warga asing itu.", ("Petugas imigrasi", "IDN", "GOV")),
        ("Imigrasi mengusir turis itu kemarin.", ("Imigrasi", "IDN", "GOV")),
        ("Wakil gubernur meninjau lokasi banjir.", ("Wakil gubernur", "IDN", "GOV")),
        ("Mayjen Wuryanto Sudirjo memimpin apel pasukan.", ("Mayjen Wuryanto Sudirjo", "IDN", "MIL")),
        ("Para sopir taksi memblokir jalan.", ("sopir taksi", "IDN", "CVL")),
        ("Pelaku menikam penjaga toko itu.", ("Pelaku", "IDN", "CRM")),
        ("Penyerang melemparkan bom molotov ke pos polisi.", ("Penyerang", "IDN", "UAF")),
    ],
)
def test_indonesian_unnamed_actors_take_the_scene(text, expected):
    assert expected in mentions(text, "id", ("IDN",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taxi drivers blocked the main avenue for hours.", ("Taxi drivers", "PRT", "CVL")),
        ("The unions called a general strike.", ("unions", "PRT", "LAB")),
        ("The attacker fled on a motorbike.", ("attacker", "PRT", "UAF")),
        ("A constable was wounded in the clash.", ("constable", "PRT", "COP")),
        ("The immigration department deported the couple.", ("immigration department", "PRT", "GOV")),
    ],
)
def test_english_unnamed_actors_take_the_scene(text, expected):
    assert expected in mentions(text, "en", ("PRT",))


def test_indonesian_titles_name_their_force_without_a_scene():
    found = mentions("Wakapolda menjelaskan kronologi kejadian; Pangdam meminta warga tenang.")
    assert ("Wakapolda", "IDN", "COP") in found
    assert ("Pangdam", "IDN", "MIL") in found


def test_newspapers_named_after_a_capital_are_papers_not_governments():
    assert mentions("The Washington Post slammed the plan.", "en")[0][1:] == ("USA", "JRN")
    assert mentions("Harian Jerusalem Post mengecam rencana itu.")[0][1:] == ("ISR", "JRN")


def test_street_vendors_and_us_states_are_not_foreign_states():
    assert not [m for m in mentions("Pedagang Kaki Lima menolak direlokasi.") if m[1] == "PER"]
    assert not [m for m in mentions("The Georgia Senate passed the bill.", "en") if m[1] == "GEO"]


def test_jordanian_security_bodies_are_named_without_their_country():
    assert ("Public Security Directorate", "JOR", "COP") in mentions(
        "The Public Security Directorate arrested two men.", "en"
    )
