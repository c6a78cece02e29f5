"""Indonesian recall and precision on unseen news (session 17, helper recall_id_a): leaders
witnessing the signing of agreements, a refusal to lift a measure ("tidak akan mencabut"), a
crowd staying on before a building (id/triggers_s17_recall_id_a.yaml), the headquarters of each
Indonesian armed service (actors/bodies_s17_recall_id_a.yaml) — and words that contain a trigger
but tell no political act: land held, a car reversing, asking for a photo or a kickback, a verdict
accepted, a club free of a ban, a funeral attended."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # witnessing the signing: the leaders sign (SUPPORT, CAMEO 057)
        (
            "Presiden Joko Widodo dan Perdana Menteri Malaysia Najib Razak menyaksikan penandatanganan tiga nota.",
            "SUPPORT",
            "IDN",
            "MYS",
        ),
        (
            "Presiden Vietnam menyaksikan penandatanganan perjanjian perdagangan dengan Jepang di Hanoi.",
            "SUPPORT",
            "VNM",
            "JPN",
        ),
        ("Kedua kepala negara, Jokowi dan Duterte, menyaksikan lima MoU kerja sama maritim.", "SUPPORT", "IDN", "PHL"),
        (
            "Penandatanganan kesepakatan itu disaksikan oleh Presiden Prancis Macron dan Presiden Joko Widodo.",
            "SUPPORT",
            "FRA",
            "IDN",
        ),
        # will not lift / remove a measure: a refusal to yield
        (
            "Pemerintah Israel menyatakan tidak akan mencabut detektor logam di kompleks masjid itu.",
            "REJECT",
            "ISR",
            None,
        ),
        (
            "China tak akan melonggarkan sanksi terhadap Korea Utara, kata juru bicara kementerian luar negeri.",
            "REJECT",
            "CHN",
            "PRK",
        ),
        # a crowd staying on or gathering before a building: a demonstration
        (
            "Ribuan mahasiswa Korea Selatan bertahan di depan gedung parlemen hingga larut malam.",
            "PROTEST",
            "KOR",
            None,
        ),
        # the headquarters of an Indonesian armed service is Indonesia's military, not the African Union
        ("Mabes TNI AU mengirimkan bantuan kemanusiaan ke Nepal.", "AID", "IDN", "NPL"),
    ],
)
def test_indonesian_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-09-08")
    assert has(found, event, actor, recipient), found


def test_mabes_tni_au_is_not_the_african_union():
    found = indonesian("Mabes TNI AU siap menanggung seluruh biaya pengobatan korban.", pub_date="2017-04-18")
    assert found and all("IGO" not in a for _, a, _ in found), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # land held is a state, not a seizure
        ("Ribuan penduduk dari desa-desa yang dikuasai Pakistan di wilayah Kashmir mengungsi.", "COERCE"),
        # a car reversing is no retreat
        ("Pengemudi itu berjalan mundur ke arah kerumunan jemaah.", "RETREAT"),
        # asking for a photo or an autograph, or for a kickback, is no political request
        ("Sang calon menyapa warga yang meminta foto tersebut.", "REQUEST"),
        ("Warga meminta tanda tangan Menteri Keuangan di sela kunjungannya.", "REQUEST"),
        ("Saksi menyebut anggota DPR itu diduga meminta fee proyek kepada pengusaha.", "REQUEST"),
        # a defendant accepting the sentence, a club free of a ban: no new sanction
        ('"Saya menerima vonis yang disampaikan," kata mantan Gubernur Banten itu.', "SANCTION"),
        ("Tim nasional Indonesia baru saja lepas dari sanksi FIFA.", "SANCTION"),
        # attending a funeral is no meeting
        ("Anggota parlemen dan pejabat tinggi pemerintah Afghanistan menghadiri pemakaman tersebut.", "CONSULT"),
        # guards for the new entries: the refusal only as a condition, or witnesses who are no party
        ("Jika Israel tidak akan mencabut detektor logam, Yordania akan memprotes.", "REJECT"),
        ("Para wartawan menyaksikan penandatanganan itu dari balkon.", "SUPPORT"),
        # soldiers holding on are no demonstrators
        ("Pasukan Irak bertahan di depan markas mereka di Mosul.", "PROTEST"),
    ],
)
def test_not_an_event(text, event):
    found = indonesian(text, pub_date="2017-09-08")
    assert not any(e == event for e, _, _ in found), found
