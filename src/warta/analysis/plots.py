"""Pictures of the store: a dyad's balance over time, the network of the busiest dyads, and
events by PLOVER type over time. PNG or SVG by the file's suffix.

Figures are built with `matplotlib.figure.Figure`, not pyplot: nothing global changes, no window
opens, and PNGs are drawn by the Agg renderer. SVGs keep their text as text, so a title can be
searched for in the file.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.cm import ScalarMappable
from matplotlib.colors import LinearSegmentedColormap, Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyArrowPatch, Patch

from warta.analysis.dyads import (
    QUADS,
    Period,
    StoredEvent,
    all_events,
    bucket,
    check_by,
    event_day,
    in_window,
    next_start,
    plover_types,
    store_note,
    undated_count,
    window_day,
)
from warta.resources import load_yaml
from warta.store.db import Store

FORMATS = (".png", ".svg")
COOPERATION, CONFLICT, NEUTRAL = "#2166ac", "#b2182b", "#969696"
# Red = conflict (−10), blue = cooperation (+10), readable with red–green colour blindness; the middle
# is grey, not white, so that an arrow of a balance near zero still shows on the white page.
BALANCE_CMAP = LinearSegmentedColormap.from_list("balance", ["#67001f", "#d6604d", "#9a9a9a", "#4393c3", "#053061"])
QUAD_COLOURS = {1: "#6baed6", 2: "#2171b5", 3: "#fd8d3c", 4: "#cb181d"}
# Shades per quad class, lightest first: the types of a quad class read as one family.
TYPE_SHADES = {
    1: ("#9ecae1", "#6baed6", "#3182bd", "#08519c"),
    2: ("#74c476", "#31a354", "#006d2c"),
    3: ("#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#8c2d04"),
    4: ("#fc9272", "#ef3b2c", "#a50f15", "#67000d"),
}
EDGE_PERIODS = 60  # up to this many bars, stacked segments get a thin white edge to tell them apart
BAR_DAYS = {"day": 0.8, "week": 6.0, "month": 26.0, "year": 330.0}
TICKS_PER_PERIOD = 16  # up to this many periods, every one gets its own label
PER = {"day": "per day", "week": "per week", "month": "per month", "year": "per year"}


# -- shared -----------------------------------------------------------------------------------


def save(figure: Figure, path: str | Path, title: str) -> Path:
    """Write PNG or SVG by the suffix; the title also goes into the file's metadata."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: a picture is .png or .svg")
    path.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"Title": title, "Date": None} if suffix == ".svg" else {"Title": title}
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "warta"}):
        figure.savefig(path, dpi=150, metadata=metadata, bbox_inches="tight")
    return path


def period_day(start: str) -> dt.date:
    """The first day of a period from its label ("2023", "2023-10", "2023-10-16")."""
    day = event_day(start)
    if day is None:
        raise ValueError(f"not a period: {start!r}")
    return day


def guess_by(periods: Sequence[Period]) -> str:
    """The period length of a series from its labels (a week's label is its Monday)."""
    width = len(periods[0].start) if periods else 7
    if width <= 4:
        return "year"
    if width <= 7:
        return "month"
    days = [period_day(p.start) for p in periods]
    weekly = len(days) > 1 and all((b - a).days == 7 for a, b in zip(days, days[1:], strict=False))
    return "week" if weekly else "day"


def date_axis(axes: Axes, starts: list[dt.date], by: str) -> None:
    """Dates on the x axis: each period labelled under its bar when there are few, else automatic."""
    end = next_start(starts[-1], by)
    # a few periods get room for about six bars, so that one bar is not as wide as the picture
    room = dt.timedelta(days=(end - starts[-1]).days * max(0.4, (6 - len(starts)) / 2))
    axes.set_xlim(midnight(starts[0]) - room, midnight(end) + room)
    if len(starts) <= TICKS_PER_PERIOD:
        axes.set_xticks(bar_positions(starts, by), [tick_label(start, by) for start in starts])
        return
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def tick_label(start: dt.date, by: str) -> str:
    if by == "year":
        return str(start.year)
    if by == "month":
        return start.strftime("%b\n%Y")
    return start.strftime("%d %b\n%Y")


def bar_positions(starts: list[dt.date], by: str) -> list[dt.datetime]:
    """Bars centred in their period, not on its first day (a day's bar at noon)."""
    return [midnight(start) + (next_start(start, by) - start) / 2 for start in starts]


