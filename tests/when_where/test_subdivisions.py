"""The gazetteer's last tier: first-level subdivisions from ISO 3166-2 (pycountry) that nothing else knows."""

from __future__ import annotations

import io

import pytest

from warta.resources import load_tsv
from warta.when_where.gazetteer import gazetteer
from warta.when_where.places import find_places
from warta.when_where.subdivisions import names_of, write


def places(sentence: str, lang: str) -> list[tuple[str, str]]:
    return [(p.name, p.country_code) for p in find_places(sentence, lang)]


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Rebels attacked a village in Nord-Kivu on Monday.", "en", [("Nord-Kivu", "COD")]),
        ("Police in Rogaland arrested two men.", "en", [("Rogaland", "NOR")]),
        ("Banjir melanda desa-desa di Provinsi Dornogovi.", "id", [("Dornogovĭ", "MNG")]),
        ("Bentrokan terjadi di Viqueque, Rabu.", "id", [("Viqueque", "TLS")]),
    ],
)
def test_a_province_no_other_list_knows_sets_the_country(sentence, lang, expected):
    assert places(sentence, lang) == expected


def test_names_two_countries_share_or_common_words_are_left_out():
    regions = gazetteer().regions
    assert "santa cruz" not in regions  # a province in Argentina and a department in Bolivia
    assert "delta" not in regions and "unity" not in regions  # words before they are states
    assert "far north" not in regions  # Cameroon's region, made only of common words


def test_a_city_another_tier_knows_wins_over_a_subdivision():
    tier, sites = gazetteer().lookup("Victoria")
    assert tier != "regions" and sites[0].feature == "city"


@pytest.mark.parametrize(
    "raw, names",
    [
        ("Catalunya [Cataluña]", ["Cataluña", "Catalunya"]),
        ("Madrid, Comunidad de", ["Madrid"]),
        ("Hebei Sheng", ["Hebei"]),
        ("Ilocos (Region I)", ["Ilocos"]),
        ("Wales [Cymru GB-CYM]", ["Cymru", "Wales"]),
    ],
)
def test_the_names_an_iso_entry_is_written_under(raw, names):
    rules = {"designations": ["sheng"]}
    assert names_of(raw, rules) == names


def test_the_shipped_table_is_what_the_recipe_makes():
    """After a pycountry upgrade, rebuild: python -m warta.when_where.subdivisions > data/places/subdivisions.tsv"""
    made = io.StringIO()
    write(made)
    rows = [line.split("\t")[:3] for line in made.getvalue().splitlines() if line and not line.startswith("#")][1:]
    shipped = [[r["surface"], r["name"], r["country"]] for r in load_tsv("places/subdivisions.tsv")]
    assert rows == shipped
