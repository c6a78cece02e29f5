"""Vocabulary of triggers_s15_assault.yaml (English and Indonesian): ASSAULT and COERCE told in other
words than the common verbs — killings with a hedged count ("killed at least 20"), deaths in an
attack whose doer is named inside it ("killed in a Hezbollah attack"), fire that armed men open on a
patrol or that two armies trade, bombs dropped and munitions fired, a city that one "shells", an
attack claimed by an armed group, a life taken ("merenggut nyawa", "menghabisi nyawa"), a soldier
fallen in a firefight "dengan KKB", police bullets ("timah panas"), warships sunk, people held
captive, houses burnt by a group named after "oleh"; arrests told as protesters hauled away, a
clampdown, people expelled by the hundred or sent back, boats blocked at sea, residency revoked,
groups ordered closed, foreign fishing boats secured, PPKM imposed, workers sent home by force; and
disasters, questions and sights that hold the same words but are no event. Every sentence here is
invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

en = partial(coded_in, "en")
id_ = partial(coded_in, "id")


# -- English: killings and woundings --------------------------------------------------------------


def test_killed_at_least_keeps_the_killer():
    assert en("Gunmen killed at least 14 people at a market in Burkina Faso.") == [("ASSAULT", ["BFA"], ["BFA"])]
    assert en("Nigerian troops killed at least 20 militants in Borno.") == [("ASSAULT", ["NGA"], ["NGA"])]
    assert en("Bandits kidnapped at least 40 villagers in Nigeria's Zamfara state.") == [("ASSAULT", ["NGA"], ["NGA"])]


def test_killed_in_an_attack_named_by_its_doer():
    assert en("Three Israeli soldiers were killed in a Hezbollah attack in northern Israel.") == [
        ("ASSAULT", ["LBN"], ["ISR"])
    ]
    assert en("A Pakistani soldier was wounded in an Indian shelling across the border.") == [
        ("ASSAULT", ["IND"], ["PAK"])
    ]
    assert en("Shelling by Russian forces killed three civilians in Ukraine.") == [("ASSAULT", ["RUS"], ["UKR"])]


def test_under_fire_from_armed_men_is_an_attack_from_lawmakers_criticism():
    assert en("The patrol came under fire from Taliban fighters in Afghanistan's Helmand province.", "2011-06-01") == [
        ("ASSAULT", ["AFG"], ["AFG"])
    ]
    assert en("The minister came under fire from opposition lawmakers in Kenya.") == [("ACCUSE", ["KEN"], ["KEN"])]


def test_wounded_people():
    assert en("Bangladeshi police injured dozens of protesters in Dhaka.") == [("ASSAULT", ["BGD"], ["BGD"])]
    assert en("Three protesters were injured by Kenyan police in Nairobi.") == [("ASSAULT", ["KEN"], ["KEN"])]


# -- English: fire, bombs, arson, claims ------------------------------------------------------------


def test_fire_traded_and_men_mown_down():
    assert en("Armenian and Azerbaijani troops traded fire along the border.") == [("ASSAULT", ["ARM"], ["AZE"])]
    assert en("Gunmen mowed down 15 villagers in Nigeria's Plateau state.") == [("ASSAULT", ["NGA"], ["NGA"])]


def test_set_ablaze_but_not_oneself():
    assert en("Militants set ablaze a police station in Nigeria.") == [("ASSAULT", ["NGA"], ["NGA"])]
    assert en("A Tibetan monk set himself on fire in China.") == [("PROTEST", ["CHN"], ["CHN"])]


def test_munitions_fired_and_a_city_shelled():
    assert en("Russian troops fired cluster munitions at Ukrainian villages.") == [("ASSAULT", ["RUS"], ["UKR"])]
    assert en("Russia shells Ukraine's Kherson overnight") == [("ASSAULT", ["RUS"], ["UKR"])]
    assert en("Israeli jets struck Hezbollah sites in southern Lebanon.") == [("ASSAULT", ["ISR"], ["LBN"])]
    assert en("Rockets fired from Gaza landed in southern Israel.") == [("ASSAULT", ["PSE"], ["ISR"])]


def test_missiles_launched_in_a_test_are_no_attack():
    assert en("North Korean missiles launched on Monday fell into the sea off Japan.") == [
        ("MOBILIZE", ["PRK"], ["JPN"])
    ]


def test_an_armed_group_claims_an_attack_a_state_does_not():
    assert en("Al-Shabaab claimed the bombing in Somalia's capital.") == [("ASSAULT", ["SOM"], ["SOM"])]
    assert en("Moscow claimed the attack on the bridge was staged by Kyiv.") == []


# -- English: COERCE --------------------------------------------------------------------------------


def test_arrests_told_otherwise_and_a_clampdown():
    assert en("Russian police hauled away dozens of protesters in Moscow.") == [("COERCE", ["RUS"], ["RUS"])]
    assert en("Chinese authorities clamped down on protests in Shanghai.") == [("COERCE", ["CHN"], ["CHN"])]


def test_people_expelled_or_sent_back():
    assert en("Venezuela expelled hundreds of Colombians living near the border.") == [("COERCE", ["VEN"], ["COL"])]
    assert en("Thai authorities sent back 100 Uighurs to China.") == [("COERCE", ["THA"], ["CHN"])]


def test_boats_blocked_residency_revoked_groups_closed():
    assert en("Chinese coast guard ships blocked Philippine supply boats in the South China Sea.") == [
        ("COERCE", ["CHN"], ["PHL"])
    ]
    assert en("Israeli authorities revoked the residency of a Palestinian lawyer.") == [("COERCE", ["ISR"], ["PSE"])]
    assert en("Russia ordered the closure of the Memorial human rights group.") == [("COERCE", ["RUS"], ["RUS"])]


def test_disasters_and_a_police_charge_are_no_event():
    assert en("Floods in Pakistan have killed more than 1,000 people.") == []
    assert en("An earthquake in Turkey killed more than 50,000 people.") == []
    assert en("Hong Kong riot police charged into the campus.") == []


# -- Indonesian: nyawa, kontak tembak, timah panas ---------------------------------------------------


def test_merenggut_and_menghabisi_nyawa():
    assert id_("KKB merenggut nyawa seorang guru di Puncak.") == [("ASSAULT", ["IDN"], ["IDN"])]
    assert id_("Kelompok bersenjata menghabisi nyawa dua pekerja di Papua.") == [("ASSAULT", ["IDN"], ["IDN"])]


def test_disasters_take_lives_without_a_perpetrator():
    assert id_("Banjir bandang merenggut nyawa 12 warga di Garut.") == []
    assert id_("Gempa di Turki menewaskan lebih dari 50 ribu orang.") == []


def test_gugur_dalam_kontak_tembak_dengan():
    assert id_("Seorang prajurit TNI gugur dalam kontak tembak dengan KKB di Intan Jaya.") == [
        ("ASSAULT", ["IDN"], ["IDN"])
    ]


def test_berondong_and_timah_panas():
    assert id_("KKB memberondong pos TNI di Nduga.") == [("ASSAULT", ["IDN"], ["IDN"])]
    assert id_("Juru bicara Kemenlu diberondong pertanyaan oleh wartawan.") == []
    assert id_("Polisi melumpuhkan tersangka dengan timah panas di Medan.") == [("ASSAULT", ["IDN"], ["IDN"])]


# -- Indonesian: kapal perang, tawanan, pembakaran, drone ---------------------------------------------


def test_warship_sunk_and_captives_held():
    assert id_("Ukraina menenggelamkan kapal perang Rusia di Laut Hitam.") == [("ASSAULT", ["UKR"], ["RUS"])]
    assert id_("Hamas menawan lebih dari 200 orang Israel di Gaza.") == [("ASSAULT", ["PSE"], ["ISR"])]
    assert id_("Pemandangan di Danau Toba sangat menawan.") == []


def test_houses_burnt_by_a_group_after_oleh():
    assert id_("Puluhan rumah warga dibakar oleh kelompok bersenjata di Kiwirok, Papua.") == [
        ("ASSAULT", ["IDN"], ["IDN"])
    ]


def test_pesawat_tak_berawak_is_no_negation():
    assert id_("Pesawat tak berawak AS menewaskan pemimpin Al Qaeda di Kabul.") == [("ASSAULT", ["USA"], ["IMG"])]


# -- Indonesian: COERCE -------------------------------------------------------------------------------


def test_foreign_boats_secured_and_ppkm_imposed():
    assert id_("Bakamla mengamankan kapal ikan asing berbendera Vietnam di Natuna.") == [("COERCE", ["IDN"], ["VNM"])]
    assert id_("Pemerintah memberlakukan PPKM darurat di Jawa dan Bali.") == [("COERCE", ["IDN"], ["IDN"])]


def test_sent_home_by_force_but_not_brought_home():
    assert id_("Pemerintah Arab Saudi memulangkan paksa ribuan pekerja migran Indonesia.") == [
        ("COERCE", ["SAU"], ["IDN"])
    ]
    assert id_("KBRI memulangkan ratusan pekerja migran Indonesia dari Malaysia.") == []
