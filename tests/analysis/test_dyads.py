"""`dyad_series` on real stores: the Tempo seed article (Lavrov in Pyongyang, October 2023),
a wire copy of it from a second outlet, and the sample articles, all ingested for real."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import SAMPLES, SEED
from warta.analysis.dyads import (
    Period,
    dyad_events,
    dyad_series,
    event_day,
    period_start,
    series_rows,
    series_table,
    undated_count,
)
from warta.analysis.query import EventQuery, events
from warta.ingest.run import ingest
from warta.store.db import Store

HOSTILE = "RUS') OR TRUE; DROP TABLE events; --"


def seed_records(copy_outlet: str | None = None) -> list[dict]:
    """The seed article with its publication date and outlet from the .meta.json beside it (the
    store's ingest reads a .txt without them); optionally a wire copy of it from another outlet."""
    meta = json.loads(SEED.with_name(SEED.stem + ".meta.json").read_text(encoding="utf-8"))
    text = SEED.read_text(encoding="utf-8")
    records = [{"text": text, "date": meta["pub_date"], "outlet": meta["outlet"], "lang": meta["lang"]}]
    if copy_outlet:
        copy = text.replace("TEMPO.CO, Jakarta -", f"{copy_outlet.upper()}, Jakarta -")
        records.append({"text": copy, "date": meta["pub_date"], "outlet": copy_outlet, "lang": meta["lang"]})
    return records


def build_store(folder: Path, records: list[dict], *more: Path) -> Path:
    source = folder / "seed.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = folder / "warta.duckdb"
    ingest([str(source), *map(str, more)], str(db))
    return db


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    """The seed article alone."""
    db = build_store(tmp_path_factory.mktemp("seed"), seed_records())
    with Store(db, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def with_copy(tmp_path_factory):
    """The seed article, an Antara copy of it (a near-duplicate: mentions, no new events) and the samples."""
    db = build_store(tmp_path_factory.mktemp("copy"), seed_records("Antara"), SAMPLES)
    with Store(db, read_only=True) as store:
        yield store


def by_start(periods: list[Period]) -> dict[str, Period]:
    return {period.start: period for period in periods}


def consistent(period: Period) -> bool:
    """Types and quad classes add up to the events, and a mean exists exactly when events do."""
    totals = sum(period.by_type.values()) == sum(period.by_quad.values()) == period.events
    return totals and (period.scale_mean is None) == (period.events == 0)


# -- the seed: Russia and North Korea in October 2023 ----------------------------------------


def test_rus_to_prk_in_october_2023_is_the_visit_and_the_praise(seed):
    periods = dyad_series(seed, "RUS", "PRK", by="month")
    october = by_start(periods)["2023-10"]
    assert october.by_type["CONSULT"] >= 1  # Lavrov arrives in Pyongyang, meets Choe Son Hui
    assert october.by_type["SUPPORT"] >= 1  # thanks and praise for North Korea's support
    assert october.by_quad[1] >= october.by_type["CONSULT"] + october.by_type["SUPPORT"]
    assert october.by_quad[4] == 0 and october.scale_mean > 0
    assert october.sources == 1 and consistent(october)


def test_prk_to_rus_holds_the_alleged_deliveries(seed):
    reversed_dyad = dyad_series(seed, "PRK", "RUS", by="month")
    undirected = dyad_series(seed, "RUS", "PRK", by="month", undirected=True)
    assert sum(period.by_type["AID"] for period in reversed_dyad) >= 1  # arms and ammunition for Russia
    assert sum(period.by_type["AID"] for period in undirected) == sum(p.by_type["AID"] for p in reversed_dyad)


def test_every_period_is_there_and_the_empty_ones_are_zeros(seed):
    periods = dyad_series(seed, "RUS", "PRK", since="2023-06", until="2023-12")
    assert [p.start for p in periods] == [f"2023-{month:02d}" for month in range(6, 13)]
    for period in periods:
        assert consistent(period)
        if period.start != "2023-10":
            assert period.events == period.sources == 0 and period.scale_sum == 0.0
            assert period.scale_mean is None and not any(period.by_type.values())


def test_weeks_run_monday_to_monday_without_gaps(seed):
    weeks = dyad_series(seed, "RUS", "PRK", by="week", undirected=True, since="2023-08-01", until="2023-10-31")
    starts = [dt.date.fromisoformat(period.start) for period in weeks]
    assert all(start.weekday() == 0 for start in starts)
    assert all((later - earlier).days == 7 for earlier, later in zip(starts, starts[1:], strict=False))
    assert starts[0] <= dt.date(2023, 8, 1) and starts[-1] <= dt.date(2023, 10, 31) < starts[-1] + dt.timedelta(7)
    assert by_start(weeks)["2023-10-16"].events >= 2  # the visit of 18–19 October


def test_undirected_counts_each_event_of_either_direction_once(seed):
    undirected = sum(p.events for p in dyad_series(seed, "RUS", "PRK", undirected=True))
    both_ways = events(seed, EventQuery(dyad=("RUS", "PRK"))) + events(seed, EventQuery(dyad=("PRK", "RUS")))
    dated = {record["id"] for record in both_ways if record["date"]}
    assert undirected == len(dated) > 0
    forth = sum(p.events for p in dyad_series(seed, "RUS", "PRK"))
    back = sum(p.events for p in dyad_series(seed, "PRK", "RUS"))
    assert max(forth, back) < undirected <= forth + back


def test_a_wire_copy_adds_a_source_not_events(seed, with_copy):
    alone = by_start(dyad_series(seed, "RUS", "PRK"))["2023-10"]
    copied = by_start(dyad_series(with_copy, "RUS", "PRK"))["2023-10"]
    assert copied.events == alone.events and copied.by_type == alone.by_type
    assert (alone.sources, copied.sources) == (1, 2)  # Tempo, then Tempo and Antara


def test_codes_are_bound_parameters_and_case_does_not_matter(seed):
    assert dyad_series(seed, "rus", "prk") == dyad_series(seed, "RUS", "PRK")
    assert dyad_series(seed, HOSTILE, "PRK") == [] and dyad_series(seed, "RUS", HOSTILE, undirected=True) == []
    assert dyad_series(seed, "RUS", "PRK")  # the tables are still there


def test_a_dyad_that_never_met_is_empty_unless_a_window_is_asked_for(seed):
    assert dyad_series(seed, "IDN", "NZL") == []
    window = dyad_series(seed, "IDN", "NZL", by="year", since="2022", until="2024")
    assert [(p.start, p.events) for p in window] == [("2022", 0), ("2023", 0), ("2024", 0)]


def test_an_unknown_period_or_bound_is_refused(seed):
    with pytest.raises(ValueError, match="by must be one of"):
        dyad_series(seed, "RUS", "PRK", by="fortnight")
    with pytest.raises(ValueError, match="not a day, month or year"):
        dyad_series(seed, "RUS", "PRK", since="kemarin")


def test_undated_events_are_counted_apart(seed):
    stored = dyad_events(seed, "RUS", "PRK", undirected=True)
    shown = sum(p.events for p in dyad_series(seed, "RUS", "PRK", undirected=True))
    assert shown + undated_count(stored) == len(stored)


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "day"),
    [
        ("2023-10-19", dt.date(2023, 10, 19)),
        ("2023-10", dt.date(2023, 10, 1)),  # a month counts on its first day
        ("2023-10-09/2023-10-15", dt.date(2023, 10, 9)),  # a range at its start
        ("2023-08/2023-10", dt.date(2023, 8, 1)),
        ("2016", dt.date(2016, 1, 1)),
        ("", None),
        (None, None),
        ("kemarin", None),
    ],
)
def test_an_event_counts_at_the_day_its_date_starts(date, day):
    assert event_day(date) == day


def test_a_month_date_falls_in_the_week_of_its_first_day():
    assert period_start(event_day("2023-09"), "week") == dt.date(2023, 8, 28)  # 1 Sept 2023 was a Friday
    assert period_start(event_day("2023-09"), "month") == dt.date(2023, 9, 1)


# -- output ----------------------------------------------------------------------------------


def test_the_table_and_rows_carry_every_period(seed):
    periods = dyad_series(seed, "PRK", "RUS", undirected=True, since="2023-09", until="2023-11")
    table = series_table(periods).splitlines()
    assert table[0].split()[:5] == ["period", "events", "sources", "mean", "sum"]
    assert [line.split()[0] for line in table[1:]] == ["2023-09", "2023-10", "2023-11"]
    assert "AID" in table[0] and "ASSAULT" not in table[0]  # only the types that occur
    rows = series_rows(periods)
    assert len({tuple(row) for row in rows}) == 1 and rows[0]["start"] == "2023-09"
    assert json.loads(json.dumps([p.as_dict() for p in periods]))[1]["by_quad"]["1"] >= 1
