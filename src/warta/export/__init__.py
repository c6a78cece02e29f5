"""`warta export`: the store's events in the formats other tools read.

    export(store, "gdelt", "events.tsv")            # + events.mentions.tsv beside it
    export(store, "icews", "icews.tsv", EventQuery(actor=["RUS"]))

Formats (one module each; docs/exports.md has every column):
  plover   native PLOVER JSON Lines, the stored records
  gdelt    GDELT 2.0 events (61 columns) and mentions (16 columns), tab-separated, no header
  icews    ICEWS events (20 columns), tab-separated, with a header
  csv      the flat columns of `warta code --format csv`
  parquet  the same flat columns, typed, in one Parquet file
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from warta.analysis.query import EventQuery
from warta.export import flat, gdelt, icews, parquet, plover
from warta.export.gdelt import mentions_path
from warta.store.db import Store

Writer = Callable[[Store, str | Path, EventQuery | None], int]
WRITERS: dict[str, Writer] = {
    "plover": plover.write,
    "gdelt": gdelt.write,
    "icews": icews.write,
    "csv": flat.write,
    "parquet": parquet.write,
}
FORMATS = tuple(WRITERS)

__all__ = ["FORMATS", "export", "mentions_path"]


def export(store: Store, fmt: str, out_path: str | Path, query: EventQuery | None = None) -> int:
    """Write the events `query` selects (all when None) to `out_path` in `fmt`; return the rows written.

    GDELT and ICEWS rows are actor–recipient pairs, so they can outnumber the events; the GDELT
    mentions table goes to `mentions_path(out_path)`. Raises ValueError for an unknown format.
    """
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown export format: {fmt!r} (known: {', '.join(FORMATS)})")
    store.flush()
    return writer(store, out_path, query)
