"""English/Indonesian agreement on parallel wire text (session 19, helper agree5).

Indonesian (id/triggers_s19_agree5.yaml): security forces finding an arms depot, people picked up
("dicomot") by the police, a remark labelled unfair, misleading or questionable, information linking
someone to an armed group, a drive launched to disarm militias, "in a show of force" said of another
act; the Greek armed group "Revolutionary Struggle" under its word-for-word Indonesian name
(actors/bodies_s19_agree5.yaml). Where the English sentence codes the same event it stands beside
the Indonesian one. Every sentence here is invented."""

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
        ("Pemerintah Somalia melancarkan upaya untuk melucuti senjata milisi di Mogadishu.", "MOBILIZE", "SOM", None),
        ("Polisi Filipina menggelar operasi penyitaan senjata di tiga provinsi.", "MOBILIZE", "PHL", None),
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
        # a debate about disarmament is no drive launched
        "Para menteri membahas rencana untuk melucuti senjata milisi.",
    ],
)
def test_indonesian_near_misses(text):
    """No event of the kinds these entries code."""
    found = indonesian(text, "2007-06-01")
    assert not any(e in {"COERCE", "ACCUSE", "ASSAULT", "MOBILIZE"} for e, _, _ in found), found


def test_show_of_force_said_of_another_act_is_its_manner():
    """Grenades thrown "in a show of force" are one act; a show of force staged on its own stays MOBILIZE."""
    found = indonesian("Pasukan komando Amerika melemparkan granat kejut ke arah kantor itu dalam aksi pamer kekuatan.")
    assert not any(e == "MOBILIZE" for e, _, _ in found), found
    assert has(indonesian("Rusia menggelar unjuk kekuatan di dekat perbatasan Ukraina."), "MOBILIZE", "RUS")
