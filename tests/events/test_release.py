"""Releases with no doer named (session 24): "X was freed", "X dibebaskan" is done by the state that
held X — the state the release or the detention is set in — with X's own party as recipient; with no
one set free (a film, a report) there is no release."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, has_event

en = partial(coded_in, "en", pub_date="2024-03-01")
id_ = partial(coded_in, "id", pub_date="2024-03-01")


def test_foreigners_released_in_a_capital_are_freed_by_that_state():
    found = en("Two British aid workers were released in Damascus on Monday after a month in custody.")
    assert has_event(found, "RETREAT", "SYR", "GBR")
    found = id_("Dua pekerja bantuan Inggris dibebaskan di Damaskus pada Senin setelah sebulan ditahan.")
    assert has_event(found, "RETREAT", "SYR", "GBR")


def test_a_prisoner_freed_after_a_pardon_is_freed_by_his_own_state():
    found = en("The opposition leader was freed from prison in Minsk after a presidential pardon.")
    assert has_event(found, "RETREAT", "BLR", "BLR")
    found = id_("Pemimpin oposisi itu dibebaskan dari penjara di Minsk setelah mendapat grasi presiden.")
    assert has_event(found, "RETREAT", "BLR", "BLR")


def test_a_release_after_an_arrest_is_by_the_arresting_state():
    found = id_("Warga Jerman itu ditangkap polisi Rusia di Moskow, namun dibebaskan dua hari kemudian.")
    assert has_event(found, "RETREAT", "RUS", "DEU")
    found = en("The German citizen was arrested by Russian police in Moscow but was released two days later.")
    assert has_event(found, "RETREAT", "RUS", "DEU")


def test_a_film_or_a_report_released_frees_no_one():
    assert not any(e == "RETREAT" for e, _, _ in en("The documentary was released in Cairo last week."))
    assert not any(e == "RETREAT" for e, _, _ in en("The report was released by the ministry in Jakarta on Tuesday."))
    assert not any(e == "RETREAT" for e, _, _ in id_("Film dokumenter itu dirilis di Kairo pekan lalu."))


def test_a_release_only_hoped_for_is_not_coded():
    found = en("The families hope the two British aid workers will be released in Damascus soon.")
    assert not has_event(found, "RETREAT", "SYR")
