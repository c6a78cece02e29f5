"""The envoy as speaker of a pronoun (session 32, agreeid; actors/match.envoy_sender): "The Russian
ambassador to Britain said he …", "Dubes Rusia untuk Inggris mengatakan, dia …" — the pronoun after
the speech verb is the envoy, of the state that sent them, not the state they are posted to (grammar
`posted_to`), as clauses.envoy_of already reads the speech frame. Found by coding the parallel
corpus side by side. Own sentences; near misses: a speaker named by place ("in Basra") keeps its own
state, and a non-government mention before the post word is no envoy."""

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
        ("en", "The Russian ambassador to Britain said he would like British troops to leave Estonia.",
         "REQUEST", "RUS", "GBR"),
        ("en", "The Japanese ambassador to China said on Monday he condemned the arrest of a Japanese businessman.",
         "ACCUSE", "JPN", None),
        ("id", "Dubes Rusia untuk Inggris mengatakan, dia mengecam pengusiran diplomat Rusia dari London.",
         "ACCUSE", "RUS", "GBR"),
        ("id", "Duta Besar Jepang untuk China mengatakan, Senin, dia mengecam penangkapan seorang pengusaha Jepang.",
         "ACCUSE", "JPN", None),
    ],
)
def test_envoy_speaks_for_the_state_that_sent_them(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2024-03-01")
    if recipient is None:
        assert any(e == event and actor in a for e, a, _ in found), found
    else:
        assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "wrong_actor"),
    [
        # the post is no speaker: before the rule, the pronoun took the state posted to
        ("en", "The Russian ambassador to Britain said he would like British troops to leave Estonia.",
         "REQUEST", "GBR"),
        ("id", "Dubes Rusia untuk Inggris mengatakan, dia mengecam pengusiran diplomat Rusia dari London.",
         "ACCUSE", "GBR"),
    ],
)
def test_post_of_envoy_is_not_the_speaker(lang, text, event, wrong_actor):
    found = coded_in(lang, text, pub_date="2024-03-01")
    assert not any(e == event and wrong_actor in a for e, a, _ in found), found


def test_speaker_named_by_place_keeps_own_state():
    # near miss: no post word before the speaker's mention
    found = english("Iraqi police chiefs in Basra said they condemned the attack on the mosque.", pub_date="2024-03-01")
    assert any(e == "ACCUSE" and "IRQ" in a for e, a, _ in found), found
