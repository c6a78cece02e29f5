"""read_sources: every reader on real files made in tmp_path, and every kind of bad input.

The news pages come from ../shared/corpus/html-id/pages and are read in place or packed into
tmp_path by bench/make_warc.py; the short texts below are written for these tests.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import ROOT, SHARED
from warta.ingest import sources
from warta.ingest.base import MAX_TEXT_CHARS, IngestError, RawDocument
from warta.ingest.sources import read_sources

PAGES = SHARED / "corpus" / "html-id" / "pages"
ARTICLE = "Menteri Luar Negeri Retno Marsudi bertemu Sergei Lavrov di Jakarta pada Kamis.\n"
ARTICLE_EN = "Foreign Minister Retno Marsudi met Sergei Lavrov in Jakarta on Thursday.\n"


def read(*paths: Path | str, **kwargs) -> list[RawDocument | IngestError]:
    return list(read_sources([str(path) for path in paths], **kwargs))


def errors(items: list) -> list[tuple[str, str]]:
    return [(item.source, item.reason) for item in items if isinstance(item, IngestError)]


def documents(items: list) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def jsonl(*records: dict | str) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records).encode("utf-8")


@pytest.fixture(scope="session")
def crawl(tmp_path_factory) -> Path:
    """The 36 shared pages as a WARC.gz, written by bench/make_warc.py as a user runs it."""
    out = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_warc.py"), str(out)], check=True, capture_output=True)
    return out


def write_warc(path: Path, records: list[tuple], gzipped: bool = True) -> None:
    """A WARC of (record type, URI, Content-Type, body[, HTTP status]): responses get an HTTP header, 200 OK."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        for rec_type, uri, content_type, body, *status in records:
            http = None
            if rec_type == "response":
                http = StatusAndHeaders(
                    status[0] if status else "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
                )
            record = writer.create_warc_record(
                uri,
                rec_type,
                payload=io.BytesIO(body),
                http_headers=http,
                warc_content_type=None if http else content_type,
                warc_headers_dict={"WARC-Date": "2023-10-19T08:30:00Z"},
            )
            writer.write_record(record)


# --- plain text and HTML ------------------------------------------------------------------------------


def test_a_text_file_is_one_article(tmp_path):
    path = tmp_path / "lavrov.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    [doc] = read(path)

    assert doc == RawDocument(source=str(path), body=ARTICLE, kind="text")


def test_an_html_file_is_kept_as_html(tmp_path):
    page = PAGES / "kompas" / "kompas-singlepage.html"

    [doc] = read(page)

    assert doc.kind == "html"
    assert doc.source == str(page)
    assert doc.body == page.read_bytes().decode("utf-8")
    assert doc.notes == []


def test_a_folder_is_read_recursively_sorted_with_only_known_suffixes(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE)
    (tmp_path / "a" / "1.html").write_text("<p>" + ARTICLE + "</p>")
    (tmp_path / "a" / "0.jsonl").write_bytes(jsonl({"id": "x", "text": ARTICLE_EN}))
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (tmp_path / "notes.md").write_text("not news")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")

    items = read(tmp_path)

    assert [item.source for item in items] == [
        f"{tmp_path}/a/0.jsonl#line1",
        f"{tmp_path}/a/1.html",
        f"{tmp_path}/b/2.txt",
        f"{tmp_path}/c.txt.gz",
    ]
    assert [item.kind for item in items] == ["text", "html", "text", "text"]


def test_a_file_named_without_a_known_suffix_is_told_apart_by_its_first_character(tmp_path):
    (tmp_path / "article").write_text(ARTICLE)
    (tmp_path / "page.php").write_text(f"<p>{ARTICLE}</p>")
    (tmp_path / "export.json").write_bytes(jsonl({"id": "1", "text": ARTICLE}))

    items = read(tmp_path / "article", tmp_path / "page.php", tmp_path / "export.json")

    assert [(item.source.removeprefix(f"{tmp_path}/"), item.kind) for item in items] == [
        ("article", "text"),
        ("page.php", "html"),
        ("export.json#line1", "text"),
    ]


def test_a_folder_without_news_files_is_an_error(tmp_path):
    (tmp_path / "notes.md").write_text("not news")

    assert errors(read(tmp_path)) == [
        (str(tmp_path), "no .txt, .html, .htm, .jsonl, .warc files (or their .gz) in this folder")
    ]


