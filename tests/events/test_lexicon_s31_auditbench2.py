"""Non-political uses of event words in web articles (session 31, auditbench2): a curly apostrophe in a
negation ("didn’t condemn"), a telephone or a win picked up, a consulting firm, solar or software
deployment, a scientist's or health office's investigation (also "penyelidikan epidemiologi"), dry
brush before "called for", a prediction ("is likely to deploy"); and one gain: a vessel given to
another state's coast guard (AID)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Japan provided the Philippine coast guard with ten patrol boats last year.",
         "AID", "JPN", "PHL", "2019-05-02"),
        ("Australia supplied Papua New Guinea with four new patrol vessels in March.",
         "AID", "AUS", "PNG", "2019-06-11"),
        ("Prime Minister Boris Johnson brushed aside calls for an inquiry into the deal.",
         "REJECT", None, None, "2019-02-01"),
        ("Police picked up three opposition activists in Minsk on Sunday.", "COERCE", "BLR", "BLR", "2020-09-14"),
    ],
)
def test_english_kept(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    if actor is None:
        assert any(e == event for e, _, _ in found), found
    else:
        assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The Russian foreign minister said he doesn’t regret the decision to expel the diplomats.", "ACCUSE"),
        ("en", "The Kremlin didn’t condemn the attack on the Turkish embassy.", "ACCUSE"),
        ("en", "Beijing won’t criticise the Pakistani government over the tests.", "ACCUSE"),
        ("en", "General Milley picked up the phone and called the White House.", "COERCE"),
        ("en", "The Lakers picked up their fifth straight win against Denver on Sunday.", "COERCE"),
        ("en", "Sarah Miller, a partner at a Washington consulting firm, said prices would rise.", "CONSULT"),
        ("en", "Vietnam has seen record solar project deployment this year.", "MOBILIZE"),
        ("en", "The Chinese army is deploying software updates to its payroll system.", "MOBILIZE"),
        ("en",
         "Chinese health officials carried out epidemiological investigations among the patient's contacts.", "ACCUSE"),
        ("en", "A NASA scientist who led the scientific investigation said water was found on the moon.", "ACCUSE"),
        ("en", "The dry summer left brush parched and officials in California called for caution.", "REJECT"),
        ("en", "Analysts say Beijing is likely to deploy more troops to the border next month.", "MOBILIZE"),
        ("en", "The Iranian navy is likely to seize another tanker in the Gulf, officials warned.", "COERCE"),
        ("id", "Dinas Kesehatan China melakukan penyelidikan epidemiologi terhadap keluarga pasien.", "ACCUSE"),
        ("id", "Badan Geologi Indonesia melakukan penyelidikan ilmiah atas letusan Gunung Merapi.", "ACCUSE"),
    ],
)
def test_not_political_uses(lang, text, event):
    found = coded_in(lang, text, "2019-11-20")
    assert all(e != event for e, _, _ in found), found
