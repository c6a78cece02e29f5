"""Score coded events against gold events (the seed's format: one JSON object a line).

A coded event matches a gold event when it is on the same line, has the gold type or an allowed
alternative, and shares an actor code and (where the gold names one) a recipient code. Matching is
one-to-one. Recall counts the `required` gold events; precision counts a coded event as right when
it matches any gold event, required or optional. Type-only and actor-only scores loosen the match
to see where the errors are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Tally:
    required: int = 0  # gold events a good coder must find
    found: int = 0  # of those, found
    coded: int = 0  # coded events
    right: int = 0  # coded events that match some gold event

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.coded if self.coded else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Tally) -> None:
        self.required += other.required
        self.found += other.found
        self.coded += other.coded
        self.right += other.right

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "required": self.required,
            "found": self.found,
            "coded": self.coded,
            "right": self.right,
        }


@dataclass(slots=True)
class Score:
    """One document or set: event-level tally, looser tallies, dates, and the errors."""

    events: Tally = field(default_factory=Tally)
    type_only: Tally = field(default_factory=Tally)
    actor_only: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=dict)
    dates_scored: int = 0
    dates_right: int = 0
    # the coded event's other attributes, on matched events whose gold states them
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name → [scored, right]
    misses: list[dict] = field(default_factory=list)
    false_alarms: list[dict] = field(default_factory=list)

    # the seed test reads these names
    @property
    def recall(self) -> float:
        return self.events.recall

    @property
    def precision(self) -> float:
        return self.events.precision

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_scored if self.dates_scored else 1.0

    def accuracy(self, name: str) -> float:
        scored, right = self.attributes.get(name, (0, 0))
        return right / scored if scored else 1.0

    def count(self, name: str, right: bool) -> None:
        tally = self.attributes.setdefault(name, [0, 0])
        tally[0] += 1
        tally[1] += right

    def add(self, other: Score) -> None:
        self.events.add(other.events)
        self.type_only.add(other.type_only)
        self.actor_only.add(other.actor_only)
        for kind, tally in other.by_type.items():
            self.by_type.setdefault(kind, Tally()).add(tally)
        self.dates_scored += other.dates_scored
        self.dates_right += other.dates_right
        for name, (scored, right) in other.attributes.items():
            mine = self.attributes.setdefault(name, [0, 0])
            mine[0] += scored
            mine[1] += right
        self.misses += other.misses
        self.false_alarms += other.false_alarms


def read_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def codes(parties: list) -> set[str]:
    return {(p.get("code") if isinstance(p, dict) else p or "")[:3] for p in parties or []} - {""}


def same_line(gold: dict, record: dict) -> bool:
    return bool(gold.get("event")) and record["text_info"]["line"] == gold["line"]


def type_matches(gold: dict, record: dict) -> bool:
    return same_line(gold, record) and record["event"] in {gold["event"], *gold.get("alt_events", [])}


def actor_matches(gold: dict, record: dict) -> bool:
    return same_line(gold, record) and (not gold.get("actor") or bool(codes(record["actor"]) & set(gold["actor"])))


def event_matches(gold: dict, record: dict) -> bool:
    if not (type_matches(gold, record) and actor_matches(gold, record)):
        return False
    return not gold.get("recipient") or bool(codes(record["recipient"]) & set(gold["recipient"]))


def pair(gold: list[dict], records: list[dict], matches: Callable[[dict, dict], bool]) -> list[tuple[dict, int | None]]:
    """One-to-one, as many pairs as can be made: required gold first, each taking a coded event
    that matches — and, where that one is taken, moving its holder to another it matches (an
    augmenting path). A gold ACCUSE that allows REJECT does not keep the coded REJECT a second,
    optional gold REJECT needs while the coded ACCUSE goes unpaired."""
    items = sorted((g for g in gold if g.get("event")), key=lambda g: not g.get("required"))
    options = [[i for i, r in enumerate(records) if matches(item, r)] for item in items]
    holder: dict[int, int] = {}  # coded event → the gold item it is paired with

    def place(k: int, seen: set[int]) -> bool:
        for i in options[k]:
            if i not in seen:
                seen.add(i)
                if i not in holder or place(holder[i], seen):
                    holder[i] = k
                    return True
        return False

    for k in range(len(items)):
        place(k, set())
    hits = {k: i for i, k in holder.items()}
    return [(item, hits.get(k)) for k, item in enumerate(items)]


def tally(gold: list[dict], records: list[dict], matches: Callable[[dict, dict], bool]) -> Tally:
    pairs = pair(gold, records, matches)
    return Tally(
        required=sum(1 for g, _ in pairs if g.get("required")),
        found=sum(1 for g, hit in pairs if g.get("required") and hit is not None),
        coded=len(records),
        right=sum(1 for _, hit in pairs if hit is not None),
    )


def as_range(value: str) -> tuple[str, str]:
    """A date value as (first day, last day): "2023" and "2023-09" are the whole year or month."""
    start, _, end = value.partition("/")
    end = end or start
    return widen(start, first=True), widen(end, first=False)


def widen(value: str, first: bool) -> str:
    if len(value) == 4:
        return value + ("-01-01" if first else "-12-31")
    if len(value) == 7:
        return value + ("-01" if first else "-31")
    return value[:10]


def date_right(gold: dict, record: dict) -> bool:
    """Right when the coded date lies inside a gold date (a day in a gold week, "2013" for a gold
    year range), or is a span within one calendar month that holds the gold day ("pekan lalu")."""
    if not record["date"]:
        return False
    coded_start, coded_end = as_range(record["date"])
    for value in {gold["date"], *gold.get("alt_dates", [])}:
        start, end = as_range(value)
        if start <= coded_start and coded_end <= end:
            return True
        one_month = coded_start[:7] == coded_end[:7] == start[:7]
        if start == end and coded_start <= start <= coded_end and one_month:
            return True
    return False


def sector_right(gold: dict, record: dict, side: str) -> bool:
    """The gold sector is among the sectors of the coded parties that carry a gold code ("Chinese
    troops" MIL on a gold CHN MIL); a party coded with no sector is wrong here."""
    wanted = set(gold.get(side) or [])
    return gold[f"{side}_sector"] in {p.get("sector") for p in record[side] if codes([p]) & wanted}


def score_attributes(result: Score, gold: dict, record: dict) -> None:
    """Mode, sectors and CAMEO code of a matched event, where the gold states them: what a GDELT or
    ICEWS user filters on beyond type and dyad."""
    if gold.get("mode"):
        result.count("mode", record.get("mode") == gold["mode"])
    for side in ("actor", "recipient"):
        if gold.get(f"{side}_sector") and gold.get(side):
            result.count(f"{side} sector", sector_right(gold, record, side))
    if gold.get("cameo"):
        result.count("cameo root", (record.get("cameo") or "")[:2] == gold["cameo"][:2])
        result.count("cameo code", record.get("cameo") == gold["cameo"])


def score(gold: list[dict], records: list[dict], doc: str = "") -> Score:
    result = Score(events=tally(gold, records, event_matches))
    result.type_only = tally(gold, records, type_matches)
    result.actor_only = tally(gold, records, actor_matches)
    pairs = pair(gold, records, event_matches)
    used = {hit for _, hit in pairs if hit is not None}
    for kind in {g["event"] for g in gold if g.get("event")} | {r["event"] for r in records}:
        result.by_type[kind] = Tally(
            required=sum(1 for g, _ in pairs if g.get("required") and g["event"] == kind),
            found=sum(1 for g, h in pairs if g.get("required") and h is not None and g["event"] == kind),
            coded=sum(1 for r in records if r["event"] == kind),
            right=sum(1 for i, r in enumerate(records) if i in used and r["event"] == kind),
        )
    for item, hit in pairs:
        if hit is not None and item.get("date"):
            result.dates_scored += 1
            result.dates_right += date_right(item, records[hit])
        if hit is not None:
            score_attributes(result, item, records[hit])
        if hit is None and item.get("required"):
            result.misses.append({"doc": doc, **item})
    result.false_alarms = [r for i, r in enumerate(records) if i not in used]
    return result