def test_the_shared_pages_all_read_as_utf8_html():
    items = read(PAGES)

    assert errors(items) == []
    assert len(items) == 36
    assert {doc.kind for doc in items} == {"html"}
    # kapanlagi.com pages declare iso-8859-1 but were saved as UTF-8: the bytes win over the label
    assert all(doc.notes == [] for doc in items)


# --- encodings ------------------------------------------------------------------------------------------


def test_a_cp1252_file_decodes_with_the_right_characters(tmp_path):
    text = "Presiden \u201cmenolak\u201d usulan itu \u2013 kata Jos\u00e9, naïf \u20ac5 juta.\n"
    path = tmp_path / "lama.txt"
    path.write_bytes(text.encode("cp1252"))

    [doc] = read(path)

    assert doc.body == text
    assert doc.notes == ["decoded as cp1252"]


def test_a_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())

    [doc] = read(path)

    assert doc.body == ARTICLE
    assert doc.notes == []


def test_an_html_meta_charset_is_honoured(tmp_path):
    page = '<html><head><meta charset="iso-8859-2"></head><body><p>Wa\u0142\u0119sa w \u0141odzi</p></body></html>'
    path = tmp_path / "polska.html"
    path.write_bytes(page.encode("iso-8859-2"))

    [doc] = read(path)

    assert doc.body == page
    assert doc.notes == ["decoded as iso8859-2"]


def test_an_http_equiv_charset_in_an_old_page_is_honoured(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>\u201cKami menolak,\u201d ujar Men\u00adteri.</p></body></html>"
    )
    path = tmp_path / "lama.htm"
    path.write_bytes(page.encode("cp1252"))

    [doc] = read(path)

    assert doc.body == page
    assert doc.notes == ["decoded as cp1252"]


# --- JSONL ----------------------------------------------------------------------------------------------


def test_jsonl_records_carry_their_meta(tmp_path):
    path = tmp_path / "articles.jsonl"
    record = {
        "id": 7,
        "text": ARTICLE,
        "date": "2023-10-19",
        "lang": "id",
        "url": "https://tempo.co/a",
        "title": "Lavrov di Jakarta",
        "outlet": "Tempo",
        "extra": "ignored",
    }
    path.write_bytes(jsonl(record, {"id": "h", "text": "<p>" + ARTICLE_EN + "</p>"}))

    first, second = read(path)

    assert first == RawDocument(
        source=f"{path}#line1",
        body=ARTICLE,
        kind="text",
        url="https://tempo.co/a",
        meta={
            "id": "7",
            "date": "2023-10-19",
            "lang": "id",
            "url": "https://tempo.co/a",
            "title": "Lavrov di Jakarta",
            "outlet": "Tempo",
        },
    )
    assert (second.source, second.kind, second.meta) == (f"{path}#line2", "html", {"id": "h"})


def test_jsonl_field_names_can_be_configured(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(jsonl({"doc_id": "a1", "content": ARTICLE, "published": "2023-10-19", "text": "not this"}))

    [doc] = read(path, fields={"id": "doc_id", "text": "content", "date": "published"})

    assert doc.body == ARTICLE
    assert doc.meta == {"id": "a1", "date": "2023-10-19"}


def test_bad_jsonl_lines_are_one_error_each_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        jsonl(
            {"id": "1", "text": ARTICLE},
            '{"id": "2", "text": "unfinished',
            {"id": "3", "body": ARTICLE},
            "",
            {"id": "5", "text": "   "},
            '["not", "an", "object"]',
            {"id": "7", "text": 42},
            {"id": "8", "text": ARTICLE_EN},
        )
    )

    items = read(path)

    assert [doc.meta["id"] for doc in documents(items)] == ["1", "8"]
    assert errors(items) == [
        (f"{path}#line2", "invalid JSON: Unterminated string starting at (column 21)"),
        (f"{path}#line3", "no 'text' field"),
        (f"{path}#line5", "empty text"),
        (f"{path}#line6", "not a JSON object but a list"),
        (f"{path}#line7", "the 'text' field is not a string"),
    ]


def test_a_jsonl_line_too_long_to_hold_is_skipped_with_one_error(tmp_path):
    path = tmp_path / "long.jsonl"
    monster = '{"id": "2", "text": "' + "a" * sources.MAX_LINE_BYTES + '"}'
    path.write_bytes(jsonl({"id": "1", "text": ARTICLE}, monster, {"id": "3", "text": ARTICLE}))

    items = read(path)

    assert [doc.meta["id"] for doc in documents(items)] == ["1", "3"]
    assert errors(items) == [(f"{path}#line2", "line over 21,000,004 bytes, skipped")]


