"""Indonesian recall on unseen wire text (session 18, helper recall_par_id3): money set aside as aid
("mengucurkan 10 juta dolar sebagai bantuan"), a breach the speaker insists another committed
("bersikeras bahwa … melanggar"), a vow not to halt, yield or deal ("bertekad tidak akan
menghentikan") — id/triggers_s18_recall_par_id3.yaml; warplanes named by their speed and an armed
group's "petempur" (actors/sectors_s18_recall_par_id3.yaml); the Niger Delta as no state of Niger
(actors/not_actors.yaml) — and words like them that are no such event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id", pub_date="2007-06-01")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # money dedicated, allocated or poured out as aid
        ("Jepang mengucurkan 10 juta dolar sebagai bantuan bagi Filipina.", "AID", "JPN", "PHL"),
        ("Uni Eropa mengalokasikan 5 juta euro untuk bantuan kemanusiaan bagi Sudan.", "AID", "EUR", "SDN"),
        (
            "Australia menyalurkan 2 juta dolar Australia sebagai bantuan bagi korban gempa di Nepal.",
            "AID",
            "AUS",
            "NPL",
        ),
        # insisting that another party committed a breach: the speaker's accusation
        ("Rusia bersikeras bahwa pesawat tempur Turki itu melanggar wilayah udaranya.", "ACCUSE", "RUS", "TUR"),
        ("Beijing bersikukuh bahwa kapal Jepang melanggar perairannya.", "ACCUSE", "CHN", "JPN"),
        # a vow not to halt, yield or negotiate is a refusal
        ("Korea Utara bertekad tidak akan menghentikan program nuklirnya.", "REJECT", "PRK", None),
        ("Iran bersumpah tidak akan menangguhkan pengayaan uranium.", "REJECT", "IRN", None),
        ("Presiden Filipina berjanji takkan berunding dengan para penculik.", "REJECT", "PHL", None),
        # warplanes named by their speed, an armed group's fighters
        (
            "Di Sri Lanka, pihak militer mengatakan jet-jet supersonik membom markas pemberontak Macan Tamil.",
            "ASSAULT",
            "LKA",
            "LKA",
        ),
        ("Taliban mengatakan petempurnya menculik dua insinyur Jerman di provinsi Kandahar.", "ASSAULT", "AFG", "DEU"),
    ],
)
def test_s18_wire_events(text, event, actor, recipient):
    found = indonesian(text)
    assert has(found, event, actor, recipient), found


def test_vow_not_to_halt_is_no_promise():
    found = indonesian("Korea Utara bertekad tidak akan menghentikan program nuklirnya.")
    assert not has(found, "AGREE", "PRK"), found


def test_niger_delta_is_nigeria():
    found = indonesian(
        "Serangan terhadap kilang minyak sering terjadi di Delta Niger. "
        "Kelompok bersenjata menyandera tiga pekerja minyak pada Selasa."
    )
    assert has(found, "ASSAULT", "NGA"), found
    assert not any("NER" in a or "NER" in r for _, a, r in found), found


def test_troops_backed_by_aircraft_is_no_support():
    found = indonesian("Tentara Sri Lanka didukung oleh jet-jet tempur menyerang markas pemberontak Macan Tamil.")
    assert has(found, "ASSAULT", "LKA"), found
    assert not has(found, "SUPPORT", "LKA"), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a domestic budget line is no aid
        ("Pemerintah mengalokasikan 5 triliun rupiah untuk pembangunan jalan.", "AID"),
        # a promise not to raise prices is no refusal
        ("Presiden berjanji tidak akan menaikkan harga bahan bakar.", "REJECT"),
        # insisting one did NOT breach anything accuses no one
        ("Jepang bersikeras bahwa kapalnya tidak melanggar perairan China.", "ACCUSE"),
        # a promise not to break a truce is no refusal
        ("Hamas berjanji tidak akan melanggar kesepakatan gencatan senjata.", "REJECT"),
        # resolve to stop smuggling is no refusal
        ("Pemerintah bertekad untuk menghentikan penyelundupan narkoba.", "REJECT"),
        # a policy merely planned: no aid yet
        ("Jepang belum memutuskan apakah akan mengucurkan 10 juta dolar sebagai bantuan bagi Filipina.", "AID"),
    ],
)
def test_s18_near_misses(text, event):
    found = indonesian(text)
    assert not any(e == event for e, _, _ in found), found
