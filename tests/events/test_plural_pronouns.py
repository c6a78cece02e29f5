"""Plural pronouns as a clause's subject (session 24). "Keduanya"/"Both"/"The two"/"the two leaders"
(grammar `both_people`) are the two people the latest sentence naming two named — "Modi met Widodo …
Both agreed …" is India and Indonesia, one joint event. "Mereka"/"They" (grammar `crowd_pronouns`) is
the group named by a noun that opened the sentence before (or the one before that), only when that
sentence named no other group and no one has taken the subject since. Where it is unclear, no actor
is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


def joint(found, event: str, one: str, other: str) -> bool:
    """An event of the type between the two parties, whichever way round."""
    return (
        has(found, event, one, other)
        or has(found, event, other, one)
        or any(e == event and {one, other} <= set(a) for e, a, _ in found)
    )


@pytest.mark.parametrize(
    ("text", "event", "one", "other"),
    [
        (
            "Prime Minister Narendra Modi met President Joko Widodo in Jakarta on Monday. "
            "Both agreed to expand maritime cooperation.",
            "AGREE",
            "IND",
            "IDN",
        ),
        (
            "Chancellor Olaf Scholz is due to receive President Emmanuel Macron in Berlin this week. "
            "The two men agreed to coordinate their positions on energy prices.",
            "AGREE",
            "DEU",
            "FRA",
        ),
    ],
)
def test_both_people_en(text, event, one, other):
    assert joint(english(text), event, one, other)


@pytest.mark.parametrize(
    ("text", "event", "one", "other"),
    [
        (
            "Presiden Joko Widodo dan Perdana Menteri Narendra Modi berfoto bersama di Istana Bogor, Senin pagi. "
            "Keduanya membahas kerja sama maritim.",
            "CONSULT",
            "IDN",
            "IND",
        ),
        (
            "Presiden Joko Widodo bertemu Perdana Menteri Narendra Modi di New Delhi pekan lalu. "
            "Kedua pemimpin sepakat memperluas kerja sama pertahanan.",
            "AGREE",
            "IDN",
            "IND",
        ),
    ],
)
def test_both_people_id(text, event, one, other):
    assert joint(indonesian(text), event, one, other)


def test_crowd_pronoun_id():
    found = indonesian(
        "Puluhan petani dari Rembang menggelar aksi di depan Istana Merdeka, Jakarta. "
        "Mereka meminta Presiden Joko Widodo menghentikan pembangunan pabrik semen."
    )
    assert has(found, "REQUEST", "IDN", "IDN")


def test_crowd_pronoun_after_time_words_id():
    found = indonesian(
        "Sekitar tujuh penyidik tampak keluar dari rumah seorang anggota DPR di Jakarta. "
        "Kemarin, mereka menggeledah rumah itu selama lima jam."
    )
    assert has(found, "COERCE", "IDN")


def test_crowd_pronoun_en():
    found = english(
        "Striking teachers blocked two bridges into the city of Neuquen on Monday. "
        "Nobody knows how long this will last. "
        "They called on the provincial authorities to resign."
    )
    assert has(found, "REQUEST", "ARG", "ARG")


def test_two_people_after_and_en():
    """Inside one sentence, "and the two …" is the pair named before it: a joint agreement."""
    found = english(
        "Chancellor Olaf Scholz phoned President Emmanuel Macron on Tuesday, and the two agreed to "
        "meet in Paris next month."
    )
    assert has(found, "AGREE", "DEU", "FRA")


def test_crowd_goes_on_with_its_protest_id():
    """What the group does next in its protest is that protest told on: one PROTEST, not two."""
    found = indonesian(
        "Puluhan mahasiswa berunjuk rasa di depan gedung DPR di Jakarta. "
        "Mereka meneriakkan yel-yel dan meminta DPR membatalkan kenaikan harga bahan bakar."
    )
    assert [e for e, _, _ in found].count("PROTEST") == 1
    assert has(found, "REQUEST", "IDN", "IDN")


# near misses: no actor may be invented


def test_three_people_leave_both_unclear():
    found = english(
        "Narendra Modi, Joko Widodo and Anthony Albanese attended the summit dinner. Both agreed to meet again."
    )
    assert not any(e == "AGREE" for e, _, _ in found)


def test_both_before_a_noun_is_not_the_pair():
    found = english(
        "Narendra Modi met Joko Widodo in Jakarta on Monday. Both bombs exploded near the market on Tuesday."
    )
    assert not any(e == "ASSAULT" and {"IND", "IDN"} <= set(a) for e, a, _ in found)


def test_two_groups_leave_mereka_unclear():
    found = indonesian("Polisi menangkap puluhan mahasiswa di depan gedung DPR. Mereka kemudian membakar ban di jalan.")
    assert not any(e == "PROTEST" for e, _, _ in found)


def test_a_government_is_no_crowd():
    found = indonesian(
        "Pemerintah mendapat kritik tajam karena kenaikan harga bahan bakar. Berbagai spanduk dipasang di kota. "
        "Mereka kemudian membakar spanduk itu."
    )
    assert not any(e == "PROTEST" and "IDN" in a for e, a, _ in found)
