"""Law and justice wording (session 27, cllaw): a court striking down part of a reform or blocking a
government's plan (REJECT), a court handing someone a prison term with the person named in between,
"mengganjar ... hukuman" (SANCTION), ICC warrants "for the arrest of" and applications for them,
"menjadikan <nama> tersangka" (ACCUSE), a death sentence commuted (CONCEDE), a release "dari rutan"
(RETREAT) — and near misses: a sporting ban, a suit at the commercial court, a hypothetical."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Brazil's Supreme Court struck down a key part of the government's pension reform.", "REJECT", "BRA", None),
        ("A Kenyan court blocked the government's plan to privatise the port.", "REJECT", "KEN", None),
        ("A Moscow court handed the opposition activist Ilya Yashin an eight-year prison term.",
         "SANCTION", "RUS", None),
        ("ICC judges issued warrants for the arrest of Russian President Vladimir Putin.", "ACCUSE", "IGO", "RUS"),
        ("ICC prosecutor Karim Khan applied for an arrest warrant for Israeli Prime Minister Benjamin Netanyahu.",
         "ACCUSE", "IGO", "ISR"),
    ],
)
def test_english_law_wording(text, event, actor, recipient):
    found = english(text, pub_date="2024-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Kejaksaan Agung menjadikan mantan Direktur Utama PT Timah Mochtar Riza Pahlevi tersangka.",
         "ACCUSE", "IDN", "IDN"),
        ("Kejagung resmi menjadikan Menkominfo Johnny Plate tersangka dalam kasus korupsi.", "ACCUSE", "IDN", "IDN"),
        ("Jaksa ICC Karim Khan mengajukan permohonan surat perintah penangkapan untuk Benjamin Netanyahu.",
         "ACCUSE", "IGO", "ISR"),
        ("Pengadilan Tipikor Jakarta mengganjar Setya Novanto dengan hukuman 15 tahun penjara.",
         "SANCTION", "IDN", "IDN"),
        ("Mahkamah Agung mengubah hukuman mati Ferdy Sambo menjadi penjara seumur hidup.", "CONCEDE", "IDN", "IDN"),
        ("Kejaksaan membebaskan Tom Lembong dari Rutan Cipinang pada Jumat malam.", "RETREAT", "IDN", "IDN"),
        ("Rusia membebaskan jurnalis Evan Gershkovich dalam pertukaran tahanan.", "RETREAT", "RUS", "USA"),
    ],
)
def test_indonesian_law_wording(text, event, actor, recipient):
    found = indonesian(text, pub_date="2025-08-02")
    assert has(found, event, actor, recipient), found


def test_sporting_ban_is_no_coercion():
    found = english("FIFA banned the club's president from all football activities for five years.")
    assert not any(event == "COERCE" for event, _, _ in found), found


def test_commercial_court_suit_is_no_event():
    found = indonesian("Sebuah perusahaan tekstil menggugat mitra bisnisnya ke Pengadilan Niaga Jakarta Pusat.")
    assert not found, found


def test_hypothetical_sentence_is_no_conviction():
    found = english("The former minister could be handed a long prison term if convicted.")
    assert not any(event == "SANCTION" for event, _, _ in found), found
