"""Plural pronouns for the two parties of the sentence before (session 32, pronouns; actors.match
joint_subject, grammar `pair_pronouns`, coder.joint_parties): "Mereka"/"They" opening a clause right
after a sentence that coded a meeting, talks or an agreement between two parties is both of them, a
joint event — and "the pair" is the two people named lately. Near misses: after an attack the
pronoun is no pair, "They are …" describes, and a sentence coding no meeting leaves it alone."""

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
        ("id", "Menlu Retno Marsudi bertemu Menlu Malaysia Anifah Aman di Jakarta, Senin. "
         "Mereka sepakat memperkuat kerja sama perbatasan.", "AGREE", "IDN", "MYS"),
        ("id", "Presiden Joko Widodo menerima Perdana Menteri Australia Anthony Albanese di Istana Bogor. "
         "Mereka juga membahas kerja sama keamanan maritim.", "CONSULT", "IDN", "AUS"),
        ("en", "Foreign Minister Retno Marsudi met her Malaysian counterpart Anifah Aman in Jakarta on Monday. "
         "They agreed to strengthen border cooperation.", "AGREE", "IDN", "MYS"),
        ("en", "The foreign ministers of Jordan and Egypt met in Amman on Sunday. "
         "They also discussed ways to restart the peace talks.", "CONSULT", "JOR", "EGY"),
        ("en", "President Bush met Prime Minister Koizumi in Tokyo on Monday. "
         "The pair agreed to expand missile defense cooperation.", "AGREE", "USA", "JPN"),
    ],
)
def test_plural_pronoun_is_the_pair_that_met(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2017-03-01")
    # a joint event: both parties, whichever way round
    assert has(found, event, actor, recipient) or has(found, event, recipient, actor), found


def test_pronoun_after_an_attack_is_no_pair():
    found = english("Israeli troops shot dead two Palestinian gunmen in Nablus on Monday. "
                    "They also agreed to hand over the bodies to the Red Crescent.", pub_date="2017-03-01")
    assert not any(e == "AGREE" and "PSE" in a for e, a, _ in found), found


def test_pronoun_describing_is_no_actor():
    found = indonesian("Menlu Retno Marsudi bertemu Menlu Malaysia Anifah Aman di Jakarta, Senin. "
                       "Mereka adalah sahabat lama yang sepakat soal banyak hal.", pub_date="2017-03-01")
    assert not any(e == "AGREE" for e, _, _ in found), found


def test_pronoun_after_two_states_opening_the_sentence_is_both():
    found = english("Indonesia and Malaysia have long quarrelled over their border. "
                    "They agreed to strengthen border cooperation.", pub_date="2017-03-01")
    assert has(found, "AGREE", "IDN", "MYS") or has(found, "AGREE", "MYS", "IDN"), found


def test_pronoun_after_a_police_raid_is_no_pair():
    found = indonesian("Polisi Malaysia menangkap dua nelayan Indonesia di perairan Johor, Senin. "
                       "Mereka sepakat menempuh jalur hukum.", pub_date="2017-03-01")
    assert not any(e == "AGREE" and "IDN" in a and "MYS" in a for e, a, _ in found), found
