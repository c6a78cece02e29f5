"""Requests (session 30, request; en/ and id/triggers/s30_request.yaml): an appeal whose "for" is
parted from the verb by an adverbial ("appealed on Wednesday for a truce": the truce is asked for,
not in force), relief sought from another party (a moratorium, a waiver, compensation), Indonesian
"berharap agar" with a party named in the hoped-for clause — and near misses: a lawyer appealing a
verdict, a career sought, a passenger's refund, a student's scholarship."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("The Red Cross appealed again for access to prisoners held by Israel.", "REQUEST", "NGO", None, "2024-02-01"),
        ("Pope Francis appealed on Sunday for a truce in Sudan.", "REQUEST", "VAT", None, "2024-04-21"),
        ("Pakistan is seeking a waiver from the IMF on fuel subsidies.", "REQUEST", "PAK", None, "2023-06-10"),
        ("Zambia sought a moratorium on its debt from Chinese lenders.", "REQUEST", "ZMB", None, "2021-11-05"),
    ],
)
def test_english_request_wording(text, event, actor, recipient, date):
    found = english(text, date)
    assert has(found, event, actor, recipient), found


def test_appeal_for_truce_is_no_truce():
    found = english("Pope Francis appealed on Sunday for a truce in Sudan.", "2024-04-21")
    assert all(e != "RETREAT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Presiden Jokowi mengharapkan agar Malaysia segera menuntaskan kasus penganiayaan pekerja migran.",
         "REQUEST", "IDN", "MYS", "2023-05-20"),
        ("Menlu Retno berharap agar Myanmar mematuhi Konsensus Lima Poin.", "REQUEST", "IDN", "MMR", "2022-08-03"),
    ],
)
def test_indonesian_request_wording(text, event, actor, recipient, date):
    found = indonesian(text, date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The lawyer appealed the verdict for his client on Monday.", "REQUEST"),
        ("en", "He sought a career in law after leaving the army.", "REQUEST"),
        ("id", "Menteri itu berharap agar pertemuan tersebut membawa hasil yang baik.", "REQUEST"),
        ("id", "Ratusan penumpang menuntut pengembalian dana setelah maskapai itu membatalkan penerbangan.", "REQUEST"),
        ("id", "Ia mengajukan permohonan beasiswa ke sebuah universitas di Belanda.", "REQUEST"),
    ],
)
def test_request_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-03-14")
    assert all(e != event for e, _, _ in found), found
