"""AGREE precision (session 38, agree): sharing a view of what is needed ("agreed on the need",
"sepakat perlunya") is an opinion, no agreement (en/ and id/triggers/not_events.yaml); a government
still to be formed ("agreed to form a unity government", "membentuk pemerintah persatuan") is no
party to the agreement (actors/not_actors.yaml) — and the near misses that stay agreements."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The foreign ministers of Chile and Peru agreed on the need to strengthen border controls."),
        ("en", "Both delegations agreed upon the importance of regular contacts between the two armies."),
        ("en", "The chancellor agrees with the need to cut public spending, her spokesman said."),
        ("id", "Menteri luar negeri Chile dan Peru sepakat perlunya memperketat pengawasan perbatasan."),
        ("id", "Kedua delegasi menyepakati pentingnya kontak rutin antara kedua angkatan bersenjata."),
        ("id", "Presiden Filipina setuju perlunya memangkas anggaran belanja, kata juru bicaranya."),
    ],
)
def test_agreeing_on_a_need_is_an_opinion(lang, text):
    found = coded_in(lang, text, pub_date="2023-05-04")
    assert all(e != "AGREE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Chile and Peru agreed to strengthen controls along their border.", "CHL", "PER"),
        ("id", "Chile dan Peru sepakat memperketat pengawasan di perbatasan kedua negara.", "CHL", "PER"),
    ],
)
def test_agreeing_to_act_stays_an_agreement(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-05-04")
    assert has(found, "AGREE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Meeting in Doha, the two Somali factions agreed to form a unity government within a month."),
        ("id", "Bertemu di Doha, kedua faksi Somalia sepakat membentuk pemerintah persatuan dalam sebulan."),
    ],
)
def test_a_government_to_be_formed_is_no_party(lang, text):
    found = coded_in(lang, text, pub_date="2023-05-04")
    assert all(not (e == "AGREE" and "QAT" in r) for e, _, r in found), found
