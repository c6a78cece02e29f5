"""Language of an article: lingua (its model ships inside the wheel).

`detect_language` chooses between Indonesian and English only, for coding. Malay is left out on
purpose: with it enabled, a third of the seed's Indonesian lines come out as Malay
(../shared/docs/indonesian-nlp.md). Decide per document, not per line.

`identify_language` names any language lingua knows, so that pages in other languages can be
stored and counted rather than coded; it settles Indonesian against Malay with word markers.
"""

from __future__ import annotations

import functools
import re

from lingua import Language, LanguageDetectorBuilder

from warta.resources import load_tsv

CODES = {Language.INDONESIAN: "id", Language.ENGLISH: "en"}
SAMPLE_CHARS = 4000
IDENTIFY_SAMPLE_CHARS = 2000  # lingua's time grows with the text; 2,000 characters settle a document
MIN_LETTERS = 10  # below this lingua guesses among 75 languages ("halo" comes out Tswana)

# Indonesian word, then the Malaysian Malay word for the same thing: each rare on the other side.
# "-" where one side has no telling word. "tidak" and "sudah" are left out: Malay writes them too;
# "dakwaan", "dianggarkan", "sila" and "berjaya" too: Indonesian uses them, in other senses.
MARKERS = load_tsv("id/malay_markers.tsv")  # Indonesian word beside its Malay counterpart
INDONESIAN_MARKERS = frozenset(row["indonesian"] for row in MARKERS) - {"-"}
MALAY_MARKERS = frozenset(row["malay"] for row in MARKERS) - {"-"}
# Malay must be this many times likelier than Indonesian before the markers are asked: lingua
# reads 1 in 4 lines of ../shared/corpus/parallel-en-id (Indonesian news) as Malay.
MALAY_ODDS = 4.0
WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def detector():
    return LanguageDetectorBuilder.from_languages(*CODES).build()


@functools.cache
def any_language_detector():
    """Every language lingua knows; low-accuracy mode (trigrams) keeps it near 120 MB and fast on documents."""
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


@functools.cache
def indonesian_malay_detector():
    return LanguageDetectorBuilder.from_languages(Language.INDONESIAN, Language.MALAY).build()


def detect_language(text: str, default: str = "en") -> str:
    """ "id" or "en"; `default` when the text gives nothing to go on."""
    sample = text[:SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return default
    found = detector().detect_language_of(sample)
    return CODES.get(found, default)


def identify_language(text: str, default: str = "und") -> str:
    """ISO 639-1 code of any language lingua knows ("id", "en", "ms", "fr", "zh" …).

    `default` ("und", undetermined) when the text has under MIN_LETTERS letters or lingua cannot decide.
    """
    sample = text[:IDENTIFY_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return default
    found = any_language_detector().detect_language_of(sample)
    if found is None:
        return default
    if found in (Language.INDONESIAN, Language.MALAY):
        found = indonesian_or_malay(sample)
    return found.iso_code_639_1.name.lower()


def indonesian_or_malay(sample: str) -> Language:
    """Indonesian unless lingua finds Malay much likelier and Malay words outnumber Indonesian ones.

    "Kerajaan Thailand" (the Thai kingdom) is Indonesian too: a Malay marker alone does not decide.
    """
    odds = {c.language: c.value for c in indonesian_malay_detector().compute_language_confidence_values(sample)}
    if odds[Language.MALAY] <= MALAY_ODDS * odds[Language.INDONESIAN]:
        return Language.INDONESIAN
    words = [word.lower() for word in WORD.findall(sample)]
    indonesian = sum(word in INDONESIAN_MARKERS for word in words)
    malay = sum(word in MALAY_MARKERS for word in words)
    return Language.INDONESIAN if indonesian > malay else Language.MALAY
