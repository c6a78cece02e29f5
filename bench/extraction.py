"""Main-text quality of `extract_page` on ../shared/bench/article-extraction (181 pages, English news).

    .venv/bin/python bench/extraction.py [--show-worst N]

Scored as that benchmark's evaluate.py does (its README.rst): word 4-gram shingles of the
extracted text against the gold article body, true/false positives per page normalised so that
long pages weigh no more than short ones; precision averaged over pages that output something,
recall over pages whose gold body is not empty; F1 from the two averages; ± is the standard
deviation of 1,000 bootstrap resamples of the pages. Prints where the result sits in the
benchmark's latest published table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from warta.ingest.html import extract_page

SHARED = Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
BENCH = SHARED / "bench" / "article-extraction"
TOKEN = re.compile(r"\w+", re.UNICODE)
ROW = re.compile(r"^ {4}(\S+)\s+(\S+)\s+([\d.]+) ± [\d.]+\s+([\d.]+) ± [\d.]+\s+([\d.]+) ± ")


@dataclass(slots=True)
class PageScore:
    """Shares of one page's shingles: true positives, false positives, false negatives (sum 1)."""

    key: str
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        if self.tp + self.fp == 0:
            return None  # nothing extracted: counts against recall only
        return 1.0 if self.fp == self.fn == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        if self.tp + self.fn == 0:
            return None
        return 1.0 if self.fp == self.fn == 0 else self.tp / (self.tp + self.fn)


def shingles(text: str, n: int = 4) -> Counter[str]:
    """Word n-grams of the text, counted ("\\w+" tokens, as the benchmark tokenises)."""
    tokens = TOKEN.findall(text or "")
    return Counter(" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def score_page(key: str, gold: str, extracted: str) -> PageScore:
    """Shingle overlap of one page, normalised to shares."""
    true, pred = shingles(gold), shingles(extracted)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(key, 0.0, 0.0, 0.0)
    return PageScore(key, tp / total, fp / total, fn / total)


def summary(scores: list[PageScore]) -> tuple[float, float, float]:
    """(precision, recall, F1) over pages, as the benchmark averages them."""
    precision = statistics.mean(s.precision for s in scores if s.precision is not None)
    recall = statistics.mean(s.recall for s in scores if s.recall is not None)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def bootstrap_spread(scores: list[PageScore], rounds: int = 1000, seed: int = 42) -> tuple[float, float, float]:
    """Standard deviation of (P, R, F1) over page resamples."""
    rng = random.Random(seed)
    samples = [summary(rng.choices(scores, k=len(scores))) for _ in range(rounds)]
    return tuple(statistics.stdev(column) for column in zip(*samples, strict=True))


def extract_all() -> tuple[dict[str, str], dict[str, str], float]:
    """Gold bodies, extracted texts and seconds spent extracting."""
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    gold, extracted, spent = {}, {}, 0.0
    for key, item in sorted(truth.items()):
        html = gzip.decompress((BENCH / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
        started = time.perf_counter()
        extracted[key] = extract_page(html, key, item.get("url")).text
        spent += time.perf_counter() - started
        gold[key] = item.get("articleBody", "")
    return gold, extracted, spent


def published_table() -> list[tuple[str, str, float, float, float]]:
    """(name, version, F1, precision, recall) of the README's latest evaluation."""
    lines = (BENCH / "README.rst").read_text(encoding="utf-8").split("Results of the latest evaluation")[1]
    block = lines.split("Results of the")[0]
    return [(m[1], m[2], float(m[3]), float(m[4]), float(m[5])) for m in map(ROW.match, block.splitlines()) if m]


def print_ranking(precision: float, recall: float, f1: float) -> None:
    """Where this result would sit in the published table (by F1), with its two neighbours each side."""
    ours = ("warta", "(this run)", f1, precision, recall)
    table = sorted([*published_table(), ours], key=lambda row: -row[2])
    at = table.index(ours)
    print(f"\nrank {at + 1} of {len(table)} in the benchmark's latest published table, by F1:")
    for name, version, row_f1, row_p, row_r in table[max(0, at - 2) : at + 3]:
        mark = "  <-" if name == "warta" else ""
        print(f"  {name:<20} {version:<11} F1 {row_f1:.3f}  P {row_p:.3f}  R {row_r:.3f}{mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-worst", type=int, default=0, metavar="N", help="list the N pages with the lowest F1")
    args = parser.parse_args()
    gold, extracted, spent = extract_all()
    scores = [score_page(key, gold[key], extracted[key]) for key in gold]
    precision, recall, f1 = summary(scores)
    spread = bootstrap_spread(scores)
    print(f"pages: {len(scores)}  ({len(scores) / spent:.1f} pages/s, {spent:.1f} s in extract_page)")
    print(f"precision {precision:.3f} ± {spread[0]:.3f}")
    print(f"recall    {recall:.3f} ± {spread[1]:.3f}")
    print(f"F1        {f1:.3f} ± {spread[2]:.3f}")
    print_ranking(precision, recall, f1)
    for score in sorted(scores, key=lambda s: (s.precision or 0) + (s.recall or 0))[: args.show_worst]:
        print(f"  {score.key[:16]}  P {score.precision or 0:.2f}  R {score.recall or 0:.2f}")


if __name__ == "__main__":
    main()
