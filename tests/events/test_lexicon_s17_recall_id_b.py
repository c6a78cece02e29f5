"""Indonesian recall on unseen articles (session 17, recall_id_b): strikers, students or a crowd
setting a building on fire are a riot, not arson by an armed party; accomplices and men "diamankan"
by authorities the police lists do not name are arrested; and not giving the details of a
cooperation is no refusal to cooperate (id/triggers_s17_recall_id_b.yaml). Sentences written for
these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    "text",
    [
        "Mahasiswa membakar pos polisi di Makassar setelah aksi mereka dibubarkan.",
        "Massa yang marah membakar gedung DPRD Kabupaten Mimika.",
        "Ratusan buruh yang mogok membakar kantor manajemen perusahaan tambang di Timika.",
    ],
)
def test_crowd_burning_a_building_is_a_riot(text):
    found = indonesian(text, pub_date="2017-08-20")
    assert has(found, "PROTEST", "IDN", "IDN"), found
    assert not has(found, "ASSAULT", "IDN"), found


def test_armed_group_burning_houses_stays_an_attack():
    found = indonesian("Milisi itu membakar rumah warga di desa tersebut.", pub_date="2017-08-20")
    assert has(found, "ASSAULT", "IDN", "IDN"), found
    assert not has(found, "PROTEST", "IDN"), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Pemimpin sekte itu dan dua kaki tangannya telah diamankan otoritas Filipina di Mindanao.", "PHL"),
        ("Tiga pria diamankan otoritas Malaysia di Johor.", "MYS"),
        ("Dua remaja diamankan Densus 88 di Bekasi karena merakit bom.", "IDN"),
    ],
)
def test_people_diamankan_are_arrested(text, country):
    found = indonesian(text, pub_date="2017-04-03")
    assert has(found, "COERCE", country, country), found


@pytest.mark.parametrize(
    "text",
    [
        "Pria itu tidak diamankan aparat keamanan.",
        "Apakah kaki tangannya sudah diamankan otoritas Filipina masih belum jelas.",
    ],
)
def test_no_arrest(text):
    found = indonesian(text, pub_date="2017-04-03")
    assert not any(e == "COERCE" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Luar Negeri Malaysia tidak merinci kerja sama itu.",
        "Perdana Menteri Jepang tak merinci kerja sama kedua negara di bidang maritim.",
    ],
)
def test_details_not_given_are_no_refusal(text):
    found = indonesian(text, pub_date="2016-11-23")
    assert not any(e == "REJECT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Lokasi kejadian telah diamankan polisi.",
        "Kawasan sekitar kedutaan telah diamankan aparat keamanan.",
    ],
)
def test_a_place_secured_is_no_arrest(text):
    found = indonesian(text, pub_date="2017-05-25")
    assert not any(e == "COERCE" for e, _, _ in found), found
