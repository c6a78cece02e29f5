"""Warnings of what one's own side could do, and promises of restraint (session 22, mech_modal).

- A warning that the speaker's side could/might/would act is a threat (THREATEN, CAMEO 13x): the
  "could" inside what is warned of is the threat's content, not doubt about the warning.
- A warning that ANOTHER named party could act is a warning of a danger (ACCUSE, docs/annotation.md),
  no threat of the warner's; by no named warner it codes nothing.
- A promise not to do harm ("pledged not to attack", "berjanji tidak akan menyerang") is an AGREE,
  while a promise to do harm stays a THREATEN (modality.promised_harm).
"""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")
HARM = {"THREATEN", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Putin warned that Moscow could strike countries that arm Ukraine.", "RUS", None),
        ("en", "Israel warned that it might strike Iranian nuclear sites.", "ISR", "IRN"),
        ("en", "Beijing warned that it may retaliate against Japan.", "CHN", "JPN"),
        ("en", "Russia warns it could strike Kyiv", "RUS", "UKR"),
        ("en", "Iran warned it could attack American bases if Washington strikes first.", "IRN", "USA"),
        ("id", "Putin memperingatkan bahwa Moskow bisa menyerang negara yang mempersenjatai Ukraina.", "RUS", None),
        ("id", "Turki memperingatkan bisa melancarkan serangan baru terhadap milisi Kurdi di Suriah.", "TUR", None),
        ("id", "Iran memperingatkan dapat menyerang pangkalan Amerika jika Washington menyerang.", "IRN", "USA"),
    ],
)
def test_warning_of_own_possible_act_is_a_threat(lang, text, actor, recipient):
    found = coded_in(lang, text)
    assert has(found, "THREATEN", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "The United States warned that Russia could invade Ukraine within weeks.", "USA", "RUS"),
        ("en", "Japan warned that North Korea may launch another missile soon.", "JPN", "PRK"),
        ("id", "Amerika Serikat memperingatkan bahwa Rusia bisa menginvasi Ukraina.", "USA", "RUS"),
        ("id", "Jepang memperingatkan bahwa Korea Utara dapat meluncurkan rudal lagi.", "JPN", "PRK"),
    ],
)
def test_warning_of_another_partys_act_is_no_threat_of_the_warner(lang, text, actor, recipient):
    found = coded_in(lang, text)
    assert not has(found, "THREATEN", actor), found
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Analysts warned that China might attack Taiwan."),
        ("en", "Tokyo fears debris could fall if such an attack happens."),
        ("en", "Putin did not warn that Moscow could strike Kyiv."),
        ("en", "Officials warned that protesters could attack police stations."),
        ("id", "Para analis memperingatkan China bisa menyerang Taiwan."),
        ("id", "Jepang khawatir puing-puing bisa jatuh jika serangan itu terjadi."),
        ("id", "Polisi memperingatkan bahwa demonstran bisa menyerang kantor polisi."),
        ("id", "Putin tidak memperingatkan bahwa Moskow bisa menyerang Kyiv."),
    ],
)
def test_no_threat_in_a_danger_a_fear_or_a_negated_warning(lang, text):
    found = coded_in(lang, text)
    assert not {e for e, _, _ in found} & HARM, found


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("id", "Pemerintah Indonesia memperingatkan bahwa keadaan bisa memburuk.", "IDN"),
        ("id", "Malaysia memperingatkan bahwa kabut asap dapat meluas ke Singapura.", "MYS"),
    ],
)
def test_warning_of_what_might_befall_is_a_warning_of_danger(lang, text, actor):
    found = coded_in(lang, text)
    assert has(found, "ACCUSE", actor), found
    assert not has(found, "THREATEN", actor), found


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "Iran warned it could respond with force.", "IRN"),
        ("id", "Iran memperingatkan pihaknya bisa membalas dengan kekerasan.", "IRN"),
    ],
)
def test_warning_of_what_the_warner_itself_could_do_stays_a_threat(lang, text, actor):
    found = coded_in(lang, text)
    assert has(found, "THREATEN", actor), found


def test_warned_consequences_for_another_stay_a_threat():
    found = english("The United States warned that Tehran could face grave consequences.")
    assert not has(found, "ACCUSE", "USA", "IRN"), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Armenia and Azerbaijan agreed not to target civilians.", "ARM", "AZE"),
        ("en", "Russia pledged not to attack Ukraine's grain ports.", "RUS", "UKR"),
        ("en", "Iran pledged not to retaliate against the United States.", "IRN", "USA"),
        ("en", "The United States and China agreed not to impose new tariffs.", "USA", "CHN"),
        ("en", "Ethiopia promised it would not attack Eritrea.", "ETH", "ERI"),
        ("en", "Pakistan has vowed never to attack India first.", "PAK", None),
        ("id", "Armenia dan Azerbaijan sepakat untuk tidak saling menyerang.", "ARM", "AZE"),
        ("id", "Rusia berjanji tidak akan menyerang pelabuhan Ukraina.", "RUS", "UKR"),
        ("id", "Ethiopia berjanji untuk tidak menyerang Eritrea.", "ETH", "ERI"),
        ("id", "Amerika Serikat dan China sepakat tidak memberlakukan tarif baru.", "USA", "CHN"),
        ("id", "Iran berjanji tidak akan membalas Amerika Serikat.", "IRN", None),
    ],
)
def test_promise_not_to_do_harm_is_an_agreement(lang, text, actor, recipient):
    found = coded_in(lang, text)
    assert has(found, "AGREE", actor, recipient), found
    assert not has(found, "THREATEN", actor), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Russia pledged to retaliate against Ukraine.", "RUS", "UKR"),
        ("en", "Iran vowed to strike Israel.", "IRN", "ISR"),
        ("id", "Rusia berjanji akan membalas serangan Ukraina.", "RUS", "UKR"),
        ("id", "Iran bersumpah akan menyerang Israel.", "IRN", "ISR"),
    ],
)
def test_promise_to_do_harm_stays_a_threat(lang, text, actor, recipient):
    found = coded_in(lang, text)
    assert has(found, "THREATEN", actor, recipient), found
    assert not has(found, "AGREE", actor), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia refused to pledge not to attack Ukraine."),
        ("en", "Ukraine said it would not pledge to stop attacks on Crimea."),
        ("id", "Rusia menolak berjanji untuk tidak menyerang Ukraina."),
    ],
)
def test_a_refused_or_negated_promise_is_no_agreement(lang, text):
    found = coded_in(lang, text)
    assert not {e for e, _, _ in found} & {"AGREE", "THREATEN"}, found
