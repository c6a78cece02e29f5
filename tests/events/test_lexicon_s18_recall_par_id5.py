"""Indonesian wire recall (session 18, helper recall_par_id5): a demand for assurances ("mengharapkan
adanya jaminan dari …"), asking a party to act ("menanyakan kepada … untuk …"), sending negotiators
abroad (id/triggers_s18_recall_par_id5.yaml); office-holders of 2005-2009 (a North Korean chief
delegate, two Pentagon leaders: actors/people/s18_recall_par_id5.tsv) and the IAEA by its Indonesian
descriptive name (actors/bodies.yaml, the IAEA) — and words like them that are no event:
a court reviewing an appeal, a question put to someone, a negated or hypothetical act."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a demand for assurances
        (
            "China mengharapkan adanya jaminan dari Jepang bahwa latihan itu tidak ditujukan kepadanya.",
            "REQUEST",
            "CHN",
            "JPN",
        ),
        (
            "Korea Selatan mengharapkan jaminan dari Korea Utara bahwa uji coba itu tidak akan diulang.",
            "REQUEST",
            "KOR",
            "PRK",
        ),
        (
            "Rusia mengharapkan adanya kepastian dari Amerika Serikat soal rencana perisai rudal.",
            "REQUEST",
            "RUS",
            "USA",
        ),
        # asking another to act
        ("Korea Utara menanyakan kepada Korea Selatan untuk kembali mengirim pupuk.", "REQUEST", "PRK", "KOR"),
        ("Filipina bertanya kepada Jepang agar mempercepat kiriman kapal patroli.", "REQUEST", "PHL", "JPN"),
        # negotiators sent abroad
        ("Iran mengirimkan juru runding nuklirnya ke Rusia untuk berunding.", "CONSULT", "IRN", "RUS"),
        ("Vietnam mengutus perunding utamanya ke Kamboja pekan ini.", "CONSULT", "VNM", "KHM"),
    ],
)
def test_wire_phrase_families(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-03-13")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Jururunding Kwon Ho-ung menolak kritik Korea Selatan.", "REJECT", "PRK", "KOR"),
        ("Laksamana Edmund Giambastiani mengecam Iran.", "ACCUSE", "USA", "IRN"),
        ("Giambastiani memuji Jepang atas bantuannya.", "SUPPORT", "USA", "JPN"),
        ("Wakil Menteri Pertahanan Gordon England memuji Jepang.", "SUPPORT", "USA", "JPN"),
        ("Badan Atom PBB mengecam Korea Utara.", "ACCUSE", "IGO", "PRK"),
    ],
)
def test_office_holders_and_bodies(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a court reviewing an appeal or a lawsuit investigates no one
        ("Mahkamah Agung Rusia memeriksa banding para terdakwa, kata jurubicara pengadilan.", "ACCUSE"),
        ("Pengadilan Mesir memeriksa gugatan partai oposisi itu.", "ACCUSE"),
    ],
)
def test_court_reviewing_an_appeal_is_no_inquiry(text, event):
    found = indonesian(text, pub_date="2007-03-01")
    assert not any(e == event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("coded", "not_coded", "event"),
    [
        # a request, and a question put in the same words
        (
            "Korea Utara menanyakan kepada Korea Selatan untuk kembali mengirim pupuk.",
            "Para wartawan menanyakan kepada Menlu Jepang untuk apa kunjungan itu.",
            "REQUEST",
        ),
        # asserted, and hypothetical or negated
        (
            "Korea Utara menanyakan kepada Korea Selatan untuk kembali mengirim pupuk.",
            "Korea Utara mungkin menanyakan kepada Korea Selatan untuk mengirim pupuk.",
            "REQUEST",
        ),
        (
            "China mengharapkan adanya jaminan dari Jepang bahwa latihan itu tidak ditujukan kepadanya.",
            "China tidak mengharapkan adanya jaminan dari Jepang.",
            "REQUEST",
        ),
        (
            "Iran mengirimkan juru runding nuklirnya ke Rusia untuk berunding.",
            "Iran tidak mengirimkan juru runding ke Rusia.",
            "CONSULT",
        ),
        # negotiators abroad, and a medical team sent home
        (
            "Vietnam mengutus perunding utamanya ke Kamboja pekan ini.",
            "Pemerintah mengirimkan tim medis ke Aceh.",
            "CONSULT",
        ),
    ],
)
def test_near_misses(coded, not_coded, event):
    assert any(e == event for e, _, _ in indonesian(coded, pub_date="2007-03-13"))
    found = indonesian(not_coded, pub_date="2007-03-13")
    assert not any(e == event for e, _, _ in found), found
