"""Asia-Pacific office-holders by date (session 20, people_a): a name and the day of the story give the
state and the sector — the people added in actors/people/s20_people_a.tsv. Sentences written for warta."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import mentions_in

en = partial(mentions_in, "en")
id_ = partial(mentions_in, "id")


def first(found):
    return found[0][1:] if found else None


@pytest.mark.parametrize(
    "text, date, code, sector",
    [
        # heads of China's legislature are legislators, not the government
        ("Wu Bangguo opened the annual session of the legislature.", "2009-03-05", "CHN", "LEG"),
        ("Zhang Dejiang received the visiting speaker.", "2016-04-12", "CHN", "LEG"),
        ("Li Zhanshu travelled to Vladivostok for the forum.", "2019-09-04", "CHN", "LEG"),
        # China's security chiefs
        ("Zhou Yongkang called for tighter control of the internet.", "2009-07-10", "CHN", "GOV"),
        ("Meng Jianzhu visited the border region.", "2011-05-20", "CHN", "GOV"),
        ("Wang Xiaohong ordered a crackdown on telecom fraud gangs.", "2023-08-15", "CHN", "GOV"),
        # Hong Kong's chief executive and its activists
        ("Chief Executive John Lee rejected the criticism.", "2023-01-10", "HKG", "GOV"),
        ("Joshua Wong urged residents to join the march.", "2019-08-30", "HKG", "OPP"),
        # South Korea: a minister who then led the ruling party, and an opposition leader
        ("Han Dong-hoon defended the prosecutors' investigation.", "2022-09-20", "KOR", "GOV"),
        ("Han Dong-hoon asked party members to back the budget.", "2024-09-03", "KOR", "PTY"),
        ("Jang Dong-hyuk accused the government of overreach.", "2025-10-02", "KOR", "OPP"),
        ("Ri Pyong-chol watched the missile launch.", "2022-03-25", "PRK", "MIL"),
        # Taiwan
        ("Vice President Hsiao Bi-khim addressed the forum.", "2024-11-08", "TWN", "GOV"),
        ("Eric Chu criticised the defence budget.", "2023-05-11", "TWN", "OPP"),
        ("Cheng Li-wun said the party would seek dialogue with Beijing.", "2025-12-03", "TWN", "OPP"),
        # Malaysia: Muhyiddin leads the opposition after 2022
        ("Muhyiddin Yassin accused the government of favouritism.", "2023-06-01", "MYS", "OPP"),
        ("Hamzah Zainudin questioned the minister in parliament.", "2023-10-10", "MYS", "OPP"),
        ("Saifuddin Nasution Ismail announced a new border policy.", "2024-02-14", "MYS", "GOV"),
        ("Rafizi Ramli presented the economic plan.", "2023-07-27", "MYS", "GOV"),
        # the Philippines
        ("Ronald dela Rosa vowed to press on with the drug war.", "2017-02-01", "PHL", "COP"),
        ("Esperon warned against foreign interference.", "2020-11-12", "PHL", "GOV"),
        ("Brawner ordered troops to stay on alert.", "2024-03-18", "PHL", "MIL"),
        # Thailand
        ("Apirat Kongsompong ruled out another coup.", "2019-10-15", "THA", "MIL"),
        ("Pita Limjaroenrat called for a vote in parliament.", "2023-07-12", "THA", "OPP"),
        ("Natthaphong Ruengpanyawut demanded a new election.", "2025-09-20", "THA", "OPP"),
        # Kashmir, Bangladesh, Nepal, Afghanistan, Kyrgyzstan, Singapore, Pakistan
        ("Mirwaiz Umar Farooq called for a general strike.", "2016-07-20", "IND", "OPP"),
        ("Syed Ali Shah Geelani urged a boycott of the vote.", "2014-11-10", "IND", "OPP"),
        ("Nahid Islam announced a new party.", "2025-03-01", "BGD", "OPP"),
        ("Balen Shah ordered the removal of street stalls.", "2023-02-01", "NPL", "GOV"),
        ("Atta Muhammad Nur refused to step down.", "2017-12-20", "AFG", "GOV"),
        ("Suhail Shaheen said the new government wanted recognition.", "2022-05-05", "AFG", "GOV"),
        ("Ahmad Massoud called for a national uprising.", "2022-02-01", "AFG", "REB"),
        # the Taliban leader's full name in one mention with his title: the insurgent of 2007, not the emir of 2000
        ("Taliban leader Mullah Mohammad Omar issued a statement.", "2007-08-15", "AFG", "REB"),
        ("Kamchybek Tashiev announced arrests over the plot.", "2023-06-05", "KGZ", "SPY"),
        ("Shanmugam defended the new security law.", "2021-10-04", "SGP", "GOV"),
        ("Asim Malik briefed the prime minister.", "2025-05-09", "PAK", "SPY"),
        # Australia: opposition leaders are the opposition, not the government
        ("Opposition leader Anthony Albanese attacked the budget.", "2021-05-13", "AUS", "OPP"),
        ("Dutton said the coalition would oppose the bill.", "2023-09-04", "AUS", "OPP"),
        ("Tony Abbott promised to stop the boats.", "2011-10-25", "AUS", "OPP"),
        ("John Key said his party would win the election.", "2007-06-01", "NZL", "OPP"),
        ("Kim Beazley criticised the troop deployment.", "2006-03-01", "AUS", "OPP"),
        ("Regenvanu met the Australian envoy.", "2019-03-01", "VUT", "GOV"),
        # Pakistan's Senate chairman stood in as caretaker prime minister before the 2008 vote
        ("Mohammad Mian Soomro dissolved the cabinet.", "2008-01-20", "PAK", "GOV"),
        ("Mohammad Mian Soomro adjourned the Senate.", "2005-05-01", "PAK", "LEG"),
        ("Lee Hoi-chang attacked the sunshine policy.", "2001-07-25", "KOR", "OPP"),
    ],
)
def test_a_name_stands_for_its_office_on_the_day(text, date, code, sector):
    assert first(en(text, date)) == (code, sector)


@pytest.mark.parametrize(
    "text, date, code, sector",
    [
        ("Wakil Presiden Hsiao Bi-khim menerima delegasi itu.", "2024-11-08", "TWN", "GOV"),
        ("Saifuddin Nasution Ismail mengumumkan kebijakan perbatasan baru.", "2024-02-14", "MYS", "GOV"),
        ("Han Dong-hoon membela penyelidikan jaksa.", "2022-09-20", "KOR", "GOV"),
        ("Ahmad Massoud menyerukan pemberontakan nasional.", "2022-02-01", "AFG", "REB"),
        ("Rafizi Ramli memaparkan rencana ekonomi.", "2023-07-27", "MYS", "GOV"),
    ],
)
def test_indonesian_news_names_them_too(text, date, code, sector):
    found = [m[1:] for m in id_(text, date)]
    assert (code, sector) in found, found


def test_a_kashmiri_commander_is_not_sudan_s_general():
    # "Burhan" alone is Sudan's army chief; the full name is the Hizbul Mujahideen commander
    assert first(en("Burhan Wani posted a video online.", "2015-08-01")) == ("IND", "REB")


def test_near_misses_do_not_name_these_people():
    # "pita" is Indonesian for ribbon: the Thai politician is never named by it alone
    assert not [m for m in id_("Wali kota menggunting pita peresmian pasar.", "2023-07-12") if m[1] == "THA"]
    # a lower-case "nahid" or a bare "Islam" is no Bangladeshi activist
    assert not [m for m in en("Islam was the subject of the lecture.", "2025-03-01") if m[1] == "BGD"]
