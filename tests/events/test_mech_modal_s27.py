"""Session 27 modality mechanisms (modality.subject_predicate, hoped_outcome, only_if, wider denied
reports; coder.standing_absence, refused_future), in both languages. Sentences written for warta."""

from conftest import coded_in, has_event


def types(lang, sentence, date="2024-01-10"):
    return {event for event, _, _ in coded_in(lang, sentence, date)}


def test_denied_accusation_hides_its_act():
    found = coded_in(
        "en",
        "The Philippines denied accusations by China that its navy had rammed a Chinese fishing boat.",
        "2024-06-18",
    )
    assert has_event(found, "REJECT", "PHL", None)
    assert "ASSAULT" not in {e for e, _, _ in found}


def test_negated_perfect_is_no_refusal():
    assert not coded_in("en", "Spain has not recognised Kosovo as an independent state.", "2024-02-10")
    assert not coded_in("id", "Spanyol belum mengakui Kosovo sebagai negara merdeka.", "2024-02-10")
    assert has_event(
        coded_in("en", "Serbia refused to recognise the independence of Kosovo.", "2024-02-10"), "REJECT", "SRB", None
    )


def test_noun_event_before_a_modal_is_hypothetical():
    assert "ASSAULT" not in types(
        "en", "An Israeli strike on Iran's nuclear sites could spark a regional war, experts warned."
    )
    assert "ASSAULT" not in types("id", "Serangan Israel ke fasilitas nuklir Iran bisa memicu perang kawasan.")
    # a definite event is under way
    assert has_event(
        coded_in("en", "Russia's invasion of Ukraine could end within weeks, analysts said.", "2022-03-15"),
        "ASSAULT",
        "RUS",
        "UKR",
    )


def test_noun_event_called_off_or_anticipated():
    assert "CONSULT" not in types("id", "Kunjungan Perdana Menteri Jepang ke Seoul dibatalkan.")
    assert "CONSULT" not in types("id", "Perundingan antara Israel dan Hamas ditunda hingga pekan depan.")
    assert "CONSULT" not in types("en", "Talks between Israel and Hamas were postponed until next week.")
    assert "ACCUSE" not in types("en", "A sharp protest from Moscow is expected if Finland joins NATO, diplomats said.")


def test_hoped_outcome_and_only_if():
    assert "RETREAT" not in types("en", "Qatar hoped the negotiations would lead to a ceasefire in Gaza.")
    assert not coded_in(
        "en", "The Thai prime minister will visit Jakarta only if the border dispute is settled.", "2023-06-01"
    )
    assert has_event(
        coded_in("en", "The Thai prime minister will visit Jakarta next month.", "2023-06-01"), "AGREE", "THA", "IDN"
    )


def test_negated_future_yield_is_a_refusal():
    assert has_event(
        coded_in("id", "Rusia tidak akan menarik pasukannya dari wilayah yang diduduki.", "2023-06-01"),
        "REJECT",
        "RUS",
        None,
    )
    assert has_event(
        coded_in(
            "en", "Russia will not withdraw its troops from the occupied regions, the Kremlin said.", "2023-06-01"
        ),
        "REJECT",
        "RUS",
        None,
    )
    assert "REJECT" not in types("id", "Rusia belum menarik pasukannya dari perbatasan.")
