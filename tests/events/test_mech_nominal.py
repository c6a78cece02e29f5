"""An event noun's owner (session 27, mech_nominal). A pattern that ends in the noun's object holds
that object's owner, who does the act: "Penarikan pasukan Rusia dari …", "the withdrawal of French
troops" (attribution.object_owner) — acts done to someone still take the owner as the one acted on
("Pengusiran diplomat Rusia oleh Polandia"). A word after a pe-…-an noun of the act is that noun's
object, so a noun naming its own owner: "Penjatuhan sanksi Uni Eropa terhadap …". A di- verb's
pattern that ends in the agent's first word leaves the agent to it: "dilatih militer Turki".
Sentences written for warta."""

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
        ("Penarikan pasukan Israel dari Jalur Gaza selesai pekan lalu.", "RETREAT", "ISR", None),
        ("Penarikan tentara Jerman dari Mali dimulai bulan depan.", "RETREAT", "DEU", "MLI"),
        ("Penarikan personel militer Prancis dari Niger rampung pada Jumat.", "RETREAT", "FRA", "NER"),
        ("Pengerahan pasukan Rusia ke perbatasan Ukraina memicu kekhawatiran.", "MOBILIZE", "RUS", "UKR"),
        ("Penjatuhan sanksi Uni Eropa terhadap pejabat Iran diumumkan Senin.", "SANCTION", "EUR", "IRN"),
        ("Pengenaan sanksi Amerika Serikat terhadap bank Rusia mulai berlaku.", "SANCTION", "USA", "RUS"),
        ("Pemberlakuan sanksi Jepang atas Korea Utara diperpanjang.", "SANCTION", "JPN", "PRK"),
        ("Ratusan prajurit Filipina dilatih tentara Amerika Serikat di Luzon.", "AID", "USA", "PHL"),
        ("Puluhan polisi Somalia dilatih militer Turki di Mogadishu.", "AID", "TUR", "SOM"),
    ],
)
def test_indonesian_noun_owner_does_the_act(text, event, actor, recipient):
    assert has(indonesian(text, "2023-05-05"), event, actor, recipient)


def test_english_owner_of_the_troops_withdraws_them():
    assert has(english("The withdrawal of French troops was completed on Monday.", "2023-05-05"), "RETREAT", "FRA")


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # no owner: nobody's troops
        ("Penarikan pasukan dari perbatasan itu rampung pekan lalu.", "id", "RETREAT"),
        ("The withdrawal of troops was completed on Monday.", "en", "RETREAT"),
        # a word after the pattern's preposition is where the case goes, not its agent
        ("Gugatan itu dibawa ke mahkamah konstitusi oleh partai oposisi.", "id", "ACCUSE"),
        # money withdrawn from a bank is no retreat
        ("Penarikan dana nasabah dari bank itu meningkat tajam.", "id", "RETREAT"),
    ],
)
def test_near_misses(text, lang, event):
    found = coded_in(lang, text, "2023-05-05")
    assert not any(e == event and a for e, a, _ in found)


def test_expelled_diplomats_stay_the_ones_acted_on():
    found = indonesian("Pengusiran diplomat Rusia oleh Polandia diumumkan Rabu.", "2023-05-05")
    assert has(found, "SANCTION", "POL", "RUS")
    assert not has(found, "SANCTION", "RUS")
