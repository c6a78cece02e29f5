"""Every gold file is well formed: keys, types, lines that exist, triggers that occur in their line."""

from __future__ import annotations

import pytest

from conftest import ROOT
from warta.eval.gold import find_meta_files, load_gold
from warta.resources import load_yaml

PLOVER = set(load_yaml("plover.yaml"))
METAS = find_meta_files([str(ROOT / "tests" / "gold")])


@pytest.mark.parametrize("meta", METAS, ids=lambda p: p.name.removesuffix(".meta.json")[:40])
def test_gold_events_point_at_real_lines_and_words(meta):
    doc = load_gold(meta)
    lines = doc.article.text.split("\n")
    assert doc.article.pub_date and doc.article.lang in ("id", "en")
    for event in doc.events:
        assert {"line", "event", "actor", "recipient", "required", "trigger"} <= set(event), event
        assert event["event"] is None or event["event"] in PLOVER, event
        assert 1 <= event["line"] <= len(lines), event
        assert " ".join(event["trigger"].split()) in " ".join(lines[event["line"] - 1].split()), event


def test_there_are_enough_gold_documents():
    assert sum(1 for m in METAS if "id-news" in str(m)) >= 40
