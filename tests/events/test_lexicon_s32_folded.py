"""Attacks as words between political figures (session 32, folded; en/ and id/triggers/accuse.yaml
`s32folded` entries with actor_sector and recipient_sector): a party, a lawmaker or a government
figure attacking another political figure or body is ACCUSE; troops, police, rebels, buildings or a
capital city as either side fall back to ASSAULT. The fallback reading meets the checks it would
have met had it matched first: what someone is accused of stays content, a retelling stays folded."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Republican senators attacked Obama for his handling of the economy.", "USA", "USA"),
        ("en", "The opposition Labour Party attacked the prime minister on Tuesday.", "GBR", "GBR"),
        ("en", "Trump stepped up his attacks on Clinton at a rally in Ohio.", "USA", "USA"),
        ("id", "Partai Demokrat menyerang pemerintah terkait kenaikan harga BBM.", "IDN", "IDN"),
        ("id", "Anggota DPR dari Fraksi Gerindra menyerang Menteri Keuangan Sri Mulyani.", "IDN", "IDN"),
    ],
)
def test_politicians_attack_in_words(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2016-08-01")
    assert has(found, "ACCUSE", actor, recipient), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "The Muslim Brotherhood attacked an army checkpoint in Sinai.", "EGY"),
        ("en", "Hamas attacked Israeli troops near the border.", "PSE"),
        ("en", "ANC supporters attacked police officers outside the court.", "ZAF"),
        ("id", "Simpatisan partai itu menyerang polisi yang menjaga kantor KPU.", "IDN"),
    ],
)
def test_attacks_on_forces_stay_assault(lang, text, actor):
    found = coded_in(lang, text, pub_date="2016-08-01")
    assert any(e == "ASSAULT" for e, _, _ in found), found
    assert not any(e == "ACCUSE" for e, _, _ in found), found


def test_capital_as_target_is_no_figure():
    # "menyerang Tokyo": a capital stands for its government but is also the city
    text = "Washington berjanji membela sekutunya jika ada negara yang menyerang Tokyo."
    found = indonesian(text, pub_date="2017-08-15")
    assert not any(e == "ACCUSE" for e, _, _ in found), found


def test_retelling_folds_under_the_general_reading():
    # "a wave of terrorist attacks, including three suicide bombings": one assault, not two
    found = english(
        "Pakistani police are on high alert after a wave of terrorist attacks, including three suicide bombings.",
        pub_date="2007-05-26",
    )
    assert sum(e == "ASSAULT" for e, _, _ in found) <= 1, found
