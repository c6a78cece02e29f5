"""Cross-language agreement (session 15): an invented English sentence and its Indonesian
translation code the same event — type, actor and recipient — and words that are no event stay
uncoded on both sides (en/triggers_s15_agree.yaml, id/triggers_s15_agree.yaml,
actors/people/s15_agree.tsv)."""

from __future__ import annotations

import pytest

from conftest import agree, coded_in


def coded(text: str, lang: str) -> list[tuple[str, list[str], list[str]]]:
    return coded_in(lang, text, pub_date="2007-01-15")


@pytest.mark.parametrize(
    ("english", "indonesian", "actor", "recipient"),
    [
        (
            "NATO forces fought Taliban insurgents in Helmand province on Monday.",
            "Pasukan NATO memerangi gerilyawan Taliban di provinsi Helmand, Senin.",
            "IGO",
            "AFG",
        ),
        (
            "Israeli troops fought Hezbollah guerrillas in southern Lebanon.",
            "Pasukan Israel memerangi Hizbullah di Lebanon selatan.",
            "ISR",
            "LBN",
        ),
    ],
)
def test_fighting_an_armed_foe_is_an_assault(english, indonesian, actor, recipient):
    agree(english, indonesian, "ASSAULT", actor, recipient)


def test_a_cause_fought_or_a_fight_as_purpose_is_no_assault():
    found = coded("Pemerintah Indonesia berjanji memerangi korupsi dan narkoba.", "id")
    assert "ASSAULT" not in {e for e, _, _ in found}, found
    assert coded("Koalisi internasional yang memerangi ISIS bertemu di Paris.", "id") == []


def test_killed_by_names_the_killer_after_oleh():
    agree(
        "Three Hamas leaders were killed by an Israeli air strike in Gaza.",
        "Tiga pemimpin Hamas tewas oleh serangan udara Israel di Gaza.",
        "ASSAULT",
        "ISR",
        "PSE",
    )


def test_calling_early_elections_is_a_concession():
    agree(
        "Palestinian President Mahmoud Abbas called for early elections.",
        "Presiden Palestina Mahmoud Abbas menyerukan pemilihan umum lebih awal.",
        "CONCEDE",
        "PSE",
        None,
        pub_date="2006-12-17",
    )


def test_chiding_is_an_accusation():
    agree(
        "Turkish Prime Minister Recep Tayyip Erdogan chided U.S. officials for doubting Ankara's right.",
        "Perdana Menteri Turki Recep Tayyip Erdogan mencaci pejabat AS yang meragukan hak Ankara.",
        "ACCUSE",
        "TUR",
        "USA",
    )


def test_asking_that_troops_be_withdrawn_is_a_request():
    found = coded("Partai oposisi Inggris meminta tentara Inggris ditarik dari Irak.", "id")
    assert ("REQUEST", ["GBR"], ["GBR"]) in found, found


def test_flying_to_a_capital_is_a_visit():
    agree(
        "U.S. Secretary of State Condoleezza Rice flew to Paris on Wednesday night.",
        "Menteri Luar Negeri AS Condoleezza Rice terbang ke Paris, Rabu malam.",
        "CONSULT",
        "USA",
        "FRA",
    )


def test_sending_a_mission_is_a_visit():
    found = coded("Sekjen OKI Ekmeleddin Ihsanoglu mengirimkan misi tingkat tinggi OKI ke Somalia.", "id")
    assert ("CONSULT", ["IGO"], ["SOM"]) in found, found


def test_respect_expressed_is_support():
    found = coded("Presiden Indonesia menyampaikan rasa hormat kepada pasukan perdamaian Malaysia.", "id")
    assert any(e == "SUPPORT" and a == ["IDN"] and "MYS" in r for e, a, r in found), found


def test_stepping_down_from_ones_duties():
    agree(
        "Israeli President Moshe Katsav suspended himself from his duties on Thursday.",
        "Presiden Israel Moshe Katsav berhenti untuk sementara dari tugasnya, Kamis.",
        "RETREAT",
        "ISR",
        None,
    )


def test_attacks_kept_up():
    found = coded("Maoist rebels kept up their attacks on Indian police in Chhattisgarh.", "en")
    assert ("ASSAULT", ["IND"], ["IND"]) in found, found


def test_crowds_thronging_the_streets():
    agree(
        "Thousands of Hezbollah supporters thronged the streets of Beirut on Sunday.",
        "Ribuan pengunjuk rasa Hizbullah memadati jalan-jalan di Beirut, Minggu.",
        "PROTEST",
        "LBN",
        None,
    )


def test_the_indonesian_spelling_haniyah():
    agree(
        "Haniyeh accused the United States of fuelling tensions.",
        "Haniyah menuduh Amerika Serikat menyulut ketegangan.",
        "ACCUSE",
        "PSE",
        "USA",
        pub_date="2006-12-16",
    )


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "The Lebanese opposition began removing roadblocks after halting the protests.",
            "Oposisi Lebanon mulai membongkar blokade jalanan setelah protes dihentikan.",
        ),
        (
            "Hamas and Fatah failed to reach agreement on a unity government.",
            "Hamas dan Fatah gagal mencapai kesepakatan mengenai pemerintah persatuan.",
        ),
        (
            "The Kurdish government received no warning about the arrest operation.",
            "Pemerintah Kurdi tidak menerima peringatan mengenai operasi penangkapan itu.",
        ),
        (
            "Shoppers packed the streets of London before Christmas.",
            "Pemerintah dukungan Barat itu berkuasa sejak 2001.",
        ),
    ],
)
def test_no_event_on_either_side(english, indonesian):
    assert coded(english, "en") == [], coded(english, "en")
    assert coded(indonesian, "id") == [], coded(indonesian, "id")
