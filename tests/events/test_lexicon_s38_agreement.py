"""English and Indonesian coding the same construction the same way (session 38, agreement): the
owner of an Indonesian act's noun is not sought past the noun's own active verb — "Serangan bom
menewaskan lima tentara AS" names those killed, not who attacked, as "Bomb attacks killed five US
soldiers" does in English (attribution.genitive_after). A passive verb or a relative passive after
the noun still leads to its doer ("serangan udara yang dilakukan militer Turki"). And a verb whose own
subject is people no code names ("banyak orang menyalahkan Suriah", "many people blame Syria") has no
party named earlier as its subject in either language."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        ("id", "Serangan bom menewaskan empat polisi Irak di Mosul, kata pejabat setempat.", "IRQ"),
        ("id", "Serangan roket melukai tiga tentara Israel di dekat Sderot pada Selasa malam.", "ISR"),
        ("id", "Ledakan bom mobil menewaskan enam tentara Pakistan di Waziristan Utara.", "PAK"),
        ("en", "A roadside bomb attack killed four Iraqi policemen in Mosul, officials said.", "IRQ"),
        ("en", "A rocket attack wounded three Israeli soldiers near Sderot on Tuesday night.", "ISR"),
    ],
)
def test_those_hit_are_not_the_attacker(lang, text, victim):
    found = coded_in(lang, text, "2007-03-01")
    assert not any(e == "ASSAULT" and victim in a for e, a, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Serangan udara Israel menewaskan enam warga Palestina di Khan Younis.", "ISR", "PSE"),
        ("Serangan udara yang dilakukan militer Turki menghantam desa-desa Kurdi di Irak utara.", "TUR", None),
    ],
)
def test_indonesian_attack_noun_keeps_its_named_doer(text, actor, recipient):
    found = indonesian(text, pub_date="2007-03-01")
    assert has(found, "ASSAULT", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Presiden Lebanon mengatakan, di sana banyak kalangan menyalahkan Suriah atas pembunuhan itu."),
        ("id", "Menteri Irak itu mengakui bahwa banyak orang mengecam Amerika Serikat atas serangan itu."),
        ("en", "The Lebanese president said that in his country many people blame Syria for the killing."),
    ],
)
def test_unnamed_people_speak_for_nobody_named(lang, text):
    found = coded_in(lang, text, "2007-03-01")
    assert not any(e == "ACCUSE" and a for e, a, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Presiden Lebanon mengatakan, pemerintahnya menyalahkan Suriah atas pembunuhan tersebut.", "LBN", "SYR"),
        ("Ribuan warga Palestina mengecam Israel atas serangan itu.", "PSE", "ISR"),
    ],
)
def test_named_subjects_still_accuse(text, actor, recipient):
    found = indonesian(text, pub_date="2007-03-01")
    assert has(found, "ACCUSE", actor, recipient), found
