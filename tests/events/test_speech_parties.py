"""Parties of speech events (session 24, speech_parties): a denial is aimed at the accuser whose
charge it answers — the last accusation against the denier told before it (coder.answer_accusers,
grammar `denials`) — not at the state named last; a request whose object is the asker's own
followers ("his supporters", "para pendukungnya") is aimed at home (coder.asks_own_people, grammar
`follower_nouns`, `follower_possessives`, `possessive_clitics`). Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "denier", "accuser", "named_last"),
    [
        (
            "en",
            "Iran accused the United States of detaining five of its diplomats in Iraq. Washington denied the charges.",
            "USA",
            "IRN",
            "IRQ",
        ),
        (
            "en",
            "Ethiopia accused Eritrea of arming rebels in Somalia. Eritrea denied any involvement.",
            "ERI",
            "ETH",
            "SOM",
        ),
        (
            "id",
            "Iran menuduh AS menahan lima diplomatnya di Irak. Washington membantah tuduhan itu.",
            "USA",
            "IRN",
            "IRQ",
        ),
        (
            "id",
            "Etiopia menuduh Eritrea mempersenjatai pemberontak di Somalia. Tuduhan itu dibantah Eritrea.",
            "ERI",
            "ETH",
            "SOM",
        ),
    ],
)
def test_denial_answers_the_accuser(lang, text, denier, accuser, named_last):
    found = coded_in(lang, text)
    assert has(found, "ACCUSE", accuser, denier)
    assert has(found, "REJECT", denier, accuser)
    assert not has(found, "REJECT", denier, named_last)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a refusal of an offer answers no charge: its own party stays its recipient
        (
            "en",
            "Iran accused the United States of detaining five of its diplomats in Iraq. "
            "Washington rejected an offer of talks from Baghdad.",
        ),
        (
            "id",
            "Iran menuduh AS menahan lima diplomatnya di Irak. Washington menolak tawaran perundingan dari Baghdad.",
        ),
    ],
)
def test_refusal_is_no_denial(lang, text):
    found = coded_in(lang, text)
    assert has(found, "REJECT", "USA", "IRQ")
    assert not has(found, "REJECT", "USA", "IRN")


def test_denial_not_made_codes_none():
    found = english(
        "Iran accused the United States of detaining five of its diplomats in Iraq. "
        "Washington did not deny the charges."
    )
    assert not has(found, "REJECT", "USA")


@pytest.mark.parametrize(
    ("lang", "text", "asker"),
    [
        ("en", "Lebanese Prime Minister Fouad Siniora urged his supporters to stay calm.", "LBN"),
        ("en", "The Kenyan president called on his supporters to remain peaceful.", "KEN"),
        ("id", "Perdana Menteri Lebanon Fouad Siniora mendesak para pendukungnya untuk tenang.", "LBN"),
        ("id", "Presiden Kenya meminta pendukungnya untuk tetap tenang.", "KEN"),
    ],
)
def test_request_to_own_followers_is_aimed_at_home(lang, text, asker):
    assert has(coded_in(lang, text), "REQUEST", asker, asker)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the followers are what is asked for, not whom: the state addressed stays the recipient
        ("en", "The Kenyan president urged Uganda to release his supporters."),
        ("id", "Presiden Kenya mendesak Uganda membebaskan para pendukungnya."),
    ],
)
def test_followers_in_the_content_are_no_addressee(lang, text):
    found = coded_in(lang, text)
    assert has(found, "REQUEST", "KEN", "UGA")
    assert not has(found, "REQUEST", "KEN", "KEN")
