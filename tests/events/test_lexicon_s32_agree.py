"""Where warta's English and Indonesian coding of the same news disagreed (session 32, agree):
a meeting "set" for a day is an agreement to meet, as "due to meet" and "dijadwalkan
bertemu"; a passive hanging is the state's sentence (SANCTION), as "digantung"; Indonesian talks
resumed or opened "dengan" a party, the talks' kind between ("pembicaraan krisis dengan"); a crowd
gathering "untuk memprotes" protests, as "gathered to protest" — and near misses: a target met,
an armed group's execution, talks about a topic, troops gathering."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("The Japanese foreign minister was set to meet his Chinese counterpart in Beijing on Friday.",
         "AGREE", "JPN", "CHN", "2007-04-10"),
        ("Kenya's president is set to visit Uganda next week.", "AGREE", "KEN", "UGA", "2007-04-10"),
        ("Indian and Pakistani officials are set to hold talks in Islamabad next month.",
         "AGREE", "IND", "PAK", "2007-04-10"),
        ("Saddam Hussein was hanged in Baghdad on Saturday.", "SANCTION", "IRQ", "IRQ", "2007-01-01"),
        ("Three drug traffickers were hanged in Singapore on Friday.", "SANCTION", "SGP", None, "2007-04-10"),
    ],
)
def test_english_calendar_and_hanging(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Pemerintah Filipina membuka perundingan damai dengan pemberontak MILF di Kuala Lumpur.",
         "CONSULT", "PHL", "PHL", "2007-04-10"),
        ("Menlu Jepang melanjutkan pembicaraan dengan Menlu Korea Selatan di Seoul.",
         "CONSULT", "JPN", "KOR", "2007-04-10"),
        ("Ribuan buruh berkumpul di depan istana untuk menuntut kenaikan upah.", "PROTEST", "IDN", None, "2007-04-10"),
        ("Sekitar 300 orang berkumpul di Kairo untuk memprotes pembunuhan itu.",
         "PROTEST", "EGY", None, "2007-04-10"),
    ],
)
def test_indonesian_talks_and_gatherings(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The government is set to meet the target.", "AGREE"),
        ("en", "Twelve men were executed by the Islamic State in Mosul.", "SANCTION"),
        ("en", "The farmer hanged his coat on the door.", "SANCTION"),
        ("id", "Pemerintah melanjutkan pembicaraan mengenai anggaran yang sejalan dengan rencana lima tahun.",
         "CONSULT"),
        ("id", "Pasukan Israel berkumpul di perbatasan untuk menentang serangan.", "PROTEST"),
    ],
)
def test_agree_near_misses(lang, text, event):
    found = coded_in(lang, text, "2007-04-10")
    assert all(e != event for e, _, _ in found), found
