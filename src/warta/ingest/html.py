"""Main text and metadata of a news page: one trafilatura pass gives text, title, date, url and site name.

Options were chosen on ../shared/bench/article-extraction (bench/extraction.py): see EXTRACTION.
A page trafilatura cannot read, or that holds no main text, becomes a `Page` with empty text:
the caller records why, the batch goes on.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import Document

from warta.ingest.base import Page
from warta.lang.detect import identify_language

# Keyword arguments of trafilatura.bare_extraction, tuned on the article-extraction benchmark.
EXTRACTION = {
    "include_comments": False,  # reader comments are not the article
    "include_tables": True,
    "favor_recall": False,
    "favor_precision": False,
    "deduplicate": False,
}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

logging.getLogger("trafilatura").addHandler(logging.NullHandler())  # its parse errors are ours to report


def extract_page(html: str, path: str, url: str | None = None) -> Page:
    """Main text, title, publication date (YYYY-MM-DD), url, outlet and language of one HTML page.

    Never raises on bad markup: a page without main text comes back with `text == ""`.
    """
    document = read_document(html, url)
    text = (document.text or "").strip()
    page_url = url or document.url or None
    return Page(
        path=path,
        url=page_url,
        title=clean(document.title),
        date=publication_date(document.date),
        lang=identify_language(text) if text else None,
        outlet=outlet_name(document.sitename, page_url),
        text=text,
    )


def read_document(html: str, url: str | None) -> Document:
    """trafilatura's text and metadata; metadata alone when it finds no main text; empty on failure."""
    if not html or not html.strip():
        return Document()
    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True, **EXTRACTION)
        if document is None:  # too little text: keep the title and date all the same
            document = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # lxml and trafilatura raise many kinds on broken markup; one page must not stop a batch
        return Document()
    return document if isinstance(document, Document) else Document()


def publication_date(value: str | None) -> str | None:
    """The date as YYYY-MM-DD, or None when trafilatura gave nothing usable."""
    if value and ISO_DATE.fullmatch(value[:10]):
        return value[:10]
    return None


def outlet_name(site_name: str | None, url: str | None) -> str | None:
    """og:site_name (or trafilatura's other site-name clues), else the URL's host without "www."."""
    name = clean(site_name)
    if name:
        return name
    return host_of(url)


def host_of(url: str | None) -> str | None:
    """ "https://www.antaranews.com/berita/1" -> "antaranews.com"."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def clean(value: str | None) -> str | None:
    """Whitespace collapsed; None for empty strings."""
    if not value:
        return None
    return " ".join(value.split()) or None
