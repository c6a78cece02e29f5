"""A body whose role changed on a day (`sector_from` in actors/institutions.yaml): the Taliban are an
armed group before 15 August 2021 and Afghanistan's de facto government after it, so the same words
code a government's arrest in 2023 and an armed group's in 2012."""

from __future__ import annotations

import warta

ARREST_EN = "The Taliban arrested an American citizen in Kabul."
ARREST_ID = "Taliban menangkap seorang warga negara AS di Kabul."


def parties(lang: str, text: str, pub_date: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(e.event, [(a.code, a.sector) for a in e.actor]) for e in warta.code(text, lang=lang, pub_date=pub_date)]


def test_the_taliban_govern_after_the_fall_of_kabul():
    assert ("COERCE", [("AFG", "GOV")]) in parties("en", ARREST_EN, "2023-05-01")
    assert ("COERCE", [("AFG", "GOV")]) in parties("id", ARREST_ID, "2023-05-01")


def test_the_taliban_are_an_armed_group_before_it():
    assert ("COERCE", [("AFG", "REB")]) in parties("en", ARREST_EN, "2012-05-01")
    attack = parties("id", "Taliban menyerang pos polisi di Kandahar.", "2012-05-01")
    assert attack and all(sectors == [("AFG", "REB")] for _, sectors in attack)
