"""Actors of Indonesian domestic politics: bodies_domestic_id.yaml (Jakarta's courts and prosecutors,
ethics councils, the ombudsman, student executive bodies) and the Indonesian domestic titles added to
sectors.yaml (candidates, regional secretaries, rogue officers). Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, mentions_in

coded = partial(coded_in, "id")
DATE = "2023-05-10"


def mentions(text: str) -> list[tuple[str, str, str]]:
    return mentions_in("id", text, DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pengadilan Negeri Jakarta Selatan memvonis terdakwa.", ("Pengadilan Negeri Jakarta Selatan", "IDN", "JUD")),
        ("Kejaksaan Tinggi DKI Jakarta menahan dua pejabat.", ("Kejaksaan Tinggi DKI Jakarta", "IDN", "JUD")),
        ("Dewan Pengawas KPK bersidang.", ("Dewan Pengawas KPK", "IDN", "JUD")),
        ("Mahkamah Kehormatan Dewan bersidang.", ("Mahkamah Kehormatan Dewan", "IDN", "LEG")),
        ("Ombudsman menemukan maladministrasi.", ("Ombudsman", "IDN", "GOV")),
        ("BEM UI menggelar aksi.", ("BEM UI", "IDN", "EDU")),
    ],
)
def test_domestic_bodies_are_named_with_their_state(text, expected):
    assert expected in mentions(text)


def test_a_court_of_the_capital_codes_its_verdict():
    assert coded("Pengadilan Negeri Jakarta Selatan memvonis terdakwa 12 tahun penjara.", DATE) == [
        ("SANCTION", ["IDN"], ["IDN"])
    ]


def test_fuel_is_no_philippine_president():
    assert all(code != "PHL" for _, code, _ in mentions("Mahasiswa menolak kenaikan harga BBM."))


def test_a_candidate_for_governor_is_a_party():
    assert coded("Pasangan calon gubernur itu menggugat hasil pilkada ke Mahkamah Konstitusi.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_rogue_policeman_is_still_the_police():
    found = mentions_in("id", "Oknum polisi menganiaya mahasiswa di Kendari.", DATE, ("IDN",))
    assert ("Oknum polisi", "IDN", "COP") in found
