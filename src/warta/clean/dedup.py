"""Near-duplicate copies of one wire story (Tempo and Kompas both print Reuters' report).

MinHash over word 5-grams of the article's own words (ad lines, boilerplate and the dateline left
out, lower-cased, punctuation dropped), indexed with MinHash LSH (datasketch). A signature is
plain bytes, so a store keeps it and the index is rebuilt on restart.
"""

from __future__ import annotations

import re
import struct
from collections import Counter
from collections.abc import Iterable

from datasketch import LeanMinHash, MinHash, MinHashLSH

from warta.clean.boilerplate import known_patterns, matches_known, normalise_line
from warta.clean.credits import find_dateline

THRESHOLD = 0.8  # estimated Jaccard similarity of 5-gram sets at or above which texts are copies
NUM_PERM = 128
# LSH bands tuned to miss few copies (b=16, r=8: a pair at similarity 0.8 is a candidate 95% of
# the time, at 0.85 99%); the estimated similarity then confirms each candidate.
LSH_WEIGHTS = (0.05, 0.95)  # (false positive, false negative) weights of datasketch's band choice
SHINGLE_WORDS = 5
SEED = 1
BYTE_ORDER = "<"  # signatures read the same on every machine
REPEATED_LINE_WORDS = 25  # a short line printed twice in one text is an ad line, not the story
WORD = re.compile(r"\w+")


def story_lines(text: str) -> list[str]:
    """The lines that tell the story: without blank lines, known boilerplate, short lines the text
    repeats ("Baca berita dengan sedikit iklan, klik di sini") and the dateline."""
    dateline = find_dateline(text, "")
    if dateline:
        text = text[: dateline[0]] + text[dateline[1] :]
    lines = [normalise_line(line) for line in text.splitlines()]
    repeated = {line for line, n in Counter(lines).items() if n > 1 and len(line.split()) <= REPEATED_LINE_WORDS}
    return [line for line in lines if line and line not in repeated and not matches_known(line, known_patterns())]


def shingles(text: str) -> set[bytes]:
    """Word 5-grams of the story, lower-cased and without punctuation; a shorter text is one shingle."""
    words = WORD.findall(" ".join(story_lines(text)).casefold())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}


class NearDuplicates:
    """An index of first copies: `add` tells whether a text is a near-duplicate of one already seen."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.num_perm = num_perm
        self.index = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
        self.minhashes: dict[str, LeanMinHash] = {}  # first copies, in the order they came
        self.rank: dict[str, int] = {}

    def signature(self, text: str) -> bytes:
        """The MinHash of a text's 5-gram shingles, serialised (what a store keeps)."""
        minhash = MinHash(num_perm=self.num_perm, seed=SEED)
        minhash.update_batch(sorted(shingles(text)))
        lean = LeanMinHash(minhash)
        buffer = bytearray(lean.bytesize(byteorder=BYTE_ORDER))
        lean.serialize(buffer, byteorder=BYTE_ORDER)
        return bytes(buffer)

    def add(self, doc_id: str, signature: bytes) -> str | None:
        """The id of the earliest known near-duplicate of this document; if there is none, None,
        and the document is indexed as a first copy. A text without words is never a duplicate."""
        minhash = self.read(signature)
        if doc_id in self.minhashes or minhash is None or minhash.is_empty():
            return None
        first = self.earliest_match(minhash)
        if first is None:
            self.insert(doc_id, minhash)
        return first

    def load(self, pairs: Iterable[tuple[str, bytes]]) -> None:
        """Index stored first copies (id, signature), oldest first, without comparing them again."""
        for doc_id, signature in pairs:
            minhash = self.read(signature)
            if doc_id not in self.minhashes and minhash is not None and not minhash.is_empty():
                self.insert(doc_id, minhash)

    def similarity(self, first: bytes, second: bytes) -> float:
        """Estimated Jaccard similarity of two texts' shingles, from their signatures."""
        a, b = self.read(first), self.read(second)
        return a.jaccard(b) if a is not None and b is not None else 0.0

    def earliest_match(self, minhash: LeanMinHash) -> str | None:
        close = [c for c in self.index.query(minhash) if self.minhashes[c].jaccard(minhash) >= self.threshold]
        return min(close, key=self.rank.__getitem__, default=None)

    def insert(self, doc_id: str, minhash: LeanMinHash) -> None:
        self.index.insert(doc_id, minhash)
        self.minhashes[doc_id] = minhash
        self.rank[doc_id] = len(self.rank)

    def read(self, signature: bytes) -> LeanMinHash | None:
        """A stored signature; None if it is unreadable or was made with another number of permutations."""
        try:
            minhash = LeanMinHash.deserialize(signature, byteorder=BYTE_ORDER)
        except (struct.error, ValueError, TypeError):
            return None
        return minhash if len(minhash.hashvalues) == self.num_perm and minhash.seed == SEED else None

    def __len__(self) -> int:
        return len(self.minhashes)
