"""Date expressions in a sentence, resolved against the publication date.

The words live in `data/<lang>/dates.yaml`; this module turns them into ten regex rules,
compiled once per language. Each rule finds one shape of expression ("19 Oktober 2023",
"hari Rabu", "pekan lalu", "dua hari lalu", "akhir Agustus") and resolves it to a value: a day
`2023-10-18`, a month `2023-09`, a year `2023` or a range `2023-10-16/2023-10-19`; "sejak"/"since"
before any of them makes a range up to the publication date. A word prefilter skips the rules
whose words are absent, so a sentence without a date costs one tokenisation.
"""

from __future__ import annotations

import bisect
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

    `kind` says how it was written: "absolute" (a calendar day: "19 Oktober 2023", "Rabu (18/10)"),
    "weekday" ("hari Rabu"), "relative" ("kemarin", "pekan lalu", "dua hari lalu"), "month"
    ("bulan Oktober", "akhir Agustus"), "year" ("pada 2021") or "range" ("sejak akhir Agustus",
    "18-19 Oktober"). The shape of `value` gives the precision.
    """

    start: int  # char offset in the text passed in
    end: int
    text: str
    value: str  # "2023-10-18" | "2023-09" | "2023-10-16/2023-10-19" | "2023"
    kind: str  # "absolute" | "weekday" | "relative" | "month" | "range" | "year"


def find_dates(text: str, lang: str, pub_date: dt.date | None) -> list[DateExpr]:
    """All date expressions in a sentence, resolved against the publication date.

    >>> [d.value for d in find_dates("Lavrov tiba di Pyongyang pada hari Rabu.", "id",
    ...                              dt.date(2023, 10, 19))]
    ['2023-10-18']

    Without a publication date only expressions that carry their own year resolve.
    """
    g = grammar(lang)
    if isinstance(pub_date, dt.datetime):
        pub_date = pub_date.date()
    context = Context(text, pub_date, g)
    if g.anchors.isdisjoint(context.hits) and not YEAR_RUN.search(text):
        return []
    found: list[Found] = []
    for rule in g.rules:
        starts = context.starts(rule)
        if starts:
            found.extend(rule.apply(context, starts))
    return [context.with_since(f).expr(text) for f in non_overlapping(found)]


# --------------------------------------------------------------------------- values


@dataclass(slots=True, frozen=True)
class Period:
    """What an expression means: first and last day, and the grain to print it at."""

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


def day(date: Date) -> Period:
    return Period(date, date, "day")


def span(first: Date, last: Date) -> Period:
    return Period(first, last, "range")


def month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(Date(year, month, 1), Date(year, month, last), "month")


def year_period(year: int) -> Period:
    return Period(Date(year, 1, 1), Date(year, 12, 31), "year")


def week_period(date: Date) -> Period:
    """Monday to Sunday of the ISO week holding `date`."""
    monday = date - dt.timedelta(days=date.weekday())
    return span(monday, monday + dt.timedelta(days=6))


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def shift(date: Date, unit: str, count: int) -> Date:
    """`date` moved by `count` days, weeks, months or years (the day clamped to the month)."""
    if unit in ("day", "week"):
        return date + dt.timedelta(days=count * (7 if unit == "week" else 1))
    year, month = add_months(date.year, date.month, count * (12 if unit == "year" else 1))
    return Date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


def unit_period(unit: str, pub: Date, offset: int) -> Period:
    """The week, month or year `offset` units from the one holding `pub` (0 = this one)."""
    if unit == "week":
        return week_period(pub + dt.timedelta(weeks=offset))
    if unit == "month":
        return month_period(*add_months(pub.year, pub.month, offset))
    return year_period(pub.year + offset)


def part_of(period: Period, unit: str, bounds: list[int]) -> Period:
    """Part of a week, month or year: days of the week or month, months of the year.

    "awal Oktober" = days [1, 7]; "akhir Agustus" = [-7, -1], the last seven days (25-31).
    """
    if unit == "year":
        year = period.first.year
        return span(Date(year, bounds[0], 1), month_period(year, bounds[1]).last)
    length = (period.last - period.first).days + 1
    first, last = (b if b > 0 else length + b + 1 for b in bounds)
    return span(period.first + dt.timedelta(days=first - 1), period.first + dt.timedelta(days=last - 1))


def nearest_weekday(pub: Date, weekday: int, direction: int) -> Date:
    """The `weekday` (1 = Monday) on or before `pub` (direction -1) or on or after it (+1)."""
    if direction < 0:
        return pub - dt.timedelta(days=(pub.isoweekday() - weekday) % 7)
    return pub + dt.timedelta(days=(weekday - pub.isoweekday()) % 7)


def safe_date(year: int, month: int, dom: int) -> Date | None:
    try:
        return Date(year, month, dom)
    except ValueError:
        return None


def infer_year(pub: Date, month: int, dom: int, future: bool) -> Date | None:
    """A day written without its year: the most recent one not after pub + 7 days ("19 Oct" read
    on 2023-10-19 is 2023-10-19, "30 Oct" is 2022-10-30), or in a clause about the future the
    first one on or after pub."""
    limit = pub + dt.timedelta(days=7)
    years = range(pub.year, pub.year + 5) if future else range(pub.year + 1, pub.year - 5, -1)
    for year in years:
        date = safe_date(year, month, dom)
        if date and (date >= pub if future else date <= limit):
            return date
    return None


def infer_month(pub: Date, month: int, direction: int) -> Period:
    """A month without its year: direction -1 = latest on or before pub's month ("pada Agustus"),
    +1 = next on or after it ("akan digelar pada Desember"); -2 / +2 exclude pub's month
    ("Oktober lalu" read in October 2023 is October 2022)."""
    year = pub.year
    if direction < 0 and (month > pub.month or (direction == -2 and month == pub.month)):
        year -= 1
    if direction > 0 and (month < pub.month or (direction == 2 and month == pub.month)):
        year += 1
    return month_period(year, month)


# --------------------------------------------------------------------------- grammar


def alternation(words: Iterable[object], capitalised: bool = False) -> str:
    """A regex alternation of phrases, longest first; a space matches any run of whitespace."""
    unique = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    pattern = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) or "(?!)"
    return f"(?-i:{pattern})" if capitalised else f"(?:{pattern})"


def lowered(mapping: dict | None) -> dict[str, object]:
    return {" ".join(str(k).lower().split()): v for k, v in (mapping or {}).items()}


def anchor(phrase: str) -> tuple[str, frozenset[str]]:
    """A phrase's longest word (the one least likely to be in a sentence by chance), and the
    other words that must be there with it: "hari ini" -> ("hari", {"ini"})."""
    words = re.findall(r"\w+", phrase.lower()) or [""]
    longest = max(words, key=len)
    return longest, frozenset(words) - {longest}


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
    one_unit: dict[str, str]  # sebulan -> bulan
    vague_counts: frozenset[str]
    parts: dict[str, dict[str, list[int]]]
    since: re.Pattern[str]
    month_preps: frozenset[str]
    year_preps: frozenset[str]
    day_first: bool
    future: frozenset[str]
    past: frozenset[str]
    past_suffixes: tuple[str, ...]
    rules: list[Rule]
    anchors: frozenset[str] = frozenset()  # words one of which a sentence with a date holds
    vocabulary: frozenset[str] = frozenset()  # all words the rules look at

    def number(self, word: str) -> int:
        word = " ".join(word.lower().split())
        return int(word) if word.isdigit() else self.numbers[word]

    def month(self, word: str) -> int:
        return self.months[word.lower().rstrip(".")]

    def tense(self, words: Iterable[str], suffixes: bool) -> bool | None:
        """True at the first future word, False at the first past one, None if neither."""
        for word in words:
            lower = word.lower().replace("’", "'")
            if lower in self.future:
                return True
            if lower in self.past:
                return False
            if suffixes and word.islower() and len(word) > 4 and lower.endswith(self.past_suffixes):
                return False
        return None


@functools.cache
def grammar(lang: str) -> DateGrammar:
    """The compiled date grammar of a language (compiled once per process)."""
    data = load_yaml(f"{lang}/dates.yaml")
    if not isinstance(data, dict) or not data:
        raise ValueError(f"no date words for language {lang!r} (data/{lang}/dates.yaml)")
    return compile_grammar(data)


def compile_grammar(data: dict) -> DateGrammar:
    deictic = {w: 0 for w in data["this"]} | {w: -1 for w in data["last"]}
    units = lowered(data["units"]) | lowered(data.get("plural_units"))
    g = DateGrammar(
        months={str(n).lower(): int(m) for m, names in data["months"].items() for n in names},
        full_months=frozenset(str(names[0]).lower() for names in data["months"].values()),
        ambiguous_months={k: frozenset(v) for k, v in lowered(data.get("ambiguous_months")).items()},
        weekdays={str(n).lower(): int(d) for d, names in data["weekdays"].items() for n in names},
        ambiguous_weekdays=frozenset(str(w).lower() for w in data.get("ambiguous_weekdays", [])),
        weekday_preps=frozenset(data.get("weekday_preps", [])),
        day_word=data.get("day_word", ""),
        deictic=lowered(deictic | {w: 1 for w in data["next"]}),  # type: ignore[arg-type]
        units={k: str(v) for k, v in units.items()} | {w: "weekend" for w in data.get("weekend", [])},
        relative_days={k: int(v) for k, v in lowered(data["relative_days"]).items()},  # type: ignore[call-overload]
        numbers={k: int(v) for k, v in lowered(data["numbers"]).items()},  # type: ignore[call-overload]
        one_unit={k: str(v) for k, v in lowered(data.get("one_unit")).items()},
        vague_counts=frozenset(data.get("vague_counts", [])),
        parts={k: v or {} for k, v in lowered(data["parts"]).items()},  # type: ignore[misc]
        since=re.compile(rf"(?i)\b{alternation(data['since'])}\s+$"),
        month_preps=frozenset(data.get("month_preps", [])),
        year_preps=frozenset(data.get("year_preps", [])),
        day_first=bool(data.get("day_first", True)),
        future=frozenset(data.get("future", [])),
        past=frozenset(data.get("past", [])),
        past_suffixes=tuple(data.get("past_suffixes", [])),
        rules=[],
    )
    g.rules = build_rules(Fragments.of(data, g), g)
    g.anchors = frozenset().union(*(r.anchors for r in g.rules))
    g.vocabulary = g.anchors.union(*(r.also for r in g.rules)).union(
        *(c for r in g.rules for cs in r.companions.values() for c in cs)
    )
    return g


# --------------------------------------------------------------------------- rules

DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
DAY2 = r"(?:\s*(?:-|–|—|s/d|hingga|sampai|to|and)\s*(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d))"
YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
WORD = re.compile(r"\w+", re.ASCII)  # date words are ASCII; twice as fast as Unicode \w
YEAR_RUN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
TENSE_WORD = re.compile(r"['’]?\w+")
CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"]|\s[-–—]\s")


@dataclass(slots=True)
class Fragments:
    """Regex pieces built from one language's words."""

    month: str  # any month name; an abbreviation may take a period ("Okt.", "Oct.")
    weekday: str
    hari: str  # the optional day word before a weekday ("hari Rabu")
    deictic: str
    part: str
    period_unit: str  # units that take a deictic word: pekan, bulan, tahun / week, weekend
    count_unit: str  # units that are counted: hari, pekan ... / days, weeks ...
    number: str
    one_unit: str
    ago: str
    filler: str
    recent: str
    month_word: str
    year_word: str
    ago_words: list[str]  # lalu, silam, lagi / ago, from now
    recent_words: list[str]  # terakhir / the past, the last
    unit_first: bool  # Indonesian "pekan lalu" vs English "last week"
    month_day: bool  # English "Oct. 19" as well as "19 Oct"

    @classmethod
    def of(cls, data: dict, g: DateGrammar) -> Fragments:
        cap = bool(data.get("capitalised"))
        names = list(data["months"].values())
        full = alternation([n[0] for n in names], cap)
        abbrevs = alternation([a for n in names for a in n[1:]], cap)
        period_units = [k for k, v in g.units.items() if v in ("week", "month", "year", "weekend")]
        return cls(
            month=rf"(?P<m>{full}|{abbrevs}\.?)",
            weekday=f"(?P<wd>{alternation([n for ns in data['weekdays'].values() for n in ns], cap)})",
            hari=rf"(?:(?P<hari>{re.escape(g.day_word)})\s+)?" if g.day_word else "",
            deictic=alternation(g.deictic),
            part=alternation(g.parts),
            period_unit=alternation([u for u in period_units if u not in lowered(data.get("plural_units"))]),
            count_unit=alternation([k for k, v in g.units.items() if v != "weekend"]),
            number=rf"(?:{alternation(g.numbers)}|\d{{1,3}})",
            one_unit=alternation(g.one_unit),
            ago=f"(?:(?P<ago>{alternation(data['ago'])})|(?P<later>{alternation(data.get('later', []))}))",
            filler=alternation(data.get("ago_filler", [])),
            recent=alternation(data["recent"]),
            month_word=re.escape(data.get("month_word", "")),
            year_word=re.escape(data.get("year_word", "")),
            ago_words=[*data["ago"], *data.get("later", [])],
            recent_words=list(data["recent"]),
            unit_first=bool(data.get("deictic_after_unit", True)),
            month_day=bool(data.get("month_day")),
        )

    def optional(self, word: str, group: str) -> str:
        return rf"(?:(?P<{group}>{word})\s+)?" if word else ""

    def with_deictic(self, head: str) -> str:
        """ "pekan lalu" in Indonesian, "last week" in English (the deictic group optional)."""
        if self.unit_first:
            return rf"{head}(?:\s+(?P<rel>{self.deictic}))?"
        return rf"(?:(?P<rel>{self.deictic})\s+)?{head}"


