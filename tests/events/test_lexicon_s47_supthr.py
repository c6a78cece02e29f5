"""Praise of a sign that a party will act (session 47, supthr; attribution.welcomed_sign, grammar
`sign_nouns` en/id): "welcomed signs that the government would allow aid in", "menyambut baik
indikasi bahwa pemerintah akan …" is aimed at the subject of the that/bahwa clause after the noun,
in both languages alike — and near misses: welcoming news that names no party stays unaimed, and
a plain object keeps its own recipient."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en", pub_date="2019-05-02")
indonesian = partial(coded_in, "id", pub_date="2019-05-02")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Germany welcomed signs that the Sudanese military would hand power to civilians.", "DEU", "SDN"),
        ("The Vatican welcomed assurances that the Chinese authorities would free the bishop.", "VAT", "CHN"),
        ("Norway praised reports that Colombia had disarmed the last rebel unit.", "NOR", "COL"),
    ],
)
def test_english_praise_of_a_sign_aims_at_the_clause_subject(text, actor, recipient):
    found = english(text)
    assert has(found, "SUPPORT", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Jerman menyambut baik indikasi bahwa militer Sudan akan menyerahkan kekuasaan kepada sipil.", "DEU", "SDN"),
        ("Vatikan menyambut baik jaminan bahwa otoritas China akan membebaskan uskup itu.", "VAT", "CHN"),
        ("Norwegia memuji tanda-tanda bahwa Kolombia telah melucuti unit pemberontak terakhir.", "NOR", "COL"),
    ],
)
def test_indonesian_praise_of_a_sign_aims_at_the_clause_subject(text, actor, recipient):
    found = indonesian(text)
    assert has(found, "SUPPORT", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany welcomed the news on Monday.", "en"),
        ("Jerman menyambut baik kabar itu pada Senin.", "id"),
    ],
)
def test_news_naming_no_party_is_not_aimed(text, lang):
    found = coded_in(lang, text, pub_date="2019-05-02")
    assert not has(found, "SUPPORT", "DEU"), found
