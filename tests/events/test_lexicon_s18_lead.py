"""The lead's eighteenth pass: a civil-society body the actor lists do not name ("the National
Association of Retired Teachers", "Asosiasi Pemilik Kedai Kopi") is still an actor, of the story's
country, by its head noun."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "state"),
    [
        ("en", "MANILA: The National Association of Retired Teachers sued the government on Monday.", "ACCUSE", "PHL"),
        ("en", "OTTAWA: The federation urged the government to lift the ban.", "REQUEST", "CAN"),
        ("id", "JAKARTA - Asosiasi Pemilik Kedai Kopi menggugat pemerintah ke pengadilan.", "ACCUSE", "IDN"),
        ("id", "JAKARTA - Yayasan itu mendesak pemerintah mencabut larangan tersebut.", "REQUEST", "IDN"),
    ],
)
def test_an_unlisted_association_takes_the_story_country(lang, text, event, state):
    found = coded_in(lang, text, "2016-05-10")
    assert has(found, event, state, state), found
