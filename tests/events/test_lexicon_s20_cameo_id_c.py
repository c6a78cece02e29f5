"""Indonesian recall from CAMEO verb blocks 267-397 (session 20, helper cameo_id_c): house arrest
told in the active voice, oppressing a group, nationalising firms, inspecting weapons sites,
marching on a seat of power, putting off a meeting, being willing to
compromise — from id/triggers_s20_cameo_id_c.yaml; with near misses that must not code the event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, types_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
types = partial(types_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Junta Myanmar menempatkan Aung San Suu Kyi dalam tahanan rumah.", "COERCE", "MMR", "MMR"),
        ("Militer Thailand menempatkan Yingluck Shinawatra sebagai tahanan rumah.", "COERCE", "THA", "THA"),
        ("Bolivia menasionalisasi perusahaan listrik milik Spanyol.", "COERCE", "BOL", None),
        ("Inspektur IAEA menginspeksi reaktor nuklir Iran di Arak.", "ACCUSE", "IGO", "IRN"),
        ("Tim OPCW memeriksa fasilitas senjata kimia Suriah.", "ACCUSE", "IGO", "SYR"),
        ("Presiden Joko Widodo menunda pertemuan dengan Perdana Menteri Malaysia.", "REJECT", "IDN", "MYS"),
        ("Trump menunda KTT dengan Kim Jong-un.", "REJECT", "USA", "PRK"),
        ("Ribuan buruh Korea Selatan berpawai menuju gedung parlemen di Seoul.", "PROTEST", "KOR", None),
        ("Pemerintah Kolombia bersedia berkompromi dengan pemberontak FARC.", "CONCEDE", "COL", None),
    ],
)
def test_cameo_sense_codes(text, event, actor, recipient):
    found = indonesian(text)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # negated, hypothetical, or another sense of the words
        ("Pemerintah Kolombia menegaskan tidak akan berkompromi dengan pemberontak FARC.", "CONCEDE"),
        ("Warga kampung itu berpawai menuju lapangan membawa obor untuk merayakan tahun baru.", "PROTEST"),
        ("Juri mendiskualifikasi pelari Kenya karena keluar lintasan.", "COERCE"),
        ("Dokter memeriksa kesehatan para pengungsi Suriah di kamp.", "ACCUSE"),
        ("Pemerintah Bolivia tidak akan menasionalisasi perusahaan listrik milik Spanyol.", "COERCE"),
    ],
)
def test_near_misses_do_not_code(text, event):
    assert event not in types(text)
