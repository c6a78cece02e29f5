"""A noun for a kind of party pointing back (actors/match.py `epithet`, grammar `epithets`): "the bloc",
"the alliance" are the body named last; "the kingdom" is the state the latest sentence named first."""

from __future__ import annotations

from conftest import coded_in


def coded(text: str, lang: str):
    return coded_in(lang, text, "2024-03-01")


def test_the_bloc_is_the_union_named_before():
    text = "The European Union imposed new sanctions on Russia. The bloc also froze the assets of Russian banks."
    assert coded(text, "en").count(("SANCTION", ["EUR"], ["RUS"])) == 2


def test_the_kingdom_is_the_state_the_sentence_before_opened_on():
    text = "Saudi Arabia restored ties with Iran. The kingdom also agreed to reopen its embassy in Tehran."
    assert ("AGREE", ["SAU"], ["IRN"]) in coded(text, "en")


def test_blok_tersebut_and_aliansi_itu():
    text = "Uni Eropa menjatuhkan sanksi baru terhadap Rusia. Blok tersebut juga membekukan aset bank Rusia."
    assert coded(text, "id").count(("SANCTION", ["EUR"], ["RUS"])) == 2
    assert ("ACCUSE", ["IGO"], ["RUS"]) in coded(
        "NATO mengerahkan pasukan ke Polandia. Aliansi itu juga mengecam Rusia.", "id"
    )


def test_an_epithet_with_nothing_named_before_is_nobody():
    assert coded("The bloc also froze the assets of several Russian banks.", "en") == []
