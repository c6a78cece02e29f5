"""English vocabulary of triggers_s11.yaml: words around a trigger that name no act (a guilty plea, an
offence in a charge, an investigation unit in a title, a truce watched, a possible attack, fighting
for rights or against terrorism, a weapon carried) and acts the Indonesian side coded (an alert
sounded, someone caught in the act, a security operation). Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


def test_a_guilty_plea_is_no_plea_for_something():
    assert "REQUEST" not in types("The Kenyan soldier pleaded guilty in connection with the killings in Garissa.")


def test_an_offence_in_a_charge_and_a_unit_in_a_title_are_no_acts():
    assert "COERCE" not in types("The Israeli minister faces charges of fraud and sexual harassment.")
    assert "ACCUSE" not in types("The head of the Afghan criminal investigation department said three people died.")


def test_a_truce_watched_is_no_ceasefire():
    assert "RETREAT" not in types("UN peacekeepers monitor the fragile truce on the Israeli-Lebanese border.")


def test_a_possible_or_feared_attack_is_no_attack():
    assert types("Syria said its army was ready for any possible Israeli air strike.") == set()
    assert "ASSAULT" not in types("Pakistan said the Taliban had the capability to carry out attacks in Kabul.")


def test_fighting_for_rights_or_against_terrorism_is_a_cause_not_combat():
    assert "ASSAULT" not in types("The Maoist rebels in India say they are fighting for the rights of farmers.")
    assert "ASSAULT" not in types("Indonesia remains committed to fighting international terrorism.")


def test_an_alert_sounded_is_mobilisation():
    assert coded("Indian police sounded a high alert in the state of Assam.") == [("MOBILIZE", ["IND"], ["IND"])]


def test_a_security_operation_launched_is_mobilisation_not_yet_an_attack():
    assert types("The Iraqi army launched a security operation in Mosul on Monday.") == {"MOBILIZE"}


def test_a_vow_to_launch_attacks_is_a_threat():
    assert types("Taliban commanders vowed to launch a wave of suicide attacks in Afghanistan.") == {"THREATEN"}
