"""People the actor lists lack, introduced once by whom they act for (session 32, introduced;
actors/match.py affiliated_name and proxy_holder, grammar `affiliation_preps` and `proxy_titles`):
"Ade Wiranata dari LBH Jakarta", "Kenneth Rothbauer of Human Rights Watch" are of that body, and a
client's lawyer named after a comma ("Kuasa hukum Rizieq, Sugito Atmo Pawiro", "Rizieq's lawyer,
Sugito Atmo Pawiro") is a lawyer of the client's state, not the client; a later bare "Ade",
"Rothbauer", "Sugito" takes that actor. Near misses: a single word after the comma or before
"dari" introduces no one. Own sentences written for warta."""

from __future__ import annotations

import pytest

import warta


def actors_of(lang: str, text: str, event: str, pub_date: str = "2017-07-25") -> list[tuple[str, str, str]]:
    """(code, sector, name) of the actors of every event of the type coded in the text."""
    return [
        (a.code, a.sector, a.name)
        for e in warta.code(text, lang=lang, pub_date=pub_date)
        if e.event == event
        for a in e.actor
    ]


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        (
            "id",
            "Pemprov DKI menggusur ratusan rumah di Bukit Duri. Ade Wiranata dari LBH Jakarta mengatakan "
            "penggusuran itu melanggar hukum. Ade mengecam Pemprov DKI.",
            ("IDN", "NGO", "Ade Wiranata"),
        ),
        (
            "en",
            "Police arrested ten people in Cairo. Kenneth Rothbauer of Human Rights Watch said the arrests "
            "were unlawful. Rothbauer criticized the Egyptian police.",
            ("NGO", "", "Kenneth Rothbauer"),
        ),
        (
            "en",
            "Police arrested ten people in Cairo. Kenneth Rothbauer from Amnesty International said the "
            "arrests were unlawful. Rothbauer criticized the Egyptian police.",
            ("NGO", "", "Kenneth Rothbauer"),
        ),
        (
            "id",
            "Polisi menetapkan Rizieq sebagai tersangka. Kuasa hukum Rizieq, Sugito Atmo Pawiro mengatakan "
            "kliennya tidak bersalah. Sugito mengecam polisi.",
            ("IDN", "JUD", "Sugito Atmo Pawiro"),
        ),
        (
            "en",
            "Police named Rizieq a suspect. Rizieq's lawyer, Sugito Atmo Pawiro, said his client was "
            "innocent. Sugito criticized the police.",
            ("IDN", "JUD", "Sugito Atmo Pawiro"),
        ),
        (
            "id",
            "Kementerian Agama mencabut izin biro perjalanan itu. Kuasa hukum Hanson Ventura, Hendra "
            "Wiratmaja, mengatakan izin kliennya dicabut. Hendra mengecam Kementerian Agama.",
            ("IDN", "JUD", "Hendra Wiratmaja"),
        ),
    ],
)
def test_a_later_bare_name_takes_the_actor_its_introduction_gave(lang, text, actor):
    assert actor in actors_of(lang, text, "ACCUSE"), actors_of(lang, text, "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text", "nobody"),
    [
        # one word before "dari" is no full name: "Ade" stays unknown, LBH still speaks
        (
            "id",
            "Pemprov DKI menggusur ratusan rumah di Bukit Duri. Ade dari LBH Jakarta mengatakan penggusuran "
            "itu melanggar hukum. Ade mengecam Pemprov DKI.",
            "Ade",
        ),
        # one word after the comma: no holder named, the lawyer is not "Sugito"
        (
            "id",
            "Polisi menetapkan Rizieq sebagai tersangka. Kuasa hukum Rizieq, Sugito, mengatakan kliennya "
            "tidak bersalah. Sugito mengecam polisi.",
            "Sugito",
        ),
    ],
)
def test_no_one_is_introduced_by_a_single_word(lang, text, nobody):
    assert all(nobody not in name for _, _, name in actors_of(lang, text, "ACCUSE"))


def test_a_bare_title_word_before_a_body_names_its_person():
    """ "kata Mamadou Bah, wakil Afrika Bersatu": a title word between the comma and the body (grammar
    `apposed_titles`), as English "Mamadou Bah, AU representative" — Bah is the AU's later too."""
    text = (
        "Pasukan Afrika Bersatu tiba di Bujumbura. Pasukan itu terdiri dari 500 tentara, kata Jean Ndikumana, "
        "wakil Afrika Bersatu di Burundi, kepada wartawan. Ndikumana mengecam pemerintah Burundi."
    )
    assert ("IGO", "", "Jean Ndikumana") in actors_of("id", text, "ACCUSE")


def test_a_place_before_the_comma_is_no_name_a_title_word_points_at():
    """ "Di Gitega Utara, wakil Afrika Bersatu …": a place after a preposition is no person."""
    text = (
        "Pasukan Afrika Bersatu tiba di Bujumbura. Di Gitega Utara, wakil Afrika Bersatu di Burundi "
        "mengecam pemerintah Burundi."
    )
    assert all("Gitega" not in name for _, _, name in actors_of("id", text, "ACCUSE"))
