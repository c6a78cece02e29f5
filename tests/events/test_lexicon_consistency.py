"""The same act gets the same PLOVER type in English and Indonesian (docs/annotation.md, type
reminders): each test codes an invented English sentence and its Indonesian translation."""

from __future__ import annotations

import pytest

from conftest import types_in


def types(text: str, lang: str) -> set[str]:
    return types_in(lang, text)


def same_type(english: str, indonesian: str, expected: str) -> None:
    assert expected in types(english, "en"), english
    assert expected in types(indonesian, "id"), indonesian


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "Police dispersed the demonstrators in Dhaka on Sunday.",
            "Polisi membubarkan para demonstran di Dhaka, Minggu.",
        ),
        (
            "Riot police dispersed a rally by students in Lahore.",
            "Polisi antihuru-hara membubarkan aksi unjuk rasa mahasiswa di Lahore.",
        ),
    ],
)
def test_dispersing_a_protest_is_crowd_control_assault(english, indonesian):
    same_type(english, indonesian, "ASSAULT")
    assert "COERCE" not in types(indonesian, "id")


def test_breaking_up_a_discussion_stays_a_restriction():
    assert types("Polisi Malaysia membubarkan diskusi buku di Kuala Lumpur.", "id") == {"COERCE"}


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "Russia opposed the American plan to deploy missiles in Poland.",
            "Rusia menentang rencana Amerika menempatkan rudal di Polandia.",
        ),
        ("Japan opposes the Chinese proposal.", "Jepang menentang usulan China itu."),
    ],
)
def test_opposing_a_plan_is_accuse(english, indonesian):
    same_type(english, indonesian, "ACCUSE")
    assert "REJECT" not in types(indonesian, "id")


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("Militants captured two Israeli soldiers near Gaza.", "Militan menangkap dua prajurit Israel di dekat Gaza."),
        ("An Israeli soldier was detained by Hamas in Gaza.", "Seorang prajurit Israel ditahan oleh Hamas di Gaza."),
        (
            "Gunmen seized three oil workers in Port Harcourt.",
            "Orang-orang bersenjata menculik tiga pekerja minyak di Port Harcourt.",
        ),
    ],
)
def test_armed_groups_taking_people_is_abduction(english, indonesian):
    same_type(english, indonesian, "ASSAULT")
    assert "COERCE" not in types(english, "en") | types(indonesian, "id")


def test_the_state_taking_people_stays_an_arrest():
    same_type(
        "Police detained 12 protesters in Jakarta.", "Polisi Indonesia menahan 12 demonstran di Jakarta.", "COERCE"
    )
    assert "COERCE" in types("Mereka ditangkap di Jakarta kemarin.", "id")


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "Pakistan's president warned America against attacking Iran.",
            "Presiden Pakistan memperingatkan Amerika Serikat agar tidak menyerang Iran.",
        ),
        (
            "China warned Japan not to send warships to the islands.",
            "China memperingatkan Jepang supaya tidak mengirim kapal perang ke pulau-pulau itu.",
        ),
        ("Indonesia urged Israel not to attack Gaza.", "Indonesia mendesak Israel agar tidak menyerang Gaza."),
    ],
)
def test_warning_another_against_an_act_is_a_request(english, indonesian):
    same_type(english, indonesian, "REQUEST")
    assert "THREATEN" not in types(english, "en") | types(indonesian, "id")


def test_warning_of_consequences_is_a_threat():
    same_type(
        "China warned Japan of serious consequences.",
        "China memperingatkan Jepang akan konsekuensi serius.",
        "THREATEN",
    )


def test_troops_storming_a_building_is_an_assault_and_protesters_a_riot():
    same_type("US troops stormed an Iranian office in Arbil.", "Tentara AS menyerbu kantor Iran di Arbil.", "ASSAULT")
    same_type(
        "Protesters stormed the parliament in Kiev.", "Para demonstran menyerbu gedung parlemen di Kiev.", "PROTEST"
    )
    same_type(
        "Police stormed the opposition party headquarters in Harare.",
        "Polisi menyerbu markas partai oposisi di Harare.",
        "COERCE",
    )


def test_giving_in_to_demands_is_concede():
    same_type(
        "King Gyanendra gave in to the demands of the protesters in Kathmandu.",
        "Raja Gyanendra menyerah pada tuntutan para demonstran di Kathmandu.",
        "CONCEDE",
    )


def test_being_jailed_is_a_sanction():
    same_type(
        "The Rwandan government jailed Bizimungu in 2004.",
        "Pemerintah Rwanda menjebloskan Bizimungu ke penjara pada 2004.",
        "SANCTION",
    )
