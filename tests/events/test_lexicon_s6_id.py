"""Trigger vocabulary from data/id/triggers_s6.yaml: Indonesian word families the development gold
sets coded where no trigger of the right type fired (closing the door on talks, reaching a treaty,
labelling an act, calling words absurd, defying a threat, executions, claiming an attack, vowing to
hunt an enemy down, military sweeps, sending a request), and a stop entry for a condition described
as "memprihatinkan". Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

coded = partial(coded_in, "id")


def kinds(text: str) -> list[str]:
    return [event for event, _, _ in coded(text)]


# ------------------------------------------------------------------------------------ stop entries


def test_living_in_a_sorry_state_is_no_statement_of_concern():
    assert kinds("Menurut PBB, ribuan pengungsi tinggal di kamp Cox Bazar dengan kondisi memprihatinkan.") == []
    assert kinds("Warga Gaza hidup dalam keadaan yang sangat memprihatinkan.") == []


def test_a_minister_finding_a_situation_worrying_is_still_concern():
    assert ("ACCUSE", ["IDN"], []) in coded(
        "Menteri Luar Negeri Indonesia mengatakan situasi di Rakhine sangat memprihatinkan."
    )


# ------------------------------------------------------------------------------------------ REJECT


def test_shutting_the_door_on_talks_is_a_refusal_to_meet():
    assert coded("Perdana Menteri Israel menutup pintu bagi perundingan dengan Hamas.") == [
        ("REJECT", ["ISR"], ["PSE"])
    ]


def test_not_ruling_out_talks_is_an_offer():
    assert ("AGREE", ["MYS"], ["MMR"]) in coded(
        "Menlu Malaysia mengatakan Kuala Lumpur tidak menutup kemungkinan berdialog dengan Myanmar."
    )


def test_an_accusation_called_absurd_is_a_denial():
    events = coded("Tuduhan Jepang itu tidak masuk akal, kata juru bicara Kementerian Luar Negeri China.")
    assert ("REJECT", ["CHN"], ["JPN"]) in events
    assert "ACCUSE" not in [event for event, _, _ in events]


def test_not_fearing_a_threat_is_defiance():
    assert ("REJECT", ["IRN"], ["USA"]) in coded("Iran tidak gentar menghadapi ancaman sanksi Amerika Serikat.")
    assert ("REJECT", ["PRK"], ["USA"]) in coded("Korea Utara mengatakan tidak takut akan ancaman Amerika Serikat.")


# ----------------------------------------------------------------------------------------- SUPPORT


def test_reaching_a_treaty_is_an_agreement():
    assert ("SUPPORT", ["KHM"], ["THA"]) in coded("Kamboja mencapai perjanjian perbatasan dengan Thailand pada Senin.")


def test_a_treaty_reached_is_an_agreement():
    assert ("SUPPORT", ["KHM"], ["THA"]) in coded("Kamboja dan Thailand mengumumkan perjanjian itu telah tercapai.")


def test_calling_someone_a_friend_is_praise():
    assert coded("Presiden Indonesia menyebut Vietnam sebagai sahabat dekat.") == [("SUPPORT", ["IDN"], ["VNM"])]


# ------------------------------------------------------------------------------------------ ACCUSE


def test_calling_a_move_a_mistake_is_criticism():
    assert coded("Menteri Luar Negeri Iran menyebut langkah Washington sebagai kesalahan besar.") == [
        ("ACCUSE", ["IRN"], ["USA"])
    ]


def test_calling_an_attack_genocide_is_an_allegation():
    assert ("ACCUSE", ["TUR"], ["ISR"]) in coded("Presiden Turki menyebut serangan Israel sebagai genosida.")


def test_calling_a_plan_absurd_is_criticism_by_the_speaker():
    assert ("ACCUSE", ["RUS"], ["USA"]) in coded(
        "Rencana Amerika Serikat itu tidak masuk akal, kata Menteri Luar Negeri Rusia."
    )


def test_calling_a_proposal_nonsense_is_criticism_by_the_speaker():
    assert ("ACCUSE", ["RUS"], ["USA"]) in coded(
        "Usulan Amerika Serikat itu omong kosong, kata Menteri Luar Negeri Rusia."
    )


# ---------------------------------------------------------------------------------------- SANCTION


def test_an_execution_carries_out_a_sentence():
    assert coded("Singapura menggantung seorang warga Malaysia pekan ini.") == [("SANCTION", ["SGP"], ["MYS"])]
    assert ("SANCTION", ["IRN"], ["GBR"]) in coded("Iran mengeksekusi seorang warga Inggris pekan ini.")


def test_something_left_hanging_is_no_execution():
    assert kinds("Jadwal sidang itu masih menggantung.") == []


# ----------------------------------------------------------------------------------------- ASSAULT


def test_claiming_an_attack_makes_the_claimant_the_attacker():
    assert "ASSAULT" in kinds("Taliban mengaku bertanggung jawab atas ledakan bom di Kabul.")
    assert ("ASSAULT", ["PSE"], ["PSE"]) in coded("Hamas mengklaim bertanggungjawab atas penembakan di Tepi Barat.")


def test_no_one_claiming_an_attack_codes_nothing():
    assert kinds("Belum ada kelompok yang mengaku bertanggung jawab atas serangan itu.") == []


def test_a_military_sweep_is_a_show_of_force_and_a_clearance_operation_is_violence():
    assert kinds("Militer Myanmar melancarkan penyisiran di Rakhine.") == ["MOBILIZE"]
    assert "ASSAULT" in kinds("Militer Myanmar melakukan operasi pembersihan di Rakhine.")


def test_a_police_sweep_is_a_police_move_not_force():
    # MOBILIZE covers police moves short of force (the ontology's mode "police"); no attack is told
    found = kinds("Polisi Indonesia melakukan operasi penyisiran di Poso.")
    assert "ASSAULT" not in found and "MOBILIZE" in found


# ---------------------------------------------------------------------------------------- THREATEN


def test_vowing_to_hunt_a_group_down_is_a_threat():
    assert ("THREATEN", ["PHL"], ["PHL"]) in coded("Presiden Filipina bersumpah akan memburu Abu Sayyaf.")


# ----------------------------------------------------------------------------------------- REQUEST


def test_sending_a_request_is_a_request():
    assert ("REQUEST", ["IDN"], ["AUS"]) in coded(
        "Indonesia mengirimkan permintaan penjelasan resmi ke Kedutaan Besar Australia."
    )


def test_a_request_for_an_inquiry_is_the_request_not_the_inquiry():
    assert coded("Amerika Serikat mengirim permintaan penyelidikan mengenai warganya yang hilang kepada Iran.") == [
        ("REQUEST", ["USA"], ["IRN"])
    ]
