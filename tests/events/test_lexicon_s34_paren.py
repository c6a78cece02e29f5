"""What someone is accused of is no event of its own, refusals too (session 34, paren; coder
EventCoder.alleges / refusal): "accused Iraq of ignoring its demands", "blamed the deaths on the
government for rejecting the proposal", "menuduh AS menolak untuk mencabut sanksi" code the
accusation alone (with what the refusal refuses) — while a denial answering the accusation
("… yang kemudian dibantah …") and the accuser's own next act after "and" ("accused Iraq of arming
the militias and rejected its offer") stay events."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Iran accused Iraq of ignoring its repeated warnings about the border.", "IRN", "IRQ"),
        ("en", "Turkey blamed Greece for rejecting the proposal on the islands.", "TUR", "GRC"),
        ("en", "Serbia accused Kosovo of refusing to lift the ban on Serbian goods.", "SRB", "XKX"),
        ("en",
         "The Syrian foreign minister spoke to reporters in Damascus, and blamed Turkey for ignoring its warnings.",
         "SYR", "TUR"),
        ("id", "Iran menuduh Irak mengabaikan peringatan berulang soal perbatasan.", "IRN", "IRQ"),
        ("id", "Serbia menuduh Kosovo menolak untuk mencabut larangan atas barang Serbia.", "SRB", "XKX"),
    ],
)
def test_a_refusal_one_is_accused_of_is_the_accusation(lang, text, actor, recipient):
    found = coded_in(lang, text, "2023-05-10")
    assert all(e != "REJECT" for e, _, _ in found), found
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # a denial answers the accusation: an event of its own
        ("id", "Pemerintah Sudan menuduh para pemberontak yang kemudian dibantah para pemberontak.",
         "REJECT", "SDN", "SDN"),
        # the accuser's next act in another verb form, after "and" (its party aside)
        ("en", "Iran accused Iraq of arming the militias and rejected its offer of talks.", "REJECT", None, None),
        # a refusal no one is accused of
        ("en", "Iraq ignored Iran's repeated warnings about the border.", "REJECT", "IRQ", None),
    ],
)
def test_near_misses_stay_events(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2023-05-10")
    if recipient is None:
        assert any(e == event and (actor is None or actor in a) for e, a, _ in found), found
    else:
        assert has(found, event, actor, recipient), found
