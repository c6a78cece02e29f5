"""Date expressions in a sentence, resolved against the publication date.

The words live in `data/<lang>/dates.yaml`; this module turns them into a dozen regex rules,
compiled once per language. Each rule finds one shape of expression ("19 Oktober 2023",
"hari Rabu", "pekan lalu", "dua hari lalu", "sejak akhir Agustus") and resolves it to a value:
a day `2023-10-18`, a month `2023-09`, a year `2023` or a range `2023-10-16/2023-10-19`.
A word prefilter skips every rule whose words are absent, so a sentence without a date costs
one tokenisation.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from warta.resources import load_yaml

Date = dt.date


@dataclass(slots=True)
class DateExpr:
    """One date expression: where it is in the text and what it means.

    `kind` says how it was written: "absolute" (a calendar day, "19 Oktober 2023", "Rabu (18/10)"),
    "weekday" ("hari Rabu"), "relative" ("kemarin", "pekan lalu", "dua hari lalu"), "month"
    ("bulan Oktober", "akhir Agustus"), "year" ("pada 2021") or "range" ("sejak akhir Agustus",
    "18-19 Oktober"). The shape of `value` gives its precision.
    """

    start: int  # char offset in the text passed in
    end: int
    text: str
    value: str  # "2023-10-18" | "2023-09" | "2023-10-16/2023-10-19" | "2023"
    kind: str  # "absolute" | "weekday" | "relative" | "month" | "range" | "year"


@dataclass(slots=True, frozen=True)
class Period:
    """What an expression resolves to: first and last day, and the grain to print it at."""

    first: Date
    last: Date
    grain: str  # day | month | year | range

    @property
    def value(self) -> str:
        if self.grain == "year":
            return f"{self.first.year:04d}"
        if self.grain == "month":
            return f"{self.first.year:04d}-{self.first.month:02d}"
        if self.grain == "day" or self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}/{self.last.isoformat()}"


# --------------------------------------------------------------------------- calendar arithmetic


def day(date: Date) -> Period:
    return Period(date, date, "day")


def span(first: Date, last: Date) -> Period:
    return Period(first, last, "range")


def month_period(year: int, month: int) -> Period:
    return Period(Date(year, month, 1), Date(year, month, calendar.monthrange(year, month)[1]), "month")


def year_period(year: int) -> Period:
    return Period(Date(year, 1, 1), Date(year, 12, 31), "year")


def week_period(date: Date) -> Period:
    """Monday to Sunday of the ISO week holding `date`."""
    monday = date - dt.timedelta(days=date.weekday())
    return span(monday, monday + dt.timedelta(days=6))


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def unit_period(unit: str, pub: Date, offset: int) -> Period:
    """The week, month or year `offset` units away from the one holding `pub` (0 = this one)."""
    if unit == "week":
        return week_period(pub + dt.timedelta(weeks=offset))
    if unit == "month":
        return month_period(*add_months(pub.year, pub.month, offset))
    return year_period(pub.year + offset)


def part_of(period: Period, unit: str, bounds: list[int]) -> Period:
    """A part of a week, month or year: days of the week or month, months of the year.

    "awal Oktober" = days [1, 7]; "akhir Agustus" = [-7, -1], the last seven days (25-31).
    """
    first, last = bounds
    if unit == "year":
        end = month_period(period.first.year, last).last
        return span(Date(period.first.year, first, 1), end)
    length = (period.last - period.first).days + 1
    first, last = (b if b > 0 else length + b + 1 for b in (first, last))
    return span(period.first + dt.timedelta(days=first - 1), period.first + dt.timedelta(days=last - 1))


def weekday_near(pub: Date, weekday: int, direction: int) -> Date:
    """The `weekday` (1 = Monday) nearest `pub`: direction -1 on or before it, +1 on or after."""
    delta = (pub.isoweekday() - weekday) % 7
    if direction < 0:
        return pub - dt.timedelta(days=delta)
    return pub + dt.timedelta(days=(weekday - pub.isoweekday()) % 7)


def safe_date(year: int, month: int, dom: int) -> Date | None:
    try:
        return Date(year, month, dom)
    except ValueError:
        return None


def infer_year(pub: Date, month: int, dom: int, future: bool) -> Date | None:
    """A day written without its year: the most recent one not after pub + 7 days
    ("19 Oct" read on 2023-10-19 is 2023-10-19; "30 Oct" is 2022-10-30), or, in a clause about
    the future, the first one on or after pub."""
    years = range(pub.year, pub.year + 5) if future else range(pub.year + 1, pub.year - 5, -1)
    limit = pub + dt.timedelta(days=7)
    for year in years:
        date = safe_date(year, month, dom)
        if date and (date >= pub if future else date <= limit):
            return date
    return None


def infer_month(pub: Date, month: int, future: bool) -> Period:
    """A month without its year: the latest on or before pub's month, or the next in the future."""
    year = pub.year
    if future and month < pub.month:
        year += 1
    elif not future and month > pub.month:
        year -= 1
    return month_period(year, month)


# --------------------------------------------------------------------------- grammar compilation


