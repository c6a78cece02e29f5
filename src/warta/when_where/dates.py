"""Date expressions in a sentence, resolved against the publication date.

The words live in `data/<lang>/dates.yaml`; `date_patterns` turns them into ten regex rules (eleven
in English), compiled once per language. Each rule finds one shape of expression ("19 Oktober
2023", "hari Rabu", "pekan lalu", "dua hari lalu", "akhir Agustus"); this module resolves it, with
the calendar arithmetic of `periods`, to a day `2023-10-18`, a month `2023-09`, a year `2023` or a
range `2023-10-16/2023-10-19`; "sejak"/"since" before any of them makes a range up to the
publication date. A word prefilter skips the rules whose words are absent, so a sentence without
a date costs one tokenisation (~9 us).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from warta.resources import load_yaml
from warta.when_where.date_patterns import (
    DateGrammar,
    Fragments,
    anchor,
    compile_grammar,
    count_pattern,
    day_month_pattern,
    month_day_pattern,
    month_pattern,
    numeric_pattern,
    period_pattern,
    prior_pattern,
    recent_pattern,
    relative_day_pattern,
    weekday_numeric_pattern,
    weekday_pattern,
    year_pattern,
)
from warta.when_where.periods import (
    Date,
    Period,
    day,
    infer_month,
    infer_year,
    month_period,
    nearest_weekday,
    part_of,
    safe_date,
    shift,
    span,
    unit_period,
    week_period,
    year_period,
)

# Days a calendar day named beside "today" may lie before the publication date and still be the
# writer's today (a story posted or crawled the next morning, or over a weekend).
WRITERS_DAY_REACH = 3


@dataclass(slots=True)
class DateExpr:
    """One date expression: where it is in the text and what it means.

    `kind` says how it was written: "absolute" (a calendar day: "19 Oktober 2023", "Rabu (18/10)"),
    "weekday" ("hari Rabu"), "relative" ("kemarin", "pekan lalu", "dua hari lalu"), "month"
    ("bulan Oktober", "akhir Agustus"), "year" ("pada 2021"), "range" ("sejak akhir Agustus",
    "18-19 Oktober") or "prior" ("sebulan setelah ...", "a month after ...": the day of what
    follows the phrase, not of the sentence). The shape of `value` gives the precision.
    """

    start: int  # char offset in the text passed in
    end: int
    text: str
    value: str  # "2023-10-18" | "2023-09" | "2023-10-16/2023-10-19" | "2023"
    kind: str  # "absolute" | "weekday" | "relative" | "month" | "range" | "year" | "prior"
    since: str = ""  # a "since" range: the value of the time named after "since" ("2016-08")


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
    kept = own_day_after(non_overlapping(found), text)
    return writers_today(apposed_days([context.with_since(f).expr(text) for f in kept], text), pub_date)


def own_day_after(found: list[Found], text: str) -> list[Found]:
    """A "prior" phrase whose event names its own date drops out: "sepekan setelah kunjungan bulan
    lalu" — the visit was last month, not a week before publication."""
    kept = []
    for i, item in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        if item.kind == "prior" and following and not CLAUSE_BREAK.search(text, item.end, following.start):
            continue
        kept.append(item)
    return kept


def planned(text: str, start: int, lang: str) -> bool:
    """Whether the clause before an event's word says the event is still to come: "Prabowo akan
    mengunjungi Jepang pada hari Senin", "The minister will visit Tokyo next week" — a later date
    is its own. "berjanji menutupnya Oktober mendatang", "promised to hold it next year" are
    acts done by now, about a later day."""
    left = 0
    for clause_break in CLAUSE_BREAK.finditer(text, max(0, start - 120), start):
        left = clause_break.end()
    return bool(grammar(lang).tense(reversed(TENSE_WORD.findall(text, left, start)), suffixes=False))


def own_dates(
    text: str, dates: list[DateExpr], trigger: tuple[int, int], relative: frozenset[str], lang: str, pub_date: str
) -> list[DateExpr]:
    """The dates that may date the event: not one inside a relative aside opened after its trigger.
    "AS mengecam China atas kematian Liu, yang dilarikan ke rumah sakit dua bulan lalu" — the
    criticism is not two months old; "..., who was detained on Monday" dates the detention.
    Nor a date wholly after the publication date, unless the event is planned ("akan mengunjungi
    Jepang pada hari Senin" keeps its Monday): an act done by now is about a later day —
    "berjanji ... Oktober mendatang", "promised to hold it next year".
    A "prior" date ("sebulan setelah Kim ke Rusia") dates only what the text tells after it."""
    if not dates:
        return []
    trigger_start, trigger_end = trigger
    done_by = "" if planned(text, trigger_start, lang) else pub_date
    kept = []
    for found in dates:
        if done_by and found.value.split("/")[0] > done_by[:10]:  # "2018" > "2017-11-11"; "2017-11" is not
            continue
        if found.kind == "prior" and not after_prior(text, found, trigger_start):
            continue
        opened = text.rfind(",", trigger_end, found.start)
        words = text[opened + 1 : found.start].split() if opened >= 0 else []
        if not (words and words[0].lower() in relative):
            kept.append(found)
    return kept


