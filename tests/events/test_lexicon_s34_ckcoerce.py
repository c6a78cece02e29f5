"""Coercive types from the behaviour checklist (session 34, ckcoerce): the state after two nouns
joined by "dan" owns both where modifiers follow their noun ("sanksi kepada perusahaan dan
individu Rusia", as "Russian companies and individuals" in English; `Matcher.shared_owner_after`),
and police personnel deployed in the passive ("personel Brimob dikerahkan ke …") keep their body
as the actor (id.mobilize.pasukan-dikerahkan no longer starts on "personel") — and near misses:
companies doing business with a state, medical personnel sent to a disaster."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("id", "Uni Eropa menjatuhkan sanksi kepada pejabat dan pengusaha Belarus pada Senin.",
         "SANCTION", "EUR", "BLR", "2022-06-06"),
        ("id", "Jepang menjatuhkan sanksi terhadap bank dan perusahaan pelayaran Korea Utara.",
         "SANCTION", "JPN", "PRK", "2023-05-12"),
        ("id", "Kanada menjatuhkan sanksi kepada 30 perusahaan dan individu Iran, Kamis.",
         "SANCTION", "CAN", "IRN", "2023-10-20"),
        ("en", "Canada imposed sanctions on 30 Iranian companies and individuals on Thursday.",
         "SANCTION", "CAN", "IRN", "2023-10-20"),
    ],
)
def test_pair_owned_by_the_state_after_it(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "date"),
    [
        ("id", "Sebanyak 2.000 personel Brimob dikerahkan ke Maluku menjelang pemungutan suara.",
         "MOBILIZE", "IDN", "2024-11-20"),
        ("id", "Ratusan personel polisi India dikerahkan ke Manipur setelah bentrokan itu.",
         "MOBILIZE", "IND", "2023-05-06"),
        ("en", "Hundreds of Indian police personnel were deployed to Manipur after the clashes.",
         "MOBILIZE", "IND", "2023-05-06"),
    ],
)
def test_personnel_deployed_in_the_passive(lang, text, event, actor, date):
    found = coded_in(lang, text, date)
    assert has(found, event, actor), found


def test_companies_dealing_with_a_state_are_not_its_own():
    found = indonesian(
        "Amerika Serikat menjatuhkan sanksi kepada perusahaan dan bank yang berbisnis dengan Rusia.",
        pub_date="2024-03-01",
    )
    assert not has(found, "SANCTION", "USA", "RUS"), found


def test_medical_personnel_sent_to_a_disaster_is_no_deployment():
    found = indonesian("Ratusan personel medis dikerahkan ke lokasi gempa di Cianjur.", pub_date="2022-11-22")
    assert all(e != "MOBILIZE" for e, _, _ in found), found
