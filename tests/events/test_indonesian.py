"""Indonesian sentences in, events out — examples of each attribution and modality rule."""

from __future__ import annotations

from functools import partial

import warta
from conftest import coded_in

coded = partial(coded_in, "id")


def test_active_voice_actor_before_recipient_after():
    assert ("ACCUSE", ["IDN"], ["ISR"]) in coded("Pemerintah Indonesia mengecam Israel atas serangan di Gaza.")


def test_recipient_marked_by_a_preposition():
    assert ("REQUEST", ["JPN"], ["CHN"]) in coded("Jepang mendesak kepada Tiongkok agar menghentikan patroli.")


def test_passive_di_oleh_swaps_the_roles():
    events = coded("Kapal nelayan Vietnam ditangkap oleh Angkatan Laut Indonesia di Natuna.")
    assert ("COERCE", ["IDN"], ["VNM"]) in events


def test_coordinated_actors_make_one_event():
    events = coded("Malaysia dan Singapura menandatangani perjanjian perbatasan dengan Indonesia.")
    assert ("SUPPORT", ["MYS", "SGP"], ["IDN"]) in events


def test_reported_speech_kata_makes_the_speaker_the_actor():
    events = coded("“Kami menolak klaim itu,” kata Menteri Luar Negeri Filipina.")
    assert any(e == "REJECT" and a == ["PHL"] for e, a, _ in events)


def test_negation_and_hypotheticals_are_not_coded():
    assert coded("Indonesia tidak mengecam Malaysia.") == []
    assert coded("Belum jelas apakah Rusia akan mengirim senjata ke Iran.") == []


def test_hedged_claims_are_kept_and_marked():
    events = warta.code("Iran diduga memasok rudal kepada Rusia.", lang="id", pub_date="2024-01-10")
    assert events and all(e.hedged for e in events)


def test_future_meeting_is_agree_and_weekday_resolves():
    events = warta.code("Presiden Prabowo akan mengunjungi Jepang pada hari Senin.", lang="id", pub_date="2025-03-13")
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events] == [
        ("AGREE", ["IDN"], ["JPN"])
    ]
    assert events[0].date == "2025-03-17"  # the coming Monday: a future event looks forward


def test_office_holder_resolves_by_the_date():
    (event,) = warta.code("Prabowo Subianto menemui Menteri Pertahanan Australia.", lang="id", pub_date="2020-02-05")
    assert (event.actor[0].code, event.actor[0].sector) == ("IDN", "GOV")


def test_pronoun_points_to_the_person_named_before():
    text = "Perdana Menteri Malaysia Anwar Ibrahim tiba di Jakarta.\nIa kemudian bertemu Presiden Joko Widodo."
    events = coded(text, pub_date="2023-01-09")
    assert ("CONSULT", ["MYS"], ["IDN"]) in events


def test_a_visit_names_its_host_through_the_place():
    (event,) = warta.code("Menlu Retno Marsudi tiba di Canberra pada Selasa.", lang="id", pub_date="2023-02-09")
    assert (event.event, event.mode, event.recipient[0].code) == ("CONSULT", "visit", "AUS")
    assert event.event_loc is not None and event.event_loc.country_code == "AUS"


def test_what_a_speaker_says_another_must_do_is_a_demand():
    events = coded("“Israel harus mengakhiri pendudukan di Tepi Barat,” kata Raja Yordania Abdullah II.")
    assert ("REQUEST", ["JOR"], ["ISR"]) in events


def test_announced_violence_is_a_threat():
    events = coded("Korea Utara akan menyerang pangkalan militer Amerika Serikat di Guam.")
    assert any(e == "THREATEN" and a == ["PRK"] for e, a, _ in events)


def test_an_authoritys_order_is_the_act_it_orders():
    assert ("SANCTION", ["KWT"], ["IRN"]) in coded("Kuwait memerintahkan pengusiran 15 diplomat Iran.")


def test_unnamed_police_take_the_country_the_story_is_set_in():
    events = coded(
        "Pendukung oposisi berkumpul di Harare, Zimbabwe, pada hari Minggu. Polisi menangkap puluhan pendukung partai."
    )
    assert ("COERCE", ["ZWE"], ["ZWE"]) in events


def test_unnamed_police_take_the_country_of_the_province_the_story_is_set_in():
    assert ("COERCE", ["IND"], ["IND"]) in coded("Polisi menangkap lima pengunjuk rasa di Karnataka pada Senin.")
    # "Polisi Kerala": the province beside the police says whose they are
    assert any(e == "COERCE" and a == ["IND"] for e, a, _ in coded("Polisi Kerala menangkap lima pengunjuk rasa."))
    assert ("COERCE", ["CHN"], ["CHN"]) in coded("Polisi menahan lima aktivis di Mongolia Dalam.")


def test_a_sector_word_that_qualifies_a_noun_is_no_party():
    # "militer" qualifies "aktivitas": no unnamed army of the story's country (Japan) is condemned
    events = warta.code("Latihan berlangsung di Tokyo, Jepang. Rusia mengecam aktivitas militer itu.", lang="id")
    assert events and not any(party.sector == "MIL" for e in events for party in e.recipient)


def test_the_noun_of_an_arrest_names_who_was_arrested():
    text = "Polisi Zimbabwe, Ahad, mengkonfirmasi penangkapan sejumlah pendukung partai oposisi."
    arrests = [e for e in warta.code(text, lang="id", pub_date="2007-05-28") if e.event == "COERCE"]
    assert [(a.code, a.sector) for a in arrests[0].actor] == [("ZWE", "COP")]
    assert [(r.code, r.sector) for r in arrests[0].recipient] == [("ZWE", "OPP")]


def test_two_parties_meeting_are_coded_from_the_first_to_the_other():
    assert ("CONSULT", ["JOR"], ["ISR"]) in coded("Para menteri luar negeri Jordania dan Israel bertemu di Jenewa.")


def test_two_parties_meeting_in_one_of_their_capitals_is_the_others_visit():
    assert ("CONSULT", ["ISR"], ["JOR"]) in coded("Para menteri luar negeri Jordania dan Israel bertemu di Amman.")


