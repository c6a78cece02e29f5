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
