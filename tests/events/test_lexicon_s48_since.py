"""Event dates told relative to the story (session 48, since; grammar story_day_offsets and
since_onsets, coder.counted_days, coder.since_onset, coder.year_then): days counted from the day the
story named ("sehari kemudian", "the next day", "sehari sebelumnya", "the previous day"), a "since"
span of an act said to begin then ("mulai berlaku sejak", "menetapkan … sejak", "effective since")
dated at the since-time, and a yearless day in a sentence pointing back ("saat itu", "at the time")
taking the story's year — with near misses: a state lasting since a time keeps the span, a day counted
with no day named before stays counted from publication."""

from __future__ import annotations

import pytest

import warta


def dates_of(lang: str, text: str, event: str, pub_date: str) -> list[str]:
    return [e.date for e in warta.code(text, lang=lang, pub_date=pub_date) if e.event == event]


@pytest.mark.parametrize(
    ("lang", "text", "event", "pub", "date"),
    [
        ("id", "Polisi menangkap Budi pada Senin (3/4). Sehari kemudian, polisi menggeledah rumah Budi di Bandung.",
         "COERCE", "2023-04-12", "2023-04-04"),
        ("id", "Jaksa menahan Andi pada 10 Mei 2021. Keesokan harinya, KPK menggeledah kantor Andi di Medan.",
         "COERCE", "2021-06-01", "2021-05-11"),
        ("id", "Hakim memvonis Rudi pada 20 Maret. Sehari sebelumnya, polisi menangkap Rudi di Bogor.",
         "COERCE", "2022-04-15", "2022-03-19"),
        ("en", "Police arrested the mayor on March 3, 2020. The previous day, protesters clashed with police in Lagos.",
         "PROTEST", "2020-04-01", "2020-03-02"),
        ("en", "Police arrested the mayor on March 3, 2020. A day later, police raided his office in Lagos.",
         "COERCE", "2020-04-01", "2020-03-04"),
        ("id", "KPK resmi menahan Budi sejak 13 Maret 2019.", "COERCE", "2019-06-01", "2019-03-13"),
        ("id", "Polisi menetapkan Budi sebagai tersangka sejak 13 Maret 2019.", "ACCUSE", "2019-06-01", "2019-03-13"),
        ("id", "Kejaksaan telah menetapkan Andi sebagai tersangka korupsi sejak Mei 2015.",
         "ACCUSE", "2016-02-01", "2015-05"),
    ],
)
def test_dates_told_from_the_story(lang, text, event, pub, date):
    assert date in dates_of(lang, text, event, pub)


def test_yearless_day_pointing_back_takes_the_story_year():
    text = ("Kasus itu bermula pada 2009. Kapolda yang saat itu menjabat menetapkan Andi sebagai tersangka "
            "pada 4 Mei.")
    assert "2009-05-04" in dates_of("id", text, "ACCUSE", "2016-11-17")


def test_near_misses_keep_their_dates():
    # a state lasting since a time keeps its span up to publication
    assert dates_of("id", "Budi ditahan polisi sejak Mei 2015.", "COERCE", "2016-02-01") == ["2015-05-01/2016-02-01"]
    # no day named before: "keesokan harinya" counts nothing here, the act keeps the publication day
    assert dates_of("id", "Keesokan harinya, polisi menggeledah rumah Budi di Bandung.", "COERCE",
                    "2023-04-12") == ["2023-04-12"]
    # a yearless day with no pointer back keeps the publication year
    assert dates_of("id", "Kasus itu bermula pada 2009. Polisi menangkap Andi pada 4 Mei.", "COERCE",
                    "2016-11-17") == ["2016-05-04"]
