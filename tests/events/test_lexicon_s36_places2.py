"""Places taken as parties (session 36, places2): the name after an envoy's post to a state is the
sending state's envoy ("Duta Besar RI untuk Malaysia Rusdi Kirana" IDN, "US special envoy to Ukraine
Kurt Volker" USA); a state named as an envoy's post is no place an act is aimed at; a meeting that
names its partner after "with"/"dengan" before the place was held there with them, not with the
place's state; "Yerusalem Timur" is East Jerusalem (PSE) as in English. Sentences written for warta."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "US special envoy to Ukraine Kurt Volker met Russian officials in Minsk.", "CONSULT", "USA", "RUS"),
        ("en", "Russia sharply criticised US special envoy to Ukraine Kurt Volker.", "ACCUSE", "RUS", "USA"),
        ("id", "Duta Besar RI untuk Malaysia Rusdi Kirana bertemu Perdana Menteri Mahathir Mohamad.",
         "CONSULT", "IDN", "MYS"),
        ("id", "Utusan khusus AS untuk Ukraina Kurt Volker bertemu pejabat Rusia di Minsk.", "CONSULT", "USA", "RUS"),
    ],
)
def test_envoy_named_after_post_is_the_senders(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2019-03-01")
    assert has(found, event, actor, recipient), found


def test_envoy_post_is_no_target_place():
    found = english("Poroshenko complained about the Georgian ambassador to Ukraine.", pub_date="2019-03-01")
    assert not has(found, "ACCUSE", "UKR", "UKR"), found
    # near miss: the envoy himself is still the one criticised
    found = indonesian("Poroshenko mengecam pernyataan Duta Besar Georgia untuk Ukraina.", pub_date="2019-03-01")
    assert has(found, "ACCUSE", "UKR", "GEO"), found


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("id", "Menlu Retno bertemu dengan tersangka itu di Istanbul.", "TUR"),
        ("en", "The Indonesian minister met with the suspect in Istanbul.", "TUR"),
    ],
)
def test_meeting_with_a_partner_is_not_with_the_place(lang, text, place):
    found = coded_in(lang, text, pub_date="2019-03-01")
    assert not any(e == "CONSULT" and place in r for e, _, r in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The German foreign minister held talks in Hanoi on Tuesday."),
        ("id", "Menteri Luar Negeri Jerman mengadakan pembicaraan di Hanoi pada Selasa."),
    ],
)
def test_talks_with_no_partner_are_the_hosts(lang, text):
    assert has(coded_in(lang, text, pub_date="2019-03-01"), "CONSULT", "DEU", "VNM")


def test_east_jerusalem_is_palestinian_in_both_languages():
    en = english("Israeli police arrested two men in East Jerusalem on Monday.", pub_date="2019-03-01")
    id_ = indonesian("Polisi Israel menangkap dua pria di Yerusalem Timur pada Senin.", pub_date="2019-03-01")
    assert has(en, "COERCE", "ISR", "PSE"), en
    assert has(id_, "COERCE", "ISR", "PSE"), id_
    # near miss: Jerusalem itself stays Israel's
    found = indonesian("Polisi Israel menangkap dua pria di Yerusalem pada Senin.", pub_date="2019-03-01")
    assert not has(found, "COERCE", "ISR", "PSE"), found
