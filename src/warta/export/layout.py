"""Where a sentence stands in its article: GDELT's SentenceID and IsRootEvent, ICEWS's Sentence Number.

The article is split as the coder split it (lines first, then sentence boundaries; boilerplate lines and
datelines skipped), so sentence 1 is the lead's first sentence, not "Baca berita dengan sedikit iklan".
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from dataclasses import dataclass

from warta.lang.base import SUPPORTED, language
from warta.lang.text import lines_with_offsets, split_line


@dataclass(slots=True, frozen=True)
class ArticleLayout:
    starts: tuple[int, ...]  # character offset of each sentence, in order
    lead_line: int  # the line (paragraph) of the first sentence

    def sentence_number(self, offset: int) -> int:
        """1-based number of the sentence holding `offset`."""
        return max(1, bisect_right(self.starts, offset))


@functools.lru_cache(maxsize=256)
def article_layout(text: str, lang: str | None) -> ArticleLayout:
    words = language(lang if lang in SUPPORTED else "en")
    starts, lead_line = [], 0
    for number, start, end in lines_with_offsets(text):
        skip = words.skip_line(text[start:end])
        spans = split_line(text, start + skip, end, words.abbreviations, words.acronyms) if start + skip < end else []
        if spans and not lead_line:
            lead_line = number
        starts.extend(a for a, _ in spans)
    return ArticleLayout(tuple(starts), lead_line or 1)
