"""A short report with no dateline that names its place only late (session 31, noactor; coder.first_setting,
SHORT_REPORT): a report of at most SHORT_REPORT sentences is set, from its first sentence on, where its
first setting puts it, so its bare "the growers", "the government" are that state's — and near misses:
a long file of wire stories keeps looking for its setting in its opening only, and a report that names
no place at all gets no state."""

from __future__ import annotations

from functools import partial

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")

FILLER = [
    "Prices for the produce have stayed low for months.",
    "The growers say their costs have doubled.",
    "Many of them have stopped planting cane.",
    "Mills say the crop was smaller than expected.",
    "Rainfall was poor in the first half of the season.",
    "Transport costs have also risen sharply.",
    "Some growers have switched to maize.",
    "Others have sold their land.",
]
DEMAND = "The growers' association has urged the government to fix a fair price for cane."
PLACE = "In Karnataka, the mills have fixed a price of Rs 3,200 per tonne."


def report(*lines: str) -> str:
    return "\n".join(lines)


def test_a_short_report_is_set_where_it_names_its_place_late():
    text = report(FILLER[0], FILLER[1], DEMAND, *FILLER[2:], "The sugar content was measured by the mills.", PLACE)
    found = english(text, pub_date="2017-11-11")
    assert has(found, "REQUEST", "IND", "IND"), found


def test_a_long_file_looks_for_its_setting_in_its_opening_only():
    # a file of more than SHORT_REPORT sentences: its late place may belong to a later story
    text = report(FILLER[0], FILLER[1], DEMAND, *(FILLER[2:] * 5), PLACE)
    found = english(text, pub_date="2017-11-11")
    assert not has(found, "REQUEST", "IND"), found


def test_a_report_naming_no_place_gets_no_state():
    text = report(FILLER[0], FILLER[1], DEMAND, *FILLER[2:])
    found = english(text, pub_date="2017-11-11")
    assert not has(found, "REQUEST", "IND"), found
