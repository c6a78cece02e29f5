"""Indonesian civilians owned with the clitic "-nya" (session 34, agreeid; actors/sectors_s34_agreeid.yaml):
"mendesak warganya agar …" names the state's own citizens as English "urged its citizens to …" does
(actors.possessive_owner), so the request no longer goes to whichever state the story named last —
and a near miss: the owned noun alone codes no event. Also (coder.charged_captives): a charge of
"him" / "-nya" by the state that has just captured someone is made of those captives in both
languages, not of the accuser's own state; a charge by another state stays as it was."""

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
        ("Thailand dilanda banjir besar. Pemerintah Kamboja mendesak warganya menjauhi sungai Mekong.",
         "REQUEST", "KHM", "KHM", "2011-10-12"),
        ("Presiden Chile meminta penduduknya tetap tenang setelah gempa kuat mengguncang Santiago.",
         "REQUEST", "CHL", "CHL", "2010-02-28"),
        ("Kementerian Luar Negeri Filipina menyeru warganya agar segera meninggalkan Libya.",
         "REQUEST", "PHL", None, "2011-02-25"),
    ],
)
def test_indonesian_own_civilians(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_english_counterpart_alike():
    found = english("Thailand was hit by heavy floods. Cambodia's government urged its citizens to stay away "
                    "from the Mekong river.", pub_date="2011-10-12")
    assert has(found, "REQUEST", "KHM", "KHM"), found


@pytest.mark.parametrize(
    "text",
    [
        "Sebagian besar warganya hidup dari bertani dan berdagang di pasar kota.",
        "Desa itu kecil dan penduduknya ramah kepada tamu.",
    ],
)
def test_owned_civilians_alone_code_nothing(text):
    assert indonesian(text, pub_date="2012-05-01") == [], indonesian(text, pub_date="2012-05-01")


@pytest.mark.parametrize(
    ("lang", "text", "recipient"),
    [
        ("id", "Polisi Malaysia menahan seorang warga Singapura di Johor. Polisi menuduhnya menyelundupkan senjata.",
         "SGP"),
        ("en", "Malaysian police detained a Singaporean in Johor. Police accused him of smuggling weapons.", "SGP"),
        ("id", "Tentara Thailand menangkap seorang pria Kamboja di perbatasan. Tentara menuduhnya memasang ranjau.",
         "KHM"),
        ("en", "Thai soldiers captured a Cambodian man at the border. The army accused him of laying mines.", "KHM"),
    ],
)
def test_charge_after_capture_names_the_captive(lang, text, recipient):
    found = coded_in(lang, text, pub_date="2012-05-01")
    assert any(event == "ACCUSE" and recipient in codes for event, _, codes in found), found


def test_charge_of_a_named_party_stays_its_own():
    text = "Polisi Malaysia menahan seorang warga Singapura di Johor. Polisi menuduh Thailand melindungi penyelundup."
    found = indonesian(text, pub_date="2012-05-01")
    assert has(found, "ACCUSE", "MYS", "THA"), found
    assert not any(event == "ACCUSE" and "SGP" in codes for event, _, codes in found), found
