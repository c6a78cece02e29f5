"""Dyads over time: what A did to B (or A and B to each other), period by period.

An event is stored once however many outlets carried it (copies only add mentions), so every
count here is of deduplicated events; `sources` counts the distinct outlets that reported them.
An event counts at the day its date starts: "2023-10-19" on that day, a month "2023-10" on its
first day (so in October by month, in the week of 1 October by week), a year "2016" on 1 January,
a range "2023-10-09/2023-10-15" at its start. Events with no date are left out of every series.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warta.resources import load_yaml
from warta.store.db import Store

PERIODS = ("day", "week", "month", "year")
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
QUAD_COLUMNS = {1: "verb.coop", 2: "mat.coop", 3: "verb.conf", 4: "mat.conf"}

# One row per event, with the outlets of all its mentions. `$undirected` switches the reverse
# direction on: the SQL text is fixed, the codes and the switch are bound parameters.
DYAD_SQL = """
SELECT e.id, e.date, e.event, e.quad_code, e.event_scale, e.actor, e.recipient,
       list(DISTINCT m.outlet) FILTER (WHERE m.outlet IS NOT NULL) AS outlets
FROM events e LEFT JOIN mentions m ON m.event_id = e.id
WHERE (list_contains(e.actor, $a) AND list_contains(e.recipient, $b))
   OR ($undirected AND list_contains(e.actor, $b) AND list_contains(e.recipient, $a))
GROUP BY ALL
ORDER BY e.date, e.id
"""

ALL_EVENTS_SQL = """
SELECT e.id, e.date, e.event, e.quad_code, e.event_scale, e.actor, e.recipient,
       list(DISTINCT m.outlet) FILTER (WHERE m.outlet IS NOT NULL) AS outlets
FROM events e LEFT JOIN mentions m ON m.event_id = e.id
GROUP BY ALL
ORDER BY e.date, e.id
"""


@functools.cache
def plover_types() -> tuple[str, ...]:
    """The 16 PLOVER event types in the ontology's order (quad class by quad class)."""
    return tuple(load_yaml("plover.yaml"))


@dataclass(slots=True, frozen=True)
class StoredEvent:
    """What the series need of one stored event."""

    id: str
    date: str
    event: str
    quad: int | None
    scale: float | None
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    outlets: frozenset[str]

    @property
    def day(self) -> dt.date | None:
        return event_day(self.date)


@dataclass(slots=True)
class Period:
    """One day, week, month or year of a series: `start` is "2023-10-19" (day; week: its Monday),
    "2023-10" (month) or "2023" (year)."""

    start: str
    events: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    by_quad: dict[int, int] = field(default_factory=dict)
    scale_sum: float = 0.0
    scale_mean: float | None = None
    sources: int = 0

    def as_dict(self) -> dict:
        """JSON-friendly: quad classes keyed "1" … "4"."""
        return {
            "start": self.start,
            "events": self.events,
            "by_type": dict(self.by_type),
            "by_quad": {str(quad): count for quad, count in self.by_quad.items()},
            "scale_sum": self.scale_sum,
            "scale_mean": self.scale_mean,
            "sources": self.sources,
        }


# -- dates and periods ------------------------------------------------------------------------


def event_day(date: str | dt.date | None) -> dt.date | None:
    """The day an event counts at: a day itself, the first day of a month or year, the start of a range."""
    if isinstance(date, dt.date):
        return date
    start = (date or "").split("/")[0].strip()
    for width, fmt in ((10, "%Y-%m-%d"), (7, "%Y-%m"), (4, "%Y")):
        if len(start) >= width:
            try:
                return dt.datetime.strptime(start[:width], fmt).date()
            except ValueError:
                continue
    return None


def last_day(value: str | dt.date) -> dt.date | None:
    """The last day a bound like "2023-10" or "2023" covers (an `until` includes the whole month or year)."""
    first = event_day(value)
    if first is None or isinstance(value, dt.date) or len(value.strip()) >= 10:
        return first
    if len(value.strip()) >= 7:
        return next_start(first, "month") - dt.timedelta(days=1)
    return next_start(first, "year") - dt.timedelta(days=1)


def window_day(value, end: bool = False) -> dt.date | None:
    """A `since` (its first day) or `until` (its last day) bound; None when not given."""
    if value is None or value == "":
        return None
    day = last_day(value) if end else event_day(value)
    if day is None:
        raise ValueError(f"not a day, month or year: {value!r}")
    return day


def period_start(day: dt.date, by: str) -> dt.date:
    """The first day of the period holding `day` (weeks start on Monday, as ISO weeks do)."""
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def next_start(start: dt.date, by: str) -> dt.date:
    if by == "day":
        return start + dt.timedelta(days=1)
    if by == "week":
        return start + dt.timedelta(days=7)
    if by == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return dt.date(start.year + 1, 1, 1)


def period_label(start: dt.date, by: str) -> str:
    if by == "month":
        return start.strftime("%Y-%m")
    if by == "year":
        return f"{start.year:04d}"
    return start.isoformat()


def period_starts(first: dt.date, last: dt.date, by: str) -> list[dt.date]:
    """Every period from the one holding `first` to the one holding `last`."""
    starts, current = [], period_start(first, by)
    while current <= last:
        starts.append(current)
        current = next_start(current, by)
    return starts


def check_by(by: str) -> None:
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")


