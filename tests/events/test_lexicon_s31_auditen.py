"""Ordinary news read as a careful analyst would (session 31, auditen): an interview's yes/no question
opened by the interviewer's label ("Q: Has the minister urged …?", "T: Apakah …?") asserts nothing,
and a feeling told as the result of someone's act ("to the fury of his colleagues") is no statement
of anyone — while the plain question-free report and an expressed fury still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Q: Have any Republicans urged the governor to resign?", "REQUEST"),
        ("en", "Question: Did the Senate reject the treaty?", "REJECT"),
        ("en", "Q: Will the prime minister visit Jakarta next month?", "AGREE"),
        ("id", "T: Apakah Presiden sudah mengkritik keputusan DPR itu?", "ACCUSE"),
        ("en", "The mayor cut the school budget, to the fury of many parents.", "ACCUSE"),
        ("en", "Much to the dismay of his own party, the senator kept silent.", "ACCUSE"),
    ],
)
def test_questions_and_feelings_code_nothing(lang, text, event):
    found = coded_in(lang, text, "2016-05-10")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Several Republican senators urged Governor Walker to resign on Monday.", "REQUEST", "USA", None),
        ("en", "A: Senator John McCain criticised the Justice Department on Tuesday.", "ACCUSE", "USA", "USA"),
        ("en", "German Chancellor Angela Merkel expressed fury at the Turkish decision.", "ACCUSE", "DEU", "TUR"),
    ],
)
def test_near_misses_still_code(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2016-05-10")
    assert has(found, event, actor, recipient), found
