"""`warta extract`, `warta feeds add/poll` and `warta events` as a user runs them."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest

from conftest import SAMPLES, SHARED, run_warta

PAGES = SHARED / "corpus" / "html-id" / "pages"


def test_extract_prints_main_text_and_metadata():
    page = next(PAGES.rglob("kompas-singlepage.html"))
    result = run_warta("extract", str(page), "--format", "json")
    assert result.returncode == 0, result.stderr
    (record,) = json.loads(result.stdout)
    assert set(record) == {"path", "url", "title", "date", "lang", "outlet", "text"}
    assert record["lang"] == "id" and len(record["text"]) > 500 and record["title"]


ARTICLE = (
    "<html><head><title>{title}</title></head><body><nav>Beranda | Politik</nav><article><h1>{title}</h1>"
    "<p>Menteri Luar Negeri Indonesia Retno Marsudi menemui Menteri Luar Negeri Jepang di Tokyo pada hari "
    "Selasa untuk membahas kerja sama maritim kedua negara.</p><p>{extra}</p></article></body></html>"
)
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Uji</title><link>{base}/</link>'
    "<item><title>Satu</title><link>{base}/a.html</link><guid>a</guid>"
    "<pubDate>Tue, 14 May 2024 08:00:00 +0700</pubDate></item>"
    "<item><title>Dua</title><link>{base}/missing.html</link><guid>b</guid></item>"
    "</channel></rss>"
)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        base = f"http://127.0.0.1:{self.server.server_port}"
        body, kind = None, "text/html; charset=utf-8"
        if self.path == "/feed.xml":
            body, kind = RSS.format(base=base).encode(), "application/rss+xml"
        elif self.path == "/a.html":
            extra = "Kedua menteri juga menandatangani perjanjian keamanan maritim setelah pertemuan itu."
            body = ARTICLE.format(title="Retno bertemu Menlu Jepang", extra=extra).encode()
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", kind)
        self.end_headers()
        self.wfile.write(body or b"not here")

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_feeds_add_then_poll_ingests_new_items_and_reports_failures(server, tmp_path):
    db = tmp_path / "w.duckdb"
    assert run_warta("feeds", "add", f"{server}/feed.xml", "--db", str(db)).returncode == 0
    first = run_warta("feeds", "poll", "--db", str(db))
    assert first.returncode == 1  # one item answered 404
    assert "missing.html: HTTP 404" in first.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM events WHERE event = 'CONSULT'").fetchone()[0] >= 1
    second = run_warta("feeds", "poll", "--db", str(db))
    assert "new 0" in second.stderr


def test_events_filters_the_store(tmp_path):
    db = tmp_path / "w.duckdb"
    assert run_warta("ingest", str(SAMPLES), "--db", str(db)).returncode == 0
    every = [json.loads(x) for x in run_warta("events", "--db", str(db), "--format", "jsonl").stdout.splitlines()]
    assert every
    russia = [json.loads(x) for x in run_warta("events", "--db", str(db), "--actor", "RUS").stdout.splitlines()]
    assert russia and all("RUS" in [a["code"] for a in r["actor"]] for r in russia)
    since = run_warta("events", "--db", str(db), "--since", "2024-06-01", "--type", "SANCTION", "--format", "csv")
    assert since.returncode == 0 and "SANCTION" in since.stdout
    assert run_warta("events", "--db", str(tmp_path / "none.duckdb")).returncode == 2


def test_every_command_has_help():
    for command in (["ingest"], ["extract"], ["feeds", "add"], ["feeds", "poll"], ["events"], ["eval"], ["agree"]):
        result = run_warta(*command, "--help")
        assert result.returncode == 0 and "Usage" in result.stdout, command
