"""English/Indonesian agreement on parallel wire text (session 18, helper agree): Indonesian talks
resumed with "kembali" between verb and noun, a curfew announced as a noun clause, a joint centre
opened together (id/triggers_s18_agree.yaml); the English price of a deal "in return for aid" that is
no aid given (en/triggers_s18_agree.yaml); the one-word "jurubicara" of older Indonesian wire copy
(actors/sectors_s18_agree.yaml) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, mentions_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Hamas dan Fatah melanjutkan kembali perundingan mengenai pemerintah persatuan.", "CONSULT", "PSE", "PSE"),
        ("Israel dan Suriah memulai kembali pembicaraan damai di Ankara.", "CONSULT", "ISR", "SYR"),
        ("Militer Thailand mengumumkan diberlakukannya jam malam di Bangkok.", "COERCE", "THA", None),
        ("Afghanistan dan Pakistan membuka sebuah pusat intelijen gabungan di Kabul.", "COOPERATE", "AFG", "PAK"),
        ("Jepang dan Korea Selatan mendirikan markas intelijen gabungan di Busan.", "COOPERATE", "JPN", "KOR"),
    ],
)
def test_indonesian_families(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a shopping centre opened with local businessmen is no joint security body
        ("Pemerintah membuka pusat perbelanjaan bersama pengusaha lokal.", "COOPERATE"),
        # a curfew only weighed, not announced
        ("Pemerintah Thailand belum memutuskan apakah jam malam akan diberlakukan di Bangkok.", "COERCE"),
        # talks not resumed
        ("Hamas dan Fatah belum melanjutkan kembali perundingan mereka.", "CONSULT"),
    ],
)
def test_indonesian_near_misses(text, event):
    found = indonesian(text, pub_date="2007-06-01")
    assert not any(e == event for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The six-nation talks, involving China, Japan and Russia, aim to persuade Pyongyang to disarm"
        " in return for economic aid.",
        "The six-nation talks, involving China, Japan and Russia, seek to get Pyongyang to disarm"
        " in exchange for economic aid.",
    ],
)
def test_price_of_a_deal_is_no_aid(text):
    found = english(text, pub_date="2007-06-01")
    assert not any(e == "AID" for e, _, _ in found), found


def test_aid_given_still_codes():
    found = english("The United States gave economic aid to Jordan.", pub_date="2007-06-01")
    assert has(found, "AID", "USA", "JOR"), found


def test_one_word_spokesperson_is_a_sector_term():
    found = mentions_in("id", "Jurubicara kepolisian Kenya mengatakan tiga orang ditahan.", date="2007-06-01")
    assert ("Jurubicara kepolisian Kenya", "KEN", "COP") in found, found
