"""The behaviour checklist: short news sentences, written for warta, each with the event a careful
analyst codes from it (or the event it must not code), kept as TSV files in tests/events/checklist/
so that an analyst can read and extend them. One file per language and family of types.

Columns (tab-separated, '#' lines are comments):
  expect     the PLOVER type that must be coded ("ACCUSE"), "!ACCUSE" for a near miss that must not
             code that type, or "!" for a sentence that must code no event at all
  actor      the actor's country code (or other code) that must be among the event's actors
  recipient  a recipient code; "-" when the event has no recipient; empty when any will do
  pub_date   the publication date the sentence is read against (who holds an office then)
  status     "ok", or "miss" for a known miss: such rows are strict xfails, so a fix that makes one
             pass fails here until its status is flipped to "ok"
  sentence   the sentence itself
`bench/checklist.py` prints the pass rate of every file, known misses included."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import coded_in, has_event

HERE = Path(__file__).parent / "checklist"


def rows():
    for path in sorted(HERE.glob("*.tsv")):
        lang = path.stem.split("_")[0]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#") or line.startswith("expect\t"):
                continue
            expect, actor, recipient, pub_date, status, sentence = line.split("\t")
            marks = [pytest.mark.xfail(strict=True, reason="known miss")] if status == "miss" else []
            yield pytest.param(lang, expect, actor, recipient, pub_date, sentence, marks=marks,
                               id=f"{path.stem}:{number}")


def passes(lang: str, expect: str, actor: str, recipient: str, pub_date: str, sentence: str) -> bool:
    """Whether warta codes the sentence as the row expects (shared with bench/checklist.py)."""
    found = coded_in(lang, sentence, pub_date)
    if expect == "!":
        return not found
    if expect.startswith("!"):
        return all(event != expect[1:] for event, _, _ in found)
    return has_event(found, expect, actor, recipient or None)


@pytest.mark.parametrize(("lang", "expect", "actor", "recipient", "pub_date", "sentence"), list(rows()))
def test_checklist_row(lang, expect, actor, recipient, pub_date, sentence):
    assert passes(lang, expect, actor, recipient, pub_date, sentence), sentence


def test_the_pass_rate_script_names_a_bad_argument_in_one_line():
    """`bench/checklist.py` with a file that is not there, or an option it does not know, says so in
    one line and exits non-zero, instead of a traceback."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[2] / "bench" / "checklist.py"
    for arg, words in (("no_such_rows.tsv", "no such checklist file"), ("--bogus", "unknown option")):
        run = subprocess.run([sys.executable, str(script), arg], capture_output=True, text=True, timeout=120)
        assert run.returncode != 0
        assert words in run.stderr and len(run.stderr.strip().splitlines()) == 1