def after_prior(text: str, found: DateExpr, trigger_start: int) -> bool:
    """Whether a trigger is in what a "prior" phrase dates: the rest of the sentence after it —
    "Kunjungan itu terjadi sebulan setelah Kim ke Rusia dan mengundang Putin" — or, when the
    phrase opens the sentence, only its own clause: "Dua hari setelah serangan itu, polisi
    menangkap pelaku" (the arrest is not two days old)."""
    if trigger_start < found.end:
        return False
    opens = len(text[: found.start].strip(" ,").split()) <= 1  # "Namun, dua hari setelah ..."
    limit = text.find(",", found.end) if opens else -1
    return limit < 0 or trigger_start < limit


def apposed_days(exprs: list[DateExpr], text: str) -> list[DateExpr]:
    """ "disampaikan kemarin, Senin (9/10)", "said yesterday, Monday": a day counted from the
    writer's today with the calendar day set beside it is that day — the file's date may be a day
    or two later than the writing."""
    out = list(exprs)
    for i, (counted, named) in enumerate(zip(exprs, exprs[1:], strict=False)):
        beside = not text[counted.end : named.start].strip(" ,")
        if counted.kind == "relative" and named.kind in ("absolute", "weekday") and beside:
            out[i] = replace(counted, value=named.value)
    return out


def writers_today(exprs: list[DateExpr], pub: dt.date | None) -> list[DateExpr]:
    """ "dibacakan hari ini di Bandung, Selasa (14/11)" in a file dated the 15th: a sentence that
    says "today" and names a calendar day just before publication was written that day — the
    publication date is the one it was posted or crawled on. "Today" takes the named day."""
    if pub is None:
        return exprs
    today = pub.isoformat()
    named = [
        e.value
        for e in exprs
        if e.kind in ("absolute", "weekday")
        and len(e.value) == 10
        and e.value < today
        and (pub - Date.fromisoformat(e.value)).days <= WRITERS_DAY_REACH
    ]
    if len(set(named)) != 1:
        return exprs
    return [replace(e, value=named[0]) if e.kind == "relative" and e.value == today else e for e in exprs]


@functools.cache
def grammar(lang: str) -> DateGrammar:
    """The compiled date grammar of a language (compiled once per process)."""
    data = load_yaml(f"{lang}/dates.yaml")
    if not isinstance(data, dict) or not data:
        raise ValueError(f"no date words for language {lang!r} (data/{lang}/dates.yaml)")
    g = compile_grammar(data)
    g.rules = build_rules(Fragments.of(data, g), g)
    g.anchors = frozenset().union(*(r.anchors for r in g.rules))
    g.vocabulary = g.anchors.union(*(r.also for r in g.rules)).union(
        *(c for r in g.rules for cs in r.companions.values() for c in cs)
    )
    return g


def build_rules(f: Fragments, g: DateGrammar) -> list[Rule]:
    period_units = [k for k, v in g.units.items() if v != "day"]
    counted_units = [*g.units, *g.one_unit]
    rules = [
        rule("day_month", day_month_pattern(f), resolve_day_month, g.months),
        rule("numeric", numeric_pattern(f), resolve_numeric, needs_digit=True),
        rule("weekday_numeric", weekday_numeric_pattern(f), resolve_weekday_numeric, g.weekdays, needs_text="("),
        rule("month", month_pattern(f), resolve_month, g.months),
        rule("period", period_pattern(f), resolve_period, period_units),
        rule("year", year_pattern(f), resolve_year, needs_digit=True),
        rule("relative_day", relative_day_pattern(g), resolve_relative_day, g.relative_days),
        rule("count", count_pattern(f), resolve_count, counted_units, also=f.ago_words),
        rule("recent", recent_pattern(f), resolve_recent, counted_units, also=f.recent_words),
        rule("prior", prior_pattern(f), resolve_prior, counted_units, also=f.after_words),
        rule("weekday", weekday_pattern(f), resolve_weekday, g.weekdays),
    ]
    if f.month_day:
        rules.insert(1, rule("month_day", month_day_pattern(f), resolve_day_month, g.months))
    return rules


# --------------------------------------------------------------------------- matching

WORD = re.compile(r"\w+", re.ASCII)  # date words are ASCII; twice as fast as Unicode \w
YEAR_RUN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
TENSE_WORD = re.compile(r"['’]?\w+")
CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"]|\s[-–—]\s")


@dataclass(slots=True)
class Found:
    start: int
    end: int
    period: Period
    kind: str
    since: str = ""

    def expr(self, text: str) -> DateExpr:
        return DateExpr(self.start, self.end, text[self.start : self.end], self.period.value, self.kind, self.since)


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


