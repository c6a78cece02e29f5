"""Trigger vocabulary from data/id/triggers_s10.yaml and the entries it changed: Indonesian words for
what the English side of the parallel corpus codes (funding someone, forces put on alert, an
objection, a demonstration against something, calling a strike, cooperation taken up) and what it
rightly leaves alone (support gone without, national reconciliation, cooperation as a bare noun).
Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

coded = partial(coded_in, "id")


def kinds(text: str) -> list[str]:
    return [event for event, _, _ in coded(text)]


# --------------------------------------------------------------------------------------------- AID


def test_funding_someone_is_aid():
    assert coded("Hizbullah didanai oleh Iran.") == [("AID", ["IRN"], ["LBN"])]
    assert coded("Jepang mendanai pemerintah Sri Lanka.") == [("AID", ["JPN"], ["LKA"])]


# ---------------------------------------------------------------------------------------- MOBILIZE


def test_forces_put_on_alert_are_mobilised():
    assert coded("Pasukan keamanan Thailand di Bangkok disiagakan pada Rabu.") == [("MOBILIZE", ["THA"], [])]
    assert coded("Pasukan keamanan India melakukan siaga tinggi di perbatasan.") == [("MOBILIZE", ["IND"], [])]


# ------------------------------------------------------------------------------------------ ACCUSE


def test_an_objection_is_disapproval_but_not_minding_is_nothing():
    assert coded("China menyampaikan keberatannya kepada Jepang atas kunjungan itu.") == [("ACCUSE", ["CHN"], ["JPN"])]
    assert coded("Keberatan Iran atas resolusi itu diabaikan oleh Dewan Keamanan.") == [("ACCUSE", ["IRN"], [])]
    assert kinds("Singapura tidak keberatan dengan rencana Malaysia itu.") == []


# ------------------------------------------------------------------------------------ not an event


def test_support_gone_without_is_no_refusal():
    assert "REJECT" not in kinds("Perdana Menteri Italia itu menang tanpa dukungan para senator seumur hidup.")


def test_national_reconciliation_as_a_goal_is_no_agreement():
    assert "AGREE" not in kinds("Uni Afrika bekerja untuk mewujudkan rekonsiliasi nasional di Somalia.")
    assert coded("Para pemimpin Palestina sepakat berdamai di Mekkah.") == [("AGREE", ["PSE"], [])]


# ----------------------------------------------------------------------------------------- PROTEST


def test_a_demonstration_against_something_is_one_protest():
    for text in (
        "Ribuan warga Mesir berdemonstrasi di Kairo untuk menentang amandemen konstitusi.",
        "Ratusan mahasiswa Mesir menggelar unjuk rasa menentang amandemen konstitusi.",
        "Ratusan warga Mesir meneriakkan slogan yang menentang amandemen konstitusi.",
    ):
        assert coded(text) == [("PROTEST", ["EGY"], ["EGY"])], text


def test_calling_a_strike_is_a_strike_not_a_request():
    assert coded("Pemogokan yang diserukan oleh oposisi Lebanon melumpuhkan Beirut.") == [("PROTEST", ["LBN"], ["LBN"])]
    assert coded("Serikat buruh Nigeria menyerukan mogok nasional mulai Senin.") == [("PROTEST", ["NGA"], ["NGA"])]


# --------------------------------------------------------------------------------------- COOPERATE


def test_cooperation_taken_up_is_cooperation_but_the_bare_noun_is_not():
    assert coded("Jepang menjalin kerjasama keamanan dengan Amerika Serikat.") == [("COOPERATE", ["JPN"], ["USA"])]
    assert coded("Ethiopia bekerjasama dengan dinas intelijen Amerika Serikat.") == [("COOPERATE", ["ETH"], ["USA"])]
    assert "COOPERATE" not in kinds("Mereka meninjau tingkat kerjasama antara PBB dan OKI.")