def build_rules(f: Fragments, g: DateGrammar) -> list[Rule]:
    period_units = [k for k, v in g.units.items() if v != "day"]
    counted_units = [*g.units, *g.one_unit]
    rules = [
        rule("day_month", day_month_pattern(f), resolve_day_month, g.months),
        rule("numeric", numeric_pattern(f), resolve_numeric, needs_digit=True),
        rule("weekday_numeric", weekday_numeric_pattern(f), resolve_weekday_numeric, g.weekdays,
             needs_text="("),
        rule("month", month_pattern(f), resolve_month, g.months),
        rule("period", period_pattern(f), resolve_period, period_units),
        rule("year", year_pattern(f), resolve_year, needs_digit=True),
        rule("relative_day", relative_day_pattern(g), resolve_relative_day, g.relative_days),
        rule("count", count_pattern(f), resolve_count, counted_units, also=f.ago_words),
        rule("recent", recent_pattern(f), resolve_recent, counted_units, also=f.recent_words),
        rule("weekday", weekday_pattern(f), resolve_weekday, g.weekdays),
    ]
    if f.month_day:
        rules.insert(1, rule("month_day", month_day_pattern(f), resolve_day_month, g.months))
    return rules


def day_month_pattern(f: Fragments) -> str:
    """ "19 Oktober 2023", "Kamis, 19 Oktober 2023", "18-19 Oktober", "the 19th of October" """
    return (
        rf"\b(?P<x>(?:{f.hari}{f.weekday}\s*,?\s+)?(?:(?:tanggal|tgl\.?|the)\s+)?{DAY}{DAY2}?"
        rf"(?:\s+of)?\s+{f.month}(?:,?\s+{YEAR})?)(?!\w)"
    )


