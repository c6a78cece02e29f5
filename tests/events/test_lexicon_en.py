"""English trigger vocabulary from data/en/triggers_extra.yaml: one example sentence per kind of entry."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

coded = partial(coded_in, "en")


def test_blaming_by_saying_who_was_behind_an_attack():
    assert ("ACCUSE", ["PAK"], ["IND"]) in coded("Pakistan's foreign ministry said India was behind the bombing.")


def test_labelling_and_describing_as_are_disapproval():
    assert ("ACCUSE", ["VEN"], ["USA"]) in coded("Venezuela's president described the US plan as a provocation.")
    assert any(
        e == "ACCUSE" and a == ["THA"] for e, a, _ in coded("The Thai government branded the insurgents terrorists.")
    )


def test_police_questioning_is_an_investigation():
    assert ("ACCUSE", ["CHN"], ["JPN"]) in coded("Chinese police questioned two Japanese journalists on Tuesday.")


def test_pushing_someone_to_act_is_a_request_but_a_rising_toll_is_not():
    assert ("REQUEST", ["USA"], ["KOR"]) in coded("Washington pushed Seoul to impose sanctions on Pyongyang.")
    assert not any(e == "REQUEST" for e, _, _ in coded("Israeli warplanes pushed the death toll to 40."))


def test_a_time_limit_is_an_ultimatum():
    events = coded("The Thai government gave the protesters 48 hours to leave the square.")
    assert any(e == "THREATEN" and a == ["THA"] for e, a, _ in events)


def test_prohibiting_and_stopping_people_from_acting_is_coercion():
    assert any(
        e == "COERCE" and a == ["EGY"] for e, a, _ in coded("Egyptian riot police prohibited the opposition rally.")
    )
    assert any(
        e == "COERCE" and a == ["MMR"]
        for e, a, _ in coded("Burmese police stopped foreign journalists from entering the town.")
    )
    assert not any(e == "COERCE" for e, _, _ in coded("Syrian troops used prohibited weapons, Turkey said."))


def test_rescue_teams_are_aid_and_bail_is_a_release():
    assert ("AID", ["JPN"], ["IDN"]) in coded("Japan sent rescue teams to Indonesia.")
    assert ("RETREAT", ["KEN"], ["GBR"]) in coded("The Kenyan court granted bail to the British activist.")


def test_gathering_outside_an_embassy_is_a_protest():
    assert ("PROTEST", ["IRN"], ["GBR"]) in coded(
        "Hundreds of Iranian students gathered outside the British embassy in Tehran."
    )


def test_calling_accusations_baseless_rejects_them():
    assert ("REJECT", ["PAK"], ["IND"]) in coded("Pakistan said the Indian accusations were baseless.")
