"""Recipients of reactions and apologies (session 46, reaction; coder.commented_on, coder.wronged_named,
grammar `comment_markers`): a verdict said *of* an act ("…, X said of China's ban", "kata X menanggapi
rencana Uni Eropa", "in response to", "sebagai tanggapan atas") is aimed at that act's doer; an apology,
regret or reparations naming another state's people or place is made to that state, not to the
apologiser's own civilians — and near misses: a comment on an act of no named party, an apology for a
mistake at home."""

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
        ("en", '"This is a grave provocation," Philippine Foreign Secretary Enrique Manalo said of China\'s '
         "blockade of the shoal.", "ACCUSE", "PHL", "CHN"),
        ("en", '"It is an act of piracy," the Iranian foreign minister said of the British seizure of the tanker.',
         "ACCUSE", "IRN", "GBR"),
        ("en", '"This is totally unacceptable," Australian Foreign Minister Penny Wong said in response to '
         "China's tariffs on wine.", "ACCUSE", "AUS", "CHN"),
        ("id", '"Ini adalah provokasi yang serius," kata Menteri Luar Negeri Filipina Enrique Manalo menanggapi '
         "blokade China di gugusan karang itu.", "ACCUSE", "PHL", "CHN"),
        ("en", "Germany's president expressed deep regret for the colonial killings in Namibia.",
         "CONCEDE", "DEU", "NAM"),
        ("en", "The Japanese prime minister apologised for the suffering of South Korean forced labourers.",
         "CONCEDE", "JPN", "KOR"),
        ("en", "The Dutch king voiced his deep sorrow and regret for the killings of villagers in Indonesia.",
         "CONCEDE", "NLD", "IDN"),
        ("id", "Pemerintah Belanda membayar kompensasi kepada para janda korban pembantaian di Indonesia.",
         "CONCEDE", "NLD", "IDN"),
        ("id", "Pemerintah Jepang meminta maaf atas penderitaan para pekerja paksa Korea Selatan.",
         "CONCEDE", "JPN", "KOR"),
    ],
)
def test_reaction_and_apology_recipients(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2024-05-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "wrong"),
    [
        # a comment on an act of no named party takes no party from the place named after "on"
        ("en", '"This is a cowardly act," the Russian foreign minister said of the drone strike on Kyiv.',
         "ACCUSE", "RUS", "UKR"),
        # an apology for a mistake at home names no one abroad
        ("id", "Presiden Prancis meminta maaf atas kesalahannya dalam menangani banjir di Paris.",
         "CONCEDE", "FRA", "BEL"),
    ],
)
def test_reaction_near_misses(lang, text, event, actor, wrong):
    found = coded_in(lang, text, pub_date="2024-05-01")
    assert not has(found, event, actor, wrong), found
