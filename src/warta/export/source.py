"""What the GDELT and ICEWS exports read from the store: each chosen event with every article
that reports it (GDELT's mentions), its actor–recipient pairs and their stable integer ids."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby

from warta.analysis.query import EventQuery
from warta.store.db import Store

FETCH_ROWS = 500

# The first article (the one the event was coded from) first, then the copies by date.
EVENTS_WITH_MENTIONS = """
WITH chosen AS (
    SELECT e.id, e.date, e.article_id, e.record FROM events e WHERE {where} ORDER BY e.date, e.id {limit}
)
SELECT c.id, c.record, coalesce(m.article_id, c.article_id), coalesce(m.outlet, a.outlet), coalesce(m.url, a.url),
       a.text, a.lang, a.ingested_at
FROM chosen c
LEFT JOIN mentions m ON m.event_id = c.id
LEFT JOIN articles a ON a.id = coalesce(m.article_id, c.article_id)
ORDER BY c.date, c.id, coalesce(m.article_id, c.article_id) = c.article_id DESC, m.pub_date NULLS LAST, a.ingested_at,
         m.article_id
"""


@dataclass(slots=True)
class Mention:
    """One article reporting an event: the first copy or a near-duplicate of it."""

    article_id: str
    outlet: str | None
    url: str | None
    text: str
    lang: str | None
    added: dt.datetime | None  # when warta stored the article


@dataclass(slots=True)
class StoredEvent:
    record: dict
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def num_sources(self) -> int:
        """Distinct outlets (an article with no outlet counts as its own source)."""
        return len({m.outlet or m.article_id for m in self.mentions})

    @property
    def num_articles(self) -> int:
        return len({m.article_id for m in self.mentions})


def stored_events(store: Store, query: EventQuery | None = None) -> Iterator[StoredEvent]:
    """The events `query` selects (all when None), oldest first, each with its mentions."""
    where, params = (query or EventQuery()).where()
    limit = ""
    if query and query.limit:
        limit = "LIMIT ?"
        params.append(query.limit)
    cursor = store.db.execute(EVENTS_WITH_MENTIONS.format(where=where, limit=limit), params)
    for _, rows in groupby(fetched(cursor), key=lambda row: row[0]):
        rows = list(rows)
        event = StoredEvent(json.loads(rows[0][1]))
        event.mentions = [Mention(row[2], row[3], row[4], row[5] or "", row[6], row[7]) for row in rows]
        yield event


def fetched(cursor) -> Iterator[tuple]:
    while rows := cursor.fetchmany(FETCH_ROWS):
        yield from rows


@dataclass(slots=True)
class Dyad:
    """One actor–recipient pair of an event: GDELT and ICEWS have one actor and one target a row."""

    number: int  # stable integer id: GDELT's GLOBALEVENTID, ICEWS's Event ID
    actor: dict | None
    recipient: dict | None


def dyads(record: dict) -> list[Dyad]:
    """ "AS dan Korea Selatan memulai latihan" -> (USA, -), (KOR, -); actors × recipients otherwise."""
    pairs = [(a, r) for a in (record["actor"] or [None]) for r in (record["recipient"] or [None])]
    return [Dyad(event_number(record["id"], i), actor, recipient) for i, (actor, recipient) in enumerate(pairs)]


def event_number(event_id: str, pair: int = 0) -> int:
    """A 60-bit integer from the event id (and the pair's place after the first): same store, same ids."""
    key = event_id if pair == 0 else f"{event_id}/{pair}"
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:15], 16)
