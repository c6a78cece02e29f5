"""English news (session 38, ennews): a firm named by its state ("a Chinese company, Sinohydro", "a
Russian firm") works where it is hired and sets no scene for the unnamed officials, police and people
of the sentences after it — like an outlet named by its name. Near miss: nationals held by the police
of the scene stay nationals of their own state."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Protesters in Kenya demanded lower fuel prices on Monday. A Chinese company, Sinohydro, has built "
         "the new highway. Interior Minister Fred Okello ordered police to arrest the protest leaders.",
         "COERCE", "KEN", "KEN", "2023-07-10"),
        ("Farmers in Ghana blocked the main road on Friday. A British firm has bought the cocoa plant. "
         "The police arrested twelve farmers in Kumasi.",
         "COERCE", "GHA", "GHA", "2022-03-11"),
    ],
)
def test_firm_sets_no_scene(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_nationals_held_stay_their_own():
    found = english("Police in Nigeria arrested two Chinese nationals on Monday. Police accused them of "
                    "illegal mining.", pub_date="2023-01-10")
    assert has(found, "COERCE", "NGA", "CHN"), found
