"""A party pronoun opening a sentence (grammar `party_pronouns`; actors/match.py `party_subject`,
`ArticleMemory.party`) is the body, state or force that opened the sentence before."""

from __future__ import annotations

from conftest import coded_in


def coded(text: str):
    return coded_in("en", text, "2017-03-01")


def test_it_after_a_body_is_that_body():
    text = "Amnesty International published its annual report on Monday. It accused Egypt of torturing detainees."
    assert ("ACCUSE", ["NGO"], ["EGY"]) in coded(text)


def test_they_after_a_force_is_that_force():
    text = "Israeli troops entered Nablus on Monday. They arrested five Palestinians."
    assert ("COERCE", ["ISR"], ["PSE"]) in coded(text)


def test_but_it_still_opens_the_sentence():
    text = "The European Union issued a statement on Friday. But it also called on Russia to withdraw its troops."
    assert ("REQUEST", ["EUR"], ["RUS"]) in coded(text)


def test_it_is_no_party_before_a_form_of_be():
    text = "Amnesty International published its report on Monday. It is unclear whether Egypt arrested the authors."
    assert not any(actor == ["NGO"] for _, actor, _ in coded(text))


def test_it_points_back_one_sentence_only():
    text = (
        "Amnesty International published its report on Monday. The weather was cold. "
        "It accused Egypt of torturing detainees."
    )
    assert not any(actor == ["NGO"] for _, actor, _ in coded(text))


def test_progress_in_disarmament_is_no_disarmament():
    text = "Seoul said it would link additional aid to progress in nuclear disarmament."
    assert not any(event == "RETREAT" for event, _, _ in coded(text))
    text = "Seoul akan mengaitkan bantuan tambahan dengan kemajuan dalam perlucutan senjata nuklir."
    assert not any(event == "RETREAT" for event, _, _ in coded_in("id", text, "2017-03-01"))
