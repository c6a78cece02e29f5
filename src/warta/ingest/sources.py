"""Readers for news on disk and on stdin: text, HTML, JSONL, WARC, the gzip of each, and folders of them.

    for item in read_sources(["crawl.warc.gz", "articles.jsonl", "pages/", "-"]):
        ...  # a RawDocument, or an IngestError with a one-line reason

Everything streams: a WARC or a JSONL file is read record by record and a single document is read
up to the bytes needed for MAX_TEXT_CHARS characters, so memory stays flat whatever the input size.
Bad input never raises: a missing, unreadable, binary, empty or damaged input, or a bad JSONL line,
becomes one IngestError and the batch goes on.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterator
from contextlib import redirect_stderr
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes
from charset_normalizer.utils import is_multi_byte_encoding
from warcio.archiveiterator import ArchiveIterator

from warta.ingest.base import MAX_TEXT_CHARS, IngestError, RawDocument

Item = RawDocument | IngestError

DEFAULT_FIELDS = {key: key for key in ("id", "text", "date", "lang", "url", "title", "outlet")}
META_KEYS = ("id", "date", "lang", "url", "title", "outlet")
FORMATS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".warc": "warc"}
TRUNCATED_NOTE = f"truncated to {MAX_TEXT_CHARS:,} characters"

MAX_BODY_BYTES = 4 * MAX_TEXT_CHARS + 4  # always enough bytes for more than MAX_TEXT_CHARS characters
MAX_LINE_BYTES = MAX_BODY_BYTES + 1_000_000  # a JSONL record: its text plus the other fields
SNIFF_BYTES = 8192  # read first to tell empty, binary and (for stdin) the format
DETECT_BYTES = 1_000_000  # charset detection looks at this much
GZIP_MAGIC = b"\x1f\x8b"
STDIN = "<stdin>"
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
BINARY_CONTROLS = frozenset(range(32)) - frozenset(b"\t\n\v\f\r\x1b")
META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# WHATWG: pages labelled Latin-1 or ASCII are read as windows-1252 (its superset) by every browser.
WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def read_sources(paths: list[str], fields: dict[str, str] | None = None) -> Iterator[Item]:
    """Every document in `paths`, in order: files, folders (recursive, sorted) and "-" for stdin.

    `fields` renames JSONL fields, e.g. {"text": "body", "date": "published"}; the rest keep their names.
    """
    fields = {**DEFAULT_FIELDS, **(fields or {})}
    for path in paths:
        yield from _read_path(path, fields)


def _read_path(path: str, fields: dict[str, str]) -> Iterator[Item]:
    if path == "-":
        yield from _read_stdin(fields)
    elif os.path.isdir(path):
        yield from _read_folder(Path(path), fields)
    elif not os.path.lexists(path):
        yield IngestError(path, "no such file or directory")
    else:
        yield from _read_file(path, format_of(path), fields)


# Gold annotations beside their articles (docs/annotation.md) are not articles.
GOLD_SUFFIXES = (".events.jsonl", ".events.jsonl.gz")


def format_of(path: str) -> str | None:
    """The format a path's suffix names (".gz" aside): text, html, jsonl or warc; None for any other suffix."""
    name = path.lower().removesuffix(".gz")
    return FORMATS.get(os.path.splitext(name)[1])


def _read_folder(folder: Path, fields: dict[str, str]) -> Iterator[Item]:
    found = False
    for entry in _files_in(folder):
        if isinstance(entry, IngestError):
            yield entry
        else:
            found = True
            yield from _read_file(entry, format_of(entry), fields)
    if not found:
        yield IngestError(str(folder), f"no {', '.join(FORMATS)} files (or their .gz) in this folder")


