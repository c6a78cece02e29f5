"""The speaker of a relative's passive verb of saying (session 42, reject; grammar `speech_passive`,
clauses.passive_speaker): "tiga pria yang dikatakan oleh Moskow memiliki hubungan dengan ISIS" codes
as "three men who Moscow said had links to ISIS" does — the party after the verb says what follows —
and near misses: no claim after the speaker, no relative before the verb."""

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
        ("id", "Aparat menahan tiga pria yang dikatakan oleh Moskow memiliki hubungan dengan Al Qaeda.", "RUS"),
        ("id", "Polisi menangkap dua orang yang disebut Ankara memiliki hubungan dengan Al Qaeda.", "TUR"),
        ("en", "Police detained three men who Moscow said had links to Al Qaeda.", "RUS"),
    ],
)
def test_speaker_of_relative_passive_saying(lang, text, actor):
    found = coded_in(lang, text, pub_date="2021-03-02")
    assert has(found, "ACCUSE", actor, None), found


@pytest.mark.parametrize(
    "text",
    [
        "Aparat menahan tiga pria yang dikatakan oleh Moskow sebagai warga biasa.",
        "Aparat menahan tiga pria dan dikatakan Moskow bahwa mereka pedagang.",
    ],
)
def test_passive_saying_without_claim(text):
    found = indonesian(text, pub_date="2021-03-02")
    assert not any(e == "ACCUSE" for e, _, _ in found), found
