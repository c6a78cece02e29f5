"""Agentless passives (session 31, agentless): an arrest, a detention or a sentence whose doer goes
unsaid is the act of the scene's police or courts when the sentence tells it ("A suspect was arrested
in Harare", "Seorang tersangka ditahan di Stockholm"), but an arrest that only opens a time clause
setting the time of the news ("… is in intensive care after being arrested", "dibawa ke Polda setelah
ditangkap di bandara") is not guessed a doer, in both languages; a verdict there still is."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("en", "Three opposition activists were arrested in Harare on Monday.", "COERCE", "ZWE", "ZWE", "2017-04-11"),
        ("en", "Two journalists were detained in Minsk during the protest.", "COERCE", "BLR", "BLR", "2021-05-24"),
        ("en", "A former minister was jailed for five years in Lagos.", "SANCTION", "NGA", "NGA", "2019-03-02"),
        ("id", "Tiga aktivis oposisi ditangkap di Harare, Senin.", "COERCE", "ZWE", "ZWE", "2017-04-11"),
        ("id", "Dua wartawan ditahan di Minsk saat unjuk rasa itu.", "COERCE", "BLR", "BLR", "2021-05-24"),
        ("id", "Seorang mantan menteri dipenjara lima tahun di Lagos, Jumat.", "SANCTION", "NGA", "NGA", "2019-03-02"),
    ],
)
def test_agentless_arrest_told(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The opposition leader is in hospital in Harare after being arrested at a rally.", "COERCE"),
        ("en", "The activist went on hunger strike in Minsk after he was detained last month.", "COERCE"),
        ("en", "Since being detained in Lagos, the former minister has written two books.", "COERCE"),
        ("id", "Pemimpin oposisi itu dirawat di Harare setelah ditangkap di sebuah rapat umum.", "COERCE"),
        ("id", "Aktivis itu mogok makan di Minsk sejak ditahan bulan lalu.", "COERCE"),
        ("id", "Sesudah ditahan di Lagos, mantan menteri itu menulis dua buku.", "COERCE"),
    ],
)
def test_arrest_in_time_clause_not_guessed(lang, text, event):
    found = coded_in(lang, text, "2021-05-24")
    assert all(e != event for e, _, _ in found), found


def test_verdict_in_time_clause_still_told():
    # a court's verdict is news even when it dates the next act: "usai divonis bersalah, … ditahan"
    found = coded_in("id", "Usai divonis bersalah di Kairo, blogger itu langsung dibawa ke penjara.", "2019-06-03")
    assert has(found, "SANCTION", "EGY", "EGY"), found


def test_time_clause_keeps_a_named_agent():
    # the time clause drops only the scene's guess: a captor the clause names is still coded
    found = coded_in("en", "The sailors were in Iraqi waters when they were detained by Iranian forces.", "2007-03-30")
    assert has(found, "COERCE", "IRN", None), found
