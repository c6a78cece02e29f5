"""Weapons and platforms as the military that uses them (session 27, mech_platforms): a state or its
demonym beside a weapon noun ("Israeli jets", "a US drone", "tank-tank Israel") names that state's
military (grammar `platform_nouns`, actors.match.with_platforms), and the weapon word may still open
the act ("warplanes … struck", "Drone Rusia menghantam …": coder.platform_words,
attribution.force_opens). Sentences written for warta."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, has_event, mentions_in

en = partial(coded_in, "en")
id_ = partial(coded_in, "id")


def sectors(lang: str, text: str) -> list[tuple[str, str]]:
    return [(code, sector) for _, code, sector in mentions_in(lang, text)]


# -- the weapon names the state's military


def test_demonym_before_jets_is_the_military():
    assert ("ISR", "MIL") in sectors("en", "Israeli jets flew over the border at dawn.")
    assert ("USA", "MIL") in sectors("en", "A US drone circled over the compound for hours.")


def test_weapon_before_state_is_the_military_in_indonesian():
    assert ("ISR", "MIL") in sectors("id", "Tank-tank Israel terlihat di perbatasan.")
    assert ("SYR", "MIL") in sectors("id", "Helikopter Suriah terbang rendah di atas kota itu.")


def test_warplanes_open_the_strike():
    found = en("Russian warplanes struck Idlib overnight.", "2016-10-03")
    assert has_event(found, "ASSAULT", "RUS", "SYR"), found


def test_headline_jets_pound():
    found = en("Israeli Jets Pound Gaza After Rocket Fire", "2014-07-10")
    assert has_event(found, "ASSAULT", "ISR", "PSE"), found


def test_tanks_enter_need_the_military():
    found = en("Israeli tanks entered the outskirts of Rafah on Tuesday.", "2024-05-07")
    assert has_event(found, "MOBILIZE", "ISR"), found


def test_warships_sail_near():
    found = en("Chinese warships sailed near Taiwan on Saturday.", "2022-08-06")
    assert has_event(found, "MOBILIZE", "CHN", "TWN"), found


def test_second_platform_shares_the_state():
    found = en("Chinese warships and fighter jets held drills around Taiwan on Sunday.", "2023-04-09")
    assert has_event(found, "MOBILIZE", "CHN", "TWN"), found
    assert not has_event(found, "COOPERATE", "CHN", "TWN"), found


def test_drone_opening_indonesian_pattern_keeps_its_actor():
    found = id_("Helikopter Israel menembakkan rudal ke sebuah mobil di Gaza.", "2012-11-15")
    assert has_event(found, "ASSAULT", "ISR", "PSE"), found


def test_warship_opening_indonesian_pattern_keeps_its_actor():
    found = id_("Kapal perang China memasuki perairan Natuna pekan lalu.", "2016-06-18")
    assert has_event(found, "MOBILIZE", "CHN", "IDN"), found


def test_tanks_enter_indonesian():
    found = id_("Tank-tank Turki memasuki Suriah utara pada Rabu.", "2019-10-10")
    assert has_event(found, "MOBILIZE", "TUR", "SYR"), found


# -- near misses: civilian craft, a weapon modifying another noun, a currency


def test_passenger_jet_is_no_military():
    assert ("ISR", "MIL") not in sectors("en", "An Israeli passenger jet landed in Abu Dhabi on Monday.")
    assert not en("An Israeli passenger jet landed in Abu Dhabi on Monday.", "2020-09-01")


def test_drone_maker_is_no_military():
    assert ("TUR", "MIL") not in sectors("en", "A Turkish drone maker opened a factory in Kyiv.")
    assert ("IRN", "MIL") not in sectors("id", "Pabrik drone Iran di Isfahan memproduksi ratusan unit.")


def test_commercial_plane_and_fishing_boat_are_no_military():
    assert ("ISR", "MIL") not in sectors("id", "Pesawat komersial Israel mendarat di Abu Dhabi.")
    assert not has_event(id_("Kapal nelayan China memasuki perairan Natuna.", "2016-06-18"), "MOBILIZE", "CHN")


def test_currency_after_state_still_no_party():
    assert sectors("en", "The Egyptian pound fell against the dollar on Monday.") == []
    assert sectors("id", "Rupiah melemah terhadap dolar AS pada Senin.") == []
