"""s25 crit2: verdicts on another party's policy that the cause frame could not reach — a failure
said right before the speaker tag, the owner after a verdict noun, a claim called baseless with its
owner inside a long phrase — and near misses that must stay uncoded (a failure of no party, a
verdict on a subject naming no party, which no longer takes the state named earlier)."""

from functools import partial

import pytest

from conftest import coded_in, has_event

en = partial(coded_in, "en", pub_date="2017-03-01")
id_ = partial(coded_in, "id", pub_date="2017-03-01")

CODED = [
    (
        en,
        "The American strategy in Afghanistan has failed, the Pakistani foreign minister said.",
        "ACCUSE",
        "PAK",
        "USA",
    ),
    (en, "Russia's policy in Syria has failed, the French president said on Monday.", "ACCUSE", "FRA", "RUS"),
    (en, "Washington's sanctions have failed, the Iranian foreign minister said.", "ACCUSE", "IRN", "USA"),
    (en, "The deal is a failure of American diplomacy, the Iranian foreign minister said.", "ACCUSE", "IRN", "USA"),
    (id_, "Strategi Amerika Serikat di Afghanistan gagal, kata Menteri Luar Negeri Pakistan.", "ACCUSE", "PAK", "USA"),
    (id_, "Kebijakan ekonomi Jepang telah gagal, ujar Perdana Menteri China.", "ACCUSE", "CHN", "JPN"),
    (id_, "Sanksi Washington telah gagal, kata Menteri Luar Negeri Iran.", "ACCUSE", "IRN", "USA"),
    (
        id_,
        "Perjanjian itu adalah kegagalan diplomasi Amerika Serikat, kata Menteri Luar Negeri Iran.",
        "ACCUSE",
        "IRN",
        "USA",
    ),
    (id_, "Pemerintah Filipina menyebut klaim China atas perairan itu tidak berdasar.", "REJECT", "PHL", "CHN"),
]


@pytest.mark.parametrize(("coded", "text", "event", "actor", "recipient"), CODED)
def test_verdict_is_coded(coded, text, event, actor, recipient):
    found = coded(text)
    assert has_event(found, event, actor, recipient), found


NOT_CODED = [
    (en, "The rocket launch failed, the Japanese space agency said."),
    (en, "The talks failed, the Egyptian mediator said."),
    (en, "If the plan fails, the minister said, Japan will try again."),
    (en, "The team's bid for the cup failed, the coach said."),
    (id_, "Peluncuran roket itu gagal, kata badan antariksa Jepang."),
    (id_, "Perundingan itu gagal, kata mediator Mesir."),
    (id_, "Ginjalnya gagal, kata dokter Malaysia itu."),
    (id_, "Menteri itu mengatakan rencana Amerika Serikat tidak gagal."),
]


@pytest.mark.parametrize(("coded", "text"), NOT_CODED)
def test_failure_of_no_party_is_no_verdict(coded, text):
    assert not any(event == "ACCUSE" for event, _, _ in coded(text))


@pytest.mark.parametrize(
    ("coded", "text"),
    [
        (
            en,
            "Russia sent troops to the border on Sunday. The deal was a failure, the Ukrainian defence minister said.",
        ),
        (
            id_,
            "Rusia mengirim pasukan ke perbatasan pada Minggu. "
            "Kesepakatan itu merupakan kegagalan, kata Menteri Pertahanan Ukraina.",
        ),
    ],
)
def test_verdict_naming_no_party_takes_no_guessed_target(coded, text):
    """The state named in an earlier line is not the one a subject-less verdict judges."""
    found = coded(text)
    assert has_event(found, "ACCUSE", "UKR", "-"), found


def test_baseless_claim_of_own_side_is_rejected_without_target():
    found = id_("China menyebut klaim itu tidak berdasar.")
    assert has_event(found, "REJECT", "CHN"), found
