"""Bare agents of Indonesian di- passives (session 31, bareagent; id/grammar.yaml agent_fillers and
denial_verbs, attribution.agent_after and attribution.denied_claim): the agent may follow the passive verb
with no "oleh" past the words for its people or unit and for the act's manner ("ditangkap personel tim
Densus 88", "dikecam keras Iran"); a time, a place or a count after the verb is no agent ("ditangkap
Senin", "diserang di Gaza"). A denial hung on reported words after a comma (", yang dibantah Eritrea",
", a claim denied by Eritrea") rejects the one who said them, not the party named last."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Langkah Amerika Serikat di Laut China Selatan dikecam keras Beijing.", "ACCUSE", "CHN", "USA"),
        ("Tawaran dialog Korea Utara ditolak tegas Korea Selatan.", "REJECT", "KOR", "PRK"),
        ("Pembangunan permukiman Israel dikritik keras Menteri Luar Negeri Retno Marsudi.", "ACCUSE", "IDN", "ISR"),
        ("Warga negara Malaysia itu ditangkap personel Polda Metro Jaya di Bekasi.", "COERCE", "IDN", "MYS"),
        (
            "Wartawan Australia itu ditangkap tim Detasemen Khusus (Densus) 88 Antiteror di Solo.",
            "COERCE",
            "IDN",
            "AUS",
        ),
    ],
)
def test_bare_agent_after_fillers(text, event, actor, recipient):
    found = indonesian(text, pub_date="2023-05-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        # a time, a place or a manner with no party after it names no agent
        ("Langkah Amerika Serikat dikecam keras di Teheran.", "ACCUSE", "IRN"),
        ("Dua nelayan Vietnam ditangkap Senin di perairan Natuna.", "COERCE", "VNM"),
    ],
)
def test_no_bare_agent(text, event, actor):
    found = indonesian(text, pub_date="2023-05-10")
    assert not has(found, event, actor, None), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Pemerintah Ethiopia mengatakan pemberontak itu dilatih di Eritrea, yang dibantah Eritrea."),
        ("id", "Pejabat Ethiopia menyatakan pemberontak itu dilatih di Eritrea, tuduhan yang dibantah Eritrea."),
        ("en", "Ethiopian officials said the rebels were trained in Eritrea, a claim denied by Eritrea."),
        ("en", "The Ethiopian government said the rebels were trained in Eritrea, which Eritrea denied."),
    ],
)
def test_denied_claim_rejects_its_speaker(lang, text):
    found = coded_in(lang, text, pub_date="2007-03-01")
    assert has(found, "REJECT", "ERI", "ETH"), found
    assert not has(found, "REJECT", "ERI", "ERI"), found


def test_relative_rejection_of_a_person_is_no_claim():
    # "ditolak" is no verb of denial: what the crowd rejected is the visitor named before "yang"
    found = indonesian(
        "Kedatangan Wakil Ketua DPR Fahri Hamzah, yang ditolak massa, membuat ricuh.", pub_date="2017-05-13"
    )
    assert not any(event == "REJECT" and "ETH" in recipient for event, _, recipient in found), found
