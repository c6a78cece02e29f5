"""One Parquet file of the flat CSV columns, typed, written by DuckDB's COPY (no pandas, no pyarrow).

The rows go through a temporary JSON Lines file that DuckDB reads with fixed column types; an empty
CSV cell is NULL here.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import duckdb

from warta.analysis.query import EventQuery, events
from warta.output import CSV_COLUMNS, csv_row
from warta.store.db import Store

TYPES = {"quad_code": "INTEGER", "event_scale": "DOUBLE", "hedged": "BOOLEAN", "lat": "DOUBLE", "lon": "DOUBLE",
         "line": "INTEGER"}  # fmt: skip
COLUMN_TYPES = {name: TYPES.get(name, "VARCHAR") for name in CSV_COLUMNS}
COPY_SQL = "COPY (SELECT * FROM read_json(?, format = 'newline_delimited', columns = {columns})) TO ? (FORMAT parquet)"


def write(store: Store, out_path: str | Path, query: EventQuery | None = None) -> int:
    records = events(store, query or EventQuery())
    with tempfile.TemporaryDirectory(prefix="warta-export-") as folder:
        rows = Path(folder) / "rows.jsonl"
        with rows.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(typed_row(csv_row(r)), ensure_ascii=False) + "\n" for r in records)
        columns = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in COLUMN_TYPES.items()) + "}"
        with duckdb.connect() as db:
            db.execute(COPY_SQL.format(columns=columns), [str(rows), str(out_path)])
    return len(records)


def typed_row(row: dict) -> dict:
    return {name: (None if value == "" else value) for name, value in row.items()}
