"""What readers hand to the rest of ingest: raw documents, or a reason they could not be read.

Readers (text, HTML, JSONL, WARC, gzip, folders, stdin, feeds) yield `RawDocument | IngestError`
and never raise on bad input: one bad file costs one error row, not the batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_TEXT_CHARS = 5_000_000  # over 5 MB of text: truncated, and the truncation noted


@dataclass(slots=True)
class RawDocument:
    """One document as read, before extraction and cleaning."""

    source: str  # path, URL, or "path#record" (a JSONL line, a WARC record)
    body: str  # decoded text: plain text, HTML, or a JSONL record's text field
    kind: str  # "text" | "html"
    url: str | None = None
    meta: dict = field(default_factory=dict)  # id, date, lang, outlet, title … when the input gives them
    notes: list[str] = field(default_factory=list)  # e.g. "truncated to 5,000,000 characters", "decoded as cp1252"


@dataclass(slots=True)
class IngestError:
    """A clear one-line reason, recorded in the store's ingest_errors table."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class Page:
    """Main text and metadata of an HTML page (`warta extract` prints these fields)."""

    path: str
    url: str | None
    title: str | None
    date: str | None  # YYYY-MM-DD
    lang: str | None
    outlet: str | None
    text: str

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "url": self.url,
            "title": self.title,
            "date": self.date,
            "lang": self.lang,
            "outlet": self.outlet,
            "text": self.text,
        }
