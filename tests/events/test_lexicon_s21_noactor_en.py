"""English events whose party the actor lists lacked (session 21, noactor_en): Australian Greens
senators, a US congressman, Egypt's 2011 activists and April 6 movement, a US insurer and US gay-rights
groups, the human-rights commissions and rights NGOs of South and Southeast Asia, the parties of Guyana
and Trinidad and Tobago (actors/bodies_s21_noactor_en.yaml, actors/people/s21_noactor_en.tsv,
actors/sectors_s21_noactor_en.yaml) — and sentences naming them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "pub_date", "event", "actor", "recipient"),
    [
        # people
        ("Greens senator Lee Rhiannon condemned Israel's blockade of Gaza.", "2014-07-20", "ACCUSE", "AUS", "ISR"),
        ("Christine Milne urged Canberra to halt coal exports to India.", "2013-05-02", "REQUEST", "AUS", "AUS"),
        ("Rep. Glenn English criticized the Pentagon over the radar contract.", "1985-04-11", "ACCUSE", "USA", "USA"),
        ("Asmaa Mahfouz called on Egyptians to march against Mubarak.", "2011-01-20", "REQUEST", "EGY", "EGY"),
        ("Wael Ghonim accused the Egyptian police of torturing him.", "2011-02-08", "ACCUSE", "EGY", "EGY"),
        (
            "The April 6 Youth Movement urged the Egyptian government to free the jailed bloggers.",
            "2008-04-01",
            "REQUEST",
            "EGY",
            "EGY",
        ),
        # a US insurer, US advocacy groups
        ("Goldman Sachs criticized Taiwan's regulators for blocking the sale.", "2009-09-01", "ACCUSE", "USA", "TWN"),
        ("GLAAD condemned the senator's remarks about gay soldiers.", "2010-05-01", "ACCUSE", "USA", "USA"),
        ("Lambda Legal sued the Texas attorney general over the marriage ban.", "2014-03-01", "ACCUSE", "USA", "USA"),
        # human-rights commissions and rights NGOs
        (
            "The Human Rights Commission of Pakistan condemned the killing of a journalist in Quetta.",
            "2016-05-01",
            "ACCUSE",
            "PAK",
            "PAK",
        ),
        ("HRCP urged the Sindh government to free the detained activists.", "2016-05-01", "REQUEST", "PAK", "PAK"),
        (
            "Ain-O-Salish Kendra accused Bangladeshi police of torturing detainees.",
            "2015-02-01",
            "ACCUSE",
            "BGD",
            "BGD",
        ),
        ("Odhikar criticised the Bangladesh government over the disappearances.", "2015-02-01", "ACCUSE", "BGD", "BGD"),
        (
            "Suhakam urged the Malaysian police to stop holding activists without trial.",
            "2016-11-20",
            "REQUEST",
            "MYS",
            "MYS",
        ),
        (
            "Police in Lucknow beat the students. The National Human Rights Commission sought a report from "
            "the Uttar Pradesh government.",
            "2019-12-20",
            "REQUEST",
            "IND",
            "IND",
        ),
        # parties of Guyana and Trinidad and Tobago
        (
            "People's National Congress Reform accused Guyana's government of rigging.",
            "2011-12-01",
            "ACCUSE",
            "GUY",
            "GUY",
        ),
        # "PPP" alone is Pakistan's party; "PPP/C" is Guyana's
        ("Guyana's PPP/C accused the opposition of inciting violence.", "2015-05-01", "ACCUSE", "GUY", "GUY"),
    ],
)
def test_party_found(text, pub_date, event, actor, recipient):
    found = english(text, pub_date=pub_date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "pub_date", "event"),
    [
        # negated or hypothetical acts of the new parties
        ("The Human Rights Commission of Pakistan did not condemn the verdict.", "2016-05-01", "ACCUSE"),
        ("Odhikar may criticise the government if the disappearances go on.", "2015-02-01", "ACCUSE"),
        (
            "People's National Congress Reform would accuse the government if the count were delayed.",
            "2011-12-01",
            "ACCUSE",
        ),
        # the names in a sense that is no event
        ("Asmaa Mahfouz studied business administration in Cairo.", "2011-01-20", "REQUEST"),
        ("Goldman Sachs reported higher quarterly profits on Tuesday.", "2010-04-20", "ACCUSE"),
    ],
)
def test_no_event(text, pub_date, event):
    found = english(text, pub_date=pub_date)
    assert not any(e == event for e, _, _ in found), found