def alternation(words: Iterable[str], capitalised: bool = False) -> str:
    """A regex alternation of phrases, longest first; spaces match any whitespace."""
    unique = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    pattern = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) or "(?!)"
    return f"(?-i:{pattern})" if capitalised else f"(?:{pattern})"


def lowered(mapping: dict) -> dict[str, object]:
    return {str(k).lower(): v for k, v in (mapping or {}).items()}


def keyword(phrase: str) -> str:
    """The longest word of a phrase: the one least likely to be in a sentence by chance."""
    return max(re.findall(r"\w+", phrase.lower()), key=len, default="")


@dataclass(slots=True)
class Rule:
    """One shape of date expression: its regex, the words it needs, and how to resolve a match."""

    name: str
    regex: re.Pattern[str]
    resolve: Callable[[re.Match[str], Context], tuple[Period, str] | None]
    keywords: frozenset[str]  # run only when one of these words is in the sentence
    needs_digit: bool = False


@dataclass(slots=True)
class DateGrammar:
    """The date words of one language (data/<lang>/dates.yaml), looked up in lower case."""

    months: dict[str, int]
    full_months: frozenset[str]
    ambiguous_months: dict[str, frozenset[str]]
    weekdays: dict[str, int]
    ambiguous_weekdays: frozenset[str]
    weekday_preps: frozenset[str]
    day_word: str
    deictic: dict[str, int]  # ini/this 0, lalu/last -1, depan/next +1
    units: dict[str, str]  # word -> day | week | month | year | weekend
    relative_days: dict[str, int]
    numbers: dict[str, int]
    one_unit: dict[str, str]
    later: frozenset[str]
    vague_counts: frozenset[str]
    parts: dict[str, dict[str, list[int]]]
    since: re.Pattern[str]
    month_preps: frozenset[str]
    year_preps: frozenset[str]
    day_first: bool
    future: frozenset[str]
    past: frozenset[str]
    english_past: bool  # "-ed" words mark the past ("On Wednesday, it launched ...")
    rules: list[Rule]

    def number(self, word: str) -> int:
        word = " ".join(word.lower().split())
        return int(word) if word.isdigit() else self.numbers[word]

    def words(self, key: str) -> list[str]:
        return []


@functools.cache
def grammar(lang: str) -> DateGrammar:
    """The compiled date grammar of a language (cached: compiled once per process)."""
    data: dict = load_yaml(f"{lang}/dates.yaml")  # type: ignore[assignment]
    if not data:
        raise ValueError(f"no date words for language {lang!r}")
    return compile_grammar(data)


def compile_grammar(data: dict) -> DateGrammar:
    months = {str(n).lower(): int(m) for m, names in data["months"].items() for n in names}
    weekdays = {str(n).lower(): int(d) for d, names in data["weekdays"].items() for n in names}
    deictic = {w: 0 for w in data["this"]} | {w: -1 for w in data["last"]} | {w: 1 for w in data["next"]}
    units = lowered(data["units"]) | {w: "weekend" for w in data.get("weekend", [])}
    g = DateGrammar(
        months=months,
        full_months=frozenset(str(names[0]).lower() for names in data["months"].values()),
        ambiguous_months={k: frozenset(v) for k, v in lowered(data.get("ambiguous_months")).items()},
        weekdays=weekdays,
        ambiguous_weekdays=frozenset(str(w).lower() for w in data.get("ambiguous_weekdays", [])),
        weekday_preps=frozenset(data.get("weekday_preps", [])),
        day_word=data.get("day_word", ""),
        deictic=deictic,
        units={k: str(v) for k, v in (units | lowered(data.get("plural_units"))).items()},
        relative_days={" ".join(k.split()): int(v) for k, v in lowered(data["relative_days"]).items()},
        numbers={k: int(v) for k, v in lowered(data["numbers"]).items()},
        one_unit={k: str(v) for k, v in lowered(data.get("one_unit")).items()},
        later=frozenset(data.get("later", [])),
        vague_counts=frozenset(data.get("vague_counts", [])),
        parts={" ".join(k.split()): v or {} for k, v in lowered(data["parts"]).items()},
        since=re.compile(rf"(?i)\b{alternation(data['since'])}\s+$"),
        month_preps=frozenset(data.get("month_preps", [])),
        year_preps=frozenset(data.get("year_preps", [])),
        day_first=bool(data.get("day_first", True)),
        future=frozenset(data.get("future", [])),
        past=frozenset(data.get("past", [])),
        english_past=not data.get("deictic_after_unit", True),
        rules=[],
    )
    g.rules = build_rules(data, g)
    return g


# --------------------------------------------------------------------------- the rules

DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
DAY2 = r"(?:\s*(?:-|–|—|s/d|hingga|sampai|to|and)\s*(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d))"
YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"


