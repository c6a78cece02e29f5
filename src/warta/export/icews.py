"""ICEWS: 20 tab-separated columns with a header, one row per actor–target pair of an event.

See docs/exports.md for how warta fills each column.
"""

from __future__ import annotations

from pathlib import Path

from warta.analysis.query import EventQuery
from warta.export import cameo
from warta.export.dates import first_day
from warta.export.geo import EventPlace, country_name, event_place
from warta.export.layout import article_layout
from warta.export.source import Dyad, StoredEvent, dyads, stored_events
from warta.export.tsv import tsv_line
from warta.store.db import Store

COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
]  # fmt: skip
# warta's PLOVER sectors in words. ICEWS's own sector tree is much finer ("Government, Executive,
# Cabinet"); these are its top-level names where one exists.
SECTOR_NAMES = {
    "GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judicial",
    "LEG": "Legislative / Parliamentary", "PTY": "Parties", "OPP": "Opposition", "REB": "Rebel",
    "SPY": "Intelligence", "JRN": "Media", "EDU": "Education", "BUS": "Business", "CVL": "Civilian",
    "REL": "Religious", "MED": "Health", "LAB": "Labor", "REF": "Refugees", "CRM": "Criminal",
    "ELI": "Elite", "UAF": "Unidentified Armed Forces", "NGO": "Nongovernmental Organization",
    "PRE": "Partially Recognized State", "UNK": "",
}  # fmt: skip


def write(store: Store, out_path: str | Path, query: EventQuery | None = None) -> int:
    """Write the ICEWS table (header first) at `out_path`; return the data rows."""
    rows = 0
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        out.write(tsv_line(COLUMNS))
        for event in stored_events(store, query):
            for dyad in dyads(event.record):
                out.write(tsv_line(icews_row(event, dyad)))
                rows += 1
    return rows


def icews_row(event: StoredEvent, dyad: Dyad) -> list:
    record, code = event.record, cameo.event_code(event.record["cameo"])
    day = first_day(record["date"])
    sentence = article_layout(event.first.text, event.first.lang).sentence_number(record["text_info"]["start"])
    return [
        dyad.number, day.isoformat() if day else "",
        *party(dyad.actor), cameo.label(code), code, cameo.goldstein(code), *party(dyad.recipient),
        event.first.article_id, sentence, event.first.outlet or record["cite_info"]["publication"] or "",
        *place_columns(event_place(record["event_loc"])),
    ]  # fmt: skip


def party(entity: dict | None) -> list[str]:
    """Name, sectors and country of a source or target ("Sergei Lavrov", "Government", "Russian Federation")."""
    if not entity:
        return ["", "", ""]
    country = country_name(entity["code"])
    name = entity.get("name") or entity.get("text") or country or entity["code"]
    return [name, SECTOR_NAMES.get(entity["sector"], entity["sector"]), country]


def place_columns(place: EventPlace | None) -> list:
    """City, District, Province, Country, Latitude, Longitude: a region fills Province, a city City."""
    if place is None:
        return ["", "", "", "", "", ""]
    city = place.name if place.feature == "city" else ""
    province = place.name if place.feature == "region" else ""
    return [city, "", province, country_name(place.country_code), place.lat, place.lon]
