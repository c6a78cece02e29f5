"""ACCUSE with what the older entries miss (session 30, accuse; en/ and id/triggers/s30_accuse.yaml,
actors/bodies_s30_accuse.yaml): an act of another called ADJ or a NAME over a long phrase ("called
China's ban on Japanese seafood imports extremely regrettable", "menyebut serangan rudal Rusia ke rumah
sakit anak sebagai aksi teror"), conduct called unsafe, attacks attributed to a party, dangerous signals,
unfair subsidies, acts incompatible with something, attacks on sovereignty, insults after "sebagai",
procedures broken; and near misses: "called for", criticism of a referee, a bare factual attack, a
bank's own policy, a rise attributed to demand."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        ("South Korea called Japan's decision to release treated water from the Fukushima plant deeply regrettable.",
         "KOR", "JPN", "2023-08-22"),
        ("The Philippines called the Chinese coast guard's use of a military-grade laser against its crew provocative.",
         "PHL", "CHN", "2023-02-14"),
        ("Turkish President Tayyip Erdogan called Israel's bombardment of hospitals in Gaza a war crime.",
         "TUR", "ISR", "2023-11-15"),
        ("The Pentagon said a Chinese fighter jet had acted in an unsafe and unprofessional manner"
          " near a U.S. surveillance plane.",
         "USA", "CHN", "2023-06-05"),
        ("Washington attributed the hack of the Sony studio to North Korea.", "USA", "PRK", "2014-12-20"),
        ("Beijing said Washington's latest arms package for Taiwan sent a dangerous signal to independence forces.",
         "CHN", "USA", "2023-05-30"),
        ("Washington said Chinese solar manufacturers had benefited from unfair subsidies.",
         "USA", "CHN", "2024-05-14"),
        ("Ukraine's foreign ministry said the Russian referendums were incompatible with international law.",
         "UKR", "RUS", "2022-09-24"),
        ("Polish Prime Minister Donald Tusk said the Russian drone strike was a deliberate attack"
          " on a sovereign state.",
         "POL", "RUS", "2025-09-10"),
    ],
)
def test_english_accusations(text, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        ("Kementerian Luar Negeri Iran menyebut serangan udara Israel terhadap gedung konsulatnya di Damaskus"
          " sebagai aksi terorisme.",
         "IRN", "ISR", "2024-04-02"),
        ("Presiden Brasil menyebut tarif impor baru Amerika Serikat atas produk Brasil sebagai bentuk pemerasan.",
         "BRA", "USA", "2025-07-18"),
        ("Presiden Rusia Vladimir Putin menyebut Presiden Ukraina sebagai boneka.", "RUS", "UKR", "2023-06-16"),
        ("Dewan Kehormatan Penyelenggara Pemilu menilai Ketua KPU melanggar prosedur penerimaan pendaftaran.",
         "IDN", "IDN", "2024-02-05"),
    ],
)
def test_indonesian_accusations(text, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The captain blasted the refereeing after his side lost the derby on penalties."),
        ("en", "The central bank said the policy was incompatible with its inflation target."),
        ("en", "Analysts attributed the rise in oil prices to strong demand from China."),
        ("en", "It was an attack on a police post in the south of the province."),
        ("en", "Officials in Central Java blamed torrential rain for the floods that cut off the main highway."),
        ("id", "Pelatih Persib mengecam keputusan wasit yang menganulir gol timnya."),
        ("id", "Penyanyi itu menyebut dirinya sebagai penggemar berat sepak bola."),
    ],
)
def test_near_misses_code_no_accusation(lang, text):
    assert all(event != "ACCUSE" for event, _, _ in coded_in(lang, text, "2024-03-14")), text


def test_called_for_stays_a_request():
    found = english("Malaysian Foreign Minister Mohamad Hasan called for an end to the unacceptable violence"
                    " against Rohingya refugees.", pub_date="2024-03-14")
    assert any(e == "REQUEST" for e, _, _ in found), found
    assert not any(e == "ACCUSE" for e, _, _ in found), found


def test_nigerias_labour_party_is_nigerian():
    found = english("Nigeria's opposition Labour Party accused the ruling party of buying votes in Lagos.",
                    pub_date="2023-03-01")
    assert has(found, "ACCUSE", "NGA"), found
    assert not any("GBR" in a for _, a, _ in found), found
