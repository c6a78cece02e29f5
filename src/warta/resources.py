"""Access to the data files shipped in `warta/data/` (loaded once, cached)."""

from __future__ import annotations

import csv
import functools
from importlib import resources
from pathlib import Path

import yaml


def data_dir() -> Path:
    return Path(str(resources.files("warta") / "data"))


@functools.cache
def load_yaml(relative: str) -> object:
    """Parse one YAML data file; a missing file reads as an empty list."""
    path = data_dir() / relative
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or []


def load_yaml_glob(pattern: str) -> list:
    """Concatenate the entry lists of every YAML file matching `pattern` (sorted by name)."""
    entries: list = []
    for path in sorted(data_dir().glob(pattern)):
        entries.extend(load_yaml(str(path.relative_to(data_dir()))))
    return entries


@functools.cache
def load_tsv(relative: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file with a header line; `#` lines are comments."""
    path = data_dir() / relative
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [
        {key: (value or "").strip() for key, value in row.items() if key}
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


def load_tsv_glob(pattern: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted(data_dir().glob(pattern)):
        rows.extend(load_tsv(str(path.relative_to(data_dir()))))
    return rows
