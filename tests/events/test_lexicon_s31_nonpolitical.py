"""Companies and unnamed private people acting on no named party (session 31, nonpolitical).
What an unnamed firm does aimed at no party the text names is its business, not a political event
(coder.company_alone): "The company denied the allegations", "the airline offered to fly the
cat" — while a firm that acts on a named government or body stays an actor (docs/annotation.md: a
business acting politically). Likewise unnamed private people offering help with no
party named (coder.private_people_alone): "residents offered to help" is no event, "nurses urged the
health ministry" is."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "In Tokyo, the electronics company offered to replace the faulty batteries free of charge.", "AGREE"),
        ("en", "In Chicago, the company denied the allegations in a statement on its website on Tuesday.", "REJECT"),
        ("id", "Di Jakarta, PT Lion Air menawarkan pengembalian dana kepada penumpang yang penerbangannya dibatalkan.",
         "AGREE"),
    ],
)
def test_company_alone_is_business(lang, text, event):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # a firm that asks or blames a named government acts politically
        ("en", "Japanese carmaker Toyota criticised the Thai government for the new import tax.",
         "ACCUSE", "JPN", "THA"),
        ("id", "Pertamina menandatangani kerja sama dengan Saudi Aramco di Riyadh.", "COOPERATE", "IDN", "SAU"),
    ],
)
def test_company_acting_on_a_named_party(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2023-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "In Texas, dozens of volunteers offered to rebuild the damaged church.", "AGREE"),
        ("id", "Di Surabaya, warga menawarkan bantuan makanan kepada korban banjir.", "AGREE"),
    ],
)
def test_private_people_to_no_one(lang, text, event):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "In Lagos, nurses urged the health ministry to raise their wages.", "REQUEST", "NGA", "NGA"),
        ("id", "Para guru mendesak Kementerian Pendidikan menaikkan tunjangan mereka.", "REQUEST", "IDN", "IDN"),
        ("en", "Hundreds of students protested outside the parliament in Jakarta.", "PROTEST", "IDN", None),
    ],
)
def test_private_people_acting_on_a_named_party(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2023-06-10")
    assert has(found, event, actor, recipient), found
