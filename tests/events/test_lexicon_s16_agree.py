"""Vocabulary of triggers_s16_agree.yaml (English and Indonesian): where the two codings of the same
news sentences disagreed and the other side was right. Indonesian refusal and defiance shown
("menunjukkan penolakan", "mengeluarkan pesan pembangkangan"), protests counted ("menggelar
serangkaian demonstrasi"), a tactical withdrawal and a suspended operation; and a refusal to confirm
or deny, restrictions on targeting militants lifted, a process that "menuntut" patience and an
English claim "supported by" officials, which hold the same words but are no such event. Every
sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

id_ = partial(coded_in, "id")
en = partial(coded_in, "en")


# -- REJECT: refusal and defiance shown ----------------------------------------------------------------


def test_disapproval_shown_is_a_rejection():
    assert id_("Pemerintah Korea Utara memperlihatkan ketidaksetujuannya terhadap resolusi PBB.", "2007-06-01") == [
        ("REJECT", ["PRK"], ["UNO"])
    ]


def test_a_defiant_message():
    assert id_("Presiden Venezuela mengeluarkan pesan pembangkangan terhadap Amerika Serikat.", "2007-06-01") == [
        ("REJECT", ["VEN"], ["USA"])
    ]


def test_defiance_shown():
    assert id_("Iran menunjukkan pembangkangan terhadap Dewan Keamanan PBB.", "2007-06-01") == [
        ("REJECT", ["IRN"], ["UNO"])
    ]


def test_civil_disobedience_declared_stays_a_protest():
    assert id_("Oposisi Thailand menyatakan pembangkangan sipil terhadap pemerintah.", "2007-06-01") == [
        ("PROTEST", ["THA"], ["THA"])
    ]


def test_neither_confirming_nor_denying_is_no_denial():
    assert id_("Kemhan Rusia menolak memberikan konfirmasi atau membantah laporan itu.", "2007-06-01") == []
    assert id_("Pentagon enggan membenarkan atau membantah bahwa pesawatnya ditembak jatuh.", "2007-06-01") == []


# -- PROTEST: protests counted -------------------------------------------------------------------------


def test_a_series_of_demonstrations():
    assert id_("Buruh Korea Selatan menggelar serangkaian demonstrasi di Seoul.", "2007-06-01") == [
        ("PROTEST", ["KOR"], ["KOR"])
    ]


# -- RETREAT: tactical withdrawal, suspended operations -----------------------------------------------


def test_a_tactical_withdrawal():
    assert id_("Tentara Filipina melakukan penarikan taktis dari kota itu.", "2007-06-01") == [("RETREAT", ["PHL"], [])]


def test_operations_suspended():
    assert id_("Angkatan Laut Inggris membekukan operasi di Teluk Persia.", "2007-06-01") == [("RETREAT", ["GBR"], [])]


def test_a_frozen_licence_is_no_halt():
    assert id_("Pemerintah Nigeria membekukan izin perusahaan minyak itu.", "2007-06-01") == []


def test_restrictions_on_targeting_lifted_is_no_concession():
    assert id_("Pemerintah Irak telah mencabut larangan untuk menargetkan pemimpin milisi.", "2007-06-01") == []


def test_an_import_ban_lifted_stays_a_retreat():
    assert id_("Pemerintah Malaysia mencabut larangan impor daging dari Brasil.", "2007-06-01") == [
        ("RETREAT", ["MYS"], ["BRA"])
    ]


# -- NONE: what a process requires; a claim corroborated ----------------------------------------------


def test_a_process_requiring_patience_is_no_demand():
    assert id_("Proses perdamaian ini menuntut kesabaran semua pihak.", "2007-06-01") == []


def test_a_claim_supported_by_officials_is_no_support():
    assert en("The Iranian claim, supported by some Syrian officials, angered Washington.", "2007-06-01") == [
        ("ACCUSE", ["IRN"], ["USA"])
    ]
