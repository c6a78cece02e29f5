"""Questions to the store, with bound parameters only (never SQL built from the user's strings)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from warta.store.db import Store


@dataclass(slots=True)
class EventQuery:
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
            clauses.append("left(e.date, 10) >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("left(e.date, 10) <= ?")
            params.append(self.until)
        if self.lang:
            clauses.append("e.lang = ?")
            params.append(self.lang)
        if self.text:
            clauses.append("contains(lower(e.sentence), lower(?))")
            params.append(self.text)
        return (" AND ".join(clauses) or "TRUE"), params


def events(store: Store, query: EventQuery) -> list[dict]:
    """Full PLOVER records of the matching events, oldest first (stable order)."""
    where, params = query.where()
    sql = "SELECT e.record FROM events e WHERE " + where + " ORDER BY e.date, e.id"
    if query.limit:
        sql += " LIMIT ?"
        params.append(query.limit)
    return [json.loads(row[0]) for row in store.db.execute(sql, params).fetchall()]
