"""Domestic politics (session 28, domestic; en/ and id/triggers/s28_domestic.yaml,
actors/bodies_s28_domestic.yaml, places/regions_s28_domestic.tsv, actors/not_actors.yaml, and the
matcher's foreign_namesake): crowds tearing down a fence, fighting the police, storming a residence or
setting a building on fire riot (PROTEST) while troops doing the same stay ASSAULT; a pause in a reform
announced is a concession; lawmakers grilling an official over a case or summoning him to explain
question him; a call on a leader "to …" is an appeal; a vote to remove an office-holder; Indonesian
"mengumumkan … sebagai tersangka", "sepakat membentuk pansus hak angket", "petisi yang mengkritik",
"batal mengesahkan", "menggelar aksi serentak", "mencoret nama calon", "menjatuhkan vonis bebas";
"PBB" as the land tax; "DPR Filipina" as the Philippine House — and near misses for each."""

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
        ("Protesters pulled down the gates of the provincial legislature in Medan on Monday.",
         "PROTEST", "IDN", None, "2020-10-12"),
        ("Angry students battled riot police outside the parliament in Nairobi for several hours.",
         "PROTEST", "KEN", None, "2024-06-25"),
        ("Demonstrators stormed the prime minister's private residence in Kathmandu.",
         "PROTEST", "NPL", None, "2025-09-09"),
        ("Rioters set fire to a police station in Jakarta after the death of a delivery driver.",
         "PROTEST", "IDN", None, "2025-08-30"),
        ("The government announced a suspension of the fuel price hike after a week of protests, "
         "Indonesia's energy minister said.",
         "CONCEDE", "IDN", None, "2022-09-10"),
        ("Indonesian lawmakers grilled the attorney general over the corruption case at the tin mining company.",
         "ACCUSE", "IDN", None, "2024-04-02"),
        ("Indonesia's House of Representatives summoned the health minister to explain the data leak.",
         "ACCUSE", "IDN", "IDN", "2023-06-20"),
        ("The Indonesian Ulema Council called on President Joko Widodo to cancel the concert.",
         "REQUEST", "IDN", "IDN", "2023-11-02"),
        ("Lawmakers in Seoul voted to remove Prime Minister Han Duck-soo from office.",
         "COERCE", "KOR", "KOR", "2024-12-27"),
        ("Police in Batam arrested eight residents of Rempang island after the clash.",
         "COERCE", "IDN", "IDN", "2023-09-08"),
        ("The Mobile Brigade fired tear gas at students in Makassar.", "ASSAULT", "IDN", None, "2019-09-26"),
    ],
)
def test_english_domestic_wording(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Kejaksaan Agung mengumumkan mantan Dirut PT Timah sebagai tersangka kasus korupsi.",
         "ACCUSE", "IDN", "IDN", "2024-04-01"),
        ("Komisi I DPR memanggil Menteri Kominfo untuk menjelaskan kebocoran data Pusat Data Nasional.",
         "ACCUSE", "IDN", "IDN", "2024-06-27"),
        ("DPRD Jember menyepakati pembentukan hak angket terhadap bupati.", "ACCUSE", "IDN", None, "2019-12-27"),
        ("DPRD Jember sepakat menggunakan hak angket terhadap Bupati Faida.", "ACCUSE", "IDN", None, "2019-12-27"),
        ("Ratusan akademisi membacakan petisi yang mengecam Presiden Jokowi di kampus UI.",
         "ACCUSE", "IDN", "IDN", "2024-02-02"),
        ("Pemerintah batal menaikkan tarif ojek online setelah gelombang protes pengemudi.",
         "CONCEDE", "IDN", None, "2023-12-20"),
        ("Mahasiswa menggelar aksi serentak di 20 provinsi menolak revisi UU TNI.",
         "PROTEST", "IDN", None, "2025-03-21"),
        ("KPU mencoret nama dua bakal calon kepala daerah karena ijazahnya palsu.",
         "COERCE", "IDN", None, "2024-09-20"),
        ("Pengadilan Tipikor menjatuhkan vonis bebas kepada mantan bupati itu.", "RETREAT", "IDN", None, "2023-05-10"),
        ("Bupati itu meminta maaf kepada warga dan membatalkan kenaikan PBB-P2.", "CONCEDE", "IDN", None, "2025-08-08"),
        ("Mahkamah Agung Filipina menolak gugatan mantan Presiden Rodrigo Duterte.",
         "REJECT", "PHL", None, "2024-03-14"),
        ("Partai Buruh Inggris mengecam Perdana Menteri Rishi Sunak.", "ACCUSE", "GBR", "GBR", "2023-11-14"),
    ],
)
def test_indonesian_domestic_wording(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Police officers tore down the barricades the protesters had put up on the road.", "PROTEST"),
        ("en", "Troops fought rebels for control of the town near the border with Sudan.", "PROTEST"),
        ("en", "Soldiers stormed the rebel commander's house in Beni and killed him.", "PROTEST"),
        ("en", "Gunmen set fire to a church in the village, police said.", "PROTEST"),
        ("en", "The king was called on to open the session of parliament.", "REQUEST"),
        ("id", "Presiden memanggil para menteri ke Istana untuk menjelaskan program makan bergizi gratis.", "ACCUSE"),
        ("id", "Kedua partai sepakat membentuk koalisi untuk Pilkada Jakarta.", "ACCUSE"),
        ("id", "Pembatalan penerbangan itu disebabkan cuaca buruk.", "CONCEDE"),
        ("id", "Warga menggelar aksi bersih-bersih pantai di Kuta.", "PROTEST"),
        ("id", "Pelatih mencoret nama dua pemain dari skuad timnas.", "COERCE"),
        ("id", "Majelis hakim menjatuhkan vonis enam tahun penjara kepada terdakwa.", "RETREAT"),
        ("id", "Pemerintah daerah menaikkan PBB-P2 hingga 250 persen.", "CONCEDE"),
    ],
)
def test_domestic_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-06-10")
    assert all(e != event for e, _, _ in found), found


