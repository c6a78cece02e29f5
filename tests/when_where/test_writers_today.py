""" "Today" beside a calendar day just before publication is that day: the file's date is when the
story was posted or crawled, the named day when it was written."""

from __future__ import annotations

import datetime as dt

import warta
from warta.when_where.dates import find_dates


def values(text: str, lang: str, pub: dt.date) -> list[str]:
    return [d.value for d in find_dates(text, lang, pub)]


def test_hari_ini_with_the_day_named_is_that_day():
    text = "Vonis itu dibacakan hari ini di Bandung, Selasa (14/11)."
    assert values(text, "id", dt.date(2017, 11, 15)) == ["2017-11-14", "2017-11-14"]


def test_today_with_the_weekday_named_is_that_day():
    text = "The court today, Tuesday, sentenced the former minister to five years."
    assert values(text, "en", dt.date(2017, 11, 16)) == ["2017-11-14", "2017-11-14"]


def test_today_alone_is_the_publication_day():
    assert values("Polisi hari ini menangkap dua tersangka.", "id", dt.date(2017, 11, 15)) == ["2017-11-15"]


def test_a_day_long_before_is_another_event_not_today():
    text = "Polisi hari ini menangkap pria yang menyerang kantor itu pada 2 November."
    assert values(text, "id", dt.date(2017, 11, 15)) == ["2017-11-15", "2017-11-02"]


def test_the_story_goes_on_on_the_day_named():
    text = "Hakim membacakan vonis Buni Yani hari ini di Bandung, Selasa (14/11). Buni Yani lalu menolak vonis itu."
    dates = [e.date for e in warta.code(text, lang="id", pub_date="2017-11-15")]
    assert dates and set(dates) == {"2017-11-14"}


def test_yesterday_with_the_day_set_beside_it_is_that_day():
    text = "Hal itu disampaikan Wakil Ketua KPK kemarin, Senin (9/10)."
    assert values(text, "id", dt.date(2017, 10, 11)) == ["2017-10-09", "2017-10-09"]
    text = "The agency named the governor a suspect yesterday, Monday."
    assert values(text, "en", dt.date(2017, 10, 11)) == ["2017-10-09", "2017-10-09"]


def test_yesterday_apart_from_a_day_named_later_keeps_its_own_day():
    text = "Polisi kemarin menangkap dua tersangka yang kabur sejak Senin (2/10)."
    assert values(text, "id", dt.date(2017, 10, 11))[0] == "2017-10-10"
