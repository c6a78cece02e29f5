"""SUPPORT said in wordings earlier lexicons missed (session 23, recall_support): a message or cable
of condolence or congratulation sent, being supportive of or firmly behind someone, coming to or
speaking out in someone's defence, describing someone as a model or a reliable partner, a speaker
saying another did an excellent job, praise received from another
(en/triggers_s23_recall_support.yaml); support voiced, a positive assessment, a salute, praise
received (id/triggers_s23_recall_support.yaml) — and near misses that code no SUPPORT
('mendukung terlaksananya operasi', a stop entry)."""

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
        ("The German chancellor sent a message of condolence to the Egyptian president.", "DEU", "EGY"),
        ("Egypt's president sent a cable of condolences to the king of Morocco.", "EGY", "MAR"),
        ("Sweden is supportive of Finland's application.", "SWE", "FIN"),
        ("Vietnam spoke out in defence of Cambodia's position.", "VNM", "KHM"),
        ("Iran came to the defence of Qatar in the dispute.", "IRN", "QAT"),
        ("Brazil rallied to the side of Bolivia.", "BRA", "BOL"),
        ("Britain is right behind Ukraine, the minister said.", "GBR", "UKR"),
        ("The French president described the Tunisian transition as a model for the region.", "FRA", "TUN"),
        ("Britain said Kenya had done an excellent job in hosting the talks.", "GBR", "KEN"),
        # praise received: the giver is the actor (frame undergo), not a visit
        ("Egypt's Sisi receives congratulations from Saudi king", "SAU", "EGY"),
        ("The new Nigerian president received a congratulatory message from the French president.", "FRA", "NGA"),
    ],
)
def test_english_support(text, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, "SUPPORT", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Brasil menyuarakan dukungan bagi klaim Argentina atas kepulauan itu.", "BRA", "ARG"),
        ("Raja Saudi mengirim kawat ucapan selamat kepada Presiden Mesir yang baru.", "SAU", "EGY"),
        ("Kementerian Luar Negeri China menilai positif upaya kontraterorisme Pakistan.", "CHN", "PAK"),
        ("Perdana Menteri Jepang memberi hormat kepada keberanian tentara Filipina.", "JPN", "PHL"),
        # praise received: the giver is the actor (frame undergo)
        ("Presiden Indonesia menerima ucapan selamat dari Perdana Menteri Australia.", "AUS", "IDN"),
        ("Raja Salman mendapat pujian dari Presiden Mesir.", "EGY", "SAU"),
    ],
)
def test_indonesian_support(text, actor, recipient):
    found = indonesian(text, pub_date="2015-06-10")
    assert has(found, "SUPPORT", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "The senator described the bombing in Syria as an example of state terror.",
        "The minister did not speak out in defence of the Iranian position.",
        "Germany is not firmly behind the Polish plan.",
        "The Indian minister described the Pakistani offer as a trap.",
        "The ministry received no thanks from Turkey for its help.",
    ],
)
def test_english_near_misses(text):
    found = english(text, pub_date="2015-06-10")
    assert not any(e == "SUPPORT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Prancis tidak menyuarakan dukungan bagi klaim Argentina.",
        "Pemerintah Jepang menilai negatif langkah Korea Selatan.",
        "Menteri itu menyebut keputusan Malaysia sebagai langkah yang keliru.",
        "Menteri itu menyebut serangan di Suriah sebagai contoh terorisme.",
        # the working sense of "mendukung": an operation made possible, no party supported
        "Pemerintah Indonesia membeli pesawat baru untuk mendukung terlaksananya operasi TNI AU.",
    ],
)
def test_indonesian_near_misses(text):
    found = indonesian(text, pub_date="2015-06-10")
    assert not any(e == "SUPPORT" for e, _, _ in found), found
