"""Precision on Indonesian text no gold set holds (session 40, unseenid): a sentence of sport — medals,
world champions, tournaments, matches, league tables (grammar `game_words`, English alike) — tells of
a game, so its complaints and its teams' meetings are no political event; and "tidak dapat dibenarkan
secara independen" (could not be independently verified) judges no one (id/triggers/not_events.yaml).
Near misses: the same verbs between states, and a deed called unjustifiable."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "Komite Olimpiade Indonesia memprotes keputusan panitia yang memberikan medali emas kepada Thailand.",
         "ACCUSE"),
        ("id", "Tim nasional Indonesia bertemu dengan tim nasional Malaysia yang menjadi juara dunia tahun lalu.",
         "CONSULT"),
        ("id", "Pelatih tim nasional Thailand mengecam jadwal turnamen yang dinilainya terlalu padat.", "ACCUSE"),
        ("id", "Militer Iran mengklaim telah menembak jatuh pesawat nirawak Amerika, klaim yang tidak dapat "
         "dibenarkan secara independen.", "ACCUSE"),
        ("en", "The Kenyan team protested the judges' decision to award the gold medal to Ethiopia.", "PROTEST"),
    ],
)
def test_games_and_unverified_claims_are_no_events(lang, text, event):
    found = coded_in(lang, text, pub_date="2023-08-20")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("id", "Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Malaysia di Jakarta.",
         "CONSULT", "IDN", "MYS"),
        ("id", "Penangkapan para nelayan oleh Malaysia tidak dapat dibenarkan, kata Menteri Luar Negeri Indonesia.",
         "ACCUSE", "IDN", "MYS"),
        ("en", "The Kenyan government protested to Ethiopia over the border raid.", "ACCUSE", "KEN", "ETH"),
    ],
)
def test_near_misses_stay_coded(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-08-20")
    assert has(found, event, actor, recipient), found
