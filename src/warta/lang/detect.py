"""Language of an article: lingua (its model ships inside the wheel), Indonesian vs English.

Malay is left out on purpose: with it enabled, a third of the seed's Indonesian lines come out
as Malay (../shared/docs/indonesian-nlp.md). Decide per document, not per line.
"""

from __future__ import annotations

import functools

from lingua import Language, LanguageDetectorBuilder

CODES = {Language.INDONESIAN: "id", Language.ENGLISH: "en"}


@functools.cache
def detector():
    return LanguageDetectorBuilder.from_languages(*CODES).build()


def detect_language(text: str, default: str = "en") -> str:
    """ "id" or "en"; `default` when the text gives nothing to go on."""
    sample = text[:4000]
    if not any(c.isalpha() for c in sample):
        return default
    found = detector().detect_language_of(sample)
    return CODES.get(found, default)