def month_day_pattern(f: Fragments) -> str:
    """ "Oct. 19", "October 19, 2023", "Thursday, Oct. 19", "October 18-19" """
    return rf"\b(?P<x>(?:{f.weekday}\s*,?\s+)?{f.month}\s+{DAY}{DAY2}?(?:,?\s+{YEAR})?)(?!\w)"


def numeric_pattern(f: Fragments) -> str:
    """ "19/10/2023", "Kamis, 19-10-2023", "2023-10-19" """
    return (
        rf"\b(?P<x>(?:{f.hari}{f.weekday}\s*,?\s+)?(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})"
        rf"(?P=sep){YEAR})|\b(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d)"
    )


def weekday_numeric_pattern(f: Fragments) -> str:
    """Indonesian press style: "Rabu (18/10)", "Rabu (18/10/2023)" """
    return (
        rf"\b(?P<x>{f.hari}{f.weekday}\s*\(\s*(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})"
        rf"(?:/(?P<y>\d{{4}}|\d\d))?\s*\))"
    )


def month_pattern(f: Fragments) -> str:
    """ "Oktober 2023", "bulan Oktober", "akhir Agustus", "Agustus lalu", "mid-October", "last May" """
    head = rf"{f.optional(f.month_word, 'mw')}{f.month}"
    year = rf"(?:,?\s+{YEAR})?"
    body = rf"{head}(?:,?\s+{YEAR}|\s+(?P<rel>{f.deictic}))?" if f.unit_first else f.with_deictic(head) + year
    return rf"\b(?P<x>(?:(?P<part>{f.part})(?:\s+|-))?{body})(?!\w)"


