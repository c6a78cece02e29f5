"""Coercive types from the behaviour checklist (session 34, ckcoerce): the state after two nouns
joined by "dan" owns both where modifiers follow their noun ("sanksi kepada perusahaan dan
individu Rusia", as "Russian companies and individuals" in English; `Matcher.shared_owner_after`),
and police personnel deployed in the passive ("personel Brimob dikerahkan ke …") keep their body
as the actor (id.mobilize.pasukan-dikerahkan no longer starts on "personel"), and police named with
their state own the titled person they hold ("Polisi Turki menangkap pemimpin oposisi …", as
"Turkish police arrested opposition leader …"; `Matcher.keepers_before`) — and near misses:
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
        ("id", "Sebanyak 2.000 personel gabungan TNI dikerahkan pemerintah ke Wamena setelah kerusuhan.",
         "MOBILIZE", "IDN", "2019-09-25"),
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


@pytest.mark.parametrize(
    "text",
    [
        "Ratusan personel medis dikerahkan ke lokasi gempa di Cianjur.",
        "Sebanyak 300 personel dikerahkan oleh Basarnas untuk mencari korban longsor.",
    ],
)
def test_personnel_sent_to_a_disaster_is_no_deployment(text):
    found = indonesian(text, pub_date="2022-11-22")
    assert all(e != "MOBILIZE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "date"),
    [
        ("id", "Polisi Belarus menahan tokoh oposisi Ales Petrenko di Minsk pada Selasa.", "BLR", "2021-09-07"),
        ("id", "Polisi Georgia menangkap pemimpin partai oposisi Levan Kapanadze.", "GEO", "2023-03-08"),
        ("en", "Belarusian police detained opposition figure Ales Petrenko on Tuesday.", "BLR", "2021-09-07"),
    ],
)
def test_police_hold_a_titled_person_of_their_state(lang, text, actor, date):
    found = coded_in(lang, text, date)
    assert has(found, "COERCE", actor, actor), found
    assert not has(found, "COERCE", actor, "IDN"), found


def test_a_minister_met_by_a_foreign_president_is_not_the_president_state():
    found = indonesian("Presiden Prancis menerima Menteri Luar Negeri Sugiono di Istana Elysee.", pub_date="2025-01-10")
    assert not any("FRA" in r and e == "CONSULT" and "FRA" in a for e, a, r in found), found
