"""Triggers the coordinating session wrote in the sixteenth lexicon pass (data/id/triggers_s16_lead.yaml)."""

from __future__ import annotations

from conftest import coded_in


def test_suspecting_someone_of_taking_a_bribe_is_an_allegation():
    events = coded_in("id", "KPK menduga Patrialis Akbar menerima uang suap dari pengusaha impor daging.", "2017-01-27")
    assert any(e == "ACCUSE" and a == ["IDN"] for e, a, _ in events)


def test_receiving_money_with_no_one_suspecting_is_no_event():
    events = coded_in("id", "Kepala desa itu menerima uang bantuan dari pemerintah provinsi.", "2017-01-27")
    assert not any(e == "ACCUSE" for e, _, _ in events)


def test_aid_told_in_the_passive_with_the_thing_given_first():
    text = "Humanitarian aid was sent by India to Sri Lanka on Monday."
    assert ("AID", ["IND"], ["LKA"]) in coded_in("en", text, "2019-06-01")
    # the pattern's last word after "were" is its participle, however it is spelled
    assert ("SANCTION", ["RUS"], ["UKR"]) in coded_in("en", "Gas supplies to Ukraine were cut by Russia.", "2019-06-01")
    assert not any(
        e == "AID" for e, _, _ in coded_in("en", "Aid workers were sent home after the attack.", "2019-06-01")
    )


def test_an_indonesian_noun_then_its_passive_verb_then_a_bare_agent():
    assert ("AID", ["IND"], ["LKA"]) in coded_in("id", "Bantuan kemanusiaan dikirim India ke Sri Lanka.", "2019-06-01")


def test_sanctions_lifted_told_in_the_passive():
    assert ("RETREAT", ["CHN"], ["RUS"]) in coded_in("en", "Sanctions on Russia were lifted by China.", "2019-06-01")
    # smuggling is no aid given
    assert not any(e == "AID" for e, _, _ in coded_in("en", "Arms were smuggled into Gaza by sea.", "2019-06-01"))
