"""Economic statecraft (session 27, clecon): tariffs and duties aimed at a state's goods, retaliation
in kind, investment curbs, WTO cases, lifted duties, investment pledges, loan rollovers, signed trade
pacts (en/id triggers/s27_clecon.yaml, actors/bodies_s27_clecon.yaml) — and near misses: market news,
prices set at home, goods described by their origin. Sentences written for warta."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Ottawa hit back with duties of its own on American steel.", "SANCTION", "CAN", "USA"),
        ("Beijing retaliated with a 15 percent levy on all goods shipped from the United States.",
         "SANCTION", "CHN", "USA"),
        ("Trump Hits Brazil With 50 Percent Tariff", "SANCTION", "USA", "BRA"),
        ("Washington doubled tariffs on Chinese solar panels.", "SANCTION", "USA", "CHN"),
        ("President Donald Trump slapped 10 percent tariffs on imports from Vietnam.", "SANCTION", "USA", "VNM"),
        ("India curbed imports of edible oil from Malaysia.", "SANCTION", "IND", "MYS"),
        ("Washington restricted investment in Chinese chip makers.", "SANCTION", "USA", "CHN"),
        ("Jakarta took the European Union to the WTO over its biodiesel duties.", "ACCUSE", "IDN", "EUR"),
        ("Japan scrapped its punitive duties on Thai rice.", "RETREAT", "JPN", "THA"),
        ("Qatar pledged to invest $5 billion in Egypt's economy.", "AGREE", "QAT", "EGY"),
        ("China rolled over a $1 billion loan to Sri Lanka.", "AID", "CHN", "LKA"),
        ("Japan and Vietnam signed a comprehensive strategic partnership agreement in Hanoi.", "SUPPORT", "JPN", "VNM"),
        ("The Reserve Bank of Australia and the People's Bank of China renewed their currency swap.",
         "COOPERATE", "AUS", "CHN"),
    ],
)
def test_economic_statecraft_en(text, event, actor, recipient):
    found = english(text, pub_date="2025-06-10")
    assert has(found, event, actor, recipient), found


def test_will_respond_with_countermeasures_is_a_threat():
    text = "Ottawa said it would respond with countermeasures if the duties take effect."
    found = english(text, pub_date="2025-02-10")
    assert has(found, "THREATEN", "CAN"), found


def test_not_back_down_on_ban_is_a_refusal():
    found = english("Jakarta said it would not back down on its bauxite export ban.", pub_date="2023-06-10")
    assert has(found, "REJECT", "IDN"), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Pemerintah mengenakan bea masuk antidumping terhadap baja asal Vietnam.", "SANCTION", "IDN", "VNM"),
        ("Washington menetapkan tarif impor 20 persen terhadap produk Vietnam.", "SANCTION", "USA", "VNM"),
        ("AS Naikkan Tarif Baja Kanada Jadi 50 Persen", "SANCTION", "USA", "CAN"),
        ("Kanada membalas dengan bea masuk 25 persen atas barang dari Amerika Serikat.", "SANCTION", "CAN", "USA"),
        ("China memblokir impor kayu dari Australia.", "SANCTION", "CHN", "AUS"),
        ("Jepang mencabut bea masuk atas beras asal Thailand.", "RETREAT", "JPN", "THA"),
        ("Qatar berkomitmen berinvestasi 5 miliar dolar AS di Mesir.", "AGREE", "QAT", "EGY"),
        ("Indonesia dan India menuntaskan perundingan perjanjian dagang.", "SUPPORT", "IDN", "IND"),
        ("Malaysia mulai memasok gas ke Singapura melalui pipa baru.", "COOPERATE", "MYS", "SGP"),
        ("China memperpanjang jatuh tempo pinjaman 1 miliar dolar AS kepada Sri Lanka.", "AID", "CHN", "LKA"),
    ],
)
def test_economic_statecraft_id(text, event, actor, recipient):
    found = indonesian(text, pub_date="2025-06-10")
    assert has(found, event, actor, recipient), found


def test_reopened_export_tap_is_a_lifted_ban():
    found = indonesian("Pemerintah membuka kembali keran ekspor konsentrat tembaga.", pub_date="2023-06-10")
    assert has(found, "RETREAT", "IDN"), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Foreign investors deployed $3 billion into Thai bonds last month.", "MOBILIZE"),
        ("en", "Traders seized on the weaker won to buy Korean shares.", "COERCE"),
        ("en", "The utility doubled its tariffs for industrial users.", "SANCTION"),
        ("en", "The commission opened a probe into cars imported from Mexico.", "COOPERATE"),
        ("id", "Kementerian Perhubungan menetapkan tarif ojek daring untuk wilayah Jabodetabek.", "SANCTION"),
        ("id", "PLN menaikkan tarif listrik untuk pelanggan industri mulai Juli.", "SANCTION"),
        ("id", "Bank itu memperpanjang jatuh tempo kredit bagi nasabah yang terdampak banjir.", "AID"),
    ],
)
def test_market_and_price_news_is_no_statecraft(lang, text, event):
    found = coded_in(lang, text, "2024-06-10")
    assert all(e != event for e, _, _ in found), found
