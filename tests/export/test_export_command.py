"""`warta export` as a user runs it."""

from __future__ import annotations

from conftest import SAMPLES, run_warta


def test_export_writes_each_format(tmp_path):
    db = tmp_path / "w.duckdb"
    assert run_warta("ingest", str(SAMPLES), "--db", str(db)).returncode == 0
    for fmt, name in (
        ("gdelt", "e.tsv"),
        ("icews", "i.tsv"),
        ("plover", "p.jsonl"),
        ("csv", "c.csv"),
        ("parquet", "e.parquet"),
    ):
        result = run_warta("export", str(tmp_path / name), "--format", fmt, "--db", str(db))
        assert result.returncode == 0, result.stderr
        assert (tmp_path / name).stat().st_size > 0
    first = (tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert len(first.split("\t")) == 61
    assert (tmp_path / "e.mentions.tsv").exists()
