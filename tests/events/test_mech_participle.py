"""A participle clause after a comma shares the main clause's subject (session 23, mech_participle):
"North Korean troops shelled a South Korean island, killing two marines" — the troops kill; a party
named in the main clause's object ("South Korean island", "Iraqi prime minister") is not the doer.
When the main clause's subject is no party ("An earthquake struck …, killing …") the clause has
no actor. Indonesian serial verbs after a comma read the same ("…, menewaskan …", "…, mendesak …").
Grammar: participle_clause_suffixes (en) and participle_clause_prefixes (id)."""

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
        (
            "en",
            "The Turkish president met the Iraqi prime minister in Ankara, urging Baghdad to act against the PKK.",
            "REQUEST",
            "TUR",
            "IRQ",
        ),
        (
            "id",
            "Presiden Turki menemui perdana menteri Irak di Ankara, mendesak Baghdad bertindak terhadap PKK.",
            "REQUEST",
            "TUR",
            "IRQ",
        ),
    ],
)
def test_participle_takes_the_main_subject(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2019-05-05")
    assert has(found, event, actor, recipient), found
    # the party in the main clause's object does not become the one who urges
    assert not any(e == event and recipient in a for e, a, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "object_party"),
    [
        ("en", "North Korean troops shelled a South Korean island on Tuesday, killing two marines.", "PRK", "KOR"),
        ("id", "Militan Al-Shabaab menyerbu hotel pejabat Kenya di Mogadishu, menewaskan 12 orang.", "SOM", "KEN"),
    ],
)
def test_killing_after_an_attack_is_the_attackers(lang, text, actor, object_party):
    found = coded_in(lang, text, "2019-05-05")
    assert has(found, "ASSAULT", actor, object_party), found
    assert not any(e == "ASSAULT" and object_party in a for e, a, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "party"),
    [
        ("en", "An earthquake struck northern Japan on Monday, killing dozens of people.", "JPN"),
        ("en", "The explosion destroyed the Iranian embassy in Beirut, killing two guards.", "IRN"),
        ("id", "Ledakan itu merusak kedutaan besar Iran di Beirut, menewaskan dua penjaga.", "IRN"),
    ],
)
def test_no_party_subject_gives_no_actor(lang, text, party):
    """A quake or a blast is no actor: the party it struck is not the killer."""
    found = coded_in(lang, text, "2019-05-05")
    assert not any(e == "ASSAULT" and party in a for e, a, _ in found), found


def test_relative_aside_keeps_its_own_verb():
    """Guard: a comma closing "yang …" ends an aside; the verb after it is the main clause's, whose
    subject comes before the aside, not the aside's own verb's."""
    found = indonesian("Pemerintah Iran, yang dituduh Washington memasok senjata kepada milisi, membantah laporan itu.")
    assert has(found, "REJECT", "IRN"), found
    assert not any(e == "REJECT" and "USA" in a for e, a, _ in found), found


def test_passive_main_clause_gives_no_shared_doer():
    """Guard: after a passive main clause the participle's subject is not its patient:
    "Two Indian soldiers were killed by Pakistani fire, prompting …" — the soldiers prompt nothing."""
    found = english("Two Indian soldiers were killed by Pakistani fire, prompting India to summon Pakistan's envoy.")
    assert has(found, "ASSAULT", "PAK", "IND"), found
