"""AID and SUPPORT (session 15): money handed over, aid announced, goods supplied "with", aid to
people "in" a state, refugees hosted by the million, forces sent to a mission abroad and the
backing a state "has" from another, in English and Indonesian (en/triggers_s15_aid.yaml,
id/triggers_s15_aid.yaml) — and words like them that are no aid."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


def has(found, event: str, actor: str, recipient: str) -> bool:
    return any(e == event and actor in a and recipient in r for e, a, r in found)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Tokyo gave Colombo another $500 million last year.", "JPN", "LKA"),
        ("The Asian Development Bank disbursed a further $300 million to Pakistan.", "IGO", "PAK"),
        ("Britain announced a new $250 million military aid package for Ukraine.", "GBR", "UKR"),
        ("Canada announced $40 million in humanitarian assistance for Sudan.", "CAN", "SDN"),
        ("The World Bank signed a $400 million loan for Nepal's roads.", "IGO", "NPL"),
        ("The UAE deposited $1 billion in the central bank of Egypt.", "ARE", "EGY"),
        ("Germany supplied Ukraine with Iris-T air defence systems.", "DEU", "UKR"),
        ("India provided Sri Lanka with fuel and rice during the crisis.", "IND", "LKA"),
        ("Malaysia sent relief supplies to flood victims in Thailand.", "MYS", "THA"),
        ("UNICEF distributed clean water in northern Ethiopia.", "UNO", "ETH"),
        ("Lebanon hosts more than a million Syrian refugees.", "LBN", "SYR"),
        ("Poland has taken in nearly two million Ukrainian refugees.", "POL", "UKR"),
        ("Benin sent police officers to Haiti to join the security mission.", "BEN", "HTI"),
    ],
)
def test_english_aid(text, actor, recipient):
    found = english(text, pub_date="2023-05-10")
    assert has(found, "AID", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Jepang mengumumkan bantuan 20 juta dolar AS untuk Myanmar.", "JPN", "MMR"),
        ("Amerika Serikat mengumumkan paket bantuan militer baru untuk Ukraina.", "USA", "UKR"),
        ("Uni Eropa mengalokasikan bantuan 15 juta euro bagi Afghanistan.", "EUR", "AFG"),
        ("Korea Selatan memberikan pembiayaan 100 juta dolar AS kepada Vietnam.", "KOR", "VNM"),
        ("China meminjamkan 1 miliar dolar AS kepada Sri Lanka.", "CHN", "LKA"),
        ("Kuwait mentransfer 50 juta dolar AS ke Yordania.", "KWT", "JOR"),
        ("Uni Emirat Arab menyimpan dana 1 miliar dolar AS di bank sentral Pakistan.", "ARE", "PAK"),
        ("Singapura memberikan tenda dan genset kepada Filipina.", "SGP", "PHL"),
        ("Mesir menjatuhkan paket makanan dari udara di Gaza.", "EGY", "PSE"),
        ("Turki mengirim tim penanggulangan bencana ke Maroko.", "TUR", "MAR"),
        ("Malaysia mengirim bantuan kepada korban banjir di Thailand.", "MYS", "THA"),
        ("UNICEF membagikan makanan di Ethiopia utara.", "UNO", "ETH"),
        ("Jerman memukimkan kembali 20.000 pengungsi Suriah.", "DEU", "SYR"),
        ("Benin mengerahkan polisi ke Haiti untuk bergabung dengan misi keamanan.", "BEN", "HTI"),
    ],
)
def test_indonesian_aid(text, actor, recipient):
    found = indonesian(text, pub_date="2023-05-10")
    assert has(found, "AID", actor, recipient), found


def test_a_loan_announced_from_another_is_received():
    found = indonesian("Menteri Keuangan Sri Mulyani mengumumkan pinjaman baru dari Bank Dunia.", pub_date="2021-06-01")
    assert has(found, "AID", "IGO", "IDN"), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Serbia has the backing of Russia in its quarrel with Kosovo.", "en"),
        ("Serbia mendapat dukungan Rusia dalam sengketa dengan Kosovo.", "id"),
    ],
)
def test_the_backer_after_has_the_backing_of(text, lang):
    found = coded_in(lang, text, pub_date="2022-12-27")
    assert has(found, "SUPPORT", "RUS", "SRB"), found


def test_talks_about_refugees_are_a_meeting():
    found = english("Turkey hosted talks on Syrian refugees in Ankara.", pub_date="2022-05-20")
    assert any(e == "CONSULT" for e, _, _ in found) and not any(e == "AID" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The company announced $500 million in profits for the quarter.", "en"),
        ("Russia supplied Europe with gas for decades.", "en"),
        ("The destroyer, equipped with cruise missiles, sailed into the Black Sea.", "en"),
        ("The shipping company transferred $2 billion to its shareholders.", "en"),
        ("Perusahaan itu mentransfer 5 juta dolar ke rekening pribadi direkturnya.", "id"),
        ("Bank Indonesia menempatkan dana 10 triliun rupiah di bank-bank BUMN.", "id"),
        ("Pemain itu mendapat dukungan penuh dari para suporter.", "id"),
        ("Jepang mengumumkan paket sanksi baru terhadap Rusia.", "id"),
    ],
)
def test_no_aid(text, lang):
    found = coded_in(lang, text, pub_date="2023-03-01")
    assert not any(e in ("AID", "SUPPORT") for e, _, _ in found), found
