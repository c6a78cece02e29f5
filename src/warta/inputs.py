"""What `warta code` reads: a text file (one article), `-` for stdin, a folder, or JSONL
({"id", "text", "date", "lang"} a line — the machine interface corpora and evaluations use)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from warta.ingest.base import IngestError
from warta.model import Article

LANGS = ("id", "en")


# One kind of input error across `warta code` and `warta ingest`.
InputError = IngestError


def read_inputs(paths: list[str], pub_date: str | None, lang: str | None) -> Iterator[Article | InputError]:
    """Articles from every path, in order; unreadable input yields an InputError and the rest goes on."""
    for raw in paths:
        if raw == "-":
            yield from read_stream("<stdin>", sys.stdin.read(), pub_date, lang)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl") and p.is_file()):
                yield from read_file(child, pub_date, lang)
        elif path.is_file():
            yield from read_file(path, pub_date, lang)
        else:
            yield InputError(raw, "no such file or folder")


def read_file(path: Path, pub_date: str | None, lang: str | None) -> Iterator[Article | InputError]:
    if path.name.endswith(".meta.json"):  # a gold article: its text may live elsewhere (docs/annotation.md)
        yield read_gold_article(path)
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield InputError(str(path), f"cannot read: {error.strerror}")
        return
    if b"\x00" in data[:4096]:
        yield InputError(str(path), "binary file, not text")
        return
    text = decode(data)
    if path.suffix == ".jsonl":
        yield from read_jsonl(str(path), text, lang)
        return
    meta = read_meta(path)
    yield Article(
        id=path.stem,
        text=text,
        pub_date=pub_date or meta.get("pub_date"),
        lang=lang or meta.get("lang"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        credit=meta.get("credit"),
    )


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else cp1252, which old Indonesian pages often use."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_meta(path: Path) -> dict:
    """NAME.meta.json beside NAME.txt: pub_date, lang, outlet, credit (the gold-set format)."""
    meta_path = path.with_name(path.stem + ".meta.json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def read_stream(name: str, text: str, pub_date: str | None, lang: str | None) -> Iterator[Article | InputError]:
    first = text.lstrip()[:1]
    if first == "{":
        yield from read_jsonl(name, text, lang)
    else:
        yield Article(id="stdin", text=text, pub_date=pub_date, lang=lang)


def read_jsonl(name: str, text: str, lang: str | None) -> Iterator[Article | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            yield InputError(f"{name}:{number}", f"not JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputError(f"{name}:{number}", 'no "text" field')
            continue
        record_lang = record.get("lang") or lang
        if record_lang not in (None, "", *LANGS):
            yield InputError(f"{name}:{number}", f"unsupported language {record_lang!r}")
            continue
        yield Article(
            id=str(record.get("id") or f"{Path(name).stem}:{number}"),
            text=record["text"],
            pub_date=record.get("date") or record.get("pub_date"),
            lang=record_lang or None,
            outlet=record.get("outlet") or record.get("source"),
            url=record.get("url"),
        )


def read_gold_article(path: Path) -> Article | InputError:
    from warta.eval.gold import load_gold

    try:
        return load_gold(path).article
    except (OSError, KeyError, ValueError) as error:
        return InputError(str(path), f"cannot read gold article ({error})")
