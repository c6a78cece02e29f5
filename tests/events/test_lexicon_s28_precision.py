"""News that is no political event in the words of one, and political events in the same words
(session 28, precision; en/ and id/triggers/s28_precision.yaml, grammar `mishaps` with
coder.mishap_toll): play on the pitch, a player who "menyerah", a team attacking a defence, a star who
slams critics, a business leaving a route, a weather warning, preparations for a summit, the toll of a
mishap — and a retort at allegations (REJECT), sanctions in a numbered package, troops storming a
hospital, aid sent in a carrier, ramming told with a second verb; an attack's toll still codes."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("en", "Beijing hit back at Washington's accusations, calling them groundless.",
         "REJECT", "CHN", None, "2023-02-10"),
        ("en", "Britain hit Iran with a fresh round of sanctions over its drone supplies to Russia.",
         "SANCTION", "GBR", "IRN", "2023-07-06"),
        ("en", "Russian troops stormed a hospital in Mariupol, Ukrainian officials said.",
         "ASSAULT", "RUS", None, "2022-03-16"),
        ("en", "Japan dispatched two transport planes carrying tents and medicine to Turkey.",
         "AID", "JPN", "TUR", "2023-02-08"),
        ("en", "In preparation for the summit, the Chinese foreign minister met his Indonesian counterpart in Jakarta.",
         "CONSULT", "CHN", "IDN", "2023-04-20"),
        ("en", "Israeli jets struck a school in Gaza, killing 12 people.", "ASSAULT", "ISR", None, "2024-06-06"),
        ("id", "Rusia menyerang balik tuduhan Inggris soal peracunan mantan agen intelijen itu.",
         "REJECT", "RUS", None, "2018-03-14"),
        ("id", "Kapal penjaga pantai China menabrak dan merusak kapal nelayan Vietnam di dekat Kepulauan Paracel.",
         "ASSAULT", "CHN", "VNM", "2020-04-03"),
        ("id", "Serangan udara Israel menghantam sebuah sekolah di Gaza dan menewaskan 20 orang.",
         "ASSAULT", "ISR", None, "2024-06-06"),
    ],
)
def test_political_event_in_the_same_words(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The winger attacked the goal from the right and forced a corner.", "ASSAULT"),
        ("en", "The Brazilian singer slammed the promoters for cancelling her show in Jakarta.", "ACCUSE"),
        ("en", "The budget carrier withdrew from the Singapore route after heavy losses.", "RETREAT"),
        ("en", "Preparations for next week's Japanese-Indonesian ministerial talks in Tokyo are almost complete.",
         "CONSULT"),
        ("en", "The weather agency warned of strong winds and high waves along the southern coast.", "THREATEN"),
        ("en", "An Indonesian navy patrol boat capsized in heavy seas off Sulawesi, killing four sailors.", "ASSAULT"),
        ("id", "Pasangan ganda putri Indonesia menyerah dari unggulan Jepang di babak kedua.", "RETREAT"),
        ("id", "Tim basket Filipina menggempur pertahanan Yordania sejak kuarter pertama.", "ASSAULT"),
        ("id", "Pebulu tangkis Denmark itu menarik diri dari turnamen karena cedera.", "RETREAT"),
        ("id", "Kapal patroli TNI AL terbalik di perairan Natuna dan menewaskan tiga prajurit.", "ASSAULT"),
    ],
)
def test_no_political_event(lang, text, event):
    found = coded_in(lang, text, pub_date="2024-03-14")
    assert all(e != event for e, _, _ in found), found
