"""A place that is only where something happened is no party (session 25, place_party): an
attack's target named later by "against"/"targeting"/"terhadap"/"menargetkan" beats the place
named first, and a place inside a group's name ("al-Qaeda in Iraq") stands for no state."""

from __future__ import annotations

from conftest import coded_in


def coded(text: str, lang: str = "en", pub_date: str = "2007-01-10"):
    return coded_in(lang, text, pub_date)


def test_a_target_named_by_terhadap_beats_the_place_of_the_strike():
    text = (
        "Militer AS melancarkan serangan udara kedua di Somalia selatan pekan ini terhadap tempat "
        "yang diduga persembunyian Al-Qaeda."
    )
    assert ("ASSAULT", ["USA"], ["IMG"]) in coded(text, "id")


def test_a_place_inside_a_groups_name_is_no_party_en():
    text = "Government troops arrested five men during a sweep targeting al-Qaeda in Iraq."
    events = coded(text)
    assert ("COERCE", ["IRQ"], ["IMG"]) in events
    assert ("COERCE", ["IRQ"], ["IRQ"]) not in events


def test_a_place_inside_a_groups_name_is_no_party_id():
    text = "Pasukan pemerintah menahan empat tersangka dalam operasi yang menargetkan Al-Qaeda di Irak."
    events = coded(text, "id")
    assert ("COERCE", ["IRQ"], ["IMG"]) in events
    assert ("COERCE", ["IRQ"], ["IRQ"]) not in events


def test_near_miss_a_strike_with_no_marked_target_still_falls_on_the_place():
    assert ("ASSAULT", ["ISR"], ["PSE"]) in coded("Israeli aircraft struck targets in Gaza overnight.")
    assert ("ASSAULT", ["RUS"], ["UKR"]) in coded("Pasukan Rusia menggempur kota Bakhmut di Ukraina timur.", "id")


def test_near_miss_a_place_that_is_a_whole_name_still_counts():
    # "Kharkiv" is both the place and the whole mention: it still stands for Ukraine
    assert ("ASSAULT", ["RUS"], ["UKR"]) in coded("Russian forces shelled Kharkiv again on Monday.")
