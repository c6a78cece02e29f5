"""Stop entries and narrower readings from data/en/triggers_s15_prec.yaml and
data/id/triggers_s15_prec.yaml: a trigger word of COERCE, ASSAULT, AGREE, MOBILIZE or PROTEST in a
sense that tells of no event codes nothing, and the real sense beside it still codes."""

from __future__ import annotations

from conftest import coded_in


def coded(text: str, lang: str = "en", pub_date: str = "2015-03-02"):
    return coded_in(lang, text, pub_date)


def types(text: str, lang: str = "en", pub_date: str = "2015-03-02"):
    return [e[0] for e in coded(text, lang, pub_date)]


def id_coded(text: str):
    return coded(text, "id", "2017-05-27")


def id_types(text: str):
    return types(text, "id", "2017-05-27")


# --- English: AGREE


def test_interest_in_buying_a_company_is_no_willingness():
    assert coded("Two Korean firms expressed interest in buying Indonesia's state-owned airline.") == []
    assert coded("Several Japanese insurers had expressed interest in bidding for the Taiwanese bank.") == []


def test_willingness_between_states_still_codes():
    assert ("AGREE", ["IND"], ["PAK"]) in coded("India expressed its willingness to resume talks with Pakistan.")


def test_courses_and_tax_concessions_offered_are_no_offer_of_help():
    assert coded("Most Indian universities are offering courses to help retirees find new jobs.") == []
    assert coded("Pakistan offered tax concessions to foreign investors in the budget.") == []
    assert coded("India's GST Council offered concessions to the tune of Rs20,000 crore to small traders.") == []


def test_an_offer_of_help_or_concessions_between_parties_still_codes():
    assert ("AGREE", ["JPN"], ["IDN"]) in coded("Japan offered to help Indonesia rebuild the damaged port.")
    assert ("AGREE", ["ISR"], ["PSE"]) in coded("Israel offered concessions to the Palestinians in the talks.")


def test_not_yet_agreed_is_no_agreement():
    assert coded("Hamas and Fatah have been unable to agree on a unity government.") == []
    assert coded("The rival Palestinian factions have yet to agree on a unity government.") == []
    assert coded("Sudan has yet to accept the third phase of the UN plan.") == []


def test_an_agreement_reached_still_codes():
    assert "AGREE" in types("Hamas and Fatah agreed on a unity government on Thursday.")


def test_agreeing_that_something_is_so_is_a_view():
    assert coded("The Indian minister agreed that it was a serious situation.") == []
    assert coded("Most economists in Japan agree that growth will slow next year.") == []


# --- English: ASSAULT


def test_a_bill_killed_is_voted_down():
    assert coded("Senate Republicans killed the immigration bill on Tuesday.") == []
    assert coded("Indian lawmakers killed the land reform measure in committee.") == []


def test_killing_people_still_codes():
    assert ("ASSAULT", ["IND"], ["IND"]) in coded("Gunmen killed two Indian soldiers in Kashmir on Tuesday.")


def test_a_weapon_capable_of_striking_is_a_capability():
    assert coded("Iran has missiles capable of striking Israel, the general said.") == []
    assert coded("The Indonesian jets have the capability to shoot and bomb targets at night.") == []


def test_an_attack_the_attackers_were_able_to_make_still_codes():
    assert "ASSAULT" in types("Taliban militants were able to attack the Afghan army convoy near Kandahar.")


def test_rockets_that_hit_still_code():
    assert "ASSAULT" in types("Hamas rockets hit southern Israel on Sunday.")


def test_the_scene_of_past_attacks_is_no_attack():
    assert coded("The Indian region has been the scene of violent attacks in the past.") == []


# --- English: COERCE


def test_a_law_against_harassment_is_a_standing_rule():
    assert coded("A new Japanese law prohibits harassment in the workplace.") == []
    assert coded("The Indian law prohibits discrimination on the basis of caste.") == []
    assert coded("Chinese companies are prohibited from owning Taiwanese insurers.") == []


def test_cardiac_arrest_and_tax_crackdowns_are_no_repression():
    assert coded("The Brazilian singer went into cardiac arrest on stage.") == []
    assert coded("The Philippine crackdown on tax evasion netted billions.") == []


def test_a_banned_protest_is_one_restriction_and_no_protest():
    assert types("The Kenyan government has banned all demonstrations in Nairobi.") == ["COERCE"]
    assert types("Egyptian police banned the opposition protest planned for Friday in Cairo.") == ["COERCE"]


def test_arrests_still_code():
    assert ("COERCE", ["BGD"], ["BGD"]) in coded("Police arrested the opposition leader in Dhaka on Sunday.")


# --- English: MOBILIZE and PROTEST


def test_a_right_is_not_its_exercise():
    # no troops moved; the right asserted is a threat of force (s41 threaten, as the parallel gold reads it)
    assert coded("Erdogan reaffirmed Turkey's right to send troops into Iraq.") == [("THREATEN", ["TUR"], ["IRQ"])]
    assert coded("Kenyan activists defended the right to protest peacefully outside parliament.") == []


def test_troops_sent_still_code():
    assert ("MOBILIZE", ["TUR"], ["IRQ"]) in coded("Turkey sent troops into northern Iraq on Friday.")


