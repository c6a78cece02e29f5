"""`warta dyad`, `warta top`, `warta alerts` as a user runs them, on a store made from the seed."""

from __future__ import annotations

import json

import pytest

from conftest import SAMPLES, SEED, run_warta


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("store") / "w.duckdb"
    assert run_warta("ingest", str(SEED.parent), str(SAMPLES), "--db", str(db)).returncode == 0
    return db


def test_dyad_shows_the_visit_the_praise_and_the_deliveries_in_their_months(store, tmp_path):
    plot = tmp_path / "dyad.svg"
    result = run_warta(
        "dyad", "RUS", "PRK", "--db", str(store), "--undirected", "--format", "jsonl", "--plot", str(plot)
    )
    assert result.returncode == 0, result.stderr
    months = {row["start"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert months["2023-09"]["CONSULT"] >= 1  # Kim's trip to Russia, "bulan lalu"
    assert months["2023-10"]["CONSULT"] >= 1 and months["2023-10"]["SUPPORT"] >= 1 and months["2023-10"]["AID"] >= 1
    assert "RUS" in plot.read_text(encoding="utf-8")


def test_top_and_alerts_answer(store):
    top = run_warta("top", "dyads", "--db", str(store), "--format", "jsonl")
    assert top.returncode == 0 and json.loads(top.stdout.splitlines()[0])["actor"] in ("RUS", "PRK")
    alerts = run_warta("alerts", "--db", str(store), "--window", "3m", "--min-events", "1", "--format", "json")
    assert alerts.returncode == 0 and json.loads(alerts.stdout)
    assert run_warta("alerts", "--db", str(store), "--window", "soon").returncode == 2


def test_events_sort_and_plots_from_the_command_line(store, tmp_path):
    ordered = run_warta("events", "--db", str(store), "--order", "-scale", "--format", "jsonl").stdout.splitlines()
    scales = [json.loads(line)["event_scale"] for line in ordered]
    assert scales == sorted(scales, reverse=True)
    for what in ("network", "types"):
        out = tmp_path / f"{what}.png"
        assert run_warta("plot", what, str(out), "--db", str(store)).returncode == 0
        assert out.read_bytes()[:4] == b"\x89PNG"
