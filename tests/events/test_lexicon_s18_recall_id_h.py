"""Indonesian recall and precision on unseen court and police news (session 18, helper recall_id_h):
denying any knowledge of or part in an act ("mengaku tidak tahu menahu", "menegaskan tidak
terlibat", "bersumpah tidak menerima suap") is a denial (REJECT); the victims of a bombing named as
a noun phrase ("anggota Polri korban bom") are no attack by their own body, and a lawyer grilling a
witness in court is no criticism (id/triggers_s18_recall_id_h.yaml). Sentences written for the test."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Bupati Sleman mengaku tidak tahu menahu soal aliran dana proyek jalan itu.", "IDN"),
        ("Gubernur Jambi mengaku tak tahu menahu tentang suap pengesahan anggaran.", "IDN"),
        ("Menteri Perdagangan mengaku tidak terlibat dalam kasus suap impor gula.", "IDN"),
        ("Perdana Menteri Malaysia Najib Razak mengaku tidak tahu menahu soal dana itu.", "MYS"),
        ("Wali kota itu bersumpah tidak menerima suap dari kontraktor proyek pasar.", "IDN"),
        ("Anggota DPR itu menegaskan tidak pernah menerima uang dari proyek tersebut.", "IDN"),
        ("Kepala desa itu mengaku tidak terlibat dalam penjualan tanah kas desa.", "IDN"),
        ("Mantan bupati itu menyatakan tidak bersalah atas dakwaan korupsi dana desa.", "IDN"),
    ],
)
def test_denial_of_knowledge_or_part_is_reject(text, actor):
    found = indonesian(text, pub_date="2017-08-21")
    assert has(found, "REJECT", actor), found


@pytest.mark.parametrize(
    "text",
    [
        # victims named as a noun phrase: no attack by the body they belong to
        "Dua anggota Polri korban bom Kampung Melayu memberi kesaksian di pengadilan.",
        "Tiga prajurit TNI korban bom Surabaya dijenguk Panglima TNI.",
    ],
)
def test_victims_of_a_bombing_are_no_attack(text):
    found = indonesian(text, pub_date="2017-08-21")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kuasa hukum terdakwa mencecar saksi soal pertemuan di sebuah ruko.",
        "Jaksa penuntut umum mencecar terdakwa soal aliran dana proyek itu.",
    ],
)
def test_grilling_a_witness_in_court_is_no_criticism(text):
    found = indonesian(text, pub_date="2017-04-18")
    assert not any(e == "ACCUSE" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # not a denial: ignorance of a plain fact, a report not yet received, a hypothetical
        "Warga mengaku tidak tahu jadwal kereta yang baru.",
        "Polisi menegaskan belum menerima laporan soal kecelakaan itu.",
        "Jika terbukti terlibat, pejabat itu akan dipecat.",
    ],
)
def test_near_misses_are_no_denial(text):
    found = indonesian(text, pub_date="2017-08-21")
    assert not any(e == "REJECT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Aktivis itu dinyatakan tidak bersalah oleh Pengadilan Negeri Medan.",
        "Majelis hakim menyatakan terdakwa tidak bersalah atas dakwaan makar.",
    ],
)
def test_found_not_guilty_is_no_conviction(text):
    found = indonesian(text, pub_date="2017-08-21")
    assert not any(e == "SANCTION" for e, _, _ in found), found


def test_found_guilty_is_still_a_conviction():
    found = indonesian("Majelis hakim menyatakan terdakwa bersalah atas dakwaan korupsi.", pub_date="2017-08-21")
    assert any(e == "SANCTION" for e, _, _ in found), found


def test_a_bombing_with_its_doer_still_codes():
    found = indonesian("Kelompok JAD meledakkan bom di Terminal Kampung Melayu.", pub_date="2017-05-25")
    assert any(e == "ASSAULT" for e, _, _ in found), found
