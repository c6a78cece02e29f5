"""Asia-Pacific news 2015-2025 (session 29, asiapac; en/ and id/triggers/s29_asiapac.yaml): allied
"combined" exercises, a pledge to "work toward" a goal, a coordinated offensive against a named target,
a denial of criticism "from" its author; a military's bare "menahan" (custody in a coup), crowds storming
a residence ("menyerbu kediaman"), an invitation back to the negotiating table, a ballistic missile fired
into waters near a state — and near misses: holding off an attack, "combined" sales figures, a sports
team's attack, a law "allowing" custody (en grammar clause_hypothetical), a missile fired at a ship."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Japan and the United States held combined naval drills in the Philippine Sea on Friday.",
         "COOPERATE", "JPN", "USA", "2024-02-02"),
        ("Australian and Indian forces began combined exercises near Darwin.",
         "COOPERATE", "AUS", "IND", "2023-08-14"),
        ("Vietnam and Indonesia committed to work toward a deal on their maritime boundary.",
         "AGREE", "VNM", None, "2022-12-23"),
        ("President Moon Jae-in committed to working towards a peace regime on the peninsula.",
         "AGREE", "KOR", None, "2018-04-27"),
        ("The Arakan Army launched a coordinated offensive against army bases in Rakhine state.",
         "ASSAULT", "MMR", None, "2023-11-14"),
        ("Taliban fighters mounted coordinated attacks on police checkpoints in Helmand.",
         "ASSAULT", "AFG", None, "2020-10-12"),
        ("Beijing dismissed criticism from Canberra over its trade curbs.",
         "REJECT", "CHN", "AUS", "2020-11-20"),
        ("The ministry rejected accusations by Manila that Chinese ships had rammed a supply boat.",
         "REJECT", None, "PHL", "2024-03-24"),
    ],
)
def test_english_asiapac_wording(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    if actor is None:
        assert any(e == event and (recipient is None or recipient in r) for e, _, r in found), found
    else:
        assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Militer Niger menahan Presiden Mohamed Bazoum di istana kepresidenan, Rabu (26/7).",
         "COERCE", "NER", "NER", "2023-07-27"),
        ("Tentara Sudan menahan Perdana Menteri Abdalla Hamdok dan sejumlah menteri.",
         "COERCE", "SDN", None, "2021-10-25"),
        ("Ratusan demonstran menyerbu rumah dinas Perdana Menteri di Kathmandu, Selasa (9/9).",
         "PROTEST", "NPL", None, "2025-09-10"),
        ("Mahasiswa menyerbu kompleks parlemen di Dhaka setelah Sheikh Hasina melarikan diri.",
         "PROTEST", "BGD", None, "2024-08-06"),
        ("Presiden Moon Jae-in mengajak Korea Utara kembali ke meja perundingan.",
         "AGREE", "KOR", "PRK", "2019-08-15"),
        ("Korea Utara menembakkan dua rudal balistik ke perairan di sekitar Jepang, Selasa (4/10).",
         "MOBILIZE", "PRK", "JPN", "2022-10-04"),
        ("Menlu Retno Marsudi mengajak kedua pihak yang bertikai kembali ke meja negosiasi.",
         "AGREE", "IDN", None, "2023-11-02"),
    ],
)
def test_indonesian_asiapac_wording(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The two carmakers reported combined sales of 4 million vehicles last year.", "COOPERATE"),
        ("en", "The team launched a coordinated attack on goal in the second half.", "ASSAULT"),
        ("en", "The two leaders did not commit to work toward a summit.", "AGREE"),
        ("en", "A new law allowing the police to detain suspects for 30 days without charge took effect.", "COERCE"),
        ("id", "Houthi menembakkan rudal balistik ke kapal tanker di Laut Merah.", "MOBILIZE"),
        ("id", "Pasukan Ukraina menahan serangan Rusia di sekitar Pokrovsk selama berminggu-minggu.", "COERCE"),
        ("id", "TNI menahan diri dan tidak membalas tembakan.", "COERCE"),
        ("id", "Ribuan penggemar menyerbu stadion untuk menyaksikan final Piala AFF.", "PROTEST"),
        ("id", "Dia mengajak keluarganya makan malam di rumah.", "AGREE"),
    ],
)
def test_asiapac_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-06-10")
    assert all(e != event for e, _, _ in found), found
