"""Office-holders named by their surname (or the short name the press uses) alone: the aliases added
to people/*.tsv. A surname two people of one state share resolves to the one in office at the date; an
ordinary word, a common first name or a surname other people bear is no alias. Every sentence here
is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, mentions_in

coded_en = partial(coded_in, "en")
coded_id = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "date", "lang", "expected"),
    [
        ("Kurz said Austria would close the route.", "2018-03-10", "en", ("Kurz", "AUT", "GOV")),
        ("Zenawi said the troops would stay.", "2006-12-20", "en", ("Zenawi", "ETH", "GOV")),
        ("Gemayel said the country cannot afford a new war.", "2007-03-10", "en", ("Gemayel", "LBN", "PTY")),
        ("Wray said the bureau would not bow to pressure.", "2020-07-08", "en", ("Wray", "USA", "COP")),
        ("Sinirlioglu said Ankara would respond.", "2015-09-10", "en", ("Sinirlioglu", "TUR", "GOV")),
        ("Tjahjo mengatakan pilkada akan aman.", "2017-04-10", "id", ("Tjahjo", "IDN", "GOV")),
        ("Muhadjir menyatakan sekolah harus siap.", "2017-08-01", "id", ("Muhadjir", "IDN", "GOV")),
        ("Novanto membantah tuduhan itu.", "2017-07-20", "id", ("Novanto", "IDN", "LEG")),
    ],
)
def test_a_surname_alone_names_the_office_holder(text, date, lang, expected):
    assert expected in mentions_in(lang, text, date)


def test_a_surname_a_father_and_son_share_is_the_one_in_office():
    assert ("Déby", "TCD", "GOV") in mentions_in("en", "Déby said Chad would help.", "2023-05-02")
    assert mentions_in("en", "Kabila said the army would act.", "1998-08-03")[0][:2] == ("Kabila", "COD")


def test_surname_actors_code_events():
    assert coded_en("Papandreou met Erdogan in Athens.", "2010-05-14") == [("CONSULT", ["GRC"], ["TUR"])]
    assert coded_en("Traoré accused France of supporting terrorists.", "2023-04-10") == [("ACCUSE", ["BFA"], ["FRA"])]
    # the guest is the visit's actor, the host its recipient (docs/annotation.md)
    assert coded_id("Bolkiah menerima kunjungan Jokowi di Bandar Seri Begawan.", "2017-10-05") == [
        ("CONSULT", ["IDN"], ["BRN"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Austin said the talks went well.",  # a first name (Austin Tice), not Lloyd Austin
        "Hunt said the talks went well.",  # an English word
        "Sambo said the talks went well.",  # a word, and not Nigeria's Namadi Sambo
        "Adami said the talks went well.",  # an Indonesian name as well as Malta's Fenech Adami
    ],
)
def test_an_ordinary_word_or_shared_name_is_nobody(text):
    assert mentions_in("en", text, "2022-08-09") == []