def test_saying_another_state_hacked_accuses_it():
    events = coded("Mantan presiden Georgia Mikheil Saakashvili mengatakan Rusia telah meretas jaringan listrik.")
    assert ("ACCUSE", ["GEO"], ["RUS"]) in events


def test_pronoun_prefers_the_subject_of_the_sentence_before():
    text = (
        "Menteri Luar Negeri Turki Mevlut Cavusoglu bertemu Menteri Luar Negeri Qatar di Doha.\n"
        "Dia kemudian bertolak ke Kuwait."
    )
    events = coded(text, pub_date="2017-06-14")
    assert any(e == "CONSULT" and a == ["TUR"] and r == ["KWT"] for e, a, r in events)


def test_a_long_object_before_its_verb_still_names_the_recipient():
    events = coded("Amerika Serikat meminta negara-negara Asia Tenggara dan China mematuhi hukum internasional.")
    assert any(e == "REQUEST" and a == ["USA"] and "CHN" in r for e, a, r in events)


def test_a_counted_event_noun_names_its_doer_or_none():
    # "lima uji coba nuklir" are North Korea's tests, not the Security Council's
    events = coded("Dewan Keamanan PBB merespons lima uji coba nuklir Korea Utara dengan sanksi.")
    assert not any(e == "MOBILIZE" and a == ["UNO"] for e, a, _ in events)


def test_preparing_an_attack_is_a_threat():
    events = coded("Korea Utara melakukan persiapan menyerang pangkalan militer Amerika Serikat di Jepang.")
    assert any(e == "THREATEN" and a == ["PRK"] and "USA" in r for e, a, r in events)


def test_a_denial_is_the_speakers_even_when_the_denied_act_has_no_doer():
    events = coded("Kadiv Humas Polri Irjen Boy Rafli Amar menegaskan, Nadir Umar tidak ditangkap.", "2017-04-11")
    assert any(e == "REJECT" and a == ["IDN"] for e, a, _ in events)


def test_a_subjectless_when_clause_shares_the_main_subject():
    text = "Penekanan itu diutarakan Trump saat bertelepon dengan Presiden Prancis Emmanuel Macron."
    events = coded(text, "2017-08-12")
    assert ("CONSULT", ["USA"], ["FRA"]) in events


def test_what_a_speaker_condemns_is_aimed_at_the_doer_named_with_oleh():
    text = "Penempatan rudal di Korea Selatan oleh Amerika Serikat menimbulkan kekhawatiran, kata Sergei Lavrov."
    (objection,) = [e for e in warta.code(text, lang="id", pub_date="2023-10-19") if "attribution.cause" in e.rules]
    assert [a.code for a in objection.actor] == ["RUS"] and [r.code for r in objection.recipient] == ["USA"]


def test_an_attack_noun_keeps_its_doer_when_a_retelling_verb_joins_it():
    events = coded("Serangan udara AS menewaskan dan melukai enam orang polisi Afghanistan.", "2017-05-01")
    assert any(e == "ASSAULT" and a == ["USA"] for e, a, _ in events)


def test_a_shooting_told_again_as_a_killing_is_one_event():
    text = "Taliban melepaskan tembakan pada pasukan AS di Provinsi Nangarhar dan menewaskan dua orang tentara."
    events = [e for e in coded(text, "2017-05-01") if e[0] == "ASSAULT"]
    assert len(events) == 1


def test_unknown_gunmen_opening_fire_is_no_negation():
    events = coded("Kelompok bersenjata tidak dikenal melepaskan tembakan pada pasukan Afghanistan di Kabul.")
    assert ("ASSAULT", ["AFG"], ["AFG"]) in events


def test_a_number_with_a_thousands_dot_does_not_break_a_pattern():
    events = coded("Presiden Prancis memerintahkan pengiriman 2.000 prajurit ke Mali.", "2013-01-15")
    assert not any(e == "REQUEST" for e, _, _ in events)


def test_a_scheduled_meeting_is_an_agreement_to_meet_a_prepared_one_not():
    scheduled = coded("Cavusoglu dijadwalkan bertemu dengan Emir Qatar di Doha.", "2017-06-14")
    assert any(e == "AGREE" for e, _, _ in scheduled)
    assert not any(e == "AGREE" for e, _, _ in coded("Kunjungan itu persiapan bagi kunjungan Putin ke Pyongyang."))


def test_a_supreme_court_in_a_story_set_abroad_is_that_states_court():
    text = "Pengadilan di Kuwait City menggelar sidang kasus sel teror.\nMahkamah Agung memvonis pemimpin sel itu."
    events = coded(text, "2017-07-20")
    assert any(e == "SANCTION" and a == ["KWT"] for e, a, _ in events)


def test_those_wounded_are_the_target_of_the_attack_the_sentence_tells():
    text = "Tiga orang tentara AS terluka ketika pasukan Afghanistan melepaskan tembakan di Provinsi Helmand."
    assert ("ASSAULT", ["AFG"], ["USA"]) in coded(text, "2017-03-20")


def test_the_clause_after_ketika_tells_who_did_it():
    text = "Tiga belas prajurit tewas ketika gerilyawan Taliban meledakkan sebuah bom mobil di Kandahar."
    assert any(e == "ASSAULT" and a == ["AFG"] for e, a, _ in coded(text, "2007-05-30"))


def test_aid_joined_to_a_light_verbs_object_is_given_by_its_subject():
    text = "Pasukan operasi khusus AS memberikan nasihat dan bantuan kepada Pasukan Demokratik Suriah."
    assert ("AID", ["USA"], ["SYR"]) in coded(text, "2016-12-10")


def test_an_effort_to_free_someone_has_not_freed_him():
    events = coded("Kementerian Luar Negeri Kosovo sedang melakukan berbagai upaya untuk membebaskan Haradinaj.")
    assert not any(e in ("RETREAT", "CONCEDE") for e, _, _ in events)


def test_a_string_of_verbs_shares_its_subject_and_addressee():
    text = "Dubes Korut untuk PBB Ja Song Nam menemui Kepala Manajemen PBB Jan Beagle meminta bantuan keuangan."
    assert ("REQUEST", ["PRK"], ["UNO"]) in coded(text, "2017-10-10")


