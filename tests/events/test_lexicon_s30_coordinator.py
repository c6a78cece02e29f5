"""A prosecution told with its case ("dituntut dalam kaitan dengan pembunuhan", "dituntut atas tuduhan
korupsi") is a legal charge, the prosecuting authority's when the sentence names no doer (as
"were charged in connection with the murder"); "dituntut untuk/agar …", being called on to act, is
no charge. A day or an adverb between "called" and "on" ("called Wednesday on reporters to …",
"called again on Japan to apologise") still makes a call on someone: a REQUEST, its content not done."""

from __future__ import annotations

from functools import partial

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
english = partial(coded_in, "en")


def test_prosecuted_in_a_case_is_charged_by_the_scene_state():
    found = indonesian(
        "Jaksa di Ankara bekerja cepat. Tiga tersangka dituntut dalam kasus pembunuhan wartawan di Istanbul.",
        pub_date="2007-02-06",
    )
    assert has(found, "ACCUSE", "TUR", "TUR"), found


def test_prosecuted_on_a_charge():
    found = indonesian("Mantan wali kota Manila itu dituntut atas tuduhan korupsi.", pub_date="2010-03-01")
    assert has(found, "ACCUSE", "PHL", "PHL"), found


def test_called_on_to_act_is_no_charge():
    found = indonesian("Pemerintah Filipina dituntut untuk segera memulangkan para pekerja.", pub_date="2010-03-01")
    assert not [e for e in found if e[0] == "ACCUSE"], found


def test_a_day_between_called_and_on():
    found = english("The Security Council called Monday upon Israel to withdraw its troops.", pub_date="2006-08-07")
    assert has(found, "REQUEST", "UNO", "ISR"), found


def test_called_again_on_is_a_request_not_the_apology_asked_for():
    found = english("China called again on Japan to apologise for the shrine visit.", pub_date="2006-08-16")
    assert has(found, "REQUEST", "CHN", "JPN"), found
    assert not [e for e in found if e[0] == "CONCEDE"], found


def test_called_on_a_day_for_calm_is_no_call_on_a_party():
    found = english("He called on Tuesday for calm in the capital.", pub_date="2006-08-16")
    assert not [e for e in found if e[0] == "REQUEST" and e[2]], found
