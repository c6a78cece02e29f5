"""Score coded events against gold events (the seed's format: one JSON object a line).

A coded event matches a gold event when it is on the same line, has the gold type or an allowed
alternative, and shares an actor code and (where the gold names one) a recipient code.
Matching is one-to-one: each gold event and each coded event is used once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Score:
    gold: int = 0
    required: int = 0
    coded: int = 0
    required_found: int = 0
    true_positives: int = 0
    misses: list[dict] = field(default_factory=list)
    false_alarms: list[dict] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.required_found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.coded if self.coded else 1.0


def read_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def codes(parties: list) -> set[str]:
    return {(p.get("code") if isinstance(p, dict) else p or "")[:3] for p in parties or []} - {""}


def matches(gold: dict, record: dict) -> bool:
    if not gold.get("event") or record["text_info"]["line"] != gold["line"]:
        return False
    if record["event"] not in {gold["event"], *gold.get("alt_events", [])}:
        return False
    if gold.get("actor") and not codes(record["actor"]) & set(gold["actor"]):
        return False
    return not gold.get("recipient") or bool(codes(record["recipient"]) & set(gold["recipient"]))


def score(gold: list[dict], records: list[dict]) -> Score:
    """Required events first (recall), then optional ones soak up the remaining coded events."""
    result = Score(gold=sum(1 for g in gold if g.get("event")), coded=len(records))
    used: set[int] = set()
    ordered = sorted((g for g in gold if g.get("event")), key=lambda g: not g.get("required"))
    for item in ordered:
        hit = next((i for i, r in enumerate(records) if i not in used and matches(item, r)), None)
        if item.get("required"):
            result.required += 1
        if hit is None:
            if item.get("required"):
                result.misses.append(item)
            continue
        used.add(hit)
        result.true_positives += 1
        result.required_found += bool(item.get("required"))
    result.false_alarms = [r for i, r in enumerate(records) if i not in used]
    return result
