"""`warta top`: the actors, directed dyads and event types with the most events.

Every count is of events, each event once: an event with two actors counts once for each of them,
and once for a dyad however many of its entities share the pair's codes.

Dyads are directed (actor → recipient), one row per pair of codes. A pair with the same code on
both sides is kept when the two sides are different bodies of that country — a domestic dyad such
as IDN police → IDN parliament, the bulk of Indonesian political news — and dropped when both
sides have the same sector (or none), which names one body on both sides (usually the coder
finding the actor again as the recipient). Rows carry `domestic` so callers can drop them all.
"""

from __future__ import annotations

from dataclasses import replace

from warta.analysis.query import EventQuery, matching
from warta.store.db import Store

WHATS = ("actors", "dyads", "types")

# Directed (actor, recipient) code pairs of the events in CTE `m`, each pair once per event.
PAIRS = """pairs AS (
    SELECT DISTINCT a.id, a.code AS actor, r.code AS recipient
    FROM (SELECT id, unnest(actor) AS code, unnest(actor_sector) AS sector FROM m) a
    JOIN (SELECT id, unnest(recipient) AS code, unnest(recipient_sector) AS sector FROM m) r ON a.id = r.id
    WHERE coalesce(a.code, '') <> '' AND coalesce(r.code, '') <> ''
      AND (a.code <> r.code OR coalesce(a.sector, '') <> coalesce(r.sector, ''))
)"""

ACTORS_SQL = """WITH m AS ({matching}),
roles AS (
    SELECT id, unnest(list_distinct(actor)) AS code, 1 AS as_actor, 0 AS as_recipient FROM m
    UNION ALL
    SELECT id, unnest(list_distinct(recipient)) AS code, 0 AS as_actor, 1 AS as_recipient FROM m
)
SELECT code, count(DISTINCT id) AS events, sum(as_actor)::BIGINT AS as_actor,
       sum(as_recipient)::BIGINT AS as_recipient
FROM roles WHERE coalesce(code, '') <> ''
GROUP BY code ORDER BY events DESC, code LIMIT ?"""

DYADS_SQL = """WITH m AS ({matching}), {pairs}
SELECT p.actor, p.recipient, count(*) AS events, round(avg(m.event_scale), 2) AS mean_scale,
       count(*) FILTER (WHERE m.quad_code = 1) AS verbal_coop,
       count(*) FILTER (WHERE m.quad_code = 2) AS material_coop,
       count(*) FILTER (WHERE m.quad_code = 3) AS verbal_conflict,
       count(*) FILTER (WHERE m.quad_code = 4) AS material_conflict,
       p.actor = p.recipient AS domestic
FROM pairs p JOIN m ON p.id = m.id
GROUP BY p.actor, p.recipient ORDER BY events DESC, p.actor, p.recipient LIMIT ?"""

TYPES_SQL = """WITH m AS ({matching})
SELECT event, min(quad_code) AS quad_code, count(*) AS events,
       round(count(*) / sum(count(*)) OVER (), 4) AS share
FROM m GROUP BY event ORDER BY events DESC, event LIMIT ?"""

SQL = {"actors": ACTORS_SQL, "dyads": DYADS_SQL, "types": TYPES_SQL}


def top(
    store: Store,
    what: str,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
    query: EventQuery | None = None,
) -> list[dict]:
    """The `limit` actors, dyads or types with the most events between `since` and `until`.

    - actors: `code`, `events` (as actor or recipient), `as_actor`, `as_recipient`
    - dyads: `actor`, `recipient`, `events`, `mean_scale` (mean event_scale), `verbal_coop`,
      `material_coop`, `verbal_conflict`, `material_conflict` (events per quad), `domestic`
    - types: `event`, `quad_code`, `events`, `share` (of all matching events, 0–1)

    Sorted by events (most first), then by key, so equal counts always come in the same order.
    `query` narrows further with any other `EventQuery` filter (lang, text, actor …).
    """
    if what not in SQL:
        raise ValueError(f"unknown ranking {what!r}: one of {', '.join(WHATS)}")
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    base = query or EventQuery()
    select, params = matching(replace(base, since=since or base.since, until=until or base.until))
    sql = SQL[what].format(matching=select, pairs=PAIRS)
    return rows_as_dicts(store, sql, [*params, limit])


def rows_as_dicts(store: Store, sql: str, params: list) -> list[dict]:
    """The rows of a query as dicts keyed by column name."""
    cursor = store.db.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
