"""English and Indonesian coding of the same news aligned (session 31, agreeid): an act done "by
V-ing" after the clause's own verb is the clause subject's ("Iran retaliated by expelling two
diplomats", attribution.manner_gerund), and Indonesian bare "amnesti" names a measure, as bare
"amnesty" does in English — a pardon is granted with a verb, and one only weighed ("mempertimbangkan
pemberian amnesti") is no event (id/triggers/concede.yaml, not_events.yaml, from s31_agreeid)."""

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
        ("Moscow retaliated by expelling three Polish diplomats.", "SANCTION", "RUS", "POL"),
        ("Pyongyang hit back by walking out of the ministerial talks with Seoul.", "SANCTION", "PRK", None),
        ("Hamas militants responded by firing rockets into southern Israel.", "ASSAULT", "PSE", "ISR"),
        ("The Kenyan government reacted by recalling its ambassador from Somalia.", "SANCTION", "KEN", "SOM"),
    ],
)
def test_english_act_by_gerund_is_the_subjects(text, event, actor, recipient):
    found = english(text, pub_date="2010-05-04")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Junta Myanmar memberikan amnesti kepada ribuan narapidana.", "CONCEDE", "MMR", None),
        ("Pemerintah Afghanistan mengumumkan amnesti umum bagi gerilyawan Taliban.", "CONCEDE", "AFG", None),
        ("Parlemen Aljazair mengesahkan undang-undang amnesti bagi pemberontak yang menyerah.", "CONCEDE", "DZA", None),
    ],
)
def test_indonesian_amnesty_granted(text, event, actor, recipient):
    found = indonesian(text, pub_date="2010-05-04")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Dozens of villagers were killed by shelling of the town.", "ASSAULT"),
        ("en", "France could help end the standoff by putting pressure on Damascus.", "REQUEST"),
        ("id", "Menurut menteri itu, ada berbagai jenis amnesti bagi para pemberontak.", "CONCEDE"),
        ("id", "Pemerintah Irak mempertimbangkan pemberian amnesti kepada para pemberontak.", "CONCEDE"),
        ("id", "Kabinet sedang menimbang pencabutan sanksi terhadap perusahaan itu.", "RETREAT"),
        ("id", "Amnesti Internasional mengecam hukuman mati itu.", "CONCEDE"),
    ],
)
def test_alignment_near_misses(lang, text, event):
    found = coded_in(lang, text, "2010-05-04")
    assert all(e != event for e, _, _ in found), found