def _files_in(folder: Path) -> Iterator[str | IngestError]:
    """Readable files under `folder`, depth first, sorted by name; symlinked folders are not followed."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield IngestError(str(folder), _os_reason(exc))
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _files_in(Path(entry.path))
        elif format_of(entry.name) and entry.is_file() and not entry.name.endswith(GOLD_SUFFIXES):
            yield entry.path


def _read_file(path: str, fmt: str | None, fields: dict[str, str]) -> Iterator[Item]:
    try:
        raw = open(path, "rb")  # noqa: SIM115 -- closed below, once the generator is done with it
    except OSError as exc:
        yield IngestError(path, _os_reason(exc))
        return
    with raw:
        gzipped = path.lower().endswith(".gz") and fmt != "warc"  # warcio reads .warc.gz itself
        stream = gzip.GzipFile(fileobj=raw) if gzipped else raw
        yield from _read_stream(stream, path, fmt, fields)


def _read_stdin(fields: dict[str, str]) -> Iterator[Item]:
    if sys.stdin is None:
        yield IngestError(STDIN, "no standard input")
        return
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text-only stdin (an embedding program, a test): it is in memory already
        try:
            buffer = io.BytesIO(sys.stdin.read().encode("utf-8", "replace"))
        except (OSError, ValueError) as exc:
            yield IngestError(STDIN, f"unreadable: {exc}")
            return
    yield from _read_stream(buffer, STDIN, None, fields)


def _read_stream(stream: BinaryIO, source: str, fmt: str | None, fields: dict[str, str]) -> Iterator[Item]:
    """One input of a known format (or None: tell it from its first bytes), with read failures as errors."""
    try:
        head = stream.read(SNIFF_BYTES)
        if not head:
            yield IngestError(source, "empty file")
            return
        stream = io.BufferedReader(_Rejoined(head, stream), buffer_size=1 << 16)
        if fmt is None and head.startswith(GZIP_MAGIC):
            fmt = _sniff(_gunzip_start(head))
            if fmt != "warc":
                yield from _read_stream(gzip.GzipFile(fileobj=stream), source, fmt, fields)
                return
        yield from _read_format(stream, head, source, fmt or _sniff(head), fields)
    except EOFError:
        yield IngestError(source, "truncated gzip: the file ends before the end of its compressed stream")
    except (gzip.BadGzipFile, zlib.error) as exc:
        yield IngestError(source, f"damaged gzip: {exc}")
    except (OSError, ValueError) as exc:  # ValueError: a closed stdin
        yield IngestError(source, _os_reason(exc) if isinstance(exc, OSError) else f"unreadable: {exc}")


def _read_format(stream: BinaryIO, head: bytes, source: str, fmt: str, fields: dict[str, str]) -> Iterator[Item]:
    if fmt == "warc":
        yield from _read_warc(stream, source)
    elif fmt == "jsonl":
        yield from _read_jsonl(stream, head, source, fields)
    else:
        data = stream.read(MAX_BODY_BYTES + 1)
        yield to_document(source, data[:MAX_BODY_BYTES], fmt, complete=len(data) <= MAX_BODY_BYTES)


def _sniff(head: bytes) -> str:
    """The format of stdin or of a file without a telling suffix: JSONL if it starts with "{", HTML with "<"."""
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if start.startswith(b"WARC/"):
        return "warc"
    return {b"{": "jsonl", b"<": "html"}.get(start[:1], "text")


def _gunzip_start(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
    except zlib.error:
        return b""


class _Rejoined(io.RawIOBase):
    """A stream whose first bytes were read to look at them, put back in front of the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            data, self._head = self._head[: len(buffer)], self._head[len(buffer) :]
        else:
            data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


# --- JSONL -------------------------------------------------------------------------------------------


