"""Entries from session 18's Indonesian precision pass on unseen wire news (helper prec_id2):
a performative "ingin mengucapkan terima kasih" is thanks given now (SUPPORT), not a promise; a
warning "kepada" someone not to act is a REQUEST even with a long addressee; forces "pimpinan AS"
act for the state that leads them (actors/sectors_s18_prec_id2.yaml); a former Argentine president
is Argentina's (actors/people/s18_prec_id2.tsv); and stop entries (data/id/triggers_s18_prec_id2.yaml):
an attributive "yang patut dipertanyakan", an investigation as the purpose of another act, a doer
nobody knows ("siapa yang …"), the Quartet's descriptor "penengah", and arriving at an embassy —
while the real senses beside them still code. All sentences written for this file."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # performative thanks and praise: SUPPORT, not AGREE
        (
            "Saya ingin mengucapkan terima kasih kepada pemerintah Jepang, kata Presiden Susilo Bambang Yudhoyono.",
            "SUPPORT",
            "IDN",
            "JPN",
        ),
        (
            "Kami ingin menyampaikan penghargaan kepada Malaysia atas bantuannya, kata Menlu Hassan Wirajuda.",
            "SUPPORT",
            "IDN",
            "MYS",
        ),
        (
            "Saya ingin sekali menyampaikan rasa hormat saya kepada para prajurit"
            " Indonesia, kata Perdana Menteri Australia John Howard.",
            "SUPPORT",
            "AUS",
            "IDN",
        ),
        # a warning to someone not to act, with a long addressee
        (
            "Pemerintah Thailand memperingatkan kepada para pendukung mantan"
            " perdana menteri itu agar tidak berunjuk rasa.",
            "REQUEST",
            "THA",
            "THA",
        ),
        (
            "Kementerian Luar Negeri Korea Selatan mengingatkan kepada pemerintah"
            " Korea Utara yang baru itu agar jangan menguji rudal.",
            "REQUEST",
            "KOR",
            "PRK",
        ),
        # forces led by a state act for that state
        ("Tiga pejabat itu ditangkap oleh pasukan koalisi pimpinan AS di Irak.", "COERCE", "USA", "IRQ"),
        ("Tiga warga sipil tewas ditembak pasukan koalisi yang dipimpin Arab Saudi di Yaman.", "ASSAULT", "SAU", "YEM"),
        ("Seorang tahanan dibebaskan oleh pasukan pimpinan AS di Afghanistan.", "RETREAT", "USA", "AFG"),
        # a former president of Argentina in a warrant
        (
            "Seorang hakim Argentina mengeluarkan surat perintah penangkapan bagi mantan Presiden Isabel Peron.",
            "ACCUSE",
            "ARG",
            "ARG",
        ),
    ],
)
def test_codes(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a future meeting stays an agreement; the performative reading needs a word of thanks or praise
        ("Presiden Susilo Bambang Yudhoyono ingin bertemu dengan Perdana Menteri Malaysia pekan depan.", "AGREE"),
        # questioning a decision is still a challenge
        ("Ketua DPR mempertanyakan keputusan pemerintah menaikkan harga BBM.", "ACCUSE"),
        # a real investigation still codes
        ("Polisi Malaysia menyelidiki penembakan di perbatasan itu.", "ACCUSE"),
        # a kidnapping with a named doer still codes
        ("Kelompok Abu Sayyaf menculik tiga nelayan Indonesia di perairan Sabah.", "ASSAULT"),
        # a real arrival on a visit still codes
        ("Menteri Luar Negeri Jepang tiba di Jakarta untuk kunjungan dua hari.", "CONSULT"),
        # a warning of what the speaker will do is still a threat
        ("Iran memperingatkan akan membalas setiap serangan terhadap wilayahnya.", "THREATEN"),
    ],
)
def test_real_sense_still_codes(text, event):
    found = indonesian(text, pub_date="2007-06-01")
    assert any(e == event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # attributive "questionable": nobody questions anything
        ("Pengusaha itu, yang mengumpulkan harta dengan cara yang patut dipertanyakan, ditahan oleh polisi.", "ACCUSE"),
        # an investigation named as the purpose of another act
        (
            "Negara itu menutup perbatasannya dengan Laos sementara untuk"
            " keperluan penyelidikan, kata seorang pejabat militer Thailand.",
            "ACCUSE",
        ),
        # a doer nobody knows
        ("Menteri Luar Negeri Filipina mengatakan ia tidak tahu siapa yang telah menculiknya.", "ASSAULT"),
        ("Pemerintah Pakistan belum mengetahui siapa yang melakukan serangan itu.", "ASSAULT"),
        # the Quartet's descriptor
        ("Kuartet penengah Timur Tengah mendesak Israel menghentikan pembangunan permukiman.", "CONSULT"),
        # arriving at an embassy
        (
            "Para sandera Korea Selatan sudah tiba di kedutaan besar mereka di Kabul, kata Menlu Korea Selatan.",
            "CONSULT",
        ),
    ],
)
def test_no_event(text, event):
    found = indonesian(text, pub_date="2007-06-01")
    assert not any(e == event for e, _, _ in found), found
