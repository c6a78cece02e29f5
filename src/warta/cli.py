"""The command line: `warta code` and `warta explain` (data on stdout, messages on stderr)."""

from __future__ import annotations

import sys

import click

from warta import __version__
from warta.inputs import InputError, read_inputs
from warta.output import event_record, render

FORMATS = ["table", "jsonl", "json", "csv"]
# One --format for every command that prints event records.
record_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format [default: table on a terminal, jsonl otherwise].",
)


def valid_date(_ctx, _param, value: str | None) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def lang_option(value: str) -> str | None:
    return None if value == "auto" else value


@click.group()
@click.version_option(__version__, prog_name="warta")
def main() -> None:
    """warta: political events (PLOVER, CAMEO) from Indonesian and English news."""


@main.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--pub-date", callback=valid_date, help="Publication date (YYYY-MM-DD) for text input.")
@click.option("--lang", type=click.Choice(["auto", "id", "en"]), default="auto", show_default=True)
@record_format
def code_command(inputs: tuple[str, ...], pub_date: str | None, lang: str, fmt: str | None) -> None:
    """Code articles into events: a text file, '-' for stdin, a folder, or JSONL
    ({"id", "text", "date", "lang"} a line)."""
    from warta.coder import code_article

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    failed = 0
    records: list[dict] = []
    for item in read_inputs(list(inputs), pub_date, lang_option(lang)):
        if isinstance(item, InputError):
            failed += 1
            click.echo(f"warta: {item}", err=True)
            continue
        try:
            coded = code_article(item)
        except Exception as error:  # one bad article must not stop the batch
            failed += 1
            click.echo(f"warta: {item.id}: could not code ({type(error).__name__}: {error})", err=True)
            continue
        batch = [event_record(e) for e in coded.events]
        if fmt == "jsonl":  # stream: a corpus need not fit in memory
            sys.stdout.write(render(batch, fmt))
        else:
            records.extend(batch)
    if fmt != "jsonl":
        sys.stdout.write(render(records, fmt))
    sys.exit(1 if failed else 0)


