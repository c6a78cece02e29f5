"""A pattern word marked "=" matches only as written (docs/data-format.md, pattern syntax): the
Indonesian stemmer gives unrelated words one lemma ("sebelum" before → belum not yet, "menyerahkan"
hand over → menyerah surrender, "bersenjata" armed → senjata weapon), and an entry written for
one of them must not take the other. Sentences written for this test."""

from __future__ import annotations

from functools import partial

from conftest import coded_in
from conftest import has_event as has
from warta.events.triggers import TriggerLexicon, compile_pattern, trigger_from_entry
from warta.lang.base import language

indonesian = partial(coded_in, "id")


def lexicon(*patterns: str) -> TriggerLexicon:
    entries = [{"id": f"t{n}", "pattern": p, "event": "NONE"} for n, p in enumerate(patterns)]
    return TriggerLexicon([trigger_from_entry(e) for e in entries])


def matched(lang: str, lex: TriggerLexicon, text: str) -> list[str]:
    words = language(lang)
    words.add_vocabulary(lex.vocabulary())
    sentence = words.sentences(text)[0]
    return [" ".join(sentence.tokens[p].text for p in m.positions) for m in lex.run(sentence, set())]


def test_a_marked_word_matches_only_as_written():
    plain, exact = lexicon("belum bertemu"), lexicon("=belum bertemu")
    assert compile_pattern("=belum|blm bertemu")[0] == frozenset({"=belum", "blm"})
    assert exact.vocabulary() == {"belum", "bertemu"}
    assert matched("id", plain, "Ia tiba sebelum bertemu menteri itu.") == ["sebelum bertemu"]
    assert matched("id", exact, "Ia tiba sebelum bertemu menteri itu.") == []
    assert matched("id", exact, "Ia belum bertemu menteri itu.") == ["belum bertemu"]
    # English too: "=talk" is the bare word, not "talks"
    assert matched("en", lexicon("talk"), "The talks ended.") == ["talks"]
    assert matched("en", lexicon("=talk"), "The talks ended.") == []


def test_meeting_just_before_is_a_meeting_not_yet_is_none():
    found = indonesian("Menlu Retno Marsudi berbicara sesaat sebelum bertemu Menlu Malaysia di Kuala Lumpur.")
    assert has(found, "CONSULT", "IDN", "MYS"), found
    assert indonesian("Menlu Retno Marsudi belum bertemu Menlu Malaysia.") == []


def test_armed_group_is_no_weapons_delivery():
    assert not has(indonesian("Iran memberikan pelatihan kepada kelompok bersenjata di Irak."), "AID", "IRN")
    assert has(indonesian("Iran mengirim senjata kepada milisi Houthi."), "AID", "IRN", "YEM")


def test_prime_minister_is_no_funding():
    found = indonesian("Jepang memberikan ucapan selamat kepada perdana menteri Filipina.")
    assert not any(event == "AID" for event, _, _ in found), found


def test_pressed_back_is_no_urging():
    assert indonesian("Pasukan Ukraina terdesak oleh pasukan Rusia di Donetsk.") == []
    assert has(indonesian("Rusia mendesak Ukraina menghentikan serangan."), "REQUEST", "RUS", "UKR")


def test_enacting_a_law_is_no_invitation():
    assert indonesian("DPR mengundangkan RUU itu pada Senin, kata Presiden.") == []
    found = indonesian("Presiden Joko Widodo mengundang Perdana Menteri Australia ke Istana Bogor.")
    assert has(found, "AGREE", "IDN", "AUS"), found
