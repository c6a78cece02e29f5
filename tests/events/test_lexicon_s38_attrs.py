"""Sectors of the parties of coded events (session 38, attrs; grammar `person_nouns`,
`person_compounds`, `public_nouns`): a private person named beside a state ("seorang pria Australia",
"a Palestinian teenager") is that state's civilians (CVL), not its government; the public as the
object of an authority's appeal ("mengimbau masyarakat", "urged the public") makes the guessed target
at home the state's civilians — and near misses: a passenger jet, a person with no state beside it,
a named body as the object."""

from __future__ import annotations

import pytest

import warta


def sectors(lang: str, text: str, event: str, side: str, pub_date: str = "2023-05-10") -> set[tuple[str, str]]:
    """(code, sector) of the parties on one side of the events of a type warta codes in a text."""
    return {
        (p.code, p.sector)
        for e in warta.code(text, lang=lang, pub_date=pub_date)
        if e.event == event
        for p in getattr(e, side)
    }


@pytest.mark.parametrize(
    ("lang", "text", "event", "party"),
    [
        ("en", "Israeli troops shot dead a Palestinian teenager near Jenin on Tuesday.", "ASSAULT", ("PSE", "CVL")),
        ("en", "Gunmen kidnapped two Italian tourists in southern Niger on Sunday.", "ASSAULT", ("ITA", "CVL")),
        ("id", "Polisi Malaysia menangkap seorang pria Singapura di Johor Bahru.", "COERCE", ("SGP", "CVL")),
        ("id", "Tentara Myanmar menembak mati dua remaja Thailand di dekat perbatasan.", "ASSAULT", ("THA", "CVL")),
        ("id", "Kelompok bersenjata menculik tiga orang Korea Selatan di Nigeria.", "ASSAULT", ("KOR", "CVL")),
    ],
)
def test_person_beside_a_state_is_its_civilians(lang, text, event, party):
    assert party in sectors(lang, text, event, "recipient")


@pytest.mark.parametrize(
    ("lang", "text", "event", "party"),
    [
        # a passenger jet or bus is no person (person_compounds)
        ("en", "Iran shot down a Ukrainian passenger jet near Tehran.", "ASSAULT", ("UKR", "CVL")),
        ("en", "Russian jets bombed a Syrian passenger bus near Idlib.", "ASSAULT", ("SYR", "CVL")),
        ("id", "Polisi Malaysia menangkap seorang pejabat Singapura di Johor Bahru.", "COERCE", ("SGP", "CVL")),
        # a people named beside the noun: the name says who they are ("orang Rohingya" is no new party)
        ("id", "Pemerintah India akan mengusir orang Rohingya dari Jammu.", "THREATEN", ("MMR", "CVL")),
    ],
)
def test_person_nouns_near_misses(lang, text, event, party):
    found = sectors(lang, text, event, "recipient")
    assert found and party not in found, found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "Kepolisian daerah setempat meminta masyarakat tetap tenang dan tidak terprovokasi.", "REQUEST"),
        ("id", "Polisi mengimbau warganet agar tidak menyebarkan kabar bohong soal penculikan.", "REQUEST"),
        ("en", "Police in Lagos called on members of the public to come forward with information.", "REQUEST"),
        ("en", "Kenyan police urged the public to stay away from the flooded roads in Nairobi.", "REQUEST"),
    ],
)
def test_the_public_addressed_is_civilians(lang, text, event):
    found = sectors(lang, text, event, "recipient")
    assert found and all(sector == "CVL" for _, sector in found), found


def test_a_body_addressed_keeps_its_sector():
    # "meminta pihak kepolisian": the body the object names, not the public
    found = sectors("id", "Gubernur itu meminta pihak kepolisian mengusut kasus tersebut.", "REQUEST", "recipient")
    assert ("IDN", "CVL") not in found, found


def modes(lang: str, text: str, event: str, pub_date: str = "2023-05-10") -> set[str]:
    return {e.mode for e in warta.code(text, lang=lang, pub_date=pub_date) if e.event == event}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A US gunship hit three villages in southern Somalia late on Monday."),
        ("en", "Turkish forces killed twelve militants in an airstrike near the border on Friday."),
        ("id", "Helikopter-helikopter Israel menyerang Jalur Gaza utara pada Sabtu malam."),
        ("id", "Pasukan Nigeria menewaskan dua puluh militan dalam serangan udara di Borno."),
    ],
)
def test_attack_from_the_air_is_aerial(lang, text):
    assert "aerial" in modes(lang, text, "ASSAULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # gunmen on the ground, and an attack whose own mode is said
        ("en", "Gunmen attacked a police convoy near Peshawar on Friday."),
        ("id", "Orang-orang bersenjata menyerang konvoi polisi di dekat Peshawar, Jumat."),
        ("en", "Taliban fighters shot dead two Afghan soldiers near Kandahar airport on Friday."),
    ],
)
def test_ground_attacks_are_not_aerial(lang, text):
    found = modes(lang, text, "ASSAULT")
    assert found and "aerial" not in found, found
