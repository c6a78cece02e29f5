"""Parties of an act on an unnamed person (session 31, partiesen; attribution.unnamed_person_object,
coder.code_match): "beheaded a man accused of spying for US forces" — the parties in the person's
description are not the one acted on; an unnamed person attacked or seized by a state's side is one
of its own people (by its armed forces: the scene's). Near misses: a named party as the object
("arrested a Moroccan man"), where the person comes from ("two men from Iraq")."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "not_recipient"),
    [
        ("Afghan militants shot dead a man accused of working for British troops near Kandahar.",
         "ASSAULT", "AFG", "AFG", "GBR"),
        ("Somali gunmen kidnapped a woman suspected of spying for Ethiopian forces on Monday.",
         "ASSAULT", "SOM", "SOM", "ETH"),
        ("Egyptian police arrested a man who had worked for a Qatari television channel.",
         "COERCE", "EGY", "EGY", "QAT"),
    ],
)
def test_english_unnamed_person_acted_on(text, event, actor, recipient, not_recipient):
    found = english(text, pub_date="2007-03-01")
    assert has(found, event, actor, recipient), found
    assert not has(found, event, actor, not_recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "not_recipient"),
    [
        ("Milisi Somalia menculik seorang wanita yang dituduh menjadi mata-mata bagi pasukan Ethiopia.",
         "ASSAULT", "SOM", "SOM", "ETH"),
        ("Polisi Mesir menangkap seorang pria yang bekerja untuk sebuah stasiun televisi Qatar.",
         "COERCE", "EGY", "EGY", "QAT"),
    ],
)
def test_indonesian_unnamed_person_acted_on(text, event, actor, recipient, not_recipient):
    found = indonesian(text, pub_date="2007-03-01")
    assert has(found, event, actor, recipient), found
    assert not has(found, event, actor, not_recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a demonym before the noun names the party seized
        ("Spanish police arrested a Moroccan man in Madrid on Wednesday.", "COERCE", "ESP", "MAR"),
        # a named party as the object is kept
        ("Pakistani militants attacked a US convoy near Peshawar.", "ASSAULT", "PAK", "USA"),
    ],
)
def test_named_object_is_kept(text, event, actor, recipient):
    found = english(text, pub_date="2007-03-01")
    assert has(found, event, actor, recipient), found