def test_a_di_passive_is_found_whatever_lemma_comes_last():
    events = coded("Puluhan wartawan dipenjarakan oleh pemerintah Eritrea tahun lalu.", "2007-06-01")
    assert any(e == "SANCTION" and a == ["ERI"] for e, a, _ in events)


def test_police_a_speaker_says_acted_are_the_party_not_an_audience():
    text = (
        "Pendukung oposisi berkumpul di Harare, Zimbabwe. "
        "Juru bicara oposisi mengatakan polisi telah melarang pawai tersebut."
    )
    assert ("COERCE", ["ZWE"], ["ZWE"]) in coded(text, "2007-03-12")


def test_the_agent_of_a_passive_may_follow_without_oleh():
    events = coded("Nadir ditangkap Densus 88 di Bandara Juanda, Surabaya.", "2017-04-07")
    assert any(e == "COERCE" and a == ["IDN"] for e, a, _ in events)


def test_an_arrest_with_no_doer_named_is_by_the_police_of_the_storys_country():
    text = (
        "Sebuah truk menabrak kerumunan di Stockholm, Swedia, Jumat. "
        "Seorang tersangka asal Uzbekistan ditahan terkait serangan itu."
    )
    arrests = [e for e in warta.code(text, lang="id", pub_date="2017-04-08") if e.event == "COERCE"]
    assert [(a.code, a.sector) for a in arrests[0].actor] == [("SWE", "COP")]


def test_those_described_as_arrested_are_no_new_arrest():
    text = "Polisi di Harare masih mengumpulkan keterangan mengenai orang yang ditangkap."
    assert not any(e == "COERCE" for e, _, _ in coded(text, "2007-03-12"))


def test_a_verb_joined_after_what_was_said_shares_the_speaker():
    text = (
        "Pendukung oposisi berkumpul di Harare, Zimbabwe. Sebelumnya, polisi menyatakan mereka tak memiliki "
        "cukup personil untuk mengatur kerumunan, dan melarang pawai tersebut."
    )
    assert ("COERCE", ["ZWE"], ["ZWE"]) in coded(text, "2007-03-12")


def test_weighing_an_act_is_not_doing_it_even_for_troops():
    text = "Amerika Serikat tengah mempertimbangkan untuk mengirimkan lebih banyak pasukan ke Afganistan."
    assert not any(e == "MOBILIZE" for e, _, _ in coded(text, "2017-06-10"))


def test_event_words_capitalised_inside_a_sentence_are_a_name():
    text = "Berbicara di Bahrain dalam konferensi Dialog Manama, Menteri Pertahanan AS Ashton Carter memuji Bahrain."
    assert not any(e == "CONSULT" for e, _, _ in coded(text, "2016-12-10"))
    assert ("CONSULT", ["USA"], ["BHR"]) in coded("Ashton Carter mengadakan dialog dengan Raja Bahrain.", "2016-12-10")


def test_readiness_to_attack_is_a_threat():
    text = "Korea Utara menyatakan siap menyerang pangkalan militer AS di Guam."
    assert ("THREATEN", ["PRK"], ["USA"]) in coded(text, "2017-08-10")


def test_a_plural_said_twice_is_the_same_unnamed_actor():
    events = coded("Orang-orang bersenjata menembak mati dua polisi di Peshawar, Pakistan.", "2007-03-30")
    assert any(e == "ASSAULT" and a == ["PAK"] for e, a, _ in events)


def test_an_event_noun_that_only_dates_the_news_is_background():
    text = "Lobato dituduh mempersenjatai warga sipil saat kerusuhan di Dili, Timor Leste."
    assert not any(e == "PROTEST" for e, _, _ in coded(text, "2007-03-01"))
    visit = "Menlu Turki Mevlut Cavusoglu memuji Qatar saat tiba di Doha."
    assert any(e == "CONSULT" for e, _, _ in coded(visit, "2017-06-14"))


def test_a_state_named_as_owner_of_a_place_is_no_party():
    text = (
        "Iran mengklaim mereka telah melanggar wilayah perairan negara tersebut, namun Inggris menyatakan "
        "mereka masih berada di perairan Irak dan menuntut pembebasan mereka segera."
    )
    assert ("REQUEST", ["GBR"], ["IRN"]) in coded(text, "2007-03-30")


def test_an_aside_passing_on_the_source_does_not_hide_the_subject():
    text = (
        "Pejabat Suriah itu, sebagaimana diberitakan Xinhua, Rabu pagi, juga mendesak masyarakat "
        "internasional agar menyeret pelaku serangan itu ke pengadilan."
    )
    assert any(e == "REQUEST" and a == ["SYR"] for e, a, _ in coded(text, "2017-04-05"))


def test_parties_of_a_clash_may_follow_a_short_description():
    text = (
        "Sedikitnya dua orang tewas dalam aksi bentrokan kekerasan yang baru di Mogadishu antara tentara "
        "Ethiopia dan pemberontak Somalia."
    )
    assert ("ASSAULT", ["ETH"], ["SOM"]) in coded(text, "2007-03-20")
    concern = "Korea Selatan menyatakan keprihatinannya terhadap peningkatan hubungan antara Rusia dan Korea Utara."
    assert ("ACCUSE", ["KOR"], ["PRK", "RUS"]) in coded(concern, "2023-10-19")


def test_a_counted_unnamed_attacker_is_the_actor():
    text = "Seorang penyerang bom bunuh diri meledakkan sebuah truk di dekat kantor polisi di Ramadi, Irak."
    assert any(e == "ASSAULT" and a == ["IRQ"] for e, a, _ in coded(text, "2007-03-20"))


def test_those_killed_in_a_battle_did_not_wage_it():
    text = "Tiga serdadu pemerintah tewas dalam pertempuran di Juba, Sudan Selatan, kata juru bicara militer."
    assert not any(e == "ASSAULT" for e, _, _ in coded(text, "2017-08-27"))


def test_an_event_noun_said_twice_names_its_doer_after_it():
    text = "Sejumlah pejabat Somalia mengatakan, serangan-serangan udara AS itu dilakukan setelah negosiasi gagal."
    assert any(e == "ASSAULT" and a == ["USA"] for e, a, _ in coded(text, "2007-01-10"))


