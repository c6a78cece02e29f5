"""Datelines and agency credits: "TEMPO.CO, Jakarta -" gives place Jakarta and outlet Tempo,
"WASHINGTON (Reuters) -" or a last line "REUTERS" give agency Reuters.

Datelines are the coder's own patterns (data/<lang>/grammar.yaml `datelines`), so what is read
here is what the coder skips; names are canonicalised with data/agencies.yaml. Nothing is cut:
`Credits.spans` point into the text as read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from warta.clean.base import Credits
from warta.clean.boilerplate import known_patterns, matches_known, normalise_line
from warta.resources import data_dir, load_yaml

HEAD_LINES = 4  # a dateline opens one of the first lines (after a title or an ad line)
TAIL_LINES = 3  # a credit closes one of the last lines (before editors' initials)
PARAGRAPH_WORDS = 20  # a longer line without a dateline is the first paragraph: stop looking
DASHES = "-–—"
# "IHRAM.CO.ID", "merdeka.com": an outlet by its domain even when agencies.yaml does not know it.
DOMAIN = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)(?:\.[A-Za-z]{2,3}){1,2}$")
# "Jakarta - Presiden …" (Detik, Okezone): too common a shape to skip on every line, so the
# coder keeps it; the credits read it on the article's first line only.
PLAIN_DATELINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+[-–—]+\s+(?=[A-Z])")
WIRES = r"\(\s*(?P<paren>{names})\s*\)|[-–—]+\s*(?P<dash>{names})"


@dataclass(slots=True, frozen=True)
class Name:
    """A news agency or outlet as agencies.yaml names it."""

    canonical: str  # "Tempo", "AFP"
    kind: str  # "agency" | "outlet"
    home: str = ""  # the state a national outlet reports from ("Tempo" → IDN); "" for world wires


@functools.cache
def name_table() -> dict[str, Name]:
    """Every spelling of data/agencies.yaml, case-folded → its canonical name."""
    data: dict = load_yaml("agencies.yaml") or {}  # type: ignore[assignment]
    table: dict[str, Name] = {}
    for kind, key in (("agency", "agencies"), ("outlet", "outlets")):
        for entry in data.get(key) or []:
            for spelling in entry.get("spellings") or []:
                table[spelling.casefold()] = Name(entry["name"], kind, entry.get("home") or "")
    return table


def lookup(name: str) -> Name | None:
    """The agency or outlet a spelling names: "ANTARA News" → Antara, "KOMPAS.com" → Kompas."""
    return name_table().get(normalise_line(name).strip(" .").casefold())


def home_of(outlet: str | None) -> str:
    """The state a national outlet reports from: "The News International" → PAK, "Times of India
    (AP)" → IND (the outlet, not the wire it credits), "Reuters" → ""."""
    if not outlet:
        return ""
    name = lookup(outlet) or lookup(re.split(r"\s*[(,;]", outlet)[0])
    return name.home if name else ""


@functools.cache
def dateline_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The dateline patterns of every data/<lang>/grammar.yaml, this language's first: an outlet's
    dateline does not change with the language ("Jakarta (ANTARA) -" opens English articles too).
    The coder skips what these match (warta.lang.base.Language.skip_line)."""
    codes = sorted(path.parent.name for path in data_dir().glob("*/grammar.yaml"))
    sources: list[str] = []
    for code in sorted(codes, key=lambda code: code != lang):
        grammar: dict = load_yaml(f"{code}/grammar.yaml") or {}  # type: ignore[assignment]
        sources.extend(p for p in grammar.get("datelines") or [] if p not in sources)
    return tuple(re.compile(p) for p in sources)


@functools.cache
def credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line that is only a credit ("REUTERS", "(Antara)", "Sumber: AFP"), and a credit closing
    a line ("… kata dia. (Antara)", "… he said. — Reuters")."""
    spellings = sorted((s for s, n in name_table().items() if n.kind == "agency"), key=len, reverse=True)
    one = "(?:" + "|".join(re.escape(s) for s in spellings) + ")"
    names = rf"{one}(?:\s*/\s*{one})*"
    whole = rf"^[(\[]?\s*(?:[{DASHES}]+\s*)?(?:(?:sumber|source)\s*:\s*)?(?P<whole>{names})\s*[)\]]?\s*\.?$"
    closing = rf"(?:^|(?<=[\s.,;:!?\"”’]))(?:{WIRES.format(names=names)})\s*\.?$"
    return re.compile(whole, re.I), re.compile(closing, re.I)


def find_credits(text: str, lang: str) -> Credits:
    """The dateline (place, outlet, agency) and the agency credit of an article, with their spans."""
    credits = Credits()
    dateline = find_dateline(text, lang or "")
    if dateline:
        credits = read_dateline(text[dateline[0] : dateline[1]])
        credits.spans.append(dateline)
    credit = find_agency_credit(text)
    if credit and not (dateline and credit[1][0] < dateline[1]):
        credits.agency = credits.agency or credit[0]
        credits.spans.append(credit[1])
    return credits


