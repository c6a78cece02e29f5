"""Write a WARC.gz crawl of the saved news pages in ../shared/corpus/html-id/pages (36 pages).

    .venv/bin/python bench/make_warc.py OUT.warc.gz [--repeat N]

Each page becomes a request record and an HTTP 200 response record (text/html), after one warcinfo
record, as a crawler writes them. The URI and date come from the corpus's expected.jsonl (front pages
get their site's root URL); with --repeat N every page is written N times, copy k under "?copy=k", so
a 10x larger file tests that readers stream. Nothing is copied into the repo: the WARC goes to OUT.
"""

from __future__ import annotations

import argparse
import io
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SHARED = Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus" / "html-id"
FALLBACK_DATE = "2016-02-23T00:00:00Z"


def saved_pages(corpus: Path = CORPUS) -> list[tuple[Path, str, str]]:
    """(page file, URI, WARC-Date) for every saved page, sorted by file path."""
    known = {}
    for line in (corpus / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        known[Path(entry["fixture"]).name] = (page_uri(entry), warc_date(entry.get("date")))
    pages = sorted((corpus / "pages").rglob("*.html"))
    return [
        (page, *known.get(page.name, (f"http://{page.parent.name}.example/{page.name}", FALLBACK_DATE)))
        for page in pages
    ]


def page_uri(entry: dict) -> str:
    """The article's URL, or for a front page the root of the site its first links point to."""
    if entry.get("url"):
        return entry["url"]
    first = urlsplit(entry["expected_first_urls"][0])
    return f"{first.scheme}://{first.netloc}/"


def warc_date(epoch_ms: int | None) -> str:
    if not epoch_ms:
        return FALLBACK_DATE
    return datetime.fromtimestamp(epoch_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_warc(out: Path, repeat: int = 1, corpus: Path = CORPUS) -> int:
    """Write the crawl to `out` (gzipped record by record); returns the number of response records."""
    pages = saved_pages(corpus)
    with open(out, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(out.name, {"software": "warta bench/make_warc.py"}))
        for copy in range(repeat):
            for page, uri, date in pages:
                copy_uri = uri if copy == 0 else f"{uri}{'&' if '?' in uri else '?'}copy={copy}"
                write_exchange(writer, copy_uri, date, page.read_bytes())
    return repeat * len(pages)


def write_exchange(writer: WARCWriter, uri: str, date: str, body: bytes) -> None:
    """A GET request and its 200 text/html response."""
    host = urlsplit(uri).netloc
    path = uri.split(host, 1)[1] or "/"
    request = StatusAndHeaders(f"GET {path} HTTP/1.1", [("Host", host)], is_http_request=True)
    writer.write_record(
        writer.create_warc_record(uri, "request", http_headers=request, warc_headers_dict={"WARC-Date": date})
    )
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))], protocol="HTTP/1.1"
    )
    writer.write_record(
        writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the WARC.gz to write")
    parser.add_argument("--repeat", type=int, default=1, help="write every page N times, with distinct URIs")
    args = parser.parse_args()
    count = write_warc(args.out, args.repeat)
    print(f"{args.out}: {count} responses, {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
