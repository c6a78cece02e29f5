"""Praise whose direct object is an unnamed body of another organ of the actor's own state is praise
of that body (attribution.PRAISE): the police, the security forces, the army."""

from __future__ import annotations

import pytest

from conftest import coded_in, has_event


@pytest.mark.parametrize(
    "lang, text, state",
    [
        ("en", "President Obama praised the police for their quick response.", "USA"),
        ("id", "Presiden Joko Widodo mengapresiasi aparat keamanan yang menjaga unjuk rasa itu.", "IDN"),
    ],
)
def test_an_official_praising_the_police_praises_them(lang, text, state):
    assert has_event(coded_in(lang, text, "2017-05-01"), "SUPPORT", state, state)


@pytest.mark.parametrize(
    "lang, text",
    [
        # people, not an organ of the state, backing their government: a poll, no praise given
        ("en", "Most Italians support the technocrat government, a poll showed."),
        ("id", "Kebanyakan warga Italia mendukung pemerintah teknokrat, menurut jajak pendapat."),
    ],
)
def test_people_backing_their_own_government_is_no_praise(lang, text):
    found = coded_in(lang, text, "2017-05-01")
    assert not any(e == "SUPPORT" and a == r for e, a, r in found), found


def test_the_speakers_ministry_after_the_quote_is_not_the_one_praised():
    text = "Rusia menjanjikan dukungan penuh untuk Korea Utara, kata Kementerian Luar Negeri Rusia."
    found = coded_in("id", text, "2023-10-19")
    assert not any(e == "SUPPORT" and "RUS" in r for e, _, r in found), found