def period_pattern(f: Fragments) -> str:
    """ "pekan lalu", "bulan ini", "akhir pekan", "last week", "late last month", "this weekend" """
    unit = f.with_deictic(f"(?P<unit>{f.period_unit})")
    return rf"\b(?P<x>(?:(?P<part>{f.part})(?:\s+|-))?{unit})(?!\w)(?!\s+of\b)"  # "last week of May"


def year_pattern(f: Fragments) -> str:
    """ "pada 2021", "tahun 2021", "akhir 2023", "in 2021", "mid-2021" """
    return (
        rf"\b(?P<x>(?:(?P<part>{f.part})(?:\s+|-))?{f.optional(f.year_word, 'yw')}{YEAR})"
        rf"(?![\w%]|[.,/-]\d)"
    )


def relative_day_pattern(g: DateGrammar) -> str:
    """ "kemarin", "hari ini", "besok", "yesterday", "the day after tomorrow" """
    return rf"\b(?P<x>{alternation(g.relative_days)})(?!\w)"


def count_pattern(f: Fragments) -> str:
    """ "dua hari (yang) lalu", "sebulan lalu", "dua hari lagi", "three weeks ago" """
    counted = rf"(?:(?P<n>{f.number})\s+(?P<unit>{f.count_unit})|(?P<one>{f.one_unit}))"
    return rf"\b(?P<x>{counted}\s+(?:{f.filler}\s+)?{f.ago})(?!\w)"


