"""Gold sets on disk: NAME.meta.json + NAME.events.jsonl (+ NAME.txt when the text is ours).

`text` in a meta file points at the article when it lives elsewhere, relative to the meta file:
`…/indosum-politics-570.jsonl#ID` is that record's `text`; `…/dev.en.txt#L1-400` is those lines of a
line-aligned file (line numbers stay those of the whole file: earlier lines read as empty).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from warta.model import Article


@dataclass(slots=True)
class GoldDoc:
    name: str
    article: Article
    events: list[dict] = field(default_factory=list)
    set_name: str = ""


def find_meta_files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(path.rglob("*.meta.json"))
        elif path.name.endswith(".events.jsonl"):
            found.append(path.with_name(path.name.removesuffix(".events.jsonl") + ".meta.json"))
        elif path.name.endswith(".meta.json"):
            found.append(path)
        else:
            raise FileNotFoundError(f"{raw}: not a gold folder, .meta.json or .events.jsonl")
    return found


def read_text(meta_path: Path, meta: dict) -> str:
    name = meta_path.name.removesuffix(".meta.json")
    beside = meta_path.with_name(name + ".txt")
    if not meta.get("text"):
        return beside.read_text(encoding="utf-8")
    target, _, fragment = str(meta["text"]).partition("#")
    path = (meta_path.parent / target).resolve()
    if fragment.startswith("L") and "-" in fragment:
        first, last = (int(x) for x in fragment[1:].split("-"))
        lines = path.read_text(encoding="utf-8").split("\n")
        return "\n".join(line if first <= n <= last else "" for n, line in enumerate(lines, start=1))
    if fragment:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if str(record.get("id")) == fragment:
                    return record["text"]
        raise KeyError(f"{meta_path}: no record {fragment!r} in {path}")
    return path.read_text(encoding="utf-8")


def load_gold(meta_path: Path) -> GoldDoc:
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    name = meta_path.name.removesuffix(".meta.json")
    events_path = meta_path.with_name(name + ".events.jsonl")
    events = []
    if events_path.exists():
        events = [json.loads(line) for line in events_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    article = Article(
        id=name,
        text=read_text(meta_path, meta),
        pub_date=meta.get("pub_date"),
        lang=meta.get("lang"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        credit=meta.get("credit"),
    )
    return GoldDoc(name, article, events, meta_path.parent.name)


def load_gold_sets(paths: list[str]) -> list[GoldDoc]:
    return [
        load_gold(p)
        for p in find_meta_files(paths)
        if p.with_name(p.name.removesuffix(".meta.json") + ".events.jsonl").exists()
    ]
