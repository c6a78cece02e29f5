"""A duty shared across "and" (session 31, retreat; events/modality.shared_future with the obligation
words): "Korea Utara harus menutup reaktornya dan mengizinkan pengawas PBB masuk" — the verb joined
by "dan"/"and" to one a "harus"/"must" opens is only owed too, no RETREAT done; the same pair told
as done is coded, and a second verb with a tense of its own is not held by the duty."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Suriah harus menghentikan serangan udara dan membebaskan para tahanan politik sebelum Juni."),
        ("id", "Korea Utara wajib menutup reaktornya di Yongbyon dan mengizinkan pengawas PBB masuk ke negara itu."),
        ("id", "Israel harus menghentikan pembangunan permukiman dan menarik pasukannya dari Tepi Barat."),
    ],
)
def test_owed_second_verb_is_no_retreat(lang, text):
    found = coded_in(lang, text, pub_date="2007-03-20")
    assert not any(e == "RETREAT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("id", "Korea Utara menutup reaktornya di Yongbyon dan mengizinkan pengawas PBB masuk ke negara itu.", "PRK"),
        ("id", "Myanmar menghentikan serangan udara dan membebaskan 200 tahanan politik pada hari Senin.", "MMR"),
        ("en", "North Korea shut its reactor at Yongbyon and allowed U.N. inspectors into the country.", "PRK"),
    ],
)
def test_done_second_verb_is_a_retreat(lang, text, actor):
    found = coded_in(lang, text, pub_date="2007-03-20")
    assert any(e == "RETREAT" and actor in a for e, a, _ in found), found
