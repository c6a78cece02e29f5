"""Parties taken from the story rather than the scene (session 38, scene; coder.captors_told): an
arrest told with no doer, just after the story told a named state taking captives, is that captor's
and of those captives — not the act of the police of the place the story named last ("near the
Iraqi coast", "di dekat Ramallah"). Near misses: an arrest that names its own doer, and one in a
story that told no captor (the scene's police, as before)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")
DATE = "2007-04-01"


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Iranian forces seized eight British marines in the Shatt al-Arab waterway. "
               "The marines were detained near the Iraqi coast.", "IRN", "GBR"),
        ("en", "Israeli troops arrested three Palestinian youths in the West Bank on Tuesday. "
               "The three were captured near Nablus after a stone-throwing clash.", "ISR", "PSE"),
        ("id", "Pasukan Iran menangkap delapan marinir Inggris di perairan Shatt al-Arab. "
               "Para marinir itu ditahan di dekat pantai Irak.", "IRN", "GBR"),
        ("id", "Tentara Israel menangkap tiga pemuda Palestina di Tepi Barat pada Selasa. "
               "Ketiganya ditangkap di dekat Nablus setelah bentrokan.", "ISR", "PSE"),
    ],
)
def test_an_agentless_arrest_is_the_captor_told_before(lang, text, actor, recipient):
    found = coded_in(lang, text, DATE)
    assert len(found) == 2, found
    event, actors, recipients = found[-1]
    assert event == "COERCE" and actor in actors and recipient in recipients, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iranian forces seized eight British marines in the Shatt al-Arab waterway. "
               "Two other men were later detained by Iraqi police in Basra."),
        ("id", "Pasukan Iran menangkap delapan marinir Inggris di perairan Shatt al-Arab. "
               "Dua pria lain kemudian ditahan oleh polisi Irak di Basra."),
    ],
)
def test_an_arrest_naming_its_doer_keeps_it(lang, text):
    event, actors, _ = coded_in(lang, text, DATE)[-1]
    assert event == "COERCE" and actors == ["IRQ"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A suspect was arrested in Stockholm on Friday."),
        ("id", "Seorang tersangka ditahan di Stockholm pada Jumat."),
    ],
)
def test_with_no_captor_told_the_scene_police_arrest(lang, text):
    assert coded_in(lang, text, DATE) == [("COERCE", ["SWE"], ["SWE"])]
