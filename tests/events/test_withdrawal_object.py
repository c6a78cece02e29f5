"""A withdrawal's own pattern names what is withdrawn (attribution.py `object_after`): the envoy
recalled or the troops pulled out are no recipient; the state they leave is."""

from __future__ import annotations

from conftest import coded_in


def test_an_envoy_recalled_in_a_headline_is_withdrawn_not_the_target():
    assert ("SANCTION", ["COL"], ["ISR"]) in coded_in("en", "Colombia recalls ambassador to Israel over Gaza strikes")


def test_with_its_possessive_the_envoy_was_already_no_target():
    assert ("SANCTION", ["COL"], ["ISR"]) in coded_in("en", "Colombia recalled its ambassador to Israel on Tuesday.")
