"""Precision of frequent triggers (session 23, prec_trig): a standing sanctions regime or a sanction
already named is no act of sanctioning; a bare "dilarang" states a rule; "bertekad" is an intent to
cooperate only when the resolve is to work together; analysts' warnings and forecasts of a worsening
situation are no threats; a possessive "their demand" names a demand made before
(id/triggers_s23_prec_trig.yaml, en/triggers_s23_prec_trig.yaml, and the narrowed id.coerce.melarang
and id.agree.bertekad) — with the acts themselves, which still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
english = partial(coded_in, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Bank sentral negara itu terkena sanksi internasional.",
        "Iran masih di bawah sanksi PBB.",
        "Komisi etik KPK menyerahkan sanksinya kepada pimpinan KPK.",
    ],
)
def test_sanksi_named_is_no_sanctioning(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert "SANCTION" not in {event for event, _, _ in found}, found


def test_imposing_sanctions_still_codes():
    found = indonesian("Amerika Serikat menjatuhkan sanksi baru terhadap Rusia.", pub_date="2017-03-01")
    assert has(found, "SANCTION", "USA", "RUS"), found


@pytest.mark.parametrize(
    "text",
    [
        "Di negara itu, sepeda motor dilarang melintas di jalan tol.",
        "Menurut undang-undang itu, setiap negara dilarang memulangkan pengungsi ke tempat berbahaya.",
        "Di Prancis, cadar dilarang di tempat umum.",
    ],
)
def test_rule_stated_with_dilarang_is_no_ban(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert "COERCE" not in {event for event, _, _ in found}, found


def test_ban_with_its_agent_still_codes():
    found = indonesian("Pemerintah Malaysia melarang film itu.", pub_date="2017-03-01")
    assert has(found, "COERCE", "MYS"), found
    found = indonesian("Film itu dilarang oleh pemerintah Malaysia.", pub_date="2017-03-01")
    assert has(found, "COERCE", "MYS"), found


@pytest.mark.parametrize(
    "text",
    [
        "Serikat buruh Zimbabwe bertekad melanjutkan mogok kerja pekan depan.",
        "Teheran bertekad meneruskan program nuklirnya.",
    ],
)
def test_resolve_to_go_on_is_no_agreement(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert "AGREE" not in {event for event, _, _ in found}, found


def test_resolve_to_cooperate_codes_agree():
    found = indonesian("Indonesia dan Australia bertekad memperkuat kerja sama pertahanan.", pub_date="2017-03-01")
    assert has(found, "AGREE", "IDN", "AUS"), found


@pytest.mark.parametrize(
    "text",
    [
        "Para analis memperingatkan bahwa Korea Utara bisa mengingkari kesepakatan itu.",
        "Para perwira itu memperingatkan bahwa keadaan di Irak terus memburuk.",
    ],
)
def test_forecast_warnings_are_no_threats(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert not {"THREATEN", "ACCUSE"} & {event for event, _, _ in found}, found


def test_a_warning_to_a_party_still_threatens():
    text = "Korea Utara memperingatkan Amerika Serikat akan membalas setiap serangan."
    found = indonesian(text, pub_date="2017-03-01")
    assert has(found, "THREATEN", "PRK", "USA"), found


def test_possessive_demand_is_no_new_request():
    found = english("Hezbollah said its demands for a veto in the cabinet were not negotiable.")
    assert "REQUEST" not in {event for event, _, _ in found}, found
    found = english("The Lebanese premier met some of the opposition's demands.")
    assert "REQUEST" not in {event for event, _, _ in found}, found
    found = english("The Lebanese opposition demanded a veto over cabinet decisions.")
    assert has(found, "REQUEST", "LBN"), found
