"""`warta explain`: for each sentence, the actors found, the triggers that fired, and what became
of each candidate — coded (with its record) or dropped, and why."""

from __future__ import annotations

from warta.coder import CodedArticle
from warta.output import event_record, party


def explain(coded: CodedArticle, line: int | None = None) -> list[dict]:
    report = []
    for sentence in coded.sentences:
        if line is not None and sentence.line != line:
            continue
        mentions = coded.mentions.get(sentence.index, [])
        candidates = [c for c in coded.candidates if c.sentence is sentence]
        events = [event_record(e) for e in coded.events if e.start == sentence.start]
        report.append(
            {
                "line": sentence.line,
                "start": sentence.start,
                "end": sentence.end,
                "sentence": sentence.text,
                "actors": [
                    {
                        "text": m.text,
                        "start": m.start,
                        "end": m.end,
                        "code": m.entity.code,
                        "sector": m.entity.sector,
                        "name": m.entity.name,
                        "kind": m.kind,
                        "rules": m.rules,
                    }
                    for m in mentions
                ],
                "candidates": [
                    {
                        "trigger": c.text,
                        "start": c.start,
                        "end": c.end,
                        "rule": c.rule,
                        "event": c.event,
                        "outcome": c.outcome,
                        "detail": c.detail,
                    }
                    for c in candidates
                ],
                "events": events,
            }
        )
    return report


def explain_text(report: list[dict]) -> str:
    out = []
    for item in report:
        out.append(f"line {item['line']} [{item['start']}:{item['end']}]  {item['sentence']}")
        for actor in item["actors"]:
            sector = f"-{actor['sector']}" if actor["sector"] else ""
            how = f"{actor['kind']}; {', '.join(actor['rules'])}"
            out.append(f"  actor    {actor['text']!r} → {actor['code']}{sector} {actor['name']} ({how})")
        for cand in item["candidates"]:
            why = "CODED" if cand["outcome"] == "coded" else f"dropped: {cand['outcome']}"
            detail = f" ({cand['detail']})" if cand["detail"] and cand["outcome"] != "coded" else ""
            out.append(f"  trigger  {cand['trigger']!r} {cand['event']} [{cand['rule']}] → {why}{detail}")
        for event in item["events"]:
            mode = f"/{event['mode']}" if event["mode"] else ""
            out.append(
                f"  event    {party(event['actor'])} {event['event']}{mode} {party(event['recipient'])}"
                f"  date {event['date']}  cameo {event['cameo']}{'  hedged' if event['hedged'] else ''}"
                f"  reported_by {event['cite_info']['reported_by']}  rules {', '.join(event['text_info']['rules'])}"
            )
        if not item["candidates"]:
            out.append("  (no trigger in this sentence)")
    return "\n".join(out)
