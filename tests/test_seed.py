"""The canonical article: a good coder finds its required events and little else."""

from __future__ import annotations

import warta
from conftest import SEED_GOLD
from warta.eval.scorer import read_gold, score
from warta.output import event_record


def test_seed_recall_and_precision(seed_text):
    records = [event_record(e) for e in warta.code(seed_text, lang="id", pub_date="2023-10-19", doc="seed")]
    result = score(read_gold(SEED_GOLD), records)
    missed = [(g["line"], g["event"], g["trigger"]) for g in result.misses]
    alarms = [(r["text_info"]["line"], r["event"], r["event_text"]) for r in result.false_alarms]
    assert result.recall >= 0.9, missed
    assert result.precision >= 0.8, alarms


def test_seed_language_is_detected_and_ad_lines_are_not_coded(seed_text):
    events = warta.code(seed_text, pub_date="2023-10-19")
    assert events and all(e.language == "id" for e in events)
    assert not any("iklan" in e.sentence for e in events)
    assert all(e.reported_by for e in events)  # the REUTERS credit, or the agency named in the sentence