def test_a_jsonl_line_in_cp1252_is_decoded(tmp_path):
    path = tmp_path / "old.jsonl"
    path.write_bytes('{"id": "1", "text": "Caf\u00e9 \u201cMerdeka\u201d ditutup."}\n'.encode("cp1252"))

    [doc] = read(path)

    assert doc.body == "Caf\u00e9 \u201cMerdeka\u201d ditutup."
    assert doc.notes == ["decoded as cp1252"]


# --- WARC -----------------------------------------------------------------------------------------------


def test_a_warc_gz_yields_its_html_responses(crawl):
    items = read(crawl)

    assert errors(items) == []
    assert len(items) == 36
    first = items[1]
    assert first.kind == "html"
    assert first.url == "http://www.antaranews.com/berita/527615/29-penerbangan-bandara-internasional-lombok-dibatalkan"
    assert first.meta == {"url": first.url, "date": "2015-11-05"}
    assert first.body == (PAGES / "antara" / "antara-singlepage.html").read_text(encoding="utf-8")
    assert first.source.startswith(f"{crawl}#")
    assert int(first.source.rsplit("#", 1)[1]) > int(items[0].source.rsplit("#", 1)[1])


def test_warc_records_that_are_not_html_responses_are_skipped(tmp_path):
    path = tmp_path / "mixed.warc"
    write_warc(
        path,
        [
            ("response", "https://tempo.co/robots.txt", "text/plain", b"User-agent: *\n"),
            ("resource", "https://tempo.co/a", "text/html", b"<p>resource, not a response</p>"),
            ("response", "https://tempo.co/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00"),
            ("response", "https://tempo.co/old", "text/html", b"<p>Moved</p>", "301 Moved Permanently"),
            ("response", "https://tempo.co/gone", "text/html", b"<p>Not found</p>", "404 Not Found"),
            ("response", "https://tempo.co/b", "text/html; charset=utf-8", f"<p>{ARTICLE}</p>".encode()),
            ("metadata", "https://tempo.co/b", "application/warc-fields", b"via: https://tempo.co/\r\n"),
        ],
        gzipped=False,
    )

    [doc] = read(path)

    assert (doc.url, doc.kind, doc.body, doc.meta["date"]) == (
        "https://tempo.co/b",
        "html",
        f"<p>{ARTICLE}</p>",
        "2023-10-19",
    )


def test_a_warc_response_in_cp1252_follows_its_http_charset(tmp_path):
    path = tmp_path / "old.warc.gz"
    body = "<p>\u201cKami menolak,\u201d ujar Menteri.</p>"
    write_warc(path, [("response", "https://old.example/", "text/html; charset=windows-1252", body.encode("cp1252"))])

    [doc] = read(path)

    assert (doc.body, doc.notes) == (body, ["decoded as cp1252"])


def test_a_bad_warc_record_is_one_error_and_the_next_records_come_through(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            ("response", "https://news.example/empty", "text/html", b""),
            ("response", "https://news.example/binary", "text/html", b"\x00\x01\x02" * 100),
            ("response", "https://news.example/ok", "text/html", f"<p>{ARTICLE}</p>".encode()),
        ],
    )

    items = read(path)

    assert [item.reason for item in items[:2]] == ["empty text", "binary file, not text (NUL bytes)"]
    assert items[2].url == "https://news.example/ok"


def test_a_warc_gzipped_whole_instead_of_record_by_record_is_one_error(tmp_path):
    plain = tmp_path / "crawl.warc"
    write_warc(
        plain,
        [("response", f"https://news.example/{n}", "text/html", b"<p>berita</p>") for n in range(3)],
        gzipped=False,
    )
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))

    items = read(whole)

    assert [doc.url for doc in documents(items)] == ["https://news.example/0"]  # warcio finds out at the second
    assert errors(items) == [
        (str(whole), "damaged WARC: a WARC.gz must be gzipped record by record (fix it with `warcio recompress`)")
    ]


