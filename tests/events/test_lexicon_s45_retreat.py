"""Lifted bans and sanctions told alike in both languages (session 45, retreat; en/triggers/retreat.yaml,
en/triggers/concede.yaml, actors/bodies_s45_retreat.yaml, coder.party_after): a lifting announced is
coded as the Indonesian "mengumumkan pencabutan …" is (RETREAT for a ban or a freeze, CONCEDE for
sanctions, never sanctions imposed); a lifted ban is lifted for the party it names later in the
sentence ("… on flights of EgyptAir", "di penerbangan maskapai Lufthansa"); national airlines are
their state's business sector — and near misses: new sanctions announced, a ban lifted naming no one."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Moscow announced the lifting of its ban on Moldovan wine imports on Tuesday.", "RETREAT", "RUS", "MDA"),
        ("en", "The Treasury Department of the United States announced the lifting of the freeze on Syrian accounts.",
         "RETREAT", "USA", "SYR"),
        ("en", "Brussels announced the lifting of sanctions on Belarusian potash exporters.", "CONCEDE", None, "BLR"),
        ("id", "Moskow mengumumkan pencabutan larangan impor anggur Moldova pada Selasa.", "RETREAT", "RUS", "MDA"),
        ("en", "Kuwait lifted its ban on large electronic devices, such as tablets, on flights of Lufthansa.",
         "RETREAT", "KWT", "DEU"),
        ("id", "Kuwait mencabut larangan membawa tablet, seperti iPad, di penerbangan maskapai Lufthansa.",
         "RETREAT", "KWT", "DEU"),
        ("en", "Egypt lifted a two-year ban on EgyptAir flights to Doha.", "RETREAT", "EGY", "EGY"),
        ("id", "Arab Saudi mencabut larangan bagi maskapai Etihad Airways untuk mendarat di Riyadh.",
         "RETREAT", "SAU", "ARE"),
    ],
)
def test_lifted_bans(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2017-07-20")
    if actor is None:
        assert any(e == event and recipient in r for e, _, r in found), found
    else:
        assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Brussels announced the lifting of sanctions on Belarusian potash exporters.", "SANCTION"),
        ("en", "Washington announced new sanctions on Iranian oil exporters.", "RETREAT"),
        ("en", "Washington announced new sanctions on Iranian oil exporters.", "CONCEDE"),
        ("id", "Washington mengumumkan sanksi baru terhadap eksportir minyak Iran.", "RETREAT"),
    ],
)
def test_lifted_ban_near_misses(lang, text, event):
    found = coded_in(lang, text, "2017-07-20")
    assert all(e != event for e, _, _ in found), found