def recent_pattern(f: Fragments) -> str:
    """ "dua pekan terakhir", "sepekan terakhir", "the past two weeks", "the last month" """
    if f.unit_first:
        counted = rf"(?:(?P<n>{f.number})\s+(?P<unit>{f.count_unit})|(?P<one>{f.one_unit}))"
        return rf"\b(?P<x>{counted}\s+{f.recent})(?!\w)"
    return rf"\b(?P<x>{f.recent}\s+(?:(?P<n>{f.number})\s+)?(?P<unit>{f.count_unit}))(?!\w)(?!\s+of\b)"


def weekday_pattern(f: Fragments) -> str:
    """ "hari Rabu", "Rabu lalu", "Rabu pekan lalu", "on Wednesday", "last Wednesday" """
    if not f.unit_first:
        return rf"\b(?P<x>{f.with_deictic(f.weekday)})(?!\w)"
    week = rf"\s+(?P<wk>{f.period_unit})\s+(?P<wrel>{f.deictic})"
    return rf"\b(?P<x>{f.hari}{f.weekday}(?:{week}|\s+(?P<rel>{f.deictic}))?)(?!\w)"


# --------------------------------------------------------------------------- matching


@dataclass(slots=True)
class Found:
    start: int
    end: int
    period: Period
    kind: str

    def expr(self, text: str) -> DateExpr:
        return DateExpr(self.start, self.end, text[self.start : self.end], self.period.value, self.kind)


Resolver = Callable[[re.Match[str], "Context"], tuple[Period, str] | None]


@dataclass(slots=True)
class Rule:
    """One shape of date expression: its regex, the words it needs, how to resolve a match."""

    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    anchors: frozenset[str]  # the rule runs only when one of these words is in the sentence,
    companions: dict[str, list[frozenset[str]]]  # ... with the rest of its phrase ("hari ini")
    also: frozenset[str]  # ... and one of these ("lalu", "terakhir"), when given
    needs_digit: bool = False  # or, instead, when a year is in the sentence
    needs_text: str = ""  # and only if the sentence holds this ("(" for "Rabu (18/10)")

    def present(self, hits: set[str]) -> list[str]:
        """The rule's anchor words whose phrase is complete in the sentence (`hits`: the
        sentence's words that are anchors or companions of some rule)."""
        if self.also and self.also.isdisjoint(hits):
            return []
        return [w for w in self.anchors & hits if any(c <= hits for c in self.companions[w])]

    def apply(self, context: Context, starts: list[int]) -> Iterable[Found]:
        """Matches beginning at the given word starts; one inside an earlier match is skipped."""
        covered = -1
        for start in starts:
            match = self.regex.match(context.text, start) if start >= covered else None
            resolved = self.resolve(match, context) if match else None
            if resolved is not None:
                begin, end = match.span("x") if match.group("x") is not None else match.span()
                covered = end
                yield Found(begin, end, *resolved)


def rule(name: str, pattern: str, resolve: Resolver, vocabulary: Iterable[str] = (),
         also: Iterable[str] = (), needs_digit: bool = False, needs_text: str = "") -> Rule:
    companions: dict[str, list[frozenset[str]]] = {}
    for phrase in vocabulary:
        word, others = anchor(phrase)
        companions.setdefault(word, []).append(others)
    return Rule(name, re.compile(pattern, re.IGNORECASE), resolve, frozenset(companions), companions,
                frozenset(anchor(p)[0] for p in also), needs_digit, needs_text)