# -- reading the store ------------------------------------------------------------------------


def stored_event(row: tuple) -> StoredEvent:
    event_id, date, event, quad, scale, actor, recipient, outlets = row
    actors, recipients = tuple(actor or ()), tuple(recipient or ())
    return StoredEvent(event_id, date or "", event or "", quad, scale, actors, recipients, frozenset(outlets or ()))


def dyad_events(store: Store, a: str, b: str, undirected: bool = False) -> list[StoredEvent]:
    """Every stored event from A to B (and from B to A when undirected), dated or not, each once."""
    params = {"a": a.strip().upper(), "b": b.strip().upper(), "undirected": undirected}
    return [stored_event(row) for row in store.db.execute(DYAD_SQL, params).fetchall()]


def all_events(store: Store) -> list[StoredEvent]:
    """Every stored event, each once, with the outlets that reported it."""
    return [stored_event(row) for row in store.db.execute(ALL_EVENTS_SQL).fetchall()]


def in_window(events: Iterable[StoredEvent], since=None, until=None) -> list[tuple[dt.date, StoredEvent]]:
    """(day, event) of the dated events between `since` and `until` (both included), oldest first."""
    low, high = window_day(since), window_day(until, end=True)
    dated = [(event.day, event) for event in events if event.day is not None]
    return sorted(
        ((day, event) for day, event in dated if (low is None or day >= low) and (high is None or day <= high)),
        key=lambda pair: (pair[0], pair[1].id),
    )


# -- series -----------------------------------------------------------------------------------


def summarise(start: str, events: list[StoredEvent]) -> Period:
    """One period's counts; every PLOVER type and quad class is present, zero or not."""
    types = Counter(event.event for event in events)
    quads = Counter(event.quad for event in events)
    scales = [event.scale for event in events if event.scale is not None]
    by_type = {name: types.pop(name, 0) for name in plover_types()} | dict(sorted(types.items()))
    return Period(
        start=start,
        events=len(events),
        by_type=by_type,
        by_quad={quad: quads.get(quad, 0) for quad in QUADS},
        scale_sum=float(sum(scales)),
        scale_mean=sum(scales) / len(scales) if scales else None,
        sources=len(set().union(*(event.outlets for event in events))),
    )


def bucket(events: Iterable[StoredEvent], by: str = "month", since=None, until=None) -> list[Period]:
    """Events into consecutive periods: every period from the first to the last event (or from
    `since` to `until` when given) is present, the empty ones as zeros."""
    check_by(by)
    dated = in_window(events, since, until)
    first = window_day(since) or (dated[0][0] if dated else None)
    last = window_day(until, end=True) or (dated[-1][0] if dated else None)
    if first is None or last is None:
        return []
    groups: dict[dt.date, list[StoredEvent]] = {start: [] for start in period_starts(first, last, by)}
    for day, event in dated:
        groups[period_start(day, by)].append(event)
    return [summarise(period_label(start, by), members) for start, members in groups.items()]


def dyad_series(
    store: Store, a: str, b: str, by: str = "month", undirected: bool = False, since=None, until=None
) -> list[Period]:
    """A→B (A among the actors, B among the recipients) or, undirected, either way, per period.

    `since` and `until` are days, months or years ("2023-10-01", "2023-10", "2023"), both included.
    """
    check_by(by)
    return bucket(dyad_events(store, a, b, undirected), by, since, until)


def undated_count(events: Iterable[StoredEvent]) -> int:
    """How many events have no usable date, and so are in no series (to tell the reader)."""
    return sum(1 for event in events if event.day is None)


def store_note(store: Store) -> str:
    """What a title says the data is: "warta.duckdb (571 articles)"."""
    articles = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    return f"{Path(store.path).name} ({articles} articles)"


# -- output -----------------------------------------------------------------------------------


def series_rows(periods: list[Period]) -> list[dict]:
    """Flat rows with the same columns every period (CSV and JSON Lines friendly)."""
    rows = []
    for period in periods:
        row: dict = {"start": period.start, "events": period.events, "sources": period.sources}
        row |= {"scale_sum": period.scale_sum, "scale_mean": period.scale_mean}
        row |= {QUADS[quad].replace(" ", "_"): count for quad, count in period.by_quad.items()}
        rows.append(row | period.by_type)
    return rows


def series_table(periods: list[Period]) -> str:
    """An aligned text table for the terminal: only the event types that occur get a column."""
    types = [name for name in (periods[0].by_type if periods else {}) if any(p.by_type[name] for p in periods)]
    header = ["period", "events", "sources", "mean", "sum", *QUAD_COLUMNS.values(), *types]
    lines = [header] + [table_cells(period, types) for period in periods]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = ["  ".join(aligned(cells, widths)) for cells in lines]
    return "\n".join(line.rstrip() for line in text)


def aligned(cells: list[str], widths: list[int]) -> list[str]:
    """The first column (the period) to the left, the numbers to the right."""
    return [cells[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]


def table_cells(period: Period, types: list[str]) -> list[str]:
    mean = "-" if period.scale_mean is None else f"{period.scale_mean:+.2f}"
    cells = [period.start, str(period.events), str(period.sources), mean, f"{period.scale_sum:+.1f}"]
    cells += [str(period.by_quad[quad]) for quad in QUAD_COLUMNS]
    return cells + [str(period.by_type[name]) for name in types]
