"""Indonesian events dropped for want of an actor (session 32, noactorid).

A subjectless report after a speech verb may open on aspect and frequency words, not only on tense
words: "Menlu mengatakan telah beberapa kali bertemu …", "… mengklaim tengah menjalin komunikasi
dengan …", "… mengaku pernah berunding dengan …" — the speaker did it (grammar
`dropped_subject_fillers`, attribution.speaker_as_subject). Near miss: a report with its own
subject is that subject's act, not the speaker's."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Menlu Retno Marsudi mengatakan telah beberapa kali bertemu dengan Menlu Australia Julie Bishop.",
         "CONSULT", "IDN", "AUS", "2017-03-10"),
        ("Perdana Menteri Malaysia Najib Razak mengklaim tengah menjalin komunikasi dengan pemerintah Singapura.",
         "CONSULT", "MYS", "SGP", "2017-05-02"),
        ("Presiden Filipina Rodrigo Duterte mengaku pernah berunding dengan pemerintah China soal Laut China Selatan.",
         "CONSULT", "PHL", "CHN", "2017-06-21"),
    ],
)
def test_subjectless_report_after_aspect_words(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_report_with_its_own_subject_is_not_the_speakers():
    found = indonesian(
        "Menteri Luar Negeri Retno Marsudi mengatakan Malaysia tengah menjalin komunikasi dengan Singapura.",
        pub_date="2017-05-02",
    )
    assert has(found, "CONSULT", "MYS", "SGP"), found
    assert not has(found, "CONSULT", "IDN"), found



# Bare "petugas" (the officers on duty) is the police in domestic news: actors/sectors_s32_noactorid.yaml.
@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Di Medan, petugas menangkap dua pengedar sabu pada Rabu malam.", "COERCE", "IDN", None),
        ("Petugas menggeledah rumah tersangka di Bekasi dan menyita dua pucuk senjata api.", "COERCE", "IDN", None),
        ("Sekelompok orang tak dikenal menyerang petugas di pos jaga perbatasan.", "ASSAULT", None, "IDN"),
    ],
)
def test_bare_officers_are_the_police(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-08-01")
    if actor is None:
        assert any(e == event and recipient in r for e, _, r in found), found
    else:
        assert has(found, event, actor, recipient), found


def test_medical_officers_stay_medical():
    found = indonesian("Petugas medis merawat dua korban ledakan di rumah sakit Bhayangkara.", pub_date="2017-08-01")
    assert not any(e in {"COERCE", "ASSAULT"} for e, _, _ in found), found
