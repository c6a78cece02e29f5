"""Who is the actor and who the recipient (session 27, clparty): a state executing a foreign
convict, arms counted by the thousand, an official named a suspect by a long title, an envoy "to" a
country recalled, a guest welcomed by a host named by title (en|id/triggers/s27_clparty.yaml,
actors/sectors_s27_clparty.yaml), and a subject set off by an aside that opens on a party and runs
into a relative clause (attribution.described_party_aside) — and near misses."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Singapore executed a Malaysian drug trafficker at dawn on Friday.", "SANCTION", "SGP", "MYS", "2022-04-29"),
        ("Iran sent hundreds of tonnes of ammunition to the Syrian army last year.", "AID", "IRN", "SYR", "2015-01-01"),
        ("The KPK named the regent of Bogor a suspect in a bribery case.", "ACCUSE", "IDN", "IDN", "2023-06-01"),
        (
            "Anwar Ibrahim, Malaysia's prime minister who took office after a hung election,"
            " met Xi Jinping in Beijing.",
            "CONSULT", "MYS", "CHN", "2023-03-31",
        ),
    ],
)
def test_english_parties(text, event, actor, recipient, date):
    assert has(english(text, date), event, actor, recipient), english(text, date)


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        (
            "Presiden Xi Jinping menyambut Perdana Menteri India Narendra Modi di Beijing.",
            "CONSULT", "IND", "CHN", "2019-10-12",
        ),
        ("Indonesia memanggil pulang duta besarnya di Canberra.", "SANCTION", "IDN", "AUS", "2013-11-18"),
        (
            "Anwar Ibrahim, Perdana Menteri Malaysia yang dilantik setelah pemilu tanpa pemenang mutlak,"
            " bertemu Presiden Xi Jinping di Beijing.",
            "CONSULT", "MYS", "CHN", "2023-03-31",
        ),
    ],
)
def test_indonesian_parties(text, event, actor, recipient, date):
    assert has(indonesian(text, date), event, actor, recipient), indonesian(text, date)


def test_the_convict_is_no_actor():
    found = english("Singapore executed a Malaysian drug trafficker at dawn on Friday.", "2022-04-29")
    assert not any("MYS" in actors for _, actors, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "The rebels executed the plan to seize the town within two days.", "2015-01-01"),
        ("en", "The company named a new chief executive, a former suspect in a fraud case.", "2015-01-01"),
        ("id", "Warga menyambut baik keputusan pemerintah menurunkan harga BBM.", "2015-01-01"),
        ("id", "Presiden Jokowi, yang tiba pagi tadi, tidak bertemu Perdana Menteri Malaysia.", "2015-01-01"),
    ],
)
def test_near_misses(lang, text, date):
    found = coded_in(lang, text, date)
    assert not any(e in {"SANCTION", "ASSAULT", "ACCUSE", "CONSULT"} for e, _, _ in found), found
