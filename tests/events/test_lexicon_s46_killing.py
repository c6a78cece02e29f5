"""A verb of killing or wounding after a comma tells the toll of the attack before it (session 46,
killing; attribution.attack_before_toll): its doer is that clause's subject — or the agent of a
passive clause — not the party last named in the attack's object; the toll then reads as the attack
told again. Own sentences, both languages alike; near misses: a disaster's toll, an attack whose
toll names no party."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "wrong"),
    [
        ("en", "Russian artillery shelled a Ukrainian village near Kharkiv, killing four civilians.",
         "RUS", "UKR", "UKR"),
        ("en", "Ethiopian troops attacked an Eritrean border post on Sunday, wounding three soldiers.",
         "ETH", "ERI", "ERI"),
        ("en", "A Syrian army post near Idlib was attacked by Turkish drones on Monday, killing six soldiers.",
         "TUR", "SYR", "SYR"),
        ("id", "Artileri Rusia menggempur sebuah desa Ukraina dekat Kharkiv, menewaskan empat warga sipil.",
         "RUS", "UKR", "UKR"),
        ("id", "Pasukan Ethiopia menyerang pos perbatasan Eritrea pada Minggu, melukai tiga tentara.",
         "ETH", "ERI", "ERI"),
        ("id", "Pos tentara Suriah di dekat Idlib diserang oleh drone Turki pada Senin, menewaskan enam tentara.",
         "TUR", "SYR", "SYR"),
    ],
)
def test_toll_of_attack_is_the_attackers(lang, text, actor, recipient, wrong):
    found = coded_in(lang, text, pub_date="2020-03-02")
    assert has(found, "ASSAULT", actor, recipient), found
    # the victims' side does not attack its own people
    assert not any(e == "ASSAULT" and wrong in a for e, a, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A landslide struck a village in Nepal, killing 12 people."),
        ("id", "Tanah longsor melanda sebuah desa di Nepal, menewaskan 12 orang."),
    ],
)
def test_toll_of_disaster_is_no_attack(lang, text):
    found = coded_in(lang, text, pub_date="2020-03-02")
    assert not any(e == "ASSAULT" for e, _, _ in found), found
