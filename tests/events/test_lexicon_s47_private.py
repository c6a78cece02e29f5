"""Acts of private parties that are no political event (s47, private): an unnamed private person's
trip ("the Chinese swimmer arrived in …", coder.private_traveller), a game's result told with its
score and a word of sport ("ditahan … 3-3 dalam pertandingan", coder.game_score), what an unnamed
company gives up aimed at no party named ("The company rolled back its policy", BUSINESS_DEEDS) —
and near misses that stay coded: a minister's visit, police arresting football fans, a state that
rolls back a policy."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The Brazilian swimmer arrived in Japan for the world championships.", "CONSULT"),
        ("en", "The Japanese climber arrived in Nepal on Monday ahead of his Everest attempt.", "CONSULT"),
        ("en", "A Kenyan marathon runner arrived in Boston for the race.", "CONSULT"),
        ("id", "Persib ditahan Arema 2-2 dalam laga Liga 1 di Bandung.", "COERCE"),
        ("id", "Juventus ditahan imbang Napoli 1-1 dalam pertandingan Liga Italia.", "COERCE"),
        ("en", "The company rolled back its dress code policy after complaints from staff.", "CONCEDE"),
        ("en", "The Swedish retailer postponed its plans for a stock market listing until next year.", "CONCEDE"),
        ("id", "Perusahaan kontraktor itu mundur dari tender pembangunan jalan tol di Sumatera.", "RETREAT"),
        ("id", "Sebuah pialang asing mundur dari program perdagangan obligasi negara.", "RETREAT"),
    ],
)
def test_private_acts_not_coded(lang, text, event):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "The Japanese foreign minister arrived in Nepal on Monday for talks.", "CONSULT", "JPN", "NPL"),
        ("id", "Polisi Inggris menahan 20 suporter sepak bola setelah kerusuhan di London.", "COERCE", "GBR", "GBR"),
        ("en", "Canada rolled back its visa policy for Mexican travellers.", "CONCEDE", "CAN", None),
        ("id", "Menteri Perdagangan Malaysia mundur dari jabatannya pekan lalu.", "RETREAT", "MYS", None),
    ],
)
def test_public_acts_still_coded(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2023-06-10")
    if recipient is None:
        assert any(e == event and actor in a for e, a, _ in found), found
    else:
        assert has(found, event, actor, recipient), found
