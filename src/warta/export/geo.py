"""Countries and event places for the GDELT and ICEWS exports.

GDELT writes FIPS 10-4 country codes and ICEWS its own country names; warta writes ISO 3166
alpha-2 codes and English names from pycountry (the short common name where pycountry has one:
"South Korea", "Iran"), falling back to warta's country list for codes pycountry lacks (XKX Kosovo).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pycountry

from warta.when_where.gazetteer import gazetteer

# GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). A region or
# sea that is not a state (Kashmir, Laut Natuna Utara) is nearest to 5.
GEO_TYPE = {"country": 1, "city": 4, "region": 5, "sea": 5}
US_GEO_TYPE = {"city": 3, "region": 2, "sea": 2}
NO_ISO2 = {"XKX": "XK"}  # user-assigned codes in common use, not in ISO 3166


@functools.cache
def iso2(code: str) -> str:
    """ISO alpha-2 of an ISO alpha-3 country code; "" for UNO, IGO and other non-state codes."""
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    return country.alpha_2 if country else NO_ISO2.get(code, "")


@functools.cache
def country_name(code: str) -> str:
    """English name of an ISO alpha-3 country code; "" when the code is not a country."""
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country:
        return getattr(country, "common_name", None) or country.name
    known = gazetteer().countries.get(code)
    return known.name if known else ""


def is_country(code: str) -> bool:
    return bool(country_name(code))


@dataclass(slots=True)
class EventPlace:
    """Where an event happened, in the terms both exports need."""

    name: str
    feature: str  # city | country | region | sea
    country_code: str  # ISO alpha-3, "" for a place several states share
    lat: float | None
    lon: float | None

    @property
    def geo_type(self) -> int:
        table = US_GEO_TYPE if self.country_code == "USA" and self.feature in US_GEO_TYPE else GEO_TYPE
        return table.get(self.feature, 4)

    @property
    def full_name(self) -> str:
        """GDELT's FullName: the place and its country ("Jakarta, Indonesia"); a country alone."""
        country = country_name(self.country_code)
        if self.feature == "country" or not country or country == self.name:
            return self.name
        return f"{self.name}, {country}"


def event_place(loc: dict | None) -> EventPlace | None:
    """The record's `event_loc` with its feature class looked up again in the gazetteer (the
    record does not carry it): "Jakarta" is a city, "Palestine" a country, "Kashmir" a region."""
    if not loc or not loc.get("name"):
        return None
    name, code = loc["name"], loc.get("country_code") or ""
    return EventPlace(name, place_feature(name, code), code, loc.get("lat"), loc.get("lon"))


def place_feature(name: str, country_code: str) -> str:
    g = gazetteer()
    site = g.in_country(name, country_code) if country_code else next(iter(g.lookup(name)[1]), None)
    if site:
        return site.feature
    return "country" if name == country_name(country_code) else "city"
