"""Ingest speed and memory: HTML pages in a WARC → stored events, on one core.

    .venv/bin/python bench/ingest.py [--repeat 10]

Writes a WARC.gz of the 36 saved Indonesian pages in ../shared/corpus/html-id (bench/make_warc.py),
ingests it into a fresh DuckDB file in a child process pinned to one core, and prints articles per
second and the child's peak memory; then does the same with a WARC `--repeat` times larger, to show
that memory stays flat while streaming (the copies have new URIs, so each is read and extracted).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_warc import write_warc  # noqa: E402


def ingest_once(warc: Path, db: Path) -> tuple[float, float, str]:
    """Seconds, peak RSS of the child in MB, and its summary line."""
    command = [sys.executable, "-m", "warta", "ingest", str(warc), "--db", str(db)]
    started = time.perf_counter()
    child = subprocess.run(command, capture_output=True, text=True, preexec_fn=lambda: os.sched_setaffinity(0, {0}))
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = [line for line in child.stderr.splitlines() if line.startswith("read ")]
    return elapsed, peak, summary[0] if summary else child.stderr.strip()[-200:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for repeat in (1, args.repeat):
            warc = Path(folder) / f"pages-{repeat}.warc.gz"
            pages = write_warc(warc, repeat)
            elapsed, peak, summary = ingest_once(warc, Path(folder) / f"w{repeat}.duckdb")
            count = pages
            print(
                f"{repeat:>3}x WARC ({warc.stat().st_size / 1e6:.1f} MB, {count} pages): {count / elapsed:.1f} pages/s "
                f"in {elapsed:.1f} s (incl. start-up), peak memory so far {peak:.0f} MB  | {summary}"
            )


if __name__ == "__main__":
    main()
