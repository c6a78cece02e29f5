"""`warta alerts`: directed dyads whose latest window breaks with their own history.

Time is cut backwards from `until` into windows of one length ("30d", "4w", "3m"; a month window
ending on a month's last day covers calendar months). For each directed dyad (the pairs of
`warta top dyads`) the latest window's volume (events) and balance (mean event_scale) are compared
with the dyad's earlier windows, from the window of its first event on (at most `history` of them):

    z_volume  = (events − mean of earlier events per window) / max(sd, 1 event)
    z_balance = (balance − mean of earlier balances) / max(sd, 1 scale point)

Earlier windows without events count as 0 events and have no balance. The floors keep a dyad
with a perfectly steady history (sd 0) from scoring infinity. Movers rank by the length of
(z_volume, z_balance). A dyad with fewer than MIN_HISTORY earlier windows (or windows with events,
for balance) gets a note instead of that z-score; with neither score it ranks after the scored.

An event counts in a window only if its whole date fits in it: a day always does, a week range or
a month only in windows long enough to hold it; undated events never do.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
import statistics
from dataclasses import asdict, dataclass, field

from warta.analysis.query import EventQuery, matching
from warta.analysis.top import PAIRS
from warta.store.db import Store

MIN_HISTORY = 3  # earlier windows needed for a z-score
VOLUME_FLOOR = 1.0  # events: the smallest standard deviation of volume a z-score divides by
BALANCE_FLOOR = 1.0  # event_scale points: the same for balance
WINDOW = re.compile(r"(\d+)\s*([dwm])")

EVENTS_SQL = """WITH m AS ({matching}), {pairs}
SELECT p.actor, p.recipient, m.id, m.date, m.event, m.event_scale, m.sentence
FROM pairs p JOIN m ON p.id = m.id
ORDER BY p.actor, p.recipient, m.date, m.id"""

LATEST_DAY_SQL = "SELECT max(left(date, 10)) FROM events WHERE length(split_part(date, '/', 1)) = 10"


@dataclass(slots=True, frozen=True)
class Window:
    """Days `start` to `end`, both included."""

    start: dt.date
    end: dt.date

    def label(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


@dataclass(slots=True)
class AlertEvent:
    """One event behind an alert: its evidence."""

    id: str
    date: str
    event: str
    event_scale: float
    sentence: str


@dataclass(slots=True)
class Alert:
    """A directed dyad's latest window against its own history; `score` None when it has too little."""

    actor: str
    recipient: str
    window: str
    events: int
    balance: float
    history_windows: int
    usual_events: float | None = None
    usual_balance: float | None = None
    z_volume: float | None = None
    z_balance: float | None = None
    score: float | None = None
    note: str = ""
    evidence: list[AlertEvent] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        """One line: what changed, in words."""
        line = f"{self.actor}→{self.recipient} {self.window}: {self.events} events, balance {self.balance:+.2f}"
        if self.usual_events is not None:
            line += f" (usually {self.usual_events:.1f} events"
            line += f", balance {self.usual_balance:+.2f})" if self.usual_balance is not None else ")"
        if self.score is not None:
            line += f"; score {self.score:.1f}"
        return line + (f"; {self.note}" if self.note else "")


@dataclass(slots=True)
class DyadWindows:
    """One dyad's events placed in the windows, oldest window first."""

    actor: str
    recipient: str
    scales: list[list[float]]
    latest: list[AlertEvent] = field(default_factory=list)

    def first_window(self) -> int:
        return next(i for i, scales in enumerate(self.scales) if scales)


def alerts(
    store: Store,
    window: str = "30d",
    until: str | dt.date | None = None,
    min_events: int = 3,
    limit: int = 10,
    history: int = 24,
) -> list[Alert]:
    """The `limit` directed dyads whose latest `window` (ending on `until`, by default the store's
    latest event day) moved most against their own earlier windows; only dyads with at least
    `min_events` events in the latest window are considered. See the module docstring for the maths."""
    end = as_day(until) if until else latest_day(store)
    if end is None:
        return []
    windows = cut_windows(end, window, history + 1)
    dyads = place_events(store, windows)
    found = [judge(dyad, windows[-1]) for dyad in dyads if len(dyad.scales[-1]) >= max(min_events, 1)]
    return sorted(found, key=rank)[:limit]


def parse_window(window: str) -> tuple[int, str]:
    """ "30d" → (30, "d"); days, weeks (w) or months (m). ValueError for anything else."""
    match = WINDOW.fullmatch(window.strip().lower())
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"window {window!r}: a number of days, weeks or months, such as 7d, 30d, 4w or 3m")
    return int(match.group(1)), match.group(2)


def cut_windows(until: dt.date, window: str, count: int) -> list[Window]:
    """`count` consecutive windows of length `window`, the last ending on `until`; oldest first."""
    length, unit = parse_window(window)
    ends = [step_back(until, length, unit, k) for k in range(count + 1)]
    return [Window(ends[k + 1] + dt.timedelta(days=1), ends[k]) for k in reversed(range(count))]


