"""The quality gate (as trafilatura's eval_gate.py): every gold set is scored and its event-level
F1 must stay at or above the floor pinned in tests/gold/floors.json. Floors may only go up."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from warta.eval.run import evaluate

FLOORS = json.loads((ROOT / "tests" / "gold" / "floors.json").read_text(encoding="utf-8"))["sets"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_event_f1_stays_above_its_floor(name):
    spec = FLOORS[name]
    result = evaluate([str(ROOT / p) for p in spec["paths"]])
    assert result.total.events.required > 0, f"{name}: no gold events found"
    assert result.total.events.f1 >= spec["f1"], f"{name}: F1 {result.total.events.f1:.3f} < floor {spec['f1']}"


def test_floors_are_never_above_what_was_reached():
    for name, spec in FLOORS.items():
        assert 0.0 <= spec["f1"] <= spec["reached"] <= 1.0, name


def test_every_gold_set_on_disk_is_gated():
    gated = {p for spec in FLOORS.values() for p in spec["paths"]}
    for meta in sorted((ROOT / "tests" / "gold").rglob("*.meta.json")):
        relative = str(meta.relative_to(ROOT))
        assert relative in gated or str(meta.parent.relative_to(ROOT)) in gated, f"{relative} is not in floors.json"
