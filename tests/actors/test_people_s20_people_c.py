"""Session 20, people_c (people/s20_people_c.tsv): office-holders of the Middle East, North and Sub-Saharan
Africa, Turkey, Iran, Israel/Palestine and the Gulf, resolved by the date of the story — interior ministers and
army chiefs of the big states, a few armed-group leaders, and the short names the press uses alone. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import mentions_in


def first(text: str, date: str, lang: str = "en") -> tuple[str, str]:
    found = mentions_in(lang, text, date)
    assert found, text
    return found[0][1:]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # interior ministers of Turkey, Iran, Egypt and Saudi Arabia, by the year of the story
        ("Interior Minister Besir Atalay ordered an inquiry.", "2009-05-01", ("TUR", "GOV")),
        ("Interior Minister Efkan Ala ordered an inquiry.", "2014-05-01", ("TUR", "GOV")),
        ("Soylu told reporters the curfew would be lifted.", "2020-05-01", ("TUR", "GOV")),
        ("Yerlikaya said dozens of suspects had been detained.", "2024-05-01", ("TUR", "GOV")),
        ("Interior Minister Mostafa Pourmohammadi warned the protesters.", "2007-05-01", ("IRN", "GOV")),
        ("Rahmani Fazli said the vote count was complete.", "2018-05-01", ("IRN", "GOV")),
        ("Momeni said the border crossings would reopen.", "2025-05-01", ("IRN", "GOV")),
        ("Interior Minister Habib el-Adly praised the police.", "2008-05-01", ("EGY", "GOV")),
        ("Interior Minister Magdy Abdel Ghaffar praised the police.", "2017-05-01", ("EGY", "GOV")),
        ("Interior Minister Mahmoud Tawfik praised the police.", "2022-05-01", ("EGY", "GOV")),
        ("MBN ordered the arrests.", "2014-05-01", ("SAU", "GOV")),
        ("Prince Abdulaziz bin Saud bin Nayef met the envoy.", "2022-05-01", ("SAU", "GOV")),
        # army chiefs
        ("Firouzabadi warned the neighbours.", "2012-05-01", ("IRN", "MIL")),
        ("Sami Anan flew to Washington.", "2010-05-01", ("EGY", "MIL")),
        ("Buratai visited the troops in the north-east.", "2018-05-01", ("NGA", "MIL")),
        ("Lagbaja visited the troops in the north-east.", "2024-05-01", ("NGA", "MIL")),
        ("General Selcuk Bayraktaroglu inspected the border units.", "2025-10-01", ("TUR", "MIL")),
        # armed-group leaders and their commanders
        ("Ramadan Shalah vowed to keep fighting.", "2010-05-01", ("PSE", "REB")),
        ("Ziad al-Nakhala vowed to keep fighting.", "2022-05-01", ("PSE", "REB")),
        ("Abu Mahdi al-Muhandis met the militia commanders.", "2019-05-01", ("IRQ", "MIL")),
        ("Dagalo rejected the ceasefire terms.", "2024-05-01", ("SDN", "REB")),
        ("Abdel Rahim Dagalo rejected the ceasefire terms.", "2024-05-01", ("SDN", "REB")),
        # short names and spellings of people listed elsewhere
        ("Qaboos received the envoy.", "2010-05-01", ("OMN", "GOV")),
        ("Isaias received the envoy.", "2015-05-01", ("ERI", "GOV")),
        ("Emir Mishal al-Ahmad al-Jaber al-Sabah received the envoy.", "2024-05-01", ("KWT", "GOV")),
        ("Beblawi named his cabinet.", "2013-10-01", ("EGY", "GOV")),
        ("Badie urged his followers to march.", "2012-05-01", ("EGY", "OPP")),
        ("Halqi named his cabinet.", "2014-05-01", ("SYR", "GOV")),
        ("Freij visited the front.", "2015-05-01", ("SYR", "GOV")),
        ("Khasawneh named his cabinet.", "2022-05-01", ("JOR", "GOV")),
        ("Zayani met his Gulf counterparts.", "2022-05-01", ("BHR", "GOV")),
        ("Demeke met his Kenyan counterpart.", "2022-05-01", ("ETH", "GOV")),
        ("Tariq Aziz met the inspectors.", "2002-05-01", ("IRQ", "GOV")),
        # the Arabic article the press keeps before a surname
        ("Forces loyal to al-Bashir clashed with the rebels.", "2010-05-01", ("SDN", "GOV")),
        ("Al-Jubeir met his Iranian counterpart.", "2017-05-01", ("SAU", "GOV")),
        ("Al-Mekdad met his Iranian counterpart.", "2022-05-01", ("SYR", "GOV")),
        ("Al-Muallem met his Iranian counterpart.", "2013-05-01", ("SYR", "GOV")),
        ("Al-Sarraj met the envoy in Tripoli.", "2018-05-01", ("LBY", "GOV")),
        ("Al-Houthi warned the shipping companies.", "2024-05-01", ("YEM", "REB")),
        ("Emir Mishal received the envoy.", "2024-05-01", ("KWT", "GOV")),
        # a full name must not lose its head to a shorter namesake (Abdul Hamid, Bangladesh's president)
        ("Prime Minister Abdul Hamid al-Dbeibah met the envoy.", "2022-05-01", ("LBY", "GOV")),
    ],
)
def test_office_holders_resolve_by_date_in_english(text, date, expected):
    assert first(text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Menteri Dalam Negeri Suleyman Soylu menemui para demonstran.", "2020-05-01", ("TUR", "GOV")),
        ("Menteri Dalam Negeri Ali Yerlikaya menemui para demonstran.", "2024-05-01", ("TUR", "GOV")),
        ("Menteri Dalam Negeri Eskandar Momeni menemui para demonstran.", "2025-05-01", ("IRN", "GOV")),
        ("Ramadan Shalah menolak gencatan senjata itu.", "2010-05-01", ("PSE", "REB")),
        ("Ziad al-Nakhala menolak gencatan senjata itu.", "2022-05-01", ("PSE", "REB")),
        ("Emir Mishal al-Ahmad al-Jaber al-Sabah menerima utusan itu.", "2024-05-01", ("KWT", "GOV")),
        ("Tariq Aziz menemui para inspektur.", "2002-05-01", ("IRQ", "GOV")),
    ],
)
def test_office_holders_resolve_by_date_in_indonesian(text, date, expected):
    assert first(text, date, "id") == expected


def test_one_name_two_offices_by_date():
    # Pourmohammadi ran the interior ministry, later the justice ministry: Iran's government either way
    assert first("Pourmohammadi spoke to reporters.", "2007-05-01") == ("IRN", "GOV")
    assert first("Pourmohammadi spoke to reporters.", "2015-05-01") == ("IRN", "GOV")
    # Sheikh Mishal was Kuwait's crown prince before he became emir
    assert first("Mishal al-Ahmad received the envoy.", "2022-05-01") == ("KWT", "GOV")


def test_common_names_are_not_taken_for_office_holders():
    # "Gul" is a common given name in South Asia: alone it is not Turkey's president Abdullah Gul ...
    assert mentions_in("en", "Governor Gul Agha Sherzai met elders.", "2005-05-01") == []
    # ... though with his title it is
    assert first("President Gul met the envoy.", "2010-05-01") == ("TUR", "GOV")
    # "Mishal" alone stays Hamas's Khaled Mashal; only the emir's title or his full name makes him Kuwait's
    assert first("Mishal said the movement would fight on.", "2010-05-01") == ("PSE", "REB")
    # a town of Xinjiang is not the Turkish interior minister Abdulkadir Aksu
    assert mentions_in("en", "Farmers in Aksu said the crop failed.", "2005-05-01") == []