def test_sending_an_envoy_to_a_state_is_a_visit_to_it():
    text = "Turki mengirimkan menteri luar negerinya ke Qatar untuk membantu menyelesaikan krisis."
    assert ("CONSULT", ["TUR"], ["QAT"]) in coded(text, "2017-06-14")


def test_what_a_law_makes_possible_is_no_new_event():
    text = "Sebagian perubahan juga memungkinkan pemerintah Mesir untuk menangkap tersangka teroris tanpa surat."
    assert not any(e == "COERCE" for e, _, _ in coded(text, "2007-03-20"))


def test_an_attack_on_a_base_hits_the_force_that_owns_it_and_was_no_plan():
    text = (
        "Maskapai penerbangan Sri Lanka mengatakan banyak penerbangan dijadwalkan lagi menyusul serangan udara "
        "yang dilakukan Macan Tamil terhadap pangkalan angkatan udara."
    )
    assert ("ASSAULT", ["LKA"], ["LKA"]) in coded(text, "2007-03-27")


def test_ordering_the_closure_of_a_states_missions_cuts_relations():
    text = "Kuwait memerintahkan penutupan misi militer dan budaya Iran di negara itu."
    assert ("SANCTION", ["KWT"], ["IRN"]) in coded(text, "2017-07-20")


def test_opening_the_possibility_of_talks_is_an_offer():
    text = "Menteri Luar Negeri AS Rex Tillerson membuka kemungkinan berunding dengan Korea Utara."
    assert ("AGREE", ["USA"], ["PRK"]) in coded(text, "2017-08-09")


def test_the_un_named_just_before_is_the_target_of_a_condemnation():
    text = (
        "Dewan Keamanan PBB menjatuhkan sanksi baru terhadap Korea Utara pada Sabtu. "
        "Pyongyang mengecam tindakan tersebut."
    )
    assert ("ACCUSE", ["PRK"], ["UNO"]) in coded(text, "2017-08-07")


def test_being_under_a_states_pressure_is_that_states_request():
    text = "Pakistan mendapat tekanan dari AS agar meningkatkan operasi melawan militan."
    assert ("REQUEST", ["USA"], ["PAK"]) in coded(text, "2007-03-01")


def test_civil_servants_refusing_an_offer_and_preconditions_set():
    text = "Pendukung oposisi berpawai di Harare, Zimbabwe. Pegawai negeri menolak tawaran kenaikan gaji."
    assert any(e == "REJECT" and a == ["ZWE"] for e, a, _ in coded(text, "2007-03-20"))
    text = "Perdana Menteri Israel Ehud Olmert menegaskan prasyarat bagi perundingan dengan Suriah."
    assert any(e == "REQUEST" and a == ["ISR"] for e, a, _ in coded(text, "2007-04-05"))


def test_saying_a_party_plots_to_topple_a_leader_accuses_it():
    text = (
        "Menteri Penerangan Zimbabwe Sikhanyiso Ndlovu menyatakan Inggris dan Amerika Serikat mencoba "
        "menumbangkan Presiden Robert Mugabe."
    )
    assert ("ACCUSE", ["ZWE"], ["GBR", "USA"]) in coded(text, "2007-03-20")


def test_a_gap_does_not_jump_over_a_stop_phrase():
    text = (
        "Gates bertemu Raja Abdullah di Amman, Yordania, kata seorang pejabat yang tak bersedia disebut "
        "namanya mengenai pertemuan itu."
    )
    assert not any(e in ("REJECT", "AGREE") for e, _, _ in coded(text, "2007-04-18"))


def test_we_in_quoted_words_is_the_speaker():
    text = "“Kami terus melakukan pembicaraan dengan pemerintah Yordania,” kata Perdana Menteri Israel Netanyahu."
    assert ("CONSULT", ["ISR"], ["JOR"]) in coded(text, "2017-07-24")


def test_an_event_noun_names_no_owner_before_it():
    # "we regard the attack on our site as …": Ukraine was attacked, it attacked no one
    text = "“Kami menganggap serangan pada situs kami sebagai upaya peretasan,” tulis Kementerian Ukraina."
    assert not any(e == "ASSAULT" and a == ["UKR"] for e, a, _ in coded(text, "2017-01-15"))


def test_a_light_verb_carries_its_event_noun_through_a_frame_word():
    text = "Jepang dan Amerika Serikat memulai program latihan angkatan laut gabungan di perairan Okinawa."
    assert any(e == "COOPERATE" and "JPN" in a for e, a, _ in coded(text, "2017-11-16"))


def test_lantaran_opens_a_clause_of_its_own():
    text = "Korut terus menjadi sorotan AS lantaran terus menggencarkan serangkaian uji coba nuklir."
    assert not any(a == ["USA"] for _, a, _ in coded(text, "2017-08-14"))


def test_a_person_named_after_a_preposition_is_not_the_next_dia():
    text = (
        "Dalam suratnya kepada Sekretaris Jenderal PBB, Antonio Guterres, Ja menulis bahwa situasi memburuk. "
        "Dia juga menuding DK PBB menutup mata."
    )
    assert not any(e == "ACCUSE" and a == ["UNO"] for e, a, _ in coded(text, "2017-11-17"))


def test_mereka_right_after_the_speech_verb_is_the_speaker():
    text = "Kini, Hamas mengklaim mereka menahan dua tentara Israel."
    assert ("ASSAULT", ["PSE"], ["ISR"]) in coded(text, "2017-05-03")


def test_a_story_that_names_no_state_abroad_is_set_at_home():
    text = "Penyidik menyita uang dalam pecahan dolar AS dan rupiah. Polisi menangkap dua tersangka di rumah dinas."
    assert ("COERCE", ["IDN"], ["IDN"]) in coded(text, "2018-02-02")


def test_a_story_abroad_does_not_borrow_the_home_country():
    text = (
        "Pemerintah China menahan aktivis Liu Xiaobo. Kanselir Jerman Angela Merkel mengecam China. "
        "Inggris juga mengecam Beijing. Polisi menangkap dua tersangka."
    )
    assert not any("IDN" in a for _, a, _ in coded(text, "2017-07-13"))


