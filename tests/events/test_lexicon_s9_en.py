"""English vocabulary of triggers_s9.yaml (taking a dig or a swipe at someone, hitting out, railing,
sniping, tearing into, coming down hard on, a retort, expressions of concern, picking holes, pouring
scorn, casting doubt, taking exception, speaking out against, stooping low, distancing oneself;
injunctions, court applications for a judgement, restraining orders, legal notices, legal challenges,
moving a court against someone; pressuring someone, seeking an ouster; walking out of a chamber;
dropping ministers from the cabinet; owning up to a mistake), written as examples."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


# ------------------------------------------------------------------------------------------- ACCUSE


def test_taking_a_dig_or_a_swipe_at_someone_is_criticism():
    for text, actor, recipient in (
        ("The Kenyan president took a swipe at the Ugandan opposition during a rally in Nairobi.", "KEN", "UGA"),
        ("Malaysian Prime Minister Najib took a veiled dig at Singapore on Monday.", "MYS", "SGP"),
        ("Taking a potshot at Ottawa, the Indian minister defended the farm laws.", "IND", "CAN"),
    ):
        assert ("ACCUSE", [actor], [recipient]) in coded(text), text


def test_hitting_out_railing_and_sniping_at_someone_is_criticism():
    for text, actor, recipient in (
        ("The Thai army chief hit out against Cambodia over the border dispute.", "THA", "KHM"),
        ("The Philippine senator railed against China's land reclamation.", "PHL", "CHN"),
        ("Indonesian ministers sniped at Malaysia over the haze.", "IDN", "MYS"),
        ("The Nigerian opposition tore into the Ghanaian government's trade policy.", "NGA", "GHA"),
        ("The French foreign minister came down hard on Iran over the detentions.", "FRA", "IRN"),
    ):
        assert ("ACCUSE", [actor], [recipient]) in coded(text), text


def test_a_retort_is_disapproval():
    assert "ACCUSE" in types("The Iranian foreign ministry retorted that France had no right to lecture Tehran.")


def test_expressions_of_concern_are_disapproval():
    assert "ACCUSE" in types("Germany made public expressions of concern about the Turkish crackdown.")


def test_finding_fault_in_idioms_is_criticism():
    for text, actor, recipient in (
        ("The Taiwanese opposition picked holes in China's white paper.", "TWN", "CHN"),
        ("The Indian foreign minister poured scorn on Pakistan's peace offer.", "IND", "PAK"),
        ("Japan cast doubt on North Korea's claims about the abductees.", "JPN", "PRK"),
        ("The Turkish president took exception to the French remarks.", "TUR", "FRA"),
        ("The Australian prime minister spoke out against China's detention of the journalist.", "AUS", "CHN"),
    ):
        assert ("ACCUSE", [actor], [recipient]) in coded(text), text


def test_distancing_oneself_from_remarks_is_disowning_them():
    assert ("REJECT", ["IDN"], ["MYS"]) in coded(
        "The Indonesian government distanced itself from the Malaysian remarks."
    )


def test_saying_someone_stooped_low_is_criticism_by_the_speaker():
    events = coded("The Indian chief minister said the Indian opposition leaders have stooped too low.")
    assert any(e == "ACCUSE" and a == ["IND"] for e, a, _ in events)


def test_taking_aim_and_literal_hits_are_no_criticism():
    for text in (
        "The soldiers took aim at the rebels and fired.",
        "He said he would take the job.",
    ):
        assert "ACCUSE" not in types(text), text


def test_going_to_court_against_someone_is_a_lawsuit():
    for text, actor, recipient in (
        ("The Malaysian prime minister sought a restraining order against the Malaysian newspaper.", "MYS", "MYS"),
        ("The Malaysian prime minister served a legal notice on the Singaporean newspaper.", "MYS", "SGP"),
        ("The Indian opposition moved the Supreme Court against the Indian government.", "IND", "IND"),
        ("The Thai prime minister obtained an injunction against the Thai newspaper.", "THA", "THA"),
    ):
        assert ("ACCUSE", [actor], [recipient]) in coded(text), text


def test_a_court_application_for_a_judgement_is_a_lawsuit():
    events = coded(
        "The Singaporean prime minister filed a court application for a summary judgement against the blogger."
    )
    assert any(e == "ACCUSE" and a == ["SGP"] for e, a, _ in events)


def test_a_legal_challenge_is_a_lawsuit():
    events = coded("The Kenyan opposition mounted a legal challenge to the Kenyan election result.")
    assert any(e == "ACCUSE" and a == ["KEN"] for e, a, _ in events)


def test_sound_judgement_is_no_lawsuit():
    assert "ACCUSE" not in types("The Kenyan minister applied sound judgement to the budget.")


# ------------------------------------------------------------------------------------------ REQUEST


def test_pressuring_someone_is_a_demand():
    for text, actor, recipient in (
        ("US Democrats vowed to find new ways to pressure President Bush over Iraq.", "USA", "USA"),
        ("The Japanese unions pressured the Japanese cabinet over wages.", "JPN", "JPN"),
    ):
        assert ("REQUEST", [actor], [recipient]) in coded(text), text


def test_pressure_as_a_noun_is_no_demand():
    assert "REQUEST" not in types("The pressure on the Japanese economy is mounting, Tokyo said.")


def test_seeking_an_ouster_is_a_demand():
    events = coded("The Pakistani opposition sought the ouster of Pakistani Prime Minister Sharif.")
    assert any(e == "REQUEST" and a == ["PAK"] for e, a, _ in events)


# --------------------------------------------------------------------- PROTEST, COERCE, CONCEDE


def test_walking_out_of_the_assembly_is_a_protest():
    assert ("PROTEST", ["IND"], ["IND"]) in coded(
        "Indian opposition lawmakers walked out of the assembly in Bangalore."
    )


def test_dropping_ministers_from_the_cabinet_is_a_dismissal():
    assert ("COERCE", ["IND"], ["IND"]) in coded(
        "The Indian prime minister dropped two ministers from the Indian cabinet."
    )


def test_owning_up_to_a_mistake_is_a_concession():
    assert "CONCEDE" in types("The Indonesian minister owned up to the mistakes made by his ministry.")
