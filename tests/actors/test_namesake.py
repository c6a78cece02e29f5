"""A country's name that is also a US state's (grammar `namesake_states`): the US state only where
the name is used as a place in a story that names the US — after "in"/"di", or before what is in it."""

from __future__ import annotations

from conftest import coded_in


def test_a_party_asked_to_act_is_the_country():
    text = "The United States urged Georgia to repeal the foreign agents law."
    assert ("REQUEST", ["USA"], ["GEO"]) in coded_in("en", text, "2024-05-15")
    text = "Amerika Serikat mendesak Georgia agar mencabut undang-undang agen asing."
    assert ("REQUEST", ["USA"], ["GEO"]) in coded_in("id", text, "2024-05-15")


def test_a_rally_in_georgia_in_a_story_on_the_us_is_in_the_state():
    text = "The US president criticised China at a campaign rally in Georgia on Monday."
    assert not any("GEO" in a + r for _, a, r in coded_in("en", text, "2020-11-02"))
