"""Lines that are not article text: known patterns (data/boilerplate.yaml) and lines an outlet repeats.

The article text is never changed: this module only names the lines the coder must skip
("Baca berita dengan sedikit iklan, klik di sini", "ADVERTISEMENT", an outlet's footer).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from warta.resources import load_yaml

STATE_VERSION = 1


def normalise_line(line: str) -> str:
    """A line as compared for repetition: stripped, every run of whitespace collapsed to one space."""
    return " ".join(line.split())


@functools.cache
def known_patterns(lang: str | None = None) -> tuple[re.Pattern[str], ...]:
    """Boilerplate patterns of data/boilerplate.yaml: those for any language plus `lang`'s own;
    all of them when `lang` is None."""
    data: dict = load_yaml("boilerplate.yaml") or {}  # type: ignore[assignment]
    groups = list(data) if lang is None else ["any", lang]
    return tuple(re.compile(pattern, re.I) for group in groups for pattern in data.get(group) or [])


def matches_known(line: str, patterns: Iterable[re.Pattern[str]]) -> bool:
    """Whether a (normalised) line is known boilerplate."""
    return any(pattern.search(line) for pattern in patterns)


@dataclass(slots=True)
class OutletLines:
    """What one outlet's articles taught: how many were read, in how many articles each short
    line occurs, and the short lines one article repeated."""

    articles: int = 0
    seen: Counter[str] = field(default_factory=Counter)
    repeated: set[str] = field(default_factory=set)

    def to_dict(self) -> dict:
        return {"articles": self.articles, "seen": dict(self.seen), "repeated": sorted(self.repeated)}

    @classmethod
    def from_dict(cls, data: dict) -> OutletLines:
        return cls(int(data.get("articles", 0)), Counter(data.get("seen") or {}), set(data.get("repeated") or []))


@dataclass(slots=True)
class BoilerplateLearner:
    """Learns each outlet's boilerplate from repetition.

    A short line (at most `max_words` words) becomes the outlet's boilerplate when one article
    prints it twice (Tempo's "Baca berita dengan sedikit iklan, klik di sini") or when it occurs
    in at least `min_articles` of the outlet's articles (a footer, a newsletter prompt). Observe
    first copies only: a wire story printed three times must not teach its own sentences.
    """

    min_articles: int = 3
    max_words: int = 25
    max_candidates: int = 50_000  # per outlet; beyond it, lines seen in one article only are forgotten
    patterns: tuple[re.Pattern[str], ...] = field(default_factory=known_patterns, repr=False)
    outlets: dict[str, OutletLines] = field(default_factory=dict)

    def short_lines(self, text: str) -> Counter[str]:
        """How often each short, non-empty normalised line occurs in a text."""
        lines = (normalise_line(line) for line in text.splitlines())
        return Counter(line for line in lines if line and len(line.split()) <= self.max_words)

    def observe(self, outlet: str | None, text: str) -> None:
        """Learn from one article of `outlet` (each line counts once per article)."""
        state = self.outlets.setdefault(outlet_key(outlet), OutletLines())
        counts = self.short_lines(text)
        state.articles += 1
        state.seen.update(counts.keys())
        state.repeated.update(line for line, n in counts.items() if n >= 2)
        if len(state.seen) > self.max_candidates:
            state.seen = Counter({line: n for line, n in state.seen.items() if n > 1})

    def learned(self, outlet: str | None) -> frozenset[str]:
        """Every line learned as the outlet's boilerplate, normalised."""
        state = self.outlets.get(outlet_key(outlet))
        if state is None:
            return frozenset()
        frequent = (line for line, n in state.seen.items() if n >= self.min_articles)
        return frozenset(state.repeated.union(frequent))

    def lines_for(self, outlet: str | None, text: str) -> frozenset[str]:
        """The normalised lines of `text` to skip: known patterns, lines this text repeats, and the
        outlet's learned lines. Goes to `Article.skip_lines`."""
        state = self.outlets.get(outlet_key(outlet)) or OutletLines()
        found = set()
        for line, n in self.short_lines(text).items():
            if n >= 2 or line in state.repeated or state.seen.get(line, 0) >= self.min_articles:
                found.add(line)
        lines = {normalise_line(line) for line in text.splitlines()}
        found.update(line for line in lines if line and matches_known(line, self.patterns))
        return frozenset(found)

    def to_dict(self) -> dict:
        """What was learned, as plain JSON-able data (a store keeps it between runs)."""
        return {
            "version": STATE_VERSION,
            "min_articles": self.min_articles,
            "max_words": self.max_words,
            "outlets": {key: state.to_dict() for key, state in sorted(self.outlets.items())},
        }

    @classmethod
    def from_dict(cls, data: dict | None, **settings) -> BoilerplateLearner:
        """A learner that continues from `to_dict()`'s output; an empty dict starts afresh.
        Keyword settings (min_articles=…) override the stored ones."""
        data = data or {}
        stored = {key: data[key] for key in ("min_articles", "max_words") if key in data}
        learner = cls(**{**stored, **settings})
        learner.outlets = {key: OutletLines.from_dict(value) for key, value in (data.get("outlets") or {}).items()}
        return learner


def outlet_key(outlet: str | None) -> str:
    """Outlets are compared case-insensitively: "Tempo" and "tempo" are one outlet; None is ""."""
    return normalise_line(outlet or "").casefold()
