"""Three small slips of the coder's mechanism (session 25, small4):

- "so far", "as yet" open no clause though "so"/"as" are clause breaks, and "but to" after "no choice"
  is an exception, not a contrast: the subject before them is the act's (grammar `unbroken_phrases`,
  attribution.unbroken_at);
- "had no option except to attack" does the act: the "no" names no subject that did nothing
  (modality.nobody_did skips a phrase followed by an exceptive);
- a denial is aimed at the accuser or at no one (docs/annotation.md), not at a party told inside the
  report it denies (coder.told_in_denied_report)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Israel has so far arrested 40 Hamas suspects.", "COERCE", "ISR", "PSE"),
        ("Egyptian police have so far detained dozens of Muslim Brotherhood supporters.", "COERCE", "EGY", "EGY"),
        ("Israel had no choice but to attack Hamas positions in Gaza.", "ASSAULT", "ISR", "PSE"),
        ("Israel had no option except to attack Hamas positions in Gaza.", "ASSAULT", "ISR", "PSE"),
        ("Turkey had no alternative other than to expel the Syrian diplomats.", "SANCTION", "TUR", "SYR"),
    ],
)
def test_subject_kept_past_adverb_or_exception(text, event, actor, recipient):
    assert has(english(text), event, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Israel has as yet not arrested any Hamas suspects.",  # negated: still no arrest
        "No country has so far recognised the new government of Kosovo.",  # nobody did it
    ],
)
def test_near_misses_code_no_act(text):
    found = english(text)
    assert not any(e in ("COERCE", "COOPERATE", "SUPPORT") for e, _, _ in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Moscow dismissed reports that Russian jets had bombed a Syrian hospital."),
        ("id", "Rusia membantah laporan bahwa pesawatnya mengebom rumah sakit Suriah."),
    ],
)
def test_denial_not_aimed_inside_denied_report(lang, text):
    found = coded_in(lang, text)
    assert has(found, "REJECT", "RUS", "-")
    assert not has(found, "ASSAULT", "RUS")


def test_denial_still_aimed_at_named_accuser():
    found = english("Pakistan denied allegations by India that it had attacked Indian posts.")
    assert has(found, "REJECT", "PAK", "IND")


def test_indonesian_exception_still_done():
    # a guard: "tidak ada pilihan lain selain" does the act in Indonesian too
    found = indonesian("Israel merasa tidak ada pilihan lain selain menyerang posisi Hamas di Gaza.")
    assert has(found, "ASSAULT", "ISR", "PSE")
