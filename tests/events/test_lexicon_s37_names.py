"""Two actor gaps (session 37, names): a given name written with a hyphen ("Choe Myong-su",
"Jean-Luc Perrin") is a personal name, so the person named with a title after a comma is met again
by the surname; and a visit noun owned by its clitic ("Dalam kunjungannya ke Kenya, Macron …") in
the phrase that frames what the speaker says is the speaker's own visit, as "On his visit to Kenya,
Macron …" is. Near misses: a prefix before a name ("Pro-Beijing"), a visit named with its visitor."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Choe Myong-su, a North Korean envoy, spoke in Geneva on Monday. Choe criticized Japan over "
         "its sanctions.", "ACCUSE", "PRK", "JPN"),
        ("en", "Jean-Luc Perrin, a French envoy, arrived in Bamako on Tuesday. Perrin condemned the "
         "junta in Mali.", "ACCUSE", "FRA", "MLI"),
        ("id", "Choe Myong-su, diplomat Korea Utara, berbicara di Jenewa pada Senin. Choe mengecam Jepang.",
         "ACCUSE", "PRK", "JPN"),
    ],
)
def test_hyphenated_given_name_is_met_again(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2019-03-04")
    assert has(found, event, actor, recipient), found


def test_prefix_before_a_name_is_no_given_name():
    found = english("Pro-Beijing Lawmakers, a bloc in Hong Kong, met on Monday. Lawmakers criticized Britain.",
                    pub_date="2019-03-04")
    assert not has(found, "ACCUSE", "CHN", "GBR"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Dalam kunjungannya ke Nigeria, Scholz mengatakan Jerman siap berinvestasi."),
        ("id", "Selama kunjungannya ke Nigeria, Scholz menyatakan Jerman akan berinvestasi."),
        ("en", "On his visit to Nigeria, Scholz said Germany was ready to invest."),
        ("en", "During his visit to Nigeria, Scholz said Germany was ready to invest."),
    ],
)
def test_owned_visit_frame_is_the_speakers_visit(lang, text):
    found = coded_in(lang, text, pub_date="2022-05-20")
    assert has(found, "CONSULT", "DEU", "NGA"), found


def test_visit_with_its_own_visitor_stays_the_visitors():
    found = indonesian("Dua tentara tewas dalam kunjungan Presiden Nigeria ke Jerman.", pub_date="2022-05-20")
    assert not has(found, "CONSULT", "DEU", "NGA"), found
