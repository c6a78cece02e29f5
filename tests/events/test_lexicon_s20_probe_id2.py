"""Indonesian triggers from coding whole short articles (session 20, helper probe_id2;
id/triggers_s20_probe_id2.yaml): an ambassador summoned "to protest" or "to ask for an explanation"
when a country and a city stand between the title and the purpose (the purpose clause is the
summoner's, not a second act by the envoy), an order to stop an attack (a demand, not a ceasefire),
tariffs lifted, an asset freeze announced — and words like them that are no such event."""

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
            "Mahkamah Internasional memerintahkan Rusia untuk segera menghentikan operasi militernya.",
            "REQUEST",
            "UNO",
            "RUS",
        ),
        ("Kanada mencabut sebagian besar tarif atas baja Meksiko.", "RETREAT", "CAN", "MEX"),
        ("Tarif atas jelai Australia dihapuskan oleh China pada Jumat.", "RETREAT", "CHN", "AUS"),
        ("Kanada mengumumkan pembekuan aset sejumlah pejabat Belarus.", "SANCTION", "CAN", "BLR"),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2023-05-12")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "Kementerian Luar Negeri Peru memanggil duta besar Chile di Lima untuk menyampaikan protes.",
        "Pemerintah Peru memanggil duta besar Chile di Lima untuk meminta penjelasan.",
        "Peru memanggil Duta Besar Chile di Lima untuk memprotes penangkapan nelayannya.",
    ],
)
def test_summons_is_one_accusation_by_the_summoner(text):
    found = indonesian(text, pub_date="2023-05-12")
    assert has(found, "ACCUSE", "PER", "CHL"), found
    assert not any("CHL" in a for _, a, _ in found), found
    assert not any(e in ("PROTEST", "REQUEST") for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kanada belum mencabut tarif atas baja Meksiko.", "RETREAT"),
        ("Operator seluler itu menghapus tarif roaming bagi pelanggannya.", "RETREAT"),
        ("Belum jelas apakah mahkamah akan memerintahkan Rusia untuk menghentikan serangan.", "REQUEST"),
        ("Kanada belum mengumumkan pembekuan aset pejabat Belarus.", "SANCTION"),
    ],
)
def test_near_misses(text, event):
    found = indonesian(text, pub_date="2023-05-12")
    assert not any(e == event for e, _, _ in found), found
