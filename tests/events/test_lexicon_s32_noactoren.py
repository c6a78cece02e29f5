"""English event nouns whose doer is a bare armed or policing body before them (session 32,
noactoren; coder.modifier_body): "A major police crackdown …", "a rebel air raid …" are the
police's and the rebels' of the state the story is set in — and near misses: a habit ("frequent
guerilla attacks"), a possibility ("any military blockade"), a body that is the target ("the
embassy attack") or a sector that is no armed body ("a government investigation team")."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("ROME: A major police crackdown on arms smuggling in Naples netted dozens of suspects on Tuesday.",
         "COERCE", "ITA"),
        ("COLOMBO: A rebel air raid on the air base near the capital damaged two hangars on Sunday.",
         "ASSAULT", "LKA"),
        ("MANILA: A military raid on a rebel hideout in the southern mountains left four fighters dead.",
         "ASSAULT", "PHL"),
        ("LAGOS: The police raid on the opposition office in Ikeja drew wide anger on Friday.",
         "COERCE", "NGA"),
    ],
)
def test_armed_body_before_event_noun(text, event, actor):
    found = english(text, pub_date="2015-06-01")
    assert has(found, event, actor), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a habit, not one act
        ("BAGHDAD: Frequent guerilla attacks on the highway have cut trade with Jordan.", "ASSAULT"),
        # the body is the target, not the doer
        ("BAGHDAD: The embassy attack killed two guards.", "ASSAULT"),
        # no armed body: a team sent by the government is no act of the government's
        ("BAGHDAD: A government investigation team visited the bombed market on Monday.", "ACCUSE"),
        # a possibility
        ("HAVANA: The union said the island would resist any military blockade.", "COERCE"),
    ],
)
def test_no_doer_from_a_modifier(text, event):
    found = english(text, pub_date="2015-06-01")
    assert not any(e == event and a for e, a, _ in found), found



@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # attribution.causative_passive: "had their X confiscated by Y" — Y did it to the subject
        ("ISTANBUL: Two German reporters had their equipment confiscated by Turkish police.", "COERCE", "TUR", "DEU"),
        ("KABUL: Dozens of farmers had their land seized by the army.", "COERCE", "AFG", "AFG"),
    ],
)
def test_causative_passive(text, event, actor, recipient):
    found = english(text, pub_date="2015-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "sufferer"),
    [
        ("ISTANBUL: Two German reporters had their equipment confiscated by Turkish police.", "DEU"),
        ("ISTANBUL: Kurdish rebels had their weapons seized by the Turkish army.", "TUR"),
    ],
)
def test_causative_passive_subject_is_no_doer(text, sufferer):
    # the reporters and the rebels are who it was done to, not who did it
    found = english(text, pub_date="2015-06-01")
    assert found, found
    assert not any(e == "ASSAULT" for e, _, _ in found), found
    if sufferer == "DEU":
        assert not any("DEU" in a for _, a, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor", "date"),
    [
        # actors.match.without_namesakes: a title and a first name the lexicon lacks before a famous
        # surname name the title-holder, of the scene's state — not Iván Duque (COL)
        ("MANILA: Health Secretary Francisco Duque criticized the senators over the vaccine delays.", "PHL",
         "2020-12-01"),
        ("KARACHI: Provincial Health Minister Farhat Abbas criticized the hospital board on Monday.", "PAK",
         "2017-05-02"),
        # the famous one named in full is still himself
        ("BOGOTA: President Iván Duque criticized the rebels on Monday.", "COL", "2020-12-01"),
    ],
)
def test_title_holder_with_a_famous_surname(text, actor, date):
    found = english(text, pub_date=date)
    assert any(e == "ACCUSE" and a == [actor] for e, a, _ in found), found
    assert not any(e == "ACCUSE" and ("COL" in a) != (actor == "COL") for e, a, _ in found), found