def _read_jsonl(stream: BinaryIO, head: bytes, source: str, fields: dict[str, str]) -> Iterator[Item]:
    if head.startswith(UTF16_BOMS):
        yield IngestError(source, "UTF-16 JSONL is not supported: save it as UTF-8")
        return
    if reason := binary_reason(head, allow_utf16=False):
        yield IngestError(source, reason)
        return
    records = 0
    for number, line in enumerate(_lines(stream), start=1):
        if line is None:
            yield IngestError(f"{source}#line{number}", f"line over {MAX_LINE_BYTES:,} bytes, skipped")
        elif line.strip():
            records += 1
            yield jsonl_record(line, f"{source}#line{number}", fields)
    if not records:
        yield IngestError(source, "empty text")


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of `stream`, one at a time; None for a line too long to hold (the rest of it is skipped)."""
    while line := stream.readline(MAX_LINE_BYTES + 1):
        if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield None


def jsonl_record(line: bytes, source: str, fields: dict[str, str]) -> Item:
    """One JSONL line as a document: its text field as the body, the other known fields as meta."""
    text, encoding = decode_bytes(line.rstrip(b"\r\n"))
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return IngestError(source, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except (ValueError, RecursionError) as exc:  # a number too long, arrays nested too deep
        return IngestError(source, f"invalid JSON: {str(exc).splitlines()[0]}")
    if not isinstance(record, dict):
        return IngestError(source, f"not a JSON object but a {type(record).__name__}")
    body = record.get(fields["text"])
    if body is None:
        return IngestError(source, f"no {fields['text']!r} field")
    if not isinstance(body, str):
        return IngestError(source, f"the {fields['text']!r} field is not a string")
    if not body.strip():
        return IngestError(source, "empty text")
    meta = {key: str(record[fields[key]]) for key in META_KEYS if record.get(fields[key]) is not None}
    notes = [] if encoding == "utf-8" else [f"decoded as {encoding}"]
    kind = "html" if body.lstrip().startswith("<") else "text"
    return RawDocument(source, _capped(body, notes), kind, meta.get("url"), meta, notes)


# --- WARC --------------------------------------------------------------------------------------------


class _WarcRecords(ArchiveIterator):
    """warcio's record iterator, also telling whether the file was cut short.

    warcio stops quietly at a cut: a gzip member without its end, or bytes after the last whole record.
    """

    cut_short = False

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None)
        unfinished_member = decompressor is not None and not decompressor.eof
        self.cut_short = unfinished_member or self.fh.tell() > self.offset
        super().close()


def _read_warc(stream: BinaryIO, source: str) -> Iterator[Item]:
    """HTML responses of a WARC or WARC.gz, record by record; other records are skipped silently."""
    records = _WarcRecords(stream)
    while True:
        # warcio prints what it finds wrong (a bad gzip block) on stderr: it becomes the error's reason instead
        with redirect_stderr(io.StringIO()) as warnings:
            item, damaged = _next_html_response(records, source)
        if item is None:
            break
        yield _with_warning(item, warnings.getvalue()) if damaged else item
        if damaged:
            return
    if records.cut_short:
        yield IngestError(source, "truncated WARC: the file ends inside a record")


def _next_html_response(records: _WarcRecords, source: str) -> tuple[Item | None, bool]:
    """The next HTML response (a document, or an error for it) and whether the file is damaged there.

    (None, False) at the end of the file; (an IngestError, True) where it is cut or damaged.
    """
    try:
        for record in records:
            offset = records.offset  # where this record starts: warcio's get_record_offset() would consume it
            item = _warc_document(record, f"{source}#{offset}") if _is_html_response(record) else None
            if _short_record(record):
                return IngestError(
                    f"{source}#{offset}", "truncated WARC: the record ends before its Content-Length"
                ), True
            if item is not None:
                return item, False
    except Exception as exc:  # noqa: BLE001 -- warcio raises many kinds on damaged input; none may stop the batch
        return IngestError(source, f"damaged WARC: {_warc_reason(exc)}"), True
    return None, False


def _with_warning(error: Item, warnings: str) -> Item:
    if (
        isinstance(error, IngestError) and "decompressing" in warnings
    ):  # zlib's "Error -3 while decompressing data: incorrect data check"
        error.reason = f"damaged WARC.gz: {warnings.strip().splitlines()[0].split(': ', 1)[-1]}"
    return error


def _is_html_response(record) -> bool:
    """A 2xx HTTP response with an HTML Content-Type: redirects and error pages are not articles."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = record.http_headers.get_header("Content-Type") or ""
    return status.startswith("2") and "html" in content_type.lower()


def _warc_document(record, source: str) -> Item:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    date = record.rec_headers.get_header("WARC-Date") or ""
    meta = {key: value for key, value in (("url", uri), ("date", date[:10])) if value}
    data = record.content_stream().read(MAX_BODY_BYTES + 1)
    declared = _charset_param(record.http_headers.get_header("Content-Type") or "")
    complete = len(data) <= MAX_BODY_BYTES
    return to_document(source, data[:MAX_BODY_BYTES], "html", complete=complete, url=uri, meta=meta, declared=declared)


def _short_record(record) -> bool:
    """Whether the record's block ended before its Content-Length (read what is left of it first)."""
    while record.raw_stream.read(1 << 20):
        pass
    return getattr(record.raw_stream, "limit", 0) > 0


