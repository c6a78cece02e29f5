"""Parliamentary hearings and working meetings by their abbreviations (session 39, rdp;
id/triggers/consult.yaml, section s39_rdp): "RDPU dengan para pakar", "mengikuti raker dengan
Komisi XI DPR" code a CONSULT between the subject and the party after "dengan"; a hearing only
scheduled or waited for is none."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Komisi I DPR menggelar RDPU dengan sejumlah pakar hukum pada Rabu.", "2018-02-13"),
        ("Menteri Keuangan mengikuti raker dengan Komisi XI DPR pada Senin.", "2018-02-13"),
    ],
)
def test_indonesian_hearing_abbreviations(text, date):
    found = indonesian(text, pub_date=date)
    assert has(found, "CONSULT", "IDN", "IDN"), found


@pytest.mark.parametrize(
    "text",
    [
        "Komisi III DPR menjadwalkan RDP pekan depan.",
        "Wartawan menunggu hasil raker di luar ruangan.",
    ],
)
def test_hearing_not_held_is_no_meeting(text):
    found = indonesian(text, pub_date="2018-02-13")
    assert not any(e == "CONSULT" for e, _, _ in found), found
