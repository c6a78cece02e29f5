"""Police or a court named by a bare sector term opening its clause are the verb's subject even where
the actor matcher gave them no state (session 23, coder.unplaced_body): "Adapun polisi telah
membebaskan …", "Sejauh ini polisi telah …", "The police too have detained …". They are the ones of
the state the story is set in — the state its sentences were set in most often, else its home
(dateline, outlet). A story that sets itself nowhere gives no actor; a ministry or MPs (who may be
another state's) are not made one; nor is a sector word that is not the subject."""

from __future__ import annotations

from functools import partial

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")

# a story that names its state once, then goes on for more sentences than a scene reaches
SAUDI_STORY = (
    "Polisi Arab Saudi menangkap seorang perempuan di Riyadh karena sebuah video. "
    "Video itu ramai dibicarakan. Banyak warganet berkomentar. Sebagian menilai hukumannya terlalu berat. "
    "Sebagian lain setuju. Perdebatan berlangsung berhari-hari. "
)


def test_sector_subject_after_an_opening_word_takes_the_story_state():
    found = indonesian(SAUDI_STORY + "Adapun polisi telah membebaskan perempuan tersebut pada Selasa.")
    assert has(found, "RETREAT", "SAU")


def test_sector_subject_with_demonstrative_takes_the_story_state():
    found = indonesian(SAUDI_STORY + "Sejauh ini polisi telah membebaskan perempuan itu.")
    assert has(found, "RETREAT", "SAU")


EGYPT_STORY = (
    "Egypt's parliament passed the amendments on Monday. Critics said the vote was rushed. Turnout was low. "
    "Some voters stayed home. Others waited in long lines. Rain fell in the evening. Shops closed early. "
)


def test_english_police_late_in_a_story_take_its_state():
    found = english(EGYPT_STORY + "Further, police also seized the cameras of two photographers.")
    assert has(found, "COERCE", "EGY", "EGY")


def test_english_police_with_an_adverb_take_its_state():
    found = english(EGYPT_STORY + "Meanwhile police too have arrested two photographers.")
    assert has(found, "COERCE", "EGY", "EGY")


def test_a_quoted_place_does_not_move_the_police_abroad():
    # the story is Saudi Arabia's; a quote naming France sets that one sentence in France
    quote = "Namun, seorang warganet menulis, “Di Perancis, niqab dilarang.” "
    text = SAUDI_STORY + quote + "Adapun polisi telah membebaskan perempuan itu."
    found = indonesian(text)
    assert has(found, "RETREAT", "SAU") and not has(found, "RETREAT", "FRA")


def test_a_ministry_is_not_given_the_story_state():
    # a ministry or MPs may be another state's: only the matcher may place them
    found = indonesian(SAUDI_STORY + "Adapun kementerian telah membebaskan perempuan tersebut pada Selasa.")
    assert not has(found, "RETREAT", "SAU")


def test_no_state_anywhere_gives_no_actor():
    # a story that names no state, no place and has no dateline: nothing to own the ministry
    text = "The police too have detained two farm leaders."
    assert not any(e == "COERCE" for e, _, _ in english(text))


def test_police_worries_are_no_enforcement():
    # what police fear or ask for is left to the matcher: only their arrests, raids, releases and charges
    found = english(EGYPT_STORY + "Meanwhile police too have expressed concern over the violence.")
    assert not any(e == "ACCUSE" for e, _, _ in found)


def test_sector_word_after_a_preposition_is_no_subject():
    # "polisi" here is what the statement is about, not who makes it
    found = indonesian(SAUDI_STORY + "Menurut pengakuan kepada polisi telah membebaskan perempuan itu.")
    assert not has(found, "RETREAT", "SAU")