def test_a_truncated_warc_gz_yields_its_first_records_then_one_error(crawl, tmp_path):
    whole = read(crawl)
    sixth = int(whole[5].source.rsplit("#", 1)[1])  # cut inside the sixth response
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(crawl.read_bytes()[: sixth + 3000])

    items = read(cut)

    assert [doc.body for doc in items[:-1]] == [doc.body for doc in whole[:5]]
    assert [(item.source, item.reason) for item in items[-1:]] == [
        (f"{cut}#{sixth}", "truncated WARC: the record ends before its Content-Length")
    ]


def test_a_truncated_plain_warc_yields_its_first_records_then_one_error(tmp_path):
    path = tmp_path / "cut.warc"
    write_warc(
        path,
        [("response", f"https://news.example/{n}", "text/html", f"<p>{n} {ARTICLE}</p>".encode()) for n in range(3)],
        gzipped=False,
    )
    path.write_bytes(path.read_bytes()[:-40])

    items = read(path)

    assert [doc.url for doc in documents(items)] == ["https://news.example/0", "https://news.example/1"]
    [(source, reason)] = errors(items)
    assert source.startswith(f"{path}#") and reason == "truncated WARC: the record ends before its Content-Length"


def test_a_warc_gz_damaged_midway_is_one_error(crawl, tmp_path):
    data = bytearray(crawl.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(bytes(data))

    items = read(damaged)

    assert [doc.body for doc in items[:-1]] == [doc.body for doc in read(crawl)[:20]]
    [(source, reason)] = errors(items)
    assert source.startswith(f"{damaged}#") and reason == "damaged WARC.gz: incorrect data check"


# --- gzip -----------------------------------------------------------------------------------------------


def test_gzip_of_text_html_and_jsonl(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(f"<p>{ARTICLE}</p>".encode()))
    (tmp_path / "c.jsonl.gz").write_bytes(
        gzip.compress(jsonl({"id": "1", "text": ARTICLE}, {"id": "2", "text": ARTICLE_EN}))
    )

    items = read(tmp_path)

    assert [(item.source.removeprefix(f"{tmp_path}/"), item.kind, item.body) for item in items] == [
        ("a.txt.gz", "text", ARTICLE),
        ("b.html.gz", "html", f"<p>{ARTICLE}</p>"),
        ("c.jsonl.gz#line1", "text", ARTICLE),
        ("c.jsonl.gz#line2", "text", ARTICLE_EN),
    ]


def test_a_truncated_jsonl_gz_yields_its_first_records_then_one_error(tmp_path):
    lines = jsonl(*({"id": str(n), "text": f"{n} {ARTICLE}"} for n in range(2000)))
    packed = gzip.compress(lines)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])

    items = read(path)

    assert len(items) > 10
    assert [doc.meta["id"] for doc in items[:-1]] == [str(n) for n in range(len(items) - 1)]
    assert errors(items) == [(str(path), "truncated gzip: the file ends before the end of its compressed stream")]


def test_a_truncated_txt_gz_is_one_error(tmp_path):
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode() * 50)[:-12])

    assert errors(read(path)) == [(str(path), "truncated gzip: the file ends before the end of its compressed stream")]


def test_a_gz_that_is_not_gzip_is_one_error(tmp_path):
    path = tmp_path / "plain.txt.gz"
    path.write_text(ARTICLE)

    assert errors(read(path)) == [(str(path), "damaged gzip: Not a gzipped file (b'Me')")]


# --- bad input ------------------------------------------------------------------------------------------


def test_bad_files_are_one_error_each_and_the_good_ones_come_through(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.html").write_text("  \n\t\n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "controls.txt").write_bytes(bytes(range(1, 9)) * 20)
    (tmp_path / "empty.jsonl").write_text("\n\n")

    items = read(tmp_path / "missing.txt", tmp_path, good)

    assert errors(items) == [
        (f"{tmp_path}/missing.txt", "no such file or directory"),
        (f"{tmp_path}/binary.txt", "binary file, not text (NUL bytes)"),
        (f"{tmp_path}/blank.html", "empty text"),
        (f"{tmp_path}/controls.txt", "binary file, not text (control bytes)"),
        (f"{tmp_path}/empty.jsonl", "empty text"),
        (f"{tmp_path}/empty.txt", "empty file"),
    ]
    assert [doc.source for doc in documents(items)] == [str(good), str(good)]


def test_an_unreadable_file_is_one_error(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE)
    locked.chmod(0)

    def deny(path, mode="r", *args, **kwargs):  # root reads any file: refuse as the OS refuses a user
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, mode, *args, **kwargs)

    monkeypatch.setattr(sources, "open", deny, raising=False)

    assert errors(read(locked)) == [(str(locked), "unreadable: permission denied")]


