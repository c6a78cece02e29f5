"""Wordings found where English and Indonesian parallel text disagreed (session 25, pud_gap): one
language read an event the other missed, or coded a sense that is no event. Sentences are written
for this test, in both languages."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, has_event

en = partial(coded_in, "en", pub_date="2016-03-01")
idn = partial(coded_in, "id", pub_date="2016-03-01")


def types(found):
    return {e for e, _, _ in found}


# --- English: wordings the Indonesian side already read ---------------------------------------


def test_cautioned_not_to_is_a_demand():
    assert has_event(en("Egypt cautioned Israel not to expand the settlements."), "REQUEST", "EGY", "ISR")
    assert has_event(en("Jordan cautions Israel not to close the mosque."), "REQUEST", "JOR", "ISR")


def test_troops_crossing_a_border_mobilise_refugees_do_not():
    assert has_event(en("Turkish troops crossed the border into Syria on Sunday."), "MOBILIZE", "TUR", "SYR")
    assert "MOBILIZE" not in types(en("Thousands of refugees crossed the border into Turkey on Sunday."))


def test_an_army_marching_into_a_land_is_no_street_march():
    found = en("The Russian army marched deep into Ukraine.")
    assert has_event(found, "MOBILIZE", "RUS", "UKR")
    assert "PROTEST" not in types(found)


def test_a_population_expelled_is_coercion_not_a_diplomatic_sanction():
    found = en("In 1492 Spain expelled its Jewish population.")
    assert has_event(found, "COERCE", "ESP")
    assert "SANCTION" not in types(found)


def test_an_appeal_thrown_out_by_a_court_is_a_rejection():
    found = en("The opposition's appeal was thrown out by Thailand's Constitutional Court.")
    assert has_event(found, "REJECT", "THA")


def test_ceding_territory_is_a_retreat():
    assert has_event(en("In 1898 Spain ceded the territory to the United States."), "RETREAT", "ESP", "USA")
    assert has_event(en("Russia ceded the province to Japan after the war."), "RETREAT", "RUS", "JPN")


# --- English: senses that are no event ----------------------------------------------------------


def test_winning_the_senate_is_no_capture():
    assert "COERCE" not in types(en("The Republicans captured the Senate in the 2014 election."))
    assert "COERCE" not in types(en("The Democrats captured a majority in the House of Representatives."))


def test_shooting_goals_is_no_shooting():
    assert "ASSAULT" not in types(en("Messi shot two goals against Brazil."))
    assert "ASSAULT" not in types(en("The German striker has shot a record number of goals."))
    assert has_event(en("Egyptian police shot two protesters in Cairo."), "ASSAULT", "EGY")


def test_an_invasion_plan_is_no_invasion():
    assert "ASSAULT" not in types(en("The storm forced France to give up its invasion plan for Britain."))
    assert has_event(en("Russia invaded Ukraine in February."), "ASSAULT", "RUS", "UKR")


def test_one_expert_warning_is_no_threat():
    assert not en("One Russian energy expert warned the European Union that oil prices could rise.")
    assert "THREATEN" not in types(en("Some experts warned that China's growth could slow."))
    assert has_event(en("Iran warned Israel that it would retaliate."), "THREATEN", "IRN", "ISR")


# --- Indonesian: wordings the English side already read -----------------------------------------


def test_relieved_of_command_is_a_dismissal():
    found = idn("Panglima TNI membebastugaskan komandan batalion itu.")
    assert has_event(found, "COERCE", "IDN")


def test_accepting_a_deals_terms_is_agreement():
    found = idn("Myanmar menyetujui syarat-syarat yang diajukan ASEAN.")
    assert has_event(found, "AGREE", "MMR")
    assert "SUPPORT" not in types(found)
    found = idn("Israel tidak menyetujui persyaratan yang diajukan Mesir.")
    assert "AGREE" not in types(found)


def test_a_step_in_the_right_direction_is_praise():
    text = "Menteri Luar Negeri Jepang mengatakan keputusan Korea Selatan itu adalah langkah ke arah yang benar."
    assert has_event(idn(text), "SUPPORT", "JPN", "KOR")


# --- Indonesian: senses that are no event -------------------------------------------------------


def test_mendemonstrasikan_is_to_show_not_to_protest():
    assert "PROTEST" not in types(idn("Pemerintah Rusia mendemonstrasikan rudal barunya di Moskow."))
    assert "PROTEST" in types(idn("Ribuan mahasiswa berdemonstrasi di depan istana menentang pemerintah."))


def test_mengundang_a_feeling_is_no_invitation():
    assert "AGREE" not in types(idn("Keputusan Jokowi itu mengundang rasa ingin tahu warga."))
    assert "AGREE" not in types(idn("Pidato Presiden Jokowi mengundang decak kagum para tamu."))
    assert has_event(idn("Presiden Jokowi mengundang Perdana Menteri Malaysia ke Jakarta."), "AGREE", "IDN", "MYS")


def test_abolishing_a_penalty_is_no_sentence():
    assert "SANCTION" not in types(idn("Paus Fransiskus menghapus hukuman mati dari hukum Vatikan."))
    assert "SANCTION" not in types(idn("Filipina menghapuskan hukuman mati pada tahun 2006."))


def test_menyarankan_bahwa_is_an_opinion_menyarankan_agar_a_request():
    text = "Sejumlah analis Tiongkok menyarankan bahwa Beijing akan memperlambat pertumbuhannya."
    assert "REQUEST" not in types(idn(text))
    found = idn("Menteri Luar Negeri Retno Marsudi menyarankan agar Myanmar membuka dialog.")
    assert has_event(found, "REQUEST", "IDN", "MMR")


def test_kemunduran_is_a_setback_not_a_resignation():
    assert "RETREAT" not in types(idn("Penjualan yang menurun menandai kemunduran Samsung."))
    assert "RETREAT" in types(idn("Menteri Pertahanan Malaysia mundur dari jabatannya."))
