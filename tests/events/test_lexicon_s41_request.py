"""Requests at their borders (session 41, request): what a protest demands of no one named is the
protest's aim, not a request of its own ("Protesters, demanding a new election, blocked roads",
"berunjuk rasa di Dublin, mendesak pelonggaran …"; coder.protest_demand), while a protest's call on a
named party stays a request; a request agreed to, granted or heeded ("agreed to the unions' request",
"granted the request", "menerima tuntutan para buruh") is a concession in both languages, not a
request made by the one who gives in."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, types_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenyan protesters, demanding a new presidential election, blocked roads in Nairobi on Monday."),
        ("en", "Thousands of Chilean students marched in Santiago on Thursday, demanding free university education."),
        ("id", "Ribuan mahasiswa Chile berunjuk rasa di Santiago, Kamis, menuntut pendidikan gratis."),
        ("id", "Para pengunjuk rasa Kenya, menuntut pemilihan umum baru, memblokade jalan di Nairobi."),
    ],
)
def test_a_protests_demand_is_no_request_of_its_own(lang, text):
    found = types_in(lang, text, pub_date="2023-03-14")
    assert "PROTEST" in found and "REQUEST" not in found, found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Thousands of Kenyan farmers rallied in Nairobi, urging the government to cut fuel prices.",
         "KEN", "KEN"),
        ("id", "Ribuan petani Kenya berdemonstrasi di Nairobi, meminta pemerintah menurunkan harga BBM.", "KEN", "KEN"),
    ],
)
def test_a_protests_call_on_a_named_party_stays_a_request(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-03-14")
    assert has(found, "REQUEST", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "The Kenyan government granted a request by Uganda to hand over the two suspects.", "KEN", "UGA"),
        ("en", "The Kenyan government agreed to a request from Uganda for more border patrols.", "KEN", "UGA"),
        ("id", "Pemerintah Kenya menerima tuntutan Uganda soal patroli perbatasan.", "KEN", "UGA"),
    ],
)
def test_a_request_given_in_to_is_a_concession(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-03-14")
    assert has(found, "CONCEDE", actor, recipient), found
    assert not has(found, "REQUEST", actor), found
