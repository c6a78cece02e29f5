"""Cross-language agreement (session 14): an invented English sentence and its Indonesian
translation code the same event — type, actor and recipient — and words that are no event stay
uncoded on both sides (en/triggers_s14_agree.yaml, id/triggers_s14_agree.yaml,
actors/sectors_s14_agree.yaml)."""

from __future__ import annotations

import pytest

from conftest import agree, coded_in


def coded(text: str, lang: str) -> list[tuple[str, list[str], list[str]]]:
    return coded_in(lang, text, pub_date="2010-05-04")


def test_the_verb_bomb_after_to():
    english = "The Tamil Tigers used light aircraft in a night mission to bomb a military airfield near Colombo."
    indonesian = "Macan Tamil menggunakan pesawat ringan dalam misi malam untuk membom pangkalan militer dekat Kolombo."
    agree(english, indonesian, "ASSAULT", "LKA", None)


@pytest.mark.parametrize(
    ("english", "indonesian", "actor", "recipient"),
    [
        (
            "Russia will offer India its new S-400 missile system, an official said.",
            "Rusia akan menawari India sistem rudal S-400 yang baru, kata seorang pejabat.",
            "RUS",
            "IND",
        ),
        (
            "France offered Egypt two helicopter carriers last year.",
            "Perancis menawarkan dua kapal induk helikopter kepada Mesir tahun lalu.",
            "FRA",
            "EGY",
        ),
    ],
)
def test_offering_a_weapons_system_is_an_offer(english, indonesian, actor, recipient):
    agree(english, indonesian, "AGREE", actor, recipient)


@pytest.mark.parametrize(
    ("english", "indonesian", "actor", "recipient"),
    [
        (
            "The United States banned arms sales to Venezuela last year.",
            "Amerika Serikat melarang penjualan senjata ke Venezuela tahun lalu.",
            "USA",
            "VEN",
        ),
        (
            "The European Union imposed a ban on arms exports to Myanmar on Monday.",
            "Uni Eropa memberlakukan larangan ekspor senjata ke Myanmar, Senin.",
            "EUR",
            "MMR",
        ),
    ],
)
def test_an_arms_ban_is_a_sanction(english, indonesian, actor, recipient):
    agree(english, indonesian, "SANCTION", actor, recipient)


def test_aid_called_off_is_a_sanction():
    english = "South Korea suspended its rice shipments to North Korea after the missile tests."
    indonesian = "Korea Selatan mengurungkan pengiriman bantuan beras ke Korea Utara setelah uji coba rudal."
    agree(english, indonesian, "SANCTION", "KOR", "PRK")
    cancelled = coded("Jepang membatalkan bantuan pangan kepada Korea Utara.", "id")
    assert any(e == "SANCTION" and "JPN" in a for e, a, _ in cancelled), cancelled


def test_calling_supporters_to_boycott_a_referendum():
    indonesian = "Oposisi Mesir mendesak para pendukungnya memboikot referendum konstitusi."
    hits = [(e, a) for e, a, _ in coded(indonesian, "id") if e == "PROTEST"]
    assert hits and any("EGY" in a for _, a in hits), coded(indonesian, "id")


def test_clan_elders_are_named_parties():
    english = "Hawiye elders have been negotiating with the Ethiopian military in Mogadishu since last week."
    indonesian = "Para tetua Hawiye telah berunding dengan militer Ethiopia di Mogadishu sejak pekan lalu."
    agree(english, indonesian, "CONSULT", "SOM", "ETH")


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        (
            "Tourist visits from China to Japan rose sharply last year.",
            "Kunjungan turis dari China ke Jepang meningkat tajam tahun lalu.",
        ),
        (
            "Police in Japan said 819 crime suspects fled the country in 2005.",
            "Polisi Jepang mengatakan 819 tertuduh pelaku kejahatan kabur ke luar negeri pada 2005.",
        ),
    ],
)
def test_no_event_on_either_side(english, indonesian):
    assert coded(english, "en") == [], coded(english, "en")
    assert coded(indonesian, "id") == [], coded(indonesian, "id")
