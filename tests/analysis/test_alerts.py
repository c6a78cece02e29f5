"""`alerts()`: a year of Indonesian–Malaysian cooperation, then a month of conflict, must show up."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import SAMPLES, SEED
from warta.analysis.alerts import Alert, alerts, cut_windows, date_span, parse_window, window_of
from warta.ingest.run import ingest
from warta.store.db import Store

STATES = ["Sabah", "Sarawak", "Johor", "Penang", "Melaka", "Kedah", "Perak", "Pahang", "Selangor", "Kelantan"]
STATES += ["Terengganu", "Perlis"]
TOPICS = ["perdagangan", "pendidikan", "pariwisata", "energi", "kesehatan", "perikanan", "pertanian", "kebudayaan"]
TOPICS += ["transportasi", "teknologi", "kehutanan", "olahraga"]
# Each story gets a line of its own so that no two are near-duplicates or learned boilerplate.
CONFLICT = [
    "Indonesia mengecam Malaysia atas penangkapan 5 nelayan di perairan Sabah.",
    "Indonesia menuduh Malaysia melanggar perbatasan laut di dekat Sarawak.",
    "Indonesia mengancam akan memutus hubungan dengan Malaysia setelah insiden di Johor.",
    "Indonesia mengecam Malaysia atas pengusiran 17 pekerja migran dari Penang.",
]
SINGAPORE = [
    "Indonesia mengecam Singapura atas penolakan ekstradisi seorang buronan korupsi.",
    "Indonesia menuduh Singapura melindungi 12 buronan kasus perbankan.",
    "Indonesia mengecam Singapura atas latihan militer di wilayah udara Natuna.",
]


def story(key: str, date: str, *lines: str) -> dict:
    return {"id": key, "date": date, "lang": "id", "outlet": "warta test", "text": "\n".join(lines)}


def cooperation(month: int) -> list[dict]:
    """Two stories a month in 2023: Indonesian aid to Malaysia, and a visit."""
    state, topic = STATES[month - 1], TOPICS[month - 1]
    return [
        story(
            f"aid-{month}",
            f"2023-{month:02d}-08",
            f"Pemerintah Indonesia memberikan bantuan kemanusiaan kepada Malaysia untuk korban banjir di {state}.",
            f"Harga cabai di pasar {state} naik {month + 3} persen menurut pedagang setempat.",
        ),
        story(
            f"visit-{month}",
            f"2023-{month:02d}-22",
            f"Menteri Luar Negeri Indonesia mengunjungi Malaysia untuk membahas kerja sama {topic}.",
            f"Sebanyak {month * 7 + 11} mahasiswa mengikuti lomba {topic} di kampus.",
        ),
    ]


def conflict() -> list[dict]:
    """January 2024: four conflict stories on Malaysia, three on Singapore (a dyad never seen before)."""
    malaysia = [
        story(
            f"conflict-{i}",
            f"2024-01-{5 + 5 * i:02d}",
            line,
            f"Sekitar {i * 13 + 40} warga berkumpul di {STATES[-i - 1]}.",
        )
        for i, line in enumerate(CONFLICT)
    ]
    singapore = [
        story(f"singapore-{i}", f"2024-01-{6 + 5 * i:02d}", line, f"Sebanyak {i * 9 + 30} kapal berlabuh di Batam.")
        for i, line in enumerate(SINGAPORE)
    ]
    return malaysia + singapore


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The stories above as a JSONL file, ingested for real."""
    folder = tmp_path_factory.mktemp("alerts")
    stories = [s for month in range(1, 13) for s in cooperation(month)] + conflict()
    path = folder / "stories.jsonl"
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stories), encoding="utf-8")
    summary = ingest([str(path)], str(folder / "w.duckdb"))
    assert (summary.new, summary.duplicates) == (len(stories), 0)
    with Store(folder / "w.duckdb", read_only=True) as opened:
        yield opened


def dyad(found: list[Alert], actor: str, recipient: str) -> Alert:
    return next(alert for alert in found if (alert.actor, alert.recipient) == (actor, recipient))


def test_a_burst_of_conflict_after_months_of_cooperation_is_the_top_mover(store):
    found = alerts(store, window="1m", until="2024-01-31")
    mover = found[0]
    assert (mover.actor, mover.recipient, mover.window) == ("IDN", "MYS", "2024-01-01/2024-01-31")
    assert mover.history_windows == 12 and mover.usual_events == 2 and mover.usual_balance == 7
    assert mover.z_balance < -5 and mover.z_volume > 1 and mover.score > 5 and not mover.note
    assert [e.sentence for e in mover.evidence] == CONFLICT
    assert {e.event for e in mover.evidence} == {"ACCUSE", "THREATEN"}
    assert [e.date for e in mover.evidence] == ["2024-01-05", "2024-01-10", "2024-01-15", "2024-01-20"]
    assert mover.balance == pytest.approx(sum(e.event_scale for e in mover.evidence) / 4, abs=0.01)


