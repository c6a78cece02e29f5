"""Verbs joined by "and"/"dan" (coder.py `governs`/`content_goes_on`, modality.py
`negation_reach`): a verb that continues a threat's or demand's verb phrase is more of what is
threatened or asked; a verb after a head whose object is a noun is a second act; and a negation
ends at "and" unless the verbs listed share their form."""

from __future__ import annotations

from conftest import coded_in, types_in


def coded(text: str, lang: str):
    return coded_in(lang, text, "2024-03-01")


def test_a_second_verb_in_a_threat_is_threatened_not_done():
    text = "Iran mengancam akan menutup Selat Hormuz bagi kapal tanker dan menyerang kapal perang Amerika."
    assert types_in("id", text) == {"THREATEN"}
    text = "Iran threatened to close the Strait of Hormuz to tankers and attack American warships."
    assert types_in("en", text) == {"THREATEN"}


def test_a_list_closed_by_a_comma_stays_inside_the_threat():
    text = "Korea Utara mengancam akan menembakkan rudal ke Guam dan Jepang, dan menghancurkan pangkalan AS."
    assert types_in("id", text) == {"THREATEN"}
    text = "North Korea threatened to fire missiles at Guam and Japan, and destroy American bases."
    assert types_in("en", text) == {"THREATEN"}
    text = "North Korea threatened to fire missiles at Guam and Japan, and shelled a South Korean island."
    assert "ASSAULT" in types_in("en", text)


def test_a_second_verb_in_a_demand_is_asked_for_not_done():
    text = "The UN urged Russia to withdraw its troops from Ukraine and release all prisoners of war."
    assert types_in("en", text) == {"REQUEST"}


def test_a_finite_second_verb_after_a_threat_is_an_act():
    text = "Iran threatened to close the Strait of Hormuz and attacked an American tanker on Monday."
    assert ("ASSAULT", ["IRN"], ["USA"]) in coded(text, "en")


def test_after_a_refusal_of_a_noun_the_verb_joined_is_a_second_act():
    text = "Rusia menolak tuduhan itu dan mengusir dua diplomat Inggris."
    assert ("SANCTION", ["RUS"], ["GBR"]) in coded(text, "id")


def test_a_negation_does_not_reach_a_verb_of_another_form_after_and():
    text = "Pemerintah Malaysia tidak setuju dan melayangkan protes kepada Indonesia."
    assert ("ACCUSE", ["MYS"], ["IDN"]) in coded(text, "id")


def test_verbs_of_one_form_listed_after_a_negation_share_it():
    text = "Kartu itu diberikan supaya para pengungsi tidak dilecehkan dan ditangkap polisi Malaysia."
    assert "COERCE" not in types_in("id", text)


def test_a_speech_act_of_the_same_kind_said_again_is_a_second_event():
    coded = coded_in("en", "Iran condemned the strike and summoned the Swiss envoy.", "2024-03-01")
    assert ("ACCUSE", ["IRN"], ["CHE"]) in coded and len([e for e in coded if e[0] == "ACCUSE"]) == 2
    coded = coded_in("id", "Iran mengecam serangan itu dan memanggil duta besar Swiss.", "2024-03-01")
    assert ("ACCUSE", ["IRN"], ["CHE"]) in coded and len([e for e in coded if e[0] == "ACCUSE"]) == 2


def test_verbs_of_one_kind_listed_side_by_side_are_one_act():
    coded = coded_in("en", "Iran condemned and denounced the strike on Monday.", "2024-03-01")
    assert len([e for e in coded if e[0] == "ACCUSE"]) == 1


def test_a_pattern_opening_on_takkan_is_a_verb_not_a_noun():
    # "takkan" is "tidak akan", not "tak" + -kan: its subject acts, the party after it is the one warned
    coded = coded_in("id", "Washington takkan membiarkan Iran menguasai Teluk.", "2007-02-20")
    assert ("THREATEN", ["USA"], ["IRN"]) in coded


def test_what_an_unnamed_person_asks_for_is_not_done():
    # the request names no party a code can name, so it is not coded; its content is not done either
    text = "Desmond meminta Jokowi tidak menerbitkan perppu dan mencabut kebijakan impor beras itu."
    coded = coded_in("id", text, "2017-06-01")
    assert "CONCEDE" not in {e[0] for e in coded}
    coded = coded_in("en", "Desmond asked President Jokowi to revoke the rice import policy.", "2017-06-01")
    assert "CONCEDE" not in {e[0] for e in coded}
