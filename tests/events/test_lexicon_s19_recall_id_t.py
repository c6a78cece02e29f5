"""Indonesian recall on unseen news (session 19, helper recall_id_t; id/triggers_s19_recall_id_t.yaml):
judging that someone does not understand, judging an actor's performance bad, an actor said not to carry out
its duty properly (the speaker disapproves), and a body saying that someone is involved in a case (an
allegation) -- and words like them that are no event: offering an ideology, leaving a decision wholly to
someone, a power to order, an open question whether someone asked."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        (
            "Wakil Ketua DPR Fadli Zon menilai Menteri Perdagangan tidak paham persoalan impor beras.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
        (
            "Sekjen PDIP Hasto Kristiyanto menilai Fadli Zon dan para pendukungnya, tidak memahami isi pidato itu.",
            "ACCUSE",
            "IDN",
            None,
        ),
        (
            "Presiden Filipina Rodrigo Duterte menganggap PBB kurang memahami perang melawan narkoba.",
            "ACCUSE",
            "PHL",
            "UNO",
        ),
        ("Formappi menilai kinerja Kementerian Pertanian tahun ini sangat buruk.", "ACCUSE", "IDN", "IDN"),
        ("Formappi menilai, kinerja legislasi DPR sepanjang tahun lalu sangat buruk.", "ACCUSE", "IDN", "IDN"),
        (
            "Peneliti Formappi Lucius Karus mengatakan DPR tidak menjalankan fungsi anggaran dengan maksimal.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
        (
            "Kepolisian Malaysia mengklaim, dua warga Korea Utara terlibat dalam kasus pembunuhan itu.",
            "ACCUSE",
            "MYS",
            "PRK",
        ),
        (
            "Jaksa Agung menyebut Gubernur Bengkulu terlibat kuat dalam perkara suap proyek jalan.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-06-06")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the speaker about himself, and a verdict of good work: no disapproval
        ("Saya tidak paham maksud pertanyaan itu, kata Menteri Perdagangan Enggartiasto Lukita.", "ACCUSE"),
        ("Formappi menilai kinerja Kementerian Pertanian tahun ini cukup baik.", "ACCUSE"),
        # not involved, or involved in securing a rally: no allegation
        ("Kepolisian Malaysia menyebut warga Korea Utara itu tidak terlibat dalam kasus pembunuhan.", "ACCUSE"),
        ("Kepolisian Malaysia menyebut 300 personel terlibat dalam pengamanan unjuk rasa.", "ACCUSE"),
        # an idea put forward, a decision left to someone, a power to order, an open question
        ("Presiden Soekarno pernah menawarkan ideologi terbuka sebagai jalan tengah.", "AGREE"),
        (
            "Menteri PPN Bambang Brodjonegoro menyerahkan sepenuhnya kelanjutan pembahasan raperda kepada Pemprov DKI.",
            "RETREAT",
        ),
        ("Undang-undang itu memberi kewenangan DPR memerintahkan BPK melakukan pemeriksaan lanjutan.", "REQUEST"),
        ("Silakan tanya KPK saja, apa betul mereka pernah meminta atau tidak.", "REQUEST"),
    ],
)
def test_near_misses(text, event):
    found = indonesian(text, pub_date="2017-06-06")
    assert not any(e == event for e, _, _ in found), found


def test_offer_of_aid_still_coded():
    found = indonesian("Presiden Joko Widodo menawarkan bantuan kemanusiaan kepada Myanmar.", pub_date="2017-09-06")
    assert has(found, "AGREE", "IDN", "MMR"), found


def test_order_still_coded():
    found = indonesian("Presiden Joko Widodo memerintahkan Kapolri menuntaskan kasus itu.", pub_date="2017-09-06")
    assert has(found, "REQUEST", "IDN", "IDN"), found
