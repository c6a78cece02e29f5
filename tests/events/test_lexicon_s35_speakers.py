"""Speakers and actors named by their title or a pronoun (session 35, speakers; actors/match.py
ArticleMemory.office_holder, ActorMatcher.office_named_before, ActorMatcher.spoken_of): a bare title
marked as named before ("the prime minister", "the minister told reporters", "menteri itu", "kata
juru bicara itu") is the one person the story named with that title a sentence or two back, in both
languages; a person named inside a quote is spoken of, so the "he said"/"katanya" closing it is the
speaker named before. Near misses: another title, two holders of the title in reach, a title named
long before."""

from __future__ import annotations

from functools import partial

import pytest

import warta
from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Japanese Prime Minister Shigeru Ishiba arrived in Manila on Friday. The prime minister condemned "
               "China's harassment of Philippine vessels.", "ACCUSE", "JPN", "CHN"),
        ("id", "Perdana Menteri Jepang Shigeru Ishiba tiba di Manila pada Jumat. Perdana menteri itu mengecam China "
               "atas gangguan terhadap kapal-kapal Filipina.", "ACCUSE", "JPN", "CHN"),
        ("en", "Turkish Foreign Minister Hakan Fidan held talks in Cairo on Monday. \"We urge Israel to allow aid "
               "into Gaza,\" the minister told reporters.", "REQUEST", "TUR", "ISR"),
        ("id", "Menteri Luar Negeri Turki Hakan Fidan mengadakan pembicaraan di Kairo pada Senin. \"Kami mendesak "
               "Israel membuka akses bantuan ke Gaza,\" kata menteri itu kepada wartawan.", "REQUEST", "TUR", "ISR"),
        ("en", "US Ambassador to Japan Rahm Emanuel visited Seoul on Tuesday. The ambassador accused China of "
               "economic coercion.", "ACCUSE", "USA", "CHN"),
    ],
)
def test_title_named_before_is_its_holder(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2024-10-05")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Polish Foreign Minister Radoslaw Sikorski spoke in Warsaw on Monday. \"Vladimir Putin must withdraw "
               "his troops from Ukraine,\" he said."),
        ("id", "Menteri Luar Negeri Polandia Radoslaw Sikorski berbicara di Warsawa pada Senin. \"Vladimir Putin "
               "harus menarik pasukannya dari Ukraina,\" katanya."),
        ("en", "Polish Foreign Minister Radoslaw Sikorski spoke in Warsaw on Monday. \"We demand that Vladimir Putin "
               "withdraw his troops from Ukraine,\" he said."),
        ("id", "Menteri Luar Negeri Polandia Radoslaw Sikorski berbicara di Warsawa pada Senin. \"Kami menuntut "
               "Vladimir Putin menarik pasukannya dari Ukraina,\" katanya."),
    ],
)
def test_person_in_the_quote_is_not_its_speaker(lang, text):
    found = coded_in(lang, text, "2024-10-05")
    assert has(found, "REQUEST", "POL", "RUS"), found
    assert not has(found, "REQUEST", "RUS"), found


def test_another_title_is_not_the_holder():
    found = english(
        "Japanese Prime Minister Shigeru Ishiba arrived in Manila on Friday. The governor condemned China's "
        "harassment of Philippine vessels.",
        pub_date="2024-10-05",
    )
    assert has(found, "ACCUSE", "PHL", "CHN"), found
    assert not has(found, "ACCUSE", "JPN"), found


def office_holder_used(lang: str, text: str) -> bool:
    return any("coref.office_holder" in e.rules for e in warta.code(text, lang=lang, pub_date="2024-10-05"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two presidents named just before: "the president" is either
        ("en", "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kigali on Sunday. The "
               "president urged Ethiopia to withdraw its troops from the border."),
        ("id", "Presiden Kenya William Ruto bertemu Presiden Uganda Yoweri Museveni di Kigali pada Minggu. Presiden "
               "itu mendesak Ethiopia menarik pasukannya dari perbatasan."),
        # the title named three sentences back, no word of its holder since
        ("en", "Kenyan President William Ruto flew to Kigali on Sunday. Talks opened at noon. Trade was on the "
               "agenda. The president urged Ethiopia to withdraw its troops from the border."),
    ],
)
def test_title_without_one_holder_in_reach(lang, text):
    assert not office_holder_used(lang, text)
