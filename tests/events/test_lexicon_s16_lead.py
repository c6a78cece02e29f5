"""Triggers the coordinating session wrote in the sixteenth lexicon pass (data/id/triggers_s16_lead.yaml)."""

from __future__ import annotations

from conftest import coded_in


def test_suspecting_someone_of_taking_a_bribe_is_an_allegation():
    events = coded_in("id", "KPK menduga Patrialis Akbar menerima uang suap dari pengusaha impor daging.", "2017-01-27")
    assert any(e == "ACCUSE" and a == ["IDN"] for e, a, _ in events)


def test_receiving_money_with_no_one_suspecting_is_no_event():
    events = coded_in("id", "Kepala desa itu menerima uang bantuan dari pemerintah provinsi.", "2017-01-27")
    assert not any(e == "ACCUSE" for e, _, _ in events)
