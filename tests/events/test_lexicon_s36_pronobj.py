"""Object pronouns as recipients (session 36, pronobj; coder.object_pronoun_party, grammar
`object_pronouns`, `object_followers`, `verb_complement_markers`): "refused to accept them", "urged
them to", "menolak untuk menerima mereka", "menuduhnya" point back at the nearest fitting party named
in the sentence or the one before — a person for "him"/"her"/"-nya"/"dia", a group, a people or a body
for "them"/"mereka" — ahead of the guess that the actor's own state is the recipient. Near misses: a
pronoun pointing at the actor's own people keeps its own state; a pronoun after a noun owns it."""

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
        ("en",
         "Thousands of Rohingya refugees tried to cross into Bangladesh, but the government refused to accept them.",
         "REJECT", "BGD", "MMR"),
        ("en", "Hundreds of Rohingya refugees landed in Aceh on Monday. The local government refused to accept them.",
         "REJECT", "IDN", "MMR"),
        ("id", "Ribuan pengungsi Suriah tiba di perbatasan Turki, tetapi pemerintah menolak untuk menerima mereka.",
         "REJECT", "TUR", "SYR"),
        ("id",
         "Ratusan pengungsi Rohingya mendarat di Aceh pada Senin. Pemerintah daerah menolak untuk menerima mereka.",
         "REJECT", "IDN", "MMR"),
    ],
)
def test_object_pronoun_points_back(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-05-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # the pronoun points at the actor's own people: its own state stays the recipient
        ("en", "Egyptian protesters gathered in Cairo, and the police urged them to disperse.",
         "REQUEST", "EGY", "EGY"),
        ("id", "Ratusan mahasiswa Indonesia berunjuk rasa di Jakarta. Polisi meminta mereka untuk membubarkan diri.",
         "REQUEST", "IDN", "IDN"),
    ],
)
def test_object_pronoun_own_people(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-05-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israeli troops shot a Palestinian gunman near Nablus on Monday. "
               "The army accused him of planning a raid."),
        ("id", "Tentara Israel menembak seorang pria bersenjata Palestina di dekat Nablus. "
               "Tentara menuduhnya merencanakan serangan."),
    ],
)
def test_person_pronoun_points_at_one_described(lang, text):
    # "him", "-nya" after "a Palestinian gunman" named in the sentence before: that Palestinian
    found = coded_in(lang, text, pub_date="2023-05-01")
    assert has(found, "ACCUSE", "ISR", "PSE"), found


def test_pronoun_owning_a_noun_is_no_object():
    # "banding mereka" is their appeal: the pronoun owns the noun, it is not the verb's object
    import warta

    events = warta.code("Ratusan pengungsi Rohingya tiba di Aceh. Polisi menolak banding mereka.", lang="id",
                        pub_date="2023-05-01")
    assert all("coref.object_pronoun" not in e.rules for e in events), events
