"""The store: one DuckDB file (warta.duckdb by default) with articles, events, mentions,
ingest errors, feeds and what was learned about outlets.

Every write is idempotent — an article's id is the hash of its text, an event's id is
deterministic — so ingesting the same input twice adds nothing, and a run killed at any moment
resumes where it stopped: work is committed in batches, and a batch that did not commit is
simply done again. Only one process may write a DuckDB file at a time; `Store` holds the lock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,          -- content hash of the text
    source VARCHAR,                  -- path, URL or path#record it was read from
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    pub_date DATE,
    lang VARCHAR,                    -- ISO 639-1; only id and en are coded
    text VARCHAR,                    -- as read: event offsets point into it
    dup_of VARCHAR,                  -- the first copy of the same wire story, if this is a near-duplicate
    agency VARCHAR,                  -- the wire the text credits (Reuters, Antara …)
    dateline VARCHAR,
    notes VARCHAR,                   -- truncation, encoding guesses …
    signature BLOB,                  -- MinHash signature, to rebuild the near-duplicate index
    coded BOOLEAN,
    ingested_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    date VARCHAR,
    event VARCHAR,
    mode VARCHAR,
    quad_code INTEGER,
    event_scale DOUBLE,
    cameo VARCHAR,
    actor VARCHAR[],                 -- codes
    actor_sector VARCHAR[],
    recipient VARCHAR[],
    recipient_sector VARCHAR[],
    hedged BOOLEAN,
    event_text VARCHAR,
    place VARCHAR,
    place_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    line INTEGER,
    sentence VARCHAR,
    lang VARCHAR,
    reported_by VARCHAR,
    record JSON                      -- the full PLOVER record, as `warta code` prints it
);
CREATE TABLE IF NOT EXISTS mentions (   -- every article that reports an event (GDELT's mentions table)
    event_id VARCHAR,
    article_id VARCHAR,
    outlet VARCHAR,
    url VARCHAR,
    pub_date DATE,
    is_first BOOLEAN,
    PRIMARY KEY (event_id, article_id)
);
CREATE TABLE IF NOT EXISTS ingest_errors (
    source VARCHAR,
    reason VARCHAR,
    recorded_at TIMESTAMP,
    PRIMARY KEY (source, reason)
);
CREATE TABLE IF NOT EXISTS feeds (
    url VARCHAR PRIMARY KEY,
    state JSON,
    added_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS outlet_state (
    name VARCHAR PRIMARY KEY,        -- what was learned (boilerplate lines per outlet)
    state JSON
);
"""


WIDTHS = {"articles": 15, "events": 23, "mentions": 6, "ingest_errors": 3}
FLUSH_ROWS = 200


