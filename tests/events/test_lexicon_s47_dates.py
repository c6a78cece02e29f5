"""Dates pointing back (session 47, dates; grammar then_phrases, then_year_phrases,
then_month_phrases; coder.time_referred): a sentence opening with "Saat itu", "At the time" is
dated by the time the story named last; "pada tahun yang sama", "the same year" by its year, "di
bulan yang sama", "that month" by its month — and near misses: such a phrase inside a relative
aside ("who was envoy at the time") dates nothing, nor does a span ("sejak 2014") or a time to come."""

from __future__ import annotations

import pytest

import warta


def dates_of(lang: str, text: str, event: str, pub_date: str = "2019-06-20") -> list[str]:
    return [e.date for e in warta.code(text, lang=lang, pub_date=pub_date) if e.event == event]


@pytest.mark.parametrize(
    ("lang", "text", "event", "date"),
    [
        ("en", "In March 2015, rebels seized the border town. At the time, the Kenyan government condemned Somalia.",
         "ACCUSE", "2015-03"),
        ("en", "Police detained the opposition leader on 4 May 2016. That year, Uganda accused Rwanda of spying.",
         "ACCUSE", "2016"),
        ("en", "Troops entered the capital in August 2017. The same month, Qatar condemned Saudi Arabia.",
         "ACCUSE", "2017-08"),
        ("id", "Pada 2014, pemberontak merebut kota itu. Saat itu, pemerintah Kenya mengecam Somalia.",
         "ACCUSE", "2014"),
        ("id", "Polisi menangkap pemimpin oposisi pada 4 Mei 2016. Pada tahun yang sama, Uganda menuduh Rwanda "
         "melakukan spionase.", "ACCUSE", "2016"),
        ("id", "Pasukan memasuki ibu kota pada Agustus 2017. Di bulan yang sama, Qatar mengecam Arab Saudi.",
         "ACCUSE", "2017-08"),
        ("id", "Pilpres digelar pada 2014. Menteri itu kala itu menuduh Malaysia mencuri ikan.",
         "ACCUSE", "2014"),
    ],
)
def test_time_pointed_back_to(lang, text, event, date):
    assert date in dates_of(lang, text, event)


@pytest.mark.parametrize(
    ("lang", "text", "event", "date"),
    [
        # a past office in a relative aside: the condemnation is of the day it is told
        ("en", "Rebels seized the town in 2015. Kenyan President Uhuru Kenyatta, who was deputy prime minister "
         "at the time, condemned Somalia.", "ACCUSE", "2019-06-20"),
        # a span names no time an act was done at
        ("id", "Konflik itu berlangsung sejak 2014. Saat itu, Kenya mengecam Somalia.", "ACCUSE", "2019-06-20"),
        # a time still to come neither
        ("en", "The summit will be held in 2021. At the time, Kenya condemned Somalia.", "ACCUSE", "2019-06-20"),
    ],
)
def test_no_time_pointed_back_to(lang, text, event, date):
    assert dates_of(lang, text, event) == [date]
