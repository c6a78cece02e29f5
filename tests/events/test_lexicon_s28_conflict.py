"""Conflict reporting (session 28, conflict; en/ and id/triggers/s28_conflict.yaml,
actors/sectors_s28_conflict.yaml, actors/bodies_s28_conflict.yaml, and small mechanisms in
events/attribution.py and events/modality.py): troops storming a hospital or storming into a city,
a target "destroyed by" a state's warplanes or "dihantam rudal" of a state, salvoes "ke berbagai
kota", troops rushed with jets, plants seized, accepted truce deals, tactical pauses, threats to
annihilate, armed wings as rebels, fighting "between" two sides named inside a pattern, a bare noun
opening a sentence with its doer after "by", a reported clause whose subject noun carries a modal,
the "by" of a participle at a trigger's end — and near misses: crashes in bad weather, relief
deployments, bus fleets, predictions, burning tyres, a power cut."""

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
        ("Sudanese paramilitary fighters stormed a hospital in El Fasher on Sunday, medics said.",
         "ASSAULT", "SDN", None, "2024-06-09"),
        ("Taliban fighters stormed into Kunduz on Monday after a week-long siege.",
         "ASSAULT", "AFG", None, "2015-09-29"),
        ("The school was flattened by Russian bombers, the mayor of Kharkiv said.",
         "ASSAULT", "RUS", None, "2024-05-20"),
        ("Clashes erupted after fighting between Azerbaijani troops and Armenian forces spread overnight.",
         "ASSAULT", "AZE", None, "2022-09-13"),
        ("Fighting between Congolese troops and M23 rebels intensified near Goma.",
         "ASSAULT", "COD", None, "2025-01-25"),
        ("China sent more troops and tanks to the border after the clash, Indian officials said.",
         "MOBILIZE", "CHN", None, "2020-06-25"),
        ("Houthi fighters seized a power station near Hodeidah on Thursday.", "COERCE", "YEM", None, "2024-03-14"),
        ("Iran's president said his country would annihilate Israel if it attacked.",
         "THREATEN", "IRN", "ISR", "2024-04-16"),
        ("Air strikes by Turkish jets on Kurdish positions killed 12 fighters in northern Iraq.",
         "ASSAULT", "TUR", None, "2023-10-05"),
        ("Israel and Lebanon agreed to a truce brokered by the United States.", "AGREE", "ISR", None, "2024-11-27"),
        ("Hezbollah's military wing claimed the rocket attack on Haifa.", "ASSAULT", "LBN", None, "2024-09-22"),
    ],
)
def test_english_conflict_wording(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    if actor is None:
        assert any(e == event for e, _, _ in found), found
    else:
        assert has(found, event, actor, recipient), found


def test_brokered_by_is_no_actor():
    found = english("Israel and Lebanon agreed to a truce brokered by the United States.", pub_date="2024-11-27")
    assert not any(e == "AGREE" and "USA" in a for e, a, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Rusia menembakkan puluhan rudal dan drone ke sejumlah kota di Ukraina pada Kamis dini hari.",
         "ASSAULT", "RUS", "UKR", "2024-03-21"),
        ("Pangkalan militer itu dihantam rudal balistik Iran pada Selasa malam.", "ASSAULT", "IRN", None, "2024-10-02"),
        ("KKB membakar sebuah helikopter milik maskapai swasta di Kabupaten Puncak.",
         "ASSAULT", "IDN", None, "2023-03-01"),
        ("Pasukan Rusia menguasai bandara Hostomel di dekat Kyiv.", "COERCE", "RUS", None, "2022-02-25"),
        ("Israel menerima usulan gencatan senjata yang diajukan Amerika Serikat.", "AGREE", "ISR", None, "2024-06-01"),
        ("Tentara Israel mengumumkan jeda taktis di sekitar Khan Younis.", "CONCEDE", "ISR", None, "2024-06-16"),
        ("TNI AL dan Angkatan Laut India membuka latihan bersama di Sabang.", "COOPERATE", "IDN", None, "2023-05-08"),
        ("Sayap bersenjata Hamas mengklaim ledakan bom di Yerusalem.", "ASSAULT", "PSE", None, "2024-08-19"),
    ],
)
def test_indonesian_conflict_wording(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "A navy plane crashed in heavy fog near the base, killing all five crew.", "ASSAULT"),
        ("en", "Troops were deployed to rescue villagers trapped by the landslide.", "MOBILIZE"),
        ("en", "Officials said the asteroid would not obliterate anything.", "THREATEN"),
        ("en", "Storms pounded the coast and crashed into the harbour.", "ASSAULT"),
        ("id", "Pengamat menyebut serangan Israel ke Rafah bisa dimulai pekan depan.", "ASSAULT"),
        ("id", "Dinas Perhubungan mengerahkan armada bus untuk mengangkut pemudik.", "MOBILIZE"),
        ("id", "Massa membakar ban di depan kantor bupati.", "ASSAULT"),
        ("id", "Korea Utara meluncurkan rudal ke perairan lepas pantai timurnya.", "ASSAULT"),
    ],
)
def test_conflict_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-03-14")
    assert all(e != event for e, _, _ in found), found
