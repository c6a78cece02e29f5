"""English and Indonesian coding one construction alike (session 40, agreement): a future told
after a verb of belief or expectation is a prediction in both languages — the English base forms
("analysts expect X will …") as "memperkirakan", the Indonesian passive ("diduga bahwa X akan …",
"diyakini", "diperkirakan") as "it is believed"; and a place after a bearing ("sebelah barat
Baghdad") is a place as after "west of" — no actor. Near misses: a party's own stated plan stays
AGREE, a past act hedged stays coded."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Analysts expect the Malaysian prime minister will visit Thailand next month.", "AGREE"),
        ("en", "Diplomats believe Vietnam will sign the maritime accord with the Philippines.", "AGREE"),
        ("en", "Observers predict the Thai army will deploy more troops to the border.", "MOBILIZE"),
        ("id", "Secara luas diduga bahwa Perdana Menteri Malaysia akan mengunjungi Thailand bulan depan.", "AGREE"),
        ("id", "Diyakini bahwa Vietnam akan menandatangani perjanjian maritim dengan Filipina.", "AGREE"),
        ("id", "Diperkirakan bahwa Presiden Filipina akan bertemu dengan Presiden Vietnam pekan depan.", "AGREE"),
    ],
)
def test_predicted_future_is_no_intent(lang, text, event):
    found = coded_in(lang, text, "2024-05-10")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "The Malaysian prime minister said he will visit Thailand next month.", "AGREE", "MYS", "THA"),
        ("id", "Perdana Menteri Malaysia mengatakan akan mengunjungi Thailand bulan depan.", "AGREE", "MYS", "THA"),
        ("id", "Perdana Menteri Malaysia diduga telah mengunjungi Thailand secara diam-diam.", "CONSULT", "MYS", "THA"),
        ("id", "Di kota Mosul, 400 kilometer sebelah utara Baghdad, tentara Amerika menangkap dua militan.",
         "COERCE", "USA", None),
    ],
)
def test_own_plan_and_places_still_coded(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2024-05-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "Dalam operasi 60 kilometer sebelah barat Baghdad, pasukan koalisi menewaskan tiga militan.",
        "Sekitar 30 kilometer sebelah selatan Kabul, pasukan multinasional menahan empat orang.",
    ],
)
def test_capital_after_bearing_is_no_actor(text):
    found = indonesian(text, pub_date="2007-03-10")
    assert not any("IRQ" in a or "AFG" in a for _, a, _ in found), found