def find_dateline(text: str, lang: str) -> tuple[int, int] | None:
    """Span of the dateline opening one of the first lines, without the space after its dash."""
    for number, (start, line) in enumerate(head_lines(text)):
        patterns = dateline_patterns(lang) + ((PLAIN_DATELINE,) if number == 0 else ())
        found = [match.group().rstrip() for match in (p.match(line) for p in patterns) if match]
        if found:
            return start, start + max(map(len, found))  # the longest: all of "SRINAGAR, Indian-controlled …"
        if len(line.split()) > PARAGRAPH_WORDS:
            return None
    return None


def head_lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of the first lines that are neither blank nor known boilerplate."""
    found = 0
    for start, line in lines_with_offsets(text):
        if found == HEAD_LINES:
            return
        normal = normalise_line(line)
        if normal and not matches_known(normal, known_patterns()):
            found += 1
            yield start + len(line) - len(line.lstrip()), line.lstrip()


def read_dateline(dateline: str) -> Credits:
    """Place, outlet and agency of a dateline: "Las Palmas de Gran Canaria, Spain, Feb 17 (ANTARA/DPA) -"
    → Las Palmas de Gran Canaria, Antara, DPA."""
    head = dateline.rstrip(DASHES + ": \t")
    names: list[str] = []
    paren = re.search(r"\(([^()]*)\)$", head)
    if paren:
        names, head = paren.group(1).split("/"), head[: paren.start()]
    credits = credit_of_wires(names)
    for part in (p.strip() for p in head.split(",")):
        outlet = outlet_name(part)
        if outlet:
            credits.outlet = credits.outlet or outlet
        elif part and not any(ch.isdigit() for ch in part) and credits.dateline_place is None:
            credits.dateline_place = place_name(part)
    return credits


def credit_of_wires(names: list[str]) -> Credits:
    """Agency and outlet of the names in a dateline's parentheses. In "(ANTARA/DPA)" the last agency
    is the wire credited (DPA) and the first of several relays it (Antara); "(kumparan)" is an outlet."""
    known = [name for name in map(lookup, names) if name]
    agencies = [name.canonical for name in known if name.kind == "agency"]
    outlets = [name.canonical for name in known if name.kind == "outlet"]
    agency = agencies[-1] if agencies else None
    outlet = outlets[0] if outlets else (known[0].canonical if len(known) > 1 else None)
    return Credits(outlet=outlet, agency=agency)


def outlet_name(part: str) -> str | None:
    """The outlet a dateline part names: "TEMPO.CO" → Tempo, "IHRAM.CO.ID" → Ihram, else None."""
    name = lookup(part)
    if name:
        return name.canonical
    domain = DOMAIN.match(part)
    if domain:
        label = domain.group(1)
        return label.capitalize() if label.isupper() or label.islower() else label
    return None


def place_name(part: str) -> str:
    """A dateline place as a name: "JAKARTA" → Jakarta, "NEW YORK" → New York; "Mataram" stays."""
    place = normalise_line(part)
    return " ".join(word.capitalize() for word in place.split()) if place.isupper() else place


def find_agency_credit(text: str) -> tuple[str, tuple[int, int]] | None:
    """The agency one of the last lines credits, and the span of the credit in the text."""
    for start, line in tail_lines(text):
        found = credit_in_line(line)
        if found:
            agency, (a, b) = found
            return agency, (start + a, start + b)
    return None


def credit_in_line(line: str) -> tuple[str, tuple[int, int]] | None:
    """The agency a line credits and the credit's span: a line "REUTERS" or "Sumber: AFP", a line
    closing with "(Antara)" or "— Reuters"."""
    whole, closing = credit_patterns()
    match = whole.match(line) or closing.search(line)
    if not match:
        return None
    group = next(g for g in ("whole", "paren", "dash") if match.groupdict().get(g))
    credit = match.group(group)
    agency = credit_of_wires(credit.split("/")).agency
    if agency is None or is_initials(credit):
        return None
    return agency, trim_span(line, *match.span())


def trim_span(line: str, start: int, end: int) -> tuple[int, int]:
    """A credit's span without the spaces around it and a closing period: "(Antara)", "— Reuters"."""
    text = line[start:end]
    kept = text.strip().rstrip(".").rstrip()
    first = start + len(text) - len(text.lstrip())
    return first, first + len(kept)


def tail_lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, stripped line) of the last non-blank lines, last first."""
    lines = [(start, line) for start, line in lines_with_offsets(text) if line.strip()]
    for start, line in reversed(lines[-TAIL_LINES:]):
        yield start + len(line) - len(line.lstrip()), line.strip()


def is_initials(credit: str) -> bool:
    """Whether a credit is an editor's initials: "(ap)" in lower case, not the wire AP."""
    return credit.islower() and len(credit) <= 2


def lines_with_offsets(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1
