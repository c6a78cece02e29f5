"""Shared paths: the corpora in ../shared are read in place, never copied into the repo."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "corpus" / "seed" / "tempo-2023-10-19-lavrov-pyongyang.txt"
SEED_GOLD = SHARED / "corpus" / "seed" / "tempo-2023-10-19-lavrov-pyongyang.events.jsonl"
SAMPLES = ROOT / "samples" / "articles.jsonl"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def run_warta(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """The real command line, in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "warta", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
