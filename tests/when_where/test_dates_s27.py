"""Session 27 (dates): which date an event takes, with sentences written for warta.

- "January of this year": English puts "of" between a month and "this/last year";
- a date inside a relative aside after the trigger ("…, yang dibawa ke rumah sakit dua bulan lalu")
  dates the aside, not the event;
- a date wholly after publication ("Oktober mendatang", "next year") is what a promise or a
  postponement is about, not the day it was made;
- "sebulan setelah …", "a month after …" date what follows them, that long before publication.
"""

import datetime as dt

import warta
from warta.when_where.dates import find_dates

PUB = "2017-07-14"  # a Friday


def values(text: str, lang: str, pub: dt.date = dt.date(2017, 7, 14)) -> list[str]:
    return [d.value for d in find_dates(text, lang, pub)]


def dated(text: str, lang: str, pub: str = PUB) -> list[tuple[str, str, list[str]]]:
    """(type, date, actor codes) of the events coded in a text."""
    return [(e.event, e.date, sorted(a.code for a in e.actor)) for e in warta.code(text, lang=lang, pub_date=pub)]


# ------------------------------------------------------------------ "January of this year"


def test_month_of_this_or_last_year_in_english():
    assert values("In January of this year, the opposition called for a general strike.", "en") == ["2017-01"]
    assert values("The council voted in May of last year to close the camp.", "en") == ["2016-05"]
    assert values("The ministers met on March 3 of last year.", "en") == ["2016-03-03"]
    # the forms without "of" keep working, in both languages
    assert values("The council voted in May last year to close the camp.", "en") == ["2016-05"]
    assert values("Dewan itu memutuskan pada Mei tahun lalu untuk menutup kamp.", "id") == ["2016-05"]


def test_numbers_that_are_no_dates():
    assert values("Jaksa menjerat terdakwa dengan Pasal 16/1 undang-undang itu.", "id") == []
    assert values("The home side won by a score of 2-1.", "en") == []
    assert values("The council passed Resolution 2334 by fourteen votes.", "en") == []
    assert values("Skor akhir pertandingan itu 3-1 untuk tuan rumah.", "id") == []
    # "of" alone names no year: "the end of the year" is not "of this year"
    assert values("The bank cut rates at the end of the quarter.", "en") == []


# ------------------------------------------------------------------ relative asides


def test_date_in_a_relative_aside_does_not_date_the_event():
    found = dated(
        "Amerika Serikat mengecam China atas kematian aktivis itu, yang dibawa ke rumah sakit dua bulan lalu.", "id"
    )
    assert ("ACCUSE", PUB, ["USA"]) in found
    found = dated(
        "The United States condemned China over the death of the dissident, who was taken to hospital two months ago.",
        "en",
    )
    assert ("ACCUSE", PUB, ["USA"]) in found
    found = dated(
        "The United States urged China to free the dissident's widow, who has been under house arrest since 2012.", "en"
    )
    assert ("REQUEST", PUB, ["USA"]) in found


def test_date_of_the_main_clause_still_dates_the_event():
    # near misses: the date is the event's own, before the aside or after it closes
    found = dated("Amerika Serikat mengecam China pada Senin (10/7) atas kematian aktivis itu.", "id")
    assert ("ACCUSE", "2017-07-10", ["USA"]) in found
    found = dated("Polisi menangkap tiga tersangka, yang kemudian ditahan di Jakarta, pada Senin (10/7).", "id")
    assert ("COERCE", "2017-07-10", ["IDN"]) in found
    found = dated(
        "The United States condemned China on Monday over the death of the dissident, who was taken to hospital.", "en"
    )
    assert ("ACCUSE", "2017-07-10", ["USA"]) in found


# ------------------------------------------------------------------ dates after publication


def test_a_later_date_is_what_the_act_is_about():
    found = dated("Gubernur itu berjanji menutup tempat hiburan tersebut pada Oktober mendatang.", "id")
    assert ("AGREE", PUB, ["IDN"]) in found
    found = dated("Pengadilan menolak permohonan itu dan menunda vonis hingga 27 Juli nanti.", "id")
    assert ("REJECT", PUB, ["IDN"]) in found


def test_a_planned_event_keeps_its_later_date():
    # near misses: the event itself is still to come, so the coming day is its own
    found = dated("Menteri Luar Negeri Jepang akan mengunjungi Indonesia pada hari Senin.", "id")
    assert ("AGREE", "2017-07-17", ["JPN"]) in found
    found = dated("The Japanese foreign minister will visit Indonesia on Monday.", "en")
    assert ("AGREE", "2017-07-17", ["JPN"]) in found


def test_a_past_date_beside_a_later_one_still_dates_the_event():
    found = dated(
        "Pada Senin (10/7), gubernur itu berjanji menutup tempat hiburan tersebut pada Oktober mendatang.", "id"
    )
    assert ("AGREE", "2017-07-10", ["IDN"]) in found
    found = dated("Polisi menangkap tiga tersangka bulan ini.", "id")
    assert ("COERCE", "2017-07", ["IDN"]) in found


# ------------------------------------------------------------------ "a month after ..."


def test_time_after_dates_what_follows():
    assert values("Kunjungan itu terjadi sebulan setelah presiden ke Rusia.", "id", dt.date(2023, 10, 19)) == [
        "2023-09"
    ]
    assert values("The visit came two days after the talks.", "en", dt.date(2023, 10, 19)) == ["2023-10-17"]
    text = (
        "Kunjungan itu terjadi sebulan setelah pemimpin Korea Utara ke Rusia, di mana ia mengundang Putin ke Pyongyang."
    )
    assert ("AGREE", "2023-09", ["PRK"]) in dated(text, "id", "2023-10-19")
    text = (
        "The visit came a month after the North Korean leader travelled to Russia, where he invited Putin to Pyongyang."
    )
    assert ("AGREE", "2023-09", ["PRK"]) in dated(text, "en", "2023-10-19")


def test_time_after_opening_a_sentence_does_not_date_its_main_clause():
    found = dated("Dua hari setelah serangan itu, polisi menangkap tiga tersangka.", "id", "2023-10-19")
    assert ("COERCE", "2023-10-19", ["IDN"]) in found
    # no count before "after": no date
    assert values("He was released after two days.", "en") == []
    assert values("Ia dibebaskan setelah diperiksa dua hari.", "id") == []


def test_time_after_that_or_with_its_own_date_gives_no_prior_day():
    pub = dt.date(2023, 10, 19)
    # "a month after that": after a day the text told, not one counted from publication
    assert values("Pasukan itu mundur sebulan setelah itu.", "id", pub) == []
    assert values("The troops withdrew a month after that.", "en", pub) == []
    # the event after the phrase names its own date: that date, not a week before publication
    assert values("Ia ditangkap sepekan setelah kunjungan bulan lalu.", "id", pub) == ["2023-09"]
    assert values("He was arrested a week after the visit last month.", "en", pub) == ["2023-09"]
