"""Conditions inside a threat (events/modality.py): a "not" that belongs to the condition negates
nothing, a condition set off by commas ends at its comma, and an attack someone expects has not
happened yet."""

from __future__ import annotations

from conftest import coded_in


def coded(text: str, lang: str, pub_date: str = "2024-03-01"):
    return coded_in(lang, text, pub_date)


def test_the_conditions_not_leaves_the_threat_standing():
    events = coded("India mengancam akan membalas jika Pakistan tidak menghentikan serangan lintas batas.", "id")
    assert ("THREATEN", ["IND"], ["PAK"]) in events


def test_a_threat_that_is_itself_negated_is_dropped():
    assert coded("India tidak mengancam akan membalas serangan Pakistan.", "id") == []


def test_a_condition_between_commas_ends_at_its_comma():
    events = coded("Rusia, jika pasukan NATO masuk ke Ukraina, akan menyerang pasukan itu.", "id")
    assert ("THREATEN", ["RUS"], ["IGO"]) in events


def test_an_attack_under_an_unclosed_condition_stays_hypothetical():
    assert coded("Rusia mungkin akan menyerang Ukraina jika perundingan gagal.", "id") == []


def test_attacks_a_commander_expects_are_no_attack():
    text = "Unfortunately we do expect more attacks and the enemy knows it, the NATO commander said."
    assert not any(event in ("ASSAULT", "THREATEN") for event, _, _ in coded(text, "en"))


def test_a_promise_to_defend_if_attacked_is_no_threat():
    events = coded("Amerika Serikat berjanji membela Filipina jika diserang.", "id")
    assert ("AGREE", ["USA"], ["PHL"]) in events
    assert not any(e[0] == "THREATEN" for e in events)


def test_a_promise_to_strike_under_a_condition_is_still_a_threat():
    assert ("THREATEN", ["RUS"], ["UKR"]) in coded(
        "Rusia berjanji akan menyerang Ukraina jika Kyiv tidak mundur.", "id"
    )


def test_a_release_or_opening_only_announced_is_a_concession():
    assert ("CONCEDE", ["IRQ"], ["SYR"]) in coded("Iraq will re-open its borders with Syria next week.", "en")
    assert ("CONCEDE", ["IRQ"], ["SYR"]) in coded("Irak akan membuka kembali perbatasannya dengan Suriah.", "id")
    text = "The United States said it would lift some of its sanctions on North Korea."
    assert ("CONCEDE", ["USA"], ["PRK"]) in coded(text, "en")


def test_a_permission_before_a_comma_is_no_condition_closed():
    # the inspectors' expulsion in 2002 is background inside what Pyongyang agreed to allow
    text = "Pyongyang agreed to allow the return of IAEA inspectors, expelled in December 2002."
    assert not any(e[0] == "SANCTION" for e in coded(text, "en", "2007-02-15"))
