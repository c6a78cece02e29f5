"""Vocabulary of triggers_s16_recall.yaml (Indonesian) and of the actors a hand annotation of unseen
Indonesian news found missing: an appeal to do something ("mengajak … untuk"), advice and challenges
to an official ("menyarankan", "menganjurkan", "menantang … untuk membuktikan"), a visit told as
"bertamu ke", working closely with another ("bekerja erat dengan"), oppression and criminalisation
alleged ("menzalimi", "upaya kriminalisasi"), another's words dismissed as empty talk ("… adalah
retorika belaka"), an attack in words made with a document, mutual blame ("saling tuding") and an
expulsion announced; and holidays, a doctor's advice, a neighbourly visit, a tax amnesty, a bill's
article and crowds of shoppers that hold the same words but are no event. Every sentence here is
invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

id_ = partial(coded_in, "id")


# -- REQUEST: appeals, advice, challenges --------------------------------------------------------------


def test_an_appeal_to_do_something():
    assert id_("Menlu Retno mengajak Myanmar untuk membuka akses bantuan kemanusiaan ke Rakhine.", "2017-09-05") == [
        ("REQUEST", ["IDN"], ["MMR"])
    ]


def test_an_invitation_to_work_together_stays_an_agreement():
    assert id_("Presiden Jokowi mengajak Korea Selatan untuk bekerja sama di bidang pertahanan.", "2018-05-02") == [
        ("AGREE", ["IDN"], ["KOR"])
    ]


def test_advice_to_an_official_is_a_request():
    assert id_("Wakil Ketua DPR Fadli Zon menyarankan Presiden Joko Widodo mencopot Jaksa Agung.", "2017-06-15") == [
        ("REQUEST", ["IDN"], ["IDN"])
    ]


def test_a_challenge_to_prove_an_allegation():
    assert id_("Wakil Ketua DPR Fahri Hamzah menantang KPK untuk membuktikan tuduhan suap itu.", "2017-05-11") == [
        ("REQUEST", ["IDN"], ["IDN"])
    ]


# -- CONSULT and COOPERATE ---------------------------------------------------------------------------


def test_a_visit_told_as_bertamu():
    assert id_(
        "Presiden Joko Widodo bertamu ke Istana Perdana Menteri Malaysia Najib Razak di Putrajaya.", "2017-08-08"
    ) == [("CONSULT", ["IDN"], ["MYS"])]


def test_working_closely_with_another():
    # (the uncovering of the network is an investigation of its own since s17 recall_id_d)
    found = id_("Kepolisian Malaysia bekerja erat dengan Polri dalam mengungkap jaringan narkoba.", "2018-02-02")
    assert ("COOPERATE", ["MYS"], ["IDN"]) in found


# -- ACCUSE -------------------------------------------------------------------------------------------


def test_oppression_alleged_by_the_speaker():
    assert id_('"Pemerintah ini menzalimi ulama," kata Ketua Presidium Alumni 212 Ansufri Sambo.', "2017-05-31") == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_an_attempt_at_criminalisation_is_the_charge():
    assert id_(
        "Fahri Hamzah menduga ada upaya kriminalisasi terhadap dirinya dalam sidang kasus pajak.", "2017-05-11"
    ) == [("ACCUSE", ["IDN"], ["IDN"])]


def test_words_dismissed_as_empty_talk():
    assert id_(
        "Wakil Ketua Komisi III DPR Desmond Mahesa menilai pernyataan Menkumham Yasonna Laoly soal anggaran lapas "
        "adalah retorika belaka.",
        "2017-06-15",
    ) == [("ACCUSE", ["IDN"], ["IDN"])]


def test_an_attack_made_with_a_document():
    assert id_("Trump menyerang Direktur FBI dengan merilis memo empat halaman.", "2018-02-04") == [
        ("ACCUSE", ["USA"], ["USA"])
    ]


def test_mutual_blame_is_one_accusation_by_both():
    (event,) = id_("Thailand dan Kamboja saling menyalahkan atas bentrokan di perbatasan.", "2011-02-08")
    assert event[0] == "ACCUSE"
    assert set(event[1]) | set(event[2]) == {"THA", "KHM"}


# -- SANCTION -----------------------------------------------------------------------------------------


def test_an_expulsion_announced():
    assert id_(
        "Kementerian Luar Negeri Pakistan mengumumkan pengusiran diplomat India, Surjeet Singh.", "2016-11-03"
    ) == [("SANCTION", ["PAK"], ["IND"])]


# -- no event -----------------------------------------------------------------------------------------


def test_words_that_are_no_event():
    assert id_("Gubernur itu mengajak keluarganya untuk berlibur ke Bali akhir pekan ini.", "2018-05-02") == []
    assert id_("Dokter menyarankan pasien banyak minum air putih dan beristirahat.", "2017-06-15") == []
    assert id_("Warga desa itu bertamu ke rumah tetangganya pada malam Lebaran.", "2018-06-15") == []
    assert id_("DPR membahas pasal kriminalisasi perzinaan dalam RKUHP.", "2018-02-01") == []
    assert id_("Fahri mengikuti program pengampunan pajak yang digelar pemerintah.", "2017-05-11") == []
    assert id_("Pasar tradisional itu diserbu pembeli menjelang Lebaran.", "2017-06-20") == []