def step_back(day: dt.date, length: int, unit: str, times: int) -> dt.date:
    """`day` moved back `times` windows of `length` units."""
    if unit == "m":
        return months_back(day, length * times)
    return day - dt.timedelta(days=length * times * (7 if unit == "w" else 1))


def months_back(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (clamped to the month's end); a month's last day stays a last day."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    at_month_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return dt.date(year, month + 1, last if at_month_end else min(day.day, last))


def as_day(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def latest_day(store: Store) -> dt.date | None:
    """The latest day an event is dated to (month- and year-dated events aside)."""
    row = store.db.execute(LATEST_DAY_SQL).fetchall()[0]
    return dt.date.fromisoformat(row[0]) if row[0] else None


def date_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day an event date covers ("2024-03" → 1 to 31 March); None if undated."""
    if not value:
        return None
    first, _, last = value.partition("/")
    try:
        return period_start(first), period_end(last or first)
    except ValueError:
        return None


def period_start(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], *(parts[1:] + [1, 1])[:2])


def period_end(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    month = parts[1] if len(parts) == 2 else 12
    return dt.date(parts[0], month, calendar.monthrange(parts[0], month)[1])


def window_of(span: tuple[dt.date, dt.date], windows: list[Window], starts: list[dt.date]) -> int | None:
    """The index of the window holding the whole span, or None."""
    index = bisect.bisect_right(starts, span[0]) - 1
    if index < 0 or span[1] > windows[index].end:
        return None
    return index


def place_events(store: Store, windows: list[Window]) -> list[DyadWindows]:
    """Each dyad with events in the windows, its event scales per window and its latest events."""
    select, params = matching(EventQuery(since=windows[0].start.isoformat(), until=windows[-1].end.isoformat()))
    rows = store.db.execute(EVENTS_SQL.format(matching=select, pairs=PAIRS), params).fetchall()
    starts = [w.start for w in windows]
    dyads: dict[tuple[str, str], DyadWindows] = {}
    for actor, recipient, event_id, date, event, scale, sentence in rows:
        span = date_span(date)
        index = window_of(span, windows, starts) if span else None
        if index is None:
            continue
        dyad = dyads.setdefault((actor, recipient), DyadWindows(actor, recipient, [[] for _ in windows]))
        dyad.scales[index].append(scale)
        if index == len(windows) - 1:
            dyad.latest.append(AlertEvent(event_id, date, event, scale, sentence))
    return list(dyads.values())


def judge(dyad: DyadWindows, latest: Window) -> Alert:
    """The dyad's latest window against its earlier ones."""
    earlier = dyad.scales[dyad.first_window() : -1]
    now = dyad.scales[-1]
    alert = Alert(dyad.actor, dyad.recipient, latest.label(), len(now), round(statistics.fmean(now), 2), len(earlier))
    alert.evidence = dyad.latest
    notes = [
        score_volume(alert, [len(s) for s in earlier]),
        score_balance(alert, [statistics.fmean(s) for s in earlier if s]),
    ]
    alert.note = "; ".join(note for note in notes if note)
    zs = [z for z in (alert.z_volume, alert.z_balance) if z is not None]
    alert.score = round(math.hypot(*zs), 2) if zs else None
    return alert


def score_volume(alert: Alert, counts: list[int]) -> str:
    """Sets the volume z-score, or returns why it cannot."""
    if not counts:
        return "new dyad: no events in earlier windows"
    alert.usual_events = round(statistics.fmean(counts), 2)
    if len(counts) < MIN_HISTORY:
        return f"volume: only {len(counts)} earlier window(s), {MIN_HISTORY} needed"
    alert.z_volume = z_score(alert.events, counts, VOLUME_FLOOR)
    return ""


def score_balance(alert: Alert, balances: list[float]) -> str:
    """Sets the balance z-score, or returns why it cannot."""
    if not balances:
        return ""
    alert.usual_balance = round(statistics.fmean(balances), 2)
    if len(balances) < MIN_HISTORY:
        return f"balance: only {len(balances)} earlier window(s) with events, {MIN_HISTORY} needed"
    alert.z_balance = z_score(statistics.fmean(s.event_scale for s in alert.evidence), balances, BALANCE_FLOOR)
    return ""


def z_score(value: float, history: list[float], floor: float) -> float:
    spread = max(statistics.stdev(history), floor) if len(history) > 1 else floor
    return round((value - statistics.fmean(history)) / spread, 2)


def rank(alert: Alert) -> tuple:
    """Scored movers first, biggest first; then the unscored, busiest first; ties by dyad."""
    if alert.score is not None:
        return (0, -alert.score, alert.actor, alert.recipient)
    return (1, -alert.events, alert.actor, alert.recipient)
