"""Cross-language agreement (session 13): an invented English sentence and its Indonesian
translation code the same event — type, actor and recipient — and words that are no event stay
uncoded on both sides (en/triggers_s13_agree.yaml, id/triggers_s13_agree.yaml,
actors/sectors_s13_agree.yaml)."""

from __future__ import annotations

import pytest

from conftest import agree, coded_in


def coded(text: str, lang: str) -> list[tuple[str, list[str], list[str]]]:
    return coded_in(lang, text, pub_date="2010-05-04")


@pytest.mark.parametrize(
    ("english", "indonesian", "actor", "recipient"),
    [
        (
            "Opposition lawmakers scuffled with police outside parliament in Kiev.",
            "Para anggota parlemen oposisi bentrok dengan polisi di luar gedung parlemen di Kiev.",
            "UKR",
            "UKR",
        ),
        (
            "Fired lawmakers scuffled with police outside Congress in Quito on Tuesday.",
            "Para anggota parlemen yang dipecat bentrok dengan polisi di luar gedung Kongres di Quito, Selasa.",
            "ECU",
            "ECU",
        ),
    ],
)
def test_a_scuffle_with_police_is_a_riot(english, indonesian, actor, recipient):
    # lawmakers or civilians scuffling with the police riot (PROTEST, CAMEO 145), as the parallel gold
    # codes it; the armed doing so attack (en.assault.armed-scuffle-with-troops)
    agree(english, indonesian, "PROTEST", actor, recipient)


def test_reopening_a_border_with_a_hyphen():
    english = "Pakistan re-opened its border with Afghanistan on Monday."
    indonesian = "Pakistan membuka kembali perbatasannya dengan Afghanistan, Senin."
    agree(english, indonesian, "RETREAT", "PAK", "AFG")


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "The Georgian foreign minister called the incident another provocation by Russia.",
            "Menteri Luar Negeri Georgia menyebut insiden itu sebagai provokasi lain dari Rusia.",
        ),
        (
            "Georgia's president described the shelling as a deliberate provocation by Russia.",
            "Presiden Georgia menyebut penembakan itu sebagai provokasi yang disengaja oleh Rusia.",
        ),
    ],
)
def test_calling_an_act_a_provocation_is_an_accusation_by_the_speaker(english, indonesian):
    agree(english, indonesian, "ACCUSE", "GEO", None)


def test_rounds_of_talks_held_with_a_negotiator():
    english = "The IAEA chief held two rounds of talks with North Korea's chief negotiator on Wednesday."
    indonesian = "Kepala IAEA mengadakan dua putaran pembicaraan dengan perunding utama Korea Utara, Rabu."
    agree(english, indonesian, "CONSULT", "IGO", "PRK")


def test_driving_out_an_armys_troops_is_fighting():
    english = "Rebel fighters drove out Ethiopian troops from the town on Friday."
    indonesian = "Pasukan pemberontak mengusir tentara Ethiopia dari kota itu, Jumat."
    assert "ASSAULT" in {e for e, _, _ in coded(english, "en")}
    hits = [(e, a, r) for e, a, r in coded(indonesian, "id") if e == "ASSAULT"]
    assert hits and any("ETH" in r for _, _, r in hits), hits


def test_a_chief_negotiator_named_by_title_is_the_states_government():
    indonesian = "Pemimpin juru runding Jepang bertemu dengan timpalannya dari China di Beijing."
    assert any(e == "CONSULT" and "JPN" in a for e, a, _ in coded(indonesian, "id")), coded(indonesian, "id")


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "Police said poachers kill the tigers to sell their skins.",
            "Polisi mengatakan pemburu liar membunuh harimau untuk menjual kulitnya.",
        ),
        (
            "Six elephants were killed by poachers in Sumatra, police said.",
            "Enam gajah dibunuh oleh pemburu liar di Sumatra, kata polisi.",
        ),
        (
            "A military-backed interim government took power in Dhaka.",
            "Pemerintah sementara yang didukung militer mengambil alih kekuasaan di Dhaka.",
        ),
        (
            "The minister said corruption was a time bomb that threatens growth and stability.",
            "Menteri itu mengatakan korupsi adalah bom waktu yang mengancam pertumbuhan dan stabilitas.",
        ),
    ],
)
def test_no_event_on_either_side(english, indonesian):
    assert coded(english, "en") == [], coded(english, "en")
    assert coded(indonesian, "id") == [], coded(indonesian, "id")


def test_a_raid_that_threatens_peace_efforts_is_no_threat():
    english = "The Palestinians condemned the Israeli raids, saying they threatened US-led efforts to revive talks."
    indonesian = (
        "Palestina mengecam serangan Israel itu dan menyatakan serangan tersebut mengancam upaya AS "
        "menghidupkan perundingan."
    )
    for text, lang in ((english, "en"), (indonesian, "id")):
        assert "THREATEN" not in {e for e, _, _ in coded(text, lang)}, (text, coded(text, lang))
