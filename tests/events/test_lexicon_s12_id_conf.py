"""Indonesian vocabulary of triggers_s12_conf.yaml, written as examples: criticism voiced as a noun
or received from someone, blame, cases taken to a court, threats put as a price to pay or an option
kept open, resolutions blocked, rallies and banners, membership suspended, tariffs raised, weapons
moved, missiles fired at a target — and the football, pests and invited criticism that are none.
Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "id")
types = partial(types_in, "id")
DATE = "2024-06-12"


# ACCUSE ---------------------------------------------------------------------------------------------


def test_condemnation_voiced_as_a_noun_is_the_speaker_s():
    assert ("ACCUSE", ["CHN"], ["USA"]) in coded(
        "Beijing melontarkan kecaman keras terhadap penjualan senjata AS.", DATE
    )


def test_condemnation_received_from_a_state_is_that_state_s():
    assert coded("Keputusan Washington itu menuai kecaman dari Beijing.", DATE) == [("ACCUSE", ["CHN"], ["USA"])]


def test_criticism_drawn_from_two_states_has_both_as_actors():
    assert coded("Langkah Israel itu mendapat kecaman dari Turki dan Arab Saudi.", DATE) == [
        ("ACCUSE", ["SAU", "TUR"], ["ISR"])
    ]


def test_scapegoating_is_blame():
    assert types("Pemerintah Myanmar mengkambinghitamkan Thailand atas kaburnya para tahanan.", DATE) == {"ACCUSE"}


def test_naming_the_party_responsible_is_an_accusation():
    assert coded("Rusia menyebut Amerika Serikat sebagai pihak yang bertanggung jawab atas ledakan itu.", DATE) == [
        ("ACCUSE", ["RUS"], ["USA"])
    ]


def test_calling_a_step_irresponsible_is_no_denial():
    assert coded("Jubir Kemlu China menyebut langkah Washington tidak bertanggung jawab.", DATE) == [
        ("ACCUSE", ["CHN"], ["USA"])
    ]


def test_calling_an_attack_barbaric_condemns_it():
    assert "ACCUSE" in types("Presiden Erdogan menyebut serangan Israel ke Rafah biadab.", DATE)


def test_a_long_subject_judged_dangerous_is_criticised():
    assert coded("Kremlin menilai pernyataan Presiden Macron soal Ukraina sangat berbahaya.", DATE) == [
        ("ACCUSE", ["RUS"], ["FRA"])
    ]


def test_displeasure_is_disapproval():
    assert types("Uni Eropa menyatakan ketidaksenangan atas keputusan Hungaria.", DATE) == {"ACCUSE"}


def test_a_hearing_that_grills_the_police_chief_is_criticism():
    assert coded("Komisi III DPR mencecar Kapolri soal penanganan kasus itu.", DATE) == [("ACCUSE", ["IDN"], ["IDN"])]


def test_dragging_someone_to_court_is_a_charge():
    assert coded("Kejaksaan Agung menyeret mantan Dirut Pertamina ke pengadilan.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_case_taken_to_the_security_council_is_an_accusation():
    assert types("Iran membawa kasus pembunuhan diplomatnya ke Dewan Keamanan PBB.", DATE) == {"ACCUSE"}


def test_criticism_asked_for_accuses_no_one():
    assert coded("Kritik dan saran dari masyarakat sangat dibutuhkan, kata Wali Kota Surabaya.", DATE) == []


def test_a_divorce_suit_is_no_lawsuit_against_a_party():
    assert coded("Istri Bupati Bogor menggugat cerai suaminya.", DATE) == []


# THREATEN -------------------------------------------------------------------------------------------


def test_a_price_to_pay_is_the_speaker_s_threat():
    assert coded("Ali Khamenei mengatakan Israel akan membayar mahal atas serangan tersebut.", DATE) == [
        ("THREATEN", ["IRN"], ["ISR"])
    ]


def test_not_staying_silent_is_a_warning_not_a_negation():
    assert types("Hizbullah menegaskan tidak akan tinggal diam atas pembunuhan komandannya.", DATE) == {"THREATEN"}


def test_keeping_nuclear_use_open_is_a_threat():
    assert types("Rusia tidak menutup kemungkinan menggunakan senjata nuklir taktis.", DATE) == {"THREATEN"}


def test_keeping_a_new_suspect_open_is_no_threat():
    assert coded("Polisi tidak menutup kemungkinan adanya tersangka baru dalam kasus itu.", DATE) == []


def test_all_options_on_the_table():
    assert coded("Gedung Putih menyatakan semua opsi ada di atas meja untuk menghadapi Iran.", DATE) == [
        ("THREATEN", ["USA"], ["IRN"])
    ]


def test_a_promised_retaliation_is_the_promiser_s_threat():
    assert ("THREATEN", ["IRN"], ["ISR"]) in coded("Iran menegaskan akan membalas setiap serangan Israel.", DATE)


def test_answering_a_letter_is_no_retaliation():
    assert coded("Menteri itu akan membalas surat dari Gubernur Papua pekan depan.", DATE) == []


def test_ready_to_use_nuclear_weapons():
    assert types("Presiden Rusia Vladimir Putin siap menggunakan senjata nuklir.", DATE) == {"THREATEN"}


def test_not_shrinking_from_firm_action_is_a_warning_not_a_negation():
    assert types("Kapolri tidak segan menindak anggota yang terlibat judi online.", DATE) == {"THREATEN"}


# REQUEST --------------------------------------------------------------------------------------------


def test_a_call_on_other_states_to_boycott_is_a_request():
    assert types("Iran menyerukan negara-negara Islam untuk memboikot produk Israel.", DATE) == {"REQUEST"}


def test_a_call_to_boycott_an_election_stays_a_protest():
    assert types("Oposisi menyerukan para pendukungnya untuk memboikot pemilu.", DATE) == {"PROTEST"}


def test_an_order_to_a_commander_to_arrest_is_a_request():
    assert coded("Presiden Jokowi memerintahkan Panglima TNI menangkap para pelaku.", DATE) == [
        ("REQUEST", ["IDN"], ["IDN"])
    ]


# REJECT ---------------------------------------------------------------------------------------------


def test_blocking_a_resolution_is_a_veto_not_censorship():
    assert types("China dan Rusia memblokir rancangan resolusi Dewan Keamanan PBB.", DATE) == {"REJECT"}


def test_staying_unmoved_by_calls_is_a_refusal():
    assert types("Israel tetap bergeming atas desakan internasional.", DATE) == {"REJECT"}


def test_not_recognising_a_ruling_is_a_refusal():
    assert coded("Beijing tidak mengakui putusan arbitrase tersebut.", DATE) == [("REJECT", ["CHN"], [])]


def test_calling_an_accusation_slander_denies_it():
    assert [
        (event, actor) for event, actor, _ in coded("Kepala Staf Kepresidenan menyebut tuduhan itu fitnah.", DATE)
    ] == [("REJECT", ["IDN"])]


# PROTEST --------------------------------------------------------------------------------------------


def test_joining_a_rally_is_protest():
    assert types("Ribuan warga Bandung mengikuti Aksi Bela Rohingya di depan Gedung Sate.", DATE) == {"PROTEST"}


def test_unfurling_banners_outweighs_the_short_demand_after_it():
    assert "PROTEST" in types("Sejumlah aktivis membentangkan spanduk di depan Istana Merdeka.", DATE)


def test_protesters_making_speeches_protest():
    assert types("Ratusan pengunjuk rasa berorasi di depan Kedutaan Besar Myanmar di Jakarta.", DATE) == {"PROTEST"}


def test_a_candidate_s_campaign_speech_is_no_protest():
    assert coded("Capres Anies berorasi di depan ribuan pendukungnya di Makassar.", "2024-01-12") == []


# SANCTION -------------------------------------------------------------------------------------------


def test_suspended_membership_is_a_sanction():
    assert coded("Uni Afrika menangguhkan keanggotaan Niger setelah kudeta.", DATE) == [("SANCTION", ["IGO"], ["NER"])]


def test_raised_import_tariffs_are_a_sanction():
    assert coded("AS menaikkan tarif impor mobil listrik China menjadi 100 persen.", DATE) == [
        ("SANCTION", ["USA"], ["CHN"])
    ]


def test_a_raised_electricity_tariff_is_none():
    assert coded("Pemerintah menaikkan tarif listrik untuk pelanggan rumah tangga mampu.", DATE) == []


def test_blacklisting_officials_far_from_the_verb():
    assert coded("Departemen Keuangan AS memasukkan tiga pejabat Iran ke daftar hitam.", DATE) == [
        ("SANCTION", ["USA"], ["IRN"])
    ]


def test_trade_stopped_with_a_state():
    assert coded("Turki menghentikan seluruh perdagangan dengan Israel.", DATE) == [("SANCTION", ["TUR"], ["ISR"])]


# MOBILIZE -------------------------------------------------------------------------------------------


def test_missile_systems_moved_to_a_border():
    assert types("Rusia memindahkan sistem rudal Iskander ke dekat perbatasan Finlandia.", DATE) == {"MOBILIZE"}


def test_partial_mobilisation_announced():
    assert coded("Ukraina mengumumkan mobilisasi parsial untuk memperkuat garis depan.", DATE) == [
        ("MOBILIZE", ["UKR"], [])
    ]


def test_a_spy_satellite_launch():
    assert coded("Korea Utara meluncurkan satelit mata-mata militer.", DATE) == [("MOBILIZE", ["PRK"], [])]


def test_a_civil_satellite_launch_is_none():
    assert coded("Indonesia meluncurkan satelit telekomunikasi dari Florida.", DATE) == []


def test_a_naval_parade_is_a_show_of_force():
    # shown at home: the state's own ground is the place it is shown at
    assert coded("Armada Pasifik Rusia menggelar parade angkatan laut di Vladivostok.", DATE) == [
        ("MOBILIZE", ["RUS"], ["RUS"])
    ]


def test_the_army_raising_its_alert_is_the_actor():
    assert ("MOBILIZE", ["KOR"], []) in coded("Militer Korea Selatan meningkatkan status siaga.", DATE)


def test_a_volcano_alert_raised_is_none():
    assert coded("PVMBG menaikkan status Gunung Marapi dari waspada menjadi siaga.", DATE) == []


def test_warships_sailing():
    # near another state's waters: aimed at that state
    assert coded("Kapal perang China berlayar di dekat perairan Jepang.", DATE) == [("MOBILIZE", ["CHN"], ["JPN"])]


def test_a_ferry_sailing_is_none():
    assert coded("Kapal feri berlayar dari Merak menuju Bakauheni.", DATE) == []


# COERCE ---------------------------------------------------------------------------------------------


def test_blocked_access_to_a_platform_is_censorship_not_a_road_block():
    assert types("Otoritas Rusia memblokir akses ke YouTube.", DATE) == {"COERCE"}


def test_a_police_unit_named_by_its_abbreviation_arrests():
    assert coded("Tim Resmob meringkus pelaku begal di Bekasi.", DATE) == [("COERCE", ["IDN"], ["IDN"])]


# ASSAULT --------------------------------------------------------------------------------------------


def test_a_missile_fired_at_a_ship_is_an_attack():
    assert types("Houthi menembakkan rudal balistik ke kapal tanker di Teluk Aden.", DATE) == {"ASSAULT"}


def test_a_missile_fired_into_the_sea_stays_a_test():
    assert types("Korea Utara menembakkan rudal balistik ke Laut Jepang.", DATE) == {"MOBILIZE"}


def test_missiles_launched_towards_a_state():
    assert coded("Iran meluncurkan ratusan drone dan rudal ke arah Israel.", DATE) == [("ASSAULT", ["IRN"], ["ISR"])]


def test_striking_with_a_missile_as_a_verb():
    assert coded("Rusia merudal pembangkit listrik di wilayah Kharkiv, Ukraina.", DATE) == [
        ("ASSAULT", ["RUS"], ["UKR"])
    ]


def test_armed_sides_trading_attacks():
    assert types("Pasukan Sudan dan RSF saling serang di El Fasher.", DATE) == {"ASSAULT"}


def test_candidates_trading_attacks_in_a_debate_is_none():
    assert coded("Kedua calon presiden saling serang dalam debat kedua.", DATE) == []


def test_a_national_team_attacking_is_none():
    assert coded("Timnas Indonesia terus menyerang pertahanan Vietnam di babak kedua.", DATE) == []


def test_a_shot_on_goal_is_none():
    assert coded("Penyerang Timnas Jepang menembak bola ke tiang gawang.", DATE) == []


def test_pests_attacking_rice_is_none():
    assert coded("Kementerian Pertanian menyerang balik hama tikus dengan burung hantu.", DATE) == []
