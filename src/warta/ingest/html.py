"""Main text and metadata of a news page: one parse, one trafilatura pass for text, title, date, url, site name.

Options were chosen on ../shared/bench/article-extraction (bench/extraction.py, F1 0.964) and checked
on the Indonesian pages of ../shared/corpus/html-id (bench/html_id.py). Before trafilatura runs, text
left loose beside paragraphs is put into paragraphs (Indonesian leads often are); after it, lines
without a word (date stubs, page numbers) are dropped and the site's name is cut off the title.
A page trafilatura cannot read, or that holds no main text, becomes a `Page` with empty text:
the caller records why, the batch goes on.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

import trafilatura
from courlan import extract_domain
from lxml.html import Element, HtmlElement
from trafilatura.settings import Document

from warta.ingest.base import Page
from warta.lang.detect import identify_language

# Keyword arguments of trafilatura.bare_extraction, tuned on the article-extraction benchmark.
EXTRACTION = {
    "include_comments": False,  # reader comments are not the article
    "include_tables": True,
    "favor_recall": False,
    "favor_precision": True,
    "deduplicate": False,
}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Phrasing elements: a run of them (with loose text) between blocks reads as one paragraph.
INLINE_TAGS = frozenset(("a", "abbr", "b", "big", "br", "cite", "code", "em", "font", "i", "mark", "q", "s", "small"))
INLINE_TAGS |= {"span", "strong", "sub", "sup", "time", "u"}
CONTAINERS = "//*[p or div][not(self::p)]"
# Site names at either end of a <title>: "Judul Berita - Kompas.com", "KapanLagi.com: Judul".
TITLE_SEPARATOR = re.compile(r"(\s+[|\-–—»]\s+|:\s+)")
SITE_SEGMENT_WORDS = 4
# Lines with no word once dates are gone: list stubs of related-article links ("- Kamis, 05/11/2015
# 09:25 WIB"), bylines' timestamps ("Minggu, 14 Februari 2016 09:15 |"), page numbers ("01"), bullets.
DATE_WORDS = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
    r"|january|february|march|may|june|july|august|october|december|wib|wita|wit|am|pm|gmt|utc)\b",
    re.IGNORECASE,
)

logging.getLogger("trafilatura").addHandler(logging.NullHandler())  # no stray stderr: the caller reports failures


def extract_page(html: str, path: str, url: str | None = None) -> Page:
    """Main text, title, publication date (YYYY-MM-DD), url, outlet and language of one HTML page.

    Never raises on bad markup: a page without main text comes back with `text == ""`.
    """
    document = read_document(html, url)
    text = main_text(document.text)
    page_url = url or document.url or None
    return Page(
        path=path,
        url=page_url,
        title=headline(document.title, document.sitename, page_url),
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
        tree = trafilatura.load_html(html)
        if tree is None:
            return Document()
        wrap_loose_text(tree)
        document = trafilatura.bare_extraction(tree, url=url, with_metadata=True, **EXTRACTION)
        if document is None:  # too little text: keep the title and date all the same
            document = trafilatura.extract_metadata(tree, default_url=url)
    except Exception:  # lxml and trafilatura raise many kinds on broken markup; one page must not stop a batch
        return Document()
    return document if isinstance(document, Document) else Document()


def wrap_loose_text(tree: HtmlElement) -> None:
    """Put text that sits loose in a container beside its paragraphs into paragraphs of its own.

    Indonesian outlets often leave the lead outside any <p>, and trafilatura then drops it:
    <div><strong>Jakarta, KompasOtomotif</strong> – Tahun depan, dua produsen …<br><br>Menanggapi …
    <p>“Masyarakat menjadi …</p><p>…</p></div>
    """
    for container in tree.xpath(CONTAINERS):
        wrap_runs(container)


def wrap_runs(container: HtmlElement) -> None:
    """Each run of loose text and phrasing elements between two blocks becomes one <p>."""
    paragraph = None
    if container.text and container.text.strip():
        paragraph = Element("p")
        paragraph.text, container.text = container.text, None
        container.insert(0, paragraph)
    for child in list(container):
        if child is paragraph:
            continue
        if not isinstance(child.tag, str) or child.tag in INLINE_TAGS:  # comments move along with the run
            if paragraph is None:
                paragraph = Element("p")
                child.addprevious(paragraph)
            paragraph.append(child)
            continue
        paragraph = None
        if child.tail and child.tail.strip():
            paragraph = Element("p")
            paragraph.text, child.tail = child.tail, None
            child.addnext(paragraph)


def publication_date(value: str | None) -> str | None:
    """The date as YYYY-MM-DD, or None when trafilatura gave nothing usable."""
    if value and ISO_DATE.fullmatch(value[:10]):
        return value[:10]
    return None


def main_text(text: str | None) -> str:
    """trafilatura's text with each line's spacing collapsed and word-less lines dropped."""
    lines = (" ".join(line.split()) for line in (text or "").splitlines())
    return "\n".join(line for line in lines if has_words(line))


def has_words(line: str) -> bool:
    return any(char.isalpha() for char in DATE_WORDS.sub("", line))


def headline(title: str | None, site_name: str | None, url: str | None) -> str | None:
    """The page title without the site's name at either end ("Judul | Republika Online" -> "Judul")."""
    title = clean(title)
    if not title:
        return None
    keys = site_keys(site_name, url)
    parts = TITLE_SEPARATOR.split(title)  # [segment, separator, segment, …]
    while len(parts) > 2 and names_site(parts[0], keys):
        del parts[:2]
    while len(parts) > 2 and names_site(parts[-1], keys):
        del parts[-2:]
    return "".join(parts)


def site_keys(site_name: str | None, url: str | None) -> set[str]:
    """Folded forms of the site's name: "kapanlagicom", and "kapanlagi" from the domain."""
    keys = {fold(site_name or "")}
    domain = domain_of(url)
    if domain:
        keys |= {fold(domain), fold(domain.split(".")[0])}
    return {key for key in keys if len(key) >= 3}


def names_site(segment: str, keys: set[str]) -> bool:
    """A short title segment that holds the site's name ("Kompas.com Regional", "Tempo Gaya")."""
    folded = fold(segment)
    return len(segment.split()) <= SITE_SEGMENT_WORDS and any(key in folded for key in keys)


def fold(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def outlet_name(site_name: str | None, url: str | None) -> str | None:
    """og:site_name (or trafilatura's other site-name clues), else the URL's registered domain."""
    name = clean(site_name)
    if name and "/" in name:  # trafilatura also reads article:publisher, often a Facebook page URL
        name = None
    if name and " " not in name and "." in name:  # a host ("lifestyle.okezone.com"): its domain names the outlet
        name = domain_of(f"http://{name}")
    return name or domain_of(url)


def domain_of(url: str | None) -> str | None:
    """Registered domain: "https://www.antaranews.com/berita/1" -> "antaranews.com",
    "http://celebrity.okezone.com/read/…" -> "okezone.com"."""
    if not url:
        return None
    try:
        return extract_domain(url, fast=True) or urlsplit(url).hostname
    except ValueError:
        return None


def clean(value: str | None) -> str | None:
    """Whitespace collapsed; None for empty strings."""
    if not value:
        return None
    return " ".join(value.split()) or None
