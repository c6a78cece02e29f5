"""A concession that names no one it is made to is made at home, to the actor's own state's people."""

from __future__ import annotations

import pytest

from conftest import coded_in, has_event


@pytest.mark.parametrize(
    "lang, text, actor",
    [
        ("en", "A Dutch court acquitted a man charged with helping a woman end her life.", "NLD"),
        ("en", "Nepal's King Gyanendra gave in to the protests and restored parliament.", "NPL"),
        ("id", "Pengadilan Belanda membebaskan seorang pria yang dituduh membantu bunuh diri.", "NLD"),
        ("id", "Presiden Afrika Selatan Jacob Zuma meminta maaf kepada rakyat atas kekeliruannya.", "ZAF"),
    ],
)
def test_a_concession_to_no_one_named_is_to_the_own_state(lang, text, actor):
    assert has_event(coded_in(lang, text, "2007-03-01"), "CONCEDE", actor, actor)


def test_a_concession_to_another_state_keeps_it():
    found = coded_in("en", "Japan apologised to South Korea for the wartime abuses.", "2007-03-01")
    assert has_event(found, "CONCEDE", "JPN", "KOR")
