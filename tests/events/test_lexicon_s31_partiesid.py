"""Whose forces a bare sector term names (session 31, partiesid; actors/match.py, grammar
`origin_words`, `foreign_words`): a news agency named by its name or demonym ("kantor berita
Inggris Reuters", "the British news agency") reports from anywhere and sets no scene for the next
sentence's soldiers; a person's nationality after "berkebangsaan" is no scene for the police who
arrest him; a sector term marked foreign ("pasukan asing", "foreign troops") does not take the
state the story is set in — and near misses: a newspaper named by its state only ("Surat kabar
Kuwait") still sets the scene, and an army named with its state keeps it."""

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
        ("id", "Bentrokan pecah lagi di Konakri, kata seorang dokter kepada kantor berita Prancis AFP.\n"
         "Tentara menembak ke udara untuk membubarkan para demonstran.", "ASSAULT", "GIN", "GIN"),
        ("en", "Clashes broke out again in Conakry, a doctor told the British news agency Reuters.\n"
         "Soldiers fired into the air to disperse the protesters.", "ASSAULT", "GIN", "GIN"),
        ("id", "Polisi menangkap seorang pria berkebangsaan Australia karena membawa narkoba.", "COERCE", "IDN", "AUS"),
        # near miss: a newspaper named by its state only is rather the scene's own
        ("id", "Surat kabar Kuwait, Al-Rai, melaporkan sel itu dibongkar pekan lalu.\n"
         "Polisi menangkap tiga anggota sel tersebut.", "COERCE", "KWT", None),
        # near miss: an army named with its state keeps it
        ("id", "Pasukan Afghanistan melancarkan serangan terhadap Taliban di Provinsi Helmand.",
         "ASSAULT", "AFG", None),
    ],
)
def test_scene_of_bare_sector_terms(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2023-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "state"),
    [
        ("id", "Pasukan asing melancarkan serangan terhadap Taliban di Provinsi Helmand, Afghanistan.",
         "ASSAULT", "AFG"),
        ("en", "Foreign troops launched an assault on Taliban positions in southern Afghanistan.", "ASSAULT", "AFG"),
        ("id", "Para pengunjuk rasa di Konakri bentrok lagi, lapor kantor berita Prancis AFP.\n"
         "Tentara menembak ke udara untuk membubarkan mereka.", "ASSAULT", "FRA"),
    ],
)
def test_not_the_scene_state(lang, text, event, state):
    found = coded_in(lang, text, "2023-06-10")
    assert not has(found, event, state), found
