"""`warta ingest`: read → extract → clean → language → near-duplicates → code → store.

Streams its inputs, commits in batches (a killed run loses at most one uncommitted batch, which
the next run does again), and never lets one bad input stop the rest.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from tqdm import tqdm

from warta.clean.boilerplate import BoilerplateLearner, normalise_line
from warta.clean.credits import find_credits
from warta.clean.dedup import NearDuplicates
from warta.coder import code_article
from warta.ingest.base import IngestError, RawDocument
from warta.ingest.html import extract_page
from warta.ingest.sources import read_sources
from warta.inputs import read_meta
from warta.lang.detect import detect_language, identify_language
from warta.model import Article
from warta.output import event_record
from warta.store.db import Store, StoredArticle, as_date, content_id

BATCH = 50
CODED_LANGS = ("id", "en")
BOILERPLATE_STATE = "boilerplate"


@dataclass(slots=True)
class Summary:
    read: int = 0
    new: int = 0
    duplicates: int = 0
    already_stored: int = 0
    unsupported: Counter = field(default_factory=Counter)  # language → articles stored, not coded
    skipped: Counter = field(default_factory=Counter)  # reason → inputs
    events: int = 0
    mentions: int = 0
    errors: list[IngestError] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"read {self.read}, new {self.new}, near-duplicates {self.duplicates}, "
            f"already stored {self.already_stored}, events {self.events} (+{self.mentions} mentions of copies)"
        ]
        if self.unsupported:
            out.append(
                "stored, not coded (language): " + ", ".join(f"{k} {v}" for k, v in sorted(self.unsupported.items()))
            )
        if self.skipped:
            out.append("skipped: " + ", ".join(f"{k} {v}" for k, v in self.skipped.most_common()))
        return out


@dataclass(slots=True)
class Prepared:
    stored: StoredArticle
    article: Article | None  # None: not to be coded (language, empty)


class Ingester:
    """One run over some inputs into one store."""

    def __init__(self, store: Store, langs: Iterable[str] = CODED_LANGS):
        self.store = store
        self.langs = tuple(langs)
        self.dedup = NearDuplicates()
        self.dedup.load(store.signatures())
        self.boilerplate = BoilerplateLearner.from_dict(store.load_state(BOILERPLATE_STATE))
        self.summary = Summary()

    def run(self, items: Iterable[RawDocument | IngestError], progress: bool = False) -> Summary:
        pending = 0
        self.store.begin()
        for item in tqdm(items, desc="ingest", unit=" docs", disable=not progress, file=sys.stderr):
            self.summary.read += 1
            self.take(item)
            pending += 1
            if pending >= BATCH:
                self.checkpoint()
                pending = 0
        self.checkpoint(final=True)
        return self.summary

    def checkpoint(self, final: bool = False) -> None:
        self.store.save_state(BOILERPLATE_STATE, self.boilerplate.to_dict())
        self.store.commit()
        if not final:
            self.store.begin()

    def take(self, item: RawDocument | IngestError) -> None:
        if isinstance(item, IngestError):
            return self.fail(item)
        try:
            prepared = self.prepare(item)
        except Exception as error:  # a reader or extractor bug must not stop the batch
            return self.fail(IngestError(item.source, f"could not read ({type(error).__name__}: {error})"))
        if prepared is None:
            return None
        self.store_article(prepared)
        return None

    def fail(self, error: IngestError) -> None:
        self.summary.errors.append(error)
        self.summary.skipped[error.reason.split(" (")[0].split(":")[0]] += 1
        self.store.add_error(error.source, error.reason)
        print(f"warta: {error}", file=sys.stderr)

    def prepare(self, raw: RawDocument) -> Prepared | None:
        meta = {**meta_beside(raw.source), **raw.meta}
        text, url = raw.body, raw.url or meta.get("url")
        if raw.kind == "html":
            page = extract_page(raw.body, raw.source, url)
            text, url = page.text, page.url or url
            for key, value in (
                ("title", page.title),
                ("date", page.date),
                ("outlet", page.outlet),
                ("lang", page.lang),
            ):
                meta.setdefault(key, value)
        if not text or not text.strip():
            self.fail(IngestError(raw.source, "no main text"))
            return None
        meta["date"] = meta.get("date") or date_from_url(url)
        article_id = content_id(text)
        if self.store.has_article(article_id):
            self.summary.already_stored += 1
            return None
        lang = meta.get("lang") or identify_language(text)
        credits = find_credits(text, lang)
        outlet = meta.get("outlet") or credits.outlet
        self.boilerplate.observe(outlet or "", text)
        stored = StoredArticle(
            id=article_id,
            source=raw.source,
            url=url,
            outlet=outlet,
            title=meta.get("title"),
            pub_date=meta.get("date"),
            lang=lang,
            text=text,
            agency=credits.agency,
            dateline=credits.dateline_place,
            notes="; ".join(raw.notes),
            signature=self.dedup.signature(text),
        )
        if lang not in self.langs:
            self.summary.unsupported[lang] += 1
            return Prepared(stored, None)
        article = Article(
            id=article_id,
            text=text,
            pub_date=stored.pub_date,
            lang=lang,
            outlet=outlet,
            url=url,
            title=stored.title,
            credit=credits.agency,
            skip_lines=self.boilerplate.lines_for(outlet or "", text),
        )
        return Prepared(stored, article)

    def store_article(self, prepared: Prepared) -> None:
        stored = prepared.stored
        stored.dup_of = self.dedup.add(stored.id, stored.signature) if prepared.article else None
        if stored.dup_of:
            self.summary.duplicates += 1
            stored.coded = False
            self.store.add_article(stored)
            self.summary.mentions += self.store.mention_copy(stored, stored.dup_of)
            return
        self.summary.new += 1
        if prepared.article is None:
            self.store.add_article(stored)
            return
        records = [
            event_record(e)
            for article in by_language(prepared.article, self.langs)
            for e in code_article(article).events
        ]
        stored.coded = True
        self.store.add_article(stored)
        self.summary.events += self.store.add_events(stored, records)


URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?:\d{6})?(?!\d)")


def date_from_url(url: str | None) -> str | None:
    """News URLs often carry the publication date: ".../2023/10/19/...", ".../20180211074132-12-...".."""
    match = URL_DATE.search(url or "")
    if not match:
        return None
    value = f"{match.group(1)}-{match.group(3)}-{match.group(4)}"
    return value if as_date(value) else None


def meta_beside(source: str) -> dict:
    """NAME.meta.json beside NAME.txt (the seed's and the gold sets' format): date, lang, outlet, credit."""
    meta = read_meta(Path(source)) if source.endswith(".txt") else {}
    renamed = {
        "date": meta.get("pub_date"),
        "lang": meta.get("lang"),
        "outlet": meta.get("outlet"),
        "url": meta.get("url"),
        "credit": meta.get("credit"),
    }
    return {key: value for key, value in renamed.items() if value}


PARAGRAPH_CHARS = 80  # shorter lines are too short to tell the language apart


def by_language(article: Article, langs: tuple[str, ...]) -> list[Article]:
    """An article mixing Indonesian and English paragraphs (a quoted English statement in an
    Indonesian story) is coded once per language, each pass skipping the other's paragraphs."""
    paragraphs: dict[str, list[str]] = {}
    for line in article.text.split("\n"):
        if len(line.strip()) >= PARAGRAPH_CHARS:
            paragraphs.setdefault(detect_language(line), []).append(normalise_line(line))
    present = [lang for lang in paragraphs if lang in langs]
    if len(present) < 2:
        return [article]
    passes = []
    for lang in present:
        others = frozenset(line for other in present if other != lang for line in paragraphs[other])
        passes.append(replace(article, lang=lang, skip_lines=article.skip_lines | others))
    return passes


def ingest(
    paths: list[str],
    db_path: str,
    langs: Iterable[str] = CODED_LANGS,
    fields: dict | None = None,
    progress: bool = False,
) -> Summary:
    with Store(db_path) as store:
        return Ingester(store, langs).run(read_sources(paths, fields), progress)


def ingest_documents(
    documents: Iterator[RawDocument | IngestError],
    db_path: str,
    langs: Iterable[str] = CODED_LANGS,
    progress: bool = False,
) -> Summary:
    with Store(db_path) as store:
        return Ingester(store, langs).run(documents, progress)
