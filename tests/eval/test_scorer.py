"""How coded events are matched to gold events."""

from __future__ import annotations

from warta.eval.scorer import score


def record(line, event, actor, recipient=(), date="2023-10-19"):
    return {
        "text_info": {"line": line},
        "event": event,
        "date": date,
        "actor": [{"code": c} for c in actor],
        "recipient": [{"code": c} for c in recipient],
    }


GOLD = [
    {"line": 2, "event": "CONSULT", "actor": ["RUS"], "recipient": ["PRK"], "required": True, "date": "2023-10-19"},
    {"line": 7, "event": "SUPPORT", "alt_events": ["AGREE"], "actor": ["RUS"], "recipient": ["PRK"], "required": True},
    {"line": 9, "event": "CONSULT", "actor": ["RUS"], "recipient": ["PRK"], "required": False},
    {"line": 22, "event": None, "required": False},
]


def test_a_perfect_coder_scores_one():
    coded = [record(2, "CONSULT", ["RUS"], ["PRK"]), record(7, "AGREE", ["RUS"], ["PRK"])]
    result = score(GOLD, coded)
    assert (result.events.precision, result.events.recall, result.events.f1) == (1.0, 1.0, 1.0)
    assert result.date_accuracy == 1.0


def test_optional_events_count_for_precision_not_against_recall():
    coded = [record(2, "CONSULT", ["RUS"], ["PRK"]), record(9, "CONSULT", ["RUS"], ["PRK"])]
    result = score(GOLD, coded)
    assert result.events.precision == 1.0
    assert result.events.recall == 0.5
    assert [m["line"] for m in result.misses] == [7]


def test_wrong_line_type_or_recipient_is_a_false_alarm_and_a_miss():
    coded = [
        record(3, "CONSULT", ["RUS"], ["PRK"]),
        record(7, "ACCUSE", ["RUS"], ["PRK"]),
        record(2, "CONSULT", ["RUS"], ["USA"]),
    ]
    result = score(GOLD, coded)
    assert result.events.right == 0 and len(result.false_alarms) == 3
    assert result.type_only.right == 1  # line 2 CONSULT has the right type, wrong recipient
    assert result.actor_only.right == 2


def test_matching_is_one_to_one():
    coded = [record(2, "CONSULT", ["RUS"], ["PRK"]), record(2, "CONSULT", ["RUS"], ["PRK"])]
    result = score(GOLD, coded)
    assert result.events.right == 1 and len(result.false_alarms) == 1


def test_dates_inside_a_gold_range_are_right():
    gold = [
        {
            "line": 1,
            "event": "AID",
            "actor": ["PRK"],
            "recipient": ["RUS"],
            "required": True,
            "date": "2023-08-25/2023-10-19",
        }
    ]
    assert score(gold, [record(1, "AID", ["PRK"], ["RUS"], date="2023-09-10")]).date_accuracy == 1.0
    assert score(gold, [record(1, "AID", ["PRK"], ["RUS"], date="2023-07-01")]).date_accuracy == 0.0


def test_pairs_are_made_as_many_as_can_be():
    # the required ACCUSE allows REJECT; greedily it would take the coded REJECT, leaving the coded
    # ACCUSE unpaired and the optional gold REJECT unmatched — one right where two are
    gold = [
        {"line": 9, "event": "ACCUSE", "alt_events": ["REJECT"], "actor": ["IDN"], "recipient": [], "required": True},
        {"line": 9, "event": "REJECT", "actor": ["IDN"], "recipient": [], "required": False},
    ]
    coded = [record(9, "REJECT", ["IDN"]), record(9, "ACCUSE", ["IDN"])]
    result = score(gold, coded)
    assert (result.events.right, result.events.found) == (2, 1)
    assert result.false_alarms == []


def test_mode_sector_and_cameo_are_scored_on_matched_events_whose_gold_states_them():
    gold = [
        {"line": 1, "event": "ASSAULT", "mode": "aerial", "actor": ["ISR"], "actor_sector": "MIL",
         "recipient": ["PSE"], "cameo": "195", "required": True},
        {"line": 2, "event": "ACCUSE", "mode": "disapprove", "actor": ["IDN"], "actor_sector": "GOV",
         "recipient": ["ISR"], "cameo": "111", "required": True},
        {"line": 3, "event": "REJECT", "mode": "deny", "actor": ["CHN"], "required": True},
    ]
    strike = {**record(1, "ASSAULT", ["ISR"], ["PSE"]), "mode": "aerial", "cameo": "190"}
    strike["actor"][0]["sector"] = "MIL"
    rebuke = {**record(2, "ACCUSE", ["IDN"], ["ISR"]), "mode": "allege", "cameo": "112"}  # a bare "Indonesia"
    result = score(gold, [strike, rebuke])  # line 3 is missed: it scores no attribute
    assert result.attributes["mode"] == [2, 1]
    assert result.attributes["actor sector"] == [2, 1]
    assert result.accuracy("cameo root") == 1.0 and result.accuracy("cameo code") == 0.0
    assert "recipient sector" not in result.attributes
