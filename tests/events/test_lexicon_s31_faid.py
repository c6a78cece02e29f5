"""False alarms in Indonesian (session 31, faid; grammar `unrealised_phrases`): an act right after a
reason, an idea, a proposal or a capacity for it ("alasan untuk marah", "gagasan untuk memperkuat
hubungan", "reason to protest", "the idea of strengthening ties") names what could be done, not what
was — and near misses: the same act told as done, and an act after a purpose of a deed ("tiba di
Jakarta untuk bertemu") that stays the visit's aim."""

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
        ("id", "Menurut Menlu Belanda, negaranya punya banyak alasan untuk marah terhadap Turki.", "ACCUSE"),
        ("id", "Senator itu melontarkan gagasan untuk memperkuat hubungan Amerika Serikat dan Israel.", "SUPPORT"),
        ("id", "Jaksa Agung Amerika Serikat mengatakan ada cukup bukti untuk menangkap Menlu Iran.", "COERCE"),
        ("id", "Kongres Amerika Serikat memberi Presiden Trump kewenangan untuk menyerang Suriah.", "ASSAULT"),
        ("en", "The Dutch prime minister said his country had every reason to condemn Turkey.", "ACCUSE"),
        ("en", "The senator floated the idea of strengthening ties between the United States and Israel.", "SUPPORT"),
        ("en", "Congress gave President Trump the authority to attack Syria.", "ASSAULT"),
    ],
)
def test_reason_or_idea_is_no_act(lang, text, event):
    found = coded_in(lang, text, pub_date="2017-03-13")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("id", "Perdana Menteri Belanda Mark Rutte mengecam Turki atas tuduhan Nazi itu.", "ACCUSE", "NLD", "TUR"),
        ("id", "Polisi Prancis menangkap mantan perdana menteri Kosovo di Basel.", "COERCE", "FRA", "XKX"),
        ("en", "Dutch Prime Minister Mark Rutte condemned Turkey over the Nazi remarks.", "ACCUSE", "NLD", "TUR"),
    ],
)
def test_the_act_itself_still_codes(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2017-03-13")
    assert has(found, event, actor, recipient), found
