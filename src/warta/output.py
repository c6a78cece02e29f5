"""Event records as the outside world reads them (field names are a contract) and their formats."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterable

from warta import __version__
from warta.model import Entity, Event

CSV_COLUMNS = [
    "id",
    "date",
    "event",
    "mode",
    "actor",
    "actor_sector",
    "recipient",
    "recipient_sector",
    "cameo",
    "quad_code",
    "event_scale",
    "hedged",
    "event_text",
    "place",
    "place_country",
    "lat",
    "lon",
    "doc",
    "line",
    "reported_by",
    "language",
    "sentence",
    "rules",
]


def entity_record(entity: Entity, text: str) -> dict:
    record = {"code": entity.code, "sector": entity.sector, "text": text, "name": entity.name}
    if entity.wikidata:
        record["wikidata"] = entity.wikidata
    return record


def event_record(event: Event) -> dict:
    """The PLOVER-style JSON record of one event (see ../shared/docs/ontology.md)."""
    loc = event.event_loc
    return {
        "id": event.id,
        "date": event.date,
        "event": event.event,
        "mode": event.mode,
        "context": event.context,
        "actor": [entity_record(e, t) for e, t in zip(event.actor, event.actor_text, strict=False)],
        "recipient": [entity_record(e, t) for e, t in zip(event.recipient, event.recipient_text, strict=False)],
        "cameo": event.cameo,
        "quad_code": event.quad_code,
        "event_scale": event.event_scale,
        "hedged": event.hedged,
        "event_text": event.event_text,
        "event_loc": (
            {"name": loc.name, "country_code": loc.country_code, "lat": loc.lat, "lon": loc.lon, "text": loc.text}
            if loc
            else None
        ),
        "text_info": {
            "doc": event.doc,
            "line": event.line,
            "start": event.start,
            "end": event.end,
            "sentence": event.sentence,
            "spans": [{"role": s.role, "start": s.start, "end": s.end, "text": s.text} for s in event.spans],
            "rules": event.rules,
        },
        "cite_info": {
            "publication": event.publication,
            "reported_by": event.reported_by,
            "language": event.language,
            "pub_date": event.pub_date,
        },
        "coder": "warta",
        "version": __version__,
    }


def csv_row(record: dict) -> dict:
    loc = record["event_loc"] or {}
    return {
        "id": record["id"],
        "date": record["date"],
        "event": record["event"],
        "mode": record["mode"],
        "actor": ";".join(a["code"] for a in record["actor"]),
        "actor_sector": ";".join(a["sector"] for a in record["actor"]),
        "recipient": ";".join(a["code"] for a in record["recipient"]),
        "recipient_sector": ";".join(a["sector"] for a in record["recipient"]),
        "cameo": record["cameo"],
        "quad_code": record["quad_code"],
        "event_scale": record["event_scale"],
        "hedged": record["hedged"],
        "event_text": record["event_text"],
        "place": loc.get("name", ""),
        "place_country": loc.get("country_code", ""),
        "lat": loc.get("lat", ""),
        "lon": loc.get("lon", ""),
        "doc": record["text_info"]["doc"],
        "line": record["text_info"]["line"],
        "reported_by": record["cite_info"]["reported_by"] or "",
        "language": record["cite_info"]["language"],
        "sentence": record["text_info"]["sentence"],
        "rules": ";".join(record["text_info"]["rules"]),
    }


def party(entities: list[dict]) -> str:
    return "+".join(f"{e['code']}{'-' + e['sector'] if e['sector'] else ''}" for e in entities) or "-"


def table(records: list[dict]) -> str:
    """A compact terminal table: one event a row."""
    width = shutil.get_terminal_size((120, 20)).columns
    rows = [("DATE", "LINE", "ACTOR", "EVENT", "RECIPIENT", "CAMEO", "TRIGGER")]
    for r in records:
        kind = r["event"] + (f"/{r['mode']}" if r["mode"] else "") + ("?" if r["hedged"] else "")
        rows.append(
            (
                r["date"],
                str(r["text_info"]["line"]),
                party(r["actor"]),
                kind,
                party(r["recipient"]),
                r["cameo"],
                r["event_text"],
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(6)]
    lines = []
    for row in rows:
        head = "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:6]))
        lines.append((head + "  " + row[6])[:width])
    return "\n".join(lines)


def render(records: Iterable[dict], fmt: str) -> str:
    records = list(records)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(csv_row(r) for r in records)
        return buffer.getvalue()
    return table(records) + "\n"
