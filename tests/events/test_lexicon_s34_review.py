"""Review of session 34: the stop entry for mobilising money and voters (`id.none.mobilisasi-dana`)
names voters by their exact form, so "pemilihan" (an election), which shares the root of "pemilih",
no longer stops a deployment told before an election — and voters mobilised stay no event."""

from __future__ import annotations

from conftest import coded_in
from conftest import has_event as has


def test_forces_deployed_before_an_election_are_a_mobilisation():
    text = "Ratusan personel Brimob dikerahkan ke Maluku menjelang pemilihan kepala daerah."
    found = coded_in("id", text, "2024-03-01")
    assert has(found, "MOBILIZE", "IDN", None), found


def test_voters_mobilised_are_no_event():
    text = "Partai Golkar mengerahkan pemilih ke tempat pemungutan suara di Makassar."
    found = coded_in("id", text, "2024-03-01")
    assert not found, found


def test_a_stated_origin_beats_the_company_served():
    # "… asal Australia" after a company: the person's state, not the firm's (ActorMatcher.stated_origin)
    text = "Kelompok bersenjata menculik seorang insinyur PT Freeport asal Australia di Timika."
    found = coded_in("id", text, "2024-03-01")
    assert has(found, "COERCE", "IDN", "AUS") or has(found, "ASSAULT", "IDN", "AUS"), found


def test_a_demonym_before_the_body_served_names_the_person_state():
    found = coded_in("en", "Iran freed a Belgian EU diplomat on Friday.", "2024-03-01")
    assert has(found, "RETREAT", "IRN", "BEL"), found


def test_a_body_with_no_demonym_stays_the_recipient():
    found = coded_in("en", "Iran freed an EU diplomat on Friday.", "2024-03-01")
    assert has(found, "RETREAT", "IRN", "EUR"), found
