"""Fourteenth lexicon pass, gaps (bodies_s14_gaps.yaml, sectors_s14_gaps.yaml, people/s14_gaps.tsv and
the outlets added to agencies.yaml): wire-era missions and armed groups by the spellings the wires use,
Indonesian names of foreign parties that an Indonesian namesake caught, and national outlets whose bare
"police" is their own state's. Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import coded_in, mentions_in


def first(text: str, date: str = "2008-06-01", lang: str = "en") -> tuple[str, str]:
    words, code, sector = mentions_in(lang, text, date)[0]
    return code, sector


def coded(text: str, date: str, lang: str = "en") -> list[tuple[str, list[str], list[str]]]:
    return [(event, sorted(set(a)), sorted(set(r))) for event, a, r in coded_in(lang, text, date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # missions by their acronyms
        ("MONUC deployed more troops to Goma.", ("UNO", "MIL")),
        ("UNMIL patrolled the border.", ("UNO", "MIL")),
        ("MINUSTAH patrolled Cite Soleil.", ("UNO", "MIL")),
        ("ECOMOG troops entered Freetown.", ("IGO", "MIL")),
        ("EUFOR troops arrested a suspect.", ("EUR", "MIL")),
        # armed groups of Africa
        ("The Islamic Courts took Jowhar.", ("SOM", "REB")),
        ("The Shabaab took Kismayo.", ("SOM", "REB")),
        ("Hizbul Islaam took Beledweyne.", ("SOM", "REB")),
        ("The CNDP took Rutshuru.", ("COD", "REB")),
        ("The FNL rejected the offer.", ("BDI", "REB")),
        ("SLA-Unity fighters took the town.", ("SDN", "REB")),
        ("The SLA rejected the offer.", ("SDN", "REB")),
        ("The ONLF rejected the offer.", ("ETH", "REB")),
        ("MEND rejected the offer.", ("NGA", "REB")),
        # the Middle East
        ("Fatah al-Islam fighters held the camp.", ("LBN", "REB")),
        ("Jund al-Sham fighters held the street.", ("LBN", "REB")),
        ("The Mehdi Army held the district.", ("IRQ", "REB")),
        ("The Sadrists rejected the offer.", ("IRQ", "PTY")),
        ("The Quartet rejected the offer.", ("IGO", "")),
        ("The Kurdish Regional Government rejected the offer.", ("IRQ", "GOV")),
        # South Asia
        ("Jamaat-ud-Dawa rejected the ban.", ("PAK", "REB")),
        ("The CPI (Maoist) rejected the offer.", ("IND", "REB")),
        ("Tiger rebels rejected the offer.", ("LKA", "REB")),
        ("The TMVP rejected the offer.", ("LKA", "UAF")),
    ],
)
def test_wire_bodies_resolve(text, expected):
    assert first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indonesian names of foreign parties, not the Indonesian namesake
        ("Partai Demokrat Progresif menolak tawaran itu.", ("TWN", "PTY")),
        ("Partai Republik Rakyat menolak tawaran itu.", ("TUR", "PTY")),
        ("Kongres Nasional India menolak tawaran itu.", ("IND", "PTY")),
        ("Dewan Militer Transisi menolak tawaran itu.", ("SDN", "MIL")),
        ("Kuartet menolak tawaran itu.", ("IGO", "")),
        ("Wagner menolak tawaran itu.", ("RUS", "MIL")),
    ],
)
def test_indonesian_names_of_foreign_bodies(text, expected):
    assert first(text, "2020-01-01", "id") == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Nadesan rejected the offer.", "2008-05-01", ("LKA", "REB")),
        ("Masood Azhar rejected the offer.", "2002-05-01", ("PAK", "REB")),
        ("Abu Bakar Ba'asyir menolak tawaran itu.", "2008-05-01", ("IDN", "REB")),
        ("Karuna Amman rejected the offer.", "2006-05-01", ("LKA", "UAF")),
        ("Ahmed Madobe rejected the offer.", "2015-05-01", ("SOM", "GOV")),
    ],
)
def test_leaders_resolve_by_date(text, date, expected):
    lang = "id" if "tawaran" in text else "en"
    assert first(text, date, lang) == expected


def test_events_hinge_on_the_groups():
    assert ("ACCUSE", ["USA"], ["SOM"]) in coded(
        "The United States accused the Islamic Courts of sheltering militants.", "2006-12-01"
    )
    assert ("ASSAULT", ["LBN"], ["LBN"]) in coded(
        "Fatah al-Islam militants fired on Lebanese soldiers at Nahr al-Bared.", "2007-05-20"
    )
    assert ("REQUEST", ["IGO"], ["ISR"]) in coded(
        "The Quartet urged Israel to freeze settlement activity.", "2009-09-24"
    )
    assert ("ASSAULT", ["RUS"], ["MLI"]) in coded(
        "Wagner mercenaries attacked a village in central Mali.", "2022-03-30"
    )
    assert ("ACCUSE", ["TWN"], ["CHN"]) in coded(
        "Partai Demokrat Progresif mengecam latihan militer China di sekitar Taiwan.", "2022-08-05", "id"
    )


def test_lower_case_names_stay_other_things():
    # sharia courts anywhere are no Somali rebels; a string quartet is no actor
    assert all(
        code != "SOM" for _, code, _ in mentions_in("en", "Islamic courts in Aceh sentenced two men.", "2015-01-01")
    )
    assert mentions_in("en", "A string quartet played at the dinner.", "2015-01-01") == []


@pytest.mark.parametrize(
    ("outlet", "home"),
    [
        ("Dhaka Tribune", "BGD"),
        ("The Daily Star (Bangladesh)", "BGD"),
        ("Daily Mirror (Sri Lanka)", "LKA"),
        ("The Island", "LKA"),
        ("The Kathmandu Post", "NPL"),
        ("The Himalayan Times", "NPL"),
        ("Dawn", "PAK"),
        ("VnExpress", "VNM"),
        ("Philippine Star", "PHL"),
        ("New Straits Times", "MYS"),
        ("The Daily Star", ""),  # Bangladesh's, Lebanon's or a British tabloid
        ("The Nation", ""),
    ],
)
def test_outlets_give_their_home(outlet, home):
    from warta.clean.credits import home_of

    assert home_of(outlet) == home


def test_a_story_of_a_national_outlet_sets_bare_police_at_home():
    from warta.coder import code_article
    from warta.model import Article

    text = "Police arrested five men after the clash on Sunday, an official said."
    article = Article(id="t", text=text, pub_date="2019-10-10", lang="en", outlet="Dhaka Tribune")
    assert ("COERCE", ["BGD"]) in [(e.event, [a.code for a in e.actor]) for e in code_article(article).events]
