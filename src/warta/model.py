"""The small vocabulary every stage speaks: plain dataclasses with offsets into the article text."""

from __future__ import annotations

from dataclasses import dataclass, field

# PLOVER's codes for bodies and movements that belong to no state
NOT_STATES = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "ISM", "MNC"})


def is_state(code: str) -> bool:
    """An ISO alpha-3 state, not one of PLOVER's codes for bodies and movements."""
    return len(code) == 3 and code not in NOT_STATES


@dataclass(slots=True)
class Article:
    """One input document: the raw text and what is known about where it came from."""

    id: str
    text: str
    pub_date: str | None = None  # YYYY-MM-DD
    lang: str | None = None  # "id" | "en"; None = detect
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    credit: str | None = None  # the wire agency the article credits ("Reuters")
    skip_lines: frozenset[str] = frozenset()  # boilerplate lines learned from the outlet's other articles


@dataclass(slots=True)
class Token:
    text: str
    start: int  # offsets into the article text
    end: int
    lower: str
    lemmas: tuple[str, ...]  # lower-cased surface form first, then candidate lemmas


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    line: int  # 1-based input line where the sentence starts
    tokens: list[Token] = field(default_factory=list)
    index: int = 0


@dataclass(slots=True)
class Entity:
    """A resolved actor: PLOVER code, sector and the resolved name."""

    code: str
    sector: str = ""
    name: str = ""
    wikidata: str = ""


@dataclass(slots=True)
class Mention:
    """Words in a sentence that name an actor (a token range and what it resolves to)."""

    first: int  # token indices, end exclusive
    last: int
    entity: Entity
    kind: str  # country | capital | metonym | body | person | sector | pronoun | coref
    text: str = ""
    start: int = 0
    end: int = 0
    rules: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Place:
    name: str
    country_code: str
    lat: float | None
    lon: float | None
    text: str = ""
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Span:
    role: str  # trigger | actor | recipient | date | place | source | modality
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Event:
    """A coded event with the evidence that produced it."""

    id: str
    date: str
    event: str
    mode: str
    context: list[str]
    actor: list[Entity]
    recipient: list[Entity]
    actor_text: list[str]
    recipient_text: list[str]
    cameo: str
    quad_code: int
    event_scale: float
    hedged: bool
    event_text: str
    event_loc: Place | None
    doc: str
    line: int
    start: int  # sentence offsets in the input text
    end: int
    sentence: str
    spans: list[Span]
    rules: list[str]
    publication: str | None = None
    reported_by: str | None = None
    language: str = ""
    pub_date: str | None = None


@dataclass(slots=True)
class Candidate:
    """A trigger that fired, and what became of it (for `warta explain`)."""

    sentence: Sentence
    rule: str
    event: str
    text: str
    start: int
    end: int
    outcome: str  # "coded" or the reason it was dropped
    detail: str = ""
