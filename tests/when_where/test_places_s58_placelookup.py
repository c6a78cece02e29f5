"""Place lookup, session 58 (helper placelookup): destinations after a departure, adjectives before a
place, a small town named like a bigger one abroad read in the story's country. Own sentences."""

from warta.when_where.places import find_places


def names(text: str, lang: str, story: tuple[str, ...] = ()) -> list[tuple[str, str, bool]]:
    return [(p.name, p.country_code, p.heading) for p in find_places(text, lang, story)]


def test_a_traveller_leaving_one_city_for_another_heads_for_the_second():
    assert names("The envoy left Dakar for Conakry on Tuesday.", "en") == [("Conakry", "GIN", True)]
    assert names("Utusan itu meninggalkan Dakar menuju Conakry, Selasa.", "id") == [("Conakry", "GIN", True)]
    assert names("Utusan itu bertolak dari Jakarta ke Singapura.", "id") == [("Singapore", "SGP", True)]


def test_for_without_a_departure_names_no_place():
    assert names("He left Jakarta for talks on Monday.", "en") == []
    assert names("The country thanked Japan for its help.", "en") == []


def test_an_adjective_before_a_place_is_passed_over():
    north = [("North Waziristan", "PAK", False)]
    assert names("Troops moved into the restive North Waziristan region.", "en") == north
    assert names("Mortir meledak di kota utama Waziristan Utara, Miranshah.", "id") == north


def test_a_small_town_named_like_a_bigger_one_abroad_is_the_story_country_s():
    text = "Pemberontak menyerang markas militer di Kota Kaya."
    assert names(text, "id", ("SSD",)) == [("Kaya", "SSD", False)]
    assert names(text, "id") == [("Kaya", "BFA", False)]


def test_a_site_and_an_unknown_town_then_its_region_after_a_comma():
    assert names("Kereta menabrak truk di perlintasan Bihoro, Hokkaido, Kamis.", "id") == [("Hokkaido", "JPN", False)]
    assert names("Ia ditemui di rumah Budi, Jakarta.", "id") == []  # a city after the comma: no region


def test_kawasan_in_lower_case_names_a_region():
    assert names("Mereka menuntut gubernur kawasan Cochabamba mundur.", "id") == [("Cochabamba", "BOL", False)]
