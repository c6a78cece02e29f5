"""`warta ingest` end to end: real files in, a real DuckDB file out."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import duckdb

import warta
from conftest import ROOT, SAMPLES, SEED, SHARED, run_warta
from warta.ingest.run import ingest


def rows(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_the_seed_ingested_as_text_keeps_no_ad_line_and_codes_as_warta_code(tmp_path):
    db = tmp_path / "w.duckdb"
    summary = ingest([str(SEED)], str(db))
    assert (summary.read, summary.new, summary.errors) == (1, 1, [])
    ((agency, dateline, outlet, lang),) = rows(db, "SELECT agency, dateline, outlet, lang FROM articles")
    assert (agency, dateline, lang) == ("Reuters", "Jakarta", "id")
    assert outlet == "Tempo"
    query = "SELECT line, event, actor, recipient FROM events"
    stored = {(r[0], r[1], tuple(r[2]), tuple(r[3])) for r in rows(db, query)}
    direct = {
        (e.line, e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
        for e in warta.code(SEED.read_text(encoding="utf-8"), pub_date="2023-10-19")
    }
    assert stored == direct
    sentences = [r[0] for r in rows(db, "SELECT sentence FROM events")]
    assert not any("iklan" in s for s in sentences)


def test_ingesting_twice_adds_nothing(tmp_path):
    db = tmp_path / "w.duckdb"
    first = ingest([str(SAMPLES)], str(db))
    counts = rows(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")
    second = ingest([str(SAMPLES)], str(db))
    assert first.new == 6 and second.new == 0 and second.already_stored == 6
    assert rows(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)") == counts


def test_a_wire_copy_counts_once_and_each_outlet_is_a_mention(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    ad = "Baca berita dengan sedikit iklan, klik di sini\n"
    copy = text.replace("TEMPO.CO, Jakarta -", "JAKARTA, KOMPAS.com -").replace(ad, "")
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": text, "date": "2023-10-19", "outlet": "Tempo"})
        + "\n"
        + json.dumps({"id": "b", "text": copy, "date": "2023-10-19", "outlet": "Kompas"})
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "w.duckdb"
    summary = ingest([str(corpus)], str(db))
    assert (summary.new, summary.duplicates) == (1, 1)
    events = rows(db, "SELECT count(*) FROM events")[0][0]
    assert events > 0
    assert rows(db, "SELECT count(*) FROM mentions")[0][0] == 2 * events
    assert rows(db, "SELECT count(*) FROM articles WHERE dup_of IS NOT NULL")[0][0] == 1


def test_bad_inputs_are_recorded_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Presiden Joko Widodo mengecam serangan Israel terhadap Gaza.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    db = tmp_path / "w.duckdb"
    result = run_warta("ingest", str(tmp_path), "--db", str(db))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(rows(db, "SELECT * FROM ingest_errors")) == 3
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == 1


def test_unsupported_languages_are_stored_and_counted_not_coded(tmp_path):
    page = tmp_path / "fr.txt"
    page.write_text(
        "Le président français a rencontré le chancelier allemand à Berlin mardi pour discuter "
        "de la guerre en Ukraine et de la défense européenne.",
        encoding="utf-8",
    )
    db = tmp_path / "w.duckdb"
    summary = ingest([str(page)], str(db))
    assert summary.unsupported == {"fr": 1}
    assert rows(db, "SELECT lang, coded FROM articles") == [("fr", False)]
    assert rows(db, "SELECT count(*) FROM events")[0][0] == 0


def test_a_killed_run_resumes_and_loses_nothing(tmp_path):
    corpus = SHARED / "corpus" / "id-news" / "indosum-politics-570.jsonl"
    fields = ["--field", "outlet=source"]
    whole = tmp_path / "whole.duckdb"
    assert run_warta("ingest", str(corpus), "--db", str(whole), *fields).returncode == 0
    killed = tmp_path / "killed.duckdb"
    process = subprocess.Popen(
        [sys.executable, "-m", "warta", "ingest", str(corpus), "--db", str(killed), *fields],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(4)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert run_warta("ingest", str(corpus), "--db", str(killed), *fields).returncode == 0
    query = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)"
    assert rows(killed, query) == rows(whole, query)


def test_an_article_mixing_languages_is_coded_paragraph_by_paragraph(tmp_path):
    article = tmp_path / "mixed.txt"
    article.write_text(
        "Menteri Luar Negeri Indonesia Retno Marsudi menemui Menteri Luar Negeri Australia Penny Wong di Jakarta.\n"
        "In a statement, the Australian foreign minister said Australia condemned the missile launch on Monday.\n",
        encoding="utf-8",
    )
    db = tmp_path / "w.duckdb"
    ingest([str(article)], str(db))
    coded = {(line, event, lang) for line, event, lang in rows(db, "SELECT line, event, lang FROM events")}
    assert (1, "CONSULT", "id") in coded and (2, "ACCUSE", "en") in coded
