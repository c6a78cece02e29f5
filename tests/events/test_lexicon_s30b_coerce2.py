"""Arrests and convictions from the development errors (session 30b, coerce2): an Indonesian arrest
pattern that opens on the people taken and ends on its di- verb ("lima orang diamankan ke Polres") is
passive, the scene's police its doer; an arrest of a count of people the sentence gives no party
("menahan tujuh orang", "arrested two men") holds the arresting state's own people, not the state the
story named last; a verdict put off ("menunda vonis", "postponed the verdict") is no conviction; and
"we'll be arrested" is a future, not an arrest — with near misses for each."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # the people taken open the pattern; no agent follows the di- verb
        ("Polisi membubarkan bentrokan di Makassar. Sebanyak lima orang diamankan ke Polrestabes Makassar.",
         "COERCE", "IDN", "IDN"),
        ("Ricuh di Medan. Dua belas orang diamankan ke Mapolres usai bentrokan antarwarga.",
         "COERCE", "IDN", "IDN"),
        # a count of people held: the state's own people, not the state the story named last
        ("Australia mengecam Iran. Iran telah menahan dua orang yang dituduh menjadi mata-mata.",
         "COERCE", "IRN", "IRN"),
        ("Pakistan membantah terlibat. Kepolisian India menahan sembilan orang dari Gujarat untuk diperiksa.",
         "COERCE", "IND", "IND"),
    ],
)
def test_indonesian_arrests(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-05-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Britain criticised Russia on Monday. Russian police arrested two men accused of spying in Moscow.",
         "COERCE", "RUS", "RUS"),
        ("Pakistan denied any role in the bombing. Indian police detained seven people in Gujarat for questioning.",
         "COERCE", "IND", "IND"),
    ],
)
def test_english_arrests(text, event, actor, recipient):
    found = english(text, pub_date="2017-05-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # the count's people are named with their state: that state, not the arresting one
        ("id", "Polisi Malaysia menahan tiga warga Indonesia di Johor.", "COERCE", "MYS", "IDN"),
        ("en", "Malaysian police detained three Indonesian fishermen off Johor.", "COERCE", "MYS", "IDN"),
        # a verdict passed, not put off
        ("id", "Pengadilan Negeri Jakarta Pusat menjatuhkan vonis tiga tahun penjara kepada mantan pejabat itu.",
         "SANCTION", "IDN", "IDN"),
        ("en", "A Bangkok court sentenced the former minister to five years in prison.", "SANCTION", "THA", "THA"),
    ],
)
def test_parties_kept(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2017-05-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "Pengadilan Negeri Jakarta Selatan menunda pembacaan vonis terhadap mantan pejabat itu.", "SANCTION"),
        ("id", "Hakim menunda vonis kasus korupsi itu karena terdakwa sakit.", "SANCTION"),
        ("en", "A Bangkok court postponed the verdict in the former minister's corruption trial until September.",
         "SANCTION"),
        ("en", "Journalists in Cairo say they can't write freely or they'll be arrested.", "COERCE"),
        ("id", "Iran masih menahan dua kapal milik perusahaan Inggris itu.", "!own"),
    ],
)
def test_near_misses(lang, text, event):
    found = coded_in(lang, text, "2017-05-10")
    if event == "!own":
        # ships held are no people: the count rule leaves them to the story's other party
        assert all(not (e == "COERCE" and r == ["IRN"]) for e, _, r in found), found
    else:
        assert all(e != event for e, _, _ in found), found
