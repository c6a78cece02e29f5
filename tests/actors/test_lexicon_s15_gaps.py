"""Fifteenth lexicon pass, gaps (people/s15_gaps.tsv, bodies_s15_gaps.yaml, sectors_s15_gaps.yaml): the
names, bodies and sector words that unseen text put before a trigger and warta did not read, so the
event was dropped for 'no actor'. Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import coded_in, mentions_in


def first(text: str, date: str, lang: str) -> tuple[str, str]:
    words, code, sector = mentions_in(lang, text, date)[0]
    return code, sector


def coded(text: str, date: str, lang: str) -> list[tuple[str, list[str]]]:
    return [(event, sorted(set(actors))) for event, actors, _ in coded_in(lang, text, date)]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Ihsanoglu appealed to the factions to stop fighting.", "2007-03-01", ("IGO", "GOV")),
        ("Kadafi rejected the ultimatum.", "2011-03-20", ("LBY", "GOV")),
        ("Zawahri threatened the troops.", "2012-03-01", ("IMG", "REB")),
        ("Revolutionary Struggle claimed the bombing.", "2007-01-15", ("GRC", "REB")),
    ],
)
def test_wire_names_resolve(text, date, expected):
    assert first(text, date, "en") == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Antasari menuding mantan presiden itu.", "2017-02-14", ("IDN", "JUD")),
        ("Miryam mencabut keterangannya.", "2017-04-01", ("IDN", "LEG")),
        ("Ibas meminta Ruhut mundur.", "2016-09-20", ("IDN", "LEG")),
        ("Setya membantah tuduhan itu.", "2017-07-20", ("IDN", "LEG")),
        ("Agus Yudhoyono mengunjungi pasar itu.", "2016-11-01", ("IDN", "PTY")),
        ("Masinton mengkritik pimpinan KPK.", "2017-07-01", ("IDN", "LEG")),
        ("Dedi Mulyadi menolak rencana itu.", "2016-05-01", ("IDN", "GOV")),
        ("Zumi Zola mengunjungi lapas itu.", "2017-06-01", ("IDN", "GOV")),
        ("Martinus Sitompul membantah kabar itu.", "2017-06-01", ("IDN", "COP")),
        ("Haris Azhar mendesak polisi mengusut kasus itu.", "2017-06-01", ("IDN", "NGO")),
        ("Bachtiar Nasir memimpin aksi itu.", "2016-11-04", ("IDN", "REL")),
        ("Saldi Isra menolak permohonan itu.", "2018-02-01", ("IDN", "JUD")),
        ("Natalius Pigai mengecam tindakan aparat.", "2016-06-01", ("IDN", "GOV")),
    ],
)
def test_indonesian_people_resolve(text, date, expected):
    assert first(text, date, "id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIPI menyarankan pemerintah berunding.", ("IDN", "GOV")),
        ("PVMBG melarang warga mendekati kawah.", ("IDN", "GOV")),
        ("Kode Inisiatif mendesak MK memutus perkara itu.", ("IDN", "NGO")),
        ("PGRI menolak kebijakan itu.", ("IDN", "LAB")),
        ("IDI menolak kebijakan itu.", ("IDN", "MED")),
        ("Peradi mengecam penangkapan itu.", ("IDN", "JUD")),
        ("Apindo menolak kenaikan upah.", ("IDN", "BUS")),
        ("Partai Berkarya mendukung Prabowo.", ("IDN", "PTY")),
        ("Satgas Tinombala menembak seorang buronan.", ("IDN", "COP")),
        ("Forum Umat Islam meminta gubernur mundur.", ("IDN", "REL")),
        ("Kemenko PMK menyalurkan bantuan.", ("IDN", "GOV")),
    ],
)
def test_indonesian_bodies_resolve(text, expected):
    assert first(text, "2017-06-01", "id") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nigerian vigilantes attacked the village.", "en", ("NGA", "UAF")),
        ("Indian dacoits attacked the temple.", "en", ("IND", "CRM")),
        ("Yemeni tribesmen kidnapped two tourists.", "en", ("YEM", "CVL")),
        ("Guinean mutineers seized the barracks.", "en", ("GIN", "REB")),
        ("Thai coup leaders dissolved the parliament.", "en", ("THA", "REB")),
        ("Aparat Prancis menangkap dua tersangka.", "id", ("FRA", "COP")),
    ],
)
def test_sector_words_take_their_state(text, lang, expected):
    assert first(text, "2007-03-01", lang) == expected


def test_the_bare_apparatus_is_the_home_police_in_indonesian_news():
    assert ("COERCE", ["IDN"]) in coded("Aparat menangkap dua pemuda di Bandung.", "2017-06-01", "id")


def test_a_lower_case_word_is_not_the_party():
    assert not [m for m in mentions_in("id", "Anak muda ingin berkarya di desa.", "2017-06-01") if m[2] == "PTY"]
