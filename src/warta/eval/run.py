"""`warta eval` and `warta agree`: code gold articles, score them, report by set, type and language."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from warta.coder import code_article
from warta.eval.gold import GoldDoc, load_gold_sets
from warta.eval.scorer import Score, Tally, score
from warta.model import Article
from warta.output import event_record


@dataclass(slots=True)
class Evaluation:
    total: Score = field(default_factory=Score)
    by_set: dict[str, Score] = field(default_factory=dict)
    by_lang: dict[str, Score] = field(default_factory=dict)


def evaluate_docs(docs: Iterable[GoldDoc]) -> Evaluation:
    result = Evaluation()
    for doc in docs:
        records = [event_record(e) for e in code_article(doc.article).events]
        doc_score = score(doc.events, records, doc.name)
        lines = doc.article.text.split("\n")
        for miss in doc_score.misses:
            miss["sentence"] = lines[miss["line"] - 1] if 0 < miss["line"] <= len(lines) else ""
        for part in (
            result.total,
            result.by_set.setdefault(doc.set_name, Score()),
            result.by_lang.setdefault(doc.article.lang or "?", Score()),
        ):
            part.add(doc_score)
    return result


def evaluate(paths: list[str]) -> Evaluation:
    return evaluate_docs(load_gold_sets(paths))


def row(name: str, tally: Tally) -> str:
    return (
        f"{name:<28} {tally.precision:6.3f} {tally.recall:6.3f} {tally.f1:6.3f} "
        f"{tally.required:6d} {tally.found:6d} {tally.coded:6d} {tally.right:6d}"
    )


ATTRIBUTES = ("mode", "actor sector", "recipient sector", "cameo root", "cameo code")
HEADER = f"{'':<28} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'found':>6} {'coded':>6} {'right':>6}"


def report(result: Evaluation, by: str | None) -> str:
    out = [HEADER]
    for name, part in sorted(result.by_set.items()):
        out.append(row(f"set {name}", part.events))
    total = result.total
    out.append(row("all: events", total.events))
    out.append(row("all: type only", total.type_only))
    out.append(row("all: actor only", total.actor_only))
    out.append(
        f"{'all: date accuracy':<28} {total.date_accuracy:6.3f}  ({total.dates_right}/{total.dates_scored} "
        "matched events with a gold date)"
    )
    out.append("all: accuracy on matched events whose gold states it")
    for name in ATTRIBUTES:
        scored, right = total.attributes.get(name, (0, 0))
        out.append(f"{'  ' + name:<28} {total.accuracy(name):6.3f}  ({right}/{scored})")
    if by == "type":
        out.append("")
        out.append(HEADER)
        for kind, part in sorted(total.by_type.items()):
            out.append(row(kind, part))
    if by == "lang":
        out.append("")
        out.append(HEADER)
        for lang, part in sorted(result.by_lang.items()):
            out.append(row(f"lang {lang}", part.events))
    return "\n".join(out)


def write_errors(result: Evaluation, path: str) -> int:
    """Misses and false alarms, one JSON object a line, with their sentences."""
    with open(path, "w", encoding="utf-8") as handle:
        for miss in result.total.misses:
            handle.write(json.dumps({"kind": "miss", **miss}, ensure_ascii=False) + "\n")
        for alarm in result.total.false_alarms:
            info = alarm["text_info"]
            handle.write(
                json.dumps(
                    {
                        "kind": "false_alarm",
                        "doc": info["doc"],
                        "line": info["line"],
                        "event": alarm["event"],
                        "actor": [a["code"] for a in alarm["actor"]],
                        "recipient": [r["code"] for r in alarm["recipient"]],
                        "trigger": alarm["event_text"],
                        "rules": info["rules"],
                        "sentence": info["sentence"],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return len(result.total.misses) + len(result.total.false_alarms)


@dataclass(slots=True)
class Agreement:
    english: int
    indonesian: int
    agreed: int

    @property
    def f1(self) -> float:
        total = self.english + self.indonesian
        return 2 * self.agreed / total if total else 1.0

    @property
    def volume_ratio(self) -> float:
        return self.indonesian / self.english if self.english else 0.0


def agree(english_text: str, indonesian_text: str, pub_date: str | None) -> tuple[Agreement, dict[str, Agreement]]:
    """Code two line-aligned texts; an Indonesian event agrees with an English one on the same line
    with the same type, an actor code in common and (where English has one) a recipient code in common."""
    english = [event_record(e) for e in code_article(Article("en", english_text, pub_date, "en")).events]
    indonesian = [event_record(e) for e in code_article(Article("id", indonesian_text, pub_date, "id")).events]
    as_gold = [
        {
            "line": r["text_info"]["line"],
            "event": r["event"],
            "required": True,
            "actor": sorted({a["code"] for a in r["actor"]}),
            "recipient": sorted({x["code"] for x in r["recipient"]}),
        }
        for r in english
    ]
    result = score(as_gold, indonesian)
    total = Agreement(len(english), len(indonesian), result.events.found)
    by_type = {}
    for kind in sorted({r["event"] for r in english} | {r["event"] for r in indonesian}):
        tally = result.by_type.get(kind, Tally())
        by_type[kind] = Agreement(tally.required, tally.coded, tally.found)
    return total, by_type
