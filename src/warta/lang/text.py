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
# A sentence may end after . ! ? and closing quotes, before a capital, digit or opening quote.
BOUNDARY_RE = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-Ý])")
WORD_BEFORE_RE = re.compile(r"([\w.]+)[.!?]+[\"”’')\]]*\s+$")


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (line number, start, end) for every line of the text."""
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        yield number, start, start + len(line)
        start += len(line) + 1


def split_line(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans inside one line, skipping boundaries after abbreviations and initials."""
    spans = []
    begin = start
    for match in BOUNDARY_RE.finditer(text, start, end):
        before = WORD_BEFORE_RE.search(text, begin, match.end())
        word = before.group(1).lower().rstrip(".") if before else ""
        if word in abbreviations or (len(word) == 1 and word.isalpha()):
            continue  # "Jl. Sudirman", "Tn. Kim", "J. Biden"
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


def sentences(
    text: str,
    abbreviations: frozenset[str],
    skip_line: Callable[[str], int],
    lemmatize: Callable[[str], tuple[str, ...]],
) -> list[Sentence]:
    """Split on lines first (ad lines must not glue onto the next sentence), then on boundaries.

    `skip_line(line)` returns how many leading characters of a line to skip: the whole line
    for boilerplate, the dateline's length for "TEMPO.CO, Jakarta - …", else 0.
    """
    result: list[Sentence] = []
    for number, line_start, line_end in lines_with_offsets(text):
        skip = skip_line(text[line_start:line_end])
        if line_start + skip >= line_end:
            continue
        for a, b in split_line(text, line_start + skip, line_end, abbreviations):
            sentence = Sentence(text[a:b], a, b, number, index=len(result))
            sentence.tokens = tokenize(text, a, b, lemmatize)
            result.append(sentence)
    return result
