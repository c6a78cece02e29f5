"""The command line as a user runs it: real files, real subprocesses."""

from __future__ import annotations

import csv
import io
import json

from conftest import SAMPLES, SEED, run_warta


def test_code_a_text_file_prints_jsonl_records_with_the_contract_fields():
    result = run_warta("code", str(SEED), "--pub-date", "2023-10-19", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        assert {
            "id",
            "date",
            "event",
            "mode",
            "context",
            "actor",
            "recipient",
            "cameo",
            "quad_code",
            "event_scale",
            "hedged",
            "event_text",
            "event_loc",
            "text_info",
            "cite_info",
        } <= set(record)
        assert {"doc", "line", "start", "end", "sentence", "spans", "rules"} <= set(record["text_info"])
        assert {"publication", "reported_by", "language", "pub_date"} <= set(record["cite_info"])
        assert record["cite_info"]["language"] == "id"
        for party in record["actor"] + record["recipient"]:
            assert set(party) >= {"code", "sector", "text", "name"}


def test_ids_are_deterministic_across_runs():
    first = run_warta("code", str(SEED), "--pub-date", "2023-10-19", "--format", "jsonl").stdout
    second = run_warta("code", str(SEED), "--pub-date", "2023-10-19", "--format", "jsonl").stdout
    assert [json.loads(x)["id"] for x in first.splitlines()] == [json.loads(x)["id"] for x in second.splitlines()]


def test_stdin_and_jsonl_corpus_input():
    line = json.dumps(
        {
            "id": "a1",
            "text": "Presiden Joko Widodo mengecam serangan Israel terhadap Gaza.",
            "date": "2023-11-02",
            "lang": "id",
        }
    )
    result = run_warta("code", "-", "--format", "jsonl", stdin=line + "\n")
    assert result.returncode == 0, result.stderr
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert records and all(r["text_info"]["doc"] == "a1" for r in records)
    assert records[0]["date"] == "2023-11-02"


def test_bad_jsonl_lines_are_reported_and_the_rest_is_coded(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "ok", "text": "Korea Selatan mendesak Rusia untuk mematuhi resolusi PBB.", "date": "2023-10-19"}\n'
        "this is not json\n"
        '{"id": "nolang", "text": "x", "lang": "fr"}\n',
        encoding="utf-8",
    )
    result = run_warta("code", str(corpus), "--format", "jsonl")
    assert result.returncode == 1
    assert "corpus.jsonl:2: not JSON" in result.stderr
    assert "unsupported language 'fr'" in result.stderr
    assert "Traceback" not in result.stderr
    assert any(json.loads(x)["text_info"]["doc"] == "ok" for x in result.stdout.splitlines())


def test_csv_and_table_formats(tmp_path):
    result = run_warta("code", str(SAMPLES), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {"id", "date", "event", "actor", "recipient", "cameo"} <= set(rows[0])
    table = run_warta("code", str(SAMPLES), "--format", "table")
    assert table.stdout.splitlines()[0].split()[:4] == ["DATE", "LINE", "ACTOR", "EVENT"]


def test_usage_errors_are_one_line_and_exit_2():
    result = run_warta("code", str(SEED), "--pub-date", "19/10/2023")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr
    missing = run_warta("code", "no/such/file.txt", "--format", "jsonl")
    assert missing.returncode == 1 and "no such file" in missing.stderr


def test_explain_shows_spans_rules_and_drop_reasons():
    result = run_warta("explain", str(SEED), "--pub-date", "2023-10-19", "--line", "22")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("line 22") == 3  # three sentences on that line
    assert "CODED" in out and "rules" in out and "actor " in out


def test_explain_says_why_a_candidate_was_dropped(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(
        "Belum jelas apakah Korea Utara akan menyerang Jepang.\nIndonesia tidak mengecam Malaysia.\n", encoding="utf-8"
    )
    out = run_warta("explain", str(article), "--pub-date", "2024-01-05").stdout
    assert "dropped: hypothetical" in out
    assert "dropped: negated (tidak)" in out
    as_json = json.loads(
        run_warta("explain", str(SEED), "--pub-date", "2023-10-19", "--line", "7", "--format", "json").stdout
    )
    assert as_json[0]["actors"] and as_json[0]["candidates"]


def test_every_command_has_help():
    for command in ("code", "explain"):
        result = run_warta(command, "--help")
        assert result.returncode == 0 and "Usage" in result.stdout
