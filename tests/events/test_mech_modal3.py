"""Acts the sentence does not say were done (session 25, modal3), in sentences written for warta.

events/modality.py: a subject that names no one ("tidak ada satu pun partai yang mendukung", "none of
the senators backed"; grammar keys existential_negations, existential_links); a right, an option or a
conditional duty just before the act ("berhak mengundang", "is entitled to invite", "would have to
withdraw", "the option of withdrawing"; unrealised_phrases); a rumour the sentence calls false ("kabar
… tidak benar", "reports … are not true"; rumours, false_claims); a negation cut off from the act by a
relative clause ("duta besar yang tidak kompeten yang menyerah …"); and a cue word that is a subject
("the French plan was a mistake"; copulas)."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "Tidak ada satu pun partai di DPR yang mendukung Prabowo dalam pemilihan itu.", "SUPPORT"),
        ("en", "Nobody in the cabinet criticised Merkel over the deal.", "ACCUSE"),
    ],
)
def test_an_act_of_no_one_is_not_coded(lang, text, event):
    found = coded_in(lang, text, "2015-06-10")
    assert not any(e == event for e, _, _ in found), found
    assert not any(e == "REJECT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "Menurut Menlu, Jerman berhak mengundang Rusia ke pertemuan puncak itu.", "AGREE"),
        ("id", "Pemerintah Filipina memiliki hak untuk mengusir kapal China dari perairannya.", "COERCE"),
        ("en", "The minister said Germany is entitled to invite Russia to the summit.", "AGREE"),
        ("en", "Japan has the right to expel the Chinese ambassador.", "SANCTION"),
        ("en", "Experts said the United States would have to withdraw its troops from Iraq.", "CONCEDE"),
    ],
)
def test_a_right_or_an_option_is_no_act(lang, text, event):
    found = coded_in(lang, text, "2015-06-10")
    assert not any(e == event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "Kabar yang menyebut Partai Demokrat akan bergabung dengan koalisi pemerintah tidak benar.", "AGREE"),
        ("id", "Isu bahwa Malaysia akan mengusir duta besar Indonesia adalah hoaks, kata juru bicara.", "THREATEN"),
        ("en", "Reports that Japan will join the alliance led by Washington are not true, Tokyo said.", "AGREE"),
        ("en", "Claims that Pakistan is supporting the Taliban are baseless, Islamabad said.", "SUPPORT"),
    ],
)
def test_an_act_a_rumour_tells_and_the_sentence_calls_false(lang, text, event):
    found = coded_in(lang, text, "2015-06-10")
    assert not any(e == event for e, _, _ in found), found


def test_a_negation_inside_a_relative_clause_denies_no_later_act():
    found = coded_in(
        "id", "Duta besar Filipina yang tidak cakap yang menyerah pada tuntutan China itu dipecat.", "2015-06-10"
    )
    assert not any(e == "REJECT" for e, _, _ in found), found
    assert has(found, "CONCEDE", "PHL", "CHN"), found


def test_a_plan_that_is_a_subject_is_no_intent():
    found = coded_in("en", "The Russian foreign minister said the French plan was a serious mistake.", "2015-06-10")
    assert has(found, "ACCUSE", "RUS", "FRA"), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # still coded: the act is done, planned or refused by a named party
        ("id", "Partai Golkar mendukung Prabowo dalam pemilihan itu.", "SUPPORT", "IDN", "IDN"),
        ("id", "Partai Golkar tidak mendukung Jokowi dalam pemilihan itu.", "REJECT", "IDN", "IDN"),
        ("en", "A jury with no women on it acquitted three police officers in Los Angeles.", "CONCEDE", "USA", "USA"),
        ("en", "Germany invited Russia to the summit in Berlin.", "AGREE", "DEU", "RUS"),
        ("en", "Russia plans to withdraw its troops from Syria.", "CONCEDE", "RUS", "SYR"),
        (
            "en",
            "Pakistan said reports of the attack were false and accused India of shelling Kashmir.",
            "ACCUSE",
            "PAK",
            "IND",
        ),
    ],
)
def test_near_misses_still_code(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2015-06-10")
    assert has(found, event, actor, recipient), found
