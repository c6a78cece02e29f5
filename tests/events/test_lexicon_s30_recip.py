"""Recipients across types (session 30, recip; en/ and id/triggers/s30_recip.yaml, coder.only_the_scene):
two parties meeting in a third state's city meet each other, the city is only where ("Iranian and Saudi
officials held talks in Beijing"); aid moved as a load reaches its receiver (a shipment of tents, tonnes
of aid, munitions rushed, food parcels dropped); a grave threat a party's programme poses is the
speaker's accusation of its owner; a long report to the police is aimed at the party named in it; the
object goes on past a comma before "including"/"termasuk"; "diterima Presiden X" is a hosted visit —
and near misses: a meeting in one party's own capital, a city hosting a festival, rice traded by the
tonne, charges dropped, a report naming no party, a proposal received, a club fined, a fair busy with
visitors."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "scene"),
    [
        ("en", "Armenian and Azerbaijani foreign ministers held talks in Washington on a peace treaty.",
         "ARM", "AZE", "USA"),
        ("en", "Thai and Cambodian officials met in Kuala Lumpur to discuss the border dispute.", "THA", "KHM", "MYS"),
        ("id", "Menlu Armenia dan Azerbaijan bertemu di Washington untuk membahas perjanjian damai.",
         "ARM", "AZE", "USA"),
        ("id", "Delegasi Thailand dan Kamboja menggelar perundingan di Kuala Lumpur.", "THA", "KHM", "MYS"),
    ],
)
def test_meeting_in_a_third_state_is_between_the_two(lang, text, actor, recipient, scene):
    found = coded_in(lang, text, "2024-03-14")
    assert has(found, "CONSULT", actor, recipient), found
    assert not any(e == "CONSULT" and scene in r for e, _, r in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        # the host among the parties stays the recipient (attribution.host)
        ("en", "The foreign ministers of Egypt and Qatar met in Cairo on Sunday.", "QAT", "EGY"),
        ("id", "Menlu Mesir dan Qatar bertemu di Kairo, Minggu.", "QAT", "EGY"),
        # one actor meeting in a capital: the host is the city's state
        ("en", "Blinken held talks in Beijing with Chinese officials.", "USA", "CHN"),
    ],
)
def test_meeting_in_one_partys_city_keeps_its_host(lang, text, actor, recipient):
    found = coded_in(lang, text, "2024-03-14")
    assert has(found, "CONSULT", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Malaysia sent a fresh consignment of vaccines and blankets to flood victims in Myanmar.",
         "AID", "MYS", "MMR"),
        ("China delivered 30 tons of relief supplies to Vanuatu after the cyclone.", "AID", "CHN", "VUT"),
        ("Washington fast-tracked munitions to Taiwan, the State Department said.", "AID", "USA", "TWN"),
        ("The Egyptian air force dropped aid packages to families in southern Gaza.", "AID", "EGY", None),
        ("Japan said North Korea's missile programme posed a grave threat.", "ACCUSE", "JPN", "PRK"),
    ],
)
def test_english_recipient_wording(text, event, actor, recipient):
    found = english(text, pub_date="2024-03-14")
    assert has(found, event, actor, recipient), found


def test_indonesian_long_report_to_police():
    found = indonesian(
        "ICW melaporkan dugaan korupsi pengadaan alat kesehatan di Kementerian Kesehatan ke KPK.", "2024-03-14"
    )
    assert has(found, "ACCUSE", "IDN", "IDN"), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "The EU imposed sanctions on 19 entities, including Iranian drone makers.", "SANCTION", "EUR", "IRN"),
        ("id", "Kanada menjatuhkan sanksi kepada 20 orang, termasuk pejabat Myanmar.", "SANCTION", "CAN", "MMR"),
        ("id", "Presiden Prabowo Subianto diterima Perdana Menteri Jepang Shigeru Ishiba di Tokyo.",
         "CONSULT", "IDN", "JPN"),
        ("id", "Menteri Keuangan Sri Mulyani diterima Ketua DPR Puan Maharani di Senayan.", "CONSULT", "IDN", "IDN"),
    ],
)
def test_object_past_including_and_hosted_guests(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2024-12-10" if "Prabowo Subianto diterima" in text else "2024-03-14")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Seoul hosted a film festival featuring directors from Tokyo and Beijing.", "CONSULT"),
        ("en", "Vietnam exported two million tonnes of rice to the Philippines last year.", "AID"),
        ("en", "Prosecutors dropped the charges against the former minister.", "AID"),
        ("en", "Economists said rising prices posed a serious threat to growth.", "ACCUSE"),
        ("id", "Pemantau melaporkan hasil pemantauan pemungutan suara di tiga provinsi kepada Kepolisian.", "ACCUSE"),
        ("id", "Usulan itu diterima Presiden Jokowi pekan lalu.", "CONSULT"),
        ("id", "Arema FC dijatuhi sanksi larangan bertanding di kandang karena ulah suporter.", "SANCTION"),
        ("id", "Pantai Kuta ramai dikunjungi wisatawan asal Australia selama libur Paskah.", "CONSULT"),
    ],
)
def test_recipient_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-03-14")
    assert all(e != event for e, _, _ in found), found
