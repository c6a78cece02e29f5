"""Acts that have not (yet) happened (session 36, unreal; modality.purpose_not_done, modality.event_maker,
grammar `purpose_motions`, `purpose_phrases`, `event_makers`, `unrealised_phrases`): a purpose after a
verb of motion ("Police arrived to investigate", "datang untuk menyelidiki") or after "in order
to"/"bermaksud untuk", a failure whose cue reaches the event noun a verb makes ("unable to reschedule a
meeting", "tidak mampu menggelar pertemuan"), a result not reached ("paved the way for the annexation",
"membuka jalan bagi aneksasi") — and the near misses, acts done, that stay coded."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Police arrived at the embassy to investigate the murder of the Kenyan diplomat.", "ACCUSE"),
        ("en", "Soldiers were deployed to the border to arrest the Syrian opposition leader.", "COERCE"),
        ("en", "The Thai navy sent ships in order to seize the Cambodian fishing boats.", "COERCE"),
        ("en", "The Egyptian envoy was unable to reschedule a meeting with Iran's foreign minister.", "CONSULT"),
        ("en", "The Hungarian leader failed to secure an agreement with the Polish government.", "AGREE"),
        ("en", "The referendum paved the way for the annexation of Crimea by Russia.", "COERCE"),
        ("id", "Polisi datang ke kedutaan untuk menyelidiki pembunuhan diplomat Kenya itu.", "ACCUSE"),
        ("id", "Tentara dikerahkan ke perbatasan untuk menangkap pemimpin oposisi Suriah.", "COERCE"),
        ("id", "Utusan Mesir itu tidak mampu menggelar pertemuan dengan menteri luar negeri Iran.", "CONSULT"),
        ("id", "Referendum itu membuka jalan bagi aneksasi Krimea oleh Rusia.", "COERCE"),
    ],
)
def test_acts_not_yet_done(lang, text, event):
    found = coded_in(lang, text, "2022-05-10")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Kenyan police investigated the murder of the Ugandan diplomat.", "ACCUSE", "KEN", "UGA"),
        ("en", "Syrian soldiers arrested the Turkish journalist at the border.", "COERCE", "SYR", "TUR"),
        ("en", "The Egyptian envoy held a meeting with Iran's foreign minister.", "CONSULT", "EGY", "IRN"),
        ("en", "Russian troops seized a Ukrainian port.", "COERCE", "RUS", "UKR"),
        ("id", "Polisi Kenya menyelidiki pembunuhan diplomat Uganda itu.", "ACCUSE", "KEN", "UGA"),
        ("id", "Tentara Suriah menangkap wartawan Turki di perbatasan.", "COERCE", "SYR", "TUR"),
        ("id", "Utusan Mesir itu menggelar pertemuan dengan menteri luar negeri Iran.", "CONSULT", "EGY", "IRN"),
    ],
)
def test_acts_done_stay_coded(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2022-05-10")
    assert has(found, event, actor, recipient), found
