"""Places named after a feature phrase closed by a demonstrative and a comma, and after 'delta' / 'ibukota'."""

from __future__ import annotations

from warta.when_where.places import find_places


def places(text: str, lang: str = "id") -> list[tuple[str, str]]:
    return [(p.text, p.country_code) for p in find_places(text, lang)]


def test_the_name_apposed_to_a_feature_phrase_with_its_demonstrative():
    assert places("Ia berbicara dari ibu kota provinsi itu, Zahedan, kepada wartawan.") == [("Zahedan", "IRN")]


def test_a_demonstrative_with_no_name_after_the_comma_names_nothing():
    assert places("Ia tiba di ibu kota provinsi itu, kemudian pergi.") == []


def test_delta_and_ibukota_are_feature_words():
    assert places("Mereka diculik di negara bagian delta selatan Bayelsa.") == [("Bayelsa", "NGA")]
    assert places("Ia berbicara di ibukota Yenagoa.") == [("Yenagoa", "NGA")]
