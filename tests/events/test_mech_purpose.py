"""A meeting that is the purpose of a visit, a trip or another meeting is part of it (session 22,
mech_purpose; Coder.meeting_aim): "will fly to Tokyo to hold talks" is one promised visit (AGREE),
"met in Ottawa to discuss trade" one meeting — the guide codes a planned meeting as one AGREE and a
visit made "to meet X" as one CONSULT, its aim no second event. A meeting joined by "and" is a
second event; a negated or hypothetical trip codes nothing, its aim included."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


def events_of(found, event):
    return [f for f in found if f[0] == event]


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        (
            "en",
            "Malaysia's prime minister will travel to Jakarta next month to meet President Joko Widodo.",
            "MYS",
            "IDN",
        ),
        (
            "en",
            "Japan's defence minister will fly to Washington this week to hold talks with Pentagon officials.",
            "JPN",
            "USA",
        ),
        (
            "en",
            "The foreign ministers of Canada and Mexico will meet in Ottawa on Monday to discuss trade.",
            "MEX",
            "CAN",
        ),
        (
            "id",
            "Perdana Menteri Malaysia akan berkunjung ke Indonesia bulan depan untuk bertemu Presiden Joko Widodo.",
            "MYS",
            "IDN",
        ),
        (
            "id",
            "Menteri Luar Negeri Jepang akan bertolak ke Beijing pekan depan guna membahas sengketa laut dengan China.",
            "JPN",
            "CHN",
        ),
        (
            "id",
            "Menhan Jepang akan terbang ke Washington pekan ini untuk melakukan pembicaraan dengan pejabat Pentagon.",
            "JPN",
            "USA",
        ),
        ("id", "Menlu Kanada dan Meksiko akan bertemu di Ottawa pada Senin untuk membahas perdagangan.", "MEX", "CAN"),
    ],
)
def test_planned_trip_for_a_meeting_is_one_agree(lang, text, actor, recipient):
    found = coded_in(lang, text, "2015-06-10")
    assert has(found, "AGREE", actor, recipient), found
    assert not events_of(found, "CONSULT"), found


# near misses; the first (a denied trip) passed before the change too: a guard that the aim goes with
# its head's negation now that it is part of it
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan's foreign minister did not travel to Beijing to meet his Chinese counterpart."),
        ("en", "Japan's foreign minister may travel to Beijing next week to meet his Chinese counterpart."),
        ("id", "Menlu Jepang mungkin berkunjung ke Beijing pekan depan untuk bertemu mitranya dari China."),
    ],
)
def test_meeting_aim_of_a_denied_or_possible_trip_is_no_meeting(lang, text):
    found = coded_in(lang, text, "2015-06-10")
    assert not events_of(found, "CONSULT"), found


def test_talks_an_arrival_is_for_are_part_of_the_visit():
    found = english(
        "Japan's foreign minister arrived in Beijing on Monday for talks with South Korea's foreign minister."
    )
    assert has(found, "CONSULT", "JPN", "CHN"), found
    assert len(events_of(found, "CONSULT")) == 1, found


def test_a_meeting_that_is_not_the_aim_stays_a_second_event():
    # "visited … and met": two acts, not a visit and its purpose (the talks partner differs); a guard:
    # it passed before the change too, and must go on passing
    found = english("Japan's foreign minister visited Beijing on Monday and met South Korea's foreign minister there.")
    assert has(found, "CONSULT", "JPN", "CHN"), found
    assert has(found, "CONSULT", "JPN", "KOR"), found
