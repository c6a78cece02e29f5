"""English/Indonesian agreement on parallel wire text (session 19, helper agree5).

Indonesian (id/triggers_s19_agree5.yaml): security forces finding an arms depot, people picked up
("dicomot") by the police, a remark labelled unfair, misleading or questionable, information linking
someone to an armed group; the Greek armed group "Revolutionary Struggle" under its word-for-word
Indonesian name (actors/bodies_s19_agree5.yaml). Each has the English sentence that codes the same
event beside it. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import agree, coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("en", "id", "event", "actor", "recipient"),
    [
        (
            "Italian peacekeepers found an arms depot near the border village, army sources said.",
            "Pasukan perdamaian Italia menemukan sebuah gudang senjata di dekat desa perbatasan, kata sumber militer.",
            "COERCE",
            "ITA",
            None,
        ),
        (
            "Philippine troops discovered a large cache of explosives in the hills of Mindanao.",
            "Tentara Filipina menemukan timbunan bahan peledak di perbukitan Mindanao.",
            "COERCE",
            "PHL",
            None,
        ),
        (
            "Thai foreign ministry described the report as one-sided and misleading.",
            "Kementerian Luar Negeri Thailand menggambarkan laporan itu sebagai sepihak dan menyesatkan.",
            "ACCUSE",
            "THA",
            None,
        ),
    ],
)
def test_same_event_in_both_languages(en, id, event, actor, recipient):
    agree(en, id, event, actor, recipient)


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Polisi India mencomot tiga tersangka dari sebuah rumah di Mumbai, Selasa.", "COERCE", "IND", "IND"),
        ("Dua aktivis dicomot polisi Mesir di depan gedung parlemen di Kairo.", "COERCE", "EGY", "EGY"),
        (
            "Kementerian Luar Negeri Malaysia menyebut pernyataan duta besar Australia itu sebagai tidak berdasar.",
            "ACCUSE",
            "MYS",
            "AUS",
        ),
        (
            "Pemerintah Pakistan menggambarkan komentar Washington sebagai patut dipertanyakan.",
            "ACCUSE",
            "PAK",
            "USA",
        ),
        (
            "Menteri Luar Negeri Jerman mengatakan ada bukti yang mengaitkan kantor itu dengan milisi Iran.",
            "ACCUSE",
            "DEU",
            "IRN",
        ),
        (
            "Perjuangan Revolusi melancarkan serangan bom terhadap kantor polisi di Athena, Selasa.",
            "ASSAULT",
            "GRC",
            None,
        ),
    ],
)
def test_indonesian_families(text, event, actor, recipient):
    assert has(indonesian(text, "2007-06-01"), event, actor, recipient), indonesian(text, "2007-06-01")


@pytest.mark.parametrize(
    "text",
    [
        # no arrest: taking a snack, or a thief snatching goods
        "Anak itu mencomot sepotong kue dari meja dapur.",
        # hypothetical and negated finds
        "Tentara Filipina belum menemukan gudang senjata milik kelompok itu.",
        # a remark praised, not faulted
        "Presiden Filipina menyebut pernyataan menteri Jepang itu sebagai langkah yang tepat.",
        # information about relations, no link to an armed group
        "Kementerian itu memberikan informasi tentang hubungan kedua negara.",
        # the common phrase "perjuangan revolusi" in lower case is no armed group
        "Sejarawan itu menulis buku tentang perjuangan revolusi kemerdekaan Indonesia.",
    ],
)
def test_indonesian_near_misses(text):
    found = indonesian(text, "2007-06-01")
    assert not any(e in {"COERCE", "ACCUSE", "ASSAULT"} for e, _, _ in found), found
