"""Police and courts keep the soil a sentence is set on (session 37, scenepol; actors/match.py
`ArticleMemory.scene`, keeper): foreign civilians held "in Jakarta" ("two Malaysian tourists",
"warga Malaysia") do not set the scene for the unnamed police, prosecutors or courts of the next
sentence — the place does. Near miss: police named with their own state stay that state's."""

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
        ("en", "Police in Surabaya detained three Australian tourists. Police accused them of drug smuggling.",
         "ACCUSE", "IDN", "AUS"),
        ("en", "Police in Bangkok held two British tourists. A court later fined them for vandalism.",
         "SANCTION", "THA", "GBR"),
        ("id", "Polisi di Medan menahan tiga warga Malaysia. Polisi menuduh mereka menyelundupkan sabu.",
         "ACCUSE", "IDN", "MYS"),
        ("id", "Polisi di Denpasar menangkap dua turis Australia. Jaksa menuduh mereka membawa ganja.",
         "ACCUSE", "IDN", "AUS"),
    ],
)
def test_held_civilians_do_not_set_the_scene(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2019-05-14")
    # the English "them" is not yet resolved to the people held (coref.own_state): the actor is the point
    assert has(found, event, actor, recipient) or any(e == event and a == [actor] for e, a, _ in found), found
    assert not any(e == event and recipient in a for e, a, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor"),
    [
        ("en", "Police in Surabaya detained three Malaysian tourists. Malaysian police accused them of fraud.",
         "ACCUSE", "MYS"),
        ("id", "Polisi di Medan menahan tiga warga Malaysia. Polisi Malaysia menuduh mereka melakukan penipuan.",
         "ACCUSE", "MYS"),
    ],
)
def test_police_named_with_their_state_stay_its_own(lang, text, event, actor):
    found = coded_in(lang, text, pub_date="2019-05-14")
    assert any(e == event and actor in a for e, a, _ in found), found
