"""Reactions to a decision met again (session 48, welcomed; coder.decision_doer, grammar
`court_ruling_nouns`, `reacted_decision_nouns`, `charge_nouns`): "welcomed the ruling", "condemned the
decision", "menyambut baik putusan tersebut", "mengecam keputusan itu" are aimed at whoever made the
decision told in the sentences just before — a court for a ruling, the accuser for a charge, the doer
of the last act for another decision — also when that doer is of the reacting party's own state.
Near misses: a decision naming its own content ("the decision to …") or none told before."""

from __future__ import annotations

import pytest

import warta


def reactions(lang: str, text: str, event: str) -> list[tuple[list[str], list[tuple[str, str]], list[str]]]:
    """The events of a type coded in a text, as (actor codes, recipient (code, sector)s, rules)."""
    return [
        ([a.code for a in e.actor], [(r.code, r.sector) for r in e.recipient], e.rules)
        for e in warta.code(text, lang=lang, pub_date="2021-06-10")
        if e.event == event
    ]


@pytest.mark.parametrize(
    ("lang", "text", "event", "recipient"),
    [
        ("en", "A federal judge in Seattle blocked the president's travel order on Friday. "
         "Washington state attorney general Bob Ferguson welcomed the ruling.", "SUPPORT", ("USA", "JUD")),
        ("en", "A Jakarta court sentenced the governor to two years in prison on Tuesday. "
         "The Indonesian interior minister welcomed the verdict.", "SUPPORT", ("IDN", "JUD")),
        ("id", "Hakim federal di Seattle memblokir perintah presiden soal imigrasi pada Jumat. "
         "Jaksa Agung negara bagian Washington Bob Ferguson menyambut baik putusan tersebut.",
         "SUPPORT", ("USA", "JUD")),
        ("id", "Pengadilan Jakarta menjatuhkan vonis dua tahun penjara kepada gubernur itu. "
         "Menteri Dalam Negeri menyambut baik putusan itu.", "SUPPORT", ("IDN", "JUD")),
    ],
)
def test_reaction_to_a_ruling_is_aimed_at_the_court(lang, text, event, recipient):
    found = reactions(lang, text, event)
    assert any(recipient in r and "coref.earlier_decision" in rules for _, r, rules in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "recipient"),
    [
        ("en", "Turkey expelled four Dutch diplomats on Monday. Germany condemned the decision.", "ACCUSE", "TUR"),
        ("en", "Russia imposed sanctions on twelve Polish officials. Germany criticised this move.", "ACCUSE", "RUS"),
        ("id", "Turki mengusir empat diplomat Belanda pada Senin. Jerman mengecam keputusan tersebut.",
         "ACCUSE", "TUR"),
        ("id", "Rusia menjatuhkan sanksi kepada pejabat Polandia. Jerman mengecam langkah itu.", "ACCUSE", "RUS"),
    ],
)
def test_reaction_to_a_decision_is_aimed_at_its_maker(lang, text, event, recipient):
    found = reactions(lang, text, event)
    assert any((recipient, "GOV") in r or recipient in [c for c, _ in r] for _, r, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the decision names what it decides: no decision met again
        ("en", "Turkey expelled four Dutch diplomats. Germany condemned the decision to close the consulate."),
        ("id", "Turki mengusir empat diplomat Belanda pada Senin. Jerman mengecam keputusan untuk menutup konsulat."),
        # no decision told before
        ("en", "Germany welcomed the decision."),
        ("id", "Jepang menyambut baik keputusan itu."),
    ],
)
def test_decision_with_its_own_content_or_none_before_points_back_at_no_one(lang, text):
    found = [rules for e in ("ACCUSE", "SUPPORT") for _, _, rules in reactions(lang, text, e)]
    assert not any("coref.earlier_decision" in rules for rules in found), found
