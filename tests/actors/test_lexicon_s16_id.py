"""Sixteenth pass, Indonesian actors the coder did not know: office-holders of 2005-2007 and 2016-2018
resolved by date (people/s16_id.tsv), ministries' short forms, regional legislatures, election and
religious bodies (bodies_s16_id.yaml), titles of ministers, police, prosecutors and prison heads
(sectors_s16_id.yaml), and regencies GeoNames does not name (places/regions_s16_id.tsv).
Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, mentions_in

coded = partial(coded_in, "id")


def found(text: str, date: str) -> list[tuple[str, str, str]]:
    return mentions_in("id", text, date, ("IDN",))


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Bima Arya meresmikan taman kota.", "2016-05-10", ("Bima Arya", "IDN", "GOV")),
        ("Alex Noerdin meninjau lokasi kebakaran lahan.", "2015-09-10", ("Alex Noerdin", "IDN", "GOV")),
        ("Awang Faroek Ishak membuka rapat.", "2017-03-01", ("Awang Faroek Ishak", "IDN", "GOV")),
        ("Aris Budiman menghadiri rapat Pansus.", "2017-08-29", ("Aris Budiman", "IDN", "JUD")),
        ("Ade Supandi meninjau kapal perang.", "2017-02-01", ("Ade Supandi", "IDN", "MIL")),
        ("Choirul Anam menjawab pertanyaan wartawan.", "2018-04-01", ("Choirul Anam", "IDN", "GOV")),
        ("Sutopo Purwo Nugroho menjawab pertanyaan wartawan.", "2018-10-01", ("Sutopo Purwo Nugroho", "IDN", "GOV")),
        ("Arteria Dahlan menjawab pertanyaan wartawan.", "2017-11-08", ("Arteria Dahlan", "IDN", "LEG")),
        ("Hendarman Supandji menjawab pertanyaan wartawan.", "2008-01-08", ("Hendarman Supandji", "IDN", "JUD")),
        ("Hasyim Muzadi menjawab pertanyaan wartawan.", "2007-03-08", ("Hasyim Muzadi", "IDN", "REL")),
        ("Ali Kalora masih diburu aparat.", "2017-03-08", ("Ali Kalora", "IDN", "REB")),
        ("Marine Le Pen menjawab pertanyaan wartawan.", "2017-04-28", ("Marine Le Pen", "FRA", "OPP")),
    ],
)
def test_office_holders_resolve_by_date(text, date, expected):
    assert expected in found(text, date)


def test_a_short_name_of_the_day_is_its_bearer():
    assert ("Tito", "IDN", "COP") in found("Tito meminta anggotanya menahan diri.", "2017-05-01")
    assert ("Sandi", "IDN", "GOV") in found("Sandi meninjau lokasi banjir.", "2018-02-01")


def test_a_password_is_no_vice_governor():
    assert found("Ia lupa kata sandi akun miliknya.", "2018-02-01") == []


def test_a_successor_takes_the_office_by_date():
    assert ("Sudi Silalahi", "IDN", "GOV") in found("Sudi Silalahi membacakan keputusan presiden.", "2006-03-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kemkumham mencabut status badan hukum ormas itu.", ("Kemkumham", "IDN", "GOV")),
        ("Depkes mengirim tim medis ke lokasi gempa.", ("Depkes", "IDN", "GOV")),
        ("DPRP menolak rancangan peraturan itu.", ("DPRP", "IDN", "LEG")),
        ("Majelis Rakyat Papua menolak rancangan itu.", ("Majelis Rakyat Papua", "IDN", "GOV")),
        ("Panwaslu menemukan pelanggaran kampanye.", ("Panwaslu", "IDN", "GOV")),
        ("BNNP menangkap dua kurir narkoba.", ("BNNP", "IDN", "COP")),
        ("PWNU menolak usulan itu.", ("PWNU", "IDN", "REL")),
        ("Walubi mengecam serangan itu.", ("Walubi", "IDN", "REL")),
    ],
)
def test_domestic_bodies_are_indonesia_s(text, expected):
    assert expected in found(text, "2017-06-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menristekdikti menolak usulan itu.", ("Menristekdikti", "IDN", "GOV")),
        ("Kajati menahan dua tersangka.", ("Kajati", "IDN", "JUD")),
        ("Kabid Humas Polda Jatim menjawab pertanyaan wartawan.", ("Kabid Humas Polda Jatim", "IDN", "COP")),
        ("Kalapas Nusakambangan menolak permintaan itu.", ("Kalapas Nusakambangan", "IDN", "COP")),
        ("Departemen Kesehatan mengirim obat ke lokasi banjir.", ("Departemen Kesehatan", "IDN", "GOV")),
    ],
)
def test_titles_and_ministries_name_a_party(text, expected):
    assert expected in found(text, "2017-06-01")


def test_a_foreign_department_stays_foreign():
    assert ("Departemen Kesehatan AS", "USA", "GOV") in found("Departemen Kesehatan AS mengirim obat.", "2007-03-01")


def test_the_african_union_by_its_older_indonesian_name():
    assert ("Afrika Bersatu", "IGO", "") in found("Afrika Bersatu mengecam kudeta itu.", "2007-03-01")


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Bima Arya mengecam aksi perusakan itu.", "2016-05-10", ("ACCUSE", ["IDN"], [])),
        ("Gubernur Alex Noerdin mengunjungi Singapura.", "2016-05-10", ("CONSULT", ["IDN"], ["SGP"])),
        ("Afrika Bersatu mengirim pasukan ke Somalia.", "2007-03-01", ("MOBILIZE", ["IGO"], ["SOM"])),
        ("Hamid Awaludin menandatangani perjanjian dengan Singapura.", "2007-03-01", ("SUPPORT", ["IDN"], ["SGP"])),
    ],
)
def test_an_unknown_name_no_longer_drops_the_event(text, date, expected):
    event, actor, recipient = expected
    assert any(e == event and a == actor and (not recipient or r == recipient) for e, a, r in coded(text, date)), coded(
        text, date
    )


def test_a_regency_gives_the_police_a_country():
    assert ("Polres Mimika", "IDN", "COP") in found("Polres Mimika menangkap tiga tersangka.", "2017-06-01")
    assert any(a == ["IDN"] for e, a, _ in coded("Bupati Intan Jaya menolak hasil pemilihan itu.", "2017-06-01"))


def test_an_ordinary_name_stays_unknown():
    assert found("Budi pergi ke pasar.", "2017-06-01") == []
