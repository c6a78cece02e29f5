"""Pass rate of the behaviour checklist (tests/events/checklist/*.tsv), known misses included:
per file, per language and per expected type; with --fails, each failing row and what warta coded.
    .venv/bin/python bench/checklist.py [--fails] [FILE...]"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "events"))

from test_checklist import HERE, passes  # noqa: E402

from conftest import coded_in  # noqa: E402


def main(paths: list[Path], fails: bool = False) -> None:
    tally: dict[str, Counter] = {}
    for path in paths:
        lang = path.stem.split("_")[0]
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or line.startswith("expect\t"):
                continue
            expect, actor, recipient, pub_date, _status, sentence = line.split("\t")
            ok = passes(lang, expect, actor, recipient, pub_date, sentence)
            if fails and not ok:
                got = coded_in(lang, sentence, pub_date)
                print(f"{path.stem}: want {expect} {actor}->{recipient or '*'} got {got}")
                print(f"    {sentence}")
            kind = expect if not expect.startswith("!") else "near miss"
            for key in (path.stem, lang, kind):
                tally.setdefault(key, Counter())[ok] += 1
    for key, count in tally.items():
        total = count[True] + count[False]
        print(f"{key:28} {count[True]:4}/{total:<4} {count[True] / total:.2f}")


def usage_error(args: list[str]) -> str | None:
    """A one-line complaint about the command line, or None: an unknown option or a missing file."""
    for arg in args:
        if arg.startswith("-"):
            return f"unknown option {arg}; usage: bench/checklist.py [--fails] [FILE...]"
        if not Path(arg).is_file():
            return f"no such checklist file: {arg}"
    return None


if __name__ == "__main__":
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        sys.exit(0)
    args = [a for a in sys.argv[1:] if a != "--fails"]
    problem = usage_error(args)
    if problem:
        sys.exit(f"checklist: {problem}")
    main([Path(p) for p in args] or sorted(HERE.glob("*.tsv")), fails="--fails" in sys.argv)
