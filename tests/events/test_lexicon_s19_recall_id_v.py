"""Indonesian recall and precision on unseen news (session 19, helper recall_id_v): a jab received
from someone named ("mendapat sindiran dari …"), asking judges to set testimony aside (a request, no
questioning), a promise to cooperate with an inquiry ("akan bersikap kooperatif"), and money asked
for in a graft story (no request) — id/triggers_s19_recall_id_v.yaml — and words like them that are
no event."""

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
            "Kebijakan Presiden Donald Trump mendapat sindiran dari Kanselir Jerman Angela Merkel.",
            "ACCUSE",
            "DEU",
            "USA",
        ),
        ("Jaksa meminta majelis hakim mengesampingkan keterangan saksi itu.", "REQUEST", "IDN", None),
        ("Kuasa hukum terdakwa meminta hakim mengabaikan keterangan saksi ahli dari jaksa.", "REQUEST", "IDN", None),
        (
            "Presiden Korea Selatan Park Geun-hye menegaskan akan bersikap kooperatif dengan para penyelidik.",
            "AGREE",
            "KOR",
            None,
        ),
        ("Menteri Luar Negeri Malaysia siap bertindak kooperatif dalam penyelidikan itu.", "AGREE", "MYS", None),
    ],
)
def test_indonesian_families(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-06-01")
    assert has(found, event, actor, recipient), found


def test_jab_received_points_at_the_subject():
    found = indonesian(
        "Kebijakan Presiden Donald Trump mendapat sindiran dari Kanselir Jerman Angela Merkel.", pub_date="2017-06-01"
    )
    assert not has(found, "ACCUSE", "USA", "DEU"), found


def test_setting_testimony_aside_is_no_questioning():
    found = indonesian("Jaksa meminta majelis hakim mengesampingkan keterangan saksi itu.", pub_date="2017-06-01")
    assert not has(found, "ACCUSE", "IDN"), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a bribe asked for is the crime told, no request between parties
        ("Politisi Golkar itu disebut meminta uang kepada seorang pengusaha.", "REQUEST"),
        # how one behaved while questioned is no promise
        ("Setya Novanto bersikap kooperatif saat diperiksa penyidik KPK.", "AGREE"),
        # a refusal to cooperate is no promise
        ("Presiden Korea Selatan Park Geun-hye tidak akan bersikap kooperatif dengan para penyelidik.", "AGREE"),
    ],
)
def test_near_misses(text, event):
    assert event not in {e for e, _, _ in indonesian(text, pub_date="2017-06-01")}