def midnight(day: dt.date) -> dt.datetime:
    """A date as a datetime: adding half a day to a `date` would silently add nothing."""
    return dt.datetime.combine(day, dt.time())


# -- a dyad over time -------------------------------------------------------------------------


def plot_dyad(
    periods: Sequence[Period],
    a: str,
    b: str,
    path: str | Path,
    title_note: str = "",
    *,
    by: str | None = None,
    undirected: bool = False,
    measure: str = "mean",
    undated: int = 0,
) -> Path:
    """A dyad's balance per period (mean or sum of event_scale, bars coloured by sign) above its
    event counts (stacked by quad class). `title_note` says over which data, e.g.
    "warta.duckdb (571 articles)"; `by` is guessed from the labels when not given; `undated`, the
    dyad's events without a date (see `undated_count`), is said in the subtitle."""
    if measure not in ("mean", "sum"):
        raise ValueError("measure is 'mean' or 'sum'")
    by = by or guess_by(periods)
    title = dyad_title(a, b, by, undirected, title_note)
    figure = Figure(figsize=(10, 6.2), layout="constrained")
    balance, counts = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    figure.suptitle(title, fontsize=13, fontweight="bold")
    if not periods:
        empty = "no dated events for this dyad" + (f" ({undated} without a date)" if undated else "")
        balance.text(0.5, 0.5, empty, ha="center", va="center", transform=balance.transAxes)
        return save(figure, path, title)
    starts = [period_day(p.start) for p in periods]
    draw_balance(balance, periods, bar_positions(starts, by), by, measure)
    draw_quad_counts(counts, periods, bar_positions(starts, by), by)
    date_axis(counts, starts, by)
    key = f"{measure} event_scale: blue cooperative, red conflictual"
    balance.set_title(f"{dyad_subtitle(periods, by, undated)}  |  {key}", fontsize=9.5, color="#404040")
    return save(figure, path, title)


def dyad_title(a: str, b: str, by: str, undirected: bool, note: str) -> str:
    arrow = "↔" if undirected else "→"
    title = f"{a.upper()} {arrow} {b.upper()}, events {PER[by]}"
    return f"{title}, {note}" if note else title


def dyad_subtitle(periods: Sequence[Period], by: str, undated: int = 0) -> str:
    events = sum(p.events for p in periods)
    busy = sum(1 for p in periods if p.events)
    unit = {"day": "days", "week": "weeks", "month": "months", "year": "years"}[by]
    counted = f"{plural(events, 'event')} in {busy} of {len(periods)} {unit}"
    return counted + (f"; {plural(undated, 'event')} without a date not shown" if undated else "")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def draw_balance(axes: Axes, periods: Sequence[Period], xs: list[dt.datetime], by: str, measure: str) -> None:
    values = [p.scale_mean if measure == "mean" else (p.scale_sum if p.events else None) for p in periods]
    shown = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None]
    colours = [COOPERATION if v > 0 else CONFLICT if v < 0 else NEUTRAL for _, v in shown]
    axes.bar([x for x, _ in shown], [v for _, v in shown], width=BAR_DAYS[by], color=colours)
    axes.axhline(0, color="#404040", linewidth=0.8)
    if measure == "mean":
        axes.set_ylim(-10.5, 10.5)
        axes.set_yticks([-10, -5, 0, 5, 10])
    axes.set_ylabel(f"{measure} event_scale\n(−10 conflict … +10 coop.)")
    axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)


def draw_quad_counts(axes: Axes, periods: Sequence[Period], xs: list[dt.datetime], by: str) -> None:
    bottom = [0] * len(periods)
    for quad, name in QUADS.items():
        heights = [p.by_quad.get(quad, 0) for p in periods]
        axes.bar(xs, heights, width=BAR_DAYS[by], bottom=bottom, color=QUAD_COLOURS[quad], label=name)
        bottom = [low + high for low, high in zip(bottom, heights, strict=True)]
    axes.set_ylabel("events")
    axes.set_ylim(0, max(max(bottom), 1) * 1.15)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.legend(loc="lower left", bbox_to_anchor=(0, 1), ncols=4, fontsize=8.5, frameon=False, borderaxespad=0.1)
    axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)


# -- the network of the busiest dyads ---------------------------------------------------------


@dataclass(slots=True)
class Edge:
    actor: str
    recipient: str
    events: int
    scale_mean: float | None


