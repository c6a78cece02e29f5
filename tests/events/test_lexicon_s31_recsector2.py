"""Sectors of parties (session 31, recsector2): when the target is guessed as the actor's own state
(`own_state`, `at_home`), a bare sector noun in the trigger's words or the few words of its object
("rejected a government offer", "menolak tawaran pemerintah") names which body of that state it
is (rule coref.object_body). Near miss: a sector noun past a comma belongs to another clause."""

from __future__ import annotations

import pytest


def coded(lang: str, text: str, event: str, pub_date: str = "2010-03-01") -> list:
    import warta

    return [e for e in warta.code(text, lang=lang, pub_date=pub_date) if e.event == event]


@pytest.mark.parametrize(
    ("lang", "text", "event", "party"),
    [
        ("en", "HARARE: Zimbabwe's nurses in Harare rejected a government offer of a pay rise on Monday.",
         "REJECT", ("ZWE", "GOV")),
        ("id", "JAKARTA: Buruh Indonesia di Jakarta menolak tawaran pemerintah soal kenaikan upah.",
         "REJECT", ("IDN", "GOV")),
    ],
)
def test_object_names_the_body_of_the_own_state(lang, text, event, party):
    events = coded(lang, text, event)
    assert events, text
    assert any(party in {(p.code, p.sector) for p in e.recipient} for e in events), events
    assert any("coref.object_body" in e.rules for e in events), events


def test_sector_noun_past_a_comma_is_not_the_object():
    text = "HARARE: Zimbabwe's nurses in Harare rejected the offer, the government said on Monday."
    events = coded("en", text, "REJECT")
    assert events
    assert all(("ZWE", "GOV") not in {(p.code, p.sector) for p in e.recipient} for e in events), events
