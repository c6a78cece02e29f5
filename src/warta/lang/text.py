"""Lines, sentences and tokens with character offsets into the original text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from warta.model import Sentence, Token

# "U.S." and "B-52" stay whole; "Russia's" splits into "Russia" + "'s"; "didn't" stays whole.
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S. / U.N. / a.m.
    r"|\d+(?:[.,]\d+)+"  # 2.000 prajurit, 2,000 troops, 3.5 percent: one number, no clause break
    r"|\w+(?:-\w+|[’'](?![sS]\b)\w+)*"  # words, hyphenated words, "d'Ivoire", "didn't"; not "'s"
    r"|[’']s\b"
    r"|[^\w\s]",
    re.UNICODE,
)
# The token TOKEN_RE splits off an English possessive: "Russia's" → "Russia" + "'s".
POSSESSIVE_S = frozenset({"'s", "’s"})
# A sentence may end after . ! ? and closing quotes, before a capital, digit or opening quote.
BOUNDARY_RE = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-Ý])")
INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")  # "k.p", "a.b.c": a name's initials, dots inside
WORD_BEFORE_RE = re.compile(r"([\w.]+)[.!?]+[\"”’')\]]*\s+$")


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (line number, start, end) for every line of the text."""
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        yield number, start, start + len(line)
        start += len(line) + 1


def split_line(
    text: str, start: int, end: int, abbreviations: frozenset[str], acronyms: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Sentence spans inside one line, skipping boundaries after abbreviations and initials. Dotted
    initials are a name's ("K.P. Sharma Oli", "A.B. Vajpayee") unless they are one of the `acronyms`
    that may end a sentence ("… flew on to Washington, D.C. The next day")."""
    spans = []
    begin = start
    for match in BOUNDARY_RE.finditer(text, start, end):
        before = WORD_BEFORE_RE.search(text, begin, match.end())
        word = before.group(1).lower().rstrip(".") if before else ""
        if word in abbreviations or (len(word) == 1 and word.isalpha()):
            continue  # "Jl. Sudirman", "Tn. Kim", "J. Biden"
        if INITIALS_RE.fullmatch(word) and word not in acronyms:
            continue  # "K.P. Sharma Oli"
        spans.append((begin, match.end()))
        begin = match.end()
    if begin < end:
        spans.append((begin, end))
    return [trim(text, a, b) for a, b in spans if text[a:b].strip()]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def tokenize(text: str, start: int, end: int, lemmatize: Callable[[str], tuple[str, ...]]) -> list[Token]:
    """Tokens of text[start:end] with absolute offsets and lemma candidates."""
    return [
        Token(m.group(), m.start(), m.end(), m.group().lower(), lemmatize(m.group().lower()))
        for m in TOKEN_RE.finditer(text, start, end)
    ]


def gerund(word: str, suffixes: tuple[str, ...]) -> bool:
    """A verb going on by its ending (grammar `gerund_suffixes`): "demanding", "branding" — longer than
    five letters, so "thing", "being" and "bring" are none."""
    return word.endswith(suffixes) and len(word) > 5


def plural(word: str, suffixes: tuple[str, ...], lookalikes: tuple[str, ...]) -> bool:
    """A plural noun by its ending (grammar `plural_suffixes`, `plural_lookalikes`): "soldiers",
    "palestinians", not "congress"; none in a language that marks no plural so."""
    return bool(suffixes) and word.endswith(suffixes) and not word.endswith(lookalikes)


def phrase_at(tokens, i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words from token `i` on spell `phrase` (lower-cased): "in exchange for", "ditengahi oleh"."""
    return i >= 0 and tuple(t.lower for t in tokens[i : i + len(phrase)]) == phrase


def joins(
    left: str, right: str, prefixes: frozenset[str], particles: frozenset[str], names: frozenset[str] = frozenset()
) -> bool:
    """Whether "left - right" is one hyphenated word that a tokenised corpus spelled with spaces:
    a doubled word ("negara - negara", "disebut - sebut", "anak - anaknya"), a syllable of an East
    Asian name ("Kim Jong - un", "Park Geun - hye"), or a prefix or name particle ("anti - pemerintah",
    "al - Sham"), or a hyphenated name ("Timor - Leste", `names`) — not a dash between two clauses
    or names ("Korea Utara - Amerika Serikat")."""
    a, b = left.lower(), right.lower()
    if not (a.isalpha() and b.isalpha()):
        return False
    doubled = b.startswith(a) or a.endswith(b) or a.startswith(b)
    syllable = left[:1].isupper() and right.islower() and len(right) <= 3
    # a prefix before a common word ("anti - pemerintah"), a name's particle ("al - Sham"); not a
    # prefix before a name, which must stay a name ("demonstrasi anti - AS")
    prefixed = a in prefixes and right.islower()
    particle = a in particles and not left.isupper()  # "al - Sham", not "AS - China"
    return doubled or syllable or prefixed or particle or f"{a}-{b}" in names


def join_spaced_hyphens(tokens: list[Token], text: str, hyphens: tuple[frozenset[str], ...], lemmatize) -> list[Token]:
    """Tokens with "A - B" merged into one token "A-B" (offsets still span the original text)."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if (
            i + 2 < len(tokens)
            and tokens[i + 1].text == "-"
            and text[t.end : tokens[i + 2].start] == " - "
            and joins(t.text, tokens[i + 2].text, *hyphens)
        ):
            right = tokens[i + 2]
            word = f"{t.text}-{right.text}"
            out.append(Token(word, t.start, right.end, word.lower(), lemmatize(word.lower())))
            i += 3
            continue
        out.append(t)
        i += 1
    return out


def sentences(
    text: str,
    abbreviations: frozenset[str],
    skip_line: Callable[[str], int],
    lemmatize: Callable[[str], tuple[str, ...]],
    spaced_hyphens: tuple[frozenset[str], ...] | None = None,
    acronyms: frozenset[str] = frozenset(),
) -> list[Sentence]:
    """Split on lines first (ad lines must not glue onto the next sentence), then on boundaries.

    `skip_line(line)` returns how many leading characters of a line to skip: the whole line
    for boilerplate, the dateline's length for "TEMPO.CO, Jakarta - …", else 0. `spaced_hyphens`
    (prefixes, particles, names), for a language whose corpora spell hyphens with spaces, turns on
    join_spaced_hyphens.
    """
    result: list[Sentence] = []
    for number, line_start, line_end in lines_with_offsets(text):
        skip = skip_line(text[line_start:line_end])
        if line_start + skip >= line_end:
            continue
        for a, b in split_line(text, line_start + skip, line_end, abbreviations, acronyms):
            sentence = Sentence(text[a:b], a, b, number, index=len(result))
            sentence.tokens = tokenize(text, a, b, lemmatize)
            if spaced_hyphens is not None:  # a corpus that spells "Jong-un" as "Jong - un"
                sentence.tokens = join_spaced_hyphens(sentence.tokens, text, spaced_hyphens, lemmatize)
            result.append(sentence)
    return result
