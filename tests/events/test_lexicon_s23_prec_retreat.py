"""RETREAT and CONCEDE precision (session 23, prec_retreat): stop entries for word senses that hold
a withdrawal, release, resignation or compliance trigger but report none — regulatory compliance
("complied with the safety standards"), an aim of persuading a party to withdraw ("trying to convince
Syria to withdraw"), a thwarted resignation ("blocked the resignation", "menggagalkan pengunduran
diri"), prisoners giving up a hunger strike ("tahanan menyerah"), giving in that one is accused of
("accused the cabinet of caving in") — from en/ and
id/triggers_s23_prec_retreat.yaml; and the real events next to them, which must still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The Indian consortium complied with this requirement, the regulator said.", "CONCEDE"),
        ("en", "The Chinese firm complied with the new safety standards.", "CONCEDE"),
        ("en", "Diplomats are trying to convince Syria to withdraw its troops from Lebanon.", "RETREAT"),
        ("en", "The six-party talks aim to persuade North Korea to dismantle its nuclear programme.", "RETREAT"),
        ("en", "Senior party figures blocked the resignation of the Italian defence minister.", "RETREAT"),
        ("en", "Critics accused the Japanese government of caving in to Chinese pressure.", "CONCEDE"),
        ("en", "The French senator accused President Macron of succumbing to pressure from the unions.", "CONCEDE"),
        ("en", "The French senator accused President Macron of succumbing to pressure from the unions.", "REQUEST"),
        ("id", "Para jenderal menggagalkan pengunduran diri menteri pertahanan Indonesia itu.", "RETREAT"),
        ("id", "Presiden Indonesia membatalkan pengunduran diri Kapolri.", "RETREAT"),
        ("id", "Pejabat Israel mengatakan 300 tahanan Palestina menyerah dan mengakhiri mogok makan.", "RETREAT"),
    ],
)
def test_word_sense_codes_no_retreat_or_concession(lang, text, event):
    assert event not in {e for e, _, _ in coded_in(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Iran complied with the Security Council resolution.", "CONCEDE", "IRN", "UNO"),
        ("en", "Syria withdrew its troops from Lebanon.", "RETREAT", "SYR", "LBN"),
        ("en", "The Italian defence minister resigned on Monday.", "RETREAT", "ITA", "-"),
        ("en", "The Japanese government caved in to Chinese pressure.", "CONCEDE", "JPN", "CHN"),
        (
            "en",
            "The French senator accused President Macron of succumbing to pressure from the unions.",
            "ACCUSE",
            "FRA",
            None,
        ),
        ("id", "Menteri pertahanan Indonesia itu mengundurkan diri pada Senin.", "RETREAT", "IDN", "-"),
        ("id", "Ratusan pemberontak menyerah kepada tentara Filipina di Mindanao.", "RETREAT", "PHL", None),
        ("id", "Pejabat Israel mengatakan 300 tahanan Palestina mengakhiri mogok makan.", "CONCEDE", "PSE", "ISR"),
    ],
)
def test_real_events_still_code(lang, text, event, actor, recipient):
    assert has(coded_in(lang, text), event, actor, recipient)
