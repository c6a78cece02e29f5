"""REQUEST wording the two languages coded unevenly (session 46, request): Indonesian "menasihati X
agar/untuk" codes as English "advised X to" already did — and a near miss: advice about a topic."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("id", "Menteri Luar Negeri Prancis menasihati Iran agar kembali ke meja perundingan.", "FRA", "IRN"),
        ("id", "Pemerintah Jepang menasehati China untuk menghormati kebebasan navigasi.", "JPN", "CHN"),
    ],
)
def test_reminding_and_advising_to_act(lang, text, actor, recipient):
    found = coded_in(lang, text, "2023-06-10")
    assert has(found, "REQUEST", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Menteri Luar Negeri Prancis menasihati wartawan soal cuaca di Paris."),
    ],
)
def test_reminder_of_a_fact_asks_nothing(lang, text):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != "REQUEST" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("id", "Maria Tan, direktur di Kementerian Luar Negeri Filipina, mendesak China menghormati putusan itu.",
         "PHL", "CHN"),
        ("id", "“Kami mendesak China mundur,” kata Maria Tan, direktur di Kementerian Luar Negeri Filipina.",
         "PHL", "CHN"),
    ],
)
def test_name_with_title_at_a_body_speaks_for_it(lang, text, actor, recipient):
    # workplace_preps: "X, director at Y" / "X, direktur di Y" is a person of Y
    found = coded_in(lang, text, "2023-06-10")
    assert has(found, "REQUEST", actor, recipient), found

