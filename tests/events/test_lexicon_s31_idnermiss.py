"""Indonesian recall from the idner and UD audit misses (session 31, idnermiss): a meeting held with a
light verb and its partner after "dengan" ("melakukan pertemuan dengan Presiden"), backing a party's
stance or step ("mendukung sikap/keputusan Presiden"), an opinion verb judging another's act unlawful
("merasa keputusan Jokowi bertentangan dengan undang-undang"), and "Aburizal" alone as the Golkar
chairman — with near misses: a company's meeting with shareholders, backing a road project, a
scientist's theory judged against physics with no party in it."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Perdana Menteri Malaysia Najib Razak melakukan pertemuan dengan Presiden Joko Widodo di Bogor.",
         "CONSULT", "MYS", "IDN", "2015-02-05"),
        ("Menteri Luar Negeri Retno Marsudi mengadakan pembicaraan dengan Menlu Australia Julie Bishop.",
         "CONSULT", "IDN", "AUS", "2015-03-10"),
        ("Kader-kader PDI-P mendukung sikap Presiden Joko Widodo soal hukuman mati.",
         "SUPPORT", "IDN", "IDN", "2015-03-10"),
        ("Fraksi Partai Golkar menyatakan dukungan terhadap keputusan Presiden Joko Widodo.",
         "SUPPORT", "IDN", "IDN", "2015-03-10"),
        ("Partai Gerindra menilai kebijakan Menteri Susi Pudjiastuti itu bertentangan dengan konstitusi.",
         "ACCUSE", "IDN", "IDN", "2015-03-10"),
        ("Ketua DPP Golkar itu mengaku sudah dua kali menemui Aburizal di Jakarta.",
         "CONSULT", "IDN", "IDN", "2014-11-28"),
    ],
)
def test_indonesian_idner_recall(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "date"),
    [
        ("Perusahaan tambang itu mengadakan pertemuan dengan para pemegang saham.", "CONSULT", "2015-03-10"),
        ("Warga desa mendukung langkah pembangunan jalan tol itu.", "SUPPORT", "2015-03-10"),
        ("Menurut dia, hasil penelitian itu tidak bertentangan dengan temuan sebelumnya.", "ACCUSE", "2015-03-10"),
    ],
)
def test_indonesian_idner_near_misses(text, event, date):
    found = indonesian(text, pub_date=date)
    assert not any(e == event for e, _, _ in found), found
