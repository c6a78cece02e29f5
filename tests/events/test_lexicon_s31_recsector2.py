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
        (
            "en",
            "HARARE: Zimbabwe's nurses in Harare rejected a government offer of a pay rise on Monday.",
            "REJECT",
            ("ZWE", "GOV"),
        ),
        (
            "id",
            "JAKARTA: Buruh Indonesia di Jakarta menolak tawaran pemerintah soal kenaikan upah.",
            "REJECT",
            ("IDN", "GOV"),
        ),
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


# A place standing for its state as the target of an attack or coercion by police, officials or
# gunmen stands for its people (CVL, rule place.people); near miss: an army shelling a place may hit
# the other side's fighters, and keeps no sector.
@pytest.mark.parametrize(
    ("lang", "text", "event", "party"),
    [
        (
            "en",
            "Pakistani authorities imposed a curfew in Quetta on Sunday to contain the violence.",
            "COERCE",
            ("PAK", "CVL"),
        ),
        (
            "en",
            "Unidentified gunmen opened fire in Kano on Monday, killing six, police said.",
            "ASSAULT",
            ("NGA", "CVL"),
        ),
        ("id", "Polisi India menembakkan gas air mata di Srinagar, Senin.", "ASSAULT", ("IND", "CVL")),
        ("id", "Pemerintah Pakistan memberlakukan jam malam di Quetta, Minggu.", "COERCE", ("PAK", "CVL")),
    ],
)
def test_a_place_struck_by_police_or_gunmen_stands_for_its_people(lang, text, event, party):
    events = coded(lang, text, event)
    assert any(party in {(p.code, p.sector) for p in e.recipient} for e in events), events


def test_a_place_an_army_shells_keeps_no_sector():
    events = coded("en", "Indian troops shelled Muzaffarabad on Monday.", "ASSAULT")
    assert events
    assert all(p.sector == "" for e in events for p in e.recipient), events
