"""Precision of COERCE (arrest), session 23 (prec_coerce): custody told as a state ("masih ditahan",
"selama ditahan", "setelah 20 hari ditahan"), an arrest only planned ("rencana penangkapan"), an
arrest in someone's past ("pernah ditangkap"), and people whose arrest was told before ("one of the
six people detained") are no arrest made (id/triggers_s23_prec_coerce.yaml,
en/triggers_s23_prec_coerce.yaml) — while the arrests themselves still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
english = partial(coded_in, "en")


def kinds(found):
    return {event for event, _, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        "Polisi Indonesia mengatakan aktivis itu masih ditahan di markas Polda Metro Jaya.",
        "Wartawan itu diyakini ditahan oleh militer Myanmar di Yangon.",
        "Selama ditahan, aktivis itu tidak diberi akses kepada pengacara oleh polisi Myanmar.",
        "Setelah 20 hari ditahan, kelima nelayan itu dibebaskan polisi Malaysia.",
    ],
)
def test_custody_as_a_state_is_no_arrest(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert "COERCE" not in kinds(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Walaupun begitu, Bupati itu mengklaim tidak mengetahui rencana penangkapan meski melihat petugas KPK.",
        "KPK mengklaim tidak mengetahui rencana penangkapan itu.",
        "Aktivis itu pernah ditahan polisi Malaysia karena berunjuk rasa.",
    ],
)
def test_arrest_planned_or_past_is_no_arrest(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert not kinds(found) & {"COERCE", "REJECT"}, found


def test_arrests_still_code_id():
    found = indonesian("Polisi Malaysia menangkap dua nelayan Indonesia di Johor.", pub_date="2017-03-01")
    assert has(found, "COERCE", "MYS", "IDN"), found
    found = indonesian("Dua nelayan Indonesia ditahan oleh polisi Malaysia pada Senin.", pub_date="2017-03-01")
    assert has(found, "COERCE", "MYS", "IDN"), found
    found = indonesian("Seorang pria Indonesia berusia 45 tahun ditahan polisi Malaysia.", pub_date="2017-03-01")
    assert has(found, "COERCE", "MYS"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian army said it had released one of the six people detained in the raid.",
        "Police in Cairo questioned one of the three men detained by Egyptian police.",
    ],
)
def test_people_whose_arrest_was_told_before(text):
    found = english(text, pub_date="2017-03-01")
    assert "COERCE" not in kinds(found), found


def test_arrests_still_code_en():
    found = english("Egyptian police arrested six Indonesian students in Cairo.", pub_date="2017-03-01")
    assert has(found, "COERCE", "EGY", "IDN"), found
    found = english("Six Indonesian students were detained by Egyptian police.", pub_date="2017-03-01")
    assert has(found, "COERCE", "EGY", "IDN"), found


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah Indonesia menangkap peluang investasi dari China.",
        "Presiden Indonesia menangkap aspirasi para demonstran.",
        "Aktivis itu berhasil lolos dari penangkapan oleh polisi Malaysia.",
        "Tersangka itu melarikan diri karena takut ditangkap polisi Filipina.",
        "Banyak warga Myanmar bersembunyi karena khawatir ditangkap militer.",
        "Menurut undang-undang, polisi Indonesia berhak menahan tersangka selama 20 hari.",
    ],
)
def test_chance_escape_fear_or_power_is_no_arrest(text):
    found = indonesian(text, pub_date="2020-03-01")
    assert "COERCE" not in kinds(found), found


def test_authorities_arresting_still_code():
    found = indonesian("Pihak berwenang Mesir menahan lima aktivis di Kairo.", pub_date="2020-03-01")
    assert has(found, "COERCE", "EGY"), found


def test_breaking_a_curfew_is_no_curfew():
    found = indonesian(
        "Polisi Indonesia berwenang untuk menangkap siapa pun yang melanggar jam malam.", pub_date="2020-03-01"
    )
    assert "COERCE" not in kinds(found), found
    found = english("Indian police are empowered to arrest anyone who breaks the curfew.", pub_date="2020-03-01")
    assert "COERCE" not in kinds(found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Thai activist managed to evade arrest by the police.",
        "The protesters fled for fear of being arrested by Thai police.",
        "Many Myanmar citizens went into hiding, fearing arrest by the military.",
        "Indian police are empowered to arrest anyone who breaks the rules.",
        "Thai police have yet to make any arrests.",
        "Indian police said no one had been arrested.",
        "Indian police said nobody was detained in the clash.",
    ],
)
def test_escape_fear_power_or_none_arrested_is_no_arrest(text):
    found = english(text, pub_date="2020-03-01")
    assert "COERCE" not in kinds(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Pelaku itu tertangkap kamera CCTV saat polisi Indonesia tiba.",
    ],
)
def test_caught_on_camera_is_no_arrest_id(text):
    found = indonesian(text, pub_date="2020-03-01")
    assert "COERCE" not in kinds(found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Thai constitution bans military coups.",
        "The Indonesian team captured the gold medal.",
        "Thai soldiers were captured on video kicking a detainee.",
        "Egyptian footage captured the moment the police arrived.",
    ],
)
def test_standing_rule_or_capture_of_no_one(text):
    found = english(text, pub_date="2020-03-01")
    assert "COERCE" not in kinds(found), found
