"""Actor codes that came out wrong (session 25, actors3): a source cited with "according to"/"menurut"
is neither the doer nor the target of what it reports; an envoy "to the UN"/"untuk PBB" who speaks is
the sending state, not the post; a stop name ("BBM", fuel) beats a person's alias of the same length."""

from __future__ import annotations

from functools import partial

import pytest

import warta
from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


def codes(found) -> set[str]:
    return {c for _, a, r in found for c in a + r}


@pytest.mark.parametrize(
    "text",
    [
        "Milisi Janjaweed, menurut PBB, telah membunuh ratusan warga desa.",
        "Milisi Janjaweed, menurut laporan Amnesty International, membunuh puluhan petani.",
        "Menurut perkiraan PBB, milisi Janjaweed sudah membunuh ribuan orang di Darfur.",
        "Berdasarkan data PBB, milisi Janjaweed menyerang tiga desa pekan lalu.",
    ],
)
def test_indonesian_source_is_no_party(text):
    found = indonesian(text, pub_date="2008-05-10")
    assert has(found, "ASSAULT", "SDN"), found
    assert not ({"UNO", "NGO"} & codes(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "According to the UN, the Janjaweed militia attacked three villages last week.",
        "The Janjaweed militia, according to the UN, attacked three villages last week.",
        "The Janjaweed militia, according to a report by Amnesty International, attacked three villages.",
    ],
)
def test_english_source_is_no_party(text):
    found = english(text, pub_date="2008-05-10")
    assert has(found, "ASSAULT", "SDN"), found
    assert not ({"UNO", "NGO"} & codes(found)), found


def test_the_un_acting_is_still_coded():
    """Near miss: the UN named as the doer, with no "according to", stays the actor."""
    assert has(indonesian("PBB mengecam serangan milisi terhadap kamp pengungsi.", "2008-05-10"), "ACCUSE", "UNO")
    assert has(english("The UN condemned the militia attack on the refugee camp.", "2008-05-10"), "ACCUSE", "UNO")


@pytest.mark.parametrize(
    ("text", "lang", "actor", "recipient"),
    [
        ("Duta Besar AS untuk PBB mengatakan Rusia harus menarik pasukannya dari Suriah.", "id", "USA", "RUS"),
        ("Dubes Prancis untuk PBB mengatakan Israel harus menarik pasukannya dari Lebanon.", "id", "FRA", "ISR"),
        ("The US ambassador to the UN said Russia must withdraw its troops from Syria.", "en", "USA", "RUS"),
        ("Britain's envoy to the United Nations said Israel must pull its troops out of Lebanon.", "en", "GBR", "ISR"),
    ],
)
def test_envoy_speaks_for_the_sending_state(text, lang, actor, recipient):
    found = coded_in(lang, text, pub_date="2017-03-01")
    assert has(found, "REQUEST", actor, recipient), found
    assert not any("UNO" in a for _, a, _ in found), found


def test_body_speaking_about_a_post_is_still_itself():
    """Near miss: the UN itself speaking stays the UN."""
    found = english("The UN said Russia must withdraw its troops from Syria.", pub_date="2017-03-01")
    assert has(found, "REQUEST", "UNO", "RUS"), found


@pytest.mark.parametrize(
    "text",
    [
        "Pertamina mendorong agar warga membeli BBM di SPBU resmi.",
        "Pemerintah meminta agar masyarakat menghemat BBM selama musim mudik.",
    ],
)
def test_fuel_is_no_philippine_president(text):
    found = indonesian(text, pub_date="2023-05-10")
    assert "PHL" not in codes(found), found


def test_marcos_by_name_is_still_coded():
    """Near miss: Marcos Jr. named in full is still the Philippine president."""
    found = indonesian("Ferdinand Marcos Jr. mengecam China atas insiden di Laut China Selatan.", pub_date="2023-05-10")
    assert has(found, "ACCUSE", "PHL", "CHN"), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wakil Duta Besar Korut untuk PBB Kim Sung-ho menegaskan negaranya tidak takut akan sanksi baru.", "id"),
        ("North Korea's deputy envoy to the UN Kim Sung-ho said his country rejected the new sanctions.", "en"),
    ],
)
def test_envoy_named_after_the_post_is_of_the_sending_state(text, lang):
    found = coded_in(lang, text, pub_date="2017-03-01")
    assert has(found, "REJECT", "PRK"), found
    assert not any("UNO" in a for _, a, _ in found), found


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Air India accused the pilots' union of sabotage.", "en", "IND"),
        ("Bank of China froze the accounts of the North Korean trading firm.", "en", "CHN"),
        ("Maskapai Malaysia Airlines menuduh serikat pilot melakukan sabotase.", "id", "MYS"),
    ],
)
def test_company_named_after_a_state_is_business(text, lang, actor):
    """A company whose name holds a state's name acts as that state's business, not its government."""
    sectors = [(a.code, a.sector) for e in warta.code(text, lang=lang, pub_date="2017-03-01") for a in e.actor]
    assert (actor, "BUS") in sectors, sectors
    assert (actor, "") not in sectors, sectors
