"""English vocabulary of triggers_s14_accuse.yaml: ACCUSE said in other words than "criticize" or
"accuse" — a judgement said of what another did (woefully inadequate, a sham, amounts to genocide),
what another is said to be doing (creating a false impression, meddling in internal affairs, being
responsible for deaths), a possessive object called a mistake, newspaper verbs of criticism, concern
voiced about a party, stern representations, a resolution condemning another, criminal cases opened
and suspects named. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


# -- a judgement said of what another did: the judged party is the recipient ------------------------


def test_woefully_inadequate_and_ill_conceived():
    assert coded("Tokyo said Seoul's handling of the dispute was woefully inadequate.") == [
        ("ACCUSE", ["JPN"], ["KOR"])
    ]
    assert coded("Beijing said the Japanese decision was ill-conceived and counterproductive.") == [
        ("ACCUSE", ["CHN"], ["JPN"])
    ]


def test_unfit_said_of_a_person():
    assert coded('"I believe he is totally unfit for office," the Kenyan president said of the opposition leader.') == [
        ("ACCUSE", ["KEN"], ["KEN"])
    ]


def test_a_sham_a_crime_against_genocide():
    assert coded("Moscow said the Ukrainian referendum was a sham.") == [("ACCUSE", ["RUS"], ["UKR"])]
    assert coded("Tehran said the U.S. embargo was a crime against the Iranian people.") == [
        ("ACCUSE", ["IRN"], ["USA"])
    ]
    assert ("ACCUSE", ["CUB"], ["USA"]) in coded(
        "The Cuban foreign minister said the American blockade amounts to genocide."
    )
    assert "ASSAULT" not in types("The Cuban foreign minister said the American blockade amounts to genocide.")


def test_a_law_said_to_constitute_a_breach():
    assert coded("The European Commission said the Hungarian law constitutes a breach of the treaty.") == [
        ("ACCUSE", ["EUR"], ["HUN"])
    ]
    assert types("The Kenyan minister said the program constitutes a major part of the budget.") == set()


def test_an_election_said_to_be_rigged():
    assert coded("The Venezuelan opposition said the election was rigged.") == [("ACCUSE", ["VEN"], [])]


# -- what another is said to be doing ----------------------------------------------------------------


def test_a_false_impression_and_meddling():
    assert coded("Islamabad said New Delhi was trying to create a false impression of calm in Kashmir.") == [
        ("ACCUSE", ["PAK"], ["IND"])
    ]
    assert coded("China said the United States was interfering in its internal affairs.") == [
        ("ACCUSE", ["CHN"], ["USA"])
    ]


def test_responsible_for_deaths():
    assert coded("Baghdad said Ankara was responsible for the deaths of the tourists.") == [
        ("ACCUSE", ["IRQ"], ["TUR"])
    ]


# -- names called ------------------------------------------------------------------------------------


def test_a_possessive_object_called_a_mistake_and_a_person_a_separatist():
    assert coded("Ankara called Stockholm's decision a grave mistake.") == [("ACCUSE", ["TUR"], ["SWE"])]
    assert coded("Beijing called Taiwan's president a separatist.") == [("ACCUSE", ["CHN"], ["TWN"])]


# -- newspaper verbs ---------------------------------------------------------------------------------


def test_panned_ripped_into_pounced_on():
    assert coded("Senegal's opposition panned the president's budget.") == [("ACCUSE", ["SEN"], ["SEN"])]
    assert coded("Kenya's opposition leader ripped into the president over taxes.") == [("ACCUSE", ["KEN"], ["KEN"])]
    assert coded("U.S. Republicans pounced on the president's remarks about the border.") == [
        ("ACCUSE", ["USA"], ["USA"])
    ]


def test_took_aim_at_and_attacked_in_a_speech():
    assert coded("Brazil's president took aim at the International Monetary Fund.") == [("ACCUSE", ["BRA"], ["IGO"])]
    assert coded("The Argentine president attacked the Brazilian government in a speech.") == [
        ("ACCUSE", ["ARG"], ["BRA"])
    ]


# -- concern, representations, rebukes drawn, resolutions --------------------------------------------


def test_concern_voiced_about_a_party_names_it():
    assert coded("Germany voiced concern about Hungary's new media law.") == [("ACCUSE", ["DEU"], ["HUN"])]


def test_stern_representations_and_a_rebuke_prompted():
    assert coded("China lodged stern representations with Japan over the visit.") == [("ACCUSE", ["CHN"], ["JPN"])]
    assert coded("The remarks prompted a rebuke from Beijing.") == [("ACCUSE", ["CHN"], [])]


def test_a_resolution_criticizing_a_plan():
    assert coded("The U.S. Senate passed a non-binding resolution criticizing Bush's war plan.") == [
        ("ACCUSE", ["USA"], ["USA"])
    ]


# -- legal -------------------------------------------------------------------------------------------


def test_criminal_case_top_court_suspect():
    assert coded("Russian prosecutors opened a criminal case against the exiled journalist.") == [
        ("ACCUSE", ["RUS"], ["RUS"])
    ]
    assert coded("The European Commission took Poland to the EU's top court.") == [("ACCUSE", ["EUR"], ["POL"])]
    assert coded("Indonesian police named the former minister as a suspect.") == [("ACCUSE", ["IDN"], ["IDN"])]


# -- contrasts ---------------------------------------------------------------------------------------


def test_no_one_blamed():
    assert types("Iraqi police said the car was rigged with explosives.") == set()
    assert types("Colombian police said drug trafficking is a crime.") == set()
    assert types("Indian police said the drivers were responsible for the safety of passengers.") == set()
    # a group that says it was responsible for a bombing claims the attack (en.assault.said-it-was-responsible)
    assert "ACCUSE" not in types("The Islamic State group said it was responsible for the bombing in Kabul.")
    assert types("The German minister said the visit was a great success.") == set()


def test_sympathy_market_worries_and_records_are_no_criticism():
    assert types("The Red Cross expressed concern for the victims' families.") == set()
    assert types("China's exports fell for the third month, raising concerns about demand.") == set()
    assert types("The Kenyan sprinter took aim at the world record.") == set()


def test_protests_sparked_stay_protests():
    assert types("The Spanish government approved the law, sparking protests from unions.") == {"PROTEST"}