class Context:
    """The sentence being read, its words, and what its expressions resolve against."""

    __slots__ = ("text", "pub", "g", "lowered", "hits", "_word_starts", "_years")

    def __init__(self, text: str, pub: Date | None, g: DateGrammar):
        self.text, self.pub, self.g = text, pub, g
        lowered = text.lower()
        self.lowered = lowered if len(lowered) == len(text) else ""  # offsets must agree
        self.hits = g.vocabulary.intersection(WORD.findall(lowered))  # the sentence's date words
        self._word_starts: list[int] | None = None
        self._years: list[int] | None = None

    def starts(self, rule: Rule) -> list[int]:
        """Where the rule may match: the word starts up to LEAD words before each of its
        keywords ("hari Kamis, 19 Oktober" is found from "oktober"), or before each year.

        Trying a regex at a handful of positions costs ~1 us; scanning a whole sentence ~10 us.
        """
        if rule.needs_text and rule.needs_text not in self.text:
            return []
        if rule.needs_digit:
            if self._years is None:
                self._years = [m.start() for m in YEAR_RUN.finditer(self.text)]
            anchors = self._years
        else:
            present = rule.present(self.hits)
            if not present:
                return []
            anchors = [i for word in present for i in occurrences(self.lowered, word)]
        if not anchors:
            return []
        if self._word_starts is None:
            self._word_starts = [m.start() for m in WORD.finditer(self.text)]
        if not self.lowered and not rule.needs_digit:  # no offsets to trust: try every word
            return self._word_starts
        return leading_starts(self._word_starts, anchors)

    def previous_word(self, start: int) -> str:
        """The lower-cased word right before `start` ("pada" in "pada Mei"), or ""."""
        before = self.text[max(0, start - 40) : start]
        words = before.split()
        if not words or not before[-1:].isspace():
            return ""
        return words[-1].lower()

    def future(self, start: int, end: int) -> bool:
        """Whether the clause around [start, end) speaks of the future.

        The nearest tense word before the date decides ("Putin akan berkunjung pada hari Jumat";
        "said on Wednesday it will" is past). A date that opens its clause looks ahead instead:
        "On Wednesday, North Korea will ...".
        """
        text = self.text
        left = 0
        for left_break in CLAUSE_BREAK.finditer(text, max(0, start - 120), start):
            left = left_break.end()
        before = TENSE_WORD.findall(text, left, start)
        verdict = self.g.tense(reversed(before), suffixes=False)
        if verdict is not None or len(before) > 2:
            return bool(verdict)
        right = CLAUSE_BREAK.search(text, end)
        after = TENSE_WORD.findall(text, end, right.start() if right else len(text))
        if not after and right:  # "On Wednesday, North Korea will ..."
            following = CLAUSE_BREAK.search(text, right.end())
            after = TENSE_WORD.findall(text, right.end(), following.start() if following else len(text))
        return bool(self.g.tense(after, suffixes=True))

    def with_since(self, found: Found) -> Found:
        """ "sejak akhir Agustus" -> from the start of late August to the publication date."""
        since = self.g.since.search(self.text, max(0, found.start - 16), found.start)
        if since is None or self.pub is None or found.period.first > self.pub:
            return found
        return Found(since.start(), found.end, span(found.period.first, self.pub), "range")


def occurrences(lowered: str, word: str) -> Iterable[int]:
    """Starts of `word` as a whole word in the lower-cased text."""
    if not lowered:  # lower-casing changed the length (see Context.starts)
        yield 0
        return
    index = lowered.find(word)
    while index >= 0:
        end = index + len(word)
        if (index == 0 or not lowered[index - 1].isalnum()) and (
            end == len(lowered) or not lowered[end].isalnum()
        ):
            yield index
        index = lowered.find(word, end)


LEAD = 5  # words an expression may start before its keyword: "hari Kamis, 18-19 Oktober"


def leading_starts(word_starts: list[int], anchors: list[int]) -> list[int]:
    if len(anchors) == 1:
        index = bisect.bisect_right(word_starts, anchors[0])
        return word_starts[max(0, index - 1 - LEAD) : index]
    found: set[int] = set()
    for anchor in anchors:
        index = bisect.bisect_right(word_starts, anchor)
        found.update(word_starts[max(0, index - 1 - LEAD) : index])
    return sorted(found)


def non_overlapping(found: list[Found]) -> list[Found]:
    """The longest expressions first; a shorter one inside or across a kept one is dropped."""
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


