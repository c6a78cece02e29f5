"""Indonesian vocabulary of triggers_s12_coop.yaml and bodies_s12_id_coop.yaml: the cooperative types as
wire news writes them — openness to talks, readiness, respect, condolences, standing with an ally, a
treaty initialled; climb-downs, eased restrictions, stays and cut sentences, announced pauses; training
and producing together, arms ordered, aid shipped or funded, jets supplied; forces pulling out, heritage
returned, bans ended, entry allowed — and the words around them that are no event (handing over papers,
an index slipping, a patient let go home). Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

coded = partial(coded_in, "id")


def kinds(text: str) -> list[str]:
    return [event for event, _, _ in coded(text)]


def jointly(text: str) -> list[tuple[str, list[str]]]:
    """Events of two parties acting together, with all parties in one list: "X dan Y" may come out as
    actor and recipient or as two actors."""
    return [(event, sorted(actor + recipient)) for event, actor, recipient in coded(text)]


# --- AGREE ----------------------------------------------------------------------------------------------


def test_openness_to_talks_is_an_offer_and_its_denial_a_refusal():
    assert ("AGREE", ["VNM"], ["CHN"]) in coded("Vietnam menyatakan terbuka untuk berunding dengan Tiongkok.")
    assert ("REJECT", ["KOR"], ["PRK"]) in coded("Korea Selatan tidak terbuka untuk bertemu dengan Korea Utara.")


def test_readiness_and_an_offer_welcomed_are_agreement():
    assert "AGREE" in kinds("Malaysia menyatakan kesanggupannya menampung sementara pengungsi Myanmar.")
    assert ("AGREE", ["RUS"], ["IDN"]) in coded("Rusia menyambut tawaran Indonesia untuk menengahi konflik itu.")


# --- CONSULT --------------------------------------------------------------------------------------------


def test_a_meeting_held_keeps_its_parties():
    assert ("CONSULT", ["IDN"], ["IRN"]) in coded("Menlu RI melangsungkan pertemuan dengan Menlu Iran di Teheran.")


# --- SUPPORT --------------------------------------------------------------------------------------------


def test_respect_for_sovereignty_or_a_decision_is_support():
    assert ("SUPPORT", ["CHN"], ["IDN"]) in coded("Tiongkok menghormati kedaulatan dan integritas wilayah Indonesia.")


def test_condolences_with_rasa_and_standing_with_an_ally():
    assert ("SUPPORT", ["IDN"], ["TUR"]) in coded("Indonesia menyampaikan rasa duka mendalam kepada rakyat Turki.")
    assert ("SUPPORT", ["DEU"], ["ISR"]) in coded("Jerman menyatakan berdiri bersama Israel.")


def test_a_treaty_initialled_is_support():
    assert ("SUPPORT", ["ARM", "AZE"]) in jointly("Armenia dan Azerbaijan memparaf perjanjian damai di Washington.")


# --- CONCEDE --------------------------------------------------------------------------------------------


def test_softening_and_admitting_fault_are_concessions():
    assert ("CONCEDE", ["IRN"], ["IGO"]) in coded("Iran melunakkan sikapnya terhadap IAEA.")
    assert "CONCEDE" in kinds("Pemerintah Jepang mengakui kesalahan dalam penanganan kasus itu.")


def test_eased_restrictions_a_stay_and_a_cut_sentence_are_concessions():
    assert ("CONCEDE", ["KOR"], ["JPN"]) in coded("Korea Selatan mengurangi pembatasan ekspor ke Jepang.")
    assert "CONCEDE" in kinds("Pemerintah Arab Saudi menangguhkan eksekusi terhadap pekerja migran asal Indonesia.")
    assert kinds("Junta Myanmar memangkas masa hukuman Aung San Suu Kyi.") == ["CONCEDE"]


def test_an_announced_pause_or_moratorium_is_a_concession():
    assert ("CONCEDE", ["ISR"], ["PSE"]) in coded("Israel mengumumkan jeda kemanusiaan selama empat jam di Gaza utara.")
    assert ("CONCEDE", ["PRK"], ["PRK"]) in coded("Korut mengumumkan moratorium uji coba rudal balistik.")


# --- COOPERATE ------------------------------------------------------------------------------------------


def test_training_together_and_joint_task_forces_are_cooperation():
    assert ("COOPERATE", ["JPN", "USA"]) in jointly("Kapal perang AS dan Jepang berlatih bersama di Laut Filipina.")
    assert ("COOPERATE", ["IDN", "MYS"]) in jointly("Indonesia dan Malaysia membentuk satuan tugas bersama.")


def test_joint_production_and_arms_ordered_are_cooperation():
    assert ("COOPERATE", ["IDN", "IND"]) in jointly("Indonesia dan India memproduksi bersama rudal jelajah.")
    assert ("COOPERATE", ["IDN"], ["USA"]) in coded("Indonesia mendatangkan 24 helikopter dari Amerika Serikat.")


def test_a_central_bank_by_its_own_name_is_the_government():
    assert ("COOPERATE", ["IDN"], ["MYS"]) in coded("Bank Indonesia dan Bank Negara Malaysia memperluas kerja sama.")


# --- AID ------------------------------------------------------------------------------------------------


def test_goods_shipped_and_funds_injected_are_aid():
    assert ("AID", ["CHN"], ["MMR"]) in coded("Tiongkok mengirimkan 30 ton bahan pangan ke Myanmar.")
    assert ("AID", ["EUR"], ["UKR"]) in coded("Uni Eropa menyuntikkan dana 50 miliar euro untuk Ukraina.")
    assert ("AID", ["IDN"], ["PSE"]) in coded("Indonesia memberikan beasiswa kepada mahasiswa Palestina.")


def test_jets_supplied_to_a_state_are_aid_not_a_deployment():
    assert ("AID", ["USA"], ["UKR"]) in coded("Amerika Serikat mengirim jet tempur F-16 kepada Ukraina.")
    assert ("AID", ["JPN"], ["PHL"]) in coded("Jepang menyerahkan dua kapal patroli kepada Filipina.")


# --- RETREAT --------------------------------------------------------------------------------------------


def test_forces_pulling_out():
    assert "RETREAT" in kinds("Pasukan Israel menarik diri dari rumah sakit itu setelah operasi dua pekan.")
    assert "RETREAT" in kinds("Pasukan Rusia meninggalkan Pulau Ular di Laut Hitam.")
    assert "RETREAT" in kinds("Pasukan Prancis angkat kaki dari Niger.")


def test_heritage_returned_a_ban_ended_and_entry_allowed():
    assert ("RETREAT", ["NLD"], ["IDN"]) in coded("Belanda mengembalikan ratusan benda bersejarah kepada Indonesia.")
    assert "RETREAT" in kinds("Taliban mengakhiri larangan bagi perempuan untuk bekerja.")
    assert "RETREAT" in kinds("Israel memperbolehkan 200 truk bantuan masuk ke Gaza.")


# --- not events -----------------------------------------------------------------------------------------


def test_handing_over_papers_or_leaving_it_to_someone_is_no_surrender():
    assert "RETREAT" not in kinds("Presiden Jokowi menyerahkan sertifikat tanah kepada warga Papua.")
    assert "RETREAT" not in kinds("Pemerintah Filipina menyerahkan kepada pengadilan untuk memutuskan kasus itu.")


def test_a_market_slipping_is_no_resignation():
    assert kinds("Indeks saham Korea Selatan mundur 1 persen pada perdagangan Senin.") == []


def test_a_patient_let_go_home_is_no_permission_and_no_pull_out():
    assert kinds("Sebanyak 14 korban telah diizinkan meninggalkan rumah sakit di Prancis pada Jumat.") == []


def test_a_rebel_leader_leaving_is_no_pull_out():
    assert "RETREAT" not in kinds("Pemimpin pemberontak Sudan Selatan itu meninggalkan Juba bersama anak buahnya.")
