"""Query speed: every question `warta events / top / alerts / dyads / export` asks, timed on a real store.

    .venv/bin/python bench/query.py [--db PATH] [--repeat 5] [--cli]

The store is the 570 IndoSum politics articles, the Tempo seed and the samples, ingested once into
a temp dir (reused while it exists) unless `--db` names another. Each question opens the store
read-only, asks, and closes it, `--repeat` times; the table shows the rows, the median and the
slowest time. `--cli` also times the real command line (Python start-up included) for the commands
the CLI has. Dyad series and exports are timed when `warta.analysis.dyads` and `warta.export`
exist, and skipped otherwise. Target: every question under a second.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from warta.analysis.alerts import alerts
from warta.analysis.query import EventQuery, events
from warta.analysis.top import top
from warta.ingest.run import ingest
from warta.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
INPUTS = [
    SHARED / "corpus" / "id-news" / "indosum-politics-570.jsonl",
    *sorted((SHARED / "corpus" / "seed").glob("*.txt")),  # the articles, not the gold events beside them
    ROOT / "samples" / "articles.jsonl",
]
FIELDS = {"outlet": "source", "url": "source_url"}
TARGET_MS = 1000.0


@dataclass(slots=True)
class Case:
    """One question: how to ask it of an open store (returns the rows), and as a command line."""

    name: str
    ask: Callable[[Store], int]
    cli: list[str] | None = None


@dataclass(slots=True)
class Timing:
    name: str
    rows: int | str
    median_ms: float | None
    max_ms: float | None
    cli_ms: float | None = None
    note: str = ""


def build_store(path: Path) -> Path:
    """The benchmark store, ingested if it is not there yet."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {path} (IndoSum 570 + seed + samples) …", file=sys.stderr)
        started = time.perf_counter()
        summary = ingest([str(p) for p in INPUTS], str(path), fields=FIELDS)
        print(f"  {summary.lines()[0]} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def event_cases() -> list[Case]:
    """`warta events` with no filter and with each filter alone."""
    filters = [
        ("all", EventQuery(), []),
        ("actor IDN", EventQuery(actor=["IDN"]), ["--actor", "IDN"]),
        ("recipient USA", EventQuery(recipient=["USA"]), ["--recipient", "USA"]),
        ("dyad USA,PRK", EventQuery(dyad=("USA", "PRK")), ["--dyad", "USA,PRK"]),
        ("type ACCUSE,REJECT", EventQuery(types=["ACCUSE", "REJECT"]), ["--type", "ACCUSE,REJECT"]),
        ("since 2024-01-01", EventQuery(since="2024-01-01"), ["--since", "2024-01-01"]),
        ("lang en", EventQuery(lang="en"), ["--lang", "en"]),
        ("text korupsi", EventQuery(text="korupsi"), ["--text", "korupsi"]),
    ]
    return [
        Case(f"events {name}", lambda store, q=query: len(events(store, q)), ["events", *args])
        for name, query, args in filters
    ]


def analysis_cases() -> list[Case]:
    """`warta top` and `warta alerts`."""
    cases = [
        Case(f"top {what}", lambda store, w=what: len(top(store, w)), ["top", what])
        for what in ("actors", "dyads", "types")
    ]
    cases.append(Case("top dyads since 2024-01-01", lambda s: len(top(s, "dyads", since="2024-01-01")), None))
    for window in ("30d", "3m"):
        cases.append(
            Case(
                f"alerts {window}", lambda s, w=window: len(alerts(s, w, min_events=1)), ["alerts", "--window", window]
            )
        )
    return cases


def dyad_cases() -> list[Case] | str:
    """Dyad series, if `warta.analysis.dyads` exists; else why not."""
    try:
        dyads = importlib.import_module("warta.analysis.dyads")
        series = dyads.dyad_series
    except (ImportError, AttributeError) as error:
        return f"dyad series skipped: {error}"
    return [
        Case(f"dyad series USA→PRK by {by}", lambda s, b=by: len(series(s, "USA", "PRK", by=b)), None)
        for by in ("month", "year")
    ]


def export_cases(folder: Path) -> list[Case] | str:
    """Every `warta.export.<format>.write(store, path)` there is, writing into `folder`; else why not."""
    try:
        package = importlib.import_module("warta.export")
    except ImportError as error:
        return f"exports skipped: {error}"
    cases = []
    for info in pkgutil.iter_modules(package.__path__):
        try:
            write = importlib.import_module(f"warta.export.{info.name}").write
        except (ImportError, AttributeError):
            continue  # a helper module (dates, tsv …), not an exporter
        out = folder / f"events.{info.name}"
        cases.append(Case(f"export {info.name}", lambda s, w=write, o=out: w(s, o), None))
    return cases or "exports skipped: no warta.export module has write(store, path)"


def time_case(db: Path, case: Case, repeat: int) -> Timing:
    """Open, ask, close, `repeat` times."""
    times, rows = [], 0
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            with Store(db, read_only=True) as store:
                rows = case.ask(store)
            times.append((time.perf_counter() - started) * 1000)
    except Exception as error:  # one broken question must not hide the others' timings
        return Timing(case.name, "-", None, None, note=f"failed: {type(error).__name__}: {error}")
    return Timing(case.name, rows, statistics.median(times), max(times))


def time_cli(db: Path, args: list[str]) -> tuple[float | None, str]:
    """Milliseconds of one real `python -m warta …` run, or None and why."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "warta", *args, "--db", str(db), "--format", "jsonl"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        return None, f"CLI exit {done.returncode}: {(done.stderr.strip().splitlines() or [''])[-1][:60]}"
    return elapsed, ""


def render(timings: list[Timing], with_cli: bool) -> str:
    """A plain-text table."""
    head = ["question", "rows", "median ms", "max ms"] + (["CLI ms"] if with_cli else []) + ["< 1 s", "note"]
    lines = [head]
    for t in timings:
        cells = [t.name, str(t.rows), ms(t.median_ms), ms(t.max_ms)] + ([ms(t.cli_ms)] if with_cli else [])
        slowest = max((x for x in (t.max_ms, t.cli_ms) if x is not None), default=None)
        cells += ["-" if slowest is None else ("yes" if slowest < TARGET_MS else "NO"), t.note]
        lines.append(cells)
    widths = [max(len(row[i]) for row in lines) for i in range(len(head))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in lines)


def ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "warta-bench-query" / "store.duckdb")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cli", action="store_true", help="also time the real command line")
    args = parser.parse_args()
    db = build_store(args.db)
    with tempfile.TemporaryDirectory() as folder:
        cases, skipped = event_cases() + analysis_cases(), []
        for found in (dyad_cases(), export_cases(Path(folder))):
            (skipped.append if isinstance(found, str) else cases.extend)(found)
        timings = [time_case(db, case, args.repeat) for case in cases]
        if args.cli:
            for case, timing in zip(cases, timings, strict=True):
                if case.cli:
                    timing.cli_ms, note = time_cli(db, case.cli)
                    timing.note = timing.note or note
    with Store(db, read_only=True) as store:
        counts = store.counts()
    print(f"store {db}: {counts['articles']} articles, {counts['events']} events; median of {args.repeat} runs")
    print(render(timings, args.cli))
    for reason in skipped:
        print(reason)


if __name__ == "__main__":
    main()
