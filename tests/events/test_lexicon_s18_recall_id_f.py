"""Indonesian recall and precision on unseen IndoSum news (session 18, helper recall_id_f): a prosecutor or an
official naming someone as having taken illicit money ("jaksa menyebut X menerima aliran dana",
id/triggers_s18_recall_id_f.yaml); the Foreign Policy Community of Indonesia, a Jakarta body that
invites foreign leaders (actors/bodies_s18_recall_id_f.yaml); an arrest that is the fate a group
chose to avoid ("memilih mati daripada ditangkap") is none — with near misses that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    "text",
    [
        "Jaksa KPK menyebut Bupati Klaten menerima aliran dana dari sejumlah kontraktor.",
        "Penuntut umum menyebut anggota DPR tersebut menerima uang hasil korupsi proyek jalan.",
        "Jaksa penuntut umum KPK menyebut Gubernur Bengkulu menerima suap dari pengusaha.",
        "Jaksa KPK membeberkan Wali Kota Batu mengantongi fee dari proyek pengadaan.",
        "Setya Novanto disebut jaksa KPK menerima aliran dana proyek KTP elektronik.",
    ],
)
def test_naming_a_bribe_taker_is_an_allegation(text):
    found = indonesian(text, pub_date="2017-06-01")
    assert has(found, "ACCUSE", "IDN", "IDN"), found


@pytest.mark.parametrize(
    "text",
    [
        # no charge: public money received as it should be
        "Menteri Keuangan menyebut pemerintah daerah menerima dana alokasi umum lebih besar tahun ini.",
        # a share of cabinet seats is no bribe
        "Ketua umum partai itu menyebut partainya mendapat jatah kursi menteri dalam kabinet baru.",
        # negated
        "Jaksa KPK tidak menyebut Bupati Klaten menerima aliran dana dari kontraktor.",
        # the passive names no accuser
        "Setya Novanto juga disebut menerima aliran dana proyek KTP elektronik.",
        # hypothetical
        "Jaksa belum menyebut apakah Bupati Klaten menerima aliran dana dari kontraktor.",
    ],
)
def test_money_received_without_a_charge_is_no_allegation(text):
    found = indonesian(text, pub_date="2017-06-01")
    assert not has(found, "ACCUSE", "IDN"), found


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Mantan Perdana Menteri Jepang itu diundang oleh Foreign Policy Community of Indonesia"
            " untuk berpidato di Jakarta.",
            "JPN",
        ),
        ("Presiden Filipina diundang FPCI untuk menyampaikan pidato di Jakarta bulan depan.", "PHL"),
    ],
)
def test_fpci_is_an_indonesian_body(text, recipient):
    found = indonesian(text, pub_date="2017-06-13")
    assert has(found, "AGREE", "IDN", recipient), found
    assert not any("GBR" in a for _, a, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Para pemberontak itu lebih memilih mati daripada ditangkap tentara Filipina.",
        "Menurut gubernur, anggota kelompok Maute memilih bunuh diri ketimbang tertangkap polisi Filipina.",
    ],
)
def test_fate_avoided_is_no_arrest(text):
    found = indonesian(text, pub_date="2017-08-10")
    assert not has(found, "COERCE", "PHL"), found


def test_arrest_told_is_still_an_arrest():
    found = indonesian("Tentara Filipina menangkap dua anggota kelompok Maute di Marawi.", pub_date="2017-08-10")
    assert has(found, "COERCE", "PHL", "PHL"), found
