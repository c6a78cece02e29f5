"""Refusals from the audit of unseen Indonesian news (session 34, auditid; events/modality.py
negated_likelihood, events/attribution.py speaker_as_subject): a negation that judges a chance
("tidak mungkin akan memenuhi undangan", "is not likely to attend") or voices a belief about another
("yakin SBY tidak akan bersedia …") refuses nothing; a speaker who says he will not attend ("Menlu
menegaskan tidak akan menghadiri KTT itu") is the subject of his own refusal. Attacks: "Israel's offensive in
Gaza" (the owner before it), "Israel menanggapinya dengan serangan udara" (the one who answers with
strikes, as "responded with air strikes"). Own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Jokowi tidak mungkin akan memenuhi undangan PM Australia itu, kata politikus PDI-P."),
        ("id", "Menlu Retno tak mungkin bertemu dengan Menlu Israel pekan depan, kata seorang pengamat."),
        ("id", "Ketua DPR menegaskan keyakinannya bahwa Presiden tidak akan bersedia menunda pemilu."),
        ("en", "Obama is not likely to attend the summit in Moscow, an aide said on Monday."),
        ("en", "The Japanese prime minister will not possibly attend the Beijing summit, a diplomat said."),
    ],
)
def test_judged_chance_is_no_refusal(lang, text):
    found = coded_in(lang, text, pub_date="2014-08-25")
    assert all(e != "REJECT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("id", "Jokowi tidak akan memenuhi undangan PM Australia itu, kata juru bicara Istana.", "IDN"),
        ("id", "Presiden Filipina Duterte menegaskan tidak akan menghadiri KTT ASEAN di Singapura.", "PHL"),
        ("id", "Menlu Malaysia mengatakan tidak akan menghadiri pertemuan di Jakarta itu.", "MYS"),
        ("en", "Obama will not attend the summit in Moscow, the White House said on Monday.", "USA"),
    ],
)
def test_refusal_stated_or_of_the_speaker(lang, text, actor):
    found = coded_in(lang, text, pub_date="2014-08-25")
    assert has(found, "REJECT", actor), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("id", "Rusia menanggapinya dengan serangan rudal ke Kyiv pada Senin pagi.", "RUS", "UKR"),
        ("id", "Militer Thailand membalas dengan gempuran artileri ke wilayah Kamboja.", "THA", "KHM"),
        ("en", "Israel's offensive in Gaza continued for a fifth week on Monday.", "ISR", "PSE"),
        ("en", "Turkey's offensive against Kurdish fighters in northern Syria entered its second week.", "TUR", None),
    ],
)
def test_owned_military_attack(lang, text, actor, recipient):
    """ "Israel's offensive in Gaza": the owner before the attack word is the attacker; "Rusia
    menanggapinya dengan serangan rudal", as "Russia responded with missile strikes": the one who
    answers with strikes."""
    found = coded_in(lang, text, pub_date="2014-08-25")
    assert has(found, "ASSAULT", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The cartoon was deeply offensive to Muslims, the ministry said."),
        ("en", "The governor said the remarks were offensive and should be withdrawn."),
        ("id", "Timnas Indonesia bermain ofensif sepanjang babak kedua."),
        ("id", "Ketua partai itu menanggapi kritik tersebut dengan serangan balik terhadap lawannya."),
    ],
)
def test_offensive_as_adjective_is_no_attack(lang, text):
    found = coded_in(lang, text, pub_date="2014-08-25")
    assert all(e != "ASSAULT" for e, _, _ in found), found
