"""The scene a story is set in (session 30c, scene; grammar `border_nouns`,
actors.match.names_border): a state named as the owner of a border ("a town close to the Afghan
border in Pakistan", "dekat perbatasan Afghanistan") says what a place is near, not where the story
is — the police and troops of the next sentence are the scene's (Pakistan's). Near miss: a state's
own officials named outside a border phrase still set its scene."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Chaman, a dusty town close to the Afghan border in Pakistan's Balochistan province, has seen "
         "clashes before. The town was placed under curfew and troops were deployed to restore order.",
         "COERCE", "PAK", "PAK"),
        ("en", "Torkham, a busy crossing on the Afghan frontier in Pakistan's northwest, has been tense for "
         "weeks. Police arrested 30 people after the clashes.", "COERCE", "PAK", "PAK"),
        ("id", "Chaman, kota kecil di dekat perbatasan Afghanistan di provinsi Balochistan, Pakistan, sering "
         "dilanda bentrokan. Polisi menangkap 30 orang setelah bentrokan itu.", "COERCE", "PAK", "PAK"),
    ],
)
def test_border_owner_sets_no_scene(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2007-03-01")
    assert has(found, event, actor, recipient), found
    assert not has(found, event, "AFG", None), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Afghan officials say Spin Boldak has been tense for weeks. "
         "Police arrested 30 people after the clashes."),
        ("id", "Pejabat Afghanistan mengatakan Spin Boldak tegang selama berminggu-minggu. Polisi menangkap 30 "
         "orang setelah bentrokan itu."),
    ],
)
def test_state_named_outside_a_border_still_sets_the_scene(lang, text):
    found = coded_in(lang, text, pub_date="2007-03-01")
    assert has(found, "COERCE", "AFG", "AFG"), found
