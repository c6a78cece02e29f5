"""Denials told as claims (session 34, denials): a speaker whose verb comes after a relative aside
("Hamas, which rules Gaza, said it did not fire the rockets", "Hamas, gerakan yang menguasai Gaza,
menyatakan mereka tidak …"; clauses.speaker_past_relative), a denial of one's own involvement or of
an act of one's own side aimed at the accuser told just before (coder.denies, grammar `denials`),
and "menyatakan tuduhan X tidak berdasar" as a denial, as English codes "said X's claims were
baseless" — with near misses: a speaker saying another party did not act, a denial with no
accusation before it, an accusation stated."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "Hamas, the Islamist movement which rules Gaza, said it did not fire the rockets.", "PSE"),
        ("id", "Hamas, gerakan Islam yang menguasai Gaza, menyatakan mereka tidak menembakkan roket itu.",
         "PSE"),
        ("en", "Hezbollah, which controls much of southern Lebanon, said it did not fire the rockets at Israel.",
         "LBN"),
        ("id", "Hizbullah, yang menguasai sebagian besar Lebanon selatan, menyatakan mereka tidak menembakkan "
               "roket ke Israel.", "LBN"),
    ],
)
def test_speaker_before_a_relative_aside_denies(lang, text, actor):
    found = coded_in(lang, text)
    assert has(found, "REJECT", actor), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hezbollah, which controls much of southern Lebanon, said Israeli troops did not enter the village."),
        ("id", "Hizbullah, yang menguasai sebagian besar Lebanon selatan, mengatakan pasukan Israel tidak "
               "memasuki desa itu."),
    ],
)
def test_another_partys_act_said_not_done_is_no_denial(lang, text):
    found = coded_in(lang, text)
    assert not any(e == "REJECT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "accuser"),
    [
        ("en", "Kenya accused al-Shabaab of kidnapping two Cuban doctors in Mandera. "
               "Al-Shabaab said it had nothing to do with the kidnapping.", "SOM", "KEN"),
        ("en", "Kenya accused al-Shabaab of kidnapping two Cuban doctors in Mandera. "
               "Al-Shabaab said it was not involved in the abduction.", "SOM", "KEN"),
        ("id", "Israel menuduh Hizbullah menembakkan roket ke desa-desa Suriah. "
               "Hizbullah mengatakan mereka tidak menembakkan roket itu.", "LBN", "ISR"),
        ("en", "Israel accused Hezbollah of firing rockets at Syrian villages. "
               "Hezbollah said it did not fire the rockets.", "LBN", "ISR"),
    ],
)
def test_denial_of_own_act_answers_the_accuser(lang, text, actor, accuser):
    found = coded_in(lang, text)
    assert has(found, "REJECT", actor, accuser), found


def test_denial_with_no_accusation_before_names_no_one():
    found = english("Hezbollah said it did not fire the rockets.")
    assert has(found, "REJECT", "LBN", "-"), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Vietnam menyatakan tuduhan China itu tidak berdasar.", "VNM", "CHN"),
        ("Filipina menyatakan klaim Beijing atas gugusan karang itu tidak benar.", "PHL", "CHN"),
    ],
)
def test_stating_an_accusation_untrue_denies_it(text, actor, recipient):
    found = indonesian(text)
    assert has(found, "REJECT", actor, recipient), found
    assert not has(found, "ACCUSE", actor), found


def test_an_accusation_stated_stays_an_accusation():
    found = indonesian("Vietnam menyatakan tuduhan terhadap China di forum ASEAN.")
    assert has(found, "ACCUSE", "VNM", "CHN"), found
    assert not any(e == "REJECT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "reporter"),
    [
        ("en", "Moscow denied the air strikes on the market reported by Ukrainian officials.", "RUS", "UKR"),
        ("id", "Rusia membantah serangan udara di pasar itu, seperti dilaporkan pejabat Ukraina.", "RUS", "UKR"),
        ("en", "Nigeria's army denied the killings of villagers reported by Amnesty International.", "NGA", "NGO"),
        ("id", "Militer Myanmar membantah pembakaran desa-desa yang dilaporkan oleh pejabat Bangladesh.",
         "MMR", "BGD"),
    ],
)
def test_denial_of_what_was_reported_answers_the_reporter(lang, text, actor, reporter):
    found = coded_in(lang, text)
    assert has(found, "REJECT", actor, reporter), found


def test_a_report_by_the_denier_itself_is_no_recipient():
    found = english("Moscow denied the strikes reported by Russian state media.")
    assert has(found, "REJECT", "RUS", "-"), found
