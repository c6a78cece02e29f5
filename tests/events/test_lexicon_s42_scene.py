"""What sets a story's scene (session 42, scene): a place or state named as a topic ("spoke about
Syria", "the Kashmir issue", "berbicara soal Gaza"; grammar topic_nouns, topic_preps; coder.names_topic,
match.names_topic) sets no scene for a later unnamed "police"/"polisi" — and a near miss: a place the
story is set in still does."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Hundreds of students gathered in Lahore on Friday. They spoke about Syria for two hours. "
         "Police arrested twelve of them near the stadium.", "COERCE", "PAK", "PAK", "2016-09-01"),
        ("Hundreds of students gathered in Lahore on Friday. They discussed the Palestine question for two hours. "
         "Police arrested twelve of them near the stadium.", "COERCE", "PAK", "PAK", "2016-09-01"),
    ],
)
def test_english_topic_sets_no_scene(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Ratusan mahasiswa berkumpul di Lahore, Jumat. Mereka berbicara soal Gaza selama dua jam. "
         "Polisi menangkap dua belas mahasiswa di dekat stadion.", "COERCE", "PAK", "PAK", "2016-09-01"),
        ("Ratusan mahasiswa berkumpul di Lahore, Jumat. Mereka membahas masalah Gaza selama dua jam. "
         "Polisi menangkap dua belas mahasiswa di dekat stadion.", "COERCE", "PAK", "PAK", "2016-09-01"),
    ],
)
def test_indonesian_topic_sets_no_scene(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_place_the_story_is_set_in_still_sets_the_scene():
    found = english("Hundreds of students gathered in Lahore on Friday. They later travelled to Aleppo. "
                    "Police in Aleppo arrested twelve of them near the stadium.", pub_date="2016-09-01")
    assert has(found, "COERCE", "SYR", None), found

