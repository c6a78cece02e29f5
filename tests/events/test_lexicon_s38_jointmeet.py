"""Two named people of one state as the joint subject of a meeting (session 38, jointmeet;
coder.split_compatriots, grammar `attendance_verbs`): "Abbas and Haniya held a meeting", "Presiden dan
Wakil Presiden mengadakan pertemuan" — one CONSULT, the first named acting, the other its recipient,
both with the same state's code. Near misses: two compatriots attending a ceremony or a meeting
together do not meet each other, and a joint subject of two states keeps its host rule."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    "text",
    [
        "President Joko Widodo and Vice President Ma'ruf Amin held a closed-door meeting in Bogor on Monday.",
        "Defence Minister Prabowo Subianto and Foreign Minister Retno Marsudi held talks in Jakarta on Tuesday.",
        "Joko Widodo and Prabowo Subianto met in Jakarta on Monday.",
    ],
)
def test_english_compatriots_meet_each_other(text):
    found = english(text, pub_date="2023-03-01")
    assert has(found, "CONSULT", "IDN", "IDN"), found


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo dan Wakil Presiden Ma'ruf Amin mengadakan pertemuan tertutup di Bogor, Senin.",
        "Menteri Pertahanan Prabowo Subianto dan Menteri Luar Negeri Retno Marsudi melakukan pertemuan di Jakarta.",
        "Joko Widodo dan Prabowo Subianto menggelar pertemuan empat mata di Jakarta.",
    ],
)
def test_indonesian_compatriots_meet_each_other(text):
    found = indonesian(text, pub_date="2023-03-01")
    assert has(found, "CONSULT", "IDN", "IDN"), found


def test_compatriots_attending_together_meet_no_one():
    found = english("President Joko Widodo and Vice President Ma'ruf Amin attended a ceremony at the Merdeka Palace.",
                    pub_date="2023-03-01")
    assert not has(found, "CONSULT", "IDN", "IDN"), found
    found = indonesian("Presiden Joko Widodo dan Wakil Presiden Ma'ruf Amin menghadiri pertemuan di Istana Merdeka.",
                       pub_date="2023-03-01")
    assert not has(found, "CONSULT", "IDN", "IDN"), found


def test_two_states_keep_the_host_rule():
    found = english("Israel and Jordan held talks in Amman on Monday.", pub_date="2007-03-01")
    assert has(found, "CONSULT", "ISR", "JOR"), found