def test_home_parliament_keeps_its_own_country():
    """'DPR RI', 'DPR Indonesia' and the whole name 'DPR AS' are not lent to another state."""
    assert has(indonesian("DPR RI mengecam Israel.", "2024-03-14"), "ACCUSE", "IDN", "ISR")
    assert has(indonesian("DPR AS meloloskan resolusi yang mengecam China.", "2024-03-14"), "ACCUSE", "USA", "CHN")


def test_land_tax_is_no_united_nations():
    found = indonesian("Bupati Pati membatalkan kenaikan PBB-P2 sebesar 250 persen.", "2025-08-08")
    assert not any("UNO" in a or "UNO" in r for _, a, r in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Anies Baswedan promised to scrap the new capital project if elected president."),
        ("en", "The governor pledged, if re-elected, to build a flood canal in the east of the city."),
        ("id", "Ganjar berjanji membuka 17 juta lapangan kerja jika terpilih sebagai presiden."),
        ("id", "Calon gubernur itu berjanji menggratiskan transportasi umum bila menang dalam pilkada."),
    ],
)
def test_campaign_pledge_is_no_agreement(lang, text):
    """A promise bound to the speaker's own election (grammar campaign_conditions) is a campaign pledge."""
    assert all(e != "AGREE" for e, _, _ in coded_in(lang, text, "2024-01-20"))


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Japan promised to send relief aid to Indonesia if needed.", "JPN", "IDN"),
        ("id", "Jepang berjanji mengirim bantuan ke Indonesia jika diperlukan.", "JPN", "IDN"),
    ],
)
def test_promise_on_other_conditions_stays_agreement(lang, text, actor, recipient):
    assert has(coded_in(lang, text, "2024-01-20"), "AGREE", actor, recipient)
