"""Later mentions of an event already told (session 31, backref; coder.mentioned_again): an event
noun with a demonstrative ("Serangan itu …", "these protests") or an English definite one naming no
party of its own ("The arrests drew criticism …") after an event of its type earlier in the story is
coded once, where it is reported (docs/annotation.md) — and near misses that stay events: a first
report, a noun naming its own parties ("The attack on Odesa by Russian drones …"), a demonstrative
with no earlier event of the type."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


def count(found, event: str) -> int:
    return sum(1 for e, _, _ in found if e == event)


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "Pasukan Israel menyerang sebuah kamp pengungsi di Gaza pada Senin.\n"
         "Serangan itu menewaskan sedikitnya 12 orang, kata pejabat Palestina.", "ASSAULT"),
        ("id", "Ribuan mahasiswa berunjuk rasa di depan gedung DPR di Jakarta.\n"
         "Unjuk rasa tersebut berlangsung hingga malam.", "PROTEST"),
        ("en", "Thousands of farmers protested in New Delhi against the new farm laws.\n"
         "The prime minister has not commented on these protests.", "PROTEST"),
        ("en", "Russian troops shelled the Ukrainian city of Kharkiv on Monday.\n"
         "The shelling was the heaviest in weeks, Ukrainian officials said.", "ASSAULT"),
        ("en", "Turkish police arrested 20 journalists in Istanbul.\nThe arrests drew criticism from Germany.",
         "COERCE"),
    ],
)
def test_later_mention_is_not_a_second_event(lang, text, event):
    assert count(coded_in(lang, text, "2024-03-14"), event) == 1


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor"),
    [
        # a noun naming its own parties is a report of its own
        ("en", "Russian troops shelled Kharkiv on Monday.\n"
         "The attack on Odesa by Russian drones killed five people on Tuesday.", "ASSAULT", "RUS"),
        # a demonstrative with no event of the type told before: the first report
        ("id", "Serangan Israel itu menewaskan 12 orang di Gaza.", "ASSAULT", "ISR"),
        ("en", "This attack by Russian forces on Kherson killed five civilians.", "ASSAULT", "RUS"),
    ],
)
def test_first_report_stays(lang, text, event, actor):
    found = coded_in(lang, text, "2024-03-14")
    assert count(found, event) == (2 if "\n" in text else 1)
    assert any(e == event and actor in a for e, a, _ in found)


def test_other_event_after_demonstrative_noun_is_kept():
    # the back-reference is dropped, the condemnation of it is still news
    found = indonesian(
        "Polisi Malaysia menangkap dua aktivis Indonesia di Kuala Lumpur.\n"
        "Penangkapan tersebut dikecam oleh Kementerian Luar Negeri Indonesia.",
        "2024-03-14",
    )
    assert count(found, "COERCE") == 1
    assert any(e == "ACCUSE" and "IDN" in a for e, a, _ in found)
