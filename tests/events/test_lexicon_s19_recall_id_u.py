"""Indonesian recall on unseen news (session 19, helper recall_id_u): drugs seized with a quantity
before the drug, an official declaring a rumour false, ministries known before only as sector words
(Kemenkominfo after "pihak", Kemensos, Kementan ...) (id/triggers_s19_recall_id_u.yaml,
actors/bodies_s19_recall_id_u.yaml)
-- and words like them that are no event: fake news talked about in general, a purpose clause of
spreading unrest, a child kept from becoming a victim, a negated seizure."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
PUB = "2017-05-10"


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Polres Kediri mengamankan 20 kilogram ganja kering dari sebuah truk.", "COERCE", "IDN", None),
        ("Petugas Bea Cukai Batam menyita tiga bungkus sabu dari seorang penumpang kapal.", "COERCE", "IDN", None),
        ("Polda Aceh mengamankan ratusan butir ekstasi dari seorang kurir.", "COERCE", "IDN", None),
        ("Kapolda Jawa Timur menegaskan kabar penculikan itu merupakan hoaks.", "REJECT", "IDN", None),
        ("Juru bicara Istana menyatakan foto tersebut palsu.", "REJECT", "IDN", None),
        ('"Saya tegas mengatakan itu hoax," ujar Kapolri Tito Karnavian.', "REJECT", "IDN", None),
        ("Sebanyak 40 situs judi telah diblokir oleh pihak Kemenkominfo.", "COERCE", "IDN", None),
        ("Permintaan itu ditolak oleh pihak Kemensos.", "REJECT", "IDN", None),
        ("Impor itu ditolak oleh pihak Kementan.", "REJECT", "IDN", None),
    ],
)
def test_codes(text, event, actor, recipient):
    assert has(indonesian(text, PUB), event, actor, recipient), indonesian(text, PUB)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # fake news talked about in general, no rumour declared false
        ("Wali kota itu menegaskan berita bohong harus diberantas bersama.", "REJECT"),
        # a purpose clause: nobody voices concern
        ("Kabar itu sengaja disebar untuk meresahkan warga.", "ACCUSE"),
        # kept from becoming a victim: no abduction and no denial
        ("Orang tua diminta mengawasi anaknya agar tidak menjadi korban penculikan.", "ASSAULT"),
        ("Orang tua diminta mengawasi anaknya agar tidak menjadi korban penculikan.", "REJECT"),
        # to secure an event is no seizure
        ("Ribuan polisi mengamankan jalannya pertandingan final di Bandung.", "COERCE"),
        # an officer named by his duty: no patrol under way (guard)
        ("Petugas patroli siber bisa membuat laporan sendiri jika menemukan pelanggaran.", "MOBILIZE"),
        # a negated seizure
        ("Polisi tidak menyita narkoba apa pun dari rumah itu.", "COERCE"),
    ],
)
def test_near_misses(text, event):
    assert event not in {e for e, _, _ in indonesian(text, PUB)}, indonesian(text, PUB)
