"""A sector noun marked as one already named (actors/match.py `points_back`): "pasukan itu",
"polisi tersebut", "those troops" are the troops, police or militants the text named with that
noun a moment before — not the scene's own."""

from __future__ import annotations

from conftest import coded_in


def coded(text: str, lang: str, pub_date: str = "2024-03-01"):
    return coded_in(lang, text, pub_date)


def test_those_troops_are_the_troops_named_before():
    events = coded("NATO troops entered the town on Monday. Russia said it would attack those troops.", "en")
    assert ("THREATEN", ["RUS"], ["IGO"]) in events


def test_pasukan_tersebut_are_the_troops_named_before():
    events = coded("Pasukan Israel memasuki Rafah. Hamas mengatakan akan menyerang pasukan tersebut.", "id")
    assert ("THREATEN", ["PSE"], ["ISR"]) in events


def test_the_noun_named_earlier_in_the_same_sentence():
    events = coded("Rusia, jika pasukan NATO masuk ke Ukraina, akan menyerang pasukan itu.", "id")
    assert ("THREATEN", ["RUS"], ["IGO"]) in events


def test_a_sector_noun_without_a_demonstrative_stays_the_scenes():
    # "polisi" alone in a story set in Malaysia is Malaysia's police, though Indonesian police were named
    events = coded("Polisi Indonesia menyerahkan dua tersangka. Di Kuala Lumpur, polisi menangkap mereka.", "id")
    assert not any(e[1] == ["IDN"] and e[0] == "COERCE" for e in events)


def test_the_reference_fades_after_two_sentences():
    text = (
        "Pasukan Israel memasuki Rafah pada Senin. Warga mengungsi ke utara. Sekolah ditutup. "
        "Rumah sakit kewalahan. Di Kairo, Mesir mengatakan akan mengusir pasukan tersebut."
    )
    assert not any(e[2] == ["ISR"] for e in coded(text, "id") if e[0] in ("COERCE", "THREATEN"))
