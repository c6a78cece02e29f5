"""Releases from custody (session 40, retreat; grammar custody_phrases, coder.freed_from_custody): a
release told with no doer whose captives are freed from a prison, a jail or custody ("was released from
prison", "dibebaskan dari penjara") is the act of the freed one's own state — kidnappers hold no prisons;
near misses: captives freed in a place with no doer named, a patient released from hospital."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "date"),
    [
        ("en", "The Egyptian blogger was released from prison on Monday after serving four years.",
         "EGY", "EGY", "2019-03-05"),
        ("en", "A jailed Turkish journalist was freed from jail on Friday.", "TUR", "TUR", "2018-03-10"),
        ("en", "The former Malaysian deputy prime minister was released from custody.", "MYS", "MYS", "2018-05-16"),
        ("id", "Blogger Mesir itu dibebaskan dari penjara pada Senin setelah menjalani hukuman empat tahun.",
         "EGY", "EGY", "2019-03-05"),
        ("id", "Wartawan Turki itu dibebaskan dari tahanan pada Jumat.", "TUR", "TUR", "2018-03-10"),
        ("id", "Mantan wakil perdana menteri Malaysia itu dibebaskan dari penjara pekan lalu.",
         "MYS", "MYS", "2018-05-16"),
    ],
)
def test_release_from_custody(lang, text, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, "RETREAT", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two German hostages were released in Syria on Sunday."),
        ("en", "The injured Egyptian fan was released from hospital on Monday."),
        ("id", "Dua sandera Jerman itu dibebaskan di Suriah pada Minggu."),
        ("id", "Suporter Mesir yang terluka itu keluar dari rumah sakit pada Senin."),
    ],
)
def test_release_near_misses(lang, text):
    found = coded_in(lang, text, pub_date="2019-03-05")
    assert all(e != "RETREAT" for e, _, _ in found), found
