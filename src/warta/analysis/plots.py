"""Pictures of the store: a dyad's balance over time, the network of the busiest dyads, and
events by PLOVER type over time. PNG or SVG by the file's suffix.

Figures are built with `matplotlib.figure.Figure`, not pyplot: nothing global changes, no window
opens, and PNGs are drawn by the Agg renderer. SVGs keep their text as text, so a title can be
searched for in the file.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.cm import ScalarMappable
from matplotlib.colors import Normalize
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
    plover_types,
    store_note,
    undated_count,
)
from warta.resources import load_yaml
from warta.store.db import Store

FORMATS = (".png", ".svg")
COOPERATION, CONFLICT, NEUTRAL = "#2166ac", "#b2182b", "#969696"
BALANCE_CMAP = "RdBu"  # red = conflict (−10), blue = cooperation (+10): readable in red–green colour blindness
QUAD_COLOURS = {1: "#6baed6", 2: "#2171b5", 3: "#fd8d3c", 4: "#cb181d"}
# Shades per quad class, lightest first: the types of a quad class read as one family.
TYPE_SHADES = {
    1: ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd"),
    2: ("#a1d99b", "#41ab5d", "#006d2c"),
    3: ("#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d"),
    4: ("#fcbba1", "#fb6a4a", "#cb181d", "#67000d"),
}
BAR_DAYS = {"day": 0.8, "week": 6.0, "month": 26.0, "year": 330.0}
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
    weekly = len(days) > 1 and all((b - a).days == 7 for a, b in zip(days, days[1:]))
    return "week" if weekly else "day"


def date_axis(axes: Axes, starts: list[dt.date], by: str) -> None:
    """Readable dates on the x axis, with half a period of room at each end."""
    pad = dt.timedelta(days=BAR_DAYS[by])
    axes.set_xlim(starts[0] - pad, starts[-1] + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def bar_positions(starts: list[dt.date], by: str) -> list[dt.date]:
    """Bars centred in their period, not on its first day."""
    half = dt.timedelta(days=BAR_DAYS[by] / 2 + (0 if by == "day" else 0.5))
    return [start + half for start in starts]


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
) -> Path:
    """A dyad's balance per period (mean or sum of event_scale, bars coloured by sign) above its
    event counts (stacked by quad class). `title_note` says over which data, e.g.
    "warta.duckdb (571 articles)"; `by` is guessed from the labels when not given."""
    if measure not in ("mean", "sum"):
        raise ValueError("measure is 'mean' or 'sum'")
    by = by or guess_by(periods)
    title = dyad_title(a, b, by, undirected, title_note)
    figure = Figure(figsize=(10, 6.2), layout="constrained")
    balance, counts = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    figure.suptitle(title, fontsize=13, fontweight="bold")
    if not periods:
        balance.text(0.5, 0.5, "no dated events for this dyad", ha="center", va="center", transform=balance.transAxes)
        return save(figure, path, title)
    starts = [period_day(p.start) for p in periods]
    draw_balance(balance, periods, bar_positions(starts, by), by, measure)
    draw_quad_counts(counts, periods, bar_positions(starts, by), by)
    date_axis(counts, starts, by)
    balance.set_title(dyad_subtitle(periods, measure), fontsize=9.5, color="#404040")
    return save(figure, path, title)


def dyad_title(a: str, b: str, by: str, undirected: bool, note: str) -> str:
    arrow = "↔" if undirected else "→"
    title = f"{a.upper()} {arrow} {b.upper()}, events {PER[by]}"
    return f"{title}, {note}" if note else title


def dyad_subtitle(periods: Sequence[Period], measure: str) -> str:
    events = sum(p.events for p in periods)
    busy = sum(1 for p in periods if p.events)
    what = "mean" if measure == "mean" else "sum"
    return (
        f"{events} events in {busy} of {len(periods)} periods; bars: {what} event_scale "
        f"(blue cooperation, red conflict); below: events by quad class"
    )


def draw_balance(axes: Axes, periods: Sequence[Period], xs: list[dt.date], by: str, measure: str) -> None:
    values = [p.scale_mean if measure == "mean" else (p.scale_sum if p.events else None) for p in periods]
    shown = [(x, v) for x, v in zip(xs, values) if v is not None]
    colours = [COOPERATION if v > 0 else CONFLICT if v < 0 else NEUTRAL for _, v in shown]
    axes.bar([x for x, _ in shown], [v for _, v in shown], width=BAR_DAYS[by], color=colours)
    axes.axhline(0, color="#404040", linewidth=0.8)
    if measure == "mean":
        axes.set_ylim(-10.5, 10.5)
        axes.set_yticks([-10, -5, 0, 5, 10])
    axes.set_ylabel(f"{measure} event_scale\n(−10 conflict … +10 coop.)")
    axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)


def draw_quad_counts(axes: Axes, periods: Sequence[Period], xs: list[dt.date], by: str) -> None:
    bottom = [0] * len(periods)
    for quad, name in QUADS.items():
        heights = [p.by_quad.get(quad, 0) for p in periods]
        axes.bar(xs, heights, width=BAR_DAYS[by], bottom=bottom, color=QUAD_COLOURS[quad], label=name)
        bottom = [low + high for low, high in zip(bottom, heights)]
    axes.set_ylabel("events")
    axes.set_ylim(0, max(max(bottom), 1) * 1.15)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.legend(loc="upper left", ncols=4, fontsize=8.5, frameon=False)
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
    return [Edge(a, r, n, sum(scales[(a, r)]) / len(scales[(a, r)]) if scales[(a, r)] else None) for (a, r), n in ranked]


def circle_layout(edges: Sequence[Edge]) -> dict[str, tuple[float, float]]:
    """Nodes on a unit circle, the busiest at the top, then clockwise by their events."""
    weight: Counter = Counter()
    for edge in edges:
        weight[edge.actor] += edge.events
        weight[edge.recipient] += edge.events
    nodes = sorted(weight, key=lambda code: (-weight[code], code))
    angles = [math.pi / 2 - 2 * math.pi * i / len(nodes) for i in range(len(nodes))]
    return {code: (math.cos(angle), math.sin(angle)) for code, angle in zip(nodes, angles)}


def plot_network(store: Store, path: str | Path, top: int = 20, since=None) -> Path:
    """The `top` busiest dyads as arrows actor → recipient: width = events, colour = mean event_scale."""
    chosen = [event for _, event in in_window(all_events(store), since)] if since else all_events(store)
    edges = top_edges(chosen, top)
    window = f"since {event_day(since).isoformat()}" if since else "all dates"
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
    cmap, norm = matplotlib.colormaps[BALANCE_CMAP], Normalize(-10, 10)
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
    axes.legend(handles, [f"{n} events" for n in sizes], loc="lower left", frameon=False, fontsize=9)


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
    actors = chosen_actors(dated, top_actors)
    panels = [(None, dated)] if actors is None else [(code, [e for e in dated if code in e.actor]) for code in actors]
    first = event_day(since) if since else (dated[0].day if dated else None)
    last = dated[-1].day if dated else None
    window = f"since {first.isoformat()}" if since and first else ""
    title = f"Events by PLOVER type, {PER[by]}{', ' + window if window else ''}, {store_note(store)}"
    figure = Figure(figsize=(11, 2.2 + 2.6 * len(panels)), layout="constrained")
    figure.suptitle(title, fontsize=12.5, fontweight="bold")
    axes_list = figure.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    skipped = undated_count(events)
    note = f"{len(dated)} dated events shown" + (f"; {skipped} events without a date are not" if skipped else "")
    axes_list[0].set_title(note, fontsize=9.5, color="#404040")
    if first is None or last is None:
        axes_list[0].text(0.5, 0.5, "no dated events", ha="center", va="center", transform=axes_list[0].transAxes)
        return save(figure, path, title)
    for axes, (code, members) in zip(axes_list, panels):
        periods = bucket(members, by, first, last)
        draw_type_stack(axes, periods, by, code)
    date_axis(axes_list[-1], [period_day(p.start) for p in bucket([], by, first, last)], by)
    type_legend(figure, axes_list[0], dated)
    return save(figure, path, title)


def draw_type_stack(axes: Axes, periods: list[Period], by: str, actor: str | None) -> None:
    colours = type_colours()
    xs = bar_positions([period_day(p.start) for p in periods], by)
    bottom = [0] * len(periods)
    for name in colours:
        heights = [p.by_type.get(name, 0) for p in periods]
        if any(heights):
            axes.bar(xs, heights, width=BAR_DAYS[by], bottom=bottom, color=colours[name], label=name)
            bottom = [low + high for low, high in zip(bottom, heights)]
    axes.set_ylabel("events" if actor is None else f"events by {actor}")
    axes.set_ylim(0, max(max(bottom, default=0), 1) * 1.1)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)


def type_legend(figure: Figure, axes: Axes, events: Sequence[StoredEvent]) -> None:
    """One legend for all panels: the types that occur, in the ontology's order, quad by quad."""
    present = {event.event for event in events}
    colours = type_colours()
    handles = [
        Patch(color=colour, label=name) for name, colour in colours.items() if name in present
    ]
    figure.legend(handles=handles, loc="outside right upper", fontsize=8.5, frameon=False, title="PLOVER type")
