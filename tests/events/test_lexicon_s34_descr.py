"""Coreference of descriptions (session 34, descr; actors/match.py ActorMatcher.description_reference,
ArticleMemory.description, grammar `descriptions`, `definite_articles`): a person the story described
by a role noun and a state ("a Polish passenger", "a Syrian gunman", "seorang penumpang Turki") is whom
a later definite noun of the same role points at ("Police arrested the passenger", "the gunman",
"penumpang tersebut", "penyerang itu") — and near misses: a noun of another role, no description
before, a description in an earlier story."""

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
        ("A Turkish passenger threatened the crew of a flight to Berlin on Monday. "
         "German police arrested the passenger after the plane landed in Hamburg.",
         "COERCE", "DEU", "TUR", "2021-04-10"),
        ("A Syrian gunman opened fire at a checkpoint in Amman on Friday. "
         "Jordanian police said the gunman was arrested hours later.",
         "COERCE", "JOR", "SYR", "2022-05-25"),
    ],
)
def test_english_description_points_back(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Seorang penumpang Turki mengancam awak pesawat tujuan Berlin pada Senin. "
         "Polisi Jerman menangkap penumpang tersebut setelah pesawat mendarat di Hamburg.",
         "COERCE", "DEU", "TUR", "2021-04-10"),
        ("Seorang penyerang asal Suriah menembaki pos pemeriksaan di Amman, Jumat. "
         "Polisi Yordania kemudian menangkap penyerang itu.",
         "COERCE", "JOR", "SYR", "2022-05-25"),
    ],
)
def test_indonesian_description_points_back(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        # another role: "the man" is no "passenger"
        ("en", "A Turkish passenger complained about the delay on Monday. "
               "German police arrested the man after the plane landed in Hamburg.", "2021-04-10"),
        # no description before: the passenger is no Turk
        ("en", "The plane from Istanbul landed in Hamburg on Monday. "
               "German police arrested the passenger after a fight on board.", "2021-04-10"),
        ("id", "Seorang penumpang Turki mengeluhkan keterlambatan pada Senin. "
               "Polisi Jerman menangkap pria tersebut setelah pesawat mendarat di Hamburg.", "2021-04-10"),
    ],
)
def test_description_near_misses(lang, text, date):
    found = coded_in(lang, text, pub_date=date)
    assert not has(found, "COERCE", None, "TUR"), found


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "A plane made an emergency landing in Hamburg, Germany, on Monday. "
               "Police arrested a passenger but found no weapon on the Turkish man.", "2021-04-10"),
        ("id", "Sebuah pesawat mendarat darurat di Hamburg, Jerman, pada Senin. "
               "Polisi menangkap seorang penumpang, namun tidak menemukan senjata pada pria Turki itu.", "2021-04-10"),
    ],
)
def test_state_of_a_person_described_again_sets_no_scene(lang, text, date):
    """ "… on the Turkish man", "pada pria Turki itu": the origin of someone described before, not
    where the story is set — the police stay the scene's (Germany's)."""
    found = coded_in(lang, text, pub_date=date)
    assert has(found, "COERCE", "DEU", None), found
    assert not has(found, "COERCE", "TUR", None), found
