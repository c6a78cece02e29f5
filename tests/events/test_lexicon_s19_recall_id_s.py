"""Indonesian recall on unseen news (session 19, helper recall_id_s): naming someone as the right person
("sosok yang tepat adalah ..."), backing someone for an office by name ("menjagokan ...", "mengusulkan ...
sebagai calon ...") — endorsements — and an appeal to social-media users, which a stop entry for service
notices to passengers and road users swallowed (id/triggers_s19_recall_id_s.yaml); Golkar officials of the
2016-2018 leadership quarrels (actors/people/s19_recall_id_s.tsv) — and words like them that are no event:
a denied or unnamed endorsement, a proposal of a sum, a notice to road users."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Menurut Yorrys Raweyai, sosok yang tepat adalah Airlangga Hartarto.", "SUPPORT", "IDN", "IDN"),
        ("Nurdin Halid menilai figur yang paling layak ialah Gatot Nurmantyo.", "SUPPORT", "IDN", "IDN"),
        (
            "Sejumlah pengurus daerah Golkar menjagokan Airlangga Hartarto dalam musyawarah nasional.",
            "SUPPORT",
            "IDN",
            "IDN",
        ),
        ("Partai Golkar mengusulkan Airlangga Hartarto sebagai pelaksana tugas ketua umum.", "SUPPORT", "IDN", "IDN"),
        ("PDIP merekomendasikan Djarot Saiful Hidayat sebagai calon gubernur Sumatera Utara.", "SUPPORT", "IDN", "IDN"),
        ("Polisi mengimbau para pengguna media sosial agar menahan diri menjelang pilkada.", "REQUEST", "IDN", None),
        ("Kapolri meminta pengguna medsos tidak menyebarkan kabar bohong.", "REQUEST", "IDN", None),
        ("Aziz Syamsuddin mengkritik keputusan Komisi Pemberantasan Korupsi.", "ACCUSE", "IDN", "IDN"),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-10-05")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Menurut Yorrys Raweyai, sosok yang tepat adalah orang yang bersih dari kasus korupsi.", "SUPPORT"),
        ("Fadli Zon tidak menjagokan Airlangga Hartarto dalam musyawarah itu.", "SUPPORT"),
        ("Menurut Fadli Zon, calon yang tidak layak maju adalah Setya Novanto.", "SUPPORT"),
        ("Menteri itu mengusulkan anggaran tersebut menjadi Rp 10 triliun.", "SUPPORT"),
        ("Polisi mengimbau pengguna jalan menghindari ruas tol itu selama perbaikan.", "REQUEST"),
    ],
)
def test_not_an_event(text, event):
    found = indonesian(text, pub_date="2017-10-05")
    assert not any(e == event for e, _, _ in found), found
