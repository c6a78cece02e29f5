"""`top()` on a real store: counts of events, each event once, in a stable order."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from conftest import SAMPLES, SEED, SHARED
from warta.analysis.query import EventQuery, events
from warta.analysis.top import top
from warta.ingest.run import ingest
from warta.store.db import Store

INDOSUM = SHARED / "corpus" / "id-news" / "indosum-politics-570.jsonl"
# Two IndoSum stories with a domestic pair each: Polda and Polres handling a case together (police
# on both sides: one body, dropped) and the police naming Densus 88's finds on suspects (kept).
POLICE_AND_POLICE, POLICE_AND_SUSPECTS = 23, 141


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The seed, the samples and two IndoSum stories, ingested for real."""
    folder = tmp_path_factory.mktemp("top")
    lines = INDOSUM.read_text(encoding="utf-8").splitlines()
    picked = folder / "indosum-two.jsonl"
    picked.write_text(
        "\n".join(lines[n - 1] for n in (POLICE_AND_POLICE, POLICE_AND_SUSPECTS)) + "\n", encoding="utf-8"
    )
    ingest([str(SEED.parent), str(SAMPLES), str(picked)], str(folder / "w.duckdb"), fields={"outlet": "source"})
    with Store(folder / "w.duckdb", read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def everything(store) -> list[dict]:
    return events(store, EventQuery())


def codes(entities: list[dict]) -> set[str]:
    return {entity["code"] for entity in entities if entity["code"]}


def bodies(entities: list[dict]) -> set[tuple[str, str]]:
    return {(entity["code"], entity["sector"]) for entity in entities}


def is_sorted(rows: list[dict], key: str) -> bool:
    return rows == sorted(rows, key=lambda row: (-row["events"], row[key]))


def pairs_of(record: dict) -> set[tuple[str, str]]:
    """The directed code pairs an event counts for: same code only when the sectors differ."""
    return {
        (a["code"], r["code"])
        for a in record["actor"]
        for r in record["recipient"]
        if a["code"] and r["code"] and (a["code"] != r["code"] or a["sector"] != r["sector"])
    }


def test_types_count_every_event_once_and_share_sums_to_one(store, everything):
    rows = top(store, "types", limit=100)
    assert {row["event"]: row["events"] for row in rows} == Counter(record["event"] for record in everything)
    assert sum(row["share"] for row in rows) == pytest.approx(1, abs=0.001)
    assert is_sorted(rows, "event")
    assert all(row["quad_code"] in (1, 2, 3, 4) for row in rows)


def test_actors_count_events_as_actor_and_as_recipient(store, everything):
    rows = {row["code"]: row for row in top(store, "actors", limit=500)}
    for code in ("RUS", "PRK", "USA", "IDN"):
        as_actor = sum(code in codes(r["actor"]) for r in everything)
        as_recipient = sum(code in codes(r["recipient"]) for r in everything)
        either = sum(code in codes(r["actor"]) | codes(r["recipient"]) for r in everything)
        assert (rows[code]["as_actor"], rows[code]["as_recipient"], rows[code]["events"]) == (
            as_actor,
            as_recipient,
            either,
        )
    assert is_sorted(list(rows.values()), "code")


def test_dyads_count_directed_pairs_with_their_balance_and_quads(store, everything):
    rows = top(store, "dyads", limit=500)
    expected = Counter(pair for record in everything for pair in pairs_of(record))
    assert {(row["actor"], row["recipient"]): row["events"] for row in rows} == expected
    rus_prk = next(row for row in rows if (row["actor"], row["recipient"]) == ("RUS", "PRK"))
    behind = [r for r in everything if ("RUS", "PRK") in pairs_of(r)]
    assert rus_prk["mean_scale"] == pytest.approx(sum(r["event_scale"] for r in behind) / len(behind), abs=0.01)
    quads = Counter(r["quad_code"] for r in behind)
    assert [rus_prk[k] for k in ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")] == [
        quads[1],
        quads[2],
        quads[3],
        quads[4],
    ]
    assert is_sorted(rows, "actor")


def test_a_domestic_pair_needs_two_different_bodies(store, everything):
    police = ("IDN", "COP")
    assert any(police in bodies(e["actor"]) and police in bodies(e["recipient"]) for e in everything)
    domestic = {row["actor"]: row for row in top(store, "dyads", limit=500) if row["domestic"]}
    assert set(domestic) == {"IDN", "PHL"}  # police → suspects, Manila police → the men they arrested
    # police → suspects and students → their government count; Polda with Polres (police on both sides) does not
    both_idn = [e for e in everything if "IDN" in codes(e["actor"]) and "IDN" in codes(e["recipient"])]
    police_both = [e for e in both_idn if police in bodies(e["actor"]) and police in bodies(e["recipient"])]
    assert police_both and domestic["IDN"]["events"] == len(both_idn) - len(police_both)
    assert all(row["actor"] != row["recipient"] for row in top(store, "dyads", limit=500) if not row["domestic"])


def test_since_until_and_other_filters_narrow_the_counts(store):
    dated = top(store, "types", since="2024-01-01", until="2024-12-31", limit=100)
    assert sum(row["events"] for row in dated) == len(events(store, EventQuery(since="2024-01-01", until="2024-12-31")))
    english = top(store, "actors", query=EventQuery(lang="en"), limit=100)
    assert "PRK" not in {row["code"] for row in english} and "RUS" in {row["code"] for row in english}


def test_limit_keeps_the_head_of_the_same_order(store):
    assert top(store, "actors", limit=3) == top(store, "actors", limit=100)[:3]


def test_rows_are_plain_json(store):
    for what in ("actors", "dyads", "types"):
        json.dumps(top(store, what))


@pytest.mark.parametrize(("what", "limit"), [("people", 20), ("actors; DROP TABLE events", 20), ("types", 0)])
def test_an_unknown_ranking_or_a_bad_limit_is_refused(store, what, limit):
    with pytest.raises(ValueError):
        top(store, what, limit=limit)
