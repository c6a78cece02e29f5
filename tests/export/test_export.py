"""`warta.export`: a real store (the seed article, the samples and a near-duplicate copy of the seed),
exported in every format and read back against the published column layouts."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import duckdb
import pytest

from conftest import SAMPLES, SEED
from warta.analysis.query import EventQuery, events
from warta.export import FORMATS, export, mentions_path
from warta.export.cameo import event_code, goldstein, quad_class
from warta.export.dates import first_day
from warta.export.source import event_number
from warta.ingest.run import ingest
from warta.output import CSV_COLUMNS, render
from warta.store.db import Store

# GDELT 2.0 Event Database codebook, in its published order.
GDELT_EVENT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{n}{f}" for n in (1, 2) for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                               "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                               "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in ("Type", "FullName", "CountryCode",
                                                                        "ADM1Code", "ADM2Code", "Lat", "Long",
                                                                        "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)  # fmt: skip
GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]  # fmt: skip
ICEWS_HEADER = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
]  # fmt: skip
PLOVER_FIELDS = {"id", "date", "event", "mode", "context", "actor", "recipient", "cameo", "quad_code", "event_scale",
                 "hedged", "event_text", "event_loc", "text_info", "cite_info", "coder", "version"}  # fmt: skip
COPY_URL = "https://koran.example/2023/10/19/lavrov-pyongyang"
COL = {name: i for i, name in enumerate(GDELT_EVENT_COLUMNS)}
MCOL = {name: i for i, name in enumerate(GDELT_MENTION_COLUMNS)}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    """Seed + samples + a second outlet's copy of the seed (an extra first line, the ad line gone)."""
    folder = tmp_path_factory.mktemp("export")
    text = SEED.read_text(encoding="utf-8").replace("Baca berita dengan sedikit iklan, klik di sini\n", "", 1)
    copy = {"text": "Dibaca 1.234 kali\n" + text, "url": COPY_URL, "outlet": "Koran Contoh"}
    (folder / "copy.jsonl").write_text(json.dumps(copy, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "export.duckdb"
    summary = ingest([str(SEED.parent), str(SAMPLES), str(folder / "copy.jsonl")], str(db))
    assert summary.duplicates == 1 and summary.events > 20
    return db


@pytest.fixture(scope="module")
def store(store_path):
    with Store(store_path, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def records(store) -> list[dict]:
    return events(store, EventQuery())


@pytest.fixture(scope="module")
def gdelt(store, tmp_path_factory) -> tuple[int, list[list[str]], list[list[str]]]:
    out = tmp_path_factory.mktemp("gdelt") / "warta.export.tsv"
    count = export(store, "gdelt", out)
    return count, read_tsv(out), read_tsv(mentions_path(out))


@pytest.fixture(scope="module")
def icews(store, tmp_path_factory) -> tuple[int, list[list[str]]]:
    out = tmp_path_factory.mktemp("icews") / "icews.tsv"
    return export(store, "icews", out), read_tsv(out)


def read_tsv(path: Path) -> list[list[str]]:
    """As GDELT's own readers do: every field a string, split on tabs, nothing quoted."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def pair_count(record: dict) -> int:
    return max(1, len(record["actor"])) * max(1, len(record["recipient"]))


def published_quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 14 else 4


def goldstein_file() -> dict[str, str]:
    lines = (Path(__file__).parents[2] / "src/warta/data/goldstein.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines[1:] if line and not line.startswith("#") and line[0].isdigit())


# -- GDELT events ---------------------------------------------------------------------------------


def test_gdelt_rows_have_the_61_published_columns(gdelt, records):
    count, rows, _ = gdelt
    assert len(GDELT_EVENT_COLUMNS) == 61
    assert count == len(rows) == sum(pair_count(r) for r in records)
    assert all(len(row) == 61 for row in rows)
    assert all(row[COL["GLOBALEVENTID"]].isdigit() for row in rows)
    assert len({row[COL["GLOBALEVENTID"]] for row in rows}) == len(rows)


def test_gdelt_event_codes_keep_their_leading_zero(gdelt, records):
    _, rows, _ = gdelt
    codes = [row[COL["EventCode"]] for row in rows]
    assert all(re.fullmatch(r"\d{3,4}", code) for code in codes)
    assert "042" in codes  # Lavrov's visit to Pyongyang, as GDELT writes it (not 42)
    for row in rows:
        code = row[COL["EventCode"]]
        assert row[COL["EventBaseCode"]] == code[:3]
        assert row[COL["EventRootCode"]] == code[:2]


def test_gdelt_quad_class_and_goldstein_follow_the_cameo_code(gdelt):
    _, rows, _ = gdelt
    weights = goldstein_file()
    for row in rows:
        code = row[COL["EventCode"]]
        assert int(row[COL["QuadClass"]]) == published_quad_class(code)
        weight = weights.get(code) or weights[code[:3]]
        assert float(row[COL["GoldsteinScale"]]) == float(weight)
        assert -10 <= float(weight) <= 10


def test_gdelt_actors_dates_and_places(gdelt, records):
    _, rows, _ = gdelt
    lavrov = next(r for r in records if r["cameo"] == "042" and r["actor"][0]["name"] == "Sergei Lavrov")
    row = next(row for row in rows if row[0] == str(event_number(lavrov["id"])))
    assert row[COL["Actor1Code"]] == "RUSGOV" and row[COL["Actor1CountryCode"]] == "RUS"
    assert row[COL["Actor1Name"]] == lavrov["actor"][0]["name"].upper()
    assert row[COL["ActionGeo_Type"]] == "4" and row[COL["ActionGeo_FullName"]] == "Pyongyang, North Korea"
    assert row[COL["ActionGeo_CountryCode"]] == "KP"
    for row in rows:
        assert re.fullmatch(r"\d{8}|", row[COL["SQLDATE"]])
        assert row[COL["SQLDATE"]][:6] == row[COL["MonthYear"]]
        assert re.fullmatch(r"\d{14}", row[COL["DATEADDED"]])
        assert row[COL["SOURCEURL"]]


def test_gdelt_counts_come_from_the_mentions(gdelt):
    _, rows, _ = gdelt
    assert all(int(row[COL["NumMentions"]]) >= 1 for row in rows)
    copied = [row for row in rows if row[COL["NumArticles"]] == "2"]
    assert copied, "the seed's events are reported by the seed and its copy"
    assert all(row[COL["NumSources"]] == "2" for row in copied)  # Tempo and Koran Contoh


# -- GDELT mentions -------------------------------------------------------------------------------


def test_gdelt_mentions_have_16_columns_and_one_row_per_report(gdelt):
    _, rows, mentions = gdelt
    assert all(len(m) == 16 for m in mentions)
    per_event: dict[str, int] = {}
    for m in mentions:
        per_event[m[0]] = per_event.get(m[0], 0) + 1
    assert per_event == {row[0]: int(row[COL["NumMentions"]]) for row in rows}


def test_gdelt_mention_offsets_point_at_the_trigger_in_each_copy(gdelt, records, store):
    _, _, mentions = gdelt
    texts = dict(store.db.execute("SELECT coalesce(url, id), text FROM articles").fetchall())
    by_number = {event_number(r["id"]): r for r in records}
    checked = 0
    for m in mentions:
        record = by_number.get(int(m[0]))
        offset = int(m[MCOL["ActionCharOffset"]])
        if record is None or offset < 0:
            continue  # a later pair of a multi-actor event; or a copy without the sentence
        trigger = next(s["text"] for s in record["text_info"]["spans"] if s["role"] == "trigger")
        assert texts[m[MCOL["MentionIdentifier"]]][offset:].startswith(trigger)
        checked += 1
    assert checked >= len(records)
    web = [m for m in mentions if m[MCOL["MentionIdentifier"]] == COPY_URL]
    assert web and all(m[MCOL["MentionType"]] == "1" and m[MCOL["MentionSourceName"]] == "koran.example" for m in web)


# -- ICEWS ----------------------------------------------------------------------------------------


def test_icews_header_is_the_20_published_names(icews, gdelt, records):
    count, rows = icews
    assert rows[0] == ICEWS_HEADER
    assert count == len(rows) - 1 == sum(pair_count(r) for r in records)
    assert all(len(row) == 20 for row in rows)
    assert {row[0] for row in rows[1:]} == {row[0] for row in gdelt[1]}  # the same ids as GDELT's


def test_icews_rows_carry_cameo_label_intensity_and_countries(icews):
    rows = [dict(zip(ICEWS_HEADER, row, strict=True)) for row in icews[1][1:]]
    visit = next(r for r in rows if r["CAMEO Code"] == "042" and r["Source Name"] == "Sergei Lavrov")
    assert visit["Event Text"] == "Make a visit" and float(visit["Intensity"]) == 1.9
    assert visit["Target Country"] == "North Korea" and visit["City"] == "Pyongyang"
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d|", r["Event Date"]) for r in rows)
    assert all(r["Event Text"] and float(r["Intensity"]) == goldstein(r["CAMEO Code"]) for r in rows)


# -- CSV, Parquet, PLOVER -------------------------------------------------------------------------


def test_csv_is_what_warta_code_prints(store, records, tmp_path):
    out = tmp_path / "events.csv"
    assert export(store, "csv", out) == len(records)
    with out.open(encoding="utf-8", newline="") as handle:
        assert handle.read() == render(records, "csv")
    assert next(csv.reader(io.StringIO(out.read_text(encoding="utf-8")))) == CSV_COLUMNS


def test_parquet_reads_back_with_duckdb(store, records, tmp_path):
    out = tmp_path / "events.parquet"
    assert export(store, "parquet", out) == len(records)
    with duckdb.connect() as db:
        names = [row[0] for row in db.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(out)]).fetchall()]
        ids = [row[0] for row in db.execute("SELECT id FROM read_parquet(?)", [str(out)]).fetchall()]
        kinds = dict(db.execute("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
                                [str(out)]).fetchall())  # fmt: skip
    assert names == CSV_COLUMNS and ids == [r["id"] for r in records]
    assert kinds["quad_code"] == "INTEGER" and kinds["lat"] == "DOUBLE" and kinds["hedged"] == "BOOLEAN"


def test_plover_jsonl_holds_the_stored_records(store, records, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export(store, "plover", out) == len(records)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == records
    assert all(set(line) >= PLOVER_FIELDS for line in lines)
    assert all(re.fullmatch(r"[0-9a-f]{16}", line["id"]) for line in lines)


# -- queries and edge cases -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_query_narrows_every_format(store, fmt, tmp_path):
    query = EventQuery(actor=["RUS"])
    expected = events(store, query)
    assert expected and len(expected) < len(events(store, EventQuery()))
    count = export(store, fmt, tmp_path / f"rus.{fmt}", query)
    assert count == (sum(pair_count(r) for r in expected) if fmt in ("gdelt", "icews") else len(expected))
    assert export(store, fmt, tmp_path / f"none.{fmt}", EventQuery(actor=["'; DROP TABLE events; --"])) == 0
    assert store.db.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_unknown_format_is_refused(store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export(store, "xlsx", tmp_path / "x.xlsx")


def test_mentions_file_sits_beside_the_events_file(tmp_path):
    assert mentions_path(tmp_path / "gdelt.tsv") == tmp_path / "gdelt.mentions.tsv"
    assert mentions_path(tmp_path / "events") == tmp_path / "events.mentions.tsv"


def test_cameo_helpers_follow_gdelt():
    assert event_code("12") == "120" and event_code("0874") == "0874"
    assert [quad_class(c) for c in ("042", "0874", "1121", "193")] == [1, 2, 3, 4]
    assert goldstein("0874") == 10.0 and goldstein("0429") == goldstein("042") == 1.9  # unknown leaf -> base


def test_dates_take_their_first_day():
    assert str(first_day("2016-01-01/2016-03-31")) == "2016-01-01"
    assert str(first_day("2014-10")) == "2014-10-01" and str(first_day("1950")) == "1950-01-01"
    assert first_day("") is None and first_day("around 2020") is None
