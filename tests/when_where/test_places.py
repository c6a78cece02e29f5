"""Places: capitalised names after a locative cue, resolved through the gazetteer."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED
from warta.resources import load_tsv
from warta.when_where.gazetteer import gazetteer, name_key
from warta.when_where.places import find_places


def places(text: str, lang: str = "id") -> list[tuple[str, str, str]]:
    return [(p.text, p.name, p.country_code) for p in find_places(text, lang)]


# --------------------------------------------------------------------------- the seed article

SEED_PLACES = [
    (7, "Pyongyang", "Pyongyang", "PRK", "city"),  # "yang tiba di Pyongyang"
    (7, "Ukraina", "Ukraine", "UKR", "country"),  # "tindakan militer Rusia di Ukraina"
    (8, "Rusia", "Russia", "RUS", "country"),  # "kunjungan pemimpin Korea Utara ke Rusia"
    (12, "Korea Selatan", "South Korea", "KOR", "country"),  # "di lepas pantai selatan Korea Selatan"
    (13, "Korea Selatan", "South Korea", "KOR", "country"),
    (17, "Rusia", "Russia", "RUS", "country"),
    (17, "Pyongyang", "Pyongyang", "PRK", "city"),  # "mengundang Putin ke Pyongyang"
    (18, "Tiongkok", "China", "CHN", "country"),
    (19, "Korea Utara", "North Korea", "PRK", "country"),  # "di sekitar pelabuhan Korea Utara"
    (19, "Rusia", "Russia", "RUS", "country"),  # "dekat Rusia"
    (20, "Rajin", "Rajin", "PRK", "city"),  # "antara pelabuhan Rajin dan Dunai di Rusia"
    (20, "Dunai", "Dunai", "RUS", "city"),
    (20, "Rusia", "Russia", "RUS", "country"),
    (20, "Rusia", "Russia", "RUS", "country"),  # "pengiriman amunisi Korea Utara ke Rusia"
    (20, "Washington", "Washington", "USA", "city"),  # "yang berbasis di Washington"
]


def test_every_place_of_the_seed_and_nothing_else():
    found = [
        (number, p.text, p.name, p.country_code, p.feature)
        for number, line in enumerate(SEED.read_text(encoding="utf-8").split("\n"), start=1)
        for p in find_places(line, "id")
    ]
    # Not places: "Moskow sangat menghargai" (no cue: the government), "wisatawan asing dari Jepang
    # atau Korea Selatan" (an origin), "di dok kering di pelabuhan yang sama" (no name).
    assert found == SEED_PLACES


def test_pyongyang_has_its_coordinates():
    [place] = find_places("Lavrov tiba di Pyongyang pada hari Rabu.", "id")
    assert (place.name, place.country_code, place.feature) == ("Pyongyang", "PRK", "city")
    assert place.lat == pytest.approx(39.03, abs=0.01)
    assert place.lon == pytest.approx(125.75, abs=0.01)


def test_a_country_has_the_coordinates_of_its_middle():
    [place] = find_places("latihan di lepas pantai selatan Korea Selatan", "id")
    assert (place.text, place.name, place.feature) == ("Korea Selatan", "South Korea", "country")
    assert 33 < place.lat < 39 and 125 < place.lon < 130


def test_rajin_is_the_port_in_the_rason_zone():
    [place] = find_places("kapal itu berlabuh di pelabuhan Rajin", "id")
    assert (place.name, place.country_code) == ("Rajin", "PRK")
    assert place.lat == pytest.approx(42.26, abs=0.05)


def test_dunai_which_geonames_knows_only_as_a_village_comes_from_the_exonym_table():
    [place] = find_places("dikirim ke Dunai", "id")
    assert (place.name, place.country_code) == ("Dunai", "RUS")
    assert place.lat == pytest.approx(42.88, abs=0.05) and place.lon == pytest.approx(132.34, abs=0.05)


# --------------------------------------------------------------------------- English


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Lavrov arrived in Pyongyang on Wednesday.", [("Pyongyang", "Pyongyang", "PRK")]),
        ("The talks in Seoul ended.", [("Seoul", "Seoul", "KOR")]),
        ("a drill off the southern coast of South Korea", [("South Korea", "South Korea", "KOR")]),
        (
            "shipments between the ports of Rajin and Dunai in Russia",
            [("Rajin", "Rajin", "PRK"), ("Dunai", "Dunai", "RUS"), ("Russia", "Russia", "RUS")],
        ),
        ("B-52 bombers landed in South Korea.", [("South Korea", "South Korea", "KOR")]),
        ("He returned to Moscow's Vnukovo airport.", [("Moscow", "Moscow", "RUS")]),
        ("in South Korea's southern port of Busan", [("South Korea", "South Korea", "KOR"), ("Busan", "Busan", "KOR")]),
        ("a U.S. think tank based in Washington", [("Washington", "Washington", "USA")]),
        ("troops in the U.S.", [("U.S.", "United States", "USA")]),
        ("fighting in eastern Ukraine", [("Ukraine", "Ukraine", "UKR")]),
        ("patrols in the South China Sea", [("South China Sea", "South China Sea", "")]),
    ],
)
def test_english_places(sentence, expected):
    assert places(sentence, "en") == expected


# --------------------------------------------------------------------------- Indonesian names


@pytest.mark.parametrize(
    "surface, name, code",
    [
        ("Moskow", "Moscow", "RUS"),
        ("Jenewa", "Geneva", "CHE"),
        ("Den Haag", "The Hague", "NLD"),
        ("Peking", "Beijing", "CHN"),
        ("Kairo", "Cairo", "EGY"),
        ("Yerusalem", "Jerusalem", "ISR"),
        ("Baitulmaqdis", "Jerusalem", "ISR"),
        ("Teheran", "Tehran", "IRN"),
        ("Damaskus", "Damascus", "SYR"),
        ("Riyadh", "Riyadh", "SAU"),
        ("Tokyo", "Tokyo", "JPN"),
        ("Mekkah", "Mecca", "SAU"),
        ("Kota Kinabalu", "Kota Kinabalu", "MYS"),  # a name that starts with a feature word
    ],
)
def test_indonesian_spellings_resolve_to_the_english_name(surface, name, code):
    [place] = find_places(f"Delegasi itu tiba di {surface} kemarin.", "id")
    assert (place.text, place.name, place.country_code) == (surface, name, code)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("di Kota Gaza", [("Kota Gaza", "Gaza", "PSE")]),
        ("di Jalur Gaza", [("Jalur Gaza", "Gaza Strip", "PSE")]),
        ("di Tepi Barat", [("Tepi Barat", "West Bank", "PSE")]),
        ("di Laut Cina Selatan", [("Laut Cina Selatan", "South China Sea", "")]),
        ("di Selat Taiwan", [("Selat Taiwan", "Taiwan Strait", "")]),
        ("di AS", [("AS", "United States", "USA")]),
        ("di Busan, Korea Selatan", [("Busan", "Busan", "KOR"), ("Korea Selatan", "South Korea", "KOR")]),
        ("di Bali", [("Bali", "Bali", "IDN")]),  # not Bali in Cameroon
    ],
)
def test_regions_seas_and_abbreviations(sentence, expected):
    assert places(sentence) == expected


def test_features_of_regions_and_seas():
    assert [p.feature for p in find_places("di Laut Cina Selatan dan Tepi Barat", "id")] == ["sea", "region"]


# --------------------------------------------------------------------------- what is not a place


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("Moskow sangat menghargai dukungan Pyongyang.", "id"),  # no cue: the actor, not a place
        ("wisatawan asing dari Jepang atau Korea Selatan", "id"),  # "dari": an origin
        ("perdagangan antara Rusia dan Korea Utara", "id"),  # "antara": the two parties
        ("konferensi pers di Gedung Putih", "id"),
        ("Lavrov pledged support to Kim.", "en"),  # Kim, India has 18,000 people
        ("The summit is in March.", "en"),  # a month, and March, England
        ("a statement at the White House", "en"),  # "White House" is also Casablanca's name
        ("tourists from Japan", "en"),
        ("di dok kering di pelabuhan yang sama", "id"),
    ],
)
def test_not_places(sentence, lang):
    assert places(sentence, lang) == []


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Rusia kembali menyerang kota Bakhmut.", "id", [("Bakhmut", "Bakhmut", "UKR")]),
        ("kapal penjaga pantai memasuki perairan Natuna", "id", [("Natuna", "Natuna Islands", "IDN")]),
        ("Russian forces shelled the city of Kharkiv overnight.", "en", [("Kharkiv", "Kharkiv", "UKR")]),
        ("Blinken visited Berlin on Tuesday.", "en", [("Berlin", "Berlin", "DEU")]),
        ("Prabowo mengunjungi Beijing.", "id", [("Beijing", "Beijing", "CHN")]),
        ("Blinken visited Netanyahu.", "en", []),  # a person, not a place
    ],
)
def test_feature_words_and_visits_introduce_places_too(sentence, lang, expected):
    assert places(sentence, lang) == expected


def test_a_palace_is_a_site_of_its_town():
    # a palace named after its town is set there; one with a name of its own, in the city after the comma
    assert places("Presiden menerima tamu negara di Istana Bogor, Selasa.") == [("Bogor", "Bogor", "IDN")]
    assert places("Kedua pemimpin bertemu di Istana Merdeka, Jakarta, Jumat.") == [("Jakarta", "Jakarta", "IDN")]
    assert places("Istana menyatakan presiden tidak hadir.") == []


def test_a_weak_cue_counts_before_a_feature_word():
    assert places("kapal dari pelabuhan Rajin") == [("Rajin", "Rajin", "PRK")]
    assert places("ships from the port of Rajin", "en") == [("Rajin", "Rajin", "PRK")]


# --------------------------------------------------------------------------- ambiguity


def test_the_most_populous_city_of_a_name_wins():
    assert places("in Moscow", "en") == [("Moscow", "Moscow", "RUS")]  # not Moscow, Idaho
    assert places("in Tripoli", "en") == [("Tripoli", "Tripoli", "LBY")]


def test_a_city_in_the_country_named_next_to_it_wins():
    assert places("in Tripoli, Lebanon", "en") == [("Tripoli", "Tripoli", "LBN"), ("Lebanon", "Lebanon", "LBN")]
    assert places("antara pelabuhan Rajin dan Dunai di Rusia")[1] == ("Dunai", "Dunai", "RUS")


def test_a_country_named_elsewhere_in_the_sentence_does_not_move_a_capital():
    # Washington, England and London, Ontario exist; the capitals are meant.
    assert places("Menteri Inggris mengatakan di Washington bahwa ...")[-1] == ("Washington", "Washington", "USA")
    assert places("Canada's prime minister spoke in London.", "en") == [("London", "London", "GBR")]


def test_a_small_town_is_a_place_when_its_country_is_named():
    assert places("pasukan Ukraina di Bucha", "id") == [("Bucha", "Bucha", "UKR")]
    assert places("di kota Bucha", "id") == [("Bucha", "Bucha", "UKR")]  # or when "kota" says so


# --------------------------------------------------------------------------- offsets and data


def test_offsets_point_into_the_text():
    text = "Sebuah lembaga yang berbasis di Washington mengatakan pengiriman dari pelabuhan Rajin ke Dunai"
    for place in find_places(text, "id"):
        assert text[place.start : place.end] == place.text
    assert [p.text for p in find_places(text, "id")] == ["Washington", "Rajin", "Dunai"]


def test_a_place_at_the_end_of_the_text():
    [place] = find_places("Lavrov tiba di Pyongyang", "id")
    assert place.end == len("Lavrov tiba di Pyongyang")


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=120), lang=st.sampled_from(["id", "en"]))
def test_any_text_gives_offsets_inside_it_and_never_raises(text, lang):
    for place in find_places(text, lang):
        assert 0 <= place.start < place.end <= len(text)
        assert text[place.start : place.end] == place.text


@settings(max_examples=100, deadline=None)
@given(
    before=st.text(alphabet="abc ,.", max_size=20),
    cue=st.sampled_from(["di", "ke", "di dekat", "di sekitar"]),
    name=st.sampled_from(["Pyongyang", "Korea Selatan", "Moskow", "Jenewa"]),
)
def test_a_place_after_any_cue_keeps_its_offsets(before, cue, name):
    text = f"{before} {cue} {name}."
    assert [p.text for p in find_places(text, "id")] == [name]


def test_the_gazetteer_loads_once():
    # its load time is a figure bench/ prints, not a bound a loaded machine could break
    g = gazetteer()
    assert g is gazetteer()
    assert len(g.cities) > 20_000


def test_every_exonym_has_coordinates_and_a_valid_country():
    g = gazetteer()
    for row in load_tsv("places/exonyms.tsv"):
        tier, sites = g.lookup(row["surface"])
        assert tier == "curated", row
        site = sites[0]
        assert site.lat is not None and site.lon is not None, row
        assert -90 <= site.lat <= 90 and -180 <= site.lon <= 180, row
        assert site.feature in ("city", "region", "sea"), row
        assert not site.country_code or pycountry.countries.get(alpha_3=site.country_code), row


def test_country_centroids_are_valid():
    rows = load_tsv("places/country_centroids.tsv")
    assert len(rows) >= 190
    for row in rows:
        assert row["code"] == "XKX" or pycountry.countries.get(alpha_3=row["code"]), row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row


def test_a_provincial_capital_names_its_city():
    places = find_places("Militants set off a car bomb in the provincial capital Zahedan on Monday.", "en")
    assert [(p.name, p.country_code) for p in places] == [("Zahedan", "IRN")]


def test_a_demonym_before_a_feature_word_is_skipped_like_a_modifier():
    found = find_places("In the Indian capital New Delhi about 100 protesters gathered.", "en")
    assert [(p.text, p.country_code) for p in found] == [("New Delhi", "IND")]


# --------------------------------------------------------------------------- provinces and states


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Police arrested five protesters in Karnataka.", "en", [("Karnataka", "Karnataka", "IND")]),
        ("Militants attacked a checkpoint in Balochistan province.", "en", [("Balochistan", "Balochistan", "PAK")]),
        ("Floods hit East Java on Monday.", "en", []),  # "hit" is no cue
        ("Troops were sent to East Java.", "en", [("East Java", "East Java", "IDN")]),
        ("The governor of Texas spoke in Bavaria.", "en", [("Bavaria", "Bavaria", "DEU")]),
        ("Polisi menangkap lima orang di Papua.", "id", [("Papua", "Papua", "IDN")]),
        ("Polisi menangkap demonstran di Provinsi Aceh.", "id", [("Aceh", "Aceh", "IDN")]),
        ("Gempa mengguncang Jawa Timur dan Nusa Tenggara Barat.", "id", []),  # no cue
        (
            "Bantuan dikirim ke Jawa Timur dan Nusa Tenggara Barat.",
            "id",
            [("Jawa Timur", "East Java", "IDN"), ("Nusa Tenggara Barat", "West Nusa Tenggara", "IDN")],
        ),
        ("Demonstrasi digelar di negara bagian Kalifornia.", "id", [("Kalifornia", "California", "USA")]),
        ("Pasukan dikerahkan ke Mongolia Dalam.", "id", [("Mongolia Dalam", "Inner Mongolia", "CHN")]),
    ],
)
def test_a_province_or_state_is_found_with_its_country(sentence, lang, expected):
    assert places(sentence, lang) == expected


def test_a_province_is_a_region_in_the_middle_of_it():
    [place] = find_places("Polisi menangkap lima orang di Sulawesi Tengah.", "id")
    assert (place.name, place.feature) == ("Central Sulawesi", "region")
    assert -3 < place.lat < 0 and 119 < place.lon < 124


@pytest.mark.parametrize(
    "sentence, lang, text",
    [
        ("Clashes broke out in Punjab.", "en", "Punjab"),  # India's and Pakistan's
        ("Tentara berpatroli di Kashmir.", "id", "Kashmir"),  # disputed
        ("Ships sailed near the Senkaku Islands.", "en", "Senkaku Islands"),  # Japan's, claimed by China
        ("Fighting broke out in Abyei.", "en", "Abyei"),  # Sudan's and South Sudan's
    ],
)
def test_a_shared_or_disputed_region_has_no_country(sentence, lang, text):
    assert [(p.text, p.country_code, p.feature) for p in find_places(sentence, lang)] == [(text, "", "region")]


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("The talks in Central were cancelled.", "en"),  # no province is called "Central" alone
        ("He met Victoria in London.", "en"),  # a person's name, not Australia's state
        ("She gave the award to Victoria.", "en"),
        ("Pasukan itu bergerak ke Barat.", "id"),
        ("Lampu dinyalakan di Tengah malam.", "id"),
    ],
)
def test_a_word_or_first_name_that_is_also_a_region_is_no_place(sentence, lang):
    assert [p.text for p in find_places(sentence, lang) if p.feature == "region"] == []


def test_regions_tsv_rows_are_valid_and_unique():
    rows = load_tsv("places/regions.tsv")
    assert len(rows) >= 600
    seen: dict[str, str] = {}
    for row in rows:
        assert row["feature"] == "region", row
        assert not row["country"] or pycountry.countries.get(alpha_3=row["country"]), row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        key = name_key(row["surface"])
        assert key not in seen, (row["surface"], seen.get(key))
        seen[key] = row["surface"]


def test_regions_tsv_repeats_no_exonym_country_or_capital():
    exonyms = {name_key(row["surface"]) for row in load_tsv("places/exonyms.tsv")}
    g = gazetteer()
    for row in load_tsv("places/regions.tsv"):
        assert name_key(row["surface"]) not in exonyms, row
        tier, sites = g.lookup(row["surface"])
        assert tier == "curated" and sites[0].feature == "region", row  # no state or capital shadows it


def test_a_place_after_a_failed_reading_is_still_read():
    # "in a village" names no place; the "in" after it still cues Sagaing
    assert [p[1] for p in places("Troops killed five people in a village in Sagaing.", "en")] == ["Sagaing"]


def test_where_an_attack_fell_is_a_place():
    assert [p[1] for p in places("The Russian army shelled Kharkiv on Monday.", "en")] == ["Kharkiv"]
    assert [p[1] for p in places("Pasukan Rusia menggempur Kharkiv pada Senin.")] == ["Kharkiv"]


def test_a_state_that_owns_an_embassy_is_not_where_the_embassy_is():
    assert [p[1] for p in places("Demonstrators marched to the US embassy in Jakarta.", "en")] == ["Jakarta"]
