"""Middle East and Africa news 2015-2025 (session 29, mea; en/ and id/triggers/s29_mea.yaml,
actors/bodies_s29_mea.yaml, actors/sectors_s29_mea.yaml, grammar `broker_phrases`): strikes on named
military or nuclear sites, vows of punishment, states leaving a named bloc, missiles fired "ke" a named
kind of target, a siege imposed, an announced lifting of sanctions, military personnel sent abroad,
counted gunmen, Tuareg and Tigrayan forces, and a deal's broker who is no recipient — with near misses:
a company seizing market share, a missile test into the sea, a bloc named without leaving it."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("U.S. warplanes struck a Houthi missile launch site near Hodeidah on Thursday.",
         "ASSAULT", "USA", None, "2024-02-01"),
        ("The Revolutionary Guards vowed severe punishment for those behind the attack in Kerman.",
         "THREATEN", "IRN", None, "2024-01-04"),
        ("Burkina Faso quit ECOWAS after the bloc threatened to intervene in Niger.",
         "SANCTION", "BFA", "IGO", "2024-01-30"),
        ("Tuareg rebels ambushed a Malian army convoy near Kidal, the rebel coalition said.",
         "ASSAULT", "MLI", None, "2023-10-02"),
        ("Tigrayan forces shelled the town of Alamata on Sunday, residents said.",
         "ASSAULT", "ETH", None, "2021-07-12"),
        ("Sudan's army and the RSF agreed to a one-week truce brokered by Saudi Arabia and the United States.",
         "AGREE", "SDN", "SDN", "2023-05-21"),
        ("Israel and Hamas agreed to a Qatar-brokered pause in the fighting.",
         "AGREE", "ISR", "PSE", "2023-11-22"),
    ],
)
def test_english_mea_wording(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Kelompok Houthi menembakkan tiga rudal balistik ke sebuah kapal tanker di Laut Merah.",
         "ASSAULT", "YEM", None, "2024-02-15"),
        ("Hizbullah meluncurkan puluhan roket ke permukiman di Israel utara.",
         "ASSAULT", "LBN", None, "2024-07-28"),
        ("Militer Israel memberlakukan blokade atas kota Jenin selama operasi tersebut.",
         "COERCE", "ISR", None, "2023-07-04"),
        ("Qatar mengumumkan keluar dari OPEC mulai Januari tahun depan.",
         "SANCTION", "QAT", "IGO", "2018-12-04"),
        ("Uni Eropa mengumumkan pencabutan sanksi ekonomi terhadap Suriah.",
         "CONCEDE", "EUR", "SYR", "2025-05-21"),
        ("Turki mengirim personel militer ke Libya untuk melatih pasukan pemerintah.",
         "MOBILIZE", "TUR", None, "2020-01-10"),
        ("Sekelompok pria bersenjata menculik puluhan penumpang bus di negara bagian Kaduna, Nigeria.",
         "ASSAULT", "NGA", None, "2024-03-10"),
        ("Israel dan Hamas menyepakati jeda kemanusiaan yang dimediasi Qatar dan Mesir.",
         "AGREE", "ISR", "PSE", "2023-11-22"),
    ],
)
def test_indonesian_mea_wording(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "date"),
    [
        ("en", "Emirati carriers seized a bigger share of the Gulf aviation market last year.", "COERCE", "2024-02-01"),
        ("en", "The Houthis have held the port of Hodeidah since 2014, diplomats say.", "SANCTION", "2024-02-01"),
        ("en", "ECOWAS leaders met in Abuja to discuss the crisis in Niger.", "SANCTION", "2023-08-10"),
        ("id", "Korea Utara meluncurkan rudal balistik ke wilayah perairan Laut Jepang pada Kamis.",
         "ASSAULT", "2023-07-13"),
        ("id", "Para pemimpin ECOWAS bertemu di Abuja untuk membahas krisis di Niger.", "SANCTION", "2023-08-10"),
    ],
)
def test_mea_near_misses(lang, text, event, date):
    assert all(found != event for found, _, _ in coded_in(lang, text, date))
