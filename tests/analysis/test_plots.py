"""Pictures from a real store (the Tempo seed article and the samples): PNG and SVG files that
are written, not empty, and say in their titles what they show and over which data."""

from __future__ import annotations

import json
import re

import pycountry
import pytest

from conftest import SAMPLES, SEED
from warta.analysis.dyads import dyad_events, dyad_series, store_note, undated_count
from warta.analysis.plots import plot_dyad, plot_network, plot_types
from warta.analysis.query import EventQuery, events
from warta.ingest.run import ingest
from warta.store.db import Store

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ALL_CODES = {country.alpha_3 for country in pycountry.countries} | {"UNO", "EUR", "IGO", "NGO", "IMG"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The seed with its publication date (from its .meta.json) and the sample articles."""
    folder = tmp_path_factory.mktemp("plots")
    meta = json.loads(SEED.with_name(SEED.stem + ".meta.json").read_text(encoding="utf-8"))
    record = {"text": SEED.read_text(encoding="utf-8"), "date": meta["pub_date"], "outlet": meta["outlet"]}
    (folder / "seed.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest([str(folder / "seed.jsonl"), str(SAMPLES)], str(folder / "warta.duckdb"))
    with Store(folder / "warta.duckdb", read_only=True) as opened:
        yield opened


def svg_texts(path) -> list[str]:
    """The text drawn in an SVG (matplotlib writes it as <text> elements, not as outlines)."""
    svg = path.read_text(encoding="utf-8")
    return [re.sub(r"<[^>]+>", "", chunk) for chunk in re.findall(r"<text\b[^>]*>(.*?)</text>", svg, re.S)]


def svg_title(path) -> str:
    return re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), re.S).group(1)


def test_store_note_names_the_file_and_its_articles(store):
    assert store_note(store) == "warta.duckdb (7 articles)"


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_a_dyad_over_time(store, tmp_path, suffix):
    periods = dyad_series(store, "RUS", "PRK", by="month", since="2023-08", until="2023-11")
    path = plot_dyad(periods, "RUS", "PRK", tmp_path / f"dyad{suffix}", store_note(store), by="month")
    assert path.stat().st_size > 10_000
    if suffix == ".png":
        assert path.read_bytes().startswith(PNG_MAGIC)
        return
    title = "RUS → PRK, events per month, warta.duckdb (7 articles)"
    assert svg_title(path) == title and title in svg_texts(path)
    assert [text for text in svg_texts(path) if text in ("Aug", "Sep", "Oct", "Nov", "2023")] == [
        "Aug",
        "2023",
        "Sep",
        "2023",
        "Oct",
        "2023",
        "Nov",
        "2023",
    ]  # every month labelled under its bar


def test_an_undirected_dyad_by_week_guesses_its_period_and_tells_what_is_missing(store, tmp_path):
    periods = dyad_series(store, "RUS", "PRK", by="week", undirected=True)
    undated = undated_count(dyad_events(store, "RUS", "PRK", undirected=True))
    path = plot_dyad(periods, "rus", "prk", tmp_path / "dyad.svg", "seed", undirected=True, undated=undated)
    assert svg_title(path) == "RUS ↔ PRK, events per week, seed"
    subtitle = next(text for text in svg_texts(path) if " in " in text and "weeks" in text)
    events = sum(p.events for p in periods)
    assert subtitle.startswith(f"{events} events in ")
    assert (f"{undated} event" in subtitle) == bool(undated)


def test_a_dyad_with_no_events_still_makes_a_picture(store, tmp_path):
    path = plot_dyad([], "IDN", "NZL", tmp_path / "empty.svg", "seed", by="year")
    assert "no dated events for this dyad" in svg_texts(path)


def test_the_network_of_the_busiest_dyads(store, tmp_path):
    png = plot_network(store, tmp_path / "network.png", top=8)
    svg = plot_network(store, tmp_path / "network.svg", top=8)
    assert png.read_bytes().startswith(PNG_MAGIC) and png.stat().st_size > 10_000
    assert svg_title(svg) == "Top 8 dyads (actor → recipient) by events, all dates, warta.duckdb (7 articles)"
    assert {"RUS", "PRK"} <= set(svg_texts(svg))  # the busiest pair of the seed


def test_the_network_since_a_day_says_so(store, tmp_path):
    svg = plot_network(store, tmp_path / "network.svg", since="2024-01-01")
    assert ", since 2024-01-01, " in svg_title(svg)
    recent = events(store, EventQuery(since="2024-01-01"))
    parties = [record["actor"] + record["recipient"] for record in recent if record["recipient"]]
    codes = {entity["code"] for entities in parties for entity in entities}
    drawn = set(svg_texts(svg)) & ALL_CODES
    assert drawn and drawn <= codes
    assert "JPN" in set(svg_texts(plot_network(store, tmp_path / "all.svg"))) - drawn  # the seed's 2023 exercise


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_events_by_type_over_time(store, tmp_path, suffix):
    path = plot_types(store, tmp_path / f"types{suffix}", by="month")
    assert path.stat().st_size > 10_000
    if suffix == ".svg":
        assert svg_title(path) == "Events by PLOVER type, per month, warta.duckdb (7 articles)"
        assert {"CONSULT", "SUPPORT", "AID"} <= set(svg_texts(path))  # legend entries


def test_events_by_type_with_a_panel_per_actor(store, tmp_path):
    path = plot_types(store, tmp_path / "types.svg", by="year", top_actors=["rus", "PRK"])
    labels = svg_texts(path)
    assert "events, RUS as actor" in labels and "events, PRK as actor" in labels
    top_two = plot_types(store, tmp_path / "top.svg", by="year", top_actors=2)
    assert sum(text.startswith("events, ") for text in svg_texts(top_two)) == 2


def test_a_picture_is_png_or_svg(store, tmp_path):
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        plot_network(store, tmp_path / "network.jpg")
