"""`extract_page` on the Indonesian news pages of ../shared/corpus/html-id, against expected.jsonl.

    .venv/bin/python bench/html_id.py [--show-text KEY]

expected.jsonl is one scraper's output (site-specific CSS selectors, 2015-2017), not a gold
standard: a disagreement is a page to look at, not necessarily our error. Per article page it
prints whether the title and the publication date match, and the word 4-gram overlap of our main
text with the scraper's (precision: share of ours that the scraper has; recall: share of the
scraper's that we have). The scraper's dates are epoch milliseconds; they are compared in
Western Indonesian Time (UTC+7), where these outlets publish. Front pages are listed too: no
article is expected from them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from extraction import score_page
from warta.ingest.base import Page
from warta.ingest.html import extract_page

SHARED = Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus" / "html-id"
WIB = timezone(timedelta(hours=7))
QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "`": "'"})


@dataclass(slots=True)
class Comparison:
    """One article page: ours against the scraper's."""

    name: str
    title: str  # "same" | "close" (one holds the other) | "differs"
    date: str  # "same" | "differs" | "missing"
    precision: float | None
    recall: float | None
    page: Page
    expected: dict


def normal(text: str | None) -> str:
    """Case, quotes and spacing folded, for comparing titles."""
    return " ".join((text or "").translate(QUOTES).casefold().split())


def title_match(ours: str | None, theirs: str | None) -> str:
    a, b = normal(ours), normal(theirs)
    if a and a == b:
        return "same"
    if a and b and (a in b or b in a):
        return "close"
    return "differs"


def expected_date(value: str | int | None) -> str | None:
    """Epoch milliseconds -> YYYY-MM-DD in Western Indonesian Time."""
    if value in (None, ""):
        return None
    return datetime.fromtimestamp(int(value) / 1000, tz=UTC).astimezone(WIB).date().isoformat()


def date_match(ours: str | None, theirs: str | None) -> str:
    if not ours:
        return "missing"
    return "same" if ours == theirs else "differs"


def page_source(record: dict) -> tuple[str, str]:
    """(path relative to the corpus, HTML) of a record's page."""
    path = CORPUS / "pages" / record["fixture"].removeprefix("fixtures/")
    return str(path.relative_to(CORPUS)), path.read_text(encoding="utf-8", errors="replace")


def load_page(record: dict) -> Page:
    path, html = page_source(record)
    return extract_page(html, path)


def compare(record: dict) -> Comparison:
    page = load_page(record)
    score = score_page(record["fixture"], record.get("content", ""), page.text)
    return Comparison(
        name=Path(record["fixture"]).stem,
        title=title_match(page.title, record.get("title")),
        date=date_match(page.date, expected_date(record.get("date"))),
        precision=score.precision,
        recall=score.recall,
        page=page,
        expected=record,
    )


def print_comparison(row: Comparison) -> None:
    p = f"{row.precision:.2f}" if row.precision is not None else "  - "
    r = f"{row.recall:.2f}" if row.recall is not None else "  - "
    found = f"{row.page.lang}  {row.page.outlet}"
    print(f"{row.name:<24} title {row.title:<7} date {row.date:<7} text P {p} R {r}  {found}")
    if row.title != "same":
        print(f"{'':<26}ours:   {row.page.title!r}\n{'':<26}theirs: {row.expected.get('title')!r}")
    if row.date != "same":
        print(f"{'':<26}ours: {row.page.date}  theirs: {expected_date(row.expected.get('date'))}")


def print_summary(rows: list[Comparison]) -> None:
    count = len(rows)
    titles = sum(row.title == "same" for row in rows)
    close = sum(row.title == "close" for row in rows)
    dates = sum(row.date == "same" for row in rows)
    precision = statistics.mean(row.precision or 0.0 for row in rows)
    recall = statistics.mean(row.recall or 0.0 for row in rows)
    print(
        f"\n{count} article pages: titles same {titles}, close {close}, differ {count - titles - close}; "
        f"dates same {dates} of {count}"
    )
    print(
        f"text against the scraper's: precision {precision:.3f}, recall {recall:.3f}, "
        f"F1 {2 * precision * recall / (precision + recall):.3f}"
    )


def print_front_pages(records: list[dict]) -> None:
    print("\nfront pages (no article expected; the scraper read links from them):")
    for record in records:
        path, html = page_source(record)
        page = extract_page(html, path)
        words = len(re.findall(r"\w+", page.text))
        kind = "RSS feed " if "<rss" in html[:1000] else "HTML page"
        print(f"  {Path(path).stem:<20} {kind} {words:>4} words of main text  title {page.title!r}  {page.lang}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-text", metavar="NAME", help="print our text and the scraper's for one page")
    args = parser.parse_args()
    records = [json.loads(line) for line in (CORPUS / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = [record for record in records if record.get("kind") == "article"]
    rows = [compare(record) for record in articles]
    for row in rows:
        print_comparison(row)
        if row.name == args.show_text:
            print(f"--- ours\n{row.page.text}\n--- theirs\n{row.expected.get('content')}\n---")
    print_summary(rows)
    print_front_pages([record for record in records if record.get("kind") == "mainpage"])


if __name__ == "__main__":
    main()
