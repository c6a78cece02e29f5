"""CSV with a header: the flat columns of `warta code --format csv` (warta.output.csv_row), one event a row."""

from __future__ import annotations

import csv
from pathlib import Path

from warta.analysis.query import EventQuery, events
from warta.output import CSV_COLUMNS, csv_row
from warta.store.db import Store


def write(store: Store, out_path: str | Path, query: EventQuery | None = None) -> int:
    records = events(store, query or EventQuery())
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(csv_row(record) for record in records)
    return len(records)
