"""Indonesian precision (session 22, helper prec_id5): event words in a sense that tells of no act —
a test site, an investigation named as a stretch of time, a petition for judicial review of a statute,
talks named as what something would disturb, the yearly isbat session and its guests, a count of kidnappings
(id/triggers_s22_prec_id5.yaml). Each stop is paired with a sentence of the same words that tells
of a real act, which must still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("no_event", "event_type", "real", "actor", "recipient"),
    [
        (
            "Pesawat mata-mata Amerika Serikat memantau situs uji coba nuklir Korea Utara di pegunungan itu.",
            "MOBILIZE",
            "Korea Utara melakukan uji coba nuklir keenam di pegunungan itu, Minggu.",
            "PRK",
            None,
        ),
        (
            "Selama proses penyidikan KPK, tersangka itu tiga kali jatuh sakit.",
            "ACCUSE",
            "KPK memulai penyidikan terhadap Gubernur Jambi.",
            "IDN",
            "IDN",
        ),
        (
            "Ketua MK mengatakan sebagian besar gugatan uji materi UU Pemilu sudah diputus.",
            "ACCUSE",
            "Partai itu menggugat Komisi Pemilihan Umum ke pengadilan.",
            "IDN",
            "IDN",
        ),
    ],
)
def test_stop_and_its_real_sibling(no_event, event_type, real, actor, recipient):
    assert not any(e == event_type for e, _, _ in indonesian(no_event, pub_date="2017-06-10")), no_event
    assert has(indonesian(real, pub_date="2017-06-10"), event_type, actor, recipient), real


def test_disturbing_talks_is_no_meeting():
    found = indonesian(
        "Kebijakan Presiden Trump dikhawatirkan mengganggu perundingan Israel dan Palestina.",
        pub_date="2017-06-10",
    )
    assert not any(e in ("CONSULT", "AGREE") for e, _, _ in found), found
    real = indonesian("Israel dan Palestina memulai perundingan damai di Kairo.", "2017-06-10")
    assert has(real, "CONSULT", "ISR", "PSE"), real


def test_isbat_session_guests_are_no_meeting():
    found = indonesian(
        "Sidang isbat nanti akan dihadiri para duta besar negara sahabat dan pimpinan ormas Islam.",
        pub_date="2017-06-10",
    )
    assert not any(e in ("CONSULT", "AGREE") for e, _, _ in found), found


def test_kidnapping_count_is_no_kidnapping():
    found = indonesian(
        "Jumlah penculikan warga asing oleh kelompok bersenjata di Nigeria meningkat tahun ini.",
        pub_date="2017-06-10",
    )
    assert not any(e == "ASSAULT" for e, _, _ in found), found
    found = indonesian(
        "Menurut polisi Nigeria, korban penyanderaan oleh kelompok bersenjata kebanyakan pekerja minyak.",
        pub_date="2017-06-10",
    )
    assert not any(e == "ASSAULT" for e, _, _ in found), found


def test_readiness_for_a_test_is_only_anticipated():
    found = indonesian(
        "Menurut pejabat Korea Selatan, Korea Utara telah memantapkan kesiapan uji coba nuklir baru.",
        pub_date="2017-06-10",
    )
    assert not any(e == "MOBILIZE" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ada lima tuntutan yang dibawa para buruh dalam aksi di depan Istana.",
        "Adapun tuntutan para tahanan Palestina beragam, mulai dari layanan kesehatan hingga telepon.",
    ],
)
def test_demands_listed_are_no_demand(text):
    assert not any(e == "REQUEST" for e, _, _ in indonesian(text, pub_date="2017-06-10")), text
    found = indonesian("Para buruh menuntut Presiden Jokowi menaikkan upah minimum.", pub_date="2017-06-10")
    assert has(found, "REQUEST", "IDN", "IDN"), found


@pytest.mark.parametrize(
    "text",
    [
        "Akan ada ribuan sopir tangki yang mogok.",
        "Bakal ada ratusan buruh pabrik yang berunjuk rasa di depan kantor gubernur.",
    ],
)
def test_coming_strike_is_only_anticipated(text):
    assert not any(e == "PROTEST" for e, _, _ in indonesian(text, pub_date="2017-06-10")), text
