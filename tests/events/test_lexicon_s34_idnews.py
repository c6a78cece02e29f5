"""People met again by a recalling determiner (session 34, idnews; grammar `recalling_determiners`,
actors.match ActorMatcher.recalls): a story names people with their nationality ("Rohingya refugees",
"mahasiswa Indonesia") and later meets them again as "the refugees", "para mahasiswa" — they stay
the people named before, not the scene's own, alike in English and Indonesian. Near misses: a state's
civil organ ("the government") stays the scene's; a sector noun with no determiner, or one the story
never named with a party, stays the scene's too."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "date"),
    [
        ("en", "Thousands of Rohingya refugees crossed into Bangladesh last week. "
         "Bangladeshi police later arrested the refugees near the border.", "BGD", "MMR", "2017-08-28"),
        ("en", "Dozens of Indonesian students protested outside the Egyptian embassy in Cairo on Monday. "
         "Egyptian police later detained the students.", "EGY", "IDN", "2017-08-02"),
        ("id", "Ribuan pengungsi Rohingya menyeberang ke Bangladesh pekan lalu. "
         "Polisi Bangladesh kemudian menangkap para pengungsi di dekat perbatasan.", "BGD", "MMR", "2017-08-28"),
        ("id", "Puluhan mahasiswa Indonesia berunjuk rasa di depan Kedutaan Besar Mesir di Kairo pada Senin. "
         "Polisi Mesir kemudian menahan para mahasiswa.", "EGY", "IDN", "2017-08-02"),
    ],
)
def test_people_met_again_are_those_named_before(lang, text, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert ("COERCE", [actor], [recipient]) in found, found


def test_a_government_met_again_stays_the_scenes():
    """ "the government" after another state's government is the one where the sentence is set."""
    found = english(
        "The Eritrean government expelled two aid workers on Monday. "
        "In Bangladesh, the government arrested an opposition leader on Tuesday.",
        pub_date="2007-03-01",
    )
    assert has(found, "COERCE", "BGD", "BGD"), found
    assert not has(found, "COERCE", "ERI", "BGD") and not has(found, "COERCE", "BGD", "ERI"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rohingya refugees crossed into Bangladesh last week. Police in Dhaka arrested protesters on Tuesday."),
        ("id", "Ribuan pengungsi Rohingya menyeberang ke Bangladesh pekan lalu. "
         "Polisi di Dhaka menangkap pengunjuk rasa pada Selasa."),
    ],
)
def test_other_people_without_the_determiner_stay_the_scenes(lang, text):
    found = coded_in(lang, text, pub_date="2017-08-28")
    assert ("COERCE", ["BGD"], ["BGD"]) in found, found
    assert not has(found, "COERCE", "BGD", "MMR"), found
