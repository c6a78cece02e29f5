"""Polling feeds against a real HTTP server on 127.0.0.1: what a news site does, good and bad, on one port."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import SHARED
from warta import __version__
from warta.ingest.base import IngestError, RawDocument
from warta.ingest.feeds import FeedState, Fetcher, FetchSettings, poll

KOMPAS = SHARED / "corpus" / "html-id" / "pages" / "kompas"
FAST = FetchSettings(connect_timeout=2.0, read_timeout=0.3, attempts=2, backoff=0.01, min_interval=0.0)
SLOW_SECONDS = 1.0  # well past FAST.read_timeout
ROBOTS = "User-agent: *\nDisallow: /private/\n"
ETAG, LAST_MODIFIED = '"atom-v1"', "Thu, 19 Oct 2023 03:00:00 GMT"


def page(title: str, text: str) -> bytes:
    return f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><p>{text}</p></body></html>'.encode()


PAGES = {
    "/news/dpr.html": page("DPR panggil Menlu", "DPR memanggil Menteri Luar Negeri pada Kamis."),
    "/news/moved-here.html": page("Demo di Jakarta", "Ribuan buruh berunjuk rasa di depan Istana."),
    "/news/flaky.html": page("Presiden bertemu Lavrov", "Presiden menerima Menlu Rusia Sergei Lavrov."),
    "/news/broken.html": page("KPK tahan bupati", "KPK menahan seorang bupati di Jawa Timur."),
    "/private/secret.html": page("Rahasia", "Halaman yang tidak boleh dirayapi."),
}


def rss(base: str) -> bytes:
    items = [
        ("dpr", "/news/dpr.html", "DPR panggil Menlu", "Thu, 19 Oct 2023 01:30:00 +0700"),
        ("moved", "/moved", "Demo di Jakarta", "Thu, 19 Oct 2023 09:00:00 +0700"),
        ("flaky", "/news/flaky.html", "Presiden bertemu Lavrov", "Thu, 19 Oct 2023 10:00:00 +0700"),
        ("missing", "/news/missing.html", "Berita hilang", "Thu, 19 Oct 2023 11:00:00 +0700"),
        ("broken", "/news/broken.html", "KPK tahan bupati", "Thu, 19 Oct 2023 12:00:00 +0700"),
        ("slow", "/news/slow.html", "Berita lambat", "Thu, 19 Oct 2023 13:00:00 +0700"),
        ("private", "/private/secret.html", "Rahasia", "Thu, 19 Oct 2023 14:00:00 +0700"),
    ]
    xml = "".join(
        f'<item><guid isPermaLink="false">warta-test-{guid}</guid><title>{title}</title>'
        f"<link>{base}{path}</link><pubDate>{date}</pubDate></item>"
        for guid, path, title, date in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Uji</title>{xml}</channel></rss>'.encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kompas Uji</title><id>{base}/atom.xml</id>
<updated>2023-10-19T03:00:00Z</updated>
<entry><title>Polres Lhokseumawe Serahkan Anggota Din Minimi</title><id>tag:kompas,2015:21040031</id>
<link href="/kompas/kompas-singlepage.html"/><updated>2015-11-04T21:04:00+07:00</updated></entry>
<entry><title>Lama</title><id>tag:kompas,2023:lama</id><link href="{base}/news/lama.html"/>
<published>2023-10-19T01:30:00+07:00</published><updated>2023-10-19T02:00:00+07:00</updated></entry>
</feed>""".encode()


@dataclass
class Hit:
    at: float  # time.monotonic() when the request arrived
    path: str
    headers: dict[str, str]


