"""The DuckDB store: a real file, idempotent writes, mentions of copies."""

from __future__ import annotations

import warta
from warta.output import event_record
from warta.store.db import Store, StoredArticle, content_id

TEXT = "Korea Selatan mendesak Rusia untuk mematuhi resolusi PBB, kata juru bicara kementerian."


def article(text: str = TEXT, outlet: str = "Tempo", dup_of: str | None = None) -> StoredArticle:
    return StoredArticle(
        id=content_id(text),
        source="t.txt",
        url=None,
        outlet=outlet,
        title=None,
        pub_date="2023-10-19",
        lang="id",
        text=text,
        dup_of=dup_of,
        coded=dup_of is None,
    )


def records(stored: StoredArticle) -> list[dict]:
    return [event_record(e) for e in warta.code(stored.text, lang="id", pub_date=stored.pub_date, doc=stored.id)]


def test_content_ids_ignore_whitespace():
    assert content_id("a  b\nc") == content_id("a b c") != content_id("a b d")


def test_writing_twice_adds_nothing(tmp_path):
    path = tmp_path / "w.duckdb"
    first = article()
    for _ in range(2):
        with Store(path) as store:
            store.add_article(first)
            store.add_events(first, records(first))
            store.add_error("bad.gz", "truncated gzip")
    with Store(path) as store:
        counts = store.counts()
    assert counts["articles"] == 1 and counts["ingest_errors"] == 1
    assert counts["events"] >= 1 and counts["mentions"] == counts["events"]


def test_a_copy_mentions_the_first_copys_events(tmp_path):
    first = article()
    copy = article(TEXT + " (Antara)", outlet="Antara", dup_of=first.id)
    with Store(tmp_path / "w.duckdb") as store:
        store.add_article(first)
        events = store.add_events(first, records(first))
        store.add_article(copy)
        assert store.mention_copy(copy, first.id) == events
        counts = store.counts()
        outlets = store.db.execute("SELECT DISTINCT outlet FROM mentions ORDER BY outlet").fetchall()
    assert counts["events"] == events and counts["mentions"] == 2 * events
    assert [o[0] for o in outlets] == ["Antara", "Tempo"]


def test_a_batch_that_did_not_commit_leaves_nothing(tmp_path):
    path = tmp_path / "w.duckdb"
    store = Store(path)
    store.begin()
    store.add_article(article())
    store.rollback()  # what a killed process amounts to
    store.close()
    with Store(path) as store:
        assert store.counts()["articles"] == 0
