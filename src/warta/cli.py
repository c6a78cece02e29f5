"""The command line: `warta code` and `warta explain` (data on stdout, messages on stderr)."""

from __future__ import annotations

import sys

import click

from warta import __version__
from warta.inputs import InputError, read_inputs
from warta.output import event_record, render

FORMATS = ["table", "jsonl", "json", "csv"]


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
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format [default: table on a terminal, jsonl otherwise].",
)
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
