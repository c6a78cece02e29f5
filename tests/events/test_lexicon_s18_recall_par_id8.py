"""Indonesian recall on unseen wire text (session 18, helper recall_par_id8): an allegation that a
party has ties to an armed or terrorist group or harbours one, said by the speaker of the sentence
(ACCUSE, speaker -> party alleged against), and a denial worded as "it is wrong to link/blame ..."
or "it is untrue that ..." (REJECT) — id/triggers_s18_recall_par_id8.yaml — and words like them
that are no event; and the English "safe haven for militants" (en/triggers_s18_recall_par_id8.yaml)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # ties to an armed group, alleged by the speaker
        (
            "Para tahanan Iran itu mempunyai hubungan dengan Pengawal Revolusi, "
            "kata juru bicara militer Amerika Serikat.",
            "ACCUSE",
            "USA",
            "IRN",
        ),
        (
            "Suriah memiliki hubungan erat dengan para militan di Lebanon, kata Menteri Luar Negeri Israel.",
            "ACCUSE",
            "ISR",
            "SYR",
        ),
        # harbouring: a safe haven or hideout for militants
        (
            "Pakistan menjadi tempat persembunyian bagi para militan Taliban, kata Presiden Afganistan Hamid Karzai.",
            "ACCUSE",
            "AFG",
            "PAK",
        ),
        (
            "Pakistan memiliki tempat berlindung bagi Al Qaeda, kata Direktur Intelijen Nasional AS John Negroponte.",
            "ACCUSE",
            "USA",
            "PAK",
        ),
        # a denial worded as a judgement on the accusation
        ("Pakistan menyatakan tidak benar untuk mengaitkan pemerintahnya dengan kelompok itu.", "REJECT", "PAK", None),
        (
            "Malaysia keliru untuk menyalahkan Indonesia atas kabut asap itu, kata Menteri Kehutanan Indonesia.",
            "REJECT",
            "IDN",
            "MYS",
        ),
        (
            "Menurut juru bicara Kementerian Luar Negeri China, "
            "tidak benar bahwa kapal China memasuki perairan Natuna.",
            "REJECT",
            "CHN",
            None,
        ),
    ],
)
def test_allegation_and_denial_families(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # diplomatic or trade ties are no allegation
        "Indonesia memiliki hubungan dengan Jepang sejak lama, kata Menlu Hassan Wirajuda.",
        # a plain statement of ties with no speaker: nobody alleges it
        "Pemerintah Suriah menjalin hubungan dengan Hamas.",
        # a denial of the ties is no accusation
        "Iran tidak mempunyai hubungan dengan milisi di Irak, kata Menteri Luar Negeri Iran.",
        # shelter for refugees is no harbouring of militants
        "Thailand menyediakan tempat berlindung bagi para pengungsi, kata Menlu Thailand.",
        # a question is no denial
        "Apakah tidak benar bahwa Iran memasok senjata?",
    ],
)
def test_near_misses_code_no_accusation_or_denial(text):
    found = indonesian(text, pub_date="2007-06-01")
    assert not any(e == "ACCUSE" for e, _, _ in found), found
    assert not any(e == "REJECT" for e, _, _ in found), found


def test_untrue_that_is_a_denial_not_the_act_denied():
    found = indonesian(
        "Tidak benar bahwa Suriah mempunyai hubungan dengan milisi, kata Menteri Luar Negeri Suriah.",
        pub_date="2007-06-01",
    )
    assert has(found, "REJECT", "SYR"), found
    assert not any(e == "ACCUSE" for e, _, _ in found), found


english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Pakistan has become a sanctuary for Taliban fighters, Afghan President Hamid Karzai said.", "AFG", "PAK"),
        ("Pakistan is a safe haven for al Qaeda, US intelligence chief John Negroponte said.", "USA", "PAK"),
    ],
)
def test_english_safe_haven_is_an_allegation(text, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan is not a safe haven for militants, Pakistan's foreign ministry said.",
        "The island is a haven for tax evaders, the minister said.",
        "Thailand offered a safe haven for refugees, the Thai foreign minister said.",
    ],
)
def test_english_haven_near_misses(text):
    found = english(text, pub_date="2007-06-01")
    assert not any(e == "ACCUSE" for e, _, _ in found), found


def test_protest_pointed_back_at_is_no_protest_by_the_commenter():
    # "protes itu" is a protest already told: the minister commenting on it protests nothing
    found = indonesian("Menteri Dalam Negeri Thailand mengomentari protes itu dalam jumpa pers.", pub_date="2007-06-01")
    assert not any(e == "PROTEST" for e, _, _ in found), found


def test_protest_held_is_still_a_protest():
    found = indonesian("Ribuan buruh menggelar aksi protes itu di depan gedung DPR.", pub_date="2007-06-01")
    assert has(found, "PROTEST", "IDN"), found


def test_lacking_support_is_no_refusal():
    found = indonesian("Perdana Menteri Thailand tidak punya dukungan dari militer.", pub_date="2007-06-01")
    assert not any(e in ("REJECT", "SUPPORT") for e, _, _ in found), found


def test_giving_support_still_codes():
    found = indonesian("Partai Golkar memberikan dukungan kepada Presiden Joko Widodo.", pub_date="2007-06-01")
    assert has(found, "SUPPORT", "IDN", "IDN"), found


def test_commitment_to_give_support_still_codes():
    found = indonesian("Indonesia memiliki komitmen untuk memberikan dukungan kepada Palestina.", pub_date="2007-06-01")
    assert has(found, "SUPPORT", "IDN", "PSE"), found
