"""A verb of calling or judging whose object is a long noun phrase before "sebagai"/"as" and a
negative verdict (session 25, verdict_reach): the clause gap "...." of the trigger patterns
(events/triggers.py) reaches over the noun phrase; the labeller accuses the party named in it
(data/{en,id}/triggers/s25_verdict_reach.yaml). Near misses: positive or neutral verdicts, a speaker
naming himself, negation, a question, a verdict on no party, and "called on … to" (a request)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Menteri Luar Negeri Rusia menilai langkah Jepang menambah anggaran pertahanan"
            " tahun depan sebagai provokasi.",
            "RUS",
            "JPN",
        ),
        (
            "Iran memandang kehadiran kapal induk Amerika di perairan Teluk selama sebulan ini sebagai ancaman.",
            "IRN",
            "USA",
        ),
        (
            "Pemerintah China menganggap penjualan senjata Amerika Serikat kepada pulau itu"
            " pekan lalu sebagai pelanggaran.",
            "CHN",
            "USA",
        ),
        (
            "Presiden Ukraina menyebut serangan udara Rusia berbulan-bulan terhadap kota"
            " pelabuhan di selatan sebagai kejahatan perang.",
            "UKR",
            "RUS",
        ),
        (
            "Juru bicara Kemlu Filipina menyebut pemasangan pelampung oleh penjaga pantai"
            " China di dekat karang itu sebagai tindakan ilegal.",
            "PHL",
            "CHN",
        ),
    ],
)
def test_indonesian_long_object_called_a_verdict_is_accuse(text, actor, recipient):
    found = indonesian(text, pub_date="2021-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Russian Foreign Minister Sergei Lavrov described the deployment of American"
            " missiles in Poland next year as a dangerous provocation.",
            "RUS",
            "USA",
        ),
        (
            "Ukraine's foreign minister described the Russian annexation of the peninsula last year as illegal.",
            "UKR",
            "RUS",
        ),
        (
            "Beijing described the sale of American fighter jets to the island this month as"
            " a serious violation of its sovereignty.",
            "CHN",
            "USA",
        ),
        (
            "President Barack Obama branded Iran's plan to enrich uranium at the underground"
            " site near Qom a provocation.",
            "USA",
            "IRN",
        ),
        (
            "Tokyo regards North Korea's launch of two ballistic missiles over the weekend as a grave threat.",
            "JPN",
            "PRK",
        ),
    ],
)
def test_english_long_object_called_a_verdict_is_accuse(text, actor, recipient):
    found = english(text, pub_date="2021-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "Menlu Malaysia menyebut dirinya sebagai sahabat lama rakyat Palestina di Gaza dan Tepi Barat.",
        "Presiden menyebut pertemuan dengan Perdana Menteri Jepang di Tokyo kemarin sebagai langkah maju.",
        "Menteri itu tidak menyebut keputusan Amerika Serikat menutup pangkalannya di Jepang sebagai kesalahan.",
        "Apakah Menlu China menyebut pengerahan rudal Amerika di Korea Selatan tahun depan sebagai provokasi?",
        "Presiden Rusia menggambarkan kecenderungan itu di kalangan pemuda kota besar sebagai ancaman.",
    ],
)
def test_indonesian_near_misses_code_no_accusation(text):
    found = indonesian(text, pub_date="2021-06-10")
    assert not any(e == "ACCUSE" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "German Chancellor Angela Merkel described the talks with the Chinese delegation"
        " in Berlin on Monday as productive.",
        "German Chancellor Angela Merkel described the new trade agreement with Japan"
        " signed in Tokyo as a step forward.",
        "Chinese Foreign Minister Wang Yi did not describe the decision by the United"
        " States to close its base as a mistake.",
        "Did the Chinese foreign minister describe the deployment of American missiles"
        " in South Korea as a provocation?",
        "The senator described himself as a friend of the Palestinian people in Gaza and the West Bank.",
        "The Russian president described the trend among the youth of the big cities as a threat.",
    ],
)
def test_english_near_misses_code_no_accusation(text):
    found = english(text, pub_date="2021-06-10")
    assert not any(e == "ACCUSE" for e, _, _ in found), found


def test_called_on_to_halt_is_a_request_not_a_label():
    found = english("French President Emmanuel Macron called on Iran to halt what he described as a provocation.")
    assert not has(found, "ACCUSE", "FRA", "IRN"), found


def test_bare_government_judged_over_a_long_object_is_the_speakers_own():
    text = (
        "Senator AS itu menyebut rencana pemerintah untuk mengirim ribuan prajurit tambahan ke Afganistan"
        " sebagai kekeliruan."
    )
    found = indonesian(text, pub_date="2009-10-10")
    assert has(found, "ACCUSE", "USA", "USA"), found
    assert not has(found, "ACCUSE", "USA", "AFG"), found
