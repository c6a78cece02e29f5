"""Cooperative events (session 16 construction grid): holes found by crossing the common wire
phrasings of AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE and RETREAT with past, perfect,
headline, title, reported-speech, nominal, coordinated and future constructions, in English and
Indonesian (en/triggers_s16_grid_coop.yaml, id/triggers_s16_grid_coop.yaml) — and words like them
that are no such event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


def has(found, event: str, actor: str, recipient: str | None) -> bool:
    return any(
        e == event and actor in a and (recipient is None or recipient in r or actor in r and recipient in a)
        for e, a, r in found
    )


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # nominal intent to cooperate
        ("Australia's agreement to cooperate with Fiji on energy was welcomed.", "AGREE", "AUS", "FJI"),
        ("Japan's readiness to help Indonesia was noted in Jakarta.", "AGREE", "JPN", "IDN"),
        # a leader received, a visitor landing for talks (base form after "will")
        ("Saudi Arabia will receive Egypt's foreign minister next week.", "AGREE", "EGY", "SAU"),
        ("The Indian prime minister landed in Colombo on Monday for a two-day visit.", "CONSULT", "IND", "LKA"),
        # headline present, recognition
        ("Germany hails Poland's decision to join the accord", "SUPPORT", "DEU", "POL"),
        ("Saudi Arabia thanks Egypt for its support", "SUPPORT", "SAU", "EGY"),
        ("India said on Wednesday it had recognized Sri Lanka's new government.", "SUPPORT", "IND", "LKA"),
        ("Germany's recognition of Poland's new government drew little attention.", "SUPPORT", "DEU", "POL"),
        # things made together
        ("Turkey has developed a fighter jet jointly with Pakistan.", "COOPERATE", "TUR", "PAK"),
        # concessions that read as something else
        ("The United States on Monday backed down in its dispute with Canada.", "CONCEDE", "USA", "CAN"),
        ("Japan expressed regret to South Korea over the incident.", "CONCEDE", "JPN", "KOR"),
        ("China has softened its stance toward Australia.", "CONCEDE", "CHN", "AUS"),
        # a state leaving a country; seized goods handed back
        ("The United States withdrew from Afghanistan in 2021.", "RETREAT", "USA", "AFG"),
        ("Russia will withdraw from Kherson next week.", "CONCEDE", "RUS", None),
        ("Iran on Friday returned seized vessels to the United Arab Emirates.", "RETREAT", "IRN", "ARE"),
    ],
)
def test_english_grid(text, event, actor, recipient):
    found = english(text, pub_date="2023-05-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # headline roots
        ("Turki Janji Dukung Azerbaijan", "AGREE", "TUR", "AZE"),
        ("Arab Saudi Siap Pasok Minyak ke Pakistan", "AGREE", "SAU", "PAK"),
        ("Arab Saudi Tegaskan Dukungan untuk Mesir", "SUPPORT", "SAU", "EGY"),
        # recognition as a noun
        ("Pengakuan Australia terhadap pemerintahan baru Fiji tidak banyak diperhatikan.", "SUPPORT", "AUS", "FJI"),
        # made together
        ("Jerman pada Jumat mengembangkan jet tempur bersama Prancis.", "COOPERATE", "DEU", "FRA"),
        ("Turki Bangun Jalur Kereta Api Bersama Irak", "COOPERATE", "TUR", "IRQ"),
        # aid handed over to someone
        ("Pemerintah Jepang pada Senin menyerahkan bantuan kepada Filipina.", "AID", "JPN", "PHL"),
        # regret said to someone is an apology
        ("Jepang menyatakan penyesalan kepada Korea Selatan atas insiden itu.", "CONCEDE", "JPN", "KOR"),
        # withdrawing from a country; seized goods returned
        ("Amerika Serikat telah menarik diri dari Afghanistan.", "RETREAT", "USA", "AFG"),
        ("India Tarik Diri dari Maladewa", "RETREAT", "IND", "MDV"),
        ("Malaysia mengembalikan kapal-kapal sitaan kepada Indonesia.", "RETREAT", "MYS", "IDN"),
    ],
)
def test_indonesian_grid(text, event, actor, recipient):
    found = indonesian(text, pub_date="2023-05-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "The new minister hails from Kerala.",
        "Exports rose sharply thanks to strong demand from China.",
        "India withdrew from the tournament after the first match.",
        "India did not ease restrictions on imports from Sri Lanka.",
    ],
)
def test_english_not_events(text):
    assert english(text, pub_date="2023-05-10") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tim Jepang menarik diri dari turnamen itu karena cedera.",
        "Presiden membangun rumah bersama warga desa.",
    ],
)
def test_indonesian_not_events(text):
    assert indonesian(text, pub_date="2023-05-10") == []


def test_regret_without_addressee_stays_disapproval():
    found = english("Japan expressed regret over South Korea's decision.", pub_date="2023-05-10")
    assert not has(found, "CONCEDE", "JPN", None), found


def test_treaty_withdrawn_from_is_no_retreat():
    found = indonesian("Amerika Serikat menarik diri dari perjanjian nuklir itu.", pub_date="2023-05-10")
    assert not has(found, "RETREAT", "USA", None), found
