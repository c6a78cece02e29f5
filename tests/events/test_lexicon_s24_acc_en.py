"""English ACCUSE, REJECT and REQUEST recall (session 24, acc_en): a harangue, a party said to have
acted irresponsibly, recklessly or in bad faith, a party said to spread false or fake news, a retort
"fired back at X over ...", claims called absurd, a smear or propaganda, or rubbished, scoffed at,
nixed (REJECT), a party "pulled up over" a lapse, criticism or opposition another party
"came in for" or a plan "ran into" from another, a ruling or result contested (REJECT), help or
support solicited (REQUEST) (en/triggers_s24_acc_en.yaml) — and near misses: shots fired back,
armed resistance, a meeting with opposition leaders, an election contested, a story published,
negation."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Russia harangued Ukraine over the gas deal.", "ACCUSE", "RUS", "UKR"),
        ("The Estonian minister harangued the Russian envoy for an hour.", "ACCUSE", "EST", "RUS"),
        ("Turkey said Greece had acted irresponsibly.", "ACCUSE", "TUR", "GRC"),
        ("Israel said that Iran acted unlawfully.", "ACCUSE", "ISR", "IRN"),
        ("Syria was acting provocatively, the Turkish foreign minister said.", "ACCUSE", "TUR", "SYR"),
        ("Seoul said Pyongyang had behaved recklessly.", "ACCUSE", "KOR", "PRK"),
        ("Kenya said Uganda had negotiated in bad faith.", "ACCUSE", "KEN", "UGA"),
        ("Egypt said Ethiopia spread false news about the dam.", "ACCUSE", "EGY", "ETH"),
        ("Armenia said Azerbaijan was peddling fabricated reports about the ceasefire.", "ACCUSE", "ARM", "AZE"),
        ("Iran fired back at Saudi Arabia over the accusations.", "ACCUSE", "IRN", "SAU"),
        ("Greece came in for sharp criticism from Turkey.", "ACCUSE", "TUR", "GRC"),
        ("The Kenyan reform met with strong opposition from Uganda.", "ACCUSE", "UGA", "KEN"),
        ("The Polish proposal ran into objections from Hungary.", "ACCUSE", "HUN", "POL"),
        ("Russia contested the court's ruling.", "REJECT", "RUS", None),
        ("Thailand challenged the results of the inquiry.", "REJECT", "THA", None),
        ("Russia said the British accusations were absurd.", "REJECT", "RUS", "GBR"),
        ("Kenya said the Ugandan claims were part of a smear campaign.", "REJECT", "KEN", "UGA"),
        ("Pakistan termed the Indian claims propaganda.", "REJECT", "PAK", "IND"),
        ("The Kenyan ministry called the Ugandan claims a hoax.", "REJECT", "KEN", "UGA"),
        ("Russia rubbished the British claims.", "REJECT", "RUS", "GBR"),
        ("Iran scoffed at the American offer of talks.", "REJECT", "IRN", "USA"),
        ("The US Senate nixed the Mexican proposal.", "REJECT", "USA", "MEX"),
        ("Japan called into question China's account of the collision.", "ACCUSE", "JPN", "CHN"),
        ("India pulled up Pakistan over the ceasefire violations.", "ACCUSE", "IND", "PAK"),
        ("Russia solicited China's support for the plan.", "REQUEST", "RUS", "CHN"),
        ("Kabul is soliciting Indian assistance for the dam.", "REQUEST", "AFG", "IND"),
        ("Serbia enlisted Hungary's help to guard the border.", "REQUEST", "SRB", "HUN"),
        ("The Libyan government enlisted the support of Egypt.", "REQUEST", "LBY", "EGY"),
    ],
)
def test_wording_codes_the_event(text, event, actor, recipient):
    found = english(text, pub_date="2021-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Syrian troops fired back at the rebels for several hours.", "ACCUSE"),
        ("The Afghan army met stiff resistance from the Taliban.", "ACCUSE"),
        ("The Kenyan president met with opposition leaders from the north.", "ACCUSE"),
        ("The Indian actor contested the election in 2014.", "REJECT"),
        ("The Nigerian singer published a story about her childhood.", "ACCUSE"),
        ("Iran acted quickly to contain the outbreak.", "ACCUSE"),
        ("Israel said Iran had not acted recklessly.", "ACCUSE"),
        ("The Kenyan volunteers enlisted to help with the harvest.", "REQUEST"),
        ("Thousands of Ukrainians enlisted to support the army.", "REQUEST"),
        ("The wall of the Kenyan embassy was smeared with paint.", "ACCUSE"),
        ("The Kenyan driver pulled up at the checkpoint for an inspection.", "ACCUSE"),
        ("The Kenyan army shot down a drone over the border.", "REJECT"),
        ("Russia said the British accusations were not absurd.", "REJECT"),
    ],
)
def test_near_misses_code_nothing(text, event):
    found = english(text, pub_date="2021-06-10")
    assert not any(e == event for e, _, _ in found), found
