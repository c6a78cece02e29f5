"""Ordinary text read as a careful analyst would (session 31, auditud1; the UD Indonesian treebank
sentences): deals between two companies are commerce, not politics (coder.between_companies); animals
driven away are not deported (id.none.s31ud1-usir-hewan, en.none.s31ud1-expel-animals); jamu the herbal
drink is no hosting; "tertangkap basah" (caught in the act) is no arrest unless an
authority catches; a place told in an aside between commas is not the speaker (", di Jakarta,");
and the meeting a speaker comes from is a CONSULT ("kata X, usai pertemuan dengan Y", "X said after a
meeting with Y"). Own sentences written for warta (Apache-2.0)."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        (
            "id",
            '"Kami membahas investasi," kata Menlu Retno Marsudi, seusai pertemuan dengan Menlu Jepang '
            "di Jakarta, Selasa.",
            "CONSULT",
            "IDN",
            "JPN",
            "2019-03-12",
        ),
        (
            "en",
            '"We discussed trade," Japanese Foreign Minister Taro Aso said after a meeting with Chinese '
            "Foreign Minister Yang Jiechi in Beijing.",
            "CONSULT",
            "JPN",
            "CHN",
            "2007-06-04",
        ),
        # the place aside does not hide a named speaker before it
        (
            "id",
            "Menlu Retno Marsudi, di Jakarta, mengecam serangan Israel ke Jalur Gaza.",
            "ACCUSE",
            "IDN",
            "ISR",
            "2018-05-15",
        ),
        # caught in the act by the police is still an arrest
        (
            "id",
            "Dua pengedar narkoba asal Malaysia tertangkap basah oleh polisi saat bertransaksi di Medan.",
            "COERCE",
            "IDN",
            "MYS",
            "2019-03-12",
        ),
        (
            "id",
            "Presiden Joko Widodo menjamu Perdana Menteri Malaysia di Istana Bogor.",
            "CONSULT",
            "MYS",
            "IDN",
            "2018-06-29",
        ),
    ],
)
def test_ordinary_text_still_coded(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        (
            "id",
            "PT Sinar Energi telah menandatangani penjualan batu bara kepada PT Semen Gresik senilai "
            "200 miliar rupiah.",
            "SUPPORT",
        ),
        (
            "id",
            "Pemkot Surabaya mendatangkan burung elang untuk mengusir burung-burung merpati dari alun-alun kota.",
            "COERCE",
        ),
        ("id", "Petani di Klaten memasang jaring untuk menghalau tikus dari sawah mereka.", "COERCE"),
        ("en", "The city council hired falconers to chase away the pigeons from the main square.", "COERCE"),
        ("en", "The zoo evicted the bats from the old reptile house.", "COERCE"),
        ("id", "Kapten tim nasional itu tertangkap basah merokok di sebuah kafe saat pemusatan latihan.", "COERCE"),
        ("id", "Setiap pagi Presiden rutin minum jamu tradisional buatan istrinya.", "CONSULT"),
        (
            "id",
            "Pengamat ekonomi, Faisal Hakim, di Jakarta, mengatakan krisis di Amerika Serikat menimbulkan "
            "kekhawatiran pasar.",
            "ACCUSE",
        ),
    ],
)
def test_ordinary_text_near_misses(lang, text, event):
    found = coded_in(lang, text, "2015-06-01")
    assert all(e != event for e, _, _ in found), found