def build_rules(data: dict, g: DateGrammar) -> list[Rule]:
    cap = bool(data.get("capitalised"))
    abbrevs = [str(n) for names in data["months"].values() for n in names[1:]]
    full = [str(names[0]) for names in data["months"].values()]
    month_any = "(?P<m>" + "|".join(
        [alternation(full, cap), alternation(abbrevs, cap) + r"\.?"]
    ) + ")"
    month_full = "(?P<m>" + alternation(full, cap) + ")"
    weekday = "(?P<wd>" + alternation([n for ns in data["weekdays"].values() for n in ns], cap) + ")"
    hari = rf"(?:(?P<hari>{re.escape(g.day_word)})\s+)?" if g.day_word else ""
    this_last_next = alternation(g.deictic)
    parts = alternation(g.parts)
    deictic_units = alternation(k for k, v in lowered(data["units"]).items() if v != "day")
    deictic_units = alternation([*lowered(data["units"]), *data.get("weekend", [])])
    count_units = alternation(g.units)
    number = rf"(?:{alternation(g.numbers)}|\d{{1,3}})"
    unit_first = bool(data.get("deictic_after_unit", True))
    words = {
        "month": frozenset(map(keyword, g.months)),
        "weekday": frozenset(map(keyword, g.weekdays)),
        "unit": frozenset(map(keyword, [*g.units, *g.one_unit])),
        "reldays": frozenset(map(keyword, g.relative_days)),
    }
    weekday_prefix = rf"(?:{hari}{weekday}\s*,?\s+)?"
    rules = [
        Rule("day_month", rx(
            rf"\b(?P<x>{weekday_prefix}(?:(?:tanggal|tgl\.?|the)\s+)?{DAY}{DAY2}?(?:\s+of)?\s+"
            rf"{month_any}(?:,?\s+{YEAR})?)(?!\w)"), resolve_day_month, words["month"]),
        Rule("numeric", rx(
            rf"\b(?P<x>{weekday_prefix}(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep){YEAR})"
            rf"|\b(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d)"),
            resolve_numeric, frozenset(), needs_digit=True),
        Rule("weekday_numeric", rx(
            rf"\b(?P<x>{hari}{weekday}\s*\(\s*(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})"
            rf"(?:/(?P<y>\d\d|\d{{4}}))?\s*\))"), resolve_weekday_numeric, words["weekday"]),
        Rule("month", rx(
            rf"\b(?P<x>(?:(?P<part>{parts})(?:\s+|-))?"
            + (rf"(?:(?P<mw>{re.escape(data['month_word'])})\s+)?" if data.get("month_word") else "")
            + ("" if unit_first else rf"(?:(?P<rel>{this_last_next})\s+)?")
            + rf"{month_any}(?:,?\s+{YEAR}"
            + (rf"|\s+(?P<rel>{this_last_next})" if unit_first else "")
            + r")?)(?!\w)"), resolve_month, words["month"]),
        Rule("unit", rx(
            rf"\b(?P<x>(?:(?P<part>{parts})(?:\s+|-))?"
            + (rf"(?P<unit>{deictic_units})(?:\s+(?P<rel>{this_last_next}))?"
               if unit_first else rf"(?:(?P<rel>{this_last_next})\s+)?(?P<unit>{deictic_units})")
            + r")(?!\w)"), resolve_unit, words["unit"]),
        Rule("year", rx(
            rf"\b(?P<x>(?:(?P<part>{parts})(?:\s+|-))?"
            + (rf"(?:(?P<yw>{re.escape(data['year_word'])})\s+)?" if data.get("year_word") else "")
            + rf"{YEAR})(?![\w%]|[.,/-]\d)"), resolve_year, frozenset(), needs_digit=True),
        Rule("relative_day", rx(rf"\b(?P<x>{alternation(g.relative_days)})(?!\w)"),
             resolve_relative_day, words["reldays"]),
        Rule("count", rx(
            rf"\b(?P<x>(?:(?P<n>{number})\s+(?P<unit>{count_units})|(?P<one>{alternation(g.one_unit)}))"
            rf"\s+(?:{alternation(data.get('ago_filler', []))}\s+)?"
            rf"(?:(?P<ago>{alternation(data['ago'])})|(?P<later>{alternation(g.later)})))(?!\w)"),
            resolve_count, words["unit"]),
        Rule("recent", rx(
            (rf"\b(?P<x>(?:(?P<n>{number})\s+(?P<unit>{count_units})|(?P<one>{alternation(g.one_unit)}))"
             rf"\s+{alternation(data['recent'])})(?!\w)") if unit_first else
            (rf"\b(?P<x>{alternation(data['recent'])}\s+(?:(?P<n>{number})\s+)?"
             rf"(?P<unit>{count_units}))(?!\w)(?!\s+of\b)")), resolve_recent, words["unit"]),
        Rule("weekday", rx(
            rf"\b(?P<x>{hari}{weekday}"
            + (rf"(?:\s+(?P<wk>{deictic_units})\s+(?P<wrel>{this_last_next})|\s+(?P<rel>{this_last_next}))?"
               if unit_first else "")
            + r")(?!\w)" if unit_first else
            rf"\b(?P<x>(?:(?P<rel>{this_last_next})\s+)?{weekday})(?!\w)"),
            resolve_weekday, words["weekday"]),
    ]
    return rules


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
