"""Headlines in the present tense (session 37, headlines; actors.match.plural_subject_verb): a plural
sector term opening a headline before a bare word is that word's subject, not a noun qualifying it —
"Soldiers Kill Three Rebels", "Farmers stage protest" — and takes the scene's state; in running text
("Arab leaders want …") the reading stays as it was."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Soldiers Kill Three Rebels in Mindanao", "ASSAULT", "PHL", "PHL", "2023-03-01"),
        ("Militants attack police post in Borno", "ASSAULT", "NGA", "NGA", "2023-03-01"),
        ("Farmers stage protest in Nairobi over seed prices", "PROTEST", "KEN", None, "2023-03-01"),
        ("Rebels Seize Two Towns in Eastern Congo", "COERCE", "COD", None, "2023-03-01"),
        ("Students Block Roads in Dhaka Over Quota Rules", "PROTEST", "BGD", None, "2023-03-01"),
    ],
)
def test_plural_subject_of_a_headline(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_running_text_plural_stays_as_it_was():
    # a full sentence with its stop: the plural before a bare verb is no headline's subject
    found = english("Arab leaders want peace talks in Cairo to resume.", pub_date="2023-03-01")
    assert not found, found
