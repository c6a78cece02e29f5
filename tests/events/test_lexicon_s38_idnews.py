"""Police met again (session 38, idnews; actors/match.py ArticleMemory.enforcers): police the story
named with their state ("Polisi Italia") stay the story's police for the next sentences when the
only states named since are those of the people they hold ("warga Polandia"); a place the next
sentence is set at ("Di Warsawa, polisi …") still sets whose police act."""

from __future__ import annotations

from functools import partial

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
english = partial(coded_in, "en")


def test_police_named_with_state_stay_the_storys_police():
    text = (
        "Polisi Italia menangkap seorang pria di Milan pada Senin. Pria itu warga Polandia berusia 30 tahun. "
        "Polisi kemudian mendakwa pria itu dengan tuduhan penculikan."
    )
    found = indonesian(text, pub_date="2023-03-01")
    assert has(found, "ACCUSE", "ITA", None), found
    assert not has(found, "ACCUSE", "POL", None), found


def test_place_of_next_sentence_sets_other_police():
    # near miss: the next sentence is set in Warsaw, so its police are Poland's
    text = (
        "Polisi Italia menangkap seorang pria di Milan pada Senin. "
        "Di Warsawa, polisi mendakwa dua orang lain dengan tuduhan penipuan."
    )
    found = indonesian(text, pub_date="2023-03-01")
    assert has(found, "ACCUSE", "POL", None), found


def test_english_police_named_with_state_stay_the_storys_police():
    text = (
        "Italian police arrested a man in Milan on Monday. The suspect is a Polish citizen aged 30. "
        "Police later charged the man with kidnapping."
    )
    found = english(text, pub_date="2023-03-01")
    assert has(found, "ACCUSE", "ITA", None), found
    assert not has(found, "ACCUSE", "POL", None), found
