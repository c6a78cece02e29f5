"""False alarms in English news (session 31, faen): an act told in a clause that "since"/"sejak" opens
only marks where a span of time starts ("losses since US-led troops invaded Iraq", "isolated since he
gave in to mass protests") and is background, not news — while "Since then, police have arrested …"
is a main clause and is coded, and an act after the "since" clause has ended is coded too."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The death toll has passed 4,000 since Ethiopian troops invaded Somalia in December 2006.", "ASSAULT"),
        ("en", "The former president has lived in exile since he resigned amid mass protests in 2005.", "PROTEST"),
        ("en", "Ethiopia's trade has slumped since Eritrean troops attacked the port of Assab in 2006.", "ASSAULT"),
        ("id", "Lebih dari 500 orang tewas sejak pasukan Ethiopia menyerbu Somalia pada Desember 2006.", "COERCE"),
        ("id", "Perdagangan Ethiopia merosot sejak pasukan Eritrea menyerang pelabuhan Assab pada 2006.", "ASSAULT"),
    ],
)
def test_act_in_a_since_clause_is_background(lang, text, event):
    found = coded_in(lang, text, "2008-03-01")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # "since then": an adverb, the clause after it is the news
        ("en", "Since then, Kenyan police have arrested 40 opposition supporters in Nairobi.", "COERCE", "KEN", "KEN"),
        # the "since" clause ends at the comma; the act after it is coded
        ("en", "Since the talks collapsed in May, Ethiopian troops have attacked Eritrea twice.",
         "ASSAULT", "ETH", "ERI"),
        ("id", "Sejak itu, pasukan Ethiopia telah menyerang Eritrea dua kali.", "ASSAULT", "ETH", "ERI"),
    ],
)
def test_main_clause_after_since_is_coded(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2008-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # an aim is no act: "a tour aimed at rallying support", "in an attempt to win backing"
        ("Egyptian President Hosni Mubarak began a Gulf tour aimed at rallying support for the Palestinian government.",
         "SUPPORT"),
        ("Jordan's king flew to Riyadh in an attempt to rally support for the Palestinian unity government.",
         "SUPPORT"),
    ],
)
def test_aim_is_not_an_act(text, event):
    found = coded_in("en", text, "2007-03-01")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # the act itself, told as done
        ("Egyptian President Hosni Mubarak rallied support for the Palestinian government during a Gulf tour.",
         "SUPPORT", "EGY", "PSE"),
        # violence or arrests attempted are still coded (CAMEO codes attempted attacks)
        ("Kenyan police are struggling to quell riots in Nairobi.", "COERCE", "KEN", None),
    ],
)
def test_act_beside_an_aim_is_coded(text, event, actor, recipient):
    found = coded_in("en", text, "2007-03-01")
    if recipient is None:
        assert any(e == event and actor in a for e, a, _ in found), found
    else:
        assert has(found, event, actor, recipient), found
