"""The critic named inside a reaction noun (session 41, criticnoun; grammar `reaction_nouns`,
attribution.critic_of_reaction): "the raid drew Egyptian condemnation", "sparked Chinese anger",
"menuai kecaman Mesir", "memicu kemarahan China" — the party owning the reaction noun (before it in
English, after it in Indonesian) is the critic, the subject or the act's doer the one criticised, a
target after "of"/"terhadap" first; and that critic is never the earlier act's victim. Near misses:
a reaction noun with no owner, a criticism the subject rejects."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The Turkish shelling of the border town drew Syrian condemnation on Friday.", "SYR", "TUR"),
        ("Pakistan's missile test sparked sharp Indian criticism.", "IND", "PAK"),
        ("The Russian blockade of the port provoked Ukraine's anger.", "UKR", "RUS"),
        ("The election law drew rare British criticism of its ally Kenya.", "GBR", "KEN"),
    ],
)
def test_english_critic_before_reaction_noun(text, actor, recipient):
    found = english(text, pub_date="2021-05-04")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Penembakan artileri Turki ke kota perbatasan itu menuai kecaman Suriah, Jumat.", "SYR", "TUR"),
        ("Uji coba rudal Pakistan memicu kecaman keras India.", "IND", "PAK"),
        ("Undang-undang pemilu itu mengundang kecaman Inggris terhadap sekutunya, Kenya.", "GBR", "KEN"),
    ],
)
def test_indonesian_critic_after_reaction_noun(text, actor, recipient):
    found = indonesian(text, pub_date="2021-05-04")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        ("en", "The Turkish shelling of the border town drew Syrian condemnation on Friday.", "SYR"),
        ("id", "Serangan udara Turki ke desa itu menuai kecaman Suriah.", "SYR"),
        ("id", "Serangan udara Turki ke desa itu menuai kecaman dari Suriah.", "SYR"),
    ],
)
def test_the_critic_is_not_the_acts_victim(lang, text, victim):
    found = coded_in(lang, text, "2021-05-04")
    assert not any(e in ("ASSAULT", "COERCE") and victim in r for e, _, r in found), found


def test_near_misses():
    # no owner of the reaction noun: no critic to code
    assert not has(english("The decision drew strong criticism.", pub_date="2021-05-04"), "ACCUSE", "USA")
    # a criticism the subject answers: the owner is the one rejected, not a critic
    found = english("Israel rejected US criticism of the raid.", pub_date="2021-05-04")
    assert has(found, "REJECT", "ISR", "USA"), found
    assert not has(found, "ACCUSE", "USA", "ISR"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Vietnam's new maritime law won Japanese praise on Tuesday."),
        ("en", "Vietnam's maritime reform earned Japanese plaudits."),
        ("id", "Undang-undang maritim baru Vietnam mendapat pujian Jepang, Selasa."),
        ("id", "Reformasi maritim Vietnam menuai apresiasi Jepang."),
    ],
)
def test_praise_giver_named_with_the_noun(lang, text):
    found = coded_in(lang, text, "2021-05-04")
    assert has(found, "SUPPORT", "JPN", "VNM"), found


def test_praise_with_no_giver_is_not_coded():
    assert not english("The minister won praise for his handling of the flood.", pub_date="2021-05-04")
    assert not indonesian("Menteri itu mendapat apresiasi atas penanganan banjir.", pub_date="2021-05-04")