def test_resources_mobilised_and_deployments_cut_are_no_mobilisation():
    assert coded("The Indonesian government mobilised resources to help flood victims.") == []
    assert coded("Pressure mounts on Blair to reduce Britain's deployment in southern Iraq.") == []
    assert coded("The US and Mexico launched the partnership in 2005 to bolster cooperation on border security.") == []


def test_markets_rally_and_innocence_protested_are_no_protest():
    assert coded("Indian stocks rallied after the jobs report.") == []
    assert coded("The Pakistani minister protested his innocence throughout the trial.") == []
    assert "PROTEST" not in types("The decision unleashed a storm of protests by Bush supporters.")


def test_street_protest_still_codes():
    assert "PROTEST" in types("Thousands of students staged protests in Jakarta against the fuel price rise.")


# --- Indonesian


def test_character_assassination_is_words():
    assert id_coded("Bupati Banyuwangi mengaku pernah mendapat upaya pembunuhan karakter dari lawan politiknya.") == []


def test_sport_training_and_figurative_offers_are_no_agreement():
    assert id_coded("Pembalap Indonesia itu akan mengikuti latihan bersama tim Inggris di Silverstone.") == []
    assert id_coded("PSI menawarkan sejuta mimpi kepada pemilih muda di Jakarta.") == []
    assert id_coded("Para tamu undangan Presiden Jokowi hadir di Istana Merdeka.") == []


def test_offers_and_joint_exercises_still_code():
    assert ("AGREE", ["JPN"], ["IDN"]) in id_coded(
        "Jepang menawarkan bantuan kepada Indonesia untuk membangun pelabuhan."
    )
    assert "COOPERATE" in id_types("TNI AL dan Angkatan Laut Australia menggelar latihan bersama di Darwin.")


def test_a_search_party_is_no_sweep():
    assert id_coded("Tim SAR menyisir sungai untuk mencari korban banjir di Garut.") == []
    assert id_coded("Tim KBRI masih menyisir seluruh Mekah untuk mencari jemaah Indonesia yang hilang.") == []


def test_safety_advice_is_no_ban():
    assert id_coded("Kementerian Kelautan melarang keras warga menyentuh bangkai paus yang terdampar di Maluku.") == []
    assert id_coded("Warga Jakarta dilarang mendekati bangkai ikan raksasa itu karena membawa bakteri.") == []


def test_a_protest_banned_is_one_restriction():
    assert id_types("Polisi melarang aksi unjuk rasa di depan Istana Merdeka.") == ["COERCE"]
    assert id_types("Pemerintah Thailand melarang aksi protes di Bangkok.") == ["COERCE"]


def test_an_opinion_shared_is_no_agreement():
    assert id_coded("Anies setuju soal perlunya penataan di bagian hulu sungai.") == []
    assert id_coded("Ketua DPR setuju dengan pendapat Presiden bahwa ekonomi membaik.") == []
    assert id_coded("Para pengamat sepakat bahwa ekonomi Indonesia akan tumbuh lebih lambat.") == []


def test_agreements_to_act_still_code():
    assert "AGREE" in id_types("Indonesia dan Malaysia sepakat memperkuat kerja sama maritim.")
    assert "AGREE" in id_types("Indonesia dan Malaysia sepakat bahwa kedua negara akan menggelar patroli bersama.")
    assert "AGREE" in id_types("Presiden setuju dengan usulan DPR untuk menunda pemilu.")


def test_what_ought_to_be_done_is_no_invitation():
    assert "AGREE" not in id_types("Komisi I DPR perlu mengundang Panglima TNI untuk meminta penjelasan.")
    assert ("AGREE", ["IDN"], ["JPN"]) in id_coded("Presiden Jokowi mengundang Perdana Menteri Jepang ke Jakarta.")


def test_a_car_that_breaks_down_is_no_strike():
    assert id_coded("Mobil rombongan Gubernur Jawa Barat mogok di tengah jalan tol.") == []
    assert "PROTEST" in id_types("Ribuan buruh di Bekasi mogok kerja menuntut kenaikan upah.")


def test_a_war_on_drugs_is_a_policy():
    assert id_coded("Pemerintah Indonesia menyatakan perang melawan narkoba.") == []


def test_nearly_attacked_and_no_intention_are_no_event():
    assert id_coded("Rombongan wisatawan Slovenia itu nyaris diserang perompak di Sungai Amazon.") == []
    assert id_coded("Menlu Inggris mengatakan tak ada maksud Inggris mengirim lagi tentara ke Irak saat ini.") == []
    assert id_coded("Erdogan menegaskan hak Turki untuk mengirim pasukan ke Irak.") == []
    assert "ASSAULT" in id_types("Rombongan wartawan itu nyaris tewas diserang kelompok bersenjata di Papua.")


def test_capabilities_are_no_attack():
    assert id_coded("Sukhoi yang dibeli Indonesia itu memiliki kemampuan untuk menembak dan mengebom.") == []
    assert id_coded("Korea Utara mengembangkan rudal yang mampu menyerang Amerika Serikat.") == []
    assert (
        id_coded("Tentara Spanyol menemukan fondasi beton yang bisa digunakan untuk meluncurkan roket di Lebanon.")
        == []
    )


def test_troops_sent_still_code_in_indonesian():
    assert "MOBILIZE" in id_types("TNI mengerahkan 2.000 prajurit ke perbatasan Papua.")
    assert "MOBILIZE" in id_types("Korea Utara mengirim pasukan ke perbatasan.")
