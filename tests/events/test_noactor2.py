"""A rough count opening its clause is the subject, not the object of a preposition (s24 noactor2).

"About 300 farmers gathered …", "At least 500 students marched …", "Around 2,000 dock workers …":
"about", "at", "around", "over" before a number only round it (grammar `approximators`,
attribution.approximates). Governed counts ("fired on around 300 protesters") stay objects.
A people named by its state alone ("Haitian observers were deployed") is not what a mobilisation
moves (coder: agentless MOBILIZE). Sentences written for these tests.
"""

from functools import partial

from conftest import coded_in, has_event

en = partial(coded_in, "en")
idn = partial(coded_in, "id")

SCENE = "Egyptian police detained dozens of students in Cairo on Sunday. "


def test_about_a_count_is_the_subject_of_a_purpose_protest():
    found = en(SCENE + "About 300 farmers gathered in Giza to protest against the new land law.")
    assert has_event(found, "PROTEST", "EGY", "EGY")


def test_over_a_count_is_the_subject():
    found = en(SCENE + "Over 500 students gathered in Alexandria to protest against the verdict.")
    assert has_event(found, "PROTEST", "EGY", "EGY")


def test_around_a_count_after_a_comma_opened_clause_is_the_subject():
    found = en(SCENE + "On Monday, around 2,000 people assembled in Suez to protest against fuel prices.")
    assert has_event(found, "PROTEST", "EGY", "EGY")


def test_a_governed_count_stays_the_object():
    # "on" governs the count: the police fired on the protesters, who did nothing of their own
    found = en(SCENE + "Police fired tear gas on around 300 protesters in Giza.")
    assert has_event(found, "ASSAULT", "EGY", "EGY")
    assert not has_event(found, "PROTEST", "EGY")


def test_observers_named_by_their_state_are_not_a_mobilisation():
    found = en(
        "Voters in Haiti went to the polls on Sunday. "
        "About 4,000 Haitian and foreign observers were deployed to watch the vote."
    )
    assert not has_event(found, "MOBILIZE", "HTI")


def test_indonesian_count_opening_with_sekitar_keeps_its_subject():
    # "sekitar" is no preposition in the Indonesian grammar: the same family already codes
    found = idn(
        "Polisi Mesir menahan puluhan mahasiswa di Kairo. "
        "Sekitar 300 petani berunjuk rasa di Giza menentang undang-undang baru."
    )
    assert has_event(found, "PROTEST", "EGY")
