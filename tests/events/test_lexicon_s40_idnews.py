"""Whole Indonesian news articles (session 40, idnews): the doer of an act a plan, move or decision
names with "by"/"oleh" right before "to"/"untuk" ("a move by Russia to expel 20 diplomats", as
"Russia's move to expel"; attribution.planner), a sentence opening with "usai"/"seusai"/"sesudah" +
verb read as one opening with "setelah"/"after" (its act is the main clause subject's), and an air base
("Pangkalan Udara X") no Indonesian military unit — with near misses: a passive verb's "by" before
"to" ("was asked by the UN to mediate") keeps its subject, and an air base abroad makes no Indonesian
party."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Britain condemned a move by Russia to expel 20 diplomats.", "SANCTION", "RUS", "GBR"),
        ("en", "Washington criticized the decision by Iran to arrest two American hikers.", "COERCE", "IRN", "USA"),
        ("en", "Seoul welcomed a plan by Japan to return the seized fishing boat.", "RETREAT", "JPN", None),
        ("id", "Inggris mengecam langkah oleh Rusia untuk mengusir 20 diplomat.", "SANCTION", "RUS", "GBR"),
        ("id", "Inggris mengecam langkah Rusia untuk mengusir 20 diplomat.", "SANCTION", "RUS", "GBR"),
    ],
)
def test_planner_does_the_planned_act(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2018-03-20")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "wrong_actor"),
    [
        # the one made to act is the subject of a passive verb, not the "by" party
        ("en", "Norway was asked by the United Nations to mediate between the two sides.", "CONSULT", "UNO"),
        ("en", "Britain condemned a move by Russia to expel 20 diplomats.", "SANCTION", "GBR"),
        ("id", "Inggris mengecam langkah oleh Rusia untuk mengusir 20 diplomat.", "SANCTION", "GBR"),
    ],
)
def test_planner_near_misses(lang, text, event, wrong_actor):
    found = coded_in(lang, text, "2018-03-20")
    assert not has(found, event, wrong_actor), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Usai bertemu Presiden Joko Widodo di Istana Bogor, Perdana Menteri Malaysia Najib Razak "
         "menyatakan kedua negara sepakat.", "CONSULT", "MYS", "IDN"),
        ("Seusai bertemu Menteri Luar Negeri Retno Marsudi di Jakarta, Menlu Australia Julie Bishop "
         "berbicara kepada wartawan.", "CONSULT", "AUS", "IDN"),
        ("Sesudah bertemu Presiden Filipina di Manila, Perdana Menteri Jepang menggelar jumpa pers.",
         "CONSULT", "JPN", "PHL"),
    ],
)
def test_opening_usai_clause_shares_the_subject(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-08-10")
    assert has(found, event, actor, recipient), found


def test_english_after_clause_alike():
    found = english(
        "After meeting President Joko Widodo at the palace, Malaysian Prime Minister Najib Razak said "
        "the two countries agreed.",
        pub_date="2017-08-10",
    )
    assert has(found, "CONSULT", "MYS", "IDN"), found


def test_foreign_air_base_is_no_indonesian_unit():
    found = indonesian(
        "Tentara Suriah sudah menguasai Pangkalan Udara Jarrah dan kota-kota di sekitarnya.", pub_date="2017-05-13"
    )
    assert all("IDN" not in a + r for _, a, r in found), found
