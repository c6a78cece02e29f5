"""Vocabulary of triggers_s16_recall2_id.yaml (Indonesian) and of the people a second hand annotation
of unseen Indonesian news found missing: a trial or a verdict called politically motivated, a crime
or guilt laid at another's door, an inquiry reopened ("meninjau kembali", "membuka kembali"), a ban
lifted told from its noun or announced, an order that another resign, leaders' golf and dinners, an
exchange of fire ("saling berbalas serangan"), a protest crushed, an apology spelled "ma'af", an
appeal to come home and endorsing a step of the government ("setuju dengan langkah pemerintah"); and
crime figures, an innocence asserted, a family trip home and a pardon of a sentence that hold the
same words but are no event. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

id_ = partial(coded_in, "id")


# -- ACCUSE: political motives, crimes alleged, inquiries reopened ------------------------------------


def test_a_verdict_called_politically_motivated():
    assert id_("Partai Demokrat menyebut vonis terhadap kadernya itu bermotif politik.", "2018-03-01") == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_dissolution_judged_political():
    found = id_("Oposisi Kamboja menilai pembubaran partai itu bermuatan politis.", "2017-11-20")
    assert [(event, actor) for event, actor, _ in found] == [("ACCUSE", ["KHM"])]


def test_a_crime_laid_at_a_rivals_door():
    assert id_("Presiden Trump menganggap Clinton telah melakukan tindakan kriminal.", "2016-11-01") == [
        ("ACCUSE", ["USA"], ["USA"])
    ]


def test_holding_another_guilty():
    assert id_("Jaksa Agung Amerika Serikat meyakini Clinton bersalah.", "2016-11-01") == [("ACCUSE", ["USA"], ["USA"])]


def test_reopening_an_inquiry_is_opening_one():
    assert id_("FBI memutuskan meninjau kembali kasus email Hillary Clinton.", "2016-10-29") == [
        ("ACCUSE", ["USA"], ["USA"])
    ]
    found = id_("Kejaksaan Agung membuka kembali penyelidikan kasus korupsi itu.", "2018-01-10")
    assert [(event, actor) for event, actor, _ in found] == [("ACCUSE", ["IDN"])]


# -- RETREAT: a ban lifted ----------------------------------------------------------------------------


def test_a_ban_lifted_told_from_its_noun():
    found = id_("Pemblokiran Telegram telah dicabut berdasarkan perintah Presiden Hassan Rouhani.", "2018-01-14")
    assert [(event, actor) for event, actor, _ in found] == [("RETREAT", ["IRN"])]
    found = id_("Larangan ekspor mineral mentah itu akhirnya dicabut pemerintah Indonesia.", "2017-01-12")
    assert [(event, actor) for event, actor, _ in found] == [("RETREAT", ["IDN"])]


def test_a_lifting_announced():
    found = id_("Pemerintah Iran mengumumkan pencabutan blokir terhadap aplikasi Telegram.", "2018-01-14")
    assert [(event, actor) for event, actor, _ in found] == [("RETREAT", ["IRN"])]


# -- REQUEST: an order to resign, an appeal to come home ----------------------------------------------


def test_an_order_that_another_resign_is_a_demand():
    assert id_("Wakil Presiden Cyril Ramaphosa memerintahkan Zuma mundur dari jabatan presiden.", "2018-02-13") == [
        ("REQUEST", ["ZAF"], ["ZAF"])
    ]
    assert id_("Kongres Nasional Afrika memerintahkan Zuma mengundurkan diri.", "2018-02-13") == [
        ("REQUEST", ["ZAF"], ["ZAF"])
    ]


def test_an_appeal_to_come_home():
    assert id_("Politikus PKS itu mengajak Rizieq Shihab pulang ke Indonesia.", "2017-06-15") == [
        ("REQUEST", ["IDN"], ["IDN"])
    ]


# -- CONSULT: golf and dinners ------------------------------------------------------------------------


def test_leaders_golf_together():
    assert id_(
        "Presiden Joko Widodo bermain golf bersama Perdana Menteri Malaysia Najib Razak di Bogor.", "2017-08-09"
    ) == [("CONSULT", ["IDN"], ["MYS"])]


def test_a_leaders_dinner():
    assert id_(
        "Perdana Menteri Jepang Shinzo Abe makan malam bersama Presiden Donald Trump di Florida.", "2017-02-11"
    ) == [("CONSULT", ["JPN"], ["USA"])]


# -- ASSAULT: an exchange of fire, a protest crushed --------------------------------------------------


def test_an_exchange_of_fire():
    assert id_("Pasukan Suriah dan pemberontak saling berbalas serangan di Ghouta Timur.", "2017-11-17") == [
        ("ASSAULT", ["SYR"], ["SYR"])
    ]


def test_a_protest_crushed():
    found = id_("Rezim Myanmar menumpas demonstrasi prodemokrasi secara brutal.", "2021-03-30")
    assert [(event, actor) for event, actor, _ in found] == [("ASSAULT", ["MMR"])]


# -- CONCEDE, SUPPORT ---------------------------------------------------------------------------------


def test_an_apology_spelled_with_an_apostrophe():
    found = id_("Presiden Jacob Zuma meminta ma'af kepada rakyat Afrika Selatan.", "2018-02-14")
    assert [(event, actor) for event, actor, _ in found] == [("CONCEDE", ["ZAF"])]


def test_endorsing_a_step_of_the_government():
    found = id_("Ketua Umum PKB Muhaimin Iskandar setuju dengan langkah pemerintah membubarkan HTI.", "2017-07-20")
    assert found[0] == ("SUPPORT", ["IDN"], ["IDN"])


def test_disagreeing_with_a_decision_is_a_refusal():
    assert id_("Partai Gerindra tidak setuju dengan keputusan pemerintah menaikkan harga BBM.", "2018-03-01") == [
        ("REJECT", ["IDN"], ["IDN"])
    ]


# -- people -------------------------------------------------------------------------------------------


def test_a_spokesman_of_alumni_212():
    assert id_("Novel Bamukmin mempertanyakan alasan polisi tidak menangkap Viktor Laiskodat.", "2017-11-24") == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_pkb_lawmaker():
    assert id_("Politisi PKB Abdul Malik Haramain meminta pemerintah berhati-hati.", "2017-07-14") == [
        ("REQUEST", ["IDN"], ["IDN"])
    ]


def test_malaysias_deputy_police_chief():
    found = id_("Wakil Inspektur Jenderal Polisi Noor Rashid Ibrahim mengecam kelompok militan itu.", "2016-08-21")
    assert [(event, actor) for event, actor, _ in found] == [("ACCUSE", ["MYS"])]


# -- no event -----------------------------------------------------------------------------------------


def test_same_words_no_event():
    assert id_("Kami yakin dia tidak bersalah, kata pengacaranya.", "2017-03-01") == []
    assert id_("Polisi menilai tindak kriminal di Jakarta menurun tahun ini.", "2017-03-01") == []
    assert id_("Gubernur itu mengajak keluarganya pulang kampung saat Lebaran.", "2017-06-20") == []
    assert id_("Corby menerima pengampunan atas hukuman mati dari Presiden.", "2017-05-27") == []