def test_an_arrest_of_unnamed_people_is_of_the_states_own_people():
    text = "Turki menangkap lebih dari 1.000 pendukung ulama itu terkait kudeta gagal tahun lalu."
    assert ("COERCE", ["TUR"], ["TUR"]) in coded(text, "2017-04-26")


def test_a_breach_another_party_is_said_to_have_committed_is_the_speakers_accusation():
    text = "Iran mengklaim bahwa kapal Inggris telah melanggar wilayah perairan Iran."
    assert ("ACCUSE", ["IRN"], ["GBR"]) in coded(text, "2007-03-24")


def test_a_commitment_stated_is_a_pledge_and_one_fulfilled_is_none():
    assert ("AGREE", ["JPN"], ["USA"]) in coded("Jepang menegaskan komitmennya kepada Amerika Serikat.", "2017-08-15")
    assert "AGREE" not in {e for e, _, _ in coded("AS memenuhi komitmen pertahanan kepada Jepang.", "2017-08-15")}


def test_reported_words_that_open_on_their_verb_have_the_speaker_as_subject():
    text = "Pemerintah Pakistan mengatakan telah menghubungi penguasa India."
    assert ("CONSULT", ["PAK"], ["IND"]) in coded(text, "2007-02-19")
    text = "Pemerintah Pakistan mengatakan, pihaknya telah menghubungi penguasa India."
    assert ("CONSULT", ["PAK"], ["IND"]) in coded(text, "2007-02-19")


def test_a_noun_after_menurut_is_no_subjectless_verb():
    text = "Menurut Kapolri Tito Karnavian, deportasi dua WNI itu hasil kesepakatan dengan Malaysia."
    assert not any(e == "COERCE" and a == ["IDN"] for e, a, _ in coded(text, "2017-04-06"))


def test_a_gap_reaches_past_an_aside_between_commas():
    text = "Haley mendorong China, sekutu terbesar Korea Utara, untuk berbuat lebih banyak."
    assert ("REQUEST", ["USA"], ["CHN"]) in coded(text, "2017-07-06")
    text = "Haley mendorong China, yang menyerang Korea Utara, untuk berbuat lebih banyak."
    assert ("REQUEST", ["USA"], ["CHN"]) not in coded(text, "2017-07-06")


def test_dari_names_the_owner_of_an_event_noun_and_of_what_is_praised():
    text = "Presiden Iran Hassan Rouhani memuji peran dari pasukan Irak dalam pertempuran itu."
    assert ("SUPPORT", ["IRN"], ["IRQ"]) in coded(text, "2017-11-21")


def test_a_meeting_and_what_it_was_held_to_discuss_are_one_event():
    events = coded(
        "Para menteri luar negeri Jordania dan Israel telah bertemu di Amman Ahad untuk membahas "
        "cara-cara mempercepat proses perdamaian.",
        "2007-03-14",
    )
    assert len([e for e, _, _ in events if e == "CONSULT"]) == 1


def test_an_agentless_passive_in_reported_words_is_not_the_speakers_act():
    events = coded(
        "Polisi mengatakan, kelompok tersebut bergabung dengan Dewan Pekerja Revolusioner, "
        "yang dikecam punya kaitan dengan serangan.",
        "2007-02-17",
    )
    assert not any(e == "ACCUSE" for e, _, _ in events)


def test_a_date_after_pada_is_the_prepositions_object_not_the_subject():
    events = coded("Pada Senin Presiden Sudan Omar al-Beshir kembali menolak menyerahkan Ahmed Haroun.", "2007-03-27")
    assert any(e == "REJECT" and a == ["SDN"] for e, a, _ in events)


def test_a_time_word_before_a_sector_term_is_no_noun_it_qualifies():
    assert ("ACCUSE", ["IDN"], ["IDN"]) in coded("Kemarin Pemprov DKI mengecam keputusan itu.", "2017-01-04")


def test_an_act_noun_whose_party_is_followed_by_its_target_names_its_doer():
    text = "Penembakan Rusia terhadap posisi pasukan Ukraina terus berlanjut."
    assert ("ASSAULT", ["RUS"], ["UKR"]) in coded(text, "2019-06-04")
    # with no target after it, the party after "penangkapan" is the one arrested
    text = "Penangkapan lima nelayan Indonesia oleh Malaysia memicu protes."
    assert ("COERCE", ["MYS"], ["IDN"]) in coded(text, "2019-06-04")


def test_a_verb_of_saying_with_a_pronoun_clitic_names_its_speaker():
    text = (
        "Menteri Luar Negeri Mesir Ahmed Aboul Gheit tiba di Gaza. "
        "Kami mendesak Hamas kembali ke meja perundingan, katanya."
    )
    assert ("REQUEST", ["EGY"], ["PSE"]) in coded(text, "2007-01-04")


def test_a_crowd_holding_a_protest_through_a_light_verb_protests():
    text = "Puluhan orang juga melakukan protes di luar pengadilan di Nairobi."
    assert ("PROTEST", ["KEN"], ["KEN"]) in coded(text, "2007-01-04")
    assert ("PROTEST", ["KEN"], ["KEN"]) in coded("Ribuan orang menggelar aksi unjuk rasa di Nairobi.", "2007-01-04")


def test_a_bare_noun_opening_the_sentence_with_its_owner_and_target():
    text = "Kritik China terhadap Jepang muncul setelah kunjungan itu."
    assert ("ACCUSE", ["CHN"], ["JPN"]) in coded(text, "2019-06-04")


def test_a_party_after_selain_itu_is_the_subject():
    assert ("COERCE", ["IDN"], ["IDN"]) in coded("Selain itu KPK juga menggeledah kantor PT Wijaya.", "2017-06-01")


def test_can_after_already_says_it_was_managed():
    text = "Sebanyak 19 napi yang kabur sudah bisa ditangkap lagi oleh polisi Indonesia."
    assert ("COERCE", ["IDN"], ["IDN"]) in coded(text, "2017-01-04")
    # without "sudah" it is only a possibility
    assert coded("Sebanyak 19 napi yang kabur bisa ditangkap lagi oleh polisi Indonesia.", "2017-01-04") == []


