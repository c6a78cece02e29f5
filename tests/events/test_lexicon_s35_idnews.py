"""Indonesian authorities named with "pihak" and detentions of people by any authority (session 35,
idnews): "pihak militer / pihak pemerintah / pihak otoritas" is the military, the government, the
authorities of the scene, as English "the military", "the authorities" are (actors/match.py
stands_alone; police and courts after "pihak" stay with coder.unplaced_body); "menahan" followed by
youths, migrants, supporters and the like, with or without a count, is an arrest whoever holds
them (id/triggers/coerce.yaml, from s35_idnews), as en.coerce.detain is — and near misses: hunger
held back, aid withheld, restraint, a noun phrase with "pihak militer" and no act."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("Kudeta terjadi di Niamey, Niger, pada Rabu. Pihak militer menahan Presiden Mohamed Bazoum di istana.",
         "COERCE", "NER"),
        ("Ribuan orang berunjuk rasa di Caracas, Venezuela. Pihak pemerintah menolak tuntutan para demonstran.",
         "REJECT", "VEN"),
        ("Di Bamako, pihak otoritas menangkap seorang wartawan Prancis.", "COERCE", "MLI"),
        ("Di Khartoum, pihak militer menahan dua pemimpin sipil pada Senin.", "COERCE", "SDN"),
    ],
)
def test_sector_term_after_pihak_is_the_scenes(text, event, actor):
    found = indonesian(text, pub_date="2023-07-27")
    assert has(found, event, actor), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Pihak berwenang Turki menahan sejumlah pelajar di Ankara.", "TUR"),
        ("Otoritas Libya menahan dua remaja yang diduga membantu pelaku pengeboman itu.", "LBY"),
        ("Pemerintah Malaysia menahan puluhan pengungsi Rohingya di Penang.", "MYS"),
        ("Polisi Mesir menahan seorang blogger di Kairo.", "EGY"),
    ],
)
def test_detaining_people_by_any_authority(text, actor):
    found = indonesian(text, pub_date="2023-07-27")
    assert has(found, "COERCE", actor), found


def test_english_detains_alike():
    found = english("Libyan authorities detained two teenagers suspected of helping the bomber.", pub_date="2023-07-27")
    assert has(found, "COERCE", "LBY"), found


@pytest.mark.parametrize(
    "text",
    [
        "Para pengungsi Suriah menahan lapar selama tiga hari di perbatasan Turki.",
        "Kerja sama pihak militer Sudan dan Mesir terus meningkat.",
        "Pemerintah Indonesia menahan diri dan menunggu hasil penyelidikan.",
    ],
)
def test_near_misses_code_no_arrest(text):
    found = indonesian(text, pub_date="2023-07-27")
    assert not any(has(found, "COERCE", code) for code in ("SYR", "SDN", "IDN")), found


def test_aid_held_back_is_no_arrest():
    found = indonesian("Pemerintah Mesir menahan bantuan untuk para pengungsi di Rafah.", pub_date="2023-07-27")
    # withheld aid (id.coerce.tahan-bantuan, CAMEO 170), not an arrest of the refugees
    assert has(found, "COERCE", "EGY"), found