@dataclass
class Site:
    """A small news site; tests change its robots.txt and mend its broken page."""

    base: str = ""
    hits: list[Hit] = field(default_factory=list)
    robots_status: int = 200
    broken_mended: bool = False

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]

    def answer(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            return self.robots_status, {"Content-Type": "text/plain"}, ROBOTS.encode()
        if path == "/rss.xml":
            return 200, {"Content-Type": "application/rss+xml", "ETag": '"rss-v1"'}, rss(self.base)
        if path == "/atom.xml":
            return self.atom(headers)
        if path in ("/news/slow.html", "/slow-feed.xml"):
            time.sleep(SLOW_SECONDS)
        if path == "/moved":
            return 301, {"Location": "/news/moved-here.html"}, b""
        if path == "/loop":
            return 302, {"Location": "/loop"}, b""
        if path == "/news/flaky.html" and self.paths().count(path) == 1:
            return 503, {"Retry-After": "0"}, b"busy"
        if path in ("/broken.html", "/news/broken.html") and not self.broken_mended:
            return 500, html, b"<h1>Internal Server Error</h1>"
        if path == "/news/lama.html":  # an old page: cp1252 bytes, labelled latin-1, no charset in the header
            body = '<meta charset="iso-8859-1"><title>Lama</title><p>“Reformasi” — kata mahasiswa</p>'
            return 200, {"Content-Type": "text/html"}, body.encode("cp1252")
        if path.startswith("/kompas/"):
            return 200, html, (KOMPAS / path.removeprefix("/kompas/")).read_bytes()
        return (200, html, PAGES[path]) if path in PAGES else (404, html, b"<h1>Not Found</h1>")

    def atom(self, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        validators = {"ETag": ETAG, "Last-Modified": LAST_MODIFIED}
        if headers.get("If-None-Match") == ETAG or headers.get("If-Modified-Since") == LAST_MODIFIED:
            return 304, validators, b""
        return 200, {"Content-Type": "application/atom+xml", **validators}, atom(self.base)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        site: Site = self.server.site
        site.hits.append(Hit(time.monotonic(), self.path, dict(self.headers)))
        status, headers, body = site.answer(self.path, dict(self.headers))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # the client gave up on a slow page: expected
        pass


@pytest.fixture
def site():
    server = QuietServer(("127.0.0.1", 0), Handler)
    server.site = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server.site
    server.shutdown()
    server.server_close()


@pytest.fixture
def fetcher():
    with Fetcher(FAST) as fetcher:
        yield fetcher


def errors_by_url(errors: list[IngestError]) -> dict[str, str]:
    return {error.source: error.reason for error in errors}


def test_rss_poll_fetches_new_items_and_reports_each_failure(site, fetcher):
    documents, errors, _ = poll(fetcher, FeedState(f"{site.base}/rss.xml"))

    assert [doc.url for doc in documents] == [
        f"{site.base}/news/dpr.html",
        f"{site.base}/news/moved-here.html",  # the final URL, after the redirect
        f"{site.base}/news/flaky.html",  # 503 once, then fine on the retry
    ]
    dpr = documents[0]
    assert isinstance(dpr, RawDocument) and dpr.kind == "html" and "memanggil Menteri" in dpr.body
    # 01:30 in Jakarta is still the 18th in UTC: the outlet's own date is kept
    assert dpr.meta == {
        "id": "warta-test-dpr",
        "title": "DPR panggil Menlu",
        "date": "2023-10-19",
        "outlet": "Kabar Uji",
        "feed": f"{site.base}/rss.xml",
    }
    assert documents[1].source == f"{site.base}/moved"
    reasons = errors_by_url(errors)
    assert reasons.keys() == {f"{site.base}/news/{name}.html" for name in ("missing", "broken", "slow")} | {
        f"{site.base}/private/secret.html"
    }
    assert reasons[f"{site.base}/news/missing.html"] == "HTTP 404 Not Found"
    assert reasons[f"{site.base}/news/broken.html"] == "HTTP 500 Internal Server Error (after 2 attempts)"
    assert reasons[f"{site.base}/news/slow.html"] == "timed out waiting for the response (0.3 s) (after 2 attempts)"
    assert reasons[f"{site.base}/private/secret.html"] == "disallowed by robots.txt"
    assert all("\n" not in str(error) for error in errors)
    assert "/private/secret.html" not in site.paths()  # robots.txt is obeyed before asking
    assert site.paths().count("/robots.txt") == 1  # and read once per host
    assert site.paths().count("/news/broken.html") == 2
    assert site.paths().count("/news/flaky.html") == 2


def test_transient_failures_are_retried_on_the_next_poll(site, fetcher):
    _, _, state = poll(fetcher, FeedState(f"{site.base}/rss.xml"))
    ids = {f"warta-test-{name}" for name in ("dpr", "moved", "flaky", "missing", "private")}
    assert state.seen == ids  # 404 and robots.txt are final; 500 and timeouts are not
    assert state.etag is None  # so the feed is read in full next time, not answered with 304

    site.broken_mended = True
    documents, errors, state = poll(fetcher, state)

    assert [doc.meta["title"] for doc in documents] == ["KPK tahan bupati"]
    assert [error.source for error in errors] == [f"{site.base}/news/slow.html"]
    assert state.seen == ids | {"warta-test-broken"}
    assert site.paths().count("/news/dpr.html") == 1  # seen items are not fetched again


def test_atom_poll_then_conditional_get_answers_304_with_nothing_new(site, fetcher):
    documents, errors, state = poll(fetcher, FeedState(f"{site.base}/atom.xml"))

    assert errors == []
    kompas, lama = documents
    assert kompas.url == f"{site.base}/kompas/kompas-singlepage.html"  # a relative link, resolved
    assert kompas.meta["outlet"] == "Kompas Uji" and kompas.meta["date"] == "2015-11-04"
    assert "Lhokseumawe" in kompas.body
    assert lama.meta["date"] == "2023-10-19"  # published, not updated
    assert "“Reformasi” — kata" in lama.body  # labelled latin-1, read as cp1252 like a browser does
    assert (state.etag, state.last_modified) == (ETAG, LAST_MODIFIED)
    assert state.seen == {"tag:kompas,2015:21040031", "tag:kompas,2023:lama"}

    again = poll(fetcher, state)

    assert again == ([], [], state)
    conditional = site.hits[-1]
    assert conditional.path == "/atom.xml" and conditional.headers["If-None-Match"] == ETAG
    assert conditional.headers["If-Modified-Since"] == LAST_MODIFIED


@pytest.mark.parametrize("path, reason", [("/broken.html", "HTTP 500"), ("/slow-feed.xml", "timed out")])
def test_a_failing_feed_is_one_error_and_leaves_the_state_alone(site, fetcher, path, reason):
    state = FeedState(f"{site.base}{path}", etag='"old"', seen={"earlier-item"})

    documents, errors, new_state = poll(fetcher, state)

    assert documents == [] and new_state == state
    assert len(errors) == 1 and errors[0].source == state.url and errors[0].reason.startswith(reason)


def test_a_page_that_is_not_a_feed_is_one_error(site, fetcher):
    state = FeedState(f"{site.base}/news/dpr.html")

    documents, errors, new_state = poll(fetcher, state)

    assert documents == [] and new_state == state
    assert [error.source for error in errors] == [state.url]
    assert errors[0].reason.startswith("not an RSS or Atom feed (")


def test_rate_limit_spaces_requests_to_one_host(site):
    with Fetcher(FetchSettings(read_timeout=2.0, min_interval=0.2)) as fetcher:
        fetcher.get(f"{site.base}/news/dpr.html")
        fetcher.get(f"{site.base}/news/moved-here.html")

    arrivals = [hit.at for hit in site.hits]
    assert [hit.path for hit in site.hits] == ["/robots.txt", "/news/dpr.html", "/news/moved-here.html"]
    assert arrivals[2] - arrivals[1] >= 0.2
    assert arrivals[1] - arrivals[0] >= 0.2  # robots.txt counts as a request too


def test_every_request_says_who_we_are(site, fetcher):
    poll(fetcher, FeedState(f"{site.base}/atom.xml"))

    honest = f"warta/{__version__} (+political event coder; research use)"
    assert {hit.headers["User-Agent"] for hit in site.hits} == {honest}
    assert len(site.hits) == 4  # robots.txt, the feed, two pages


def test_robots_txt_that_404s_allows_everything(site, fetcher):
    site.robots_status = 404

    response = fetcher.get(f"{site.base}/private/secret.html")

    assert response.status_code == 200 and "/private/secret.html" in site.paths()


def test_robots_txt_that_5xxs_disallows_the_host_for_now(site, fetcher):
    site.robots_status = 503

    first = fetcher.get(f"{site.base}/news/dpr.html")
    second = fetcher.get(f"{site.base}/news/moved-here.html")

    assert (
        isinstance(first, IngestError)
        and first.reason
        == "robots.txt unreachable, so treated as disallowed: HTTP 503 Service Unavailable (after 2 attempts)"
    )
    assert isinstance(second, IngestError)
    assert site.paths() == ["/robots.txt", "/robots.txt"]  # 2 attempts, then cached: no page was asked for


def test_redirects_are_bounded(site):
    with Fetcher(FetchSettings(read_timeout=2.0, min_interval=0.0, max_redirects=3)) as fetcher:
        error = fetcher.get(f"{site.base}/loop")

    assert error == IngestError(f"{site.base}/loop", f"more than 3 redirects (last to {site.base}/loop)")
    assert site.paths().count("/loop") == 4


def test_feed_state_round_trips_through_json():
    state = FeedState("https://example.org/rss", etag='W/"abc"', last_modified=LAST_MODIFIED, seen={"b", "a"})

    stored = json.dumps(state.to_dict())

    assert json.loads(stored)["seen"] == ["a", "b"]
    assert FeedState.from_dict(json.loads(stored)) == state
    assert FeedState.from_dict({"url": "https://example.org/rss"}) == FeedState("https://example.org/rss")
