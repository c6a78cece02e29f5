"""`warta eval` and `warta agree` on real files."""

from __future__ import annotations

import json

from conftest import SHARED, run_warta


def test_eval_scores_the_seed_and_writes_errors(tmp_path):
    errors = tmp_path / "errors.jsonl"
    result = run_warta("eval", str(SHARED / "corpus" / "seed"), "--by", "type", "--errors", str(errors))
    assert result.returncode == 0, result.stderr
    assert "all: events" in result.stdout and "CONSULT" in result.stdout
    for line in errors.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["kind"] in ("miss", "false_alarm")


def test_eval_json_has_figures_per_set_type_and_language():
    result = run_warta("eval", str(SHARED / "corpus" / "seed"), "--format", "json")
    figures = json.loads(result.stdout)
    assert set(figures) >= {"events", "type_only", "actor_only", "date_accuracy", "by_set", "by_type", "by_lang"}
    assert 0.0 <= figures["events"]["f1"] <= 1.0 and "id" in figures["by_lang"]
    attributes = {"mode", "actor sector", "recipient sector", "cameo root", "cameo code"}
    assert set(figures["attribute_accuracy"]) == attributes


def test_eval_rejects_what_is_not_gold():
    result = run_warta("eval", "README.md")
    assert result.returncode == 2 and "not a gold" in result.stderr


def test_agree_reports_agreement_and_volume(tmp_path):
    corpus = SHARED / "corpus" / "parallel-en-id"
    english, indonesian = tmp_path / "en.txt", tmp_path / "id.txt"
    english.write_text(
        "\n".join((corpus / "dev.en.txt").read_text(encoding="utf-8").split("\n")[:120]), encoding="utf-8"
    )
    indonesian.write_text(
        "\n".join((corpus / "dev.id.txt").read_text(encoding="utf-8").split("\n")[:120]), encoding="utf-8"
    )
    result = run_warta("agree", str(english), str(indonesian), "--pub-date", "2007-06-01")
    assert result.returncode == 0, result.stderr
    last = result.stdout.splitlines()[-1].split()
    assert last[0] == "all" and int(last[1]) > 0 and int(last[2]) > 0
    assert 0.0 <= float(last[4]) <= 1.0