def test_a_condition_opening_the_sentence_makes_the_promised_harm_a_threat():
    # the comma closes the condition: Israel is the next clause's subject, not Iran's object
    assert coded("Jika Iran menyerang, Israel akan membalas serangan itu.", "2019-06-04") == [
        ("THREATEN", ["ISR"], ["IRN"])
    ]
    # a negator before the comma belongs to the condition
    assert ("THREATEN", ["ISR"], []) in coded("Jika perundingan gagal, Israel akan membalas.", "2019-06-04")


def test_an_idiom_after_a_negator_does_not_undo_an_obligation():
    # "hanya" makes "tidak hanya" no negation, but "seharusnya hanya" is still an obligation
    text = "Menlu Sudan mengatakan bahwa PBB seharusnya hanya berperan mendukung logistik pasukan Uni Afrika."
    assert not any(e == "SUPPORT" for e, _, _ in coded(text, "2007-01-15"))


def test_police_telling_of_an_arrest_in_the_passive_made_it():
    assert ("COERCE", ["KEN"], ["KEN"]) in coded(
        "Polisi Kenya mengatakan dua pria ditangkap pada Minggu.", "2020-12-07"
    )


def test_what_a_request_asks_for_has_not_happened():
    assert coded("Jerman mendesak Rusia dan Ukraina untuk kembali berunding.", "2019-06-04") == [
        ("REQUEST", ["DEU"], ["RUS", "UKR"])
    ]
    assert [e for e, _, _ in coded("Jepang meminta Korea Utara berunding dengan Korea Selatan.", "2019-06-04")] == [
        "REQUEST"
    ]


def test_what_a_state_is_accused_of_after_a_dated_accusation_is_no_act():
    events = coded("Iran pada Senin (19/2) menuduh Amerika Serikat mendukung pemberontak di Baluchestan.", "2007-02-20")
    assert events == [("ACCUSE", ["IRN"], ["USA"])]


def test_a_province_beside_the_police_sets_the_scene_for_the_rest_of_the_sentence():
    assert ("COERCE", ["IND"], ["IND"]) in coded(
        "Polisi Kerala menangkap puluhan pengunjuk rasa pada Senin.", "2017-02-20"
    )


def test_a_demand_in_a_story_set_at_home_with_no_target_named_is_aimed_at_home():
    text = (
        "Perdana Menteri Spanyol, Mariano Rajoy, menggelar rapat kabinet di Madrid.\n"
        "Rajoy mendesak Catalonia untuk memberikan klarifikasi."
    )
    assert ("REQUEST", ["ESP"], ["ESP"]) in coded(text, "2017-10-19")


def test_unnamed_troops_in_a_military_spokesmans_words_are_his_states():
    events = coded("Juru bicara militer Israel mengatakan pasukan menangkap dua militan di Tepi Barat.", "2007-03-01")
    assert ("COERCE", ["ISR"], ["PSE"]) in events


def test_a_one_word_stop_entry_yields_to_a_longer_phrase_that_goes_on_from_it():
    # "membekukan" alone is no event (stop entry); "membekukan aset" is a sanction
    assert ("SANCTION", ["USA"], ["IRN"]) in coded("AS membekukan aset milik pejabat Iran.", "2020-03-01")


def test_a_subject_acting_between_two_parties_acts_towards_both():
    assert ("AGREE", ["CHN"], ["RUS", "UKR"]) in coded(
        "China bersedia menjadi mediator antara Rusia dan Ukraina.", "2022-03-01"
    )


def test_a_protest_at_a_states_embassy_is_aimed_at_that_state():
    assert ("PROTEST", ["MYS"], ["ISR"]) in coded(
        "Ratusan mahasiswa berunjuk rasa di depan Kedubes Israel di Kuala Lumpur.", "2023-03-01"
    )


def test_a_state_condemning_by_its_name_in_a_story_that_names_no_place_is_not_aimed_at_home():
    assert coded("Indonesia mengecam serangan itu pada Senin.", "2023-03-01") == [("ACCUSE", ["IDN"], [])]
    assert ("REQUEST", ["IDN"], ["IDN"]) in coded(
        "Kapolri mengimbau massa untuk tidak bertindak anarkis.", "2023-03-01"
    )


def test_an_owner_or_agent_in_a_patterns_gap_is_the_actor():
    assert ("ASSAULT", ["RUS"], ["UKR"]) in coded("Rudal Rusia menghantam gedung apartemen di Dnipro.", "2023-01-15")
    assert ("ACCUSE", ["IDN"], ["IDN"]) in coded("Zumi Zola ditetapkan KPK sebagai tersangka kasus suap.", "2018-02-02")


def test_a_noun_followed_by_its_passive_verb_takes_its_agent_after_oleh():
    assert ("SANCTION", ["EUR"], ["IRN"]) in coded(
        "Sanksi dijatuhkan kepada pejabat Iran oleh Uni Eropa.", "2023-03-01"
    )


def test_people_asal_a_state_are_that_states():
    assert ("COERCE", ["MYS"], ["IDN"]) in coded("Polisi Malaysia menangkap dua warga asal Indonesia.", "2023-03-01")
    assert ("ASSAULT", ["PHL"], ["IDN"]) in coded(
        "Kelompok Abu Sayyaf menculik tiga nelayan asal Indonesia di perairan Sabah.", "2023-03-01"
    )


def test_two_states_exercising_together_cooperate():
    assert ("COOPERATE", ["USA"], ["PHL"]) in coded(
        "AS dan Filipina melaksanakan latihan militer Balikatan di Luzon.", "2023-04-11"
    )


def test_a_request_from_a_state_is_made_of_it():
    assert ("REQUEST", ["IRQ"], ["IRN"]) in coded(
        "Irak meminta bantuan dari Iran untuk memadamkan kebakaran.", "2023-01-01"
    )


def test_recalling_ones_own_ambassador_from_a_state_sanctions_that_state():
    assert ("SANCTION", ["NER"], ["FRA"]) in coded("Niger menarik duta besarnya dari Prancis.", "2023-08-03")


def test_the_security_council_alone_is_the_uns():
    assert ("REQUEST", ["UNO"], ["YEM"]) in coded(
        "Dewan Keamanan menuntut Houthi menghentikan serangan terhadap kapal.", "2024-01-10"
    )


