"""What someone is charged with, suspected or convicted of is no event of its own (session 22): after
a charge cue on a noun or a participle ("on charges of", "suspected of", "for his role in", "atas
tuduhan", "yang diduga", "tersangka kasus", grammar `charge_cues`) the act named is the content of
the arrest, trial or sentence that is coded — not an attack by the accused. An act the text itself
asserts is still coded: before the arrest ("Gunmen attacked …; police later arrested two suspects"),
or as the main clause's verb after the description ("A Palestinian suspected of … was arrested")."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


def charged_act(found, accused: str) -> bool:
    """An ASSAULT or PROTEST coded with `accused` as actor: what the charge says, taken as asserted
    (`accused` is the code the act took without the cue: the accused's, or the scene's)."""
    return any(e in ("ASSAULT", "PROTEST") and accused in a for e, a, _ in found)


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "accused"),
    [
        (
            "A Turkish court sentenced a Syrian man for his role in the bombing of Turkish soldiers.",
            "SANCTION",
            "TUR",
            "SYR",
            "TUR",
        ),
        (
            "A Pakistani court sentenced an Afghan militant for his involvement in the bombing of a church.",
            "SANCTION",
            "PAK",
            "AFG",
            "PAK",
        ),
        (
            "Israeli troops arrested a Palestinian suspected of stabbing an Israeli soldier.",
            "COERCE",
            "ISR",
            "PSE",
            "PSE",
        ),
        (
            "A Russian court jailed a Ukrainian pilot for allegedly directing artillery fire at Russian journalists.",
            "SANCTION",
            "RUS",
            "UKR",
            "UKR",
        ),
    ],
)
def test_english_charge_is_no_act(text, event, actor, recipient, accused):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found
    assert not charged_act(found, accused), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "accused"),
    [
        (
            "Polisi Turki menahan seorang pengungsi Suriah atas dugaan mengebom pasar di Ankara.",
            "COERCE",
            "TUR",
            "SYR",
            "SYR",
        ),
        (
            "Polisi Prancis menahan seorang pria Aljazair yang diduga menyerang tentara Prancis di Nice.",
            "COERCE",
            "FRA",
            "DZA",
            "DZA",
        ),
        (
            "Polisi India menangkap seorang pria Nepal yang dituduh mengebom sebuah kuil di Delhi.",
            "COERCE",
            "IND",
            "NPL",
            "NPL",
        ),
        (
            "Pengadilan Rusia menghukum seorang pemberontak Chechnya yang didakwa menyerang polisi Rusia.",
            "SANCTION",
            "RUS",
            "RUS",
            "RUS",
        ),
        (
            "Arab Saudi mengeksekusi seorang pria Yaman yang dinyatakan bersalah menyerang penjaga perbatasan Saudi.",
            "SANCTION",
            "SAU",
            "YEM",
            "YEM",
        ),
        (
            "Polisi Malaysia menangkap seorang warga Filipina dengan tuduhan menculik wisatawan China.",
            "COERCE",
            "MYS",
            "PHL",
            "PHL",
        ),
        ("Pengadilan Mesir menahan seorang aktivis atas dakwaan menghasut demonstrasi.", "COERCE", "EGY", "EGY", "EGY"),
        (
            "Tentara Israel menangkap seorang warga Palestina yang diduga menikam seorang tentara Israel.",
            "COERCE",
            "ISR",
            "PSE",
            "PSE",
        ),
        (
            "Polisi Turki menahan seorang anggota parlemen Kurdi atas tuduhan mendukung PKK.",
            "COERCE",
            "TUR",
            None,
            "IDN",
        ),
    ],
)
def test_indonesian_charge_is_no_act(text, event, actor, recipient, accused):
    found = indonesian(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found
    assert not charged_act(found, accused) and not any(e == "SUPPORT" for e, _, _ in found), found


def test_killing_a_suspect_is_kept_but_not_his_alleged_stabbing():
    found = english("Israeli troops shot dead a Palestinian suspected of stabbing a soldier.", pub_date="2015-06-10")
    assert has(found, "ASSAULT", "ISR", "PSE"), found
    assert not charged_act(found, "PSE"), found
    found = indonesian(
        "Tentara Israel menembak mati seorang warga Palestina yang diduga menikam tentara.", pub_date="2015-06-10"
    )
    assert has(found, "ASSAULT", "ISR", "PSE"), found
    assert not charged_act(found, "PSE"), found


def test_main_verb_after_the_description_is_kept():
    """The arrest after the description is the sentence's event; the stabbing stays a suspicion."""
    found = english(
        "A Palestinian suspected of stabbing an Israeli soldier was arrested by Israeli police.", pub_date="2015-06-10"
    )
    assert has(found, "COERCE", "ISR"), found
    assert not charged_act(found, "PSE"), found
    found = indonesian(
        "Seorang warga Palestina yang diduga menikam tentara Israel ditangkap polisi Israel.", pub_date="2015-06-10"
    )
    assert has(found, "COERCE", "ISR", "PSE"), found
    assert not charged_act(found, "PSE"), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # an attack the text asserts, then an arrest of suspects: both are events
        (
            "en",
            "Gunmen attacked a Shiite mosque in Pakistan on Friday; Pakistani police later arrested two suspects.",
            "ASSAULT",
            "PAK",
            "PAK",
        ),
        (
            "id",
            "Kelompok bersenjata menyerang masjid Syiah di Pakistan pada Jumat; "
            "polisi Pakistan kemudian menangkap dua tersangka.",
            "ASSAULT",
            "PAK",
            "PAK",
        ),
        ("en", "Pakistani police arrested two men after gunmen attacked a Shiite mosque.", "ASSAULT", "PAK", "PAK"),
        (
            "id",
            "Polisi Pakistan menangkap dua pria setelah kelompok bersenjata menyerang masjid Syiah.",
            "ASSAULT",
            "PAK",
            "PAK",
        ),
        # "yang diduga militan" names who was killed, not a charge: the arrest after "dan" is an event
        (
            "id",
            "Tentara Pakistan menewaskan tiga orang yang diduga militan dan menangkap dua lainnya di Waziristan.",
            "COERCE",
            "PAK",
            None,
        ),
        (
            "en",
            "Pakistani troops killed three suspected militants and arrested two others in Waziristan.",
            "COERCE",
            "PAK",
            None,
        ),
        # a plea of guilt tells the act: "pleaded guilty", "mengaku bersalah"
        ("id", "Seorang prajurit AS mengaku bersalah membunuh tiga tahanan di Irak.", "ASSAULT", "USA", "IRQ"),
        # a main-clause hedge is no charge: coded, marked hedged
        ("id", "Iran diduga memasok drone kepada Rusia.", "AID", "IRN", "RUS"),
        # the subject named after a noun charge does what the main verb says
        (
            "id",
            "Tersangka kasus korupsi Bupati Bogor mengajukan gugatan praperadilan terhadap KPK.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
    ],
)
def test_asserted_acts_are_kept(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found
