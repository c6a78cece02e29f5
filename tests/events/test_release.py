"""Releases (session 24): a state's police or court that frees someone the text does not place
elsewhere frees one of its own people; an agentless release ("X was freed") gets no actor, since
captives are often freed by kidnappers, not by the state they were held in; and a film or a report
"released" frees no one."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, has_event

en = partial(coded_in, "en", pub_date="2024-03-01")
id_ = partial(coded_in, "id", pub_date="2024-03-01")


def test_police_freeing_an_activist_free_one_of_their_own_people():
    assert has_event(en("Belarusian police freed the opposition activist on bail."), "RETREAT", "BLR", "BLR")
    assert has_event(id_("Polisi Belarus membebaskan aktivis oposisi itu dengan jaminan."), "RETREAT", "BLR", "BLR")


def test_police_freeing_a_woman_after_questioning_free_their_own_citizen():
    found = en("The Saudi police later freed the woman after questioning her.")
    assert has_event(found, "RETREAT", "SAU", "SAU")
    found = id_("Polisi Arab Saudi kemudian membebaskan wanita itu setelah memeriksanya.")
    assert has_event(found, "RETREAT", "SAU", "SAU")


def test_a_foreigner_freed_keeps_his_own_party_as_recipient():
    found = en("Iranian police freed a British tourist on Monday.")
    assert has_event(found, "RETREAT", "IRN", "GBR")
    assert not has_event(found, "RETREAT", "IRN", "IRN")


def test_kidnapped_workers_freed_are_not_freed_by_the_scene_state():
    found = en("Nine kidnapped oil workers were released in Nigeria on Sunday.")
    assert not has_event(found, "RETREAT", "NGA")
    found = id_("Sembilan pekerja minyak yang diculik dibebaskan di Nigeria pada Minggu.")
    assert not has_event(found, "RETREAT", "NGA")


def test_a_film_or_a_report_released_frees_no_one():
    assert not any(e == "RETREAT" for e, _, _ in en("The documentary was released in Cairo last week."))
    assert not any(e == "RETREAT" for e, _, _ in en("The report was released by the ministry in Jakarta on Tuesday."))
    assert not any(e == "RETREAT" for e, _, _ in id_("Film dokumenter itu dirilis di Kairo pekan lalu."))


def test_rebels_or_troops_freeing_captives_do_not_free_their_own_people():
    found = coded_in("en", "Taliban fighters released the detained villagers on Friday.", "2015-06-01")  # still rebels
    assert not has_event(found, "RETREAT", "AFG", "AFG")
    found = id_("Tentara Thailand membebaskan para tahanan itu pada Jumat.")
    assert not has_event(found, "RETREAT", "THA", "THA")
