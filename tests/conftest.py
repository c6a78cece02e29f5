"""Shared paths: the corpora in ../shared are read in place, never copied into the repo."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "corpus" / "seed" / "tempo-2023-10-19-lavrov-pyongyang.txt"
SEED_GOLD = SHARED / "corpus" / "seed" / "tempo-2023-10-19-lavrov-pyongyang.events.jsonl"
SAMPLES = ROOT / "samples" / "articles.jsonl"


def coded_in(lang: str, text: str, pub_date: str = "2024-03-14") -> list[tuple[str, list[str], list[str]]]:
    """The events warta codes in a text, as (type, actor codes, recipient codes): how the event
    tests read. Each test file binds its language: `coded = partial(coded_in, "en")`."""
    import warta

    return [
        (e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
        for e in warta.code(text, lang=lang, pub_date=pub_date)
    ]


def agree(english: str, indonesian: str, event: str, actor: str, recipient: str | None, pub_date: str = "2010-05-04"):
    """An English sentence and its Indonesian translation code the same event: its type, an actor
    code and (when given) a recipient code — how the cross-language tests read."""
    for text, lang in ((english, "en"), (indonesian, "id")):
        found = coded_in(lang, text, pub_date)
        hits = [(e, a, r) for e, a, r in found if e == event and actor in a]
        assert hits, (text, found)
        if recipient is not None:
            assert any(recipient in r for _, _, r in hits), (text, hits)


def has_event(found, event: str, actor: str, recipient: str | None = None) -> bool:
    """Among coded events (as coded_in gives them), one of the type with the actor code; with the
    recipient code too unless it is None ("-": with no recipient)."""
    return any(
        e == event and actor in a and (recipient is None or (recipient in r if recipient != "-" else not r))
        for e, a, r in found
    )


def types_in(lang: str, text: str, pub_date: str = "2024-03-14") -> set[str]:
    """The kinds of event warta codes in a text: `types = partial(types_in, "en")`."""
    return {event for event, _, _ in coded_in(lang, text, pub_date)}


def mentions_in(
    lang: str, text: str, date: str | None = "2023-10-19", scene: tuple[str, ...] = ()
) -> list[tuple[str, str, str]]:
    """The actors the matcher finds in a text, sentence by sentence with one article memory, as
    (words, code, sector): how the actor tests read."""
    from warta.actors.lexicon import actor_lexicon
    from warta.actors.match import ActorMatcher, ArticleMemory
    from warta.lang.base import language

    matcher = ActorMatcher(language(lang), actor_lexicon(lang))
    memory = ArticleMemory()
    found = []
    for sentence in language(lang).sentences(text):
        found += [(m.text, m.entity.code, m.entity.sector) for m in matcher.run(sentence, memory, date, scene)]
    return found


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def run_warta(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """The real command line, in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "warta", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
