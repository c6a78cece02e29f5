"""Twelfth lexicon pass (actor probe): office-holders of 2015-2026 resolved by date (US economic cabinet,
Chinese vice premiers, UN and Bretton Woods officials, Indonesian ministers and commanders), surnames
the press uses alone, a state's UN envoy, the US House in Indonesian ("DPR AS"), companies, and
Indonesian titles that stay Indonesia's when a foreign state is named beside them."""

from __future__ import annotations

import pytest

import warta
from conftest import mentions_in


def first(text: str, date: str, lang: str = "en") -> tuple[str, str, str]:
    return mentions_in(lang, text, date)[0]


def coded(text: str, date: str, lang: str = "en") -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.event, sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}))
        for e in warta.code(text, lang=lang, pub_date=date)
    ]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Janet Yellen arrived in Beijing.", "2023-07-06", ("Janet Yellen", "USA", "GOV")),
        ("Bessent said talks would go on.", "2025-05-12", ("Bessent", "USA", "GOV")),
        ("He Lifeng said talks would go on.", "2025-05-12", ("He Lifeng", "CHN", "GOV")),
        ("Pelosi landed in Taipei.", "2022-08-02", ("Pelosi", "USA", "LEG")),
        ("Kash Patel said the bureau would act.", "2025-03-01", ("Kash Patel", "USA", "COP")),
        ("Georgieva said the fund would help.", "2024-05-01", ("Georgieva", "IGO", "GOV")),
        ("Dujarric said the UN was alarmed.", "2024-05-01", ("Dujarric", "UNO", "GOV")),
        ("Baghaei said Tehran would respond.", "2025-02-07", ("Baghaei", "IRN", "GOV")),
        ("Hagari said troops had entered the hospital.", "2023-11-15", ("Hagari", "ISR", "MIL")),
        ("Tarriela said the ship was rammed.", "2024-06-17", ("Tarriela", "PHL", "MIL")),
    ],
)
def test_office_holders_resolve_by_date(text, date, expected):
    assert first(text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # one person, another office: the state follows the date
        ("Kallas said Moscow was to blame.", "2022-05-01", ("Kallas", "EST", "GOV")),
        ("Kallas said Moscow was to blame.", "2025-05-01", ("Kallas", "EUR", "GOV")),
        ("Costa said Lisbon would help.", "2020-05-01", ("Costa", "PRT", "GOV")),
        ("Costa said the summit would go ahead.", "2025-05-01", ("Costa", "EUR", "GOV")),
        ("Baerbock said Berlin would help.", "2023-05-01", ("Baerbock", "DEU", "GOV")),
        ("Baerbock opened the General Assembly debate.", "2025-09-23", ("Baerbock", "UNO", "GOV")),
        # a surname two presidents share: the one in office at the date
        ("Aoun said Beirut would talk.", "2018-05-01", ("Aoun", "LBN", "GOV")),
    ],
)
def test_a_surname_follows_the_office_of_the_day(text, date, expected):
    assert first(text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Cleverly met Wang Yi in London.", "2023-05-05", ("CONSULT", ["GBR"], ["CHN"])),
        ("Yellen criticised Beijing over its overcapacity.", "2024-04-08", ("ACCUSE", ["USA"], ["CHN"])),
        ("Katz threatened Tehran with retaliation.", "2025-06-14", ("THREATEN", ["ISR"], ["IRN"])),
        ("Teodoro criticised Beijing over the water cannon attack.", "2024-03-24", ("ACCUSE", ["PHL"], ["CHN"])),
        ("Russia's UN envoy criticised Washington over the strikes.", "2024-02-05", ("ACCUSE", ["RUS"], ["USA"])),
        # alone, the UN envoy stays the UN's
        ("The UN envoy urged Israel to allow aid in.", "2024-02-05", ("REQUEST", ["UNO"], ["ISR"])),
        ("Huawei criticised Washington over the ban.", "2019-05-20", ("ACCUSE", ["CHN"], ["USA"])),
    ],
)
def test_english_events_take_the_right_parties(text, date, expected):
    assert expected in coded(text, date)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Ketua DPR AS Nancy Pelosi mengunjungi Taiwan.", "2022-08-02", ("CONSULT", ["USA"], ["TWN"])),
        ("DPR AS mengecam Tiongkok atas Uighur.", "2020-12-05", ("ACCUSE", ["USA"], ["CHN"])),
        ("Menkeu AS Scott Bessent bertemu He Lifeng di Jenewa.", "2025-05-11", ("CONSULT", ["USA"], ["CHN"])),
        ("Purbaya mengkritik Bank Indonesia.", "2025-10-10", ("ACCUSE", ["IDN"], ["IDN"])),
        ("Wamenlu Anis Matta bertemu Menlu Palestina di Ramallah.", "2025-01-15", ("CONSULT", ["IDN"], ["PSE"])),
        # titles only Indonesia has stay Indonesia's beside a foreign state
        ("Kasal bertemu Kepala Staf AL Singapura di Surabaya.", "2024-02-15", ("CONSULT", ["IDN"], ["SGP"])),
        ("Menkomdigi bertemu Menteri Digital Malaysia.", "2025-02-10", ("CONSULT", ["IDN"], ["MYS"])),
        ("Jampidsus menahan warga negara Tiongkok dalam kasus korupsi.", "2024-06-12", ("COERCE", ["IDN"], ["CHN"])),
    ],
)
def test_indonesian_events_take_the_right_parties(text, date, expected):
    assert expected in coded(text, date, "id")


def test_the_indonesian_house_stays_indonesian():
    assert first("Ketua DPR menerima delegasi itu.", "2023-05-01", "id")[1:] == ("IDN", "LEG")
    assert first("DPR AS menyetujui anggaran itu.", "2023-05-01", "id")[1:] == ("USA", "LEG")


def test_first_names_and_products_are_no_office_holders():
    # "Austin", "Marcos", "Wallace" are left out as bare names; an aircraft is no company
    assert ("Austin", "USA", "GOV") not in mentions_in("en", "Syria was urged to release Austin Tice.", "2023-05-01")
    assert mentions_in("en", "Police arrested Marcos Pieade on Monday.", "2024-05-01") == []
    hijack = "A Mauritanian hijacked a Boeing 737 on its way to Las Palmas."
    assert all(code != "USA" for _, code, _ in mentions_in("en", hijack, "2008-02-01"))