def content_id(text: str) -> str:
    """An article's id: the hash of its text with whitespace collapsed."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:20]


def as_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@dataclass(slots=True)
class StoredArticle:
    id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    pub_date: str | None
    lang: str | None
    text: str
    dup_of: str | None = None
    agency: str | None = None
    dateline: str | None = None
    notes: str = ""
    signature: bytes | None = None
    coded: bool = False


class Store:
    """A DuckDB file; open it with `Store(path)` or as a context manager."""

    def __init__(self, path: str | Path = "warta.duckdb", read_only: bool = False):
        self.path = str(path)
        self.db = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.db.execute(SCHEMA)
        # Rows wait here and go in many at a time: one INSERT per row costs DuckDB milliseconds.
        self.pending: dict[str, list[tuple]] = {table: [] for table in WIDTHS}
        self.queued: dict[str, set] = {table: set() for table in WIDTHS}

    def queue(self, table: str, key: object, row: tuple) -> None:
        if key not in self.queued[table]:
            self.queued[table].add(key)
            self.pending[table].append(row)

    def flush(self) -> None:
        for table, rows in self.pending.items():
            width = WIDTHS[table]
            for start in range(0, len(rows), FLUSH_ROWS):
                chunk = rows[start : start + FLUSH_ROWS]
                values = ", ".join(["(" + ", ".join(["?"] * width) + ")"] * len(chunk))
                sql = f"INSERT OR IGNORE INTO {table} VALUES {values}"  # noqa: S608 - fixed table names
                self.db.execute(sql, [x for row in chunk for x in row])
            rows.clear()
            self.queued[table].clear()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.pending["articles"] or self.pending["events"] or self.pending["ingest_errors"]:
            self.flush()
        self.db.close()

    # -- transactions: a batch commits whole or not at all -------------------------------------

    def begin(self) -> None:
        self.db.execute("BEGIN TRANSACTION")

    def commit(self) -> None:
        self.flush()
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        """Forget the batch: what a killed process amounts to."""
        for table in self.pending:
            self.pending[table].clear()
            self.queued[table].clear()
        self.db.execute("ROLLBACK")

    # -- articles ----------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        if article_id in self.queued["articles"]:
            return True
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def add_article(self, article: StoredArticle) -> None:
        row = (
            article.id, article.source, article.url, article.outlet, article.title, as_date(article.pub_date),
            article.lang, article.text, article.dup_of, article.agency, article.dateline, article.notes,
            article.signature, article.coded, dt.datetime.now(),
        )  # fmt: skip
        self.queue("articles", article.id, row)

    def signatures(self) -> Iterable[tuple[str, bytes]]:
        """(id, signature) of first copies, oldest first: to rebuild the near-duplicate index."""
        rows = self.db.execute(
            "SELECT id, signature FROM articles WHERE dup_of IS NULL AND signature IS NOT NULL ORDER BY ingested_at, id"
        ).fetchall()
        return [(row[0], bytes(row[1])) for row in rows]

    # -- events and mentions ----------------------------------------------------------------

    def add_events(self, article: StoredArticle, records: list[dict]) -> int:
        for record in records:
            self.queue("events", record["id"], tuple(event_row(article, record)))
            self.add_mention(record["id"], article, is_first=True)
        return len(records)

    def add_mention(self, event_id: str, article: StoredArticle, is_first: bool) -> None:
        row = (event_id, article.id, article.outlet, article.url, as_date(article.pub_date), is_first)
        self.queue("mentions", (event_id, article.id), row)

    def mention_copy(self, article: StoredArticle, first_id: str) -> int:
        """A near-duplicate reports the first copy's events again: one mention each, no new events."""
        self.flush()
        ids = [row[0] for row in self.db.execute("SELECT id FROM events WHERE article_id = ?", [first_id]).fetchall()]
        for event_id in ids:
            self.add_mention(event_id, article, is_first=False)
        return len(ids)

    # -- errors, feeds, learned state --------------------------------------------------------

    def add_error(self, source: str, reason: str) -> None:
        self.queue("ingest_errors", (source, reason), (source, reason, dt.datetime.now()))

    def add_feed(self, url: str, state: dict) -> bool:
        exists = self.db.execute("SELECT 1 FROM feeds WHERE url = ?", [url]).fetchone() is not None
        if not exists:
            self.db.execute("INSERT INTO feeds VALUES (?, ?, now())", [url, json.dumps(state)])
        return not exists

    def feeds(self) -> list[tuple[str, dict]]:
        return [
            (url, json.loads(state))
            for url, state in self.db.execute("SELECT url, state FROM feeds ORDER BY url").fetchall()
        ]

    def save_feed(self, url: str, state: dict) -> None:
        self.db.execute("UPDATE feeds SET state = ? WHERE url = ?", [json.dumps(state), url])

    def load_state(self, name: str) -> dict:
        row = self.db.execute("SELECT state FROM outlet_state WHERE name = ?", [name]).fetchone()
        return json.loads(row[0]) if row else {}

    def save_state(self, name: str, state: dict) -> None:
        self.db.execute("INSERT OR REPLACE INTO outlet_state VALUES (?, ?)", [name, json.dumps(state)])

    def counts(self) -> dict[str, int]:
        self.flush()
        tables = ("articles", "events", "mentions", "ingest_errors", "feeds")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608 - fixed names


def event_row(article: StoredArticle, record: dict) -> list:
    loc = record.get("event_loc") or {}
    return [
        record["id"],
        article.id,
        record["date"],
        record["event"],
        record["mode"],
        record["quad_code"],
        record["event_scale"],
        record["cameo"],
        [a["code"] for a in record["actor"]],
        [a["sector"] for a in record["actor"]],
        [r["code"] for r in record["recipient"]],
        [r["sector"] for r in record["recipient"]],
        record["hedged"],
        record["event_text"],
        loc.get("name"),
        loc.get("country_code"),
        loc.get("lat"),
        loc.get("lon"),
        record["text_info"]["line"],
        record["text_info"]["sentence"],
        record["cite_info"]["language"],
        record["cite_info"]["reported_by"],
        json.dumps(record, ensure_ascii=False),
    ]
