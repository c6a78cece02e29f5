"""English vocabulary of triggers_domestic.yaml: police cases, courts, legislatures and local officials
in domestic politics (India, Pakistan, the US, Nigeria, Taiwan), written as examples. Every sentence
here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")
DATE = "2019-05-10"


def test_a_leader_booked_under_an_act_is_charged():
    assert coded("Police in Kanpur booked the councillor under the Arms Act.", DATE) == [("ACCUSE", ["IND"], ["IND"])]


def test_a_charge_sheet_filed_against_the_accused_is_a_charge():
    assert coded("Police in Hyderabad filed a charge sheet against the three accused.", DATE) == [
        ("ACCUSE", ["IND"], ["IND"])
    ]


def test_a_committee_subpoena_is_an_investigation():
    assert coded("The House Judiciary Committee in Washington subpoenaed the attorney general.", DATE) == [
        ("ACCUSE", ["USA"], ["USA"])
    ]


def test_an_ordered_inquiry_is_an_investigation_not_an_order():
    assert types("The district collector in Gorakhpur ordered a magisterial inquiry into the deaths.", DATE) == {
        "ACCUSE"
    }


def test_being_sent_to_judicial_custody_is_an_arrest():
    assert coded("A court in Chennai sent the former minister to judicial custody for 14 days.", DATE) == [
        ("COERCE", ["IND"], ["IND"])
    ]


def test_bail_sought_from_a_court_is_a_request():
    assert coded("The lawmaker sought anticipatory bail from the high court in Bhopal.", DATE) == [
        ("REQUEST", ["IND"], ["IND"])
    ]


def test_a_no_confidence_motion_demands_a_change_of_government():
    assert coded("The opposition in Bhopal moved a no-confidence motion against the chief minister.", DATE) == [
        ("REQUEST", ["IND"], ["IND"])
    ]


def test_surviving_a_no_confidence_vote_is_no_event():
    assert coded("The chief minister in Bhopal survived a no-confidence vote on Friday.", DATE) == []


def test_a_petition_dismissed_by_a_court_is_rejected():
    assert types("The high court in Bhopal dismissed the petition filed by the state government.", DATE) == {"REJECT"}


def test_an_official_suspended_by_the_government_is_coerced():
    assert coded("The state government in Patna suspended the district magistrate after the stampede.", DATE) == [
        ("COERCE", ["IND"], ["IND"])
    ]


def test_section_144_imposed_is_a_restriction_though_capitalised():
    assert "COERCE" in types("The district magistrate imposed Section 144 in Aligarh after the clashes.", DATE)


def test_a_dharna_is_a_protest():
    assert types("Farmers staged a dharna outside the collectorate in Nashik.", DATE) == {"PROTEST"}


def test_lawmakers_walking_out_protest_but_walking_out_of_prison_is_no_protest():
    assert types("Opposition lawmakers in Lucknow walked out of the assembly in protest.", DATE) == {"PROTEST"}
    assert "PROTEST" not in types("The former president walked out of prison in Kigali on Friday.", DATE)


def test_questioning_the_need_for_a_budget_is_disapproval():
    assert coded("The senator in Washington questioned the need for the new agency.", DATE) == [
        ("ACCUSE", ["USA"], ["USA"])
    ]


def test_a_pattern_gap_does_not_run_across_and_into_a_second_verb():
    # en.concede.meet-demand ("met the demands") must not read "met … and demanded"
    events = coded(
        "The Indian delegation met the governor and demanded the dismissal of the police chief.", "2023-01-01"
    )
    assert not any(event == "CONCEDE" for event, _, _ in events)