@main.command("explain")
@click.argument("article")
@click.option("--pub-date", callback=valid_date, help="Publication date (YYYY-MM-DD).")
@click.option("--lang", type=click.Choice(["auto", "id", "en"]), default="auto", show_default=True)
@click.option("--line", "line", type=int, default=None, help="Only the sentences on this input line.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def explain_command(article: str, pub_date: str | None, lang: str, line: int | None, fmt: str) -> None:
    """Why each event on a line was, or was not, coded: spans, lexicon entries, drop reasons."""
    from warta.coder import code_article
    from warta.explain import explain, explain_text

    items = list(read_inputs([article], pub_date, lang_option(lang)))
    errors = [i for i in items if isinstance(i, InputError)]
    for error in errors:
        click.echo(f"warta: {error}", err=True)
    for item in items:
        if not isinstance(item, InputError):
            report = explain(code_article(item), line)
            click.echo(
                explain_text(report)
                if fmt == "text"
                else __import__("json").dumps(report, ensure_ascii=False, indent=2)
            )
    sys.exit(1 if errors else 0)


@main.command("eval")
@click.argument("gold", nargs=-1, required=True)
@click.option("--by", type=click.Choice(["type", "lang"]), default=None, help="Break the figures down.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write misses and false alarms (JSONL, with sentences) here.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_command(gold: tuple[str, ...], by: str | None, errors_path: str | None, fmt: str) -> None:
    """Score the coder on gold sets: folders, .meta.json or .events.jsonl files.
    Event-level precision, recall and F1; type-only, actor-only and date accuracy."""
    from warta.eval.run import ATTRIBUTES, evaluate, report, write_errors

    try:
        result = evaluate(list(gold))
    except (FileNotFoundError, KeyError, ValueError) as error:
        raise click.UsageError(str(error)) from None
    if fmt == "json":
        total = result.total
        payload = {
            "events": total.events.as_dict(),
            "type_only": total.type_only.as_dict(),
            "actor_only": total.actor_only.as_dict(),
            "date_accuracy": round(total.date_accuracy, 4),
            "attribute_accuracy": {name: round(total.accuracy(name), 4) for name in ATTRIBUTES},
            "by_set": {k: v.events.as_dict() for k, v in result.by_set.items()},
            "by_type": {k: v.as_dict() for k, v in total.by_type.items()},
            "by_lang": {k: v.events.as_dict() for k, v in result.by_lang.items()},
        }
        click.echo(__import__("json").dumps(payload, indent=2))
    else:
        click.echo(report(result, by))
    if errors_path:
        count = write_errors(result, errors_path)
        click.echo(f"warta: {count} misses and false alarms written to {errors_path}", err=True)


@main.command("agree")
@click.argument("english", type=click.Path(exists=True, dir_okay=False))
@click.argument("indonesian", type=click.Path(exists=True, dir_okay=False))
@click.option("--pub-date", callback=valid_date, help="Publication date (YYYY-MM-DD) for both files.")
def agree_command(english: str, indonesian: str, pub_date: str | None) -> None:
    """Code two line-aligned files (English, Indonesian) and report how far the Indonesian events
    agree with the English ones, and the Indonesian/English volume ratio."""
    from pathlib import Path

    from warta.eval.run import agree

    total, by_type = agree(
        Path(english).read_text(encoding="utf-8"), Path(indonesian).read_text(encoding="utf-8"), pub_date
    )
    click.echo(f"{'':<12} {'en':>6} {'id':>6} {'agreed':>7} {'F1':>6} {'id/en':>6}")
    for kind, part in by_type.items():
        click.echo(
            f"{kind:<12} {part.english:6d} {part.indonesian:6d} {part.agreed:7d} {part.f1:6.3f} "
            f"{part.volume_ratio:6.2f}"
        )
    click.echo(
        f"{'all':<12} {total.english:6d} {total.indonesian:6d} {total.agreed:7d} {total.f1:6.3f} "
        f"{total.volume_ratio:6.2f}"
    )


def parse_langs(value: str) -> tuple[str, ...]:
    langs = tuple(x.strip() for x in value.split(",") if x.strip())
    unknown = [x for x in langs if x not in ("id", "en")]
    if unknown:
        raise click.BadParameter(f"warta codes id and en, not {', '.join(unknown)}")
    return langs


def parse_fields(values: tuple[str, ...]) -> dict[str, str] | None:
    fields = {}
    for value in values:
        ours, _, theirs = value.partition("=")
        if not theirs:
            raise click.BadParameter(f"{value!r}: write OURS=THEIRS, e.g. text=body")
        fields[ours] = theirs
    return fields or None


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", default="warta.duckdb", show_default=True, help="The DuckDB store.")
@click.option(
    "--lang", "langs", default="id,en", show_default=True, help="Languages to code; others are stored, not coded."
)
@click.option("--field", "fields", multiple=True, help="JSONL field names: OURS=THEIRS (text=body, date=published).")
def ingest_command(paths: tuple[str, ...], db_path: str, langs: str, fields: tuple[str, ...]) -> None:
    """Read files, folders, .warc(.gz), .jsonl, .html, .txt or '-' into the store: clean main text,
    language, near-duplicates, events. Re-running adds nothing; a killed run resumes."""
    from warta.ingest.run import ingest

    summary = ingest(list(paths), db_path, parse_langs(langs), parse_fields(fields), progress=sys.stderr.isatty())
    for line in summary.lines():
        click.echo(line, err=True)
    sys.exit(1 if summary.errors else 0)


@main.group("feeds")
def feeds_group() -> None:
    """RSS/Atom feeds: add them once, poll them for new items and their pages."""


@feeds_group.command("add")
@click.argument("urls", nargs=-1, required=True)
@click.option("--db", "db_path", default="warta.duckdb", show_default=True)
def feeds_add(urls: tuple[str, ...], db_path: str) -> None:
    """Remember feeds to poll."""
    from warta.ingest.feeds import FeedState
    from warta.store.db import Store

    with Store(db_path) as store:
        for url in urls:
            added = store.add_feed(url, FeedState(url).to_dict())
            click.echo(f"{'added' if added else 'already known'}: {url}", err=True)


@feeds_group.command("poll")
@click.option("--db", "db_path", default="warta.duckdb", show_default=True)
def feeds_poll(db_path: str) -> None:
    """Fetch every feed's new items (conditional GET, robots.txt, rate limits) and ingest their pages."""
    from warta.ingest.feeds import FeedState, Fetcher, poll
    from warta.ingest.run import Ingester
    from warta.store.db import Store

    failed = 0
    with Store(db_path) as store, Fetcher() as fetcher:
        for url, state in store.feeds():
            documents, errors, new_state = poll(fetcher, FeedState.from_dict(state))
            summary = Ingester(store).run([*documents, *errors])
            store.save_feed(url, new_state.to_dict())
            failed += len(summary.errors)
            click.echo(f"{url}: " + "; ".join(summary.lines()), err=True)
    sys.exit(1 if failed else 0)


@main.command("extract")
@click.argument("pages", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="jsonl", show_default=True)
def extract_command(pages: tuple[str, ...], fmt: str) -> None:
    """Main text and metadata of saved web pages: {path, url, title, date, lang, outlet, text} each."""
    import json

    from warta.ingest.base import IngestError
    from warta.ingest.html import extract_page
    from warta.ingest.sources import read_sources

    results, failed = [], 0
    for item in read_sources(list(pages)):
        if isinstance(item, IngestError):
            failed += 1
            click.echo(f"warta: {item}", err=True)
            continue
        page = extract_page(item.body, item.source, item.url)
        if not page.text:
            failed += 1
            click.echo(f"warta: {item.source}: no main text found", err=True)
        results.append(page.as_dict())
    if fmt == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for result in results:
            click.echo(json.dumps(result, ensure_ascii=False))
    sys.exit(1 if failed else 0)


def codes_option(value: str | None) -> list[str]:
    return [x.strip().upper() for x in (value or "").split(",") if x.strip()]


@main.command("events")
@click.option("--db", "db_path", default="warta.duckdb", show_default=True)
@click.option("--actor", help="Actor code(s), comma-separated (RUS,PRK).")
@click.option("--recipient", help="Recipient code(s), comma-separated.")
@click.option("--dyad", help="ACTOR,RECIPIENT (directed).")
@click.option("--type", "types", help="PLOVER type(s), comma-separated (CONSULT,AID).")
@click.option("--since", callback=valid_date, help="From this date (YYYY-MM-DD).")
@click.option("--until", callback=valid_date, help="Up to this date (YYYY-MM-DD).")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None)
@click.option("--text", help="Words the sentence contains.")
@click.option("--limit", type=int, default=None)
@click.option(
    "--order",
    type=click.Choice(["date", "-date", "scale", "-scale"]),
    default="date",
    show_default=True,
    help="Sort by date or by event_scale; '-' for descending.",
)
@record_format
def events_command(db_path, actor, recipient, dyad, types, since, until, lang, text, limit, order, fmt) -> None:
    """Events in the store, filtered."""
    from pathlib import Path

    from warta.analysis.query import EventQuery, events
    from warta.store.db import Store

    if not Path(db_path).exists():
        raise click.UsageError(f"{db_path}: no such store (run `warta ingest` first)")
    pair = codes_option(dyad)
    if dyad and len(pair) != 2:
        raise click.BadParameter("--dyad takes two codes: ACTOR,RECIPIENT")
    query = EventQuery(
        codes_option(actor),
        codes_option(recipient),
        tuple(pair) if pair else None,
        codes_option(types),
        since,
        until,
        lang,
        text,
        limit=limit,
        order=order,
    )
    with Store(db_path, read_only=True) as store:
        records = events(store, query)
    sys.stdout.write(render(records, fmt or ("table" if sys.stdout.isatty() else "jsonl")))


def open_store(db_path: str):
    from pathlib import Path

    from warta.store.db import Store

    if not Path(db_path).exists():
        raise click.UsageError(f"{db_path}: no such store (run `warta ingest` first)")
    return Store(db_path, read_only=True)


def write_rows(rows: list[dict], fmt: str) -> None:
    """Plain rows as a table, CSV, JSON Lines or JSON."""
    import csv
    import io
    import json

    if fmt == "jsonl":
        sys.stdout.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    elif fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else [])
        writer.writeheader()
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
    else:
        columns = list(rows[0]) if rows else []
        cells = [[str(r[c]) for c in columns] for r in rows]
        widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
        for row in [columns, *cells]:
            click.echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)))


