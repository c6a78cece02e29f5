"""Invariants on any input: coding never raises, and every offset points inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warta

WORDS = st.sampled_from(
    [
        "Korea",
        "Utara",
        "AS",
        "Rusia",
        "Lavrov",
        "menemui",
        "mengecam",
        "tidak",
        "akan",
        "mungkin",
        "di",
        "Pyongyang",
        ",",
        ".",
        "“",
        "”",
        "–",
        "Putin",
        "met",
        "accused",
        "the",
        "U.S.",
        "in",
        "Seoul",
        "on",
        "Wednesday",
        "kemarin",
        "pekan",
        "lalu",
        "kata",
        "said",
        "dan",
        "and",
        "oleh",
        "by",
        "\n",
    ]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map(" ".join))


def check_offsets(text: str, events) -> None:
    for event in events:
        assert 0 <= event.start <= event.end <= len(text)
        assert text[event.start : event.end] == event.sentence
        for span in event.spans:
            assert event.start <= span.start <= span.end <= event.end
            assert text[span.start : span.end] == span.text
        if event.event_loc is not None:
            assert text[event.event_loc.start : event.event_loc.end] == event.event_loc.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from(["id", "en", None]), st.sampled_from([None, "2023-10-19", "1999-02-28"]))
def test_coding_never_raises_and_offsets_point_inside_the_text(text, lang, pub_date):
    check_offsets(text, warta.code(text, lang=lang, pub_date=pub_date))