# --------------------------------------------------------------------------- resolvers


def resolve_day_month(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "19 Oktober 2023" -> 2023-10-19; "19 Oct" -> the year from the publication date."""
    month, dom = c.g.month(m["m"]), int(m["d"])
    if m["y"]:
        first = safe_date(int(m["y"]), month, dom)
    elif c.pub is not None:
        first = infer_year(c.pub, month, dom, c.future(*m.span("x")))
    else:
        return None
    if first is None:
        return None
    if not m["d2"]:
        return day(first), "absolute"
    last = safe_date(first.year, month, int(m["d2"]))
    return (span(first, last), "range") if last and last > first else None


def day_and_month(c: Context, a: int, b: int) -> tuple[int, int]:
    """Numeric dates: a number above 12 is the day; otherwise the language's order decides."""
    if a > 12 or (b <= 12 and c.g.day_first):
        return a, b
    return b, a


def resolve_numeric(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "19/10/2023", "2023-10-19" """
    if m["iso"]:
        date = safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
    else:
        dom, month = day_and_month(c, int(m["a"]), int(m["b"]))
        date = safe_date(int(m["y"]), month, dom)
    return (day(date), "absolute") if date else None


def resolve_weekday_numeric(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "Rabu (18/10)" -> 2023-10-18 read on 2023-10-19; the year may be given ("18/10/2023")."""
    dom, month = day_and_month(c, int(m["a"]), int(m["b"]))
    if m["y"]:
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        date = safe_date(year, month, dom)
    elif c.pub is not None:
        date = infer_year(c.pub, month, dom, c.future(*m.span("x")))
    else:
        return None
    return (day(date), "absolute") if date else None


def month_allowed(m: re.Match[str], c: Context, name: str) -> bool:
    """A month name alone is a date only with a year, part, deictic or a preposition before it:
    "pada Oktober", "bulan Mei", "akhir Agustus", "last May"; abbreviations need a year."""
    if m["y"]:
        return True
    if name not in c.g.full_months:
        return False
    cue = (m["part"] or m["rel"] or (m.groupdict().get("mw")) or c.previous_word(m.start("x"))).lower()
    cue = " ".join(cue.split())
    allowed = c.g.ambiguous_months.get(name)
    if allowed is not None:
        return cue in allowed
    return bool(m["part"] or m["rel"] or m.groupdict().get("mw")) or cue in c.g.month_preps


def resolve_month(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "Oktober 2023" -> 2023-10; "akhir Agustus" -> 2023-08-25/2023-08-31; "Agustus lalu"."""
    name = m["m"].lower().rstrip(".")
    if not month_allowed(m, c, name):
        return None
    month = c.g.months[name]
    if m["y"]:
        period = month_period(int(m["y"]), month)
    elif c.pub is None:
        return None
    elif m["rel"]:
        offset = c.g.deictic[" ".join(m["rel"].lower().split())]
        period = month_period(c.pub.year, month) if offset == 0 else infer_month(c.pub, month, 2 * offset)
    else:
        period = infer_month(c.pub, month, 1 if c.future(*m.span("x")) else -1)
    return narrowed(period, "month", m["part"], c), "month"


def narrowed(period: Period, unit: str, part: str | None, c: Context) -> Period:
    """Apply "awal/pertengahan/akhir", "early/mid/late" to a period (no part: unchanged)."""
    bounds = part_bounds(c, part, unit)
    return part_of(period, unit, bounds) if bounds else period


def resolve_period(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "pekan lalu" -> 2023-10-09/2023-10-15, "pekan ini" -> 2023-10-16/2023-10-19,
    "bulan lalu" -> 2023-09, "akhir pekan" -> 2023-10-14/2023-10-15 (read on 2023-10-19)."""
    word, previous = m["unit"], c.previous_word(m.start("x"))
    if c.pub is None or previous in c.g.vague_counts:  # "beberapa bulan mendatang": no date
        return None
    if (
        word.lower() in c.g.ambiguous_weekdays
        and word[0].isupper()
        and (previous in c.g.weekday_preps or previous == c.g.day_word)
    ):
        return None  # "pada Minggu lalu" is last Sunday: the weekday rule reads it
    unit = c.g.units[word.lower()]
    if unit == "weekend":
        if not (m["rel"] or previous == "the"):
            return None  # "weekend talks"; "over the weekend" is the last one
        unit, bounds = "week", [6, 7]
    elif m["rel"] or m["part"]:
        bounds = part_bounds(c, m["part"], unit)
    else:
        return None
    offset = c.g.deictic[" ".join(m["rel"].lower().split())] if m["rel"] else 0
    future = c.future(*m.span("x"))
    return period_value(c.pub, unit, offset, bounds, bool(m["rel"]), future), "relative"


def part_bounds(c: Context, part: str | None, unit: str) -> list[int] | None:
    return c.g.parts[" ".join(part.lower().split())].get(unit) if part else None


def period_value(pub: Date, unit: str, offset: int, bounds: list[int] | None, explicit: bool, future: bool) -> Period:
    """The week, month or year meant, narrowed to a part; see resolve_period. This week runs
    from Monday to the publication date (in a clause about the future: from it to Sunday)."""
    period = unit_period(unit, pub, offset)
    if bounds:
        period = part_of(period, unit, bounds)
    elif unit == "week" and offset == 0:
        period = span(pub, period.last) if future else span(period.first, pub)
    if not explicit and period.first > pub and not future:  # "akhir pekan" read on a Thursday
        return period_value(pub, unit, offset - 1, bounds, True, future)
    return period


def resolve_year(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "pada 2021", "tahun 2021", "in 2021" -> 2021; "akhir 2023" -> 2023-10-01/2023-12-31."""
    if not (m.groupdict().get("yw") or m["part"] or c.previous_word(m.start("x")) in c.g.year_preps):
        return None
    return narrowed(year_period(int(m["y"])), "year", m["part"], c), "year"


def resolve_relative_day(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "kemarin" -> the day before publication; "besok", "yesterday", "today" ..."""
    if c.pub is None:
        return None
    offset = c.g.relative_days[" ".join(m["x"].lower().split())]
    return day(c.pub + dt.timedelta(days=offset)), "relative"


def counted(m: re.Match[str], c: Context) -> tuple[int, str]:
    """The count and unit of "dua hari", "sebulan", "three weeks"."""
    if m.groupdict().get("one"):
        return 1, c.g.units[c.g.one_unit[m["one"].lower()]]
    return (c.g.number(m["n"]) if m["n"] else 1), c.g.units[m["unit"].lower()]


def resolve_count(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "dua hari lalu" -> pub - 2 days; "dua pekan lalu" -> that week; "sebulan lalu" -> a month."""
    if c.pub is None:
        return None
    count, unit = counted(m, c)
    sign = -1 if m["ago"] else 1
    if unit == "day":
        return day(shift(c.pub, "day", sign * count)), "relative"
    return unit_period(unit, c.pub, sign * count), "relative"


def resolve_recent(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "dalam dua pekan terakhir" -> the 14 days up to the publication date."""
    if c.pub is None:
        return None
    count, unit = counted(m, c)
    first = shift(c.pub, unit, -count) + dt.timedelta(days=1)
    return span(first, c.pub), "relative"


def resolve_weekday(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "hari Rabu" read on Thursday 2023-10-19 -> 2023-10-18; "hari Kamis" -> 2023-10-19;
    "akan ... pada hari Jumat" -> 2023-10-20; "Rabu pekan lalu" -> 2023-10-11."""
    word, hari = m["wd"], m.groupdict().get("hari")
    if not (hari or word[0].isupper()):
        return None  # lower case only after "hari"
    if word.lower() in c.g.ambiguous_weekdays and not hari and (c.previous_word(m.start("x")) not in c.g.weekday_preps):
        return None  # "Minggu lalu" = last week (the period rule)
    if c.pub is None:
        return None
    weekday = c.g.weekdays[word.lower()]
    return day(weekday_date(m, c, weekday)), "weekday"


def weekday_date(m: re.Match[str], c: Context, weekday: int) -> Date:
    assert c.pub is not None
    groups = m.groupdict()
    if groups.get("wk") and c.g.units.get(groups["wk"].lower()) == "week":
        week = unit_period("week", c.pub, c.g.deictic[groups["wrel"].lower()])
        return week.first + dt.timedelta(days=weekday - 1)
    offset = c.g.deictic[" ".join(m["rel"].lower().split())] if m["rel"] else None
    if offset == 0:
        return week_period(c.pub).first + dt.timedelta(days=weekday - 1)
    if offset is not None:  # "Rabu lalu" / "last Wednesday": strictly before; "next": after
        return nearest_weekday(c.pub + dt.timedelta(days=offset), weekday, offset)
    return nearest_weekday(c.pub, weekday, 1 if c.future(*m.span("x")) else -1)
