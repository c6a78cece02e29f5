"""Sixth lexicon pass: Indonesian office-holders of the 2014-2019 cabinet and Jakarta's governors,
Indonesian ministers' titles and short forms, bodies (KBRI, DPR commissions, Polda Metro Jaya, ISAF,
the Nobel Committee, KOMID), the US parties in the plural, and a few foreign office-holders."""

from __future__ import annotations

import pytest

from conftest import mentions_in


def mentions(text: str, lang: str = "id", date: str | None = "2017-05-01") -> list[tuple[str, str, str]]:
    return mentions_in(lang, text, date)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Ahok menemui warga di Balai Kota.", "2016-03-01", ("Ahok", "IDN", "GOV")),
        ("Anies Baswedan meresmikan sekolah itu.", "2018-01-10", ("Anies Baswedan", "IDN", "GOV")),
        ("Habib Rizieq memimpin aksi itu.", "2016-12-02", ("Habib Rizieq", "IDN", "REL")),
        ("Menkumham Yasonna Laoly menolak usul itu.", "2017-05-01", ("Menkumham Yasonna Laoly", "IDN", "GOV")),
        ("Fadli Zon mengkritik pemerintah.", "2017-05-01", ("Fadli Zon", "IDN", "LEG")),
        ("Fadli Zon membuka pameran itu.", "2025-01-15", ("Fadli Zon", "IDN", "GOV")),
        ("Basaria Panjaitan mengumumkan tersangka baru.", "2017-05-01", ("Basaria Panjaitan", "IDN", "JUD")),
        ("Puigdemont meminta dialog dengan Madrid.", "2017-10-11", ("Puigdemont", "ESP", "GOV")),
        ("Rijiju menolak status pengungsi itu.", "2017-09-05", ("Rijiju", "IND", "GOV")),
    ],
)
def test_office_holders_resolve_by_date(text, date, expected):
    assert mentions(text, "id", date)[0] == expected


def test_a_ministers_full_title_and_name_are_one_mention():
    assert mentions("Menteri Sosial Khofifah Indar Parawansa meninjau lokasi.", date="2017-05-01")[0] == (
        "Menteri Sosial Khofifah Indar Parawansa",
        "IDN",
        "GOV",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tim KBRI Kairo membantu para mahasiswa.", ("KBRI Kairo", "IDN", "GOV")),
        ("Komisi III DPR memanggil Kapolri.", ("Komisi III DPR", "IDN", "LEG")),
        ("Polda Metro Jaya menangkap dua orang.", ("Polda Metro Jaya", "IDN", "COP")),
        ("Komite Nobel memuji Liu Xiaobo.", ("Komite Nobel", "NOR", "NGO")),
        ("ISAF menyerang markas itu.", ("ISAF", "IGO", "MIL")),
    ],
)
def test_bodies(text, expected):
    assert mentions(text)[0] == expected


def test_an_ordinary_word_is_no_alias():
    # "Sandi" (Sandiaga Uno) and "Novel" (Novel Baswedan) are left out: "kata sandi", "a novel"
    assert mentions("Ia lupa kata sandi akunnya.") == []
    assert mentions("She wrote a novel about Jakarta.", "en") == [("Jakarta", "IDN", "GOV")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beshir has insisted that the AU must remain in control.", ("Beshir", "SDN", "GOV")),
        ("Democrats tried to force a timetable.", ("Democrats", "USA", "PTY")),
        ("The Nobel Committee praised him.", ("Nobel Committee", "NOR", "NGO")),
        ("Moqtada al-Sadr called for a march.", ("Moqtada al-Sadr", "IRQ", "REL")),
        ("Archbishop of York John Sentamu criticised the plan.", ("John Sentamu", "GBR", "REL")),
    ],
)
def test_english_names(text, expected):
    assert expected in mentions(text, "en", "2007-06-01")


def test_other_countries_democrats_and_a_district_named_after_sadr_are_not_the_us_or_the_cleric():
    assert mentions("Social Democrats won the vote.", "en", "2007-06-01") == []
    assert ("Sadr", "IRQ", "REL") not in mentions("A bomb exploded in Sadr City.", "en", "2007-06-01")
    assert [m for m in mentions("They will shorten the list.", "en", "2007-06-01") if m[1] == "AUS"] == []
