"""Places and states named in passing set no scene (warta.actors.passing; helper s56-scenedrift)."""

import pytest

from warta.actors.passing import PassingPlaces
from warta.lang.base import language


def span(code: str, text: str, name: str):
    lang = language(code)
    tokens = lang.sentences(text)[0].tokens
    words = name.split()
    first = next(i for i in range(len(tokens)) if [t.text for t in tokens[i : i + len(words)]] == words)
    return PassingPlaces(lang), tokens, first, first + len(words)


@pytest.mark.parametrize(
    ("code", "text", "name", "expected"),
    [
        ("id", "Tersangka itu diketahui berada di Arab Saudi sejak April.", "Arab Saudi", True),
        ("id", "Ledakan terjadi saat laga final antara Argentina dan Prancis.", "Prancis", True),
        ("id", "Bank itu dijual kepada konsorsium Hong Kong.", "Hong Kong", True),
        ("id", "Polisi menangkap dua orang di Arab Saudi.", "Arab Saudi", False),
        ("en", "The cleric, who lives in Saudi Arabia, denied it.", "Saudi", True),
        ("en", "The bank was sold to a Hong Kong consortium.", "Hong Kong", True),
        ("en", "Fans watched the final between Argentina and France.", "France", True),
        ("en", "They signed the final deal between Iran and Iraq.", "Iraq", False),
        ("en", "Police arrested two men in Santana on Monday.", "Santana", False),
    ],
)
def test_in_passing(code, text, name, expected):
    passing, tokens, first, last = span(code, text, name)
    assert passing.in_passing(tokens, first, last) is expected


@pytest.mark.parametrize(
    ("code", "text", "name", "expected"),
    [
        ("en", "Deputies arrested him at Santana High School on Monday.", "Santana", True),
        ("en", "Police arrested two men in Santana on Monday.", "Santana", False),
        ("id", "Siswa SMA Santana di San Diego ditembak.", "Santana", True),
        ("id", "Polisi menangkap dua orang di Santana.", "Santana", False),
    ],
)
def test_in_institution(code, text, name, expected):
    passing, tokens, first, last = span(code, text, name)
    assert passing.institution(tokens, first, last) is expected
