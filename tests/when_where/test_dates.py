"""Dates: every expression in a sentence, resolved against the publication date.

The seed article was published on Thursday 2023-10-19: "hari Rabu" is the day before,
"bulan lalu" September, "pekan ini" Monday 16 to Thursday 19 October.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED, SEED_GOLD
from warta.when_where.dates import find_dates

PUB = dt.date(2023, 10, 19)  # a Thursday


def dates(text: str, lang: str = "id", pub: dt.date | None = PUB) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, lang, pub)]


def values(text: str, lang: str = "id", pub: dt.date | None = PUB) -> list[str]:
    return [d.value for d in find_dates(text, lang, pub)]


# --------------------------------------------------------------------------- the seed article

SEED_DATES = [
    (2, "hari Kamis, 19 Oktober 2023", "2023-10-19", "absolute"),
    (7, "hari Rabu", "2023-10-18", "weekday"),
    (8, "bulan lalu", "2023-09", "relative"),
    (9, "hari Rabu", "2023-10-18", "weekday"),
    (12, "hari Kamis", "2023-10-19", "weekday"),
    (13, "hari Kamis", "2023-10-19", "weekday"),
    (17, "sebulan setelah", "2023-09", "prior"),  # what follows it: the gold dates Kim's trip 2023-09
    (18, "pekan ini", "2023-10-16/2023-10-19", "relative"),
    (19, "hari Selasa", "2023-10-17", "weekday"),
    (19, "sejak akhir Agustus", "2023-08-25/2023-10-19", "range"),
    (21, "bulan ini", "2023-10", "relative"),
    (22, "pekan lalu", "2023-10-09/2023-10-15", "relative"),
    (24, "hari Kamis", "2023-10-19", "weekday"),
]


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def test_every_date_of_the_seed_and_nothing_else():
    found = [
        (number, d.text, d.value, d.kind)
        for number, line in enumerate(seed_lines(), start=1)
        for d in find_dates(line, "id", PUB)
    ]
    # "Kunjungan dua hari" (a two-day visit) is no date; "sebulan setelah" (a month after) dates
    # only what follows it (kind "prior").
    assert found == SEED_DATES


def test_seed_dates_agree_with_the_gold_events():
    lines = seed_lines()
    for row in map(json.loads, SEED_GOLD.read_text(encoding="utf-8").splitlines()):
        found = values(lines[row["line"] - 1])
        if row.get("date") and row["date"] != PUB.isoformat() and found:
            accepted = {row["date"], *row.get("alt_dates", [])}
            assert accepted & set(found), (row["line"], row["trigger"], found)


def test_offsets_point_into_the_seed():
    for line in seed_lines():
        for d in find_dates(line, "id", PUB):
            assert 0 <= d.start < d.end <= len(line)
            assert line[d.start : d.end] == d.text


# --------------------------------------------------------------------------- the same in English


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Lavrov met Kim on Thursday, Oct. 19, 2023, in Pyongyang.", [("Thursday, Oct. 19, 2023", "2023-10-19")]),
        ("Lavrov, who arrived in Pyongyang on Wednesday, thanked Kim.", [("Wednesday", "2023-10-18")]),
        ("Kim visited Russia last month.", [("last month", "2023-09")]),
        ("Putin's visit to China this week", [("this week", "2023-10-16/2023-10-19")]),
        ("at least six trips since late August", [("since late August", "2023-08-25/2023-10-19")]),
        ("The White House said last week that ...", [("last week", "2023-10-09/2023-10-15")]),
        ("Wednesday's reception", [("Wednesday", "2023-10-18")]),
    ],
)
def test_english_equivalents_of_the_seed(sentence, expected):
    assert dates(sentence, "en") == expected


# --------------------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    "weekday, expected",
    [
        ("Senin", "2023-10-16"),
        ("Selasa", "2023-10-17"),
        ("Rabu", "2023-10-18"),
        ("Kamis", "2023-10-19"),  # the publication day itself
        ("Jumat", "2023-10-13"),  # the most recent Friday: last week's
        ("Sabtu", "2023-10-14"),
        ("Minggu", "2023-10-15"),
    ],
)
def test_a_weekday_is_the_most_recent_one_on_or_before_publication(weekday, expected):
    assert values(f"Pertemuan itu berlangsung pada hari {weekday}.") == [expected]


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Putin akan berkunjung ke Beijing pada hari Jumat.", "id", "2023-10-20"),
        ("Putin will visit Beijing on Friday.", "en", "2023-10-20"),
        ("On Wednesday, North Korea will hold a parade.", "en", "2023-10-25"),
        ("Lavrov dijadwalkan bertemu Kim hari Kamis.", "id", "2023-10-19"),  # later the same day
        ("Kim will travel next Wednesday.", "en", "2023-10-25"),
        ("Rabu depan", "id", "2023-10-25"),
    ],
)
def test_a_weekday_in_a_clause_about_the_future_is_the_coming_one(sentence, lang, expected):
    assert values(sentence, lang) == [expected]


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("The ministry said on Wednesday that Lavrov will visit.", "en"),  # the speech was Wednesday
        ("Kementerian mengatakan pada hari Rabu bahwa Lavrov akan berkunjung.", "id"),
        ("Lavrov, who arrived on Wednesday, will meet Kim.", "en"),  # "will" is another clause
        ("Mahasiswa berunjuk rasa di depan Gedung DPR pada hari Rabu.", "id"),  # "depan" = in front
    ],
)
def test_a_future_word_after_a_past_one_does_not_move_the_weekday(sentence, lang):
    assert values(sentence, lang) == ["2023-10-18"]


def test_indonesian_press_weekday_with_day_and_month():
    assert dates("Lavrov tiba di Pyongyang pada Rabu (18/10) malam.") == [("Rabu (18/10)", "2023-10-18")]
    assert dates("Selasa, 17 Oktober 2023, CSIS merilis laporan.") == [("Selasa, 17 Oktober 2023", "2023-10-17")]


def test_weekday_with_last_and_next_week():
    assert values("Rabu pekan lalu") == ["2023-10-11"]
    assert values("Rabu lalu") == ["2023-10-18"]
    assert values("last Wednesday", "en") == ["2023-10-18"]


def test_lower_case_weekday_only_after_hari():
    assert values("pada hari rabu") == ["2023-10-18"]
    assert values("mereka rabu ke sana") == []


# --------------------------------------------------------------------------- Minggu and Mei


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Korea Utara meluncurkan rudal pada hari Minggu.", [("hari Minggu", "2023-10-15")]),
        ("Korea Utara meluncurkan rudal pada Minggu (15/10).", [("Minggu (15/10)", "2023-10-15")]),
        ("Minggu lalu, Korea Utara meluncurkan rudal.", [("Minggu lalu", "2023-10-09/2023-10-15")]),
        ("Rudal diluncurkan minggu lalu.", [("minggu lalu", "2023-10-09/2023-10-15")]),
        ("Latihan berlangsung minggu ini.", [("minggu ini", "2023-10-16/2023-10-19")]),
        ("Mereka bertemu pada Minggu lalu.", [("Minggu lalu", "2023-10-15")]),  # last Sunday
        ("dua minggu lalu", [("dua minggu lalu", "2023-10-02/2023-10-08")]),
    ],
)
def test_minggu_is_sunday_after_hari_or_pada_and_the_week_otherwise(sentence, expected):
    assert dates(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mei Ling mengatakan hal itu.", []),  # a name
        ("Pemilu digelar pada 9 Mei 2023.", [("9 Mei 2023", "2023-05-09")]),
        ("Pertemuan diadakan bulan Mei.", [("bulan Mei", "2023-05")]),
        ("Harga naik sejak Mei.", [("sejak Mei", "2023-05-01/2023-10-19")]),
        ("Laporan itu terbit pada Mei 2023.", [("Mei 2023", "2023-05")]),
        ("Serangan udara itu terjadi pada Mei lalu.", [("Mei lalu", "2023-05")]),  # "pada" before, "lalu" after
        ("Mei lalu pergi ke Bandung.", []),  # a name, then "lalu" (then)
    ],
)
def test_mei_is_a_month_only_with_a_day_a_year_or_bulan_pada(sentence, expected):
    assert dates(sentence) == expected


def test_english_may_is_a_month_only_with_a_day_a_year_or_a_preposition():
    assert dates("Russia may send troops.", "en") == []
    assert dates("May 9 is Victory Day.", "en") == [("May 9", "2023-05-09")]
    assert dates("Talks were held in May.", "en") == [("May", "2023-05")]
    assert dates("Theresa May said.", "en") == []


def test_month_abbreviations_need_a_day_or_a_year():
    assert dates("Jan Egeland said.", "en") == []
    assert dates("Jan. 5 talks", "en") == [("Jan. 5", "2023-01-05")]
    assert dates("19 Okt 2023") == [("19 Okt 2023", "2023-10-19")]


# --------------------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("pada 19 Oktober 2023", "id", "2023-10-19"),
        ("pada 19/10/2023", "id", "2023-10-19"),
        ("on 10/19/2023", "en", "2023-10-19"),  # English reads month first
        ("on 19/10/2023", "en", "2023-10-19"),  # ... unless the first number is no month
        ("pada 2023-10-19", "id", "2023-10-19"),
        ("on October 19, 2023", "en", "2023-10-19"),
        ("on the 19th of October", "en", "2023-10-19"),
        ("pada 18-19 Oktober 2023", "id", "2023-10-18/2023-10-19"),
        ("pada Oktober 2023", "id", "2023-10"),
        ("pada 2021", "id", "2021"),
        ("in 2021", "en", "2021"),
        ("pada tahun 2021", "id", "2021"),
    ],
)
def test_absolute_dates(sentence, lang, expected):
    assert values(sentence, lang) == [expected]


def test_a_day_without_year_takes_the_latest_not_after_a_week_from_publication():
    assert values("19 Oct", "en") == ["2023-10-19"]
    assert values("24 Oct", "en") == ["2023-10-24"]  # within the coming week
    assert values("30 Oct", "en") == ["2022-10-30"]  # further: last year's


def test_a_bare_number_is_no_year():
    assert dates("Sebanyak 2021 orang mengungsi.") == []
    assert dates("enam perjalanan laut") == []
    assert dates("Pesawat pembom B-52 AS") == []


# --------------------------------------------------------------------------- relative dates


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("kemarin", "2023-10-18"),
        ("hari ini", "2023-10-19"),
        ("besok", "2023-10-20"),
        ("lusa", "2023-10-21"),
        ("dua hari lalu", "2023-10-17"),
        ("tiga hari yang lalu", "2023-10-16"),
        ("sebulan lalu", "2023-09"),
        ("dua bulan lalu", "2023-08"),
        ("setahun silam", "2022"),
        ("pekan depan", "2023-10-23/2023-10-29"),
        ("bulan depan", "2023-11"),
        ("tahun lalu", "2022"),
        ("tahun ini", "2023"),
        ("akhir pekan lalu", "2023-10-14/2023-10-15"),
        ("akhir pekan", "2023-10-14/2023-10-15"),  # the last one: the coming one is future
        ("awal bulan ini", "2023-10-01/2023-10-07"),
        ("akhir bulan lalu", "2023-09-24/2023-09-30"),
        ("awal Oktober", "2023-10-01/2023-10-07"),
        ("pertengahan Agustus", "2023-08-11/2023-08-20"),
        ("akhir Agustus", "2023-08-25/2023-08-31"),
        ("Agustus lalu", "2023-08"),
        ("Oktober lalu", "2022-10"),
        ("dalam dua pekan terakhir", "2023-10-06/2023-10-19"),
        ("sejak 2014", "2014-01-01/2023-10-19"),
        ("sejak pekan lalu", "2023-10-09/2023-10-19"),
    ],
)
def test_indonesian_relative_expressions(phrase, expected):
    assert values(f"Hal itu terjadi {phrase}.") == [expected]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("yesterday", "2023-10-18"),
        ("today", "2023-10-19"),
        ("tomorrow", "2023-10-20"),
        ("two days ago", "2023-10-17"),
        ("three weeks ago", "2023-09-25/2023-10-01"),
        ("a year ago", "2022"),
        ("next week", "2023-10-23/2023-10-29"),
        ("next month", "2023-11"),
        ("last year", "2022"),
        ("last weekend", "2023-10-14/2023-10-15"),
        ("over the weekend", "2023-10-14/2023-10-15"),
        ("earlier this week", "2023-10-16/2023-10-19"),
        ("late last month", "2023-09-24/2023-09-30"),
        ("early October", "2023-10-01/2023-10-07"),
        ("mid-October", "2023-10-11/2023-10-20"),
        ("over the past two weeks", "2023-10-06/2023-10-19"),
        ("since 2014", "2014-01-01/2023-10-19"),
        ("in March", "2023-03"),
    ],
)
def test_english_relative_expressions(phrase, expected):
    assert values(f"It happened {phrase}.", "en") == [expected]


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("Korea Utara baru-baru ini memberi Rusia senjata.", "id"),  # "recently": no date
        ("Kunjungan dua hari Lavrov terjadi sebulan setelah itu.", "id"),  # durations
        ("beberapa hari lalu", "id"),  # "a few days ago": vague
        ("dalam beberapa bulan mendatang", "id"),
        ("in the coming months", "en"),
        ("Troops march on the capital.", "en"),
    ],
)
def test_vague_or_durative_expressions_give_no_date(sentence, lang):
    assert dates(sentence, lang) == []


# --------------------------------------------------------------------------- no publication date


def test_without_publication_date_only_dates_with_their_own_year_resolve():
    text = "Kamis, 19 Oktober 2023, hari Rabu, pekan lalu, 19 Okt, kemarin dan pada 2021"
    assert dates(text, pub=None) == [("Kamis, 19 Oktober 2023", "2023-10-19"), ("2021", "2021")]
    assert dates("Lavrov arrived on Wednesday, Oct. 18.", "en", pub=None) == []
    assert dates("sejak 2014", pub=None) == [("2014", "2014")]


def test_a_datetime_publication_date_is_read_as_its_day():
    assert values("hari Rabu", pub=dt.datetime(2023, 10, 19, 23, 30)) == ["2023-10-18"]


# --------------------------------------------------------------------------- offsets


def test_dates_at_the_very_end_of_the_text():
    for text, lang in [("Lavrov tiba hari Rabu", "id"), ("tiba 19 Oktober 2023", "id"), ("met on Oct. 19", "en")]:
        [found] = find_dates(text, lang, PUB)
        assert found.end == len(text)
        assert text[found.start : found.end] == found.text


def test_several_dates_in_one_sentence_come_in_text_order():
    text = "Kim tiba hari Selasa dan bertemu Putin pada hari Rabu, sepekan setelah kunjungan bulan lalu."
    assert dates(text) == [("hari Selasa", "2023-10-17"), ("hari Rabu", "2023-10-18"), ("bulan lalu", "2023-09")]


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=120), lang=st.sampled_from(["id", "en"]), known=st.booleans())
def test_any_text_gives_offsets_inside_it_and_never_raises(text, lang, known):
    for found in find_dates(text, lang, PUB if known else None):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text


@settings(max_examples=200, deadline=None)
@given(
    before=st.text(alphabet="abc ,.", max_size=20),
    after=st.text(alphabet="abc ,.", max_size=20),
    phrase=st.sampled_from(["hari Rabu", "pekan lalu", "19 Oktober 2023", "Rabu (18/10)", "sejak akhir Agustus"]),
)
def test_a_date_inside_other_words_keeps_its_offsets(before, after, phrase):
    text = f"{before} {phrase} {after}"
    found = find_dates(text, "id", PUB)
    assert any(f.text == phrase and text[f.start : f.end] == phrase for f in found)


# --------------------------------------------------------------------------- no date words


def test_a_sentence_without_a_date_word_or_year_has_no_dates():
    # the coder's common case: no anchor word, no year, so no rule is tried (speed: bench/coder.py)
    sentence = "Kantor berita TASS milik pemerintah Rusia melaporkan bahwa pertemuan Lavrov dengan Kim berlangsung."
    assert find_dates(sentence, "id", PUB) == []
    assert find_dates("Lavrov met Kim and the talks went on.", "en", PUB) == []


def test_a_weekday_written_with_the_day_picks_the_year():
    # read in June 2007, a future "Tuesday, March 27" is 2007's (2008-03-27 was a Thursday)
    june = dt.date(2007, 6, 1)
    assert values("He will have talks with Lavrov on Tuesday, March 27.", "en", june) == ["2007-03-27"]
    assert values("Ia akan berunding dengan Lavrov pada Selasa, 27 Maret.", "id", june) == ["2007-03-27"]
    # without the weekday the future reading stands
    assert values("He will have talks with Lavrov on March 27.", "en", june) == ["2008-03-27"]


def test_a_weekday_that_fits_no_nearby_year_leaves_the_plain_reading():
    # March 27 was a Friday in 2009, too far from June 2007: the slip is ignored, not followed
    assert values("He met Lavrov on Friday, March 27.", "en", dt.date(2007, 6, 1)) == ["2007-03-27"]
