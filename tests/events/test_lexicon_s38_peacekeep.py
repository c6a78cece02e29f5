"""Peace missions arriving (session 38, peacekeep): a verb of beginning between a relative pronoun and
its verb leaves the group before the pronoun the verb's subject ("African Union troops who began
arriving in …", "pasukan Uni Afrika yang mulai berdatangan di …"; grammar `phase_verbs`,
attribution.antecedent), and troops arriving in numbers ("berdatangan di") are a deployment as "tiba
di" is (id.mobilize.s38pk-berdatangan-militer), so a peace mission's troops arriving give protection
(AID 074) to the host in both languages. Near misses: combat troops arriving stay MOBILIZE, fans and
residents arriving code nothing."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "The president thanked the Kenyan peacekeepers who began arriving in Mogadishu on Monday.",
         "AID", "KEN", "SOM"),
        ("en", "Residents welcomed the African Union troops who started to arrive in Bangui this week.",
         "AID", "IGO", "CAF"),
        ("id", "Pasukan penjaga perdamaian Kenya mulai berdatangan di Mogadishu pada Senin.", "AID", "KEN", "SOM"),
        ("id", "Presiden menyambut pasukan Uni Afrika yang mulai berdatangan di Bangui pekan ini.",
         "AID", "IGO", "CAF"),
        ("en", "Villagers fled from the American soldiers who began arriving in Kandahar on Sunday.",
         "MOBILIZE", "USA", "AFG"),
        ("id", "Ribuan tentara Amerika mulai berdatangan di Kandahar pada Minggu.", "MOBILIZE", "USA", "AFG"),
    ],
)
def test_peace_mission_arriving(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2024-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Thousands of football fans who began arriving in Doha on Friday crowded the hotels.", "MOBILIZE"),
        ("en", "Villagers fled from the American soldiers who began arriving in Kandahar on Sunday.", "AID"),
        ("id", "Ribuan warga berdatangan di Monas untuk merayakan tahun baru.", "MOBILIZE"),
        ("id", "Ribuan tentara Amerika mulai berdatangan di Kandahar pada Minggu.", "AID"),
    ],
)
def test_arrivals_that_are_no_peace_mission(lang, text, event):
    found = coded_in(lang, text, pub_date="2024-03-01")
    assert all(e != event for e, _, _ in found), found
