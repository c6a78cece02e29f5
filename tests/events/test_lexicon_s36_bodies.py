"""What warta remembers as a person when the text names a body (session 36, bodies; match.leader_body,
match.headed_sector, grammar `leader_bodies`, `head_titles`): a leader's name beside a word for the
government he leads ("the Trump administration", "pemerintahan Jokowi", "rezim Assad") is the state's
government, so a later "He"/"Ia" does not land on the leader; a head title joined to another sector
term takes that term's sector ("the president of the teachers' union" is labour's, "juru bicara
kejaksaan" the judiciary's) — and near misses: a title alone, a leader named alone."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, mentions_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "code", "name"),
    [
        ("en", "The Trump administration imposed new sanctions on Iran.", "SANCTION", "USA", "United States"),
        ("en", "The Assad regime bombed rebel-held towns in Idlib province.", "ASSAULT", "SYR", "Syria"),
        ("id", "Pemerintahan Jokowi menjatuhkan sanksi kepada Australia.", "SANCTION", "IDN", "Indonesia"),
        ("id", "Rezim Assad membom kota-kota yang dikuasai pemberontak.", "ASSAULT", "SYR", "Syria"),
    ],
)
def test_a_leaders_government_is_the_states_government(lang, text, event, code, name):
    import warta

    found = [e for e in warta.code(text, lang=lang, pub_date="2019-05-01") if e.event == event]
    actors = [(a.code, a.sector, a.name) for e in found for a in e.actor]
    assert (code, "GOV", name) in actors, actors


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "The Trump administration imposed new sanctions on Iran. He called the sanctions illegal.", "USA"),
        ("en", "The Modi government expelled a Pakistani diplomat. He had accused India of spying.", "IND"),
        ("id", "Pemerintahan Jokowi mengusir seorang diplomat Australia. Ia menuduh Australia menyadap.", "IDN"),
    ],
)
def test_a_pronoun_after_a_leaders_government_is_not_the_leader(lang, text, code):
    found = coded_in(lang, text, "2019-05-01")
    assert not any(event == "ACCUSE" and code in actor for event, actor, _ in found), found


def test_the_leader_named_alone_stays_a_person():
    found = english("Trump imposed new sanctions on Iran. He called Iran a rogue state.", pub_date="2019-05-01")
    assert has(found, "SANCTION", "USA", "IRN"), found
    assert has(found, "ACCUSE", "USA", "IRN"), found


@pytest.mark.parametrize(
    ("lang", "text", "words", "sector"),
    [
        ("en", "The president of the teachers' union criticized the education ministry in Nairobi.",
         "president of the teachers' union", "LAB"),
        ("en", "The spokesman for the Swedish prosecutor's office said the suspect was detained.",
         "spokesman for the Swedish prosecutor's office", "JUD"),
        ("id", "Juru bicara kejaksaan Swedia mengatakan tersangka kedua ditahan.",
         "Juru bicara kejaksaan Swedia", "JUD"),
    ],
)
def test_a_head_title_takes_the_sector_of_the_body_it_heads(lang, text, words, sector):
    english("warm up")  # the matcher's vocabulary is loaded with the coder's
    found = mentions_in(lang, text, "2019-05-01")
    assert any(m[0] == words and m[2] == sector for m in found), found


def test_a_head_title_alone_stays_the_governments():
    english("warm up")
    found = mentions_in("en", "The president of Kenya criticized the teachers' union.", "2019-05-01")
    assert any(m[0].startswith("president") and m[2] == "GOV" for m in found), found