def test_a_verb_said_of_an_event_noun_is_an_event_of_its_own():
    assert ("ACCUSE", ["CHN"], []) in coded("Kunjungan itu dikecam oleh pemerintah China.", "2007-04-05")


def test_a_relative_pronoun_takes_the_group_before_it_as_subject():
    events = coded("Kunjungan itu dikecam oleh pemerintah China, yang menuduh Taiwan separatis.", "2007-04-05")
    assert ("ACCUSE", ["CHN"], ["TWN"]) in events


def test_volunteering_is_no_offer():
    assert coded("Ribuan pemuda menawarkan diri untuk bergabung dengan tentara.", "2017-08-13") == []


def test_a_hyphenated_pair_of_states_names_both():
    assert ("AGREE", ["IDN"], ["MYS"]) in coded("RI-Malaysia Sepakati Batas Laut di Selat Malaka", "2023-11-01")
    # a headline's bare light verb: the exercise is the pair's
    assert ("COOPERATE", ["IDN"], ["AUS"]) in coded(
        "Indonesia-Australia Gelar Latihan Militer Bersama di Darwin", "2023-11-01"
    )
    # but a pair that qualifies a noun is no party: "proses perdamaian Israel-Palestina"
    assert coded(
        "Menlu Yordania dan Israel bertemu di Amman untuk proses perdamaian Israel-Palestina.", "2007-04-01"
    ) == [("CONSULT", ["ISR"], ["JOR"])]


def test_forces_sent_to_a_place_are_aimed_at_its_state():
    assert ("MOBILIZE", ["UGA"], ["SOM"]) in coded("Prajurit Uganda mendarat di Somalia pekan lalu.", "2007-03-10")
    assert ("MOBILIZE", ["MMR"], ["MMR"]) in coded(
        "Pemerintah Myanmar mengerahkan pasukannya ke Provinsi Rakhine.", "2017-09-01"
    )


def test_concern_over_events_in_a_place_is_aimed_at_its_state():
    assert coded("Turki mengutuk pembakaran Al-Quran di Swedia.", "2023-01-22") == [("ACCUSE", ["TUR"], ["SWE"])]
    assert coded("Amerika Serikat menyatakan keprihatinan atas memburuknya situasi HAM di Myanmar.", "2023-01-22") == [
        ("ACCUSE", ["USA"], ["MMR"])
    ]


def test_agreeing_to_stop_fighting_is_no_threat():
    assert coded("Indonesia dan Malaysia sepakat menghentikan bentrokan.", "2007-01-01") == [
        ("AGREE", ["IDN"], ["MYS"])
    ]


def test_a_long_name_counts_once_in_a_patterns_gap():
    assert ("ACCUSE", ["IDN"], ["IDN"]) in coded(
        "KPK menetapkan Gubernur Papua Lukas Enembe sebagai tersangka korupsi.", "2022-09-14"
    )


def test_a_headline_writes_its_verbs_bare():
    assert coded("Korut Ancam Serang AS", "2017-08-10") == [("THREATEN", ["PRK"], ["USA"])]
    assert coded("Rusia Usir Diplomat Jepang", "2023-01-10") == [("SANCTION", ["RUS"], ["JPN"])]
    assert coded("Korut Tembakkan Rudal Balistik ke Laut Jepang", "2023-01-10") == [("MOBILIZE", ["PRK"], [])]


def test_a_bare_root_in_running_text_is_no_headline_verb():
    assert coded("Warga Korut ancam akan pindah.", "2017-08-10") == []


def test_a_condition_on_what_is_threatened_leaves_the_threat_standing():
    assert ("THREATEN", ["IDN"], ["IDN"]) in coded(
        "KSPI mengancam menggelar mogok nasional jika tuntutan tidak dipenuhi.", "2023-01-01"
    )
    assert coded("Hamas menyatakan siap membebaskan sandera jika Israel menghentikan serangan.", "2023-01-01") == [
        ("AGREE", ["PSE"], ["ISR"])
    ]


def test_a_counted_crowd_protesting_is_the_scenes_civilians():
    assert coded("Ribuan orang berunjuk rasa di Nairobi menentang kenaikan pajak.", "2024-06-20") == [
        ("PROTEST", ["KEN"], ["KEN"])
    ]
    assert coded("Sekitar 37 orang tewas dalam kerusuhan di Dili.", "2006-06-01") == []


def test_refusing_to_open_relations_is_a_refusal():
    assert coded(
        "Pemerintah Indonesia menegaskan tidak akan membuka hubungan diplomatik dengan Israel.", "2023-01-01"
    ) == [("REJECT", ["IDN"], ["ISR"])]


def test_the_origin_of_the_weapons_is_the_attacker():
    assert coded("Israel diserang rudal dari Iran.", "2024-04-14") == [("ASSAULT", ["IRN"], ["ISR"])]


def test_a_state_after_terkait_is_a_topic_not_the_subject():
    # "rapat terkait isu Suriah dan sepakat …": the council that met agreed, not Syria
    found = coded("DK PBB sudah menggelar rapat terkait isu Suriah dan sepakat untuk meredakan kekerasan.")
    assert any(event == "AGREE" and actor == ["UNO"] for event, actor, _ in found)


def test_a_verb_after_tapi_shares_the_sentence_subject():
    # "tapi" is the everyday "tetapi": China urged, not the Japanese media it rebutted
    assert ("REQUEST", ["CHN"], ["PHL"]) in coded(
        "China membantah laporan media Jepang itu, tapi mendesak Filipina untuk menahan diri."
    )


def test_a_party_backing_its_own_candidate_has_him_as_recipient():
    assert coded("PDIP resmi mengusung Ganjar Pranowo sebagai calon presiden.", "2023-04-21") == [
        ("SUPPORT", ["IDN"], ["IDN"])
    ]


def test_an_agentless_curfew_is_the_scenes_government_but_a_siege_no_ones_known():
    assert coded("Jam malam diberlakukan di kota Karachi.", "2007-11-10") == [("COERCE", ["PAK"], ["PAK"])]
    assert coded("Ibu kota ISIS di Raqqa, Suriah, juga sudah dikepung.", "2017-07-01") == []


