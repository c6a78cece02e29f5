"""A counterpart the sentence names but no actor list codes (session 24, support_recip): meeting,
thanking, backing or working with "tokoh adat", "opposition leaders", "him", or welcoming a ruling,
by a named party of the state the story is set in, is a domestic event — the actor's own state is
the recipient (coder.home_counterpart). Near misses: a manner ("dengan baik", "with caution"), an
infinitive ("support to help"), the actor's own staff, a negated meeting, a crowd, a story abroad."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")

# a first sentence sets the story in the state; the event's own sentence names no place
IN_INDONESIA = "Banjir melanda Jakarta, Indonesia, pada Senin. "
IN_KENYA = "Floods hit Nairobi, Kenya, on Monday. "


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Partai Golkar menyatakan dukungan kepadanya untuk pemilihan gubernur.", "SUPPORT"),
        ("Gubernur Anies Baswedan menyampaikan ucapan selamat kepada Yuyu atas jabatan barunya.", "SUPPORT"),
    ],
)
def test_indonesian_uncoded_counterpart_is_home(text, event):
    assert has(indonesian(IN_INDONESIA + text), event, "IDN", "IDN")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kenya's president met with opposition leaders on Tuesday.", "CONSULT"),
        ("The Kenyan government signed a peace deal with tribal elders last year.", "SUPPORT"),
        ("Kenya's attorney general welcomed the ruling.", "SUPPORT"),
    ],
)
def test_english_uncoded_counterpart_is_home(text, event):
    assert has(english(IN_KENYA + text), event, "KEN", "KEN")


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo bekerja sama dengan baik.",  # a manner, no partner
        "Presiden Joko Widodo belum bertemu dan berdiskusi dengan tokoh adat.",  # not (yet) met
        "Presiden Joko Widodo menggelar rapat dengan jajarannya.",  # his own staff
    ],
)
def test_indonesian_no_counterpart_invented(text):
    assert not has(indonesian(IN_INDONESIA + text), "CONSULT", "IDN", "IDN")
    assert not has(indonesian(IN_INDONESIA + text), "COOPERATE", "IDN", "IDN")


@pytest.mark.parametrize(
    "text",
    [
        IN_KENYA + "Kenya's president met with his staff on Tuesday.",  # internal meeting
        IN_KENYA + "Kenya's president met with caution on Tuesday.",  # a manner
        IN_KENYA + "Thousands of Kenyans stood with the protesters.",  # a crowd is no partner
        IN_KENYA + "Kenya's president expressed support to help the victims.",  # an infinitive
        "Floods hit Kabul, Afghanistan, on Monday. Kenya's president met with tribal elders on Tuesday.",  # abroad
    ],
)
def test_english_no_counterpart_invented(text):
    found = english(text)
    assert not has(found, "CONSULT", "KEN", "KEN") and not has(found, "SUPPORT", "KEN", "KEN"), found


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            english,
            "Floods hit Osaka, Japan, on Monday. Japan's Prime Minister Shinzo Abe visited the Yasukuni "
            "shrine with several cabinet ministers.",
        ),
        (
            indonesian,
            "Banjir melanda Osaka, Jepang, pada Senin. Perdana Menteri Jepang Shinzo Abe mengunjungi kuil "
            "Yasukuni bersama beberapa menteri kabinet.",
        ),
    ],
)
def test_near_miss_a_visit_with_companions_names_no_host(code, text):
    # on a visit, "with"/"bersama" names those who come along, not a host of the actor's own state
    assert not has(code(text, pub_date="2017-03-01"), "CONSULT", "JPN", "JPN")