def test_until_defaults_to_the_latest_event_day(store):
    mover = alerts(store)[0]
    assert (mover.actor, mover.recipient, mover.window) == ("IDN", "MYS", "2023-12-22/2024-01-20")
    assert mover.evidence[0].event == "CONSULT"  # the visit of 22 December falls in the last 30 days too
    assert mover.score > 5


def test_a_dyad_without_history_gets_a_note_not_a_score_and_ranks_after_the_scored(store):
    found = alerts(store, window="1m", until="2024-01-31")
    newcomer = dyad(found, "IDN", "SGP")
    assert newcomer.score is None and newcomer.z_volume is None and newcomer.note.startswith("new dyad")
    assert len(newcomer.evidence) == 3 and found.index(newcomer) > found.index(dyad(found, "IDN", "MYS"))


def test_a_short_history_is_noted(store):
    mover = alerts(store, window="1m", until="2024-01-31", history=2)[0]
    assert mover.history_windows == 2 and mover.score is None and "only 2 earlier window(s)" in mover.note


def test_min_events_and_limit(store):
    assert alerts(store, window="1m", until="2024-01-31", min_events=5) == []
    assert len(alerts(store, window="1m", until="2024-01-31", limit=1)) == 1


def test_a_quiet_window_raises_nothing(store):
    assert alerts(store, window="1m", until="2023-06-30") == []  # two events a month, as always


def test_an_alert_reads_as_a_line_and_as_json(store):
    mover = alerts(store, window="1m", until="2024-01-31")[0]
    assert mover.describe().startswith("IDN→MYS 2024-01-01/2024-01-31: 4 events, balance -2.75 (usually 2.0 events")
    assert json.loads(json.dumps(mover.as_dict()))["evidence"][0]["event"] == "ACCUSE"


def test_alerts_run_on_the_seed_and_samples(tmp_path):
    ingest([str(SEED.parent), str(SAMPLES)], str(tmp_path / "w.duckdb"))
    with Store(tmp_path / "w.duckdb", read_only=True) as store:
        found = alerts(store, window="12m", min_events=1)
    # two articles a year apart: no dyad has enough history for a score, each says why
    assert found and all(alert.note and alert.score is None for alert in found)
    for alert in found:
        start, end = alert.window.split("/")
        assert all(start <= e.date[:10] <= end for e in alert.evidence)


def test_an_empty_store_has_no_alerts(tmp_path):
    with Store(tmp_path / "w.duckdb") as store:
        assert alerts(store) == []


@pytest.mark.parametrize(("text", "parsed"), [("7d", (7, "d")), ("30d", (30, "d")), ("4w", (4, "w")), ("3M", (3, "m"))])
def test_window_lengths(text, parsed):
    assert parse_window(text) == parsed


@pytest.mark.parametrize("text", ["30", "0d", "d30", "30y", "30d; DROP TABLE events", ""])
def test_a_bad_window_is_refused(text):
    with pytest.raises(ValueError, match="window"):
        parse_window(text)


def test_month_windows_ending_on_a_month_end_are_calendar_months():
    quarters = cut_windows(dt.date(2024, 9, 30), "3m", 2)
    assert [w.label() for w in quarters] == ["2024-04-01/2024-06-30", "2024-07-01/2024-09-30"]
    weeks = cut_windows(dt.date(2024, 3, 15), "4w", 2)
    assert [w.label() for w in weeks] == ["2024-01-20/2024-02-16", "2024-02-17/2024-03-15"]


def test_an_event_counts_only_in_a_window_that_holds_its_whole_date():
    weeks = cut_windows(dt.date(2024, 3, 31), "7d", 3)
    starts = [w.start for w in weeks]
    assert window_of(date_span("2024-03-30"), weeks, starts) == 2
    assert window_of(date_span("2024-03-25/2024-03-31"), weeks, starts) == 2
    assert window_of(date_span("2024-03"), weeks, starts) is None  # a month is longer than a week
    assert window_of(date_span("2024-01-02"), weeks, starts) is None  # before the first window
    assert date_span("2016") == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    assert date_span("") is None and date_span("next week") is None
