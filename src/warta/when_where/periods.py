"""Calendar values: what a date expression resolves to, and the arithmetic to get there.

A `Period` is a first and a last day plus the grain to print it at: a day "2023-10-18", a month
"2023-09", a year "2023" or a range "2023-10-16/2023-10-19". Weeks run Monday to Sunday (ISO).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

Date = dt.date


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


def infer_year(pub: Date, month: int, dom: int, future: bool, weekday: int | None = None) -> Date | None:
    """A day written without its year: the most recent one not after pub + 7 days ("19 Oct" read
    on 2023-10-19 is 2023-10-19, "30 Oct" is 2022-10-30), or in a clause about the future the
    nearest one from a week before pub on. A weekday named with it picks among the years whose
    day it is: "on Tuesday, March 27" read in June 2007 is 2007-03-27, not 2008's (a Thursday)."""
    week = dt.timedelta(days=7)
    dates = [d for d in (safe_date(y, month, dom) for y in range(pub.year - 4, pub.year + 5)) if d]
    named_day = [d for d in dates if d.isoweekday() == weekday]
    # A day of the last fortnight whose weekday is a slip ("Rabu (22/11)" read on Wednesday
    # 2016-11-23, when 22/11 was a Tuesday) is that day, not the one a year away that is a Wednesday.
    recent = [d for d in dates if pub - 2 * week <= d <= pub]
    if named_day and recent and not any(d in named_day for d in recent) and not future:
        return recent[0]
    if named_day:
        nearest = min(named_day, key=lambda d: abs((d - pub).days))
        if abs((nearest - pub).days) <= 366:
            return nearest  # a weekday that fits no year near pub (a slip) leaves the reading below
    # A future clause may still name a day of the past week: "Selasa (8/11)" read on Thursday 10/11
    # in "… akan terus mendukung, kata X, Selasa (8/11)" is that Tuesday, not next year's.
    pool = [d for d in dates if (d >= pub - week if future else d <= pub + week)]
    return min(pool, key=lambda d: abs((d - pub).days)) if pool else None


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