def test_huge_text_is_truncated_with_a_note(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_TEXT_CHARS + 10))

    [doc] = read(path)

    assert len(doc.body) == MAX_TEXT_CHARS
    assert doc.notes == ["truncated to 5,000,000 characters"]


def test_a_huge_jsonl_text_is_truncated_with_a_note(tmp_path):
    path = tmp_path / "huge.jsonl"
    path.write_bytes(jsonl({"id": "big", "text": "kata " * (MAX_TEXT_CHARS // 4)}, {"id": "small", "text": ARTICLE}))

    big, small = read(path)

    assert (len(big.body), big.notes) == (MAX_TEXT_CHARS, ["truncated to 5,000,000 characters"])
    assert small.notes == []


# --- stdin ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kinds"),
    [
        (jsonl({"id": "1", "text": ARTICLE}, {"id": "2", "text": ARTICLE_EN}), ["text", "text"]),
        (f"  <html><body><p>{ARTICLE}</p></body></html>".encode(), ["html"]),
        (ARTICLE.encode(), ["text"]),
        (gzip.compress(ARTICLE.encode()), ["text"]),
    ],
    ids=["jsonl", "html", "text", "gzip"],
)
def test_stdin_is_told_apart_by_its_first_character(monkeypatch, data, kinds):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))

    items = read("-")

    assert [doc.kind for doc in items] == kinds
    assert items[0].source.startswith("<stdin>")


def test_stdin_can_be_a_warc(monkeypatch, crawl):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(crawl.read_bytes())))

    items = read("-")

    assert len(documents(items)) == 36 and errors(items) == []


def test_a_text_only_stdin_is_read(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))

    assert read("-") == [RawDocument(source="<stdin>", body=ARTICLE, kind="text")]


def test_an_empty_stdin_is_one_error(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))

    assert errors(read("-")) == [("<stdin>", "empty file")]


# --- streaming ------------------------------------------------------------------------------------------


def peak_memory_while_reading(path: Path) -> tuple[int, int]:
    """(documents read, peak bytes allocated) while iterating, holding one document at a time."""
    count = 0
    tracemalloc.start()
    try:
        for _ in read_sources([str(path)]):
            count += 1
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_10x_warc_streams_record_by_record(crawl, tmp_path):
    big = tmp_path / "crawl10.warc.gz"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_warc.py"), str(big), "--repeat", "10"], check=True)

    count, peak = peak_memory_while_reading(crawl)
    count10, peak10 = peak_memory_while_reading(big)

    assert (count, count10) == (36, 360)  # 3 MB and 30 MB of HTML, the largest page 0.3 MB
    assert peak10 < 1.5 * peak  # memory does not grow with the file
    assert peak10 < 8_000_000


def test_a_large_jsonl_streams_line_by_line(tmp_path):
    path = tmp_path / "big.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for n in range(3000):
            out.write(json.dumps({"id": str(n), "text": f"{n} " + ARTICLE * 120}) + "\n")

    count, peak = peak_memory_while_reading(path)

    assert count == 3000  # 30 MB of text, 10 kB a record
    assert peak < 8_000_000


# --- never raises ---------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), name=st.sampled_from(["a.txt", "a.jsonl", "a.html", "a.txt.gz", "a.warc"]))
def test_arbitrary_bytes_never_raise(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    packed = tmp_path / ("packed-" + name.removesuffix(".gz") + ".gz")
    packed.write_bytes(gzip.compress(data))

    for item in read(path, packed):
        assert isinstance(item, RawDocument | IngestError)
        assert "\n" not in getattr(item, "reason", "")
        assert len(getattr(item, "body", "")) <= MAX_TEXT_CHARS


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(
        st.one_of(
            st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=80),
            st.dictionaries(st.sampled_from(["id", "text", "url"]), st.one_of(st.text(), st.integers(), st.none())),
        )
    )
)
def test_arbitrary_jsonl_lines_give_one_item_each(tmp_path, lines):
    path = tmp_path / "fuzz.jsonl"
    encoded = [json.dumps(line) if isinstance(line, dict) else line for line in lines]
    path.write_text("".join(line + "\n" for line in encoded), encoding="utf-8")

    items = read(path)

    non_blank = [line for line in encoded if line.encode().strip()]  # blank lines are skipped
    assert len(items) == (len(non_blank) or 1)
