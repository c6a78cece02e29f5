"""ASSAULT false alarms on the development sets (session 30b, assault2): an Indonesian attack verb
after "untuk"/"guna" that no kept event governs is an aim, not an attack (coder.attack_aim, grammar
`attack_aim_markers`), unless a means is named before it (`means_verbs`); plural disaster words tell a
toll, no attack (`mishaps`); "blamed for" opens what someone is blamed for (`charge_cues`)."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("id", "Pelaku menggunakan pisau untuk menyerang dua polisi di Jakarta.", "ASSAULT", "IDN", "IDN",
         "2017-03-01"),
        ("id", "Tentara Israel menembak mati dua pemuda Palestina di Jenin, Selasa.", "ASSAULT", "ISR", "PSE",
         "2017-03-01"),
        ("id", "Polisi menembakkan gas air mata untuk membubarkan massa di depan gedung DPR.", "ASSAULT", "IDN",
         "IDN", "2019-09-24"),
        ("en", "Gunmen attacked a police post in northern Burkina Faso on Sunday, killing four officers.",
         "ASSAULT", "BFA", "BFA", "2020-03-01"),
    ],
)
def test_attacks_kept(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Para anggota kelompok itu menyusup ke Mindanao dari Sulawesi guna melancarkan serangan "
               "terhadap tentara Filipina, kata pejabat intelijen."),
        ("id", "Jaksa menyebut terdakwa membeli racun untuk membunuh pejabat pajak itu."),
        ("id", "Jaringan itu memanfaatkan aplikasi pesan untuk merencanakan dan melancarkan serangan di Jawa."),
        ("en", "Tornadoes tore through three southern states on Sunday, killing at least nine people."),
        ("en", "Hurricanes battered the Caribbean islands last week, killing dozens of people."),
    ],
)
def test_aims_and_tolls_not_attacks(lang, text):
    found = coded_in(lang, text, pub_date="2017-03-01")
    assert not any(e == "ASSAULT" for e, _, _ in found), found
