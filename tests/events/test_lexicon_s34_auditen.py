"""Unseen English, audited (session 34, auditen): a modal shared by a coordinated passive ("should be
impeached by the House and removed from office"); a poll's share of a people is no party ("70 percent of
Americans say", "most Germans", "mayoritas warga Jepang"; grammar `poll_shares`); "launched a campaign" is
an attack only when the campaign is one of arms (en.assault.s34-launch-military-campaign); "agreed" and
"promised" after a determiner are adjectives (en.none.s34-agreed-attributive) — and the near misses each
must leave alone."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("en", "Israel launched an air campaign against Hamas in the Gaza Strip on Tuesday.",
         "ASSAULT", "ISR", "PSE", "2021-05-12"),
        ("en", "The Nigerian army began a military campaign against Boko Haram last week.",
         "ASSAULT", "NGA", "NGA", "2019-11-20"),
        ("en", "Americans protested against the chancellor's decision outside the embassy in Berlin.",
         "PROTEST", "USA", None, "2019-11-20"),
        ("en", "The suspects were arrested by Turkish police and deported to Syria on Monday.",
         "COERCE", "TUR", None, "2019-11-20"),
        ("en", "Iran and the European Union agreed on Monday to resume the nuclear talks in Vienna.",
         "AGREE", "IRN", "EUR", "2019-11-20"),
        ("en", "Pakistan agreed on Thursday to a ceasefire with India along the Line of Control.",
         "AGREE", "PAK", None, "2019-11-20"),
        ("id", "Warga Jepang memprotes keputusan pemerintah di depan gedung parlemen di Tokyo.",
         "PROTEST", "JPN", None, "2019-11-20"),
    ],
)
def test_still_coded(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        # a duty shared by a second participle after "and"
        ("en", "Most senators say the judge should be impeached by the House and removed from office by the Senate.",
         "COERCE"),
        ("en", "The opposition argues the generals must be arrested and jailed for the massacre.", "COERCE"),
        # a poll's share of a people is no party
        ("en", "Some 70 percent of Americans say the president's conduct was wrong.", "ACCUSE"),
        ("en", "Most Germans criticised the chancellor's decision, a new survey showed.", "ACCUSE"),
        ("en", "A majority of Britons oppose the Prime Minister's Brexit deal, the pollster said.", "ACCUSE"),
        ("id", "Sebanyak 70 persen warga Amerika mengecam keputusan Presiden Trump, menurut jajak pendapat.",
         "ACCUSE"),
        ("id", "Mayoritas warga Jepang menolak rencana pemerintah menaikkan pajak.", "REJECT"),
        # a thing agreed or promised before, named with a determiner
        ("en", "Moscow has failed to fulfil its agreed cuts to oil output this month, analysts said.", "AGREE"),
        ("en", "The promised aid from Tokyo reached Manila on Friday, officials said.", "AGREE"),
        ("en", "The ministers published an agreed text on maritime security after the meeting.", "AGREE"),
        # a campaign that is not one of arms
        ("en", "Gov. Kristi Noem launched the campaign on Monday to tackle the state's drug crisis.", "ASSAULT"),
        ("en", "The health ministry started a new campaign in Jakarta to cut smoking among teenagers.",
         "ASSAULT"),
        ("en", "The opposition leader launched his campaign in Surabaya on Sunday.", "ASSAULT"),
    ],
)
def test_near_misses(lang, text, event):
    found = coded_in(lang, text, "2019-11-20")
    assert all(e != event for e, _, _ in found), found
