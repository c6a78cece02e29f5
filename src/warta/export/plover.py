"""Native PLOVER JSON Lines: the stored records, one event a line, as `warta code --format jsonl` prints them."""

from __future__ import annotations

import json
from pathlib import Path

from warta.analysis.query import EventQuery, events
from warta.store.db import Store


def write(store: Store, out_path: str | Path, query: EventQuery | None = None) -> int:
    records = events(store, query or EventQuery())
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    return len(records)
