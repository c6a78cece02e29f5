"""Support received, told by the one who received it (session 41, support): Indonesian reported words
that open on an undergone verb ("Ia berkata, sudah mendapat restu dari …") drop their subject, which
is the speaker (attribution.undergo_roles with speaker_as_subject), as "mengatakan telah menyiapkan …"
already did for a verb of one's own; near miss: a thing named as the subject ("usulan itu") is no
speaker undergoing it."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Menteri Luar Negeri Filipina mengatakan, sudah mendapat dukungan dari Jepang.",
         "SUPPORT", "JPN", "PHL", "2021-03-01"),
        ("Presiden Kolombia berkata, sudah menerima ucapan selamat dari Presiden Peru.",
         "SUPPORT", "PER", "COL", "2022-06-20"),
        ("Perdana Menteri Thailand menyatakan telah memperoleh restu dari Raja Thailand.",
         "SUPPORT", "THA", "THA", "2019-06-05"),
    ],
)
def test_speaker_undergoes_support(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_thing_supported_is_no_speaker():
    found = indonesian("Menteri Luar Negeri Filipina mengatakan, usulan itu sudah mendapat dukungan dari Jepang.",
                       pub_date="2021-03-01")
    assert not has(found, "SUPPORT", "JPN", "PHL"), found
