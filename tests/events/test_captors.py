"""Captives freed with no doer named (session 25, coder.freed_by_captors): a release coordinated
with a passive arrest in its own sentence is the act of the arrester, of those captives; a release
told in a later sentence, or with no capture before it, names no doer and is not coded."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("code", "text", "actor", "recipient"),
    [
        (
            english,
            "The Kosovar commander was arrested by Slovenian police in May but was freed two days later.",
            "SVN",
            None,
        ),
        (
            indonesian,
            "Komandan Kosovo itu ditangkap oleh polisi Slovenia pada Mei namun dibebaskan dua hari kemudian.",
            "SVN",
            None,
        ),
        (
            indonesian,
            "Dua belas pelaut Inggris ditangkap oleh Iran di Teluk dan dibebaskan dua minggu kemudian.",
            "IRN",
            "GBR",
        ),
    ],
)
def test_release_after_arrest_in_the_sentence_is_the_arresters(code, text, actor, recipient):
    found = code(text, pub_date="2015-06-10")
    assert has(found, "RETREAT", actor, recipient), found


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # no capture told before: a release names its doer or is not coded
        (english, "The sailors were freed in Tehran on Friday."),
        (indonesian, "Para pelaut itu dibebaskan di Teheran pada Jumat."),
        # the capture is told in an earlier sentence: too loose a link (reports, hopes, other people)
        (indonesian, "Iran menangkap dua belas pelaut Inggris di Teluk. Para pelaut itu dibebaskan pada Jumat."),
        # sent home, not freed
        (indonesian, "Dua puluh pengungsi ditangkap oleh polisi Malaysia dan dipulangkan pada Minggu."),
    ],
)
def test_release_with_no_captors_in_its_sentence_is_not_coded(code, text):
    found = code(text, pub_date="2015-06-10")
    assert not any(e == "RETREAT" for e, _, _ in found), found
