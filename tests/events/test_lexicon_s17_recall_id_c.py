"""Indonesian recall on unseen international news (session 17, recall_id_c): a proposal answered
favourably ("menanggapi positif", "ditanggapi secara positif oleh", "tawaran … disambut baik oleh"),
a death at the hands of a party ("tewas di tangan"), a request to clarify ("meminta … mengklarifikasi"),
recognising a lawful or interim leader ("mengakui … sebagai presiden sementara"), closing places of worship,
the head of a region abroad ("kepala wilayah"), a Timor-Leste foreign minister whose surname the UN
Secretary-General shares (id/triggers_s17_recall_id_c.yaml, actors/sectors_s17_recall_id_c.yaml,
actors/people/s17_recall_id_c.tsv) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Pemerintah Malaysia menanggapi positif usulan Indonesia soal patroli laut.", "SUPPORT", "MYS", "IDN"),
        ("Pemerintah Vietnam memberikan tanggapan positif atas usulan Indonesia.", "SUPPORT", "VNM", "IDN"),
        ("Pemerintah Filipina menanggapi baik ajakan Indonesia untuk patroli laut.", "SUPPORT", "PHL", "IDN"),
        ("Usulan Indonesia itu ditanggapi positif oleh pemerintah Malaysia.", "SUPPORT", "MYS", "IDN"),
        ("Tawaran Jepang disambut baik oleh Presiden Joko Widodo.", "SUPPORT", "IDN", "JPN"),
        ("Seorang polisi Filipina tewas di tangan kelompok Abu Sayyaf di Sulu.", "ASSAULT", "PHL", "PHL"),
        ("Tiga warga desa terbunuh di tangan tentara Myanmar di Rakhine.", "ASSAULT", "MMR", "MMR"),
        ("Anggota DPR meminta TNI segera mengklarifikasi pembelian meriam itu.", "REQUEST", "IDN", "IDN"),
        ("Amerika Serikat meminta Turki membatalkan pembelian sistem rudal dari Rusia.", "REQUEST", "USA", "TUR"),
        ("Duta Besar Indonesia di Ankara bertemu kepala wilayah Izmir pada Selasa.", "CONSULT", "IDN", "TUR"),
        ("Brasil mengakui Juan Guaido sebagai presiden sementara Venezuela.", "SUPPORT", "BRA", "VEN"),
        ("Rusia tidak mengakui Juan Guaido sebagai presiden yang sah Venezuela.", "REJECT", "RUS", "VEN"),
        ("Pemerintah kota di China menutup puluhan gereja.", "COERCE", "CHN", "CHN"),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-07-21")
    assert has(found, event, actor, recipient), found


def test_namesake_foreign_minister_is_timor_leste():
    # named in full, he is Timor-Leste's (a later bare "Guterres" still reads as the UN's: see the report)
    found = indonesian("Menlu Retno Marsudi bertemu Menlu Aurelio Sergio Guterres di Jakarta.", pub_date="2018-01-31")
    assert has(found, "CONSULT", "IDN", "TLS"), found
    assert not any("UNO" in a + r for _, a, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Menlu Retno menanggapi pertanyaan wartawan soal pengungsi.",
        "Jika Malaysia menanggapi positif usulan itu, patroli bisa dimulai bulan depan.",
        "Usulan Indonesia itu tidak ditanggapi positif oleh pemerintah Malaysia.",
        "Pemerintah daerah membentuk tim tanggap darurat bencana di Sulawesi.",
        "Usulan Indonesia itu sudah di tanggapi secara positif oleh Laos.",
    ],
)
def test_no_support(text):
    found = indonesian(text, pub_date="2017-07-21")
    assert not any(e == "SUPPORT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Pelaku mengakui dirinya sebagai anggota jaringan teroris.",
        "Ia mengakui perannya sebagai pemimpin kelompok itu.",
        "Warga menutup rumah mereka saat banjir datang.",
    ],
)
def test_no_recognition_or_closure(text):
    found = indonesian(text, pub_date="2017-12-07")
    assert not any(e in ("SUPPORT", "COERCE") for e, _, _ in found), found
