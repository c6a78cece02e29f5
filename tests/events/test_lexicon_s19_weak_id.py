"""Indonesian SUPPORT precision (session 19, helper weak_id): a sponsor named in passing is no act of
support — an attack or a militia said, hedged, to be backed by a state ("serangan yang diduga didukung
…"), and troops labelled by whom they back ("tentara …, yang mendukung pemerintah sementara")
(id/triggers_s19_weak_id.yaml). Each near miss is paired with the act itself, which still codes.
And a concession promised, not made: accepting a deal to release or open ("menerima kesepakatan … untuk
membebaskan …") and vowing it ("bersumpah memulangkan …") are AGREE, not the release told as done."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("near_miss", "act", "actor", "recipient"),
    [
        (
            "Tiga polisi Kenya tewas dalam serangan yang diduga didukung oleh Somalia itu.",
            "Somalia mendukung pemerintah Kenya dalam perundingan itu.",
            "SOM",
            "KEN",
        ),
        (
            "Dua penjaga perbatasan India tewas dalam serangan yang disebut didukung Pakistan.",
            "Pakistan mendukung usulan India di forum itu.",
            "PAK",
            "IND",
        ),
        (
            "Pos militer Irak diserang milisi yang dituding didukung oleh Iran.",
            "Iran mendukung pemerintah Irak.",
            "IRN",
            "IRQ",
        ),
    ],
)
def test_hedged_backer_is_no_support(near_miss, act, actor, recipient):
    found = indonesian(near_miss, pub_date="2017-06-10")
    assert not has(found, "SUPPORT", actor), found
    found = indonesian(act, pub_date="2017-06-10")
    assert has(found, "SUPPORT", actor, recipient), found


@pytest.mark.parametrize(
    ("near_miss", "act", "actor", "recipient"),
    [
        (
            "Para tetua suku berunding dengan tentara Ethiopia, yang mendukung pemerintah sementara Somalia.",
            "Ethiopia mendukung pemerintah sementara Somalia.",
            "ETH",
            "SOM",
        ),
        (
            "Warga desa itu mengungsi dari pasukan Rwanda yang mendukung pemberontak di Kongo.",
            "Rwanda mendukung pemerintah Kongo.",
            "RWA",
            "COD",
        ),
        (
            "Kota pelabuhan itu dijaga serdadu Uni Emirat Arab, yang menyokong pemerintah Yaman.",
            "Uni Emirat Arab menyokong pemerintah Yaman.",
            "ARE",
            "YEM",
        ),
    ],
)
def test_troops_labelled_by_whom_they_back_is_no_support(near_miss, act, actor, recipient):
    found = indonesian(near_miss, pub_date="2007-05-27")
    assert not any(e == "SUPPORT" for e, _, _ in found), found
    found = indonesian(act, pub_date="2007-05-27")
    assert has(found, "SUPPORT", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Iran menerima kesepakatan pekan ini untuk membebaskan dua pelaut Inggris.", "IRN", None),
        ("Korea Utara menerima perjanjian bulan ini untuk mengizinkan pengawas PBB masuk.", "PRK", None),
        ("Perdana Menteri Israel bersumpah memulangkan para diplomat itu dari Yordania.", "ISR", None),
        ("Presiden Filipina bersumpah membebaskan para nelayan Vietnam secepatnya.", "PHL", None),
    ],
)
def test_a_concession_promised_is_an_agreement_not_the_act(text, actor, recipient):
    found = indonesian(text, pub_date="2017-07-25")
    assert has(found, "AGREE", actor, recipient), found
    assert not any(e in ("RETREAT", "CONCEDE") for e, _, _ in found), found


def test_a_vow_of_revenge_stays_a_threat_and_a_release_done_a_retreat():
    found = indonesian("Perdana Menteri Israel bersumpah membalas serangan itu.", pub_date="2017-07-25")
    assert has(found, "THREATEN", "ISR") and not has(found, "AGREE", "ISR"), found
    found = indonesian("Iran membebaskan dua pelaut Inggris.", pub_date="2017-07-25")
    assert has(found, "RETREAT", "IRN", "GBR"), found
    found = indonesian(
        "Iran menerima kesepakatan pekan ini untuk membebaskan dua pelaut Inggris.", pub_date="2017-07-25"
    )
    assert not has(found, "RETREAT", "IRN"), found
