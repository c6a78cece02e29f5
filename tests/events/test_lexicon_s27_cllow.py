"""Session 27 (cllow): wordings of the weakest types that the s27 checklist found missing —
territory handed back, blame accepted, responsibility recognised, an admitted killing, restrictions
scrapped, troops that trained together, cargo far from its delivery verb, aid sums cut
(en/triggers/s27_cllow.yaml); airspace and borders reopened, detainees let go, captives handed
back, quarantine rules scrapped, export curbs on a named state, an apology with regret, an admitted
act (id/triggers/s27_cllow.yaml) — and words like them that are no event. Sentences written for warta."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "pub_date"),
    [
        (
            "Serbian forces handed the disputed district back to Kosovo under the deal.",
            "RETREAT",
            "SRB",
            "XKX",
            "2015-06-10",
        ),
        (
            "The Dutch government accepted the blame for the failures of its tax office.",
            "CONCEDE",
            "NLD",
            None,
            "2021-01-15",
        ),
        (
            "The Portuguese president recognised his country's responsibility for the colonial massacres.",
            "CONCEDE",
            "PRT",
            None,
            "2023-04-25",
        ),
        (
            "The Israeli army admitted that an air strike on the camp had killed 12 civilians.",
            "CONCEDE",
            "ISR",
            None,
            "2023-11-01",
        ),
        (
            "Japan acknowledged for the first time that it had committed abuses in the occupied territories.",
            "CONCEDE",
            "JPN",
            None,
            "2015-08-14",
        ),
        (
            "Singapore scrapped most of its remaining COVID-19 quarantine rules on Tuesday.",
            "CONCEDE",
            "SGP",
            None,
            "2022-04-26",
        ),
        (
            "Malaysian and Thai soldiers trained together near the border last week.",
            "COOPERATE",
            "MYS",
            "THA",
            "2019-05-10",
        ),
        ("Poland delivered its first batch of modern tanks to Ukraine on Friday.", "AID", "POL", "UKR", "2022-07-22"),
        ("Japan dispatched a team of army medics to quake-hit Nepal.", "AID", "JPN", "NPL", "2015-04-28"),
        (
            "Canada suspended 40 million dollars of funding to the Palestinian Authority.",
            "SANCTION",
            "CAN",
            None,
            "2015-06-10",
        ),
    ],
)
def test_english_family(text, event, actor, recipient, pub_date):
    found = english(text, pub_date=pub_date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "pub_date"),
    [
        ("Turki membuka kembali wilayah udaranya bagi maskapai Armenia.", "RETREAT", "TUR", None, "2022-02-10"),
        (
            "Kuwait membuka kembali wilayah udara dan perbatasan daratnya bagi Irak.",
            "RETREAT",
            "KWT",
            None,
            "2004-05-01",
        ),
        (
            "Kepolisian Belarus melepaskan lebih dari 500 orang yang ditahan sejak pemilu.",
            "RETREAT",
            "BLR",
            None,
            "2020-08-15",
        ),
        (
            "Ukraina menyerahkan kembali dua pilot Rusia yang ditawan kepada Moskow.",
            "RETREAT",
            "UKR",
            "RUS",
            "2022-05-01",
        ),
        ("Jepang menghapus kewajiban karantina bagi pendatang dari luar negeri.", "CONCEDE", "JPN", None, "2022-10-11"),
        (
            "Jepang memberlakukan pembatasan ekspor bahan semikonduktor terhadap Korea Selatan.",
            "SANCTION",
            "JPN",
            "KOR",
            "2019-07-04",
        ),
        (
            "Raja Belanda menyampaikan permintaan maaf dan penyesalan kepada rakyat Indonesia.",
            "CONCEDE",
            "NLD",
            None,
            "2020-03-10",
        ),
        ("Myanmar mengakui telah menahan dua wartawan asing tanpa dakwaan.", "CONCEDE", "MMR", None, "2018-01-10"),
    ],
)
def test_indonesian_family(text, event, actor, recipient, pub_date):
    found = indonesian(text, pub_date=pub_date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The relay team trained together for a month before the games.", "COOPERATE"),
        ("en", "The board scrapped the dress rules for the summer.", "CONCEDE"),
        ("en", "The club dropped most of its covid-era ticket rules, fans said.", "SANCTION"),
        ("en", "The referee took the blame, fans said, though he did nothing wrong.", "CONCEDE"),
        ("id", "Polisi melepaskan tembakan peringatan untuk membubarkan warga yang ditahan di pos itu.", "RETREAT"),
        ("id", "Museum itu membuka kembali ruang pamer setelah direnovasi.", "RETREAT"),
        ("id", "Pemerintah belum menghapus kewajiban karantina bagi pelancong.", "CONCEDE"),
    ],
)
def test_near_misses(lang, text, event):
    found = coded_in(lang, text, "2022-06-01")
    assert all(e != event for e, _, _ in found), found