def _warc_reason(exc: Exception) -> str:
    message = " ".join(str(exc).split())
    if "non-chunked gzip" in message:
        return "a WARC.gz must be gzipped record by record (fix it with `warcio recompress`)"
    if message.startswith("Invalid WARC record"):  # warcio quotes the line it found, often binary
        return "no WARC record header where a record should start"
    return "".join(char for char in message[:200] if char.isprintable()) or type(exc).__name__


def _charset_param(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


# --- one document: bytes to text ---------------------------------------------------------------------


def to_document(
    source: str,
    data: bytes,
    kind: str,
    *,
    complete: bool = True,
    url: str | None = None,
    meta: dict | None = None,
    declared: str | None = None,
) -> Item:
    """Bytes of one text or HTML document, decoded; `complete` False when they stop short of the input's end."""
    if reason := binary_reason(data[:SNIFF_BYTES]):
        return IngestError(source, reason)
    if kind == "html":
        declared = declared or html_charset(data[:SNIFF_BYTES])
    text, encoding = decode_bytes(data, declared, final=complete)
    if not text.strip():
        return IngestError(source, "empty text")
    notes = [] if encoding == "utf-8" else [f"decoded as {encoding}"]
    return RawDocument(source, _capped(text, notes), kind, url, meta or {}, notes)


def binary_reason(head: bytes, allow_utf16: bool = True) -> str | None:
    """Why the first bytes of an input are not text (NUL bytes, many control bytes), or None."""
    if allow_utf16 and head.startswith(UTF16_BOMS):
        return None
    if b"\x00" in head:
        return "binary file, not text (NUL bytes)"
    controls = sum(byte in BINARY_CONTROLS for byte in head)
    return "binary file, not text (control bytes)" if controls > len(head) / 10 else None


def html_charset(head: bytes) -> str | None:
    """The charset a page declares in <meta charset> or <meta http-equiv content="…; charset=…">."""
    match = META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def decode_bytes(data: bytes, declared: str | None = None, final: bool = True) -> tuple[str, str]:
    """The text of `data` and the encoding read: UTF-8 (BOM or not), else the declared charset, else detected.

    UTF-8 comes first because pages saved again as UTF-8 keep their old label (the kapanlagi.com pages
    in the shared corpus say iso-8859-1 and are UTF-8); bytes that are not cp1252 rarely pass as UTF-8.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], encoding, final, "replace"), encoding
    for encoding in ("utf-8", _codec(declared)):
        if encoding and (text := _try_decode(data, encoding, final)) is not None:
            return text, encoding
    return _decode_undeclared(data, final)


def _decode_undeclared(data: bytes, final: bool) -> tuple[str, str]:
    """Detected multi-byte encodings (GBK, Shift-JIS …) are trusted; a single-byte guess gives way to cp1252.

    On short Indonesian text charset-normalizer guesses cp1250, which reads "naïf" as "naďf": old
    Indonesian pages are cp1252, and no other single-byte guess is reliable on a few accented letters.
    """
    guess = _detect(data[:DETECT_BYTES])
    multi_byte = guess is not None and is_multi_byte_encoding(guess)
    for encoding in (_codec(guess) if multi_byte else None, "cp1252", _codec(guess)):
        if encoding and (text := _try_decode(data, encoding, final)) is not None:
            return text, encoding
    return _decode(data, "cp1252", final, "replace"), "cp1252"


def _try_decode(data: bytes, encoding: str, final: bool) -> str | None:
    try:
        return _decode(data, encoding, final)
    except UnicodeDecodeError:
        return None


def _decode(data: bytes, encoding: str, final: bool, errors: str = "strict") -> str:
    return codecs.getincrementaldecoder(encoding)(errors).decode(data, final)


def _detect(data: bytes) -> str | None:
    if data.isascii():
        return None
    best = from_bytes(data).best()
    return best.encoding if best else None


def _codec(label: str | None) -> str | None:
    """Python's name for a charset label; None when Python does not know it as a text encoding."""
    if not label:
        return None
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):  # "base64", "rot13" … are codecs too
        return None
    return WHATWG_ALIASES.get(info.name, info.name)


def _capped(text: str, notes: list[str]) -> str:
    if len(text) <= MAX_TEXT_CHARS:
        return text
    notes.append(TRUNCATED_NOTE)
    return text[:MAX_TEXT_CHARS]


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "unreadable: permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    return f"unreadable: {exc.strerror or exc}"
