"""A party-and-state tag after a name ("Rep. Thomas Kindness, R-Ohio", "Sen. Lindsey Graham (R-S.C.)")
names a member of the US Congress: actors/bodies_us_congress_tags.yaml."""

from __future__ import annotations

from conftest import coded_in


def test_a_tagged_representative_is_a_us_legislator():
    coded = coded_in("en", "Rep. Mary Jones, D-Calif., urged China to release the detained activists.", "2015-06-02")
    assert ("REQUEST", ["USA"], ["CHN"]) in coded


def test_a_bracketed_tag_with_a_dotted_state_works_too():
    coded = coded_in("en", "Sen. Tom Hall (R-N.C.) condemned Iran's missile test on Tuesday.", "2015-06-02")
    assert ("ACCUSE", ["USA"], ["IRN"]) in coded


def test_without_a_tag_an_unknown_senator_has_no_state():
    assert coded_in("en", "Sen. Tom Hall condemned the decision on Tuesday.", "2015-06-02") == []
