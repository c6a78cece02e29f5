"""Audit of unseen Indonesian news (session 31, auditid1): a day set off by commas between a request
and what it asks for ("menyeru Israel dan Palestina, Minggu (24/8), menghentikan permusuhan"), a
second content verb after "dan", a request verb set off from its "agar" clause by a comma
("mengingatkan, agar"), declining to comment with "untuk" ("menolak untuk berkomentar"), and joining a
cabinet as a minister — with near misses that must still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Qatar mendesak Hamas dan Israel, Selasa (14/11), membebaskan para tawanan dan membuka kembali perundingan.",
         "REQUEST", "QAT", "ISR", "2023-11-15"),
        ("Ketua DPR Puan Maharani mengingatkan, agar para menteri tidak membuat kegaduhan politik.",
         "REQUEST", "IDN", None, "2023-05-10"),
        ("Menteri Luar Negeri Retno Marsudi meminta, supaya Myanmar segera menghentikan kekerasan.",
         "REQUEST", "IDN", "MMR", "2022-03-10"),
    ],
)
def test_indonesian_request_wording(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "date"),
    [
        # what a request asks for has not happened, a day set off by commas between them or not
        ("Qatar mendesak Hamas dan Israel, Selasa (14/11), membebaskan para tawanan dan membuka kembali perundingan.",
         "RETREAT", "2023-11-15"),
        ("Qatar mendesak Hamas dan Israel, Selasa (14/11), membebaskan para tawanan dan membuka kembali perundingan.",
         "CONSULT", "2023-11-15"),
        ("Turki menyerukan Rusia dan Ukraina menghentikan pertempuran dan kembali ke meja perundingan.",
         "CONSULT", "2022-04-01"),
        # the content of "mengingatkan, agar" is the cadres' duty, not their support
        ("Sekjen partai itu mengingatkan, agar semua kader mendukung keputusan Presiden.", "SUPPORT", "2023-05-10"),
        # declining to comment is no rejection
        ("Kementerian Luar Negeri China menolak untuk berkomentar terkait laporan tersebut.", "REJECT", "2023-05-10"),
        # a minister's appointment is no party's support
        ("Mantan gubernur itu bergabung dalam kabinet sebagai Menteri Perdagangan.", "SUPPORT", "2023-05-10"),
    ],
)
def test_indonesian_near_misses(text, event, date):
    found = indonesian(text, pub_date=date)
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # the comma after a date still ends a clause that has a verb of its own
        ("id", "Presiden Jokowi bertemu PM Malaysia, Senin (8/5), dan menandatangani nota kesepahaman.",
         "SUPPORT", "IDN", None),
        # the request itself is still coded, and so is the party's own refusal
        ("id", "Kementerian Luar Negeri China menolak tuduhan Amerika Serikat dalam laporan tersebut.",
         "REJECT", "CHN", None),
        ("id", "Partai Golkar resmi bergabung dengan koalisi Partai Demokrat.", "SUPPORT", "IDN", None),
    ],
)
def test_near_misses_still_coded(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2023-05-10")
    assert has(found, event, actor, recipient), found
