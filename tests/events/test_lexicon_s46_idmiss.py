"""A person said to come from a state, arrested or attacked in another (session 46, idmiss;
actors.match beside_states, grammar `person_origin_words`, `person_nouns`): "seorang pria asal
Uzbekistan ditahan di Swedia", "a woman from Uzbekistan was detained in Sweden" name Uzbek civilians,
as "seorang pria Uzbekistan", "an Uzbek man" do — not the Swedes of the scene. Suspects ("tersangka",
"suspect") are such persons too. Near misses: a person with no state named keeps the scene."""

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
        ("Seorang pria asal Kirgistan ditangkap di Oslo, Norwegia, pada Sabtu.", "COERCE", "NOR", "KGZ", "2019-05-12"),
        ("Polisi Jerman menahan dua wanita berkebangsaan Maroko di Hamburg.", "COERCE", "DEU", "MAR", "2019-05-12"),
        ("Seorang tersangka asal Tunisia ditahan di Belgia terkait penikaman itu.",
         "COERCE", "BEL", "TUN", "2019-05-12"),
    ],
)
def test_indonesian_person_from_a_state(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("A man from Kyrgyzstan was arrested in Oslo, Norway, on Saturday.", "COERCE", "NOR", "KGZ", "2019-05-12"),
        ("German police detained two women from Morocco in Hamburg.", "COERCE", "DEU", "MAR", "2019-05-12"),
        ("A Tunisian suspect was detained in Belgium over the stabbing.", "COERCE", "BEL", "TUN", "2019-05-12"),
    ],
)
def test_english_person_from_a_state(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_person_with_no_state_keeps_the_scene():
    found = indonesian("Seorang pria ditangkap di Oslo, Norwegia, pada Sabtu.", pub_date="2019-05-12")
    assert not has(found, "COERCE", "NOR", "KGZ"), found
    found = english("A man was arrested in Oslo, Norway, on Saturday.", pub_date="2019-05-12")
    assert not has(found, "COERCE", "NOR", "KGZ"), found
