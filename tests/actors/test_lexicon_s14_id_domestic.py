"""Fourteenth pass, Indonesian domestic actors: office-holders of 2014-2024 resolved by date
(people/s14_id_domestic.tsv), party boards and coalitions, audit and corrections bodies
(bodies_s14_id_domestic.yaml), and groups and investigators named by a word before them
(sectors_s14_id_domestic.yaml). Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import mentions_in


def found(text: str, date: str) -> list[tuple[str, str, str]]:
    return mentions_in("id", text, date, ("IDN",))


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Juliari Batubara tiba di gedung KPK.", "2020-12-06", ("Juliari Batubara", "IDN", "GOV")),
        ("Syahrul Yasin Limpo memenuhi panggilan.", "2023-06-19", ("Syahrul Yasin Limpo", "IDN", "GOV")),
        ("Budi Gunawan menghadiri rapat.", "2018-07-10", ("Budi Gunawan", "IDN", "SPY")),
        ("Budi Gunawan menghadiri rapat.", "2015-06-10", ("Budi Gunawan", "IDN", "COP")),
        ("Abraham Samad menjawab pertanyaan wartawan.", "2014-11-03", ("Abraham Samad", "IDN", "JUD")),
        ("Nurul Ghufron menjawab pertanyaan wartawan.", "2022-03-03", ("Nurul Ghufron", "IDN", "JUD")),
        ("Sanitiar Burhanuddin menjawab pertanyaan wartawan.", "2021-03-03", ("Sanitiar Burhanuddin", "IDN", "JUD")),
        ("Surya Paloh menjawab pertanyaan wartawan.", "2022-10-03", ("Surya Paloh", "IDN", "PTY")),
        ("Romahurmuziy menjawab pertanyaan wartawan.", "2018-10-03", ("Romahurmuziy", "IDN", "PTY")),
        ("Hasyim Asy'ari menjawab pertanyaan wartawan.", "2023-10-03", ("Hasyim Asy'ari", "IDN", "GOV")),
        ("La Nyalla Mattalitti membuka sidang.", "2021-08-16", ("La Nyalla Mattalitti", "IDN", "LEG")),
    ],
)
def test_office_holders_of_2014_2024_resolve_by_date(text, date, expected):
    assert expected in found(text, date)


def test_a_party_office_does_not_hide_a_speaker_of_the_mpr():
    assert ("Zulkifli Hasan", "IDN", "LEG") in found("Zulkifli Hasan membuka sidang.", "2017-08-16")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fraksi PPP menolak usulan itu.", ("Fraksi PPP", "IDN", "PTY")),
        ("Sekjen PPP menjawab pertanyaan wartawan.", ("Sekjen PPP", "IDN", "PTY")),
        ("Fraksi Demokrat menolak usulan itu.", ("Fraksi Demokrat", "IDN", "PTY")),
        ("Koalisi Merah Putih menguasai parlemen.", ("Koalisi Merah Putih", "IDN", "PTY")),
        ("BPKP menghitung kerugian negara.", ("BPKP", "IDN", "GOV")),
        ("Ditjen Pemasyarakatan memindahkan narapidana.", ("Ditjen Pemasyarakatan", "IDN", "COP")),
    ],
)
def test_domestic_bodies_are_indonesia_s(text, expected):
    assert expected in found(text, "2020-06-01")


def test_a_us_party_stays_american():
    assert ("Partai Demokrat AS", "USA", "PTY") in found("Partai Demokrat AS menolak usulan itu.", "2020-06-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sekelompok mahasiswa menggelar aksi.", ("Sekelompok mahasiswa", "IDN", "EDU")),
        ("Aliansi buruh menggelar aksi.", ("Aliansi buruh", "IDN", "LAB")),
        ("Perwakilan warga menemui bupati.", ("Perwakilan warga", "IDN", "CVL")),
        ("Petugas kepolisian berjaga di lokasi.", ("Petugas kepolisian", "IDN", "COP")),
    ],
)
def test_a_group_named_by_a_collective_noun_is_a_party(text, expected):
    assert expected in found(text, "2020-06-01")
