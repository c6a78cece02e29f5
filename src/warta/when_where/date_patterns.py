"""Date words as data: data/<lang>/dates.yaml read into a `DateGrammar`, and the regex of each
shape of date expression built from it ("19 Oktober 2023", "pekan lalu", "last Wednesday").

The patterns only find; warta.when_where.dates resolves what they find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warta.when_where.dates import Rule

DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
DAY2 = r"(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"


def alternation(words: Iterable[object], capitalised: bool = False) -> str:
    """A regex alternation of phrases, longest first; a space matches any run of whitespace."""
    unique = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    pattern = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) or "(?!)"
    return f"(?-i:{pattern})" if capitalised else f"(?:{pattern})"


def lowered(mapping: dict | None) -> dict[str, Any]:
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
    law_number: re.Pattern[str]  # "Nomor 20" before "Tahun 2001" (a law's number and year)
    rules: list[Rule] = field(default_factory=list)  # set by warta.when_where.dates.grammar
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
        deictic=lowered(deictic | {w: 1 for w in data["next"]}),
        units={k: str(v) for k, v in units.items()} | {w: "weekend" for w in data.get("weekend", [])},
        relative_days={k: int(v) for k, v in lowered(data["relative_days"]).items()},
        numbers={k: int(v) for k, v in lowered(data["numbers"]).items()},
        one_unit={k: str(v) for k, v in lowered(data.get("one_unit")).items()},
        vague_counts=frozenset(data.get("vague_counts", [])),
        parts={k: v or {} for k, v in lowered(data["parts"]).items()},
        since=re.compile(rf"(?i)\b{alternation(data['since'])}\s+$"),
        month_preps=frozenset(data.get("month_preps", [])),
        year_preps=frozenset(data.get("year_preps", [])),
        day_first=bool(data.get("day_first", True)),
        future=frozenset(data.get("future", [])),
        past=frozenset(data.get("past", [])),
        past_suffixes=tuple(data.get("past_suffixes", [])),
        law_number=re.compile(
            rf"(?i)\b{alternation(data.get('law_number', []))}\.?\s*\d+[A-Z]?\s+"
            rf"(?:{re.escape(data.get('year_word', ''))}\s+)?$"
        ),
    )
    return g


@dataclass(slots=True)
class Fragments:
    """Regex pieces built from one language's words."""

    month: str  # any month name; an abbreviation may take a period ("Okt.", "Oct.")
    day: str  # a day number with what may stand around it: "tanggal 19", "the 19th of", "18-19"
    day_range: str  # "-", "hingga", "to"
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
    after: str  # setelah, usai / after: "sebulan setelah ..." (group after)
    after_words: list[str]
    after_pointer: str  # "sebulan setelah itu", "a month after that": after what the text told, no date
    recent_words: list[str]  # terakhir / the past, the last
    unit_first: bool  # Indonesian "pekan lalu" vs English "last week"
    of_year: str  # after a month: "(April) tahun lalu", "(April) last year" (group yrel)
    month_day: bool  # English "Oct. 19" as well as "19 Oct"

    @classmethod
    def of(cls, data: dict, g: DateGrammar) -> Fragments:
        cap = bool(data.get("capitalised"))
        names = list(data["months"].values())
        full = alternation([n[0] for n in names], cap)
        abbrevs = alternation([a for n in names for a in n[1:]], cap)
        period_units = [k for k, v in g.units.items() if v in ("week", "month", "year", "weekend")]
        prefix, of = alternation(data.get("day_prefix", [])), alternation(data.get("before_month", []))
        to = alternation(data.get("day_range", []))
        return cls(
            month=rf"(?P<m>{full}|{abbrevs}\.?)",
            day=rf"(?:{prefix}\s+)?{DAY}(?:\s*{to}\s*{DAY2})?(?:\s+{of})?",
            day_range=to,
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
            after=alternation(data.get("after_event", [])),
            after_words=list(data.get("after_event", [])),
            after_pointer=alternation(data.get("after_pointers", [])),
            recent_words=list(data["recent"]),
            unit_first=bool(data.get("deictic_after_unit", True)),
            of_year=of_year(data, g),
            month_day=bool(data.get("month_day")),
        )

    def optional(self, word: str, group: str) -> str:
        return rf"(?:(?P<{group}>{word})\s+)?" if word else ""

    def with_deictic(self, head: str) -> str:
        """ "pekan lalu" in Indonesian, "last week" in English (the deictic group optional)."""
        if self.unit_first:
            return rf"{head}(?:\s+(?P<rel>{self.deictic}))?"
        return rf"(?:(?P<rel>{self.deictic})\s+)?{head}"


