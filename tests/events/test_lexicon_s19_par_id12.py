"""Indonesian precision on unseen wire text (session 19, helper par_id12): shots fired into the air
are a warning (THREATEN, as "tembakan peringatan"), and fired to break up a crowd one crowd-control
act rather than a shooting plus a dispersal; a government "facing opposition" is no act of
opposing; a deadline for a withdrawal is no withdrawal — id/triggers_s19_par_id12.yaml."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id", pub_date="2007-06-01")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Tentara Korea Selatan melepaskan tembakan ke udara ketika perahu Korea Utara melintasi batas laut.",
            "KOR",
        ),
        ("Penjaga perbatasan India menembakkan senjata ke udara saat kapal nelayan Bangladesh mendekat.", "IND"),
    ],
)
def test_shots_into_the_air_are_a_warning(text, actor):
    found = indonesian(text)
    assert has(found, "THREATEN", actor), found
    assert not has(found, "ASSAULT", actor), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Tentara Thailand menembak ke udara dalam upaya membubarkan massa di Bangkok.", "THA"),
    ],
)
def test_shots_to_break_up_a_crowd_are_one_act(text, actor):
    found = indonesian(text)
    assaults = [e for e in found if e[0] == "ASSAULT"]
    assert len(assaults) == 1 and has(assaults, "ASSAULT", actor, actor), found


def test_facing_opposition_is_no_accusation():
    found = indonesian("Pemerintah Thailand sedang menghadapi penentangan yang dipimpin partai oposisi.")
    assert not has(found, "ACCUSE", "THA"), found
    # the verb still codes: opposing a plan is disapproval
    found = indonesian("Partai oposisi Thailand menentang rencana pemerintah.")
    assert has(found, "ACCUSE", "THA"), found


def test_deadline_for_a_withdrawal_is_no_withdrawal():
    found = indonesian(
        "Presiden Prancis mengatakan, pihaknya akan sangat ceroboh untuk menetapkan batas-waktu untuk menarik "
        "pasukan Prancis dari Afghanistan."
    )
    assert not has(found, "RETREAT", "FRA"), found
    # a withdrawal told as done still codes
    found = indonesian("Australia menarik pasukannya dari Irak.")
    assert has(found, "RETREAT", "AUS", "IRQ"), found
