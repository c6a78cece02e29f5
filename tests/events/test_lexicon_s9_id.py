"""Trigger vocabulary from data/id/triggers_s9.yaml: Indonesian word families the development gold
sets coded where no trigger of the right type fired (getting in touch, a diplomatic note, cutting a
contribution, putting ties on hold, arrest warrants, a headline welcome, firm action announced,
conflicting with the constitution, a form of insult, double standards, a separatist flag, dumping a
deal). Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

coded = partial(coded_in, "id")


def kinds(text: str) -> list[str]:
    return [event for event, _, _ in coded(text)]


# ----------------------------------------------------------------------------------------- CONSULT


def test_getting_in_touch_is_consultation():
    assert coded("Menteri Luar Negeri Jepang sudah mengontak pemerintah China soal insiden itu.") == [
        ("CONSULT", ["JPN"], ["CHN"])
    ]
    assert coded("Presiden Filipina menghubungi Perdana Menteri Malaysia pada Senin.") == [
        ("CONSULT", ["PHL"], ["MYS"])
    ]
    assert coded("Menlu Indonesia telah komunikasi dengan Menlu Singapura mengenai kabut asap.") == [
        ("CONSULT", ["IDN"], ["SGP"])
    ]


def test_communication_as_a_noun_and_relations_are_no_contact():
    assert kinds("Warga membutuhkan komunikasi dengan keluarga mereka.") == []
    assert kinds("Hubungan kedua negara tetap baik, kata Menlu.") == []


# ----------------------------------------------------------------------------------------- REQUEST


def test_a_diplomatic_note_asking_for_access_is_a_request():
    assert coded(
        "Kedutaan Besar Indonesia di Riyadh melayangkan nota diplomatik kepada pemerintah Arab Saudi "
        "agar membuka akses kekonsuleran."
    ) == [("REQUEST", ["IDN"], ["SAU"])]


# ---------------------------------------------------------------------------------------- SANCTION


def test_cutting_a_contribution_is_reducing_aid():
    assert coded("Amerika Serikat memangkas iuran untuk UNESCO sebesar US$ 80 juta.") == [
        ("SANCTION", ["USA"], ["UNO"])
    ]
    assert coded("Jepang memotong sumbangannya kepada PBB.") == [("SANCTION", ["JPN"], ["UNO"])]


def test_putting_ties_on_hold_reduces_relations():
    assert coded("Turki menangguhkan hubungan diplomatik tingkat tinggi dengan Belanda.") == [
        ("SANCTION", ["TUR"], ["NLD"])
    ]


# ------------------------------------------------------------------------------------------ ACCUSE


def test_an_arrest_warrant_is_an_allegation():
    assert coded("Pengadilan Thailand mengeluarkan surat perintah penangkapan bagi mantan perdana menteri itu.") == [
        ("ACCUSE", ["THA"], ["THA"])
    ]


def test_conflicting_with_the_constitution_is_an_allegation():
    assert coded("Menteri Dalam Negeri Indonesia mengatakan kegiatan HTI bertentangan dengan Pancasila.") == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_double_standards_are_criticism():
    assert coded("Menteri Luar Negeri Iran mengatakan Amerika Serikat menerapkan standar ganda.") == [
        ("ACCUSE", ["IRN"], ["USA"])
    ]
    assert coded("Menteri Luar Negeri Turki menyebut Uni Eropa menerapkan hukum secara selektif.") == [
        ("ACCUSE", ["TUR"], ["EUR"])
    ]


def test_a_form_of_insult_is_criticism():
    assert ("ACCUSE", ["MYS"], []) in coded(
        "Menteri Pertahanan Malaysia mengatakan pengusiran diplomat itu adalah bentuk penghinaan terhadap Malaysia."
    )


# ----------------------------------------------------------------------------------------- SUPPORT


def test_a_headline_welcome_without_the_prefix_is_support():
    assert coded("Pemerintah Malaysia sambut baik keputusan Indonesia.") == [("SUPPORT", ["MYS"], ["IDN"])]


# -------------------------------------------------------------------------------- COERCE, THREATEN


def test_firm_action_announced_is_a_threat():
    assert ("THREATEN", ["IDN"], ["IDN"]) in coded(
        "Polri akan mengambil tindakan tegas terhadap anggota ormas yang anarkis."
    )


# ------------------------------------------------------------------------------------------ PROTEST


def test_raising_a_separatist_flag_is_protest():
    assert "PROTEST" in kinds(
        "Seorang aktivis mengibarkan bendera Bintang Kejora di depan Kedutaan Besar Indonesia di Canberra."
    )


# ------------------------------------------------------------------------------------------- REJECT


def test_dumping_a_deal_is_rejection():
    assert coded("Presiden Amerika Serikat mencampakkan kesepakatan nuklir dengan Iran.") == [
        ("REJECT", ["USA"], ["IRN"])
    ]