def top_edges(events: Sequence[StoredEvent], top: int) -> list[Edge]:
    """The `top` busiest directed dyads (one pair for every actor × recipient of an event; an
    actor acting on itself, a domestic event, is not an edge)."""
    counts: Counter = Counter()
    scales: dict[tuple[str, str], list[float]] = defaultdict(list)
    for event in events:
        for pair in {(a, r) for a in event.actor for r in event.recipient if a != r}:
            counts[pair] += 1
            if event.scale is not None:
                scales[pair].append(event.scale)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]
    return [Edge(a, r, n, statistics.fmean(scales[a, r]) if scales[a, r] else None) for (a, r), n in ranked]


def circle_layout(edges: Sequence[Edge]) -> dict[str, tuple[float, float]]:
    """Nodes on a unit circle, the busiest at the top. The busiest nodes are dealt to opposite
    sides in turn, so that the heaviest arrows cross the open middle instead of piling up
    between neighbours."""
    weight: Counter = Counter()
    for edge in edges:
        weight[edge.actor] += edge.events
        weight[edge.recipient] += edge.events
    ranked = sorted(weight, key=lambda code: (-weight[code], code))
    half = (len(ranked) + 1) // 2
    slots = {code: rank // 2 + (rank % 2) * half for rank, code in enumerate(ranked)}
    angle = {code: math.pi / 2 - 2 * math.pi * slot / len(ranked) for code, slot in slots.items()}
    return {code: (math.cos(a), math.sin(a)) for code, a in angle.items()}


def plot_network(store: Store, path: str | Path, top: int = 20, since=None) -> Path:
    """The `top` busiest dyads as arrows actor → recipient: width = events, colour = mean event_scale."""
    chosen = [event for _, event in in_window(all_events(store), since)] if since else all_events(store)
    edges = top_edges(chosen, top)
    window = f"since {window_day(since).isoformat()}" if since else "all dates"
    title = f"Top {len(edges)} dyads (actor → recipient) by events, {window}, {store_note(store)}"
    figure = Figure(figsize=(10, 9), layout="constrained")
    axes = figure.subplots()
    figure.suptitle(title, fontsize=12.5, fontweight="bold")
    axes.set_title(
        "arrow width = events, colour = mean event_scale; domestic (A → A) events not drawn",
        fontsize=9.5,
        color="#404040",
    )
    axes.set_aspect("equal")
    axes.set_axis_off()
    axes.set_xlim(-1.3, 1.3)
    axes.set_ylim(-1.3, 1.3)
    if not edges:
        axes.text(0, 0, "no events with both an actor and a recipient", ha="center", va="center")
        return save(figure, path, title)
    draw_network(axes, edges, circle_layout(edges))
    norm = Normalize(-10, 10)
    bar = figure.colorbar(ScalarMappable(norm, BALANCE_CMAP), ax=axes, shrink=0.6, pad=0.02)
    bar.set_label("mean event_scale (−10 conflict … +10 cooperation)")
    return save(figure, path, title)


def draw_network(axes: Axes, edges: Sequence[Edge], positions: dict[str, tuple[float, float]]) -> None:
    cmap, norm = BALANCE_CMAP, Normalize(-10, 10)
    most = max(edge.events for edge in edges)
    for edge in edges:
        colour = cmap(norm(edge.scale_mean)) if edge.scale_mean is not None else NEUTRAL
        arrow = FancyArrowPatch(
            positions[edge.actor],
            positions[edge.recipient],
            arrowstyle="-|>",
            mutation_scale=14,
            connectionstyle="arc3,rad=0.18",  # A → B and B → A bend apart instead of overlapping
            linewidth=1 + 7 * edge.events / most,
            color=colour,
            shrinkA=18,
            shrinkB=18,
            alpha=0.9,
            zorder=1,
        )
        axes.add_patch(arrow)
    for code, (x, y) in positions.items():
        axes.add_patch(Circle((x, y), 0.085, facecolor="white", edgecolor="#303030", linewidth=1.2, zorder=2))
        axes.text(x, y, code, ha="center", va="center", fontsize=10, fontweight="bold", zorder=3)
    width_legend(axes, most)


def width_legend(axes: Axes, most: int) -> None:
    sizes = sorted({1, max(1, most // 2), most})
    handles = [Line2D([], [], color=NEUTRAL, linewidth=1 + 7 * n / most) for n in sizes]
    axes.legend(
        handles, [f"{n} event{'s' if n > 1 else ''}" for n in sizes], loc="lower left", frameon=False, fontsize=9
    )


# -- events by type over time -----------------------------------------------------------------


def type_colours() -> dict[str, str]:
    """One colour per PLOVER type, in its quad class's family."""
    plover = {name: spec["quad"] for name, spec in plover_types_spec().items()}
    colours, used = {}, Counter()
    for name, quad in plover.items():
        colours[name] = TYPE_SHADES[quad][used[quad] % len(TYPE_SHADES[quad])]
        used[quad] += 1
    return colours


def plover_types_spec() -> dict:
    return {name: load_yaml("plover.yaml")[name] for name in plover_types()}


def chosen_actors(events: Sequence[StoredEvent], top_actors: int | Sequence[str] | None) -> list[str] | None:
    """`top_actors`: None (all events, one panel), a number N (the N most active actors) or codes."""
    if top_actors is None:
        return None
    if isinstance(top_actors, int):
        counts = Counter(code for event in events for code in set(event.actor))
        return [code for code, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top_actors]]
    return [code.strip().upper() for code in top_actors]


def plot_types(
    store: Store, path: str | Path, by: str = "month", since=None, top_actors: int | Sequence[str] | None = None
) -> Path:
    """Events by PLOVER type as stacked bars per period; with `top_actors` one panel per actor
    (events that actor took part in as an actor), sharing the time axis."""
    check_by(by)
    events = all_events(store)
    dated = [event for _, event in in_window(events, since)]
    panels = type_panels(dated, top_actors)
    first, last = window_day(since) or (dated[0].day if dated else None), dated[-1].day if dated else None
    window = f", since {first.isoformat()}" if since else ""
    title = f"Events by PLOVER type, {PER[by]}{window}, {store_note(store)}"
    figure = Figure(figsize=(11, 2.2 + 2.6 * len(panels)), layout="constrained")
    figure.suptitle(title, fontsize=12.5, fontweight="bold")
    axes_list = figure.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    skipped = undated_count(events)
    note = f"{plural(len(dated), 'dated event')}" + (f"; {skipped} without a date not shown" if skipped else "")
    axes_list[0].set_title(note, fontsize=9.5, color="#404040")
    if first is None or last is None:
        axes_list[0].text(0.5, 0.5, "no dated events", ha="center", va="center", transform=axes_list[0].transAxes)
        return save(figure, path, title)
    for axes, (code, members) in zip(axes_list, panels, strict=True):
        draw_type_stack(axes, bucket(members, by, first, last), by, code)
    date_axis(axes_list[-1], [period_day(p.start) for p in bucket([], by, first, last)], by)
    type_legend(figure, dated)
    return save(figure, path, title)


def type_panels(
    dated: list[StoredEvent], top_actors: int | Sequence[str] | None
) -> list[tuple[str | None, list[StoredEvent]]]:
    """(actor, its events) per panel; one panel (None, all events) without `top_actors`."""
    actors = chosen_actors(dated, top_actors)
    if actors is None:
        return [(None, dated)]
    return [(code, [event for event in dated if code in event.actor]) for code in actors]


def draw_type_stack(axes: Axes, periods: list[Period], by: str, actor: str | None) -> None:
    colours = type_colours()
    xs = bar_positions([period_day(p.start) for p in periods], by)
    bottom = [0] * len(periods)
    for name in colours:
        heights = [p.by_type.get(name, 0) for p in periods]
        if any(heights):
            edge = {"edgecolor": "white", "linewidth": 0.5} if len(periods) <= EDGE_PERIODS else {}
            axes.bar(xs, heights, width=BAR_DAYS[by], bottom=bottom, color=colours[name], label=name, **edge)
            bottom = [low + high for low, high in zip(bottom, heights, strict=True)]
    axes.set_ylabel("events" if actor is None else f"events, {actor} as actor")
    axes.set_ylim(0, max(max(bottom, default=0), 1) * 1.1)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)


def type_legend(figure: Figure, events: Sequence[StoredEvent]) -> None:
    """One legend for all panels: the types that occur, in the ontology's order, quad by quad."""
    present = {event.event for event in events}
    colours = type_colours()
    handles = [Patch(color=colour, label=name) for name, colour in colours.items() if name in present]
    figure.legend(handles=handles, loc="outside right upper", fontsize=8.5, frameon=False, title="PLOVER type")
