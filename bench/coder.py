"""Coding speed and peak memory on ../shared/corpus/parallel-en-id (one core).

    .venv/bin/python bench/coder.py [--repeat N]

Each side (English, Indonesian) is coded line by line as one document, in story order, so
coreference carries across lines as it would in an article. Prints sentences per second (after
the lexicons are built, which is timed separately) and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

from warta.coder import coder_for
from warta.model import Article
from warta.when_where.gazetteer import gazetteer
from warta.when_where.places import find_places

SHARED = Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus" / "parallel-en-id"


def bench(lang: str, repeat: int) -> None:
    lines = (CORPUS / f"dev.{lang}.txt").read_text(encoding="utf-8")
    started = time.perf_counter()
    coder = coder_for(lang)
    coder.run(Article("warmup", "x", "2007-06-01", lang))
    find_places("di Jakarta", lang)  # the gazetteer loads on first use
    load = time.perf_counter() - started
    sentences = events = 0
    started = time.perf_counter()
    for _ in range(repeat):
        coded = coder.run(Article(f"dev.{lang}", lines, "2007-06-01", lang))
        sentences += len(coded.sentences)
        events += len(coded.events)
    elapsed = time.perf_counter() - started
    print(
        f"{lang}: {sentences / elapsed:,.0f} sentences/s  ({sentences:,} sentences, {events:,} events, "
        f"{elapsed:.2f} s; lexicons built in {load:.2f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    for lang in ("en", "id"):
        bench(lang, args.repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MB; gazetteer loaded in {gazetteer().load_seconds:.2f} s")


if __name__ == "__main__":
    main()