@main.command("dyad")
@click.argument("a")
@click.argument("b")
@click.option("--db", "db_path", default="warta.duckdb", show_default=True)
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@click.option("--undirected", is_flag=True, help="Count A→B and B→A together.")
@click.option("--since", callback=valid_date)
@click.option("--until", callback=valid_date)
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False), help="Also draw it: .png or .svg.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "jsonl", "json"]), default="table", show_default=True
)
def dyad_command(a, b, db_path, by, undirected, since, until, plot_path, fmt) -> None:
    """How relations between A and B moved: events per period by type and quad, cooperation–conflict
    balance, sources; empty periods as zeros."""
    from warta.analysis.dyads import dyad_events, dyad_series, series_rows, series_table, store_note, undated_count

    with open_store(db_path) as store:
        try:
            periods = dyad_series(store, a, b, by=by, undirected=undirected, since=since, until=until)
        except ValueError as error:
            raise click.UsageError(str(error)) from None
        undated = undated_count(dyad_events(store, a, b, undirected))
        if plot_path:
            from warta.analysis.plots import plot_dyad

            try:
                plot_dyad(
                    periods,
                    a.upper(),
                    b.upper(),
                    plot_path,
                    store_note(store),
                    by=by,
                    undirected=undirected,
                    undated=undated,
                )
            except ValueError as error:
                raise click.UsageError(str(error)) from None
            click.echo(f"warta: plot written to {plot_path}", err=True)
    if fmt == "table":
        click.echo(series_table(periods))
    else:
        write_rows(series_rows(periods), fmt)
    if undated:
        click.echo(f"warta: {undated} events without a date are not in the series", err=True)


