"""The lead's eighteenth pass: a civil-society body the actor lists do not name ("the National
Association of Retired Teachers", "Asosiasi Pemilik Kedai Kopi") is still an actor, of the story's
country, by its head noun."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "state"),
    [
        ("en", "MANILA: The National Association of Retired Teachers sued the government on Monday.", "ACCUSE", "PHL"),
        ("en", "OTTAWA: The federation urged the government to lift the ban.", "REQUEST", "CAN"),
        ("id", "JAKARTA - Asosiasi Pemilik Kedai Kopi menggugat pemerintah ke pengadilan.", "ACCUSE", "IDN"),
        ("id", "JAKARTA - Yayasan itu mendesak pemerintah mencabut larangan tersebut.", "REQUEST", "IDN"),
    ],
)
def test_an_unlisted_association_takes_the_story_country(lang, text, event, state):
    found = coded_in(lang, text, "2016-05-10")
    assert has(found, event, state, state), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Ardit Kola, a 30-year-old Albanian, was arrested in Germany on Monday.", "COERCE", "DEU", "ALB"),
        ("en", "Maria Santos, a Brazilian lawyer, condemned the Venezuelan government.", "ACCUSE", "BRA", "VEN"),
    ],
)
def test_a_stranger_described_in_an_aside_is_of_the_state_the_aside_names(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2014-05-05")
    assert has(found, event, actor, recipient), found


def test_a_passive_verb_looks_past_the_aside_to_the_head_it_describes():
    # "Japan, America's closest ally, was criticised …": the aside describes Japan; Japan is criticised
    found = english("Japan, America's closest ally, was criticised by China.", "2014-05-05")
    assert has(found, "ACCUSE", "CHN", "JPN") and not has(found, "ACCUSE", "CHN", "USA"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Namun, malam itu tidak terjadi serangan di kota tersebut, kata seorang jurubicara pemerintah Irak."),
        ("en", "But there were no attacks on the city overnight, an Iraqi government spokesman said."),
    ],
)
def test_a_report_that_no_attack_took_place_is_no_denial(lang, text):
    assert not coded_in(lang, text, "2007-06-01"), coded_in(lang, text, "2007-06-01")


def test_a_denial_of_an_act_still_stands():
    # the speaker denies that its side acted: a denial (REJECT), no attack
    found = english("The army did not attack the village, an Iraqi government spokesman said.", "2007-06-01")
    assert has(found, "REJECT", "IRQ") and not has(found, "ASSAULT", "IRQ"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Coca growers clashed with police in the streets of Cochabamba on Thursday."),
        ("id", "Para petani koka bentrok dengan polisi di jalan-jalan Cochabamba, Kamis."),
    ],
)
def test_the_streets_of_a_city_set_the_scene_in_its_state(lang, text):
    # the clash's unnamed parties are Bolivia's: "the streets of" is no barrier to the place
    found = coded_in(lang, text, "2007-06-01")
    assert has(found, "PROTEST", "BOL", "BOL"), found


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman for Kenya accused the gang of the killings.",
        "Officials for the Kenyan government accused the gang.",
    ],
)
def test_a_spokesman_for_a_state_speaks_for_it(text):
    assert has(english(text, "2007-06-01"), "ACCUSE", "KEN"), english(text, "2007-06-01")


def test_troops_for_a_country_are_sent_to_it():
    found = english(
        "The African Union created a peacekeeping force of 1,500 South African troops for Burundi.", "2007-06-01"
    )
    assert has(found, "AID", "IGO", "BDI") and not has(found, "AID", "IGO", "ZAF"), found


def test_five_opening_a_sentence_before_a_noun_is_a_count_not_peru():
    # "Lima dari korban itu …" (five of the victims): no Peru, so the scene stays at home
    text = "Lima dari korban itu adalah anggota pasukan keamanan yang kemudian menyerang para demonstran."
    found = indonesian(text, "2007-06-01")
    assert has(found, "ASSAULT", "IDN") and not any("PER" in a + r for _, a, r in found), found


def test_a_suspect_named_by_the_initials_as_is_no_american():
    found = indonesian("Polisi menangkap seorang pria berinisial AS di Bekasi, Senin.", "2017-06-01")
    assert has(found, "COERCE", "IDN") and not any("USA" in r for _, _, r in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The former French colony closed its border with Liberia on Monday."),
        ("id", "Negara bekas jajahan Perancis itu menutup perbatasannya dengan Liberia, Senin."),
    ],
)
def test_a_former_colony_is_not_its_old_ruler(lang, text):
    found = coded_in(lang, text, "2007-06-01")
    assert not any("FRA" in a for _, a, _ in found), found


def test_the_north_and_the_south_are_the_two_koreas_in_a_korean_story():
    text = (
        "North Korea and South Korea opened talks in Seoul on Tuesday.\n"
        "The South suspended its rice aid after the North's missile tests last year."
    )
    found = english(text, "2007-06-01")
    assert has(found, "SANCTION", "KOR", "PRK"), found


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese troops clashed with rebels on Monday.\nThe South accused the army of burning villages.",
        "Brazil hosted the summit.\nThe South American country accused Venezuela of meddling.",
    ],
)
def test_the_south_is_no_korea_where_no_korea_was_named(text):
    found = english(text, "2007-06-01")
    assert not any("KOR" in a + r for _, a, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Iran, however, rejected the European proposal.",
        "Iran however rejected the European proposal.",
    ],
)
def test_an_adverb_between_subject_and_verb_keeps_the_subject(text):
    found = english(text, "2007-06-01")
    assert has(found, "REJECT", "IRN"), found


def test_a_pledge_to_make_no_more_deals_is_a_refusal():
    found = english("Karzai pledged to make no more hostage deals with the Taliban.", "2007-06-01")
    assert has(found, "REJECT", "AFG") and not has(found, "AGREE", "AFG"), found


def test_brazil_in_its_indonesian_spellings():
    found = indonesian("Pemerintah Brazilia mengecam serangan terhadap kedutaannya di Caracas.", "2007-06-01")
    assert has(found, "ACCUSE", "BRA"), found


def test_a_passive_agent_at_the_end_of_a_merged_trigger_is_the_actor():
    # "ditembak hingga tewas oleh …": "tewas oleh" folds into "ditembak"; its "oleh" still marks the doer
    found = indonesian("Sebanyak 34 pemrotes ditembak hingga tewas oleh pasukan keamanan Guinea.", "2007-06-01")
    assert has(found, "ASSAULT", "GIN"), found


def test_a_not_inside_a_condition_refuses_nothing():
    # "if Tehran does not meet the demand": no refusal yet; the threat stands
    text = "Dewan Keamanan akan menjatuhkan sanksi baru jika Teheran tak memenuhi permintaan itu."
    found = indonesian(text, "2007-06-01")
    assert has(found, "THREATEN", "UNO", "IRN") and not has(found, "REJECT", "IRN"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The actor was arrested on Saturday at his home in Malibu, California."),
        ("id", "Aktor itu ditangkap Sabtu pagi di rumahnya di Malibu, California."),
    ],
)
def test_a_town_no_list_knows_is_set_in_the_region_after_its_comma(lang, text):
    # the arrest is the scene's police's: California's, so the United States'
    found = coded_in(lang, text, "2007-06-01")
    assert has(found, "COERCE", "USA"), found


def test_a_body_named_before_sets_no_scene():
    # "according to Amnesty International": the opposition after it is no NGO's
    text = (
        "Five activists were jailed last year, according to Amnesty International.\n"
        "Opposition leaders rejected the plan."
    )
    found = english(text, "2007-06-01")
    assert not any("NGO" in a for e, a, _ in found if e == "REJECT"), found


def test_a_proviso_is_a_condition():
    # "asalkan" (provided that): what follows has not happened
    found = indonesian("Mahfud siap hadir, asalkan dia menerima undangan resmi dari DPR.", "2017-06-01")
    assert not has(found, "AGREE", "IDN"), found


def test_a_currency_sets_no_scene():
    # "500 ribu dolar AS": a sum in US dollars puts the prosecutor in no American court
    found = indonesian("Jaksa menuntut terdakwa yang menerima suap 500 ribu dolar AS dari pengusaha itu.", "2017-06-01")
    assert not any("USA" in a for _, a, _ in found), found


def test_a_quake_that_shook_a_country_and_killed_is_no_attack_by_the_country():
    # "mengguncang Jepang, menewaskan …": Japan is what the quake shook, not who killed
    found = indonesian("Gempa bumi mengguncang Jepang, menewaskan sedikitnya 14 orang.", "2007-06-01")
    assert not has(found, "ASSAULT", "JPN"), found


def test_a_vow_to_wage_war_on_drugs_is_no_threat():
    found = english("The president vowed to continue the war on drugs in the Philippines.", "2017-06-01")
    assert not any(e == "THREATEN" for e, _, _ in found), found
