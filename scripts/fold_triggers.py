"""Fold trigger files into the lexicon's layout: one file per PLOVER type.

warta's event triggers live in `src/warta/data/<lang>/triggers/<type>.yaml` (`accuse.yaml` …
`threaten.yaml`; stop entries, event NONE, in `not_events.yaml`), so that an analyst who wants to
see or extend what codes ACCUSE opens one file. A new pass of entries may first be written as a file
of its own in that folder (`triggers/s25_recall.yaml`; the coder loads every file there); this script
then moves each entry to its type's file, after the entries already there, under a `# from <file>`
line, with the comment lines written above it, and appends the pass's header comment to
`docs/lexicon-history.md`, which says why each pass was made.

    python scripts/fold_triggers.py

Order matters only among equally specific entries at one word (the first loaded wins), and folding
keeps each type's entries in the order they were loaded.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "src" / "warta" / "data"
HISTORY = REPO / "docs" / "lexicon-history.md"
LANGUAGES = {"en": "English", "id": "Indonesian"}
STOP = "not_events"


@dataclass
class Entry:
    source: str  # the file the entry was written in
    comments: list[str]  # the comment lines written right above it
    lines: list[str]  # the entry itself, as written


@dataclass
class Pass:
    """A file of entries to fold: its header comment and its entries by type file."""

    name: str
    header: list[str] = field(default_factory=list)
    entries: dict[str, list[Entry]] = field(default_factory=dict)


def type_file(event: str) -> str:
    return STOP if event == "NONE" else event.lower()


def read_pass(path: Path, name: str) -> Pass:
    """Split a trigger file into its header and its entries, each with the comments above it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    folded = Pass(name)
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        folded.header.append(lines[i])
        i += 1
    comments: list[str] = []
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.startswith("#"):
            comments.append(line)
            i += 1
            continue
        if not line.startswith("- "):
            sys.exit(f"{path}:{i + 1}: expected an entry ('- {{id: …}}'), found {line!r}")
        entry = [line]
        i += 1
        while i < len(lines) and lines[i].startswith("  "):
            entry.append(lines[i])
            i += 1
        event = yaml.safe_load("\n".join(entry))[0]["event"]
        folded.entries.setdefault(type_file(str(event)), []).append(Entry(name, trim(comments), entry))
        comments = []
    return folded


def trim(lines: list[str]) -> list[str]:
    """Comment lines without the blank lines around them."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def type_header(lang: str, kind: str) -> list[str]:
    what = kind.upper()
    if kind == STOP:
        what = "stop entries (event NONE): phrases that hold a trigger word but tell no event"
    return [
        f"# {LANGUAGES[lang]} event triggers: {what}.",
        "# Format and matching: docs/data-format.md. Entries are grouped by the pass that added them ('# from …';",
        "# why each pass was made: docs/lexicon-history.md). Written for warta (Apache-2.0); some entries were",
        "# converted from the CAMEO verb dictionary of openeventdata/petrarch2 (MIT, see ../../LICENSES.md).",
    ]


def append(path: Path, lang: str, kind: str, entries: list[Entry]) -> None:
    text = path.read_text(encoding="utf-8").rstrip("\n").splitlines() if path.exists() else type_header(lang, kind)
    source = None
    for entry in entries:
        if entry.source != source:
            text += ["", f"# from {entry.source}"]
            source = entry.source
        if entry.comments:
            text += entry.comments
        text += entry.lines
    path.write_text("\n".join(text) + "\n", encoding="utf-8")


def passes(lang: str) -> list[Path]:
    """The files to fold: those in the folder that are not a type's file, in the order the coder
    loads them."""
    folder = DATA / lang / "triggers"
    kinds = {event.lower() for event in yaml.safe_load((DATA / "plover.yaml").read_text(encoding="utf-8"))} | {STOP}
    return [path for path in sorted(folder.glob("*.yaml")) if path.stem not in kinds]


def record_history(folded: Pass) -> None:
    lines = [line[2:] if line.startswith("# ") else line.lstrip("#") for line in folded.header]
    text = HISTORY.read_text(encoding="utf-8").rstrip("\n") if HISTORY.exists() else history_intro()
    HISTORY.write_text(text + f"\n\n## {folded.name}\n\n" + "\n".join(lines) + "\n", encoding="utf-8")


def history_intro() -> str:
    return (
        "# The trigger lexicon's passes\n\n"
        "The event triggers were written pass by pass, each pass a file of its own with a header that said\n"
        "what it added and why. `scripts/fold_triggers.py` moved their entries into one file per type\n"
        "(`src/warta/data/<lang>/triggers/<type>.yaml`), where each run of entries sits under a line\n"
        "`# from <file>`; the headers are kept here, in the order the passes were folded."
    )


def fold(lang: str) -> int:
    folder = DATA / lang / "triggers"
    folder.mkdir(exist_ok=True)
    moved = 0
    for path in passes(lang):
        folded = read_pass(path, f"{lang}/triggers/{path.name}")
        for kind, entries in folded.entries.items():
            append(folder / f"{kind}.yaml", lang, kind, entries)
            moved += len(entries)
        record_history(folded)
        path.unlink()
    return moved


def main() -> None:
    for lang in LANGUAGES:
        print(f"{lang}: {fold(lang)} entries folded")


if __name__ == "__main__":
    main()
