"""Indonesian recall from the CAMEO verb dictionary, blocks 134-266 (session 20, helper cameo_id_b):
talks revived, a war waged on a state, houses torn down, conferring, visa rules tightened, a vow to
fight on, a state's raised military alert, defences built up, troops slipping across a border
(id/triggers_s20_cameo_id_b.yaml) — and words like them that are no event: an industry revived, a war
on drugs, a quake toppling houses, a public told to stay alert, a tectonic plate, a team's
defence line, a negated act."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Rusia melancarkan perang terhadap Ukraina pada Februari.", "ASSAULT", "RUS", "UKR"),
        ("Koalisi pimpinan Arab Saudi mengobarkan perang di Yaman sejak 2015.", "ASSAULT", "SAU", "YEM"),
        ("Buldoser militer Israel merobohkan rumah-rumah warga Palestina di Hebron.", "COERCE", "ISR", "PSE"),
        ("Menlu Retno Marsudi bermusyawarah dengan Menlu Malaysia di Kuala Lumpur.", "CONSULT", "IDN", "MYS"),
        ("Amerika Serikat mengetatkan aturan visa bagi warga Iran.", "COERCE", "USA", "IRN"),
        ("Kelompok Hamas bersumpah melanjutkan perlawanan terhadap Israel.", "THREATEN", "PSE", "ISR"),
        ("Korea Utara meningkatkan kesiagaan militernya di perbatasan dengan Korea Selatan.", "MOBILIZE", "PRK", None),
        ("Rusia membangun pertahanan militer di Kepulauan Kuril.", "MOBILIZE", "RUS", None),
        ("Taiwan memperkuat pertahanan udaranya setelah latihan China.", "MOBILIZE", "TWN", None),
        ("Pasukan Turki menyusup ke wilayah Irak utara untuk memburu milisi PKK.", "MOBILIZE", "TUR", None),
    ],
)
def test_cameo_sense_codes(text, event, actor, recipient):
    found = indonesian(text, "2017-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Pemerintah menghidupkan kembali industri perkapalan nasional.", "AGREE"),
        ("Filipina melancarkan perang terhadap narkoba sejak 2016.", "ASSAULT"),
        ("Gempa bermagnitudo 6,2 merobohkan ratusan rumah di Lombok.", "COERCE"),
        ("Warga perbatasan diimbau meningkatkan kewaspadaan terhadap penyelundupan.", "MOBILIZE"),
        ("Lempeng Indo-Australia menyusup ke bawah wilayah Lempeng Eurasia.", "MOBILIZE"),
        ("Korea Selatan tidak akan menghidupkan kembali perundingan dengan Korea Utara.", "AGREE"),
        ("Pelatih itu memperkuat lini pertahanan timnya jelang final.", "MOBILIZE"),
        ("Kelompok itu tidak bersumpah melanjutkan perlawanan.", "THREATEN"),
    ],
)
def test_near_misses_code_no_such_event(text, event):
    found = indonesian(text, "2017-06-10")
    assert event not in {e for e, _, _ in found}, found