def of_year(data: dict, g: DateGrammar) -> str:
    """ "tahun lalu" / "last year" written after a month names that month's year (group yrel)."""
    years = alternation(k for k, v in g.units.items() if v == "year" and k not in lowered(data.get("plural_units")))
    deictic = alternation(g.deictic)
    if data.get("deictic_after_unit", True):
        return rf"\s+{years}\s+(?P<yrel>{deictic})"
    # "January of this year", "May of last year": a linking word may stand between (data: year_link)
    link = rf"(?:{alternation(data['year_link'])}\s+)?" if data.get("year_link") else ""
    return rf"\s+{link}(?P<yrel>{deictic})\s+{years}"


def day_month_pattern(f: Fragments) -> str:
    """ "19 Oktober 2023", "Kamis, 19 Oktober 2023", "18-19 Oktober", "the 19th of October";
    "12 April tahun lalu"; Indonesian "1 Agustus lalu", "27 September mendatang" (group rel), so
    that the month rule's shorter "Agustus lalu" (last year's August) does not win."""
    rel = rf"(?:{f.of_year}|\s+(?P<rel>{f.deictic}))?" if f.unit_first else rf"(?:{f.of_year})?"
    return rf"\b(?P<x>(?:{f.hari}{f.weekday}\s*,?\s+)?{f.day}\s+{f.month}(?:,?\s+{YEAR}|{rel}))(?!\w)"


def month_day_pattern(f: Fragments) -> str:
    """ "Oct. 19", "October 19, 2023", "Thursday, Oct. 19", "October 18-19" """
    day = rf"{DAY}(?:\s*{f.day_range}\s*{DAY2})?"
    return rf"\b(?P<x>(?:{f.weekday}\s*,?\s+)?{f.month}\s+{day}(?:,?\s+{YEAR}|{f.of_year})?)(?!\w)"


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
    # "April tahun lalu", "in March last year": the month of the year named after it
    body = (
        rf"{head}(?:,?\s+{YEAR}|{f.of_year}|\s+(?P<rel>{f.deictic}))?"
        if f.unit_first
        else rf"{f.with_deictic(head)}(?:{f.of_year}|{year})"
    )
    return rf"\b(?P<x>(?:(?P<part>{f.part})(?:\s+|-))?{body})(?!\w)"


def period_pattern(f: Fragments) -> str:
    """ "pekan lalu", "bulan ini", "akhir pekan", "last week", "late last month", "this weekend" """
    unit = f.with_deictic(f"(?P<unit>{f.period_unit})")
    return rf"\b(?P<x>(?:(?P<part>{f.part})(?:\s+|-))?{unit})(?!\w)(?!\s+of\b)"  # "last week of May"


def year_pattern(f: Fragments) -> str:
    """ "pada 2021", "tahun 2021", "akhir 2023", "in 2021", "mid-2021" """
    # "Pilpres 2014 lalu": a year with "lalu"/"silam" after it is a date without a preposition
    rel = rf"(?:\s+(?P<rel>{f.deictic}))?" if f.unit_first else ""
    return (
        rf"\b(?P<x>(?:(?P<part>{f.part})(?:\s+|-))?{f.optional(f.year_word, 'yw')}{YEAR}{rel})"
        rf"(?![\w%]|[.,/-]\d)"
    )


def relative_day_pattern(g: DateGrammar) -> str:
    """ "kemarin", "hari ini", "besok", "yesterday", "the day after tomorrow" """
    return rf"\b(?P<x>{alternation(g.relative_days)})(?!\w)"


def count_pattern(f: Fragments) -> str:
    """ "dua hari (yang) lalu", "sebulan lalu", "dua hari lagi", "three weeks ago" """
    counted = rf"(?:(?P<n>{f.number})\s+(?P<unit>{f.count_unit})|(?P<one>{f.one_unit}))"
    return rf"\b(?P<x>{counted}\s+(?:{f.filler}\s+)?{f.ago})(?!\w)"


def prior_pattern(f: Fragments) -> str:
    """ "sebulan setelah", "dua hari usai", "a month after", "two weeks after": what follows the
    phrase happened that long before the sentence's time."""
    counted = rf"(?:(?P<n>{f.number})\s+(?P<unit>{f.count_unit})|(?P<one>{f.one_unit}))"
    return rf"\b(?P<x>{counted}\s+(?P<after>{f.after}))(?!\w)(?!\s+{f.after_pointer}\b)"


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
