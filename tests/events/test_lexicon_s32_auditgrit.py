"""Encyclopaedic Indonesian prose (session 32, auditgrit; actors/bodies_s32_auditgrit.yaml, the
"from s32_auditgrit" sections of id/triggers/assault.yaml and not_events.yaml): the Dutch colonial
state ("Hindia Belanda", "NICA-Belanda") acts for the Netherlands, "bergerilya" is fighting — and
near misses from biographies: "menuntut ilmu" (studying), a demo recording, a patrol-boat class."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Pada tahun 1830 pangeran itu ditangkap oleh tentara Hindia - Belanda di Magelang.",
         "COERCE", "NLD", None, "1830-03-28"),
        ("Pemerintah Hindia Belanda menangkap Soekarno di Yogyakarta pada tahun 1929.",
         "COERCE", "NLD", "IDN", "1929-12-29"),
        ("Pasukan Inggris bertempur melawan tentara NICA-Belanda di Surabaya.",
         "ASSAULT", "GBR", "NLD", "1945-11-10"),
        ("Pasukan TNI bergerilya melawan Belanda di lereng Gunung Slamet.",
         "ASSAULT", "IDN", "NLD", "1948-12-22"),
    ],
)
def test_indonesian_colonial_history(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    if actor is None:
        assert any(e == event and recipient in r for e, _, r in found), found
    else:
        assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("id", "Pemimpin oposisi itu diasingkan ke Siberia oleh pemerintah Rusia.", "RUS", "RUS"),
        ("id", "Pemerintah kolonial Belanda mengasingkan para pemimpin pergerakan ke Boven Digul.", "NLD", None),
        ("en", "The opposition leader was exiled to Siberia by the Russian government.", "RUS", "RUS"),
    ],
)
def test_exile_is_deportation(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="1935-05-01")
    assert any(e == "COERCE" and actor in a and (recipient is None or recipient in r) for e, a, r in found), found


def test_spearing_is_assault():
    found = indonesian("Prajurit Inggris itu ditombak oleh pejuang Aborigin di dekat Sydney.", pub_date="1790-12-10")
    assert any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Uni Afrika menyatakan bahwa pemerintahan junta Mali tidak sah.", "IGO", "MLI"),
        ("Amerika Serikat menegaskan bahwa Maduro tidak sah menjabat sebagai presiden Venezuela.", "USA", "VEN"),
    ],
)
def test_declared_illegitimate_is_disapproval(text, actor, recipient):
    found = indonesian(text, pub_date="2019-01-24")
    assert has(found, "ACCUSE", actor, recipient), found


def test_invalid_ballots_are_no_accusation():
    found = indonesian("KPU menyatakan bahwa dua puluh surat suara tidak sah.", pub_date="2019-04-20")
    assert all(e != "ACCUSE" for e, _, _ in found), found


def test_english_dutch_east_indies():
    found = english("The Dutch East Indies government arrested Sukarno in Bandung.", pub_date="1929-12-29")
    assert has(found, "COERCE", "NLD", "IDN"), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Sejak kecil ia menuntut ilmu di sebuah pesantren di Jombang.", "REQUEST"),
        ("Sebuah label rekaman di Jakarta tertarik dengan kaset demo band itu.", "PROTEST"),
        ("Museum itu memamerkan kapal patroli bekas milik Angkatan Laut Australia.", "MOBILIZE"),
        ("Gubernur Jenderal Hindia Belanda meresmikan gedung sekolah itu pada tahun 1939.", "COERCE"),
        ("Setelah kalah dalam pemilu, menteri itu mengasingkan diri ke sebuah desa di Jawa Tengah.", "COERCE"),
    ],
)
def test_encyclopaedic_near_misses(text, event):
    found = indonesian(text, pub_date="2015-06-01")
    assert all(e != event for e, _, _ in found), found


def test_patrol_still_codes_with_its_verb():
    found = indonesian("Angkatan Laut Malaysia mengerahkan kapal patroli ke perairan Ambalat.", pub_date="2015-06-01")
    assert any(e == "MOBILIZE" for e, _, _ in found), found
