"""Indonesian trigger vocabulary from data/id/triggers_extra.yaml: one example sentence per entry
family, and the stop entries that keep look-alike phrases from coding."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

coded = partial(coded_in, "id")


def test_killing_reported_by_its_result_is_an_assault():
    assert ("ASSAULT", ["ISR"], ["PSE"]) in coded("Pasukan Israel menewaskan tiga warga Palestina di Jenin, Rabu.")


def test_relative_clause_after_an_attack_names_no_killer():
    # the nearest name ("kedubes AS") is the target of the attack, not the one who killed
    events = coded("Serangan ke kedubes AS yang menewaskan 224 orang itu dilakukan pada 1998.")
    assert not any(a == ["USA"] for _, a, _ in events)


def test_labelling_someone_a_terrorist_is_an_accusation():
    assert ("ACCUSE", ["RUS"], ["UKR"]) in coded("Rusia menyebut pemerintah Ukraina sebagai teroris.")


def test_branding_an_act_unacceptable_is_disapproval():
    assert any(e == "ACCUSE" and a == ["RUS"] for e, a, _ in coded("Moskow mencap serangan itu tidak dapat diterima."))


def test_a_court_ruling_a_petition_inadmissible_is_no_event():
    assert coded("Pengadilan menyatakan permohonan pemohon tidak dapat diterima.") == []


def test_interrogation_is_an_investigation():
    assert ("ACCUSE", ["IND"], ["PAK"]) in coded("Polisi India menginterogasi dua warga Pakistan.")


def test_pressing_someone_to_act_is_a_request():
    assert ("REQUEST", ["USA"], ["ISR"]) in coded(
        "Amerika Serikat menekan Israel agar menghentikan pembangunan permukiman."
    )
    assert ("REQUEST", ["UNO"], ["MMR"]) in coded(
        "Sekjen PBB Ban Ki-moon menyeru Myanmar untuk membebaskan tahanan politik."
    )


def test_a_deadline_to_meet_demands_is_an_ultimatum():
    assert ("THREATEN", ["PSE"], ["ISR"]) in coded(
        "Hamas memberi Israel waktu 24 jam untuk memenuhi tuntutan para tahanan."
    )


def test_ruling_out_is_a_rejection():
    events = coded("Perdana Menteri Australia John Howard mengesampingkan kemungkinan menambah pasukan di Irak.")
    assert any(e == "REJECT" and a == ["AUS"] for e, a, _ in events)


def test_phoning_a_leader_is_a_consultation():
    events = coded(
        "Presiden terpilih Amerika Serikat Donald Trump menghubungi Presiden Taiwan Tsai Ing-wen.", "2016-12-03"
    )
    assert ("CONSULT", ["USA"], ["TWN"]) in events


def test_deploying_peacekeepers_is_aid_not_mobilisation():
    events = coded("Uni Afrika mengerahkan pasukan penjaga perdamaian ke Somalia.")
    assert [e for e, _, _ in events] == ["AID"]


def test_announced_crackdown_is_a_threat_and_follow_up_is_no_event():
    assert any(e == "THREATEN" for e, _, _ in coded("Polisi Kenya akan menindak tegas para demonstran."))
    assert coded("Polisi Kenya akan menindak lanjuti laporan itu.") == []


def test_a_warning_to_a_state_is_a_threat_but_an_early_warning_is_not():
    assert ("THREATEN", ["CHN"], ["USA"]) in coded(
        "Pemerintah China mengeluarkan peringatan kepada Amerika Serikat soal Taiwan."
    )
    assert coded("Pemerintah Jepang mengeluarkan peringatan dini tsunami untuk Indonesia.") == []


def test_seizing_goods_is_coercion_but_drawing_attention_is_not():
    assert any(
        e == "COERCE" for e, _, _ in coded("Polisi Malaysia menyita ratusan kilogram sabu dari warga Indonesia.")
    )
    events = coded("Kunjungan itu menyita perhatian pemerintah Malaysia dan Indonesia.")
    assert not any(e == "COERCE" for e, _, _ in events)


def test_taking_a_base_is_seizure():
    assert any(
        e == "COERCE" and a == ["SYR"]
        for e, a, _ in coded("Tentara Suriah berhasil menguasai pangkalan udara di timur Aleppo.")
    )
