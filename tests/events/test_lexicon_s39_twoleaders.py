"""Plural phrases pointing back at the two parties named before (session 39, twoleaders; grammar
`both_countries` / `both_people` in en/ and id/grammar.yaml): "both delegations", "the two heads of
government", "the two defence ministers", "kedua kepala pemerintahan", "kedua pejabat" are the two
states or people the sentences before named — and a near miss: "the sides of a tower" is no party."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("en", "Japan and Russia held a first round of strategic talks in Tokyo on Monday. "
         "Both delegations agreed to expand cooperation in energy projects.", "AGREE", "JPN", "RUS", "2023-03-01"),
        ("en", "Turkish President Erdogan hosted Ukrainian President Zelensky in Istanbul on Friday. "
         "The two heads of government signed a defence deal.", "SUPPORT", "TUR", "UKR", "2023-07-08"),
        ("en", "Australian Defence Minister Marles met his Indonesian counterpart Prabowo in Jakarta. "
         "The two defence ministers signed a cooperation agreement.", "SUPPORT", "AUS", "IDN", "2023-02-20"),
        ("id", "Presiden Jokowi bertemu Perdana Menteri Malaysia Anwar Ibrahim di Bogor, Kamis. "
         "Kedua kepala pemerintahan menandatangani nota kesepahaman perbatasan.",
         "SUPPORT", "IDN", "MYS", "2023-06-08"),
        ("id", "Menlu Retno Marsudi menerima Menlu Australia Penny Wong di Jakarta. "
         "Kedua pejabat sepakat memperkuat kerja sama maritim.", "AGREE", "IDN", "AUS", "2023-02-20"),
    ],
)
def test_two_parties_named_before(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_sides_of_a_thing_are_no_party():
    found = coded_in("en", "Israel and Lebanon exchanged fire on Monday. Gunmen later fired rockets at the sides "
                     "of a tower in Beirut.", pub_date="2017-02-20")
    assert not any(event == "ASSAULT" and "ISR" in recipient for event, _, recipient in found), found
