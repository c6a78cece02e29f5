"""GDELT 2.0: the events table (61 columns) and the mentions table (16 columns), tab-separated, no header.

One row per actor–recipient pair of an event (GDELT's events are dyads); the mentions file holds one
row per pair and reporting article. See docs/exports.md for how warta fills each column.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pycountry

from warta.analysis.query import EventQuery
from warta.export import cameo
from warta.export.dates import first_day, fraction_date, timestamp
from warta.export.geo import EventPlace, event_place, is_country, iso2
from warta.export.layout import article_layout
from warta.export.source import Dyad, Mention, StoredEvent, dyads, stored_events
from warta.export.tsv import tsv_line
from warta.store.db import Store

ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code"]  # fmt: skip
GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS), *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]  # fmt: skip
# PLOVER sectors whose CAMEO type code differs: media is MED in CAMEO, health HLH.
CAMEO_TYPE = {"JRN": "MED", "MED": "HLH", "UNK": ""}
WEB, CITATION_ONLY = 1, 2  # GDELT's MentionType


def mentions_path(out_path: str | Path) -> Path:
    """Where the mentions table goes: "gdelt.tsv" -> "gdelt.mentions.tsv", "events" -> "events.mentions.tsv"."""
    out = Path(out_path)
    return out.with_name(f"{out.stem}.mentions{out.suffix or '.tsv'}")


def write(store: Store, out_path: str | Path, query: EventQuery | None = None) -> int:
    """Write the events file at `out_path` and the mentions file beside it; return the event rows."""
    rows = 0
    with (
        open(out_path, "w", encoding="utf-8", newline="") as events_file,
        open(mentions_path(out_path), "w", encoding="utf-8", newline="") as mentions_file,
    ):
        for event in stored_events(store, query):
            for dyad in dyads(event.record):
                events_file.write(tsv_line(event_row(event, dyad)))
                mentions_file.writelines(tsv_line(mention_row(event, dyad, m)) for m in event.mentions)
                rows += 1
    return rows


def event_row(event: StoredEvent, dyad: Dyad) -> list:
    record, code = event.record, cameo.event_code(event.record["cameo"])
    count = len(event.mentions)
    return [
        dyad.number, *date_fields(record["date"]),
        *actor_block(dyad.actor), *actor_block(dyad.recipient),
        is_root_event(event), code, cameo.base_code(code), cameo.root_code(code),
        cameo.quad_class(code) or record["quad_code"], cameo.goldstein(code),
        count, event.num_sources, event.num_articles, None,  # AvgTone: warta measures no tone
        *geo_block(None), *geo_block(None), *geo_block(event_place(record["event_loc"])),
        timestamp(event.first.added), event.first.url or event.first.article_id,
    ]  # fmt: skip


def date_fields(date: str) -> list:
    """SQLDATE, MonthYear, Year, FractionDate of the first day the date covers; blank without a date."""
    day = first_day(date)
    if day is None:
        return ["", "", "", ""]
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, fraction_date(day)]


def actor_block(entity: dict | None) -> list:
    """Code (ISO3 + CAMEO type: "RUSGOV"), name, country or known group, types."""
    if not entity:
        return [""] * len(ACTOR_FIELDS)
    code, sector = entity["code"], CAMEO_TYPE.get(entity["sector"], entity["sector"])
    country = code if is_country(code) else ""
    name = (entity.get("name") or entity.get("text") or "").upper()
    return [code + sector, name, country, "" if country else code, "", "", "", sector, "", ""]


def geo_block(place: EventPlace | None) -> list:
    """GDELT's 8 geo columns; Type 0 and blanks when warta has no place (always so for actors)."""
    if place is None:
        return [0, "", "", "", "", "", "", ""]
    country = iso2(place.country_code)
    feature_id = country if place.feature == "country" else ""
    return [place.geo_type, place.full_name, country, country, "", place.lat, place.lon, feature_id]


def is_root_event(event: StoredEvent) -> int:
    """1 when the event's sentence is in the lead paragraph of the article it was coded from."""
    layout = article_layout(event.first.text, event.first.lang)
    return int(event.record["text_info"]["line"] == layout.lead_line)


def mention_row(event: StoredEvent, dyad: Dyad, mention: Mention) -> list:
    record = event.record
    shift = offset_shift(record, mention, is_first=mention is event.first)
    raw = in_raw_text(record)
    return [
        dyad.number, timestamp(event.first.added), timestamp(mention.added),
        WEB if mention.url else CITATION_ONLY, source_name(mention), mention.url or mention.article_id,
        sentence_id(record, mention, shift),
        char_offset(record, "actor", dyad.actor, shift), char_offset(record, "recipient", dyad.recipient, shift),
        char_offset(record, "trigger", None, shift),
        int(raw), 100 if raw else 50, len(mention.text), None, translation_info(mention.lang), "",
    ]  # fmt: skip


def sentence_id(record: dict, mention: Mention, shift: int | None) -> int | str:
    if shift is None:
        return ""
    return article_layout(mention.text, mention.lang).sentence_number(record["text_info"]["start"] + shift)


def offset_shift(record: dict, mention: Mention, is_first: bool) -> int | None:
    """How far the event's sentence moved in this copy of the article; None if the copy lacks it."""
    if is_first:
        return 0
    at = mention.text.find(record["text_info"]["sentence"])
    return at - record["text_info"]["start"] if at >= 0 else None


def char_offset(record: dict, role: str, entity: dict | None, shift: int | None) -> int:
    """Where the actor, recipient or trigger starts in the article; -1 when unknown (GDELT's blank)."""
    if shift is None or (role != "trigger" and entity is None):
        return -1
    spans = [s for s in record["text_info"]["spans"] if s["role"] == role]
    exact = [s for s in spans if entity and s["text"] == entity.get("text")]
    chosen = (exact or spans)[:1]
    return chosen[0]["start"] + shift if chosen else -1


def in_raw_text(record: dict) -> bool:
    """GDELT's InRawText: 0 when an actor came through coreference ("ia", "kedua negara")."""
    return not any(rule.startswith("coref.") for rule in record["text_info"]["rules"])


def source_name(mention: Mention) -> str:
    """The site's domain for a web article ("cnnindonesia.com"), else the outlet."""
    host = urlsplit(mention.url).hostname if mention.url else None
    return host.removeprefix("www.") if host else mention.outlet or ""


def translation_info(lang: str | None) -> str:
    """The source language ("srclc:ind" for Indonesian, coded without translation); blank for English, as GDELT."""
    if not lang or lang == "en":
        return ""
    found = pycountry.languages.get(alpha_2=lang)
    return f"srclc:{found.alpha_3}" if found else ""