def rule(
    name: str,
    pattern: str,
    resolve: Resolver,
    vocabulary: Iterable[str] = (),
    also: Iterable[str] = (),
    needs_digit: bool = False,
    needs_text: str = "",
) -> Rule:
    companions: dict[str, list[frozenset[str]]] = {}
    for phrase in vocabulary:
        word, others = anchor(phrase)
        companions.setdefault(word, []).append(others)
    return Rule(
        name,
        re.compile(pattern, re.IGNORECASE),
        resolve,
        frozenset(companions),
        companions,
        frozenset(anchor(p)[0] for p in also),
        needs_digit,
        needs_text,
    )


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
        return Found(since.start(), found.end, span(found.period.first, self.pub), "range", found.period.value)


def occurrences(lowered: str, word: str) -> Iterable[int]:
    """Starts of `word` as a whole word in the lower-cased text."""
    if not lowered:  # lower-casing changed the length (see Context.starts)
        yield 0
        return
    index = lowered.find(word)
    while index >= 0:
        end = index + len(word)
        if (index == 0 or not lowered[index - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
            yield index
        index = lowered.find(word, end)


LEAD = 5  # words an expression may start before its keyword: "hari Kamis, 18-19 Oktober"


def leading_starts(word_starts: list[int], anchors: list[int]) -> list[int]:
    if len(anchors) == 1:
        index = bisect.bisect_right(word_starts, anchors[0])
        return word_starts[max(0, index - 1 - LEAD) : index]
    found: set[int] = set()
    for position in anchors:
        index = bisect.bisect_right(word_starts, position)
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
    groups = m.groupdict()
    rel = groups.get("rel")
    if m["y"]:
        first = safe_date(int(m["y"]), month, dom)
    elif groups.get("yrel") and c.pub is not None:  # "12 April tahun lalu", "March 3 last year"
        first = safe_date(c.pub.year + c.g.deictic[groups["yrel"].lower()], month, dom)
    elif c.pub is not None:
        # "1 Agustus lalu" is past, "27 September mendatang" future; otherwise the clause decides
        offset = c.g.deictic[rel.lower()] if rel else 0
        future = offset > 0 or (offset == 0 and c.future(*m.span("x")))
        first = infer_year(c.pub, month, dom, future, named_weekday(m, c))
    else:
        return None
    if first is None:
        return None
    if not m["d2"]:
        return day(first), "absolute"
    last = safe_date(first.year, month, int(m["d2"]))
    return (span(first, last), "range") if last and last > first else None


def named_weekday(m: re.Match[str], c: Context) -> int | None:
    """The weekday written with a day, if any: "Tuesday, March 27", "Rabu (18/10)"."""
    word = m.groupdict().get("wd")
    return c.g.weekdays.get(word.lower()) if word else None


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
        date = infer_year(c.pub, month, dom, c.future(*m.span("x")), named_weekday(m, c))
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
    if m.groupdict().get("yrel"):  # "April tahun lalu", "May last year": a full month name is enough
        return True
    cue = (m["part"] or m["rel"] or (m.groupdict().get("mw")) or c.previous_word(m.start("x"))).lower()
    cue = " ".join(cue.split())
    allowed = c.g.ambiguous_months.get(name)
    if allowed is not None:
        # "pada Mei lalu": the word before the name decides, not the "lalu" after it
        before = " ".join(c.previous_word(m.start("x")).lower().split())
        return cue in allowed or before in allowed
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
    elif m.groupdict().get("yrel"):  # "Maret tahun lalu" = March of last year
        period = month_period(c.pub.year + c.g.deictic[m["yrel"].lower()], month)
    elif m["rel"]:
        offset = c.g.deictic[" ".join(m["rel"].lower().split())]
        this_month = month_period(c.pub.year, month)
        period = this_month if offset == 0 else infer_month(c.pub, month, 2 * offset)
        if (
            offset < 0
            and month == c.pub.month
            and m["part"]
            and narrowed(this_month, "month", m["part"], c).last < c.pub
        ):
            period = this_month  # "awal November lalu" read on 16 November: this November's start, gone by
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
    """ "pada 2021", "tahun 2021", "in 2021" -> 2021; "akhir 2023" -> 2023-10-01/2023-12-31;
    "Pilpres 2014 lalu" -> 2014."""
    groups = m.groupdict()
    rel = groups.get("rel")
    if rel and c.g.deictic[rel.lower()] >= 0:
        return None  # "2014 ini" is no phrase; only "2014 lalu/silam" dates a bare year
    if not (groups.get("yw") or m["part"] or rel or c.previous_word(m.start("x")) in c.g.year_preps):
        return None
    if c.g.law_number.search(c.text, max(0, m.start("y") - 30), m.start("y")):
        return None  # "Undang-Undang Nomor 20 Tahun 2001": the number of a law, not a date
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


def resolve_prior(m: re.Match[str], c: Context) -> tuple[Period, str] | None:
    """ "sebulan setelah Kim ke Rusia" read on 2023-10-19 -> 2023-09: the event after the phrase
    lies that long before the publication date (kind "prior": it dates only what follows it)."""
    if c.pub is None:
        return None
    count, unit = counted(m, c)
    if unit == "day":
        return day(shift(c.pub, "day", -count)), "prior"
    return unit_period(unit, c.pub, -count), "prior"


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
