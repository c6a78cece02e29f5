"""The target of an attack is the victims' state when the sentence names it (coder.victims_named,
session 23): the party a verb of killing or wounding after the attack names ("…, wounding three
French engineers", "…, mencederai seorang tentara Inggris", grammar `casualty_causes`), and a
casualty named by its state before the attack ("Two Turkish soldiers died when US jets bombed
suspected militants"), outweigh the scene's unnamed people and the place of the attack. Near
misses: a state named only as the teller, and casualties of the attacker's own side. Sentences
written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Gunmen in northern Mali opened fire on a convoy near Gao, wounding three French engineers.", "MLI", "FRA"),
        (
            "Militants fired rockets at a base in Helmand province, Afghanistan, injuring a British soldier.",
            "AFG",
            "GBR",
        ),
        ("Two Turkish soldiers died when US jets bombed suspected militants in northern Syria.", "USA", "TUR"),
    ],
)
def test_english_victims_named_are_the_target(text, actor, recipient):
    assert has(english(text), "ASSAULT", actor, recipient)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Orang-orang bersenjata di Mali utara menembaki konvoi di dekat Gao, melukai tiga insinyur Prancis.",
            "MLI",
            "FRA",
        ),
        (
            "Gerilyawan meluncurkan roket ke pangkalan di Helmand, Afghanistan, mencederai seorang tentara Inggris.",
            "AFG",
            "GBR",
        ),
        ("Dua tentara Turki tewas ketika jet-jet AS mengebom tersangka gerilyawan di Suriah utara.", "USA", "TUR"),
    ],
)
def test_indonesian_victims_named_are_the_target(text, actor, recipient):
    assert has(indonesian(text), "ASSAULT", actor, recipient)


@pytest.mark.parametrize(
    ("found", "recipient"),
    [
        # the state of the one who tells of the attack was not attacked
        (english("Gunmen in northern Mali opened fire on a convoy near Gao, a French spokesman said."), "FRA"),
        (
            indonesian("Orang-orang bersenjata di Mali utara menembaki konvoi di dekat Gao, kata juru bicara Prancis."),
            "FRA",
        ),
        (english("US jets bombed suspected militants in northern Syria, Turkish officials said."), "TUR"),
        # the attacker's own casualties are not its target
        (english("Two US pilots died when US jets bombed suspected militants in northern Syria."), "USA"),
        (indonesian("Dua pilot AS tewas ketika jet-jet AS mengebom tersangka gerilyawan di Suriah utara."), "USA"),
    ],
)
def test_near_misses_name_no_victims(found, recipient):
    assert not any(e == "ASSAULT" and recipient in r for e, _, r in found)


@pytest.mark.parametrize(
    ("found"),
    [
        english("Militants attacked a convoy in Helmand, Afghanistan, killing two German soldiers."),
        indonesian("Gerilyawan Serang Konvoi di Helmand, Afghanistan, Tewaskan Dua Tentara Jerman"),
    ],
)
def test_one_attack_on_the_victims_not_one_on_the_place_too(found):
    # the attack and its killing are one act aimed at the victims' state, not a second one at the scene
    assert has(found, "ASSAULT", "AFG", "DEU")
    assert not has(found, "ASSAULT", "AFG", "AFG")


def test_no_victims_past_a_break():
    found = english("Militants attacked a convoy in Helmand, Afghanistan, killing, police said, two German soldiers.")
    assert not any(e == "ASSAULT" and "DEU" in r for e, _, r in found)
