"""The lead's seventeenth pass: insisting that another must act is a demand (Indonesian "bersikukuh
bahwa … harus", as English "insisted that … must"), a short aside in brackets does not break a
pattern's gap ("the African Union (AU) must …"), and a treaty named after a city names no state."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Egypt insisted that the African Union (AU) must lead the peace mission.", "EGY", "IGO"),
    ],
)
def test_insisting_another_must_act_is_a_demand_in_english(text, actor, recipient):
    found = english(text, pub_date="2016-05-10")
    assert has(found, "REQUEST", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Jepang bersikukuh bahwa Korea Utara harus menghentikan uji coba rudal.", "JPN", "PRK"),
        ("Menlu Retno Marsudi bersikeras bahwa Myanmar mesti membuka akses bagi bantuan.", "IDN", "MMR"),
    ],
)
def test_insisting_another_must_act_is_a_demand_in_indonesian(text, actor, recipient):
    found = indonesian(text, pub_date="2017-09-10")
    assert has(found, "REQUEST", actor, recipient), found


def test_insisting_on_ones_own_view_is_no_demand():
    assert not any(e == "REQUEST" for e, _, _ in indonesian("Jepang bersikukuh bahwa klaimnya benar.", "2017-09-10"))
    assert not any(e == "REQUEST" for e, _, _ in english("Japan insisted that its claim was right.", "2017-09-10"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Islamabad menolak tuduhan itu dan merujuk pada Konvensi Wina."),
        ("en", "Islamabad rejected the charge and cited the Vienna Convention."),
        ("en", "Moscow rejected the charge, citing the Minsk agreements."),
    ],
)
def test_a_treaty_named_after_a_city_names_no_state(lang, text):
    found = coded_in(lang, text, "2017-05-10")
    assert has(found, "REJECT", "PAK" if "Islamabad" in text else "RUS", "-"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Will Russia attack Ukraine?"),
        ("en", "Can the coalition force Gaddafi to step down?"),
        ("en", "Did China really threaten Taiwan?”"),
        ("id", "Bisakah Jepang menghentikan serangan Korea Utara?"),
        ("id", "Akankah Rusia menyerang Ukraina?"),
    ],
)
def test_a_yes_no_question_asserts_no_event(lang, text):
    assert coded_in(lang, text, "2022-01-10") == []


def test_a_question_about_an_act_that_happened_keeps_it():
    # "Why did …?" asks about an attack that took place
    assert has(english("Why did Israel attack Gaza?", "2022-01-10"), "ASSAULT", "ISR", "PSE")


def test_a_region_named_as_an_adjective_is_no_state():
    # "South American" holds the demonym "American": the country is Bolivia, the expelled envoy the USA's
    found = english("Bolivia, the South American country, expelled the US ambassador.", "2008-09-12")
    assert has(found, "SANCTION", "BOL", "USA"), found
    found = english("The Latin American bloc condemned the coup.", "2009-06-30")
    assert not any(a == ["USA"] for _, a, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "done", "aim"),
    [
        ("id", "TNI mengerahkan pasukan ke Papua untuk menyerang kelompok bersenjata.", "MOBILIZE", "ASSAULT"),
        ("en", "Russia sent troops to Syria to fight the rebels.", "MOBILIZE", "ASSAULT"),
        ("id", "Polisi menangkap 20 orang untuk membubarkan massa di Monas.", "COERCE", "ASSAULT"),
    ],
)
def test_the_aim_of_a_deed_is_not_a_second_deed(lang, text, done, aim):
    found = coded_in(lang, text, "2012-01-10")
    assert [e for e, _, _ in found] == [done], found


def test_a_noun_after_to_is_no_aim():
    # "led to protests": the protests happened
    found = english("Egypt's crackdown on the press led to protests by journalists in Cairo.", "2013-07-10")
    assert any(e == "PROTEST" for e, _, _ in found), found


def test_initials_after_a_name_are_no_state():
    # "Suyudi AS": a police chief's initials, not the United States
    found = indonesian("Kapolres Kombes Pol Suyudi AS memerintahkan massa membubarkan diri.", "2017-05-01")
    assert found and not any("USA" in a + r for _, a, r in found), found
    # a state's abbreviation after a title stays the state: "Wakil Presiden AS Mike Pence"
    found = indonesian("Wakil Presiden AS Mike Pence mengecam Korea Utara.", "2017-05-01")
    assert has(found, "ACCUSE", "USA", "PRK"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Retno mengatakan hal itu usai bertemu dengan Menlu Australia Julie Bishop di Jakarta."),
        ("id", "Retno mengatakan hal itu seusai bertemu dengan Menlu Australia Julie Bishop di Jakarta."),
        ("en", "Retno spoke to reporters after meeting Australian Foreign Minister Julie Bishop in Jakarta."),
    ],
)
def test_a_verb_after_after_shares_the_sentences_subject(lang, text):
    found = coded_in(lang, text, "2017-05-01")
    assert has(found, "CONSULT", "IDN", "AUS"), found


def test_a_clause_after_when_keeps_its_own_subject():
    # "when bombs exploded": the soldiers did not bomb anyone
    found = english("Four Pakistani soldiers were injured when bombs exploded near their vehicles.", "2007-03-20")
    assert not any(e == "ASSAULT" and a == ["PAK"] and r == ["PAK"] for e, a, r in found), found


def test_what_one_is_accused_of_allowing_or_meeting_is_no_event():
    found = indonesian("Pejabat AS menuduh Suriah mengizinkan pejuang asing menyeberang ke Irak.", "2007-03-20")
    assert [e for e, _, _ in found] == ["ACCUSE"], found


def test_a_meeting_does_not_swallow_the_arrest_of_those_who_attended_it():
    found = indonesian("Aktivis yang menghadiri rapat itu ditangkap oleh polisi Rusia.", "2007-03-20")
    assert any(e == "COERCE" and a == ["RUS"] for e, a, _ in found), found


def test_her_country_after_a_verb_of_saying_is_the_speakers():
    found = indonesian("Menlu Retno mengatakan negaranya akan mengirim bantuan ke Myanmar.", "2017-09-10")
    assert any(a == ["IDN"] and r == ["MMR"] for _, a, r in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "KARACHI: The growers have urged the government to fix a higher price.", "REQUEST"),
        ("id", "Ratusan petambak berunjuk rasa di depan kantor bupati Sidoarjo.", "PROTEST"),
    ],
)
def test_growers_and_fish_farmers_are_civilians(lang, text, event):
    found = coded_in(lang, text, "2017-11-10")
    assert any(e == event and a for e, a, _ in found), found


def test_five_opening_a_sentence_is_no_peru_and_leaves_the_party_after_it():
    found = indonesian("Lima anggota parlemen Ekuador mengecam presiden Rafael Correa.", "2007-03-10")
    assert has(found, "ACCUSE", "ECU", "ECU"), found
    # in English "Lima" is the city: its police are Peru's
    assert has(english("Lima police arrested two men.", "2007-03-10"), "COERCE", "PER")


def test_a_negation_covers_both_verbs_joined_by_or():
    found = indonesian("Ia mengaku tidak pernah merasa ditekan atau diancam oleh polisi.", "2017-06-01")
    assert not any(e == "THREATEN" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Pansus meyakini KPK akan memenuhi permintaan itu."),
        ("en", "It is widely believed Wen will make a trip to Japan next month."),
    ],
)
def test_another_partys_future_that_someone_believes_in_is_no_promise(lang, text):
    assert not any(e == "AGREE" for e, _, _ in coded_in(lang, text, "2007-03-10"))
