"""`events()` on a real store: every filter narrows to exactly the events it names."""

from __future__ import annotations

import pytest

from conftest import SAMPLES, SEED
from warta.analysis.query import EventQuery, events
from warta.ingest.run import ingest
from warta.store.db import Store

HOSTILE = "'; DROP TABLE events; --"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The Tempo seed article and the sample articles, ingested for real."""
    db = tmp_path_factory.mktemp("query") / "w.duckdb"
    ingest([str(SEED.parent), str(SAMPLES)], str(db))
    with Store(db, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def everything(store) -> list[dict]:
    return events(store, EventQuery())


def codes(entities: list[dict]) -> set[str]:
    return {entity["code"] for entity in entities}


def start_day(date: str) -> str | None:
    """The first day of an event date, as the query compares it."""
    first = date.split("/")[0]
    return first + "0000-01-01"[len(first) :] if first else None


def ids(records: list[dict]) -> list[str]:
    return [record["id"] for record in records]


def expect(everything: list[dict], keep) -> list[str]:
    return [record["id"] for record in everything if keep(record)]


def test_the_store_has_events_of_both_languages_with_and_without_dates(everything):
    assert len(everything) > 30
    assert {record["cite_info"]["language"] for record in everything} == {"id", "en"}
    assert all(record["date"] for record in everything)  # every article here has a publication date


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        (EventQuery(actor=["RUS"]), lambda r: "RUS" in codes(r["actor"])),
        (EventQuery(actor=["USA", "KOR"]), lambda r: codes(r["actor"]) & {"USA", "KOR"}),
        (EventQuery(recipient=["PRK"]), lambda r: "PRK" in codes(r["recipient"])),
        (EventQuery(dyad=("RUS", "PRK")), lambda r: "RUS" in codes(r["actor"]) and "PRK" in codes(r["recipient"])),
        (EventQuery(types=["CONSULT", "AID"]), lambda r: r["event"] in ("CONSULT", "AID")),
        (EventQuery(since="2024-06-01"), lambda r: (start_day(r["date"]) or "") >= "2024-06-01"),
        (EventQuery(until="2024-03-14"), lambda r: start_day(r["date"]) and start_day(r["date"]) <= "2024-03-14"),
        (EventQuery(lang="en"), lambda r: r["cite_info"]["language"] == "en"),
        (EventQuery(text="lavrov"), lambda r: "lavrov" in r["text_info"]["sentence"].lower()),
        (
            EventQuery(actor=["RUS"], types=["CONSULT"], lang="id"),
            lambda r: "RUS" in codes(r["actor"]) and r["event"] == "CONSULT" and r["cite_info"]["language"] == "id",
        ),
    ],
    ids=["actor", "actors", "recipient", "dyad", "types", "since", "until", "lang", "text", "combined"],
)
def test_each_filter_keeps_exactly_the_events_it_names(store, everything, query, keep):
    found = ids(events(store, query))
    assert found == expect(everything, keep)
    assert 0 < len(found) < len(everything)


def test_since_and_until_compare_a_range_by_its_first_day_and_leave_undated_events_out(store):
    march = events(store, EventQuery(since="2024-03-01", until="2024-03-31"))
    assert "2024-03-18/2024-03-24" in [record["date"] for record in march]
    assert all(record["date"] for record in events(store, EventQuery(until="2030-01-01")))


def test_sql_in_the_text_filter_is_only_text(store, everything):
    assert events(store, EventQuery(text=HOSTILE)) == []
    assert events(store, EventQuery(actor=[HOSTILE], dyad=(HOSTILE, HOSTILE), types=[HOSTILE])) == []
    assert len(events(store, EventQuery())) == len(everything)


def test_orders_limit_and_offset_page_through_the_same_events(store, everything):
    newest = events(store, EventQuery(order="-date"))
    assert [r["date"] for r in newest] == sorted((r["date"] for r in everything), reverse=True)
    conflict_first = events(store, EventQuery(order="scale", limit=3))
    assert [r["event_scale"] for r in conflict_first] == sorted(r["event_scale"] for r in everything)[:3]
    pages = [events(store, EventQuery(limit=10, offset=start)) for start in range(0, len(everything), 10)]
    assert [record for page in pages for record in page] == everything


def test_an_unknown_order_is_refused_not_spliced_into_sql(store):
    with pytest.raises(ValueError, match="unknown order"):
        events(store, EventQuery(order="date; DROP TABLE events"))
