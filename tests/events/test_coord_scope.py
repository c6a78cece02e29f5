"""What "and"/"dan" joins (session 25). A verb joined after a request's content is the requester's
own second act when it is finite ("urged Russia to withdraw and condemned …") or an act of speech (a
promise, a charge, another request: "meminta massa pulang dan menjanjikan …"); it shares the request's
subject, not the addressee's. A future marker carries over "and" to a second verb of the first one's
form when nothing new stands between: "will review the deal and suspend aid" is a threat, no sanction
done; "reviewed the deal and suspended aid" is one."""

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
            "Germany urged Russia to pull back its troops and condemned the shelling of Ukraine.",
            "ACCUSE",
            "DEU",
            None,
        ),
        (
            "id",
            "Menlu Indonesia mendesak Myanmar menghentikan kekerasan dan mengecam serangan terhadap warga Rohingya.",
            "ACCUSE",
            "IDN",
            None,
        ),
        (
            "id",
            "Menlu Indonesia meminta Malaysia memulangkan para nelayan dan menjanjikan bantuan bagi keluarga mereka.",
            "AGREE",
            "IDN",
            None,
        ),
        (
            "en",
            "France urged Iran to free the sailors and asked Britain to send a negotiator to Tehran.",
            "REQUEST",
            "FRA",
            "GBR",
        ),
    ],
)
def test_second_act_of_the_requester(lang, text, event, actor, recipient):
    found = coded_in(lang, text)
    assert has(found, event, actor, recipient), found
    # the addressee does not become the second act's actor
    addressee = {"en": {"RUS", "IRN"}, "id": {"MMR", "MYS"}}[lang]
    assert not any(e == event and set(a) & addressee for e, a, _ in found), found


def test_bare_second_verb_stays_in_the_content():
    # "release" is bare like "withdraw": more of what Germany asks, no act of Russia's or Germany's
    found = english("Germany urged Russia to withdraw its troops and release all prisoners.")
    assert has(found, "REQUEST", "DEU", "RUS"), found
    assert not any(e == "COERCE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "The United States will review the agreement and suspend military aid to Egypt.", "USA", "EGY"),
        ("en", "Japan would review the pact and cut aid to North Korea.", "JPN", "PRK"),
        (
            "id",
            "Amerika Serikat akan mencatat pelanggaran itu dan menghentikan bantuan militer kepada Mesir.",
            "USA",
            "EGY",
        ),
        (
            "id",
            "Pemerintah Indonesia akan meninjau kesepakatan itu dan membekukan bantuan kepada Myanmar.",
            "IDN",
            "MMR",
        ),
    ],
)
def test_future_carries_over_and(lang, text, actor, recipient):
    found = coded_in(lang, text)
    assert not any(e == "SANCTION" for e, _, _ in found), found
    assert has(found, "THREATEN", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        # done, not planned: no future marker, or a tense of the second verb's own
        ("en", "The United States reviewed the agreement and suspended military aid to Egypt.", "USA", "EGY"),
        (
            "id",
            "Pemerintah Indonesia telah meninjau kesepakatan itu dan membekukan bantuan kepada Myanmar.",
            "IDN",
            "MMR",
        ),
        # another form after "and" (a past act): the marker does not reach it
        ("en", "Washington will review the agreement, and suspended military aid to Egypt last week.", "USA", "EGY"),
    ],
)
def test_no_future_to_carry(lang, text, actor, recipient):
    found = coded_in(lang, text)
    assert has(found, "SANCTION", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "requester"),
    [
        # the verb after "dan" belongs to a relative clause inside the content
        (
            "id",
            "Indonesia meminta Malaysia menindak kelompok yang menyelundupkan senjata dan mengancam warga perbatasan.",
            "THREATEN",
            "IDN",
        ),
        # after "untuk" the content goes on; an inquiry is asked for, not done by the requester
        (
            "id",
            "Indonesia meminta Malaysia untuk bersikap tegas dan mengusut penyelundupan senjata itu.",
            "ACCUSE",
            "IDN",
        ),
        ("id", "Indonesia meminta Malaysia menindak para penyelundup dan mengusut jaringan mereka.", "ACCUSE", "IDN"),
        # "to" repeated: still what is asked for
        ("en", "Germany urged Russia to pull back its troops and to condemn the shelling of Ukraine.", "ACCUSE", "DEU"),
    ],
)
def test_content_is_no_second_act(lang, text, event, requester):
    found = coded_in(lang, text)
    assert has(found, "REQUEST", requester), found
    assert not has(found, event, requester), found
