"""Indonesian ACCUSE recall (session 23, recall_acc_id): doubting good faith ("menyangsikan
netralitas"), a headline's bare "Soroti", criticism thrown with its thrower right after the passive
verb ("kritik keras dilontarkan Rusia terhadap NATO") — id/triggers_s23_recall_acc_id.yaml — and near
misses that must not code it. (The charge an arrest is made on stays part of the arrest:
tests/events/test_lexicon_agree.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # doubting good faith
        ("Pemerintah Iran menyangsikan komitmen Amerika Serikat terhadap kesepakatan nuklir.", "IRN", "USA"),
        ("Partai oposisi Kamboja menyangsikan netralitas Komisi Pemilihan Umum Kamboja.", "KHM", "KHM"),
        # a headline's bare "Soroti"
        ("Komnas HAM Soroti Kekerasan Polisi terhadap Mahasiswa di Makassar", "IDN", "IDN"),
        ("Bawaslu Soroti Pelanggaran Kampanye Partai Golkar", "IDN", "IDN"),
        # criticism thrown, its thrower right after the passive verb
        ("Kritik keras dilontarkan Rusia terhadap NATO setelah latihan di Polandia.", "RUS", "IGO"),
        ("Kecaman juga disuarakan Pemerintah Turki terhadap Israel.", "TUR", "ISR"),
    ],
)
def test_accuse_families(text, actor, recipient):
    found = indonesian(text, pub_date="2017-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # negated
        "Pemerintah Jepang tidak menyangsikan komitmen Amerika Serikat.",
        # a search light, no criticism
        "Lampu Soroti Panggung Utama di Jakarta",
        # praise passed on, no criticism
        "Ucapan selamat disampaikan Pemerintah Malaysia kepada Indonesia.",
    ],
)
def test_accuse_near_misses(text):
    found = indonesian(text, pub_date="2017-06-10")
    assert not any(e == "ACCUSE" for e, _, _ in found), found
