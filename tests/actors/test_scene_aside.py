"""A place named in a relative clause set off by commas (actors/match.py `in_relative_aside`,
`ActorMatcher.aside`; coder.py `settings`): it tells of the one the clause describes, not where the
sentence happens — unless that one has no state of its own, when it tells whose it is."""

from __future__ import annotations

from conftest import coded_in


def test_a_leaders_past_stay_abroad_does_not_set_the_scene():
    text = (
        "Conte, yang dua kali dirawat di rumah sakit di Swiss tahun lalu, menyeru militer agar mendukung pemerintahnya."
    )
    events = coded_in("id", text, "2007-01-20")
    assert ("REQUEST", ["GIN"], ["GIN"]) in events  # no scene named: Conte's state stands in
    assert not any("CHE" in recipient for _, _, recipient in events)


def test_an_aside_telling_where_a_party_rules_names_its_state():
    text = "Partai Komunis, yang berkuasa di China, telah memecat seorang pejabat lokal."
    assert ("COERCE", ["CHN"], ["CHN"]) in coded_in("id", text, "2007-05-01")
