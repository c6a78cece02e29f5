"""Event dates and store timestamps in the fixed-width forms GDELT and ICEWS use."""

from __future__ import annotations

import datetime as dt


def first_day(date: str | None) -> dt.date | None:
    """The first day an event date covers: "2016-01-01/2016-03-31" -> 2016-01-01, "2014-10" ->
    2014-10-01, "2016" -> 2016-01-01; None when there is no date or it cannot be read."""
    start = (date or "").split("/")[0].strip()
    padded = {4: start + "-01-01", 7: start + "-01", 10: start}.get(len(start))
    try:
        return dt.date.fromisoformat(padded) if padded else None
    except ValueError:
        return None


def fraction_date(day: dt.date) -> str:
    """GDELT's FractionDate: the year plus the share of it gone by before that day (YYYY.FFFF)."""
    days_in_year = (dt.date(day.year + 1, 1, 1) - dt.date(day.year, 1, 1)).days
    return f"{day.year + (day.timetuple().tm_yday - 1) / days_in_year:.4f}"


def timestamp(moment: dt.datetime | None) -> str:
    """YYYYMMDDHHMMSS (GDELT's DATEADDED), or "" when unknown."""
    return moment.strftime("%Y%m%d%H%M%S") if moment else ""
