"""SUPPORT, CONCEDE and RETREAT families (session 20, weak_types; en/ and id/triggers_s20_weak_types.yaml):
laws scrapped with an adjective between, U-turns, remarks and claims taken back or given up, stepping
aside, seized ships handed back, "berdiri di belakang" a party; and the near misses beside them that
must not code the event (a concession only considered, a town liberated). The near misses that
read well without these files too ("took back control", "berdiri di belakang mimbar") guard the
reach of the new entries. Sentences written for these tests."""

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
        (
            "The Indian government scrapped the controversial land acquisition ordinance after the protests.",
            "CONCEDE",
            "IND",
            None,
        ),
        ("The Nigerian government made a U-turn on the fuel subsidy.", "CONCEDE", "NGA", None),
        ("The Australian prime minister retracted his remarks about the refugees.", "CONCEDE", "AUS", None),
        ("The Malaysian minister took back his words about the migrant workers.", "CONCEDE", "MYS", None),
        ("China gave up its claim to the disputed reef.", "CONCEDE", "CHN", None),
        ("Thailand renounced its claims to the border temple.", "CONCEDE", "THA", None),
        ("The Mexican interior minister stepped aside after the prison escape.", "RETREAT", "MEX", None),
        ("Russia handed back three Ukrainian navy ships.", "RETREAT", "RUS", "UKR"),
        ("Iran released the two detained British tankers.", "RETREAT", "IRN", "GBR"),
    ],
)
def test_english_family(text, event, actor, recipient):
    assert has(english(text), event, actor, recipient)


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Turki menyatakan berdiri di belakang Qatar dalam krisis Teluk.", "SUPPORT", "TUR", "QAT"),
        ("Perdana Menteri Australia menarik kembali pernyataannya tentang pengungsi.", "CONCEDE", "AUS", None),
        ("Menteri Luar Negeri Malaysia menarik kembali kata-katanya soal pekerja migran.", "CONCEDE", "MYS", None),
        ("China melepaskan klaimnya atas karang yang disengketakan.", "CONCEDE", "CHN", None),
        ("Pemerintah Thailand melepas klaim atas kuil di perbatasan.", "CONCEDE", "THA", None),
    ],
)
def test_indonesian_family(text, event, actor, recipient):
    assert has(indonesian(text), event, actor, recipient)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # only weighed, not done
        ("The Thai cabinet said it had to consider lifting the ban on rice exports.", "RETREAT"),
        # taking back a town is no concession
        ("The rebels took back control of the town.", "CONCEDE"),
        # ships handed over are not handed back
        ("The United States handed over two patrol ships to the Philippine navy.", "RETREAT"),
    ],
)
def test_english_near_miss(text, event):
    assert event not in {e for e, _, _ in english(text)}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # liberating a land or a town is no release of persons
        ("Kota itu dibebaskan dengan damai oleh tentara Vietnam pada 1975, kata media pemerintah.", "RETREAT"),
        ("Militer Irak mengklaim telah membebaskan kota Mosul dari ISIS.", "RETREAT"),
        # standing behind a lectern
        ("Presiden Turki berdiri di belakang mimbar dan menyampaikan pidato.", "SUPPORT"),
        # drawing attention is not taking words back
        ("Menteri Australia itu menarik perhatian para wartawan.", "CONCEDE"),
    ],
)
def test_indonesian_near_miss(text, event):
    assert event not in {e for e, _, _ in indonesian(text)}
