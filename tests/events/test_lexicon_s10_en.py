"""English vocabulary of triggers_s10.yaml (the September 11 attacks named as a day in history; joint
security sweeps and raids), written as examples. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


def test_the_september_11_attacks_named_as_a_day_in_history_are_no_assault():
    assert "ASSAULT" not in types("The senator, a critic of Pakistan, recalled the September 11 attacks on Tuesday.")
    assert "ASSAULT" not in types(
        "The Saudi minister said the September 11, 2001, terror attacks had changed relations with Washington."
    )


def test_a_joint_security_sweep_is_military_cooperation():
    assert coded("US forces on Sunday began a joint security sweep with Iraqi troops in Diyala province.") == [
        ("COOPERATE", ["USA"], ["IRQ"])
    ]
