"""English coded as the Indonesian side already is (session 34, agreeen): a crowd or a body named by a
pronoun before a verb going on — "They are demanding …", "They're calling for …", "It is urging …" —
acts as "Mereka menuntut …" does (actors.match crowd_subject, pronoun_described); a group counted
with "of" ("Hundreds of nurses …") is its sentence's subject, as "Ratusan perawat …" (governed); a sector term
joined to the body after it by "a"/"an" as by "the" — "officials from an African Union mission", as
"para pejabat dari misi Uni Afrika" (grammar `sector_joiners`). Near misses: a pronoun described
("They are farmers", "It is unclear whether …"), a pronoun in a passive ("They are being held")."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Many public-sector workers are seeking higher wages in Peru. "
         "They're calling on the education minister to resign.", "REQUEST", "PER", "PER"),
        ("Many public-sector workers are seeking higher wages in Peru. "
         "They are calling on the education minister to resign.", "REQUEST", "PER", "PER"),
        ("Teachers marched through the centre of Lima on Tuesday. "
         "They are demanding that the government raise their pay.", "REQUEST", "PER", None),
        ("Amnesty International published a report on Monday. "
         "It is urging Egypt to free all political prisoners.", "REQUEST", "NGO", "EGY"),
        ("Hundreds of nurses are on strike in Zimbabwe. "
         "They are demanding that the health ministry pay their salaries.", "REQUEST", "ZWE", "ZWE"),
        ("Dozens of Peruvian teachers marched through Lima on Tuesday. "
         "They called on the education minister to resign.", "REQUEST", "PER", "PER"),
        ("Kenyan elders met in Garissa with officials from an African Union monitoring mission.",
         "CONSULT", "KEN", "IGO"),
        ("Sudanese ministers held talks in Khartoum with envoys from a European Union delegation.",
         "CONSULT", "SDN", "EUR"),
    ],
)
def test_english_codes_what_the_indonesian_side_codes(text, event, actor, recipient):
    found = english(text, pub_date="2021-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Amnesty International published a report on Monday. "
         "It is unclear whether Egypt will free the prisoners.", "RETREAT"),
        ("Many public-sector workers are seeking higher wages in Peru. "
         "They are being questioned by police about the strike.", "ACCUSE"),
    ],
)
def test_described_pronouns_act_not(text, event):
    found = english(text, pub_date="2021-03-01")
    assert all(e != event for e, _, _ in found), found
