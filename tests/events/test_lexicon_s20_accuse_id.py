"""Indonesian ACCUSE recall (session 20, accuse_id): conduct judged in a speaker's words ("bersikap
agresif", "bertindak sewenang-wenang", "bersikap tidak netral"), a verdict in scare quotes ("keputusan
itu 'ilegal'"), an act called persecution or criminalisation ("merupakan persekusi", "adalah bentuk
kriminalisasi") and investigators questioning with a light verb ("melakukan pemeriksaan terhadap")
— id/triggers_s20_accuse_id.yaml — and near misses that must not code it."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # conduct judged, said of another
        ("Menteri Pertahanan Korea Selatan mengatakan China bersikap agresif di perairan internasional.", "KOR", "CHN"),
        ("Menlu Filipina mengatakan kapal-kapal China bertindak provokatif di dekat Scarborough.", "PHL", "CHN"),
        ("Senator Amerika itu mengatakan Beijing berlaku semena-mena terhadap minoritas Uighur.", "USA", "CHN"),
        ("Perdana Menteri Pakistan mengatakan India bertindak sewenang-wenang di Kashmir.", "PAK", "IND"),
        ("Menlu Iran mengatakan Badan Energi Atom Internasional bersikap tidak adil terhadap Teheran.", "IRN", "IGO"),
        # a verdict in scare quotes
        ("Kementerian Luar Negeri Iran mengatakan keputusan Dewan Gubernur IAEA itu 'ilegal'.", "IRN", "IGO"),
        ("Menlu Australia mengatakan tindakan Rusia itu “tidak dapat diterima”.", "AUS", "RUS"),
        ('Juru bicara Kemenlu China mengatakan langkah Jepang tersebut "keliru".', "CHN", "JPN"),
        # an act called persecution, criminalisation, discrimination
        ("Menlu Malaysia mengatakan keputusan Myanmar itu merupakan persekusi.", "MYS", "MMR"),
        ("Kemenlu Turki mengatakan kebijakan Mesir itu adalah bentuk persekusi.", "TUR", "EGY"),
        # investigators questioning with a light verb
        ("Penyidik Polda Metro Jaya melakukan pemeriksaan terhadap Wali Kota Bekasi.", "IDN", "IDN"),
        ("Komisi Pemberantasan Korupsi melakukan pemeriksaan terhadap Gubernur Papua kemarin.", "IDN", "IDN"),
    ],
)
def test_accuse_families(text, actor, recipient):
    found = indonesian(text, pub_date="2023-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # negated, hypothetical, requested, or no party judged
        "Menteri itu mengatakan China tidak bersikap agresif di perairan itu.",
        "Presiden meminta para pejabat bersikap tegas dan adil kepada semua peserta pemilu.",
        "Jika Beijing bersikap agresif, Manila akan membawa sengketa itu ke PBB.",
        # a check of things, no inquiry into a party
        "Polisi melakukan pemeriksaan terhadap kendaraan yang melintas di perbatasan.",
        "Petugas bandara melakukan pemeriksaan terhadap bagasi penumpang.",
        # no gap: a policy against discrimination is no verdict
        "Tujuan undang-undang itu adalah mencegah diskriminasi terhadap penyandang disabilitas.",
    ],
)
def test_accuse_near_misses(text):
    found = indonesian(text, pub_date="2023-06-10")
    assert not any(e == "ACCUSE" for e, _, _ in found), found
