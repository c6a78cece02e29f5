"""English vocabulary of triggers_s12_conf.yaml: the conflictual types read on a probe of wire
sentences — names called and criticism said in other words (ACCUSE), an order to free detainees,
blocked statements, threats of force, strikes of so many days, buildings stormed, rallies
joined, consumer boycotts, blacklists and suspended lending, troops massed, ships ordered, warplanes
flown, a barrage launched, the internet suspended, accounts hacked, a party dissolved. Every sentence
here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


# -- ACCUSE: calling names ---------------------------------------------------------------------------


def test_calling_a_state_a_name_is_an_accusation():
    assert coded("The Iranian president called Israel a terrorist regime.") == [("ACCUSE", ["IRN"], ["ISR"])]
    assert coded("The Russian embassy labelled the article a politically motivated smear.") == [("ACCUSE", ["RUS"], [])]


def test_an_act_of_economic_aggression_and_economic_blackmail():
    assert coded("Caracas called the oil embargo an act of economic aggression.") == [("ACCUSE", ["VEN"], [])]
    assert types("Pyongyang called the US-led drills economic blackmail.") == {"ACCUSE"}


def test_a_possessive_object_called_illegal():
    assert coded("The European Union called Russia's annexation of Crimea illegal.") == [("ACCUSE", ["EUR"], ["RUS"])]
    assert coded("The Chinese foreign ministry called Washington's latest move irresponsible.") == [
        ("ACCUSE", ["CHN"], ["USA"])
    ]


def test_branded_as_lies():
    assert coded("Tehran branded the British report as lies.") == [("ACCUSE", ["IRN"], ["GBR"])]


def test_dismissed_as_lies_stays_a_rejection():
    assert types("The Russian foreign ministry dismissed the report as lies.") == {"REJECT"}


def test_calling_for_a_ban_or_an_end_is_a_request_not_a_name():
    assert types("The Indian government called for a ban on terrorist groups in Kashmir.") == {"REQUEST"}
    assert types("The Egyptian president called for an end to economic warfare in the region.") == {"REQUEST"}
    assert types("The police were called to a crime scene in Nairobi.") == set()


# -- ACCUSE: criticism in other words ----------------------------------------------------------------


def test_critical_of_hit_back_chide_call_out():
    assert coded("The Brazilian president was sharply critical of the Israeli government.") == [
        ("ACCUSE", ["BRA"], ["ISR"])
    ]
    assert coded("Beijing hit back at Canberra over the inquiry.") == [("ACCUSE", ["CHN"], ["AUS"])]
    assert coded("The Indonesian foreign minister chided Myanmar over the executions.") == [
        ("ACCUSE", ["IDN"], ["MMR"])
    ]
    assert coded("The Australian foreign minister called out Beijing for its coercion.") == [
        ("ACCUSE", ["AUS"], ["CHN"])
    ]


def test_hitting_back_with_air_strikes_is_an_attack():
    assert types("Israel hit back at Hezbollah with air strikes.") == {"ASSAULT"}


def test_crying_foul_a_tirade_bristling():
    assert coded("The Cambodian opposition cried foul over the election.") == [("ACCUSE", ["KHM"], [])]
    assert coded("Venezuela's president launched a tirade against Washington.") == [("ACCUSE", ["VEN"], ["USA"])]
    assert types("The Chinese ambassador bristled at the criticism from Ottawa.") == {"ACCUSE"}


def test_opposition_declared_frustration_voiced_concern_noted():
    assert coded("The Arab League declared its opposition to the Israeli plan.") == [("ACCUSE", ["IGO"], ["ISR"])]
    assert coded("The Egyptian president voiced frustration with Ethiopia over the dam.") == [
        ("ACCUSE", ["EGY"], ["ETH"])
    ]
    assert coded("The Jordanian government noted with grave concern the Israeli decision.") == [
        ("ACCUSE", ["JOR"], ["ISR"])
    ]


def test_a_rebuke_drawn_from_someone_is_theirs():
    assert coded("The Indian decision drew a sharp rebuke from Pakistan.") == [("ACCUSE", ["PAK"], ["IND"])]


def test_war_crimes_said_to_be_committed_accuse_the_doer():
    assert coded("The UN investigators said Syrian forces had committed war crimes.") == [("ACCUSE", ["UNO"], ["SYR"])]


def test_an_envoy_protesting_a_decision_is_diplomatic_not_a_demonstration():
    assert coded("The Russian ambassador protested the expulsion of the diplomats by Poland.") == [
        ("ACCUSE", ["RUS"], ["POL"])
    ]
    assert types("Students in Dhaka protested the decision.") == {"PROTEST"}


# -- REQUEST, REJECT, THREATEN -----------------------------------------------------------------------


def test_a_court_ordering_detainees_freed_is_a_request():
    assert types("A Lahore court ordered the government to release the detained journalists.") == {"REQUEST"}


def test_blocking_a_declaration_is_a_rejection():
    assert coded("Hungary blocked an EU declaration on Ukraine.") == [("REJECT", ["HUN"], ["EUR"])]


def test_ready_to_strike_or_use_force_is_a_threat():
    assert coded("The Pakistani army chief said his forces were ready to strike back at India.") == [
        ("THREATEN", ["PAK"], ["IND"])
    ]
    assert types("The Indonesian navy is ready to use force against Chinese vessels, the admiral said.") == {"THREATEN"}
    assert "THREATEN" not in types("The ministry said the protesters were ready to strike a deal with the government.")


# -- PROTEST -----------------------------------------------------------------------------------------


def test_strikes_of_so_many_days_and_blocked_crossings():
    assert types("Nurses in Scotland began a two-week strike.") == {"PROTEST"}
    assert coded("Farmers in Poland blocked border crossings with Ukraine.") == [("PROTEST", ["POL"], ["UKR"])]


def test_a_parliament_building_stormed_by_protesters_or_by_police():
    assert types("Protesters stormed the parliament building in Asuncion.") == {"PROTEST"}
    assert types("Bangladeshi police stormed the opposition party headquarters building in Dhaka.") == {"COERCE"}


def test_taking_part_in_a_march_is_protest():
    assert types("Thousands of Chileans took part in a march against the pension law.") == {"PROTEST"}


def test_shoppers_boycotting_goods_protest_a_state_sanctions():
    assert coded("Shoppers in Indonesia boycotted Israeli products.") == [("PROTEST", ["IDN"], ["ISR"])]
    assert coded("Iran boycotted Danish goods.") == [("SANCTION", ["IRN"], ["DNK"])]


# -- SANCTION ----------------------------------------------------------------------------------------


def test_personae_non_gratae_and_a_sanctions_list():
    assert coded("Senegal declared three French diplomats personae non gratae.") == [("SANCTION", ["SEN"], ["FRA"])]
    assert coded("Washington added Russian banks to its sanctions list.") == [("SANCTION", ["USA"], ["RUS"])]
    assert types("UNESCO added the old city of Jenin to its World Heritage list.") == set()


def test_budget_support_and_lending_suspended():
    assert coded("The Netherlands suspended budget support to Mali.") == [("SANCTION", ["NLD"], ["MLI"])]
    assert coded("The IMF froze lending to Sri Lanka.") == [("SANCTION", ["IGO"], ["LKA"])]


# -- MOBILIZE and ASSAULT ----------------------------------------------------------------------------


def test_troops_massed_ships_ordered_bombers_flown():
    assert coded("Moscow massed tens of thousands of soldiers near Ukraine.") == [("MOBILIZE", ["RUS"], ["UKR"])]
    assert coded("Washington ordered a second carrier to the eastern Mediterranean.") == [("MOBILIZE", ["USA"], [])]
    assert coded("China flew bombers near the Japanese islands.") == [("MOBILIZE", ["CHN"], ["JPN"])]
    assert types("The Israeli prime minister ordered troops to withdraw from the village.") == {"REQUEST"}


def test_positions_reinforced_and_a_mobilisation_declared():
    assert coded("Armenia reinforced its positions on the border.") == [("MOBILIZE", ["ARM"], [])]
    assert coded("Azerbaijan declared a general mobilisation.") == [("MOBILIZE", ["AZE"], [])]


def test_a_barrage_fired_is_an_attack():
    assert coded("Russian forces fired a barrage of missiles at Odesa.") == [("ASSAULT", ["RUS"], ["UKR"])]
    assert types("The Russian army launched a massive missile barrage on Kharkiv.") == {"ASSAULT"}


# -- COERCE ------------------------------------------------------------------------------------------


def test_internet_suspended_networks_hacked_party_dissolved():
    assert types("Ethiopia suspended mobile internet in Amhara.") == {"COERCE"}
    assert coded("North Korean hackers broke into the networks of South Korean defence firms.") == [
        ("COERCE", ["PRK"], ["KOR"])
    ]
    assert types("Thailand's constitutional court dissolved the Move Forward party.") == {"COERCE"}
