"""English/Indonesian agreement on parallel wire text (session 19, helper agree3).

English (en/triggers_s19_agree3.yaml, actors/sectors_s19_agree3.yaml): air sorties against a target,
troops sent to serve in peacekeeping, supersonic jets as the air force, and fighting for independence
that is a cause, no attack. Indonesian (id/triggers_s19_agree3.yaml): the military arriving somewhere
is deployed (arriving for a visit stays a visit, arriving at the scene is nothing), taking over a
stronghold or an area, and attacks an act is meant to quell that are no one's deed. Every sentence
here is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        (
            "Sri Lankan warplanes flew sorties for a second day against LTTE positions near Jaffna.",
            "ASSAULT",
            "LKA",
            None,
        ),
        (
            "Sri Lanka's military said supersonic jets bombed rebel positions in the east on Monday.",
            "ASSAULT",
            "LKA",
            None,
        ),
        ("Nepal has sent 900 soldiers to participate in UN peacekeeping operations.", "AID", "NPL", "UNO"),
        ("Bangladesh deployed 300 police officers to take part in U.N. peacekeeping in Haiti.", "AID", "BGD", None),
    ],
)
def test_english_families(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # a cause held, no attack
        "The Free Aceh Movement, which fought for independence for three decades, signed the accord in Helsinki.",
        "The Polisario Front has been fighting for self-determination for Western Sahara since 1973.",
    ],
)
def test_english_fighting_for_a_cause_is_no_attack(text):
    found = english(text, pub_date="2007-06-01")
    assert not any(event == "ASSAULT" for event, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Kapal perusak Jepang Kirishima tiba di Laut Merah pekan lalu, kata Tokyo.", "MOBILIZE", "JPN", None),
        ("Kapal induk Amerika USS Nimitz tiba di Teluk Persia pada hari Senin.", "MOBILIZE", "USA", None),
        ("Pasukan Ethiopia tiba di Mogadishu, Selasa.", "MOBILIZE", "ETH", None),
        ("Tentara Sri Lanka mengambilalih daerah kekuasaan pemberontak Macan Tamil di Vakarai.", "COERCE", "LKA", None),
        ("Pasukan Irak merebut kubu terakhir milisi di Najaf, Minggu.", "COERCE", "IRQ", None),
        ("Pasukan Ethiopia mengambil alih daerah itu dari milisi Islam, Minggu.", "COERCE", "ETH", None),
    ],
)
def test_indonesian_families(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


def test_indonesian_commander_arriving_for_a_visit_is_a_visit():
    found = indonesian("Panglima TNI tiba di Beijing untuk kunjungan tiga hari.", pub_date="2007-06-01")
    assert has(found, "CONSULT", "IDN", "CHN") and not has(found, "MOBILIZE", "IDN"), found


@pytest.mark.parametrize(
    "text",
    [
        # arriving at the scene is no deployment
        "Beberapa tentara yang tiba di lokasi membantu mengevakuasi warga, kata polisi Aceh.",
        # not arrived: negated
        "Kapal perang Inggris HMS Cornwall belum tiba di Teluk, kata London.",
    ],
)
def test_indonesian_arrivals_that_are_no_deployment(text):
    found = indonesian(text, pub_date="2007-06-01")
    assert not any(event == "MOBILIZE" for event, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a political camp and an airspace are no stronghold taken
        "Partai itu berupaya merebut suara dari kubu lawan di Jawa Timur.",
        "Indonesia ingin mengambilalih wilayah udara di atas Natuna dari Singapura.",
    ],
)
def test_indonesian_takeovers_that_are_no_seizure(text):
    found = indonesian(text, pub_date="2007-06-01")
    assert not any(event == "COERCE" for event, _, _ in found), found


def test_indonesian_attacks_to_be_quelled_are_no_attack():
    found = indonesian(
        "Bush akan mengirim pasukan tambahan ke Irak untuk membantu meredam serangan para pemberontak.",
        pub_date="2007-06-01",
    )
    assert not any(event == "ASSAULT" for event, _, _ in found), found
