"""Indonesian vocabulary of triggers_s14_accuse.yaml, written as examples: criticism and blame in
the forms beside the plain verbs — a spotlight on failings, doubts cast on a commitment, jabs,
verbal attacks, a step judged wrong or unfair, labels after a long subject, verdicts in reported
words, complaints lodged, criticism rained on someone, anger and slander — and the sympathy, praise,
football and crop failures that are none. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "id")
types = partial(types_in, "id")
DATE = "2024-06-12"


# A spotlight on failings ---------------------------------------------------------------------------


def test_a_spotlight_on_weak_oversight_is_criticism():
    assert coded("Menteri Luar Negeri Jepang menyoroti lemahnya pengawasan ekspor Korea Selatan.", DATE) == [
        ("ACCUSE", ["JPN"], ["KOR"])
    ]


def test_sharp_scrutiny_from_a_critic_makes_the_critic_the_actor():
    assert coded("Pernyataan Menlu Australia itu mendapat sorotan tajam dari Kementerian Luar Negeri China.", DATE) == [
        ("ACCUSE", ["CHN"], ["AUS"])
    ]


def test_a_spotlight_on_what_matters_is_none():
    assert coded("Menteri Perdagangan menyoroti pentingnya perjanjian dagang dengan Uni Eropa.", DATE) == []


def test_being_in_the_spotlight_is_no_criticism():
    assert coded("Atlet angkat besi Indonesia itu menjadi sorotan media Jepang.", DATE) == []


# Doubts, jabs, verbal attacks ------------------------------------------------------------------------


def test_doubting_a_commitment_is_criticism():
    assert coded("Tokyo meragukan komitmen Pyongyang terhadap denuklirisasi.", DATE) == [("ACCUSE", ["JPN"], ["PRK"])]


def test_questioning_neutrality_is_criticism():
    assert coded("Moskow meragukan netralitas Swiss.", DATE) == [("ACCUSE", ["RUS"], ["CHE"])]


def test_a_jab_is_criticism():
    assert types("Ketua DPR menyentil Menteri Pertanian soal lonjakan harga beras.", DATE) == {"ACCUSE"}


def test_attacking_a_policy_is_verbal():
    assert coded("Teheran menyerang kebijakan luar negeri Washington di Timur Tengah.", DATE) == [
        ("ACCUSE", ["IRN"], ["USA"])
    ]


def test_a_verbal_attack_launched_is_criticism():
    assert coded("Presiden Turki melancarkan serangan verbal terhadap Perdana Menteri Yunani.", DATE) == [
        ("ACCUSE", ["TUR"], ["GRC"])
    ]


def test_a_strike_on_a_nuclear_programme_stays_an_attack():
    assert "ACCUSE" not in types("Pesawat tempur Israel menyerang fasilitas nuklir Iran.", DATE)


# A step judged wrong, failed or unfair -----------------------------------------------------------


def test_judging_a_policy_mistaken():
    assert coded("Menteri Luar Negeri Vietnam menilai langkah China itu keliru.", DATE) == [
        ("ACCUSE", ["VNM"], ["CHN"])
    ]


def test_judging_a_government_failed():
    assert coded("Partai Gerindra menilai pemerintah gagal menekan angka pengangguran.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_calling_sanctions_unfair():
    assert coded("Menteri Luar Negeri Venezuela menyebut sanksi Amerika Serikat itu tidak adil.", DATE) == [
        ("ACCUSE", ["VEN"], ["USA"])
    ]


def test_judging_a_response_too_slow():
    assert coded("Menlu Malaysia menilai tanggapan PBB terhadap krisis Sudan terlalu lamban.", DATE) == [
        ("ACCUSE", ["MYS"], ["UNO"])
    ]


def test_one_of_the_keys_is_no_judgement_of_fault():
    assert coded("Gubernur menilai pariwisata salah satu sektor andalan daerahnya.", DATE) == []


def test_a_slowing_economy_is_no_one_s_fault():
    assert coded("Bank Indonesia menilai pertumbuhan kredit melambat pada kuartal kedua.", DATE) == []


# Labels and verdicts ------------------------------------------------------------------------------


def test_a_label_after_a_long_subject():
    assert coded("Kemlu China menyebut kunjungan Wakil Presiden Taiwan ke New York sebagai provokasi.", DATE) == [
        ("ACCUSE", ["CHN"], ["TWN"])
    ]


def test_a_policy_called_blackmail():
    assert coded("Kremlin menyebut kebijakan visa baru Estonia sebagai pemerasan.", DATE) == [
        ("ACCUSE", ["RUS"], ["EST"])
    ]


def test_a_verdict_in_reported_words_blames_the_step_s_author():
    assert coded("Langkah Korea Utara itu merupakan kesalahan besar, kata Menteri Unifikasi Korea Selatan.", DATE) == [
        ("ACCUSE", ["KOR"], ["PRK"])
    ]


def test_admitting_a_big_mistake_is_no_accusation():
    assert "ACCUSE" not in types("Menteri itu mengakui telah membuat kesalahan besar dalam pengadaan.", DATE)


# Complaints, criticism rained on someone, anger, slander --------------------------------------------


def test_complaining_to_a_state():
    assert coded("Laos mengeluh kepada Thailand soal pencemaran sungai di perbatasan.", DATE) == [
        ("ACCUSE", ["LAO"], ["THA"])
    ]


def test_an_official_complaint_lodged():
    assert coded("Indonesia menyampaikan keluhan resmi kepada Singapura atas kabut asap.", DATE) == [
        ("ACCUSE", ["IDN"], ["SGP"])
    ]


def test_complaining_of_pain_is_none():
    assert coded("Pasien itu mengeluh sakit dada sebelum dirujuk.", DATE) == []


def test_criticism_rained_on_someone_by_a_state():
    assert coded("Perdana Menteri Israel dihujani kecaman oleh Turki.", DATE) == [("ACCUSE", ["TUR"], ["ISR"])]


def test_anger_at_an_act():
    assert coded("Moskow marah atas pengusiran diplomatnya oleh Polandia.", DATE)[0][:2] == ("ACCUSE", ["RUS"])


def test_dissatisfaction_with_an_explanation():
    assert coded("Pemerintah Laos tidak puas dengan penjelasan Vietnam.", DATE) == [("ACCUSE", ["LAO"], ["VNM"])]


def test_a_critical_stance():
    assert coded("Jerman bersikap kritis terhadap rencana Hungaria.", DATE) == [("ACCUSE", ["DEU"], ["HUN"])]


def test_cornering_a_rival_in_the_council():
    assert coded("Amerika Serikat menyudutkan Rusia dalam sidang Majelis Umum.", DATE) == [("ACCUSE", ["USA"], ["RUS"])]


def test_calling_a_leader_a_liar():
    assert coded("Presiden Iran menyebut Presiden Amerika Serikat pembohong.", DATE) == [("ACCUSE", ["IRN"], ["USA"])]


# Sympathy is no disapproval ------------------------------------------------------------------------


def test_sympathy_with_flood_victims_is_none():
    assert coded("Presiden prihatin atas korban banjir di Kalimantan Selatan.", DATE) == []


def test_condolences_and_concern_for_the_family_are_none():
    assert coded("Menteri menyampaikan duka cita dan rasa prihatin kepada keluarga korban.", DATE) == []


def test_concern_over_violence_by_soldiers_stays_disapproval():
    assert coded("Indonesia prihatin atas kekerasan militer Myanmar.", DATE) == [("ACCUSE", ["IDN"], ["MMR"])]
