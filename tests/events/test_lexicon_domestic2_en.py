"""English vocabulary of triggers_domestic2.yaml, sectors_domestic2.yaml, bodies_domestic2.yaml and
people/domestic2.tsv: police cases told noun-first, the verbal attacks of South Asian political copy,
court directions, memoranda, President's rule, assent withheld, filibusters, South Asian strike forms,
booths captured, and the office-holders of older and domestic wire copy, written as examples. Every
sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")
DATE = "2019-05-10"


def test_a_case_registered_against_someone_told_noun_first_is_a_charge():
    assert coded("A case of sedition was registered against the student leader by police in Delhi.", DATE) == [
        ("ACCUSE", ["IND"], ["IND"])
    ]


def test_a_privilege_motion_is_an_accusation():
    assert coded("Opposition members in Patna moved a privilege motion against the minister.", DATE) == [
        ("ACCUSE", ["IND"], ["IND"])
    ]


def test_the_alleged_rigging_as_a_noun_is_no_accusation():
    assert types("Police in Lucknow arrested five men over the alleged rigging.", DATE) == {"COERCE"}


def test_flayed_is_criticism():
    assert coded("The chief minister of Karnataka flayed the opposition for politicising the dispute.", DATE) == [
        ("ACCUSE", ["IND"], ["IND"])
    ]


def test_training_ones_guns_on_someone_is_criticism():
    assert coded("The opposition leader in Kolkata trained her guns on the Union government over the funds.", DATE) == [
        ("ACCUSE", ["IND"], ["IND"])
    ]


def test_a_court_pulling_up_a_government_is_a_reprimand_but_a_car_pulling_up_is_nothing():
    assert coded("The high court in Chennai pulled up the state government for the delay.", DATE) == [
        ("ACCUSE", ["IND"], ["IND"])
    ]
    assert coded("The car pulled up outside the court in Chennai.", DATE) == []


def test_coming_down_heavily_on_a_government_is_criticism():
    assert coded("The opposition in Mumbai came down heavily on the state government over the loan waiver.", DATE) == [
        ("ACCUSE", ["IND"], ["IND"])
    ]


def test_a_budget_described_as_anti_poor_is_criticism():
    assert types("The opposition in Jaipur described the state budget as anti-poor.", DATE) == {"ACCUSE"}


def test_a_party_attacking_a_government_over_a_policy_is_words_but_workers_attacking_an_office_is_violence():
    assert coded("The Labour Party attacked the government over hospital waiting lists, in London.", DATE) == [
        ("ACCUSE", ["GBR"], ["GBR"])
    ]
    assert types("Party workers in Asansol attacked the office of a rival party.", DATE) == {"ASSAULT"}


def test_a_court_directing_a_government_is_a_request():
    assert coded("The high court in Chandigarh directed the state government to file a status report.", DATE) == [
        ("REQUEST", ["IND"], ["IND"])
    ]


def test_a_memorandum_submitted_to_the_governor_is_a_request():
    assert coded("Opposition leaders in Kolkata submitted a memorandum to the Governor.", DATE) == [
        ("REQUEST", ["IND"], ["IND"])
    ]


def test_a_memorandum_of_understanding_is_no_request():
    assert "REQUEST" not in types("The two leaders in Delhi handed over a memorandum of understanding on trade.", DATE)


def test_seeking_a_probe_is_a_request():
    assert coded("The opposition in Bengaluru sought a judicial probe into the death of the officer.", DATE) == [
        ("REQUEST", ["IND"], ["IND"])
    ]


def test_presidents_rule_sought_is_a_request_and_imposed_is_coercion():
    assert types("Opposition leaders in Kolkata demanded President's rule in the state.", DATE) == {"REQUEST"}
    assert coded("The Union government imposed President's rule in Uttarakhand.", DATE) == [
        ("COERCE", ["IND"], ["IND"])
    ]


def test_assent_declined_and_a_bill_returned_are_rejections():
    assert types("The President of Nigeria declined assent to the electoral bill, in Abuja.", DATE) == {"REJECT"}
    assert coded("The Governor of Tamil Nadu returned the bill to the state assembly.", DATE) == [
        ("REJECT", ["IND"], ["IND"])
    ]


def test_a_filibuster_is_a_rejection():
    assert types("Senate Republicans in Washington filibustered the voting rights bill.", DATE) == {"REJECT"}


def test_a_state_law_struck_down_and_a_ban_blocked_are_rejections():
    assert types("A federal judge in Milwaukee struck down Wisconsin's voter identification law.", DATE) == {"REJECT"}
    assert coded("A federal appeals court in San Francisco blocked President Trump's travel ban.", DATE) == [
        ("REJECT", ["USA"], ["USA"])
    ]


def test_black_flags_shown_to_a_chief_minister_are_a_protest():
    assert coded("Congress workers in Gorakhpur showed black flags to the chief minister.", DATE) == [
        ("PROTEST", ["IND"], ["IND"])
    ]


def test_a_chakka_jam_a_black_day_and_a_shutter_down_strike_are_protests():
    assert types("Farmers in Haryana enforced a chakka jam on the highways.", DATE) == {"PROTEST"}
    assert types("Farmers in Haryana observed a black day against the farm laws.", DATE) == {"PROTEST"}
    assert types("Traders in Peshawar observed a shutter-down strike against the new taxes.", DATE) == {"PROTEST"}


def test_a_minute_of_silence_observed_is_no_protest():
    assert coded("The Prime Minister in Delhi observed a minute of silence for the victims.", DATE) == []


def test_ballot_boxes_snatched_and_booths_captured_are_seizures():
    assert types("Political thugs snatched ballot boxes at polling units in Lagos.", DATE) == {"COERCE"}
    assert types("Party workers in Bihar captured polling booths in three villages.", DATE) == {"COERCE"}


def test_a_lookout_circular_is_a_travel_ban():
    assert coded("Police in Mumbai issued a lookout circular against the businessman.", DATE) == [
        ("COERCE", ["IND"], ["IND"])
    ]


def test_cases_withdrawn_by_a_government_are_a_concession():
    assert types("The government in Bengaluru withdrew the cases against the protesting farmers.", DATE) == {"CONCEDE"}


def test_miscreants_are_an_attacker():
    assert coded("Miscreants attacked the BJP office in Kolkata.", DATE) == [("ASSAULT", ["IND"], ["IND"])]


def test_office_holders_of_older_and_domestic_copy_are_known():
    assert coded("President Reagan vetoed the spending bill.", "1981-11-23") == [("REJECT", ["USA"], [])]
    # her state is the sentence's scene, so "the opposition" is India's
    assert coded("Prime Minister Indira Gandhi criticised the opposition.", "1982-05-01") == [
        ("ACCUSE", ["IND"], ["IND"])
    ]
    assert coded("Akhilesh Yadav slammed the state government over law and order.", "2018-06-14") == [
        ("ACCUSE", ["IND"], ["IND"])
    ]