def test_the_doer_of_a_condemned_act_named_with_oleh_is_the_one_condemned():
    assert ("ACCUSE", ["BRA"], ["NIC"]) in coded("Brasil mengecam pengusiran diplomatnya oleh Nikaragua.", "2019-01-01")


def test_a_stop_entry_may_start_on_an_actor_word():
    # tourists arriving are no visit (id.none.wisatawan-tiba), though "wisatawan" is a civilian actor
    assert coded("Sejumlah wisatawan asing tiba di Bali pada Senin.", "2007-01-01") == []
    assert coded("Menlu Retno tiba di Kuala Lumpur pada Senin.", "2019-01-01") == [("CONSULT", ["IDN"], ["MYS"])]


def test_a_refusal_announced_is_a_refusal():
    assert coded("Iran akan menolak usulan Eropa itu.", "2007-01-01") == [("REJECT", ["IRN"], [])]


def test_a_threat_announced_is_a_threat():
    assert coded("Korea Utara akan mengancam Korea Selatan dengan serangan.", "2020-01-01") == [
        ("THREATEN", ["PRK"], ["KOR"])
    ]


def test_the_owner_of_a_pe_an_noun_in_a_pattern_gap_does_the_act():
    # "Penolakan Iran terhadap resolusi IAEA": Iran rejects; the owner of what is judged does not judge
    assert coded("Penolakan Iran terhadap resolusi IAEA memicu kekhawatiran.", "2020-01-01")[0] == (
        "REJECT",
        ["IRN"],
        ["IGO"],
    )
    assert coded("Tuduhan Jepang itu tidak masuk akal, kata Beijing.", "2020-01-01") == [("REJECT", ["CHN"], ["JPN"])]


def test_buat_marks_whom_something_is_for():
    assert coded("Prancis menjanjikan 770 juta dolar AS buat Lebanon.", "2007-01-01") == [("AGREE", ["FRA"], ["LBN"])]


def test_a_condemnation_is_aimed_at_whoever_did_the_act_it_is_about():
    text = "Amerika Serikat menyatakan keprihatinan mendalam atas penahanan jurnalis oleh Rusia."
    assert ("ACCUSE", ["USA"], ["RUS"]) in coded(text, "2023-01-01")


def test_the_doer_of_an_act_noun_follows_oleh():
    # "penggerebekan … oleh tentara AS": the raiders, not those raided; "penahanan" (of "tahan", a
    # root itself ending in -an) is a noun too
    text = "Penggerebekan malam hari oleh tentara AS terhadap sebuah kantor Iran di Irak utara menyulut kecaman."
    assert ("ASSAULT", ["USA"], ["IRN"]) in coded(text, "2007-01-12")
    assert coded("Penahanan wartawan itu oleh Rusia memicu kecaman.", "2023-01-01")[0][:2] == ("COERCE", ["RUS"])


def test_tak_berawak_is_unmanned_not_a_negation():
    assert ("ASSAULT", ["UKR"], ["RUS"]) in coded(
        "Kapal tak berawak Ukraina menyerang kapal perang Rusia di Laut Hitam."
    )


def test_a_pe_noun_before_a_name_is_no_verb_taking_it_as_object():
    # "pendukung" (supporters): Hamas is the subject of the protest, not the object of a verb
    assert ("PROTEST", ["PSE"], ["PSE"]) in coded("Ribuan pendukung Hamas berunjuk rasa di Gaza.", "2007-01-01")


def test_a_bare_agent_may_follow_a_word_for_a_group():
    text = "Tujuh ABK WNI diculik kelompok Abu Sayyaf di Filipina."
    assert ("ASSAULT", ["PHL"], ["IDN"]) in coded(text, "2016-07-01")


def test_a_clash_between_one_party_and_another_names_both():
    # "antara A dengan B" as "antara A dan B": both sides of the clash are parties
    assert ("ASSAULT", ["BOL"], ["BOL"]) in coded(
        "Bentrokan antara ribuan petani dengan polisi terjadi di Cochabamba, Bolivia, pada Selasa."
    )


def test_a_modal_word_inside_a_bodys_name_is_no_cue():
    # "Keluarga Berencana" is a name, not "berencana" (plans to): the criticism is made, not planned
    text = "Perkumpulan Keluarga Berencana Indonesia mengecam pemerintah atas aturan baru itu."
    assert ("ACCUSE", ["IDN"], ["IDN"]) in coded(text)
    assert ("ACCUSE", ["IDN"], ["IDN"]) not in coded("Perkumpulan itu berencana mengecam pemerintah atas aturan baru.")


def test_a_verb_after_tapi_in_reported_words_shares_the_speakers_subject():
    # the reported words open on their verb: Pakistan arrested the agents and Pakistan denied the claim
    text = (
        "Pakistan menyatakan telah menangkap lebih dari 700 agen Al Qaeda tapi tetap membantah tuduhan Amerika Serikat."
    )
    assert ("REJECT", ["PAK"], ["USA"]) in coded(text)
    assert not [e for e in coded(text) if e[0] == "REJECT" and e[1] == ["IMG"]]


def test_a_verb_after_the_rest_of_an_object_and_dan_shares_the_subject():
    # "sebuah kantor Iran di Irak utara" is what was stormed; the same troops detained the staff
    events = coded("Pasukan AS menyerbu sebuah kantor Iran di Irak utara dan menahan enam pegawai.")
    assert [e for e in events if e[0] == "COERCE" and e[1] == ["USA"]]


def test_a_can_inside_what_is_asked_for_leaves_the_request_made():
    # "bisa" belongs to the release asked for; the party's request itself is made
    assert ("REQUEST", ["IDN"], ["IDN"]) in coded("Partai itu meminta agar pemerintah bisa membebaskan para aktivis.")
    assert ("REQUEST", ["IDN"], ["IDN"]) not in coded("Partai itu bisa meminta pemerintah membebaskan para aktivis.")


def test_scheduled_to_question_is_no_passive():
    # "dijadwalkan memeriksa": KPK is scheduled to question the witnesses — KPK questions them
    assert [e for e in coded("KPK dijadwalkan memeriksa dua orang saksi pada Senin.") if e[0] == "ACCUSE"]
