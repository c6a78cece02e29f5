"""A file of wire stories one after another (a sentence file, a feed): where one story ends and
the next begins, so that what the last story named sets neither scene nor party in the next."""

from __future__ import annotations

import pytest

from conftest import coded_in
from warta.coder import code_article
from warta.model import Article

SOMALIA_RAIDS = {
    "en": [
        "Ethiopian jets bombed rebel camps in southern Somalia on Monday, killing at least ten fighters.",
        "The raids hit three villages near the Kenyan border.",
        "Residents said the planes came back twice.",
        "Aid workers could not reach the area for days.",
        "The fighters had crossed from the north a week earlier.",
    ],
    "id": [
        "Jet Ethiopia membom kamp pemberontak di Somalia selatan pada Senin, menewaskan sedikitnya sepuluh pejuang.",
        "Serangan udara itu menghantam tiga desa dekat perbatasan Kenya.",
        "Warga mengatakan pesawat-pesawat itu datang dua kali.",
        "Pekerja bantuan tidak dapat mencapai daerah itu selama berhari-hari.",
        "Para pejuang itu menyeberang dari utara sepekan sebelumnya.",
    ],
}
VENEZUELA_LEAD = {
    "en": "Venezuela's opposition leader on Tuesday demanded new elections.",
    "id": "Pemimpin oposisi Venezuela pada Selasa menuntut pemilihan umum baru.",
}
KENYA_GOES_ON = {
    "en": "Kenya also demanded an inquiry into the raids.",
    "id": "Kenya juga menuntut penyelidikan atas serangan itu.",
}


def stories(lang: str, lines: list[str]) -> list[int]:
    coded = code_article(Article("feed", "\n".join(lines), "2007-06-01", lang))
    return coded.story_starts


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_lead_naming_only_new_states_opens_a_new_story(lang):
    assert stories(lang, [*SOMALIA_RAIDS[lang], VENEZUELA_LEAD[lang]]) == [0, 5]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_demand_in_a_new_story_is_not_aimed_at_a_state_of_the_story_before(lang):
    coded = coded_in(lang, "\n".join([*SOMALIA_RAIDS[lang], VENEZUELA_LEAD[lang]]), "2007-06-01")
    demands = [(actor, recipient) for event, actor, recipient in coded if event == "REQUEST"]
    assert demands and all(actor == ["VEN"] and "KEN" not in recipient for actor, recipient in demands)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_sentence_that_points_back_goes_on_with_the_story(lang):
    # "also"/"juga" and "the raids"/"serangan itu" tie Kenya's demand to the raids told before
    assert stories(lang, [*SOMALIA_RAIDS[lang], KENYA_GOES_ON[lang]]) == [0]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_story_is_at_least_a_few_sentences_long(lang):
    # the third sentence names a state the first two did not, but a story of two sentences is too
    # short to be one: an article's turn to another state goes on with its story
    lines = [*SOMALIA_RAIDS[lang][:2], VENEZUELA_LEAD[lang]]
    assert stories(lang, lines) == [0]
