"""Words the stemmer gives a trigger's lemma but that name no such event (session 25, lemma2):
"pelatihan" (a training course) is no military exercise ("latihan"), "penerbangan ke" (a flight
or air route to) no visit ("terbang ke"). The trigger words are matched as written ("=latihan",
"=terbang", "=retas", with their -nya forms); the events themselves still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("TNI menggelar pelatihan bagi polisi Timor Leste di Dili.", "MOBILIZE"),
        ("Angkatan Darat Australia mengadakan pelatihan untuk polisi Papua Nugini.", "MOBILIZE"),
        ("Kementerian Perhubungan Indonesia menghentikan penerbangan ke Malaysia.", "CONSULT"),
        ("Garuda Indonesia membuka penerbangan ke China bulan depan.", "CONSULT"),
    ],
)
def test_derived_word_is_no_event(text, event):
    assert not any(e == event for e, _, _ in indonesian(text))


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Angkatan Laut China menggelar latihan di sekitar Taiwan.", "MOBILIZE", "CHN", "TWN"),
        ("Militer Jepang menggelar latihan militer di dekat Korea Utara.", "MOBILIZE", "JPN", "PRK"),
        ("Presiden Joko Widodo terbang ke Jepang pada Senin.", "CONSULT", "IDN", "JPN"),
        ("Indonesia dan Malaysia melanjutkan perundingan di Jakarta.", "CONSULT", "MYS", "IDN"),
        ("Rusia meretas situs pemerintah Ukraina.", "COERCE", "RUS", "UKR"),
    ],
)
def test_the_event_itself_still_codes(text, event, actor, recipient):
    assert has(indonesian(text), event, actor, recipient)
