"""Precision rules of session 50 (helper idfa): a short section heading inside an article's body tells
no event of its own (coder.Coder.subheading). Own sentences written for warta (Apache-2.0)."""

from __future__ import annotations

import pytest

from conftest import coded_in

BODY = {
    "id": [
        "Polisi menangkap tiga tersangka pencurian kendaraan bermotor di Medan pada Senin.",
        "Imbauan Kapolda",
        "Kapolda meminta warga memasang kunci ganda pada kendaraan mereka.",
    ],
    "en": [
        "Police arrested three car theft suspects in Medan on Monday.",
        "Police Appeal",
        "The police chief asked residents to fit double locks on their vehicles.",
    ],
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_short_body_heading_codes_nothing(lang):
    whole = coded_in(lang, "\n".join(BODY[lang]))
    without = coded_in(lang, "\n".join(BODY[lang][:1] + BODY[lang][2:]))
    assert sorted(whole) == sorted(without)


def test_a_short_headline_still_codes():
    # the first line is the article's headline: news, however short
    coded = coded_in("id", "Polisi Tangkap Pencuri\nIa dibawa ke Polres Medan.")
    assert any(event == "COERCE" for event, _, _ in coded)


def test_a_short_line_in_sentence_case_is_still_news():
    # a sentence file's line "Israel shelled Gaza" is no heading: only title case marks one
    lines = ["Police arrested three car theft suspects in Medan on Monday.", "Israel shelled Gaza"]
    assert any(kind == "ASSAULT" for kind, *_ in coded_in("en", "\n".join(lines)))
