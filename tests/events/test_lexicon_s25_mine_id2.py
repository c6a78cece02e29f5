"""Indonesian stop entries from an audit of unannotated UD Indonesian sentences (session 25, mine_id2;
id/triggers/s25_mine_id2.yaml): word senses that are no political act — a building across from
another (berseberangan), a business concession, a stock exchange halting a share, a public share or
bond offering, anarchist as an ideology, a sense of urgency, an invitation to the public. Each case
pairs the non-event with a sentence of the real act, which must still code with its parties."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("non_event", "real", "event", "actor", "recipient"),
    [
        (
            "Kantor Kedutaan Besar Jepang berseberangan dengan kantor Kementerian Luar Negeri Indonesia.",
            "Pemerintah Venezuela berang terhadap Amerika Serikat.",
            "ACCUSE",
            "VEN",
            "USA",
        ),
        (
            "PT Antam membeli konsesi tambang nikel dari pemerintah Indonesia.",
            "Israel memberikan konsesi kepada Palestina dalam perundingan di Kairo.",
            "CONCEDE",
            "ISR",
            "PSE",
        ),
        (
            "Bursa Efek Indonesia menghentikan sementara perdagangan saham perusahaan Jepang itu.",
            "Turki menghentikan perdagangan dengan Israel.",
            "SANCTION",
            "TUR",
            "ISR",
        ),
        (
            "PT Bank Mandiri akan melakukan penawaran umum obligasi senilai Rp1 triliun kepada investor Jepang.",
            "Presiden Joko Widodo menawarkan bantuan kepada Turki.",
            "AGREE",
            "IDN",
            "TUR",
        ),
        (
            "Pemerintah Indonesia perlu bertindak dengan rasa mendesak yang lebih tinggi.",
            "Amerika Serikat mendesak Israel untuk menghentikan serangan.",
            "REQUEST",
            "USA",
            "ISR",
        ),
        (
            "Kementerian Pariwisata mengundang masyarakat untuk mengirim foto lama kota Jakarta.",
            "Presiden Joko Widodo mengundang Perdana Menteri Malaysia untuk berkunjung ke Jakarta.",
            "AGREE",
            "IDN",
            "MYS",
        ),
    ],
)
def test_word_sense_that_is_no_act_codes_nothing(non_event, real, event, actor, recipient):
    assert not indonesian(non_event, pub_date="2016-01-01"), non_event
    assert has(indonesian(real, pub_date="2016-01-01"), event, actor, recipient)


def test_anarchist_press_is_no_riot():
    """The noun before 'anarkis' names an ideology's press or symbol; rioters ('massa anarkis') still riot."""
    assert not indonesian("Koran anarkis Prancis terbit di Paris sampai 1890.", pub_date="2016-01-01")
    assert has(indonesian("Massa yang anarkis merusak kantor DPRD Sulawesi Selatan."), "PROTEST", "IDN")


def test_concession_holder_is_no_concession():
    found = indonesian("Pemerintah Indonesia mencabut izin pemegang konsesi hutan di Riau.", pub_date="2016-01-01")
    assert not has(found, "CONCEDE", "IDN"), found


@pytest.mark.parametrize(
    ("non_event", "real", "event", "actor", "recipient"),
    [
        (
            "Bank Rakyat Indonesia menyalurkan kredit usaha rakyat kepada petani di Jawa Timur.",
            "Bank Dunia menyalurkan pinjaman kepada Indonesia sebesar 500 juta dolar AS.",
            "AID",
            "IGO",
            "IDN",
        ),
        (
            "Pengusaha Malaysia itu mendonasikan uangnya kepada lembaga amal di Inggris.",
            "Jepang menyumbangkan 5 juta dolar AS kepada Filipina untuk korban topan.",
            "AID",
            "JPN",
            "PHL",
        ),
        (
            "Konsul Jenderal Australia menghadiri sidang vonis di Bali.",
            "Presiden Joko Widodo menghadiri sidang Majelis Umum PBB di New York.",
            "CONSULT",
            "IDN",
            "UNO",
        ),
    ],
)
def test_commerce_charity_and_court_are_no_aid_or_meeting(non_event, real, event, actor, recipient):
    assert not indonesian(non_event, pub_date="2016-01-01"), non_event
    assert has(indonesian(real, pub_date="2016-01-01"), event, actor, recipient)
