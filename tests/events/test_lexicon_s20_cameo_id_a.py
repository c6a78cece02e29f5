"""Indonesian recall from the CAMEO verb dictionary, blocks ACCELERATE..REUNIFY (session 20, helper
cameo_id_a; id/triggers_s20_cameo_id_a.yaml): aid sped up, extended or increased ("mempercepat
pengiriman bantuan", "memperpanjang bantuan", headline "Tambah Bantuan"), and relations frozen
("membekukan hubungan diplomatik") — and words like them that are no such event: aid not extended,
only planned, or asked of someone; a freeze of relations denied or only hypothetical."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Korea Selatan mempercepat pengiriman bantuan pangan ke Nepal.", "AID", "KOR", "NPL"),
        ("Jepang memperpanjang bantuan ekonomi kepada Myanmar.", "AID", "JPN", "MMR"),
        ("AS Tambah Bantuan Militer untuk Yordania", "AID", "USA", "JOR"),
        ("Uni Eropa melipatgandakan bantuan kemanusiaan bagi Suriah.", "AID", "EUR", "SYR"),
        ("Amerika Serikat membekukan hubungan militer dengan Rusia.", "SANCTION", "USA", "RUS"),
        ("Jerman Bekukan Hubungan Militer dengan Turki", "SANCTION", "DEU", "TUR"),
        ("Australia membekukan hubungan pertahanan dengan Indonesia, Jumat.", "SANCTION", "AUS", "IDN"),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("Kanada tidak memperpanjang bantuan ekonomi kepada Haiti.", "AID", "CAN"),
        ("Jepang belum tentu menambah bantuan untuk Myanmar.", "AID", "JPN"),
        ("Belanda tidak akan membekukan hubungan diplomatik dengan Brasil.", "SANCTION", "NLD"),
        ("Jika Brasil mengeksekusi warganya, Belanda bisa membekukan hubungan dengan Brasil.", "SANCTION", "NLD"),
    ],
)
def test_near_miss(text, event, actor):
    found = indonesian(text, pub_date="2015-06-10")
    assert not has(found, event, actor), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Inggris mempercepat penarikan pasukannya dari Afghanistan.", "RETREAT", "GBR", "AFG"),
        ("Amerika Serikat menuntaskan penarikan tentara dari Suriah.", "RETREAT", "USA", "SYR"),
        ("Rusia Percepat Penarikan Pasukan dari Perbatasan Ukraina", "RETREAT", "RUS", "UKR"),
    ],
)
def test_withdrawal_under_way(text, event, actor, recipient):
    """The subject of the verb withdraws, not the state the troops leave."""
    found = indonesian(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah Mesir memperpanjang keadaan darurat di Semenanjung Sinai.",
        "Thailand Perpanjang Keadaan Darurat di Bangkok",
    ],
)
def test_emergency_extended(text):
    found = indonesian(text, pub_date="2017-12-13")
    assert any(event == "COERCE" for event, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Garut memperpanjang keadaan darurat bencana banjir hingga pekan depan.",
        "Inggris menolak mempercepat penarikan pasukan dari Afghanistan.",
    ],
)
def test_not_coerce_or_withdrawal(text):
    found = indonesian(text, pub_date="2015-06-10")
    assert not any(event in {"COERCE", "RETREAT"} for event, _, _ in found), found
