"""English vocabulary of triggers_s4.yaml (meals and tours, official protests, boycott calls, overtures,
crushing protests, retaking ground, armed groups capturing people, surrender), written as examples."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


def test_dining_with_a_counterpart_is_a_meeting():
    events = coded("Condoleezza Rice dined with Israeli Prime Minister Ehud Olmert in Jerusalem.")
    assert ("CONSULT", ["USA"], ["ISR"]) in events


def test_a_strong_protest_by_a_state_is_an_accusation_not_a_demonstration():
    events = coded("Japan strongly protested China's decision to drill in the disputed waters.")
    assert any(e == "ACCUSE" and a == ["JPN"] for e, a, _ in events)
    assert "PROTEST" not in types("Japan strongly protested China's decision to drill in the disputed waters.")


def test_calling_for_a_boycott_is_a_boycott():
    text = "The main Kenyan opposition party called for a boycott of the parliamentary vote."
    assert "PROTEST" in types(text)
    assert "REQUEST" not in types(text)


def test_dismissing_complaints_is_a_rejection():
    assert "REJECT" in types("Thailand dismissed Cambodian complaints about the border fence.")


def test_ignoring_overtures_is_a_rejection():
    assert "REJECT" in types("Venezuela ignored Colombian overtures for talks on the border.")


def test_crushing_a_demonstration_is_crowd_control():
    # a protest crushed is a protest dispersed: ASSAULT crowd-control (coding guide; gold parallel
    # dev-en line 650 "Belarus police have crushed the first legal demonstration", COERCE allowed)
    assert "ASSAULT" in types("Burmese police crushed a demonstration by monks in Yangon.")


def test_crushing_an_uprising_is_coercion():
    assert "COERCE" in types("Burmese troops crushed the uprising in the north.")


def test_retaking_a_town_is_a_seizure():
    assert "COERCE" in types("Sri Lankan troops retook the town of Vakarai from the Tamil Tigers.")


def test_militants_capturing_a_soldier_is_an_abduction():
    events = coded("Hezbollah guerrillas captured two Israeli soldiers near the border.")
    assert any(e == "ASSAULT" and r == ["ISR"] for e, _, r in events)


def test_troops_capturing_soldiers_stays_coercion():
    assert "COERCE" in types("Syrian troops captured three Lebanese soldiers near the border.")


def test_giving_oneself_up_is_a_retreat():
    assert "RETREAT" in types("The Somali Islamist leader Sharif Ahmed gave himself up to Kenyan authorities.")


def test_charging_at_someone_is_no_indictment():
    assert "ACCUSE" not in types("Iraqi soldiers killed a gunman who charged at them in Ramadi.")
