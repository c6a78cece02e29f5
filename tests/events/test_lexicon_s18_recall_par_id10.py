"""Indonesian wire copy of c. 2007 (session 18, helper recall_par_id10): office-holders the lists
lacked (a US senator, his rivals' Senate years, ElBaradei spelled "Mohammed"; people/s18_recall_par_id10.tsv),
the head of the "UN nuclear watchdog" read as the UN itself (actors/bodies.yaml, the IAEA) and
"Direktur Jenderal" read as a general (actors/sectors_s18_recall_par_id10.yaml) — each with words like
them that are no event. The sentences are written for this file."""

from __future__ import annotations

from functools import partial

import pytest

import warta
from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


def actor_sectors(text: str, pub_date: str) -> set[tuple[str, str]]:
    """(code, sector) of every actor warta codes in the text."""
    return {(a.code, a.sector) for e in warta.code(text, lang="id", pub_date=pub_date) for a in e.actor}


@pytest.mark.parametrize(
    ("text", "negated", "event", "actor", "recipient"),
    [
        (
            "McCain mengecam sikap Gedung Putih mengenai penyiksaan tahanan.",
            "McCain tidak mengecam sikap Gedung Putih mengenai penyiksaan tahanan.",
            "ACCUSE",
            "USA",
            "USA",
        ),
        (
            "Senator John McCain menentang rencana Presiden Bush untuk menarik pasukan.",
            "Belum jelas apakah Senator John McCain menentang rencana Presiden Bush.",
            "ACCUSE",
            "USA",
            "USA",
        ),
        (
            "Mohammed ElBaradei mendesak Iran membuka semua fasilitas nuklirnya bagi pengawas.",
            "Mohammed ElBaradei tidak mendesak Iran membuka semua fasilitas nuklirnya.",
            "REQUEST",
            "IGO",
            "IRN",
        ),
        (
            "Ketua pengawas nuklir PBB akan mengunjungi Iran pekan depan untuk membahas program nuklirnya.",
            "Ketua pengawas nuklir PBB belum mengunjungi Iran sejak tahun lalu.",
            "AGREE",
            "IGO",
            "IRN",
        ),
    ],
)
def test_new_office_holders_and_bodies_act(text, negated, event, actor, recipient):
    found = indonesian(text, pub_date="2007-03-01")
    assert has(found, event, actor, recipient), found
    assert not has(indonesian(negated, pub_date="2007-03-01"), event, actor, recipient)


def test_the_watchdog_head_is_not_the_un():
    text = "Ketua pengawas nuklir Perserikatan Bangsa-Bangsa akan mengunjungi Korea Utara bulan depan."
    found = indonesian(text, pub_date="2007-03-01")
    assert has(found, "AGREE", "IGO", "PRK"), found
    assert not has(found, "AGREE", "UNO"), found


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        # senators in 2007, not yet the offices they held later
        ("Senator Hillary Clinton mengkritik kebijakan perang Presiden Bush di Irak.", "USA", "LEG"),
        ("Barack Obama mengecam keputusan Gedung Putih untuk menambah pasukan di Irak.", "USA", "LEG"),
        # a director-general is a civilian official, not a general
        ("Direktur Jenderal Badan Energi Atom Internasional mengecam uji coba nuklir Korea Utara.", "IGO", "GOV"),
    ],
)
def test_sector_of_the_day(text, code, sector):
    assert (code, sector) in actor_sectors(text, "2007-03-01")


def test_director_general_of_a_ministry_is_no_general():
    sectors = actor_sectors("Direktur Jenderal Imigrasi menolak permintaan itu.", "2007-03-01")
    assert sectors and all(s != "MIL" for _, s in sectors), sectors
