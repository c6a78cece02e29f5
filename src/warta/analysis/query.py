"""Questions to the store, with bound parameters only (never SQL built from the user's strings)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from warta.store.db import Store

# The first day an event's date covers, as SQL: "2024-03-14" and "2024-03-18/2024-03-24" → their
# first day, "2024-03" → "2024-03-01", "2016" → "2016-01-01"; NULL for an undated event (""), so
# `since` and `until` leave undated events out instead of sorting them before every date.
START_DAY = "(split_part(nullif(e.date, ''), '/', 1) || substr('0000-01-01', length(split_part(e.date, '/', 1)) + 1))"

# Orders a query may ask for; the SQL is ours, the user only picks a key.
ORDERS = {
    "date": "e.date, e.id",
    "-date": "e.date DESC, e.id",
    "scale": "e.event_scale, e.date, e.id",
    "-scale": "e.event_scale DESC, e.date, e.id",
}


@dataclass(slots=True)
class EventQuery:
    """Filters on the `events` table; every given filter narrows the result (they are ANDed).

    `since`/`until` compare the first day of the event's date (a month from its 1st, a year from
    1 January, a range from its start) and leave undated events out. `order` is one of ORDERS
    ("date" oldest first, "-date" newest first, "scale" most conflictual first, "-scale" most
    cooperative first); `offset` skips that many matches (paging with `limit`).
    """

    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    dyad: tuple[str, str] | None = None
    types: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    lang: str | None = None
    text: str | None = None
    include_copies: bool = False
    limit: int | None = None
    order: str = "date"
    offset: int = 0

    def where(self) -> tuple[str, list]:
        """The WHERE clause (fixed text) and its parameters."""
        clauses, params = [], []
        if self.actor:
            clauses.append("list_has_any(e.actor, ?)")
            params.append(self.actor)
        if self.recipient:
            clauses.append("list_has_any(e.recipient, ?)")
            params.append(self.recipient)
        if self.dyad:
            clauses.append("list_contains(e.actor, ?) AND list_contains(e.recipient, ?)")
            params += list(self.dyad)
        if self.types:
            clauses.append("list_contains(?, e.event)")
            params.append(self.types)
        if self.since:
            clauses.append(START_DAY + " >= ?")
            params.append(str(self.since))
        if self.until:
            clauses.append(START_DAY + " <= ?")
            params.append(str(self.until))
        if self.lang:
            clauses.append("e.lang = ?")
            params.append(self.lang)
        if self.text:
            clauses.append("contains(lower(e.sentence), lower(?))")
            params.append(self.text)
        return (" AND ".join(clauses) or "TRUE"), params

    def order_by(self) -> str:
        """The ORDER BY list for `order` (fixed text); ValueError for an order it does not know."""
        if self.order not in ORDERS:
            raise ValueError(f"unknown order {self.order!r}: one of {', '.join(ORDERS)}")
        return ORDERS[self.order]


def matching(query: EventQuery) -> tuple[str, list]:
    """A SELECT of the matching event rows (alias `e`), to use as a CTE, and its parameters."""
    where, params = query.where()
    return "SELECT e.* FROM events e WHERE " + where, params


def events(store: Store, query: EventQuery) -> list[dict]:
    """Full PLOVER records of the matching events, oldest first unless `query.order` says otherwise."""
    where, params = query.where()
    sql = "SELECT e.record FROM events e WHERE " + where + " ORDER BY " + query.order_by()
    if query.limit:
        sql += " LIMIT ?"
        params.append(query.limit)
    if query.offset:
        sql += " OFFSET ?"
        params.append(query.offset)
    return [json.loads(row[0]) for row in store.db.execute(sql, params).fetchall()]
