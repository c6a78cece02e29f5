"""Europe and the Americas 2015-2025 (session 29, euam; en/ and id/triggers/s29_euam.yaml,
actors/sectors_s29_euam.yaml, grammar `damage_tolls`): a plan dismissed by its proposer's name, a
decision "null and void", applying to join a bloc, a membership bid one would not approve, a fine a
court orders paid, combat readiness, a readiness to recognise, tariffs paused or suspended, a rival
recognised as president or winner, weapons packages sent to a state named first, a sanctions package
approved against a state, a guest received at a palace, a state holding another's police, all assets
frozen, a record attacked in words, a jury's verdict — and near misses: supporters mobilised, a
disaster's damage, a negated recognition."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Moscow dismissed Kyiv's peace plan as unrealistic on Thursday, a Kremlin aide said.",
         "REJECT", "RUS", None, "2023-02-23"),
        ("Foreign Minister Sergei Lavrov dismissed the Ukrainian president's peace formula, the ministry said.",
         "REJECT", "RUS", None, "2023-01-18"),
        ("Serbia's government declared the vote in the northern municipalities null and void.",
         "REJECT", "SRB", None, "2023-04-24"),
        ("Ukraine applied to join the European Union four days after the invasion began.",
         "REQUEST", "UKR", None, "2022-02-28"),
        ("Georgia applied for membership of the European Union in March, officials said.",
         "REQUEST", "GEO", None, "2022-03-04"),
        ("Hungary's prime minister said Budapest would not ratify Finland's accession until its concerns were met.",
         "REJECT", "HUN", None, "2023-02-28"),
        ("The European Court of Justice ordered Hungary to pay a fine of 200 million euros for breaching asylum rules.",
         "SANCTION", "EUR", "HUN", "2024-06-13"),
        ("Belarus put its army on full combat readiness after the drone incident, the defence ministry said.",
         "MOBILIZE", "BLR", None, "2024-08-15"),
        ("Serbia said it was ready to recognise Kosovo's licence plates under the new arrangement.",
         "AGREE", "SRB", None, "2022-11-24"),
        ("Washington paused the tariffs on Canadian energy imports for thirty days, the White House said.",
         "RETREAT", "USA", None, "2025-02-03"),
        ("Canada recognised the opposition leader as Venezuela's interim president on Wednesday.",
         "SUPPORT", "CAN", None, "2019-01-24"),
        ("Britain will send Ukraine another package of weapons including long-range missiles, London said.",
         "AGREE", "GBR", "UKR", "2023-05-11"),
        ("Canada adopted a new sanctions package against Moscow on Friday, targeting banks and shipping companies.",
         "SANCTION", "CAN", "RUS", "2024-02-24"),
    ],
)
def test_english_euam_wording(text, event, actor, recipient, date):
    found = english(text, date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Presiden Prabowo Subianto menerima Perdana Menteri Anthony Albanese di Istana Merdeka, Jakarta.",
         "CONSULT", "AUS", "IDN", "2024-11-12"),
        ("Rusia menahan dua diplomat Estonia yang dituduh melakukan spionase di St. Petersburg.",
         "COERCE", "RUS", None, "2023-04-12"),
        ("Uni Eropa menangguhkan tarif balasan atas produk Amerika Serikat selama 90 hari.",
         "RETREAT", "EUR", None, "2025-04-10"),
        ("Kanada membekukan seluruh aset bank sentral Rusia yang berada di wilayahnya.",
         "SANCTION", "CAN", "RUS", "2022-03-01"),
        ("Argentina mengakui Edmundo Gonzalez sebagai pemenang pemilu presiden Venezuela, kata Menlu Diana Mondino.",
         "SUPPORT", "ARG", None, "2024-08-02"),
        ("Oposisi di parlemen Hongaria menyerang kebijakan Orban terhadap Ukraina dalam sidang pleno.",
         "ACCUSE", "HUN", None, "2024-03-05"),
        ("Dewan juri di Washington menyatakan mantan penasihat itu bersalah atas dakwaan penghinaan terhadap Kongres.",
         "SANCTION", "USA", None, "2022-07-23"),
    ],
)
def test_indonesian_euam_wording(text, event, actor, recipient, date):
    found = indonesian(text, date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The ruling party mobilised its voters in the final week of the campaign in Belgrade.", "MOBILIZE"),
        ("en", "A powerful storm lashed southern Chile, flooding roads and damaging hundreds of homes.", "ASSAULT"),
        ("en", "A strong earthquake struck eastern Turkey, killing 40 people and destroying dozens of buildings.",
         "ASSAULT"),
        ("en", "The president said his government would not recognise the rebel commander as the region's leader.",
         "SUPPORT"),
        ("id", "Gempa bermagnitudo 6,2 mengguncang Kolombia barat, menewaskan 12 orang dan merusak ratusan rumah.",
         "ASSAULT"),
        ("id", "Presiden menerima penghargaan dari asosiasi pengusaha di Istana Negara.", "CONSULT"),
        ("id", "Pasukan Ukraina menahan laju tentara Rusia di dekat Pokrovsk.", "COERCE"),
    ],
)
def test_euam_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-06-01")
    assert all(e != event for e, _, _ in found), found
