"""Indonesian recall on unseen news (session 19, helper recall_id_r): a police complaint told with its offence
or article ("dilaporkan atas dugaan ...", "melaporkan ... dengan pasal ..."), a complaint called forced (a
denial), a body hoping the police or prosecutors arrest or uncover someone (a request to them)
(id/triggers_s19_recall_id_r.yaml), an advocates' group and a Catholic students' union as actors
(actors/bodies_s19_recall_id_r.yaml), a Gerindra official (actors/people/s19_recall_id_r.tsv) — and words
like them that are no event: heedless of one's own safety, a family visit to a detainee, a suit only foreseen."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        (
            "Gubernur Jawa Tengah Ganjar Pranowo dilaporkan atas dugaan pencemaran nama baik oleh PMKRI.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
        (
            "Perhimpunan Mahasiswa Katolik Republik Indonesia melaporkan Rizieq Shihab dengan pasal penodaan agama.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
        ("Advokat Cinta Tanah Air melaporkan Ahok atas dugaan penistaan agama.", "ACCUSE", "IDN", "IDN"),
        (
            "Komisi Pemberantasan Korupsi berharap polisi segera menangkap penyerang penyidiknya.",
            "REQUEST",
            "IDN",
            "IDN",
        ),
        ("Febri Diansyah berharap agar polisi segera mengungkap pelaku penyerangan itu.", "REQUEST", "IDN", "IDN"),
        ('"Laporan itu sangat dipaksakan," kata Habiburokhman.', "REJECT", "IDN", None),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-06-06")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Menurut Menteri Dalam Negeri Tjahjo Kumolo, tokoh itu tidak menghiraukan keselamatan nyawanya.", "REJECT"),
        ("Istri Ahok dan anak-anaknya bakal menyambangi sang suami di Mako Brimob.", "AGREE"),
        (
            "Puluhan pengacara disiapkan PMKRI untuk menghadapi segala kemungkinan termasuk adanya gugatan balik"
            " dari pihak FPI.",
            "ACCUSE",
        ),
        ("Polisi berharap bisa segera menangkap pelaku penyerangan itu.", "REQUEST"),
        ("Habiburokhman tidak melaporkan Ahok atas dugaan penistaan agama.", "ACCUSE"),
    ],
)
def test_near_misses(text, event):
    found = indonesian(text, pub_date="2017-06-06")
    assert not any(e == event for e, _, _ in found), found
