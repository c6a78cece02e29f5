"""Office-holders of Europe and the Americas resolved by date (people/s20_people_b.tsv, and surnames
added to rows of g20, asia_europe, africa_americas and domestic2): interior ministers and home
secretaries of the large states, Russian and separatist figures, a Danish prime minister who later led
NATO, and surnames the press uses alone. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, has_event, mentions_in

coded_en = partial(coded_in, "en")
coded_id = partial(coded_in, "id")


def resolves(lang: str, text: str, date: str) -> set[tuple[str, str]]:
    return {(code, sector) for _, code, sector in mentions_in(lang, text, date)}


@pytest.mark.parametrize(
    ("text", "date", "lang", "expected"),
    [
        # interior ministers and home secretaries
        ("Priti Patel defended the new asylum rules.", "2021-02-10", "en", ("GBR", "GOV")),
        ("Braverman defended the new asylum rules.", "2023-05-05", "en", ("GBR", "GOV")),
        ("Javid said the border checks would continue.", "2018-12-11", "en", ("GBR", "GOV")),
        ("Blunkett announced tighter rules for visas.", "2003-03-13", "en", ("GBR", "GOV")),
        ("Menteri Dalam Negeri Gerald Darmanin mengunjungi Aljir.", "2022-08-14", "id", ("FRA", "GOV")),
        ("Retailleau urged tougher deportation rules.", "2025-04-02", "en", ("FRA", "GOV")),
        ("Castaner defended the police tactics.", "2019-08-26", "en", ("FRA", "GOV")),
        ("Seehofer said Germany would tighten its border checks.", "2020-01-25", "en", ("DEU", "GOV")),
        ("Nancy Faeser bertemu mitranya dari Polandia.", "2023-08-22", "id", ("DEU", "GOV")),
        ("Dobrindt ordered more police at the border.", "2026-01-02", "en", ("DEU", "GOV")),
        ("Schäuble proposed new powers for the security services.", "2007-11-10", "en", ("DEU", "GOV")),
        ("Kolokoltsev said the police had detained the suspects.", "2013-05-16", "en", ("RUS", "GOV")),
        ("Nurgaliyev ordered an inquiry into the attack.", "2008-04-14", "en", ("RUS", "GOV")),
        ("Chertoff said the airports would add screening.", "2007-02-03", "en", ("USA", "GOV")),
        ("Mayorkas met Mexican officials on migration.", "2023-01-27", "en", ("USA", "GOV")),
        # Russian figures and Donbas separatists
        ("Naryshkin accused Western spies of plotting unrest.", "2017-09-30", "en", ("RUS", "SPY")),
        ("Navalnaya called for new protests.", "2025-02-13", "en", ("RUS", "OPP")),
        ("Pushilin said the fighters would not withdraw.", "2020-09-18", "en", ("UKR", "REB")),
        ("Zakharchenko rejected the ceasefire terms.", "2016-10-02", "en", ("UKR", "REB")),
        # British opposition and party leaders
        ("Badenoch criticised the budget.", "2025-10-02", "en", ("GBR", "OPP")),
        ("Farage said his party would win the seat.", "2025-05-29", "en", ("GBR", "PTY")),
        # surnames the press uses alone, added to existing rows
        ("Beckett warned Tehran against enrichment.", "2006-11-30", "en", ("GBR", "GOV")),
        ("Koehler visited the troops in Kosovo.", "2007-06-16", "en", ("DEU", "GOV")),
        ("Machado urged the army to stand aside.", "2024-09-25", "en", ("VEN", "OPP")),
        ("Noboa declared a state of emergency.", "2024-11-17", "en", ("ECU", "GOV")),
        ("Ortega expelled the foreign observers.", "2008-01-05", "en", ("NIC", "GOV")),
        ("Orsi met the Brazilian president.", "2025-11-30", "en", ("URY", "GOV")),
        ("Moïse asked for foreign police help.", "2019-04-23", "en", ("HTI", "GOV")),
        ("Osmani said Kosovo would not give in.", "2022-03-30", "en", ("XKX", "GOV")),
        ("Karis visited the troops on the border.", "2022-10-06", "en", ("EST", "GOV")),
        ("Stocker said Austria would stay neutral.", "2025-12-01", "en", ("AUT", "GOV")),
        ("Zeman hosted the Chinese leader.", "2018-03-08", "en", ("CZE", "GOV")),
        ("Jerí declared a state of emergency.", "2026-03-22", "en", ("PER", "GOV")),
    ],
)
def test_an_office_holder_resolves_by_date(text, date, lang, expected):
    assert expected in resolves(lang, text, date)


def test_one_surname_two_brothers_by_date():
    # David was foreign secretary, Ed led the opposition and later returned to government
    assert ("GBR", "GOV") in resolves("en", "Miliband met the Israeli envoy.", "2008-12-03")
    assert ("GBR", "OPP") in resolves("en", "Miliband attacked the coalition's cuts.", "2013-01-15")
    assert ("GBR", "GOV") in resolves("en", "Miliband promised cheaper power.", "2025-02-01")


def test_a_prime_minister_before_he_led_nato():
    assert ("DNK", "GOV") in resolves("en", "Fogh Rasmussen met the Iraqi president.", "2005-08-01")
    assert ("IGO", "GOV") in resolves("en", "Fogh Rasmussen met the Iraqi president.", "2012-08-01")


def test_one_person_two_offices():
    assert ("RUS", "GOV") in resolves("en", "Gryzlov ordered the police to act.", "2002-08-10")
    assert ("RUS", "LEG") in resolves("en", "Gryzlov said the Duma would pass the bill.", "2007-08-10")
    assert ("USA", "SPY") in resolves("en", "Ratcliffe briefed the senators.", "2025-06-01")


def test_named_office_holders_code_events():
    assert has_event(coded_en("Seehofer met Kurz in Vienna.", "2018-07-05"), "CONSULT", "DEU", "AUT")
    assert has_event(coded_en("Mayorkas accused Mexico of doing too little.", "2023-01-27"), "ACCUSE", "USA", "MEX")
    assert has_event(coded_id("Ortega menuduh Amerika Serikat mendanai kudeta.", "2018-07-10"), "ACCUSE", "NIC", "USA")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a Russian named Boris is not Boris Johnson: the bare first name is no alias
        ("Boris said the talks went well.", "2002-08-10"),
        # ordinary words and names many people bear stay unresolved
        ("Patel said the talks went well.", "2021-02-13"),
        ("Straw said the talks went well.", "2004-01-10"),
        ("Struck said the talks went well.", "2004-01-10"),
        # a Ukrainian first name, not Colombia's Gustavo Petro
        ("Petro said the talks went well.", "2001-03-10"),
        ("Nielsen said the talks went well.", "2018-08-08"),
        ("Smith said the talks went well.", "2008-06-16"),
    ],
)
def test_a_shared_name_or_word_is_nobody(text, date):
    assert mentions_in("en", text, date) == []
