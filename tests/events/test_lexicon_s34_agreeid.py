"""Indonesian civilians owned with the clitic "-nya" (session 34, agreeid; actors/sectors_s34_agreeid.yaml):
"mendesak warganya agar …" names the state's own citizens as English "urged its citizens to …" does
(actors.possessive_owner), so the request no longer goes to whichever state the story named last —
and a near miss: the owned noun alone codes no event."""

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
