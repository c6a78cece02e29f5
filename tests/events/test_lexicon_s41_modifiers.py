"""A state's name as the topic of a noun (session 41, modifiers; grammar `topic_nouns` en/id,
actors.match topic_of): "a Ukraine expert", "the White House's Syria policy", "pakar Ukraina", "isu
Palestina" name what the noun is about, not a party — and near misses where the state stays one: a
demonym or an abbreviation ("Russian policy", "US policy": the state's own), a deal or talks made with
the state ("the Iran deal"), officials of the state ("Ukraine officials"), Indonesian "kebijakan
Amerika Serikat" (America's own policy)."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "Senator Lindsey Graham sharply criticized the White House's Syria policy on Sunday.", "SYR"),
        ("en", "Pompeo accused the State Department's Ukraine expert of lying to Congress.", "UKR"),
        ("en", "Japan and South Korea discussed the Iran issue in Tokyo on Monday.", "IRN"),
        ("en", "Moscow condemned the Pentagon's new Russia strategy.", "RUS"),
        ("id", "Menlu Retno membahas isu Palestina dengan Menlu Yordania di Amman.", "PSE"),
        ("id", "Presiden Trump mengecam pakar Ukraina itu.", "UKR"),
        ("id", "Jepang dan Korea Selatan membahas masalah Korea Utara di Tokyo.", "PRK"),
    ],
)
def test_topic_state_is_no_recipient(lang, text, topic):
    found = coded_in(lang, text, "2019-03-01")
    assert all(topic not in r for _, _, r in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Japan and South Korea discussed the Iran issue in Tokyo on Monday.", "CONSULT", "KOR", "JPN"),
        ("en", "Moscow condemned the Pentagon's new Russia strategy.", "ACCUSE", "RUS", "USA"),
        ("id", "Menlu Retno membahas isu Palestina dengan Menlu Yordania di Amman.", "CONSULT", "IDN", "JOR"),
        # near misses: the state stays a party
        ("en", "The Chinese government condemned US policy on Sunday.", "ACCUSE", "CHN", "USA"),
        ("en", "Trump condemned the Iran deal on Tuesday.", "ACCUSE", "USA", "IRN"),
        ("en", "Pompeo met Ukraine officials in Kyiv on Friday.", "CONSULT", "USA", "UKR"),
        ("id", "Rusia mengecam kebijakan Amerika Serikat di Suriah.", "ACCUSE", "RUS", "USA"),
    ],
)
def test_parties_beside_topics(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2019-03-01")
    assert has(found, event, actor, recipient), found
