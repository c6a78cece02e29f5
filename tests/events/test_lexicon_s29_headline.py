"""Headlines and leads (session 29, headline; en/ and id/triggers/s29_headline.yaml, the datelines and
history rubrics in the grammars, actors/match.py and events/modality.py): a wire's slug tag before the
headline ("UPDATE 3-", "EXCLUSIVE-"), a body's three capitals before a colon as the speaker, not a
dateline ("BIN: …"), a capitalised word after a bare body opening a headline as its verb ("Hamas
Tembakkan …"), "pounds" after a state as the verb, a capital that is also a word counting a noun
("Lima Kapal"), history rubrics ("On This Day:", "Sejarah Hari Ini:"), "fail to", "held off on",
and entries for a headline's bare "Sanctions", pounding a city, vowing punishment, blocking X, targeting
a hospital and giving a state more craft — with near misses for each."""

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
        ("UPDATE 3-Japan Lodges Protest With China Over Survey Ship in EEZ", "ACCUSE", "JPN", "CHN", "2024-07-10"),
        ("EXCLUSIVE-Vietnam Detains Prominent Blogger Over Facebook Posts", "COERCE", "VNM", None, "2024-05-30"),
        ("UK Sanctions Six Iranian Officials Over Plot Against Journalists", "SANCTION", "GBR", "IRN", "2024-01-29"),
        ("Israel Pounds Beirut's Southern Suburbs After Hezbollah Rocket Fire", "ASSAULT", "ISR", "LBN", "2024-09-28"),
        ("Russian artillery pounded the city of Kharkiv on Tuesday, the regional governor said.",
         "ASSAULT", "RUS", None, "2024-05-14"),
        ("Hezbollah vowed retribution for Israel after the killing of its commander in Beirut.",
         "THREATEN", "LBN", "ISR", "2024-07-31"),
        ("Turkey blocked access to X for several hours after the earthquake, monitors said.",
         "COERCE", "TUR", None, "2023-02-09"),
        ("Israeli jets targeted a school sheltering displaced families in Gaza City on Saturday.",
         "ASSAULT", "ISR", None, "2024-08-10"),
        ("The United States gave Taiwan more Black Hawk helicopters last year.", "AID", "USA", "TWN", "2024-03-10"),
    ],
)
def test_english_headline_forms(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Hamas Tembakkan Puluhan Roket ke Tel Aviv", "ASSAULT", "PSE", "ISR", "2023-10-07"),
        ("Hizbullah Luncurkan Drone ke Pangkalan Israel", "ASSAULT", "LBN", "ISR", "2024-08-25"),
        ("Korsel Serahkan Lima Kapal Patroli kepada Filipina", "AID", "KOR", "PHL", "2024-06-14"),
    ],
)
def test_indonesian_headline_forms(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "On This Day: Soviet Troops Invade Afghanistan, 1979", "ASSAULT"),
        ("en", "Today in History: US Drops Atomic Bomb on Hiroshima", "ASSAULT"),
        ("en", "Britain Holds Off on Sanctions Against Israeli Ministers", "SANCTION"),
        ("en", "China, Japan Fail to Agree on Seafood Import Deal", "AGREE"),
        ("en", "The fine came to 500 Egyptian pounds, the court said.", "ASSAULT"),
        ("en", "Prices of gold pound higher as dollar weakens", "ASSAULT"),
        ("en", "The ministry gave assurances that it would give the region more time.", "AID"),
        ("id", "Sejarah Hari Ini: Jepang Bombardir Pearl Harbor", "ASSAULT"),
        ("id", "Hari Ini dalam Sejarah: Belanda Lancarkan Agresi Militer II", "ASSAULT"),
        ("id", "Pembeli Serbu Promo Ponsel di Akhir Tahun", "ASSAULT"),
    ],
)
def test_headline_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-06-10")
    assert all(e != event for e, _, _ in found), found


def test_a_body_before_a_colon_speaks_and_a_city_is_a_dateline():
    assert has(indonesian("BIN: Israel Langgar Hukum Internasional di Gaza", pub_date="2024-05-20"),
               "ACCUSE", "IDN", "ISR")
    assert has(english("NEW DELHI: India summoned the Canadian envoy on Monday.", pub_date="2024-10-15"),
               "ACCUSE", "IND", "CAN")
    assert has(indonesian("Presiden Prabowo tiba di Lima untuk menghadiri KTT APEC.", pub_date="2024-11-15"),
               "CONSULT", "IDN", "PER")
