"""RETREAT parties (session 31, typeconf): a resignation is aimed at no one — the state the story
named just before is no recipient of it (coder.INTRANSITIVE_MODES) — and a force with "-nya" right
after a speech verb ("mengatakan pasukannya …") is the speaker's force of its sector (id grammar
force_pronouns), so a withdrawal that needs a military actor is coded. Near misses: a release still
takes its recipient, and a state with "-nya" ("negaranya") gets no military sector."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "Cambodia closed two border crossings on Monday. The Thai defence minister resigned on Friday.", "THA"),
        ("en", "Talks with Iran stalled in March. The German finance minister stepped down a week later.", "DEU"),
        ("id", "Kamboja menutup dua pos perbatasan pada Senin. "
         "Menteri Pertahanan Thailand mengundurkan diri pada Jumat.", "THA"),
        ("id", "Perundingan dengan Iran macet pada Maret. "
         "Menteri Keuangan Jerman mundur dari jabatannya sepekan kemudian.", "DEU"),
    ],
)
def test_a_resignation_is_aimed_at_no_one(lang, text, actor):
    found = coded_in(lang, text, pub_date="2024-03-14")
    assert has(found, "RETREAT", actor, "-"), found


def test_a_release_still_takes_its_recipient():
    found = english("Iran freed eight British sailors on Thursday.", pub_date="2024-03-14")
    assert has(found, "RETREAT", "IRN", "GBR"), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Rusia mengatakan pasukannya telah meninggalkan kota Kherson.", "RUS", "UKR"),
        ("Etiopia pada Selasa mengatakan bahwa tentaranya mulai meninggalkan ibu kota Somalia.", "ETH", "SOM"),
        ("Juru bicara Israel menyatakan pasukannya telah mundur dari kota Khan Younis.", "ISR", None),
    ],
)
def test_the_speakers_force_withdraws(text, actor, recipient):
    found = indonesian(text, pub_date="2024-03-14")
    assert has(found, "RETREAT", actor, recipient), found


def test_a_state_with_nya_is_no_force():
    from warta.actors.lexicon import actor_lexicon
    from warta.actors.match import ActorMatcher
    from warta.lang.base import language
    from warta.model import Entity

    matcher = ActorMatcher(language("id"), actor_lexicon("id"))
    assert matcher.force_of(Entity("ETH"), "negaranya").sector == ""
    assert matcher.force_of(Entity("ETH"), "pasukannya").sector == "MIL"
    assert matcher.force_of(Entity("ETH"), "polisinya").sector == "COP"
    assert matcher.force_of(Entity("ETH", "GOV"), "pasukannya").sector == "GOV"
