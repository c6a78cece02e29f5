"""Clashes between two sides (session 35, assault; events/attribution.py `sides_after`, en/ and
id/triggers not_events.yaml, id/triggers/assault.yaml): the sides named after "between"/"antara" are
the doers also when one noun names both ("between Sunni and Shiite Muslims", "between pro- and
anti-government activists", "antara warga Kristen dan Muslim"), when a modifier the lexicon lacks ends
the first side ("antara ribuan petani coca dengan polisi"), and after "killed in clashes between" /
"tewas dalam bentrokan antara"; civilians so named are sides, not bystanders. Near misses: fighting
an act is meant to quell ("quell the fighting", "meredam bentrokan"), and "between the rival groups
and troops", where the troops alone are no side."""

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
        ("Two men were killed in clashes between Hindu and Muslim villagers in Gujarat, India.",
         "IND", "IND", "2010-05-01"),
        ("Six people were wounded in fighting between Christian and Muslim youths in Ambon, Indonesia.",
         "IDN", "IDN", "2010-05-01"),
        ("Four people were shot dead in clashes between pro- and anti-government students in Dhaka, Bangladesh.",
         "BGD", "BGD", "2012-03-08"),
        ("At least nine people died in clashes between supporters of the president and police in Kinshasa, Congo.",
         "COD", "COD", "2016-09-20"),
    ],
)
def test_english_clashes_between(text, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, "ASSAULT", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        ("Dua pemuda tewas dalam bentrokan antara warga Kristen dan Muslim di Ambon, Maluku.",
         "IDN", "IDN", "2010-05-01"),
        ("Tiga warga tewas dalam pertempuran antara tentara Sudan dan pemberontak di Darfur, Sudan.",
         "SDN", "SDN", "2010-05-01"),
        ("Pekan lalu terjadi bentrok antara ratusan petani sawit dengan polisi di Riau.", "IDN", "IDN", "2014-02-10"),
    ],
)
def test_indonesian_clashes_between(text, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, "ASSAULT", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Police were sent to quell the fighting between rival gangs in Karachi, Pakistan.", "ASSAULT"),
        ("en", "The army drew up a plan to curb clashes between Sunni and Shiite militias in Basra.", "ASSAULT"),
        ("en", "The army drew up a plan to curb clashes between Sunni and Shiite militias in Basra.", "THREATEN"),
        ("en", "The town was put under curfew after fighting erupted between the rival groups and troops were sent in.",
         "ASSAULT"),
        ("id", "Polisi dikerahkan untuk meredam bentrokan antara dua kelompok warga di Maluku.", "ASSAULT"),
    ],
)
def test_clash_near_misses(lang, text, event):
    found = coded_in(lang, text, "2010-05-01")
    assert all(e != event for e, _, _ in found), found