@main.command("top")
@click.argument("what", type=click.Choice(["actors", "dyads", "types"]))
@click.option("--db", "db_path", default="warta.duckdb", show_default=True)
@click.option("--since", callback=valid_date)
@click.option("--until", callback=valid_date)
@click.option("--limit", type=int, default=20, show_default=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "jsonl", "json"]), default="table", show_default=True
)
def top_command(what, db_path, since, until, limit, fmt) -> None:
    """The most active actors, dyads or event types."""
    from warta.analysis.top import top

    with open_store(db_path) as store:
        try:
            rows = top(store, what, since=since, until=until, limit=limit)
        except ValueError as error:
            raise click.UsageError(str(error)) from None
    write_rows(rows, fmt)


@main.command("alerts")
@click.option("--db", "db_path", default="warta.duckdb", show_default=True)
@click.option("--window", default="30d", show_default=True, help="7d, 30d, 4w, 3m …")
@click.option("--until", callback=valid_date, help="End of the latest window [default: the latest event].")
@click.option("--min-events", type=int, default=3, show_default=True)
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl", "json"]), default="text", show_default=True)
def alerts_command(db_path, window, until, min_events, limit, fmt) -> None:
    """Dyads whose latest window moved most against their own history (z-scores of volume and
    balance), with the events behind each."""
    import json

    from warta.analysis.alerts import alerts

    with open_store(db_path) as store:
        try:
            found = alerts(store, window=window, until=until, min_events=min_events, limit=limit)
        except ValueError as error:
            raise click.UsageError(str(error)) from None
    if fmt == "text":
        for alert in found:
            click.echo(alert.describe())
            for event in alert.evidence:
                click.echo(f"    {event.date}  {event.event:<10} {event.sentence[:110]}")
    else:
        payload = [a.as_dict() for a in found]
        click.echo(
            json.dumps(payload, ensure_ascii=False, indent=2)
            if fmt == "json"
            else "\n".join(json.dumps(p, ensure_ascii=False) for p in payload)
        )


@main.command("export")
@click.argument("out", type=click.Path(dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["plover", "gdelt", "icews", "csv", "parquet"]), required=True)
@click.option("--db", "db_path", default="warta.duckdb", show_default=True)
@click.option("--actor", help="Actor code(s), comma-separated.")
@click.option("--recipient", help="Recipient code(s), comma-separated.")
@click.option("--type", "types", help="PLOVER type(s), comma-separated.")
@click.option("--since", callback=valid_date)
@click.option("--until", callback=valid_date)
def export_command(out, fmt, db_path, actor, recipient, types, since, until) -> None:
    """Write the store's events for other tools: native PLOVER JSONL, GDELT 2.0 (61 columns, plus its
    mentions table), ICEWS (20 columns), CSV or Parquet."""
    from warta.analysis.query import EventQuery
    from warta.export import export

    query = EventQuery(codes_option(actor), codes_option(recipient), None, codes_option(types), since, until)
    with open_store(db_path) as store:
        rows = export(store, fmt, out, query)
    click.echo(f"warta: {rows} rows written to {out}", err=True)


@main.command("plot")
@click.argument("what", type=click.Choice(["network", "types"]))
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--db", "db_path", default="warta.duckdb", show_default=True)
@click.option("--since", callback=valid_date)
@click.option("--top", type=int, default=20, show_default=True, help="network: how many dyads.")
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
def plot_command(what, out, db_path, since, top, by) -> None:
    """Pictures of the store (.png or .svg): the top dyads as a network, or events by type over time."""
    from warta.analysis.plots import plot_network, plot_types

    with open_store(db_path) as store:
        try:
            if what == "network":
                plot_network(store, out, top=top, since=since)
            else:
                plot_types(store, out, by=by, since=since)
        except ValueError as error:
            raise click.UsageError(str(error)) from None
    click.echo(f"warta: {what} written to {out}", err=True)
