"""A language = its morphology (a small module) + its function words (data/<lang>/grammar.yaml)."""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from importlib import resources

from warta.clean.boilerplate import known_patterns, matches_known, normalise_line
from warta.clean.credits import dateline_patterns
from warta.lang import text as textmod
from warta.model import Sentence
from warta.resources import load_yaml

SUPPORTED = ("id", "en")

# Word-order and morphology facts every grammar.yaml states (docs/data-format.md): the mechanisms
# read these, never the language's name.
# The yes-or-no ones are read with Language.fact; the others are word lists (an empty list: none).
TYPOLOGY_KEYS = (
    "modifiers_follow_noun",  # "kerja sama militer", "pasukan asing" / "military cooperation"
    "possessive_before_noun",  # "Washington's accusation", "her counterpart" / "tuduhan Washington"
    "demonstratives_follow_noun",  # "pasukan itu" / "those troops"
    "serial_verbs",  # "menemui Jan Beagle meminta bantuan": verbs strung without "and"
    "speaker_follows_speech_verb",  # "…,” kata Lavrov" anywhere / "…, said Dinari" only after a pause
    "passive_prefixes",  # "di-": a passive verb by its prefix
    "accidental_passive_prefixes",  # "ter-": "terbunuh" (was killed)
    "verbal_prefixes",  # "me-", "di-", "ber-", "ter-": a verb by its prefix
    "tense_suffixes",  # "-ed": a verb that carries its own tense
    "borrows_names_from",  # Indonesian news writes many names the English way: "China", "Iran"
)


def lemma_table(lang: str) -> dict[str, str]:
    """spaCy's lemma lookup table for a language (package spacy-lookups-data, MIT)."""
    path = resources.files("spacy_lookups_data") / "data" / f"{lang}_lemma_lookup.json.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        return json.load(handle)


@functools.cache
def common_words() -> frozenset[str]:
    """English and Indonesian words, forms and lemmas (spaCy's lemma tables): what a capitalised
    word that is no name may be ("Delta", "Kemudian"); a gazetteer entry or an unknown person's
    name is none of them."""
    words: set[str] = set()
    for lang in SUPPORTED:
        table = lemma_table(lang)
        words.update(w.lower() for w in table)
        words.update(w.lower() for w in table.values())
    return frozenset(words)


class Language:
    """Tokens, lemmas and sentences for one language."""

    def __init__(
        self,
        code: str,
        stems: Callable[[str], Iterable[str]],
        is_agent_noun: Callable[[str], bool] = lambda w: False,
        headline_form: Callable[[str], str | None] | None = None,
    ):
        self.code = code
        self.headline_form = headline_form  # "Korut Ancam AS": the verb a headline writes bare
        self.is_agent_noun = is_agent_noun  # "pendukung" (a supporter) takes no root: it names no event
        self.grammar: dict = load_yaml(f"{code}/grammar.yaml")  # type: ignore[assignment]
        self.table = lemma_table(code)
        self.roots = set(self.table.values())
        self.stems = stems
        self.abbreviations = frozenset(a.lower().rstrip(".") for a in self.words("abbreviations"))
        # dotted acronyms that may end a sentence, unlike a name's initials ("… to Washington, D.C. The next day")
        self.acronyms = frozenset(a.lower().rstrip(".") for a in self.words("sentence_final_acronyms"))
        self.boilerplate = known_patterns(code)  # data/boilerplate.yaml: any language + this one
        self.datelines = dateline_patterns(code)  # every grammar's, this language's first
        # a corpus that spells hyphens with spaces ("Jong - un"): what may join across them, read once
        self.spaced_hyphens = (
            (
                self.words("spaced_hyphen_prefixes"),
                self.words("spaced_hyphen_particles"),
                self.words("spaced_hyphen_names"),
            )
            if "spaced_hyphen_prefixes" in self.grammar
            else None
        )
        self._cache: dict[str, tuple[str, ...]] = {}
        # derived words whose sense left their root's: "perjalanan" (a journey) is read as no "jalan" (a road)
        self.lexicalised = self.words("lexicalised_derivations")
        self.clitics = self.words("possessive_clitics")
        self.modifiers_follow_noun = self.fact("modifiers_follow_noun")
        self.possessive_before_noun = self.fact("possessive_before_noun")
        self.demonstratives_follow_noun = self.fact("demonstratives_follow_noun")
        self.serial_verbs = self.fact("serial_verbs")
        self.speaker_follows_speech_verb = self.fact("speaker_follows_speech_verb")

    def fact(self, key: str) -> bool:
        """A yes-or-no fact of the language's grammar (TYPOLOGY_KEYS): every grammar.yaml states it."""
        return bool(self.grammar[key])

    def words(self, key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in self.grammar.get(key, []))

    def owned_forms(self, key: str) -> frozenset[str]:
        """The nouns of a grammar list with a possessive clitic on them: "sekutunya" ("sekutu" + "-nya"),
        "pendukungnya"; none where the language writes its possessives apart."""
        return frozenset(noun + clitic for noun in self.words(key) for clitic in self.words("possessive_clitics"))

    def said_by_clitic(self) -> frozenset[str]:
        """Verbs of saying with a pronoun clitic that names their speaker: "katanya" ("kata" + "-nya")."""
        return frozenset(
            verb + clitic for verb in self.words("speech_after") for clitic in self.words("speech_clitics")
        )

    def add_vocabulary(self, words: Iterable[str]) -> None:
        """Words the lexicons match on: a rule-made stem counts only if it is one of these."""
        self.roots.update(words)
        self._cache.clear()

    def lemmatize(self, lower: str) -> tuple[str, ...]:
        cached = self._cache.get(lower)
        if cached is None:
            found = [lower]
            if self.is_agent_noun(lower):
                cached = self._cache[lower] = (lower,)
                return cached
            own = self.lexicalised_word(lower)
            if own:
                cached = self._cache[lower] = tuple(dict.fromkeys((lower, own)))
                return cached
            table = self.table.get(lower)
            if table and table != lower:
                found.append(table)
            found.extend(s for s in self.stems(lower) if s in self.roots and s not in found)
            head, dash, tail = lower.partition("-")
            if dash and head == tail:  # "kecaman-kecaman", "bentrokan-bentrokan": a plural, read as its word
                found.extend(s for s in self.lemmatize(head) if s not in found)
            cached = self._cache[lower] = tuple(found)
        return cached

    def lexicalised_word(self, lower: str) -> str:
        """The listed derivation a word is, bare or with a possessive clitic ("perjalanannya" →
        "perjalanan"), else "": such a word is read as itself, never as its root, because the
        derivation changed the sense ("pertahanan" defence is no "tahan" detain, "menurut" according
        to no "turut" join in, "setelah" after no "telah" already)."""
        if lower in self.lexicalised:
            return lower
        for clitic in self.clitics:
            if lower.endswith(clitic) and lower[: -len(clitic)] in self.lexicalised:
                return lower[: -len(clitic)]
        return ""

    def as_headline(self, sentence: Sentence) -> Sentence:
        """A title-case sentence with its bare capitalised words also read as the verbs a headline
        shortens them from ("Korut Ancam Serang AS" → mengancam, menyerang); others as they are."""
        if self.headline_form is None:
            return sentence
        titled = title_case(sentence.tokens)
        # "Korut luncurkan rudal balistik ke Laut Jepang": a headline in sentence case, no full stop
        if not titled and not sentence_case_headline(sentence.tokens):
            return sentence
        if sum(t.text[:1].isalpha() for t in sentence.tokens) < 3:
            return sentence
        tokens = []
        for token in sentence.tokens:
            form = self.headline_form(token.lower) if token.text[:1].isupper() or not titled else None
            tokens.append(replace(token, lemmas=(*token.lemmas, form)) if form else token)
        return replace(sentence, tokens=tokens)

    def skip_line(self, line: str, learned: frozenset[str] = frozenset()) -> int:
        """Characters to skip at the start of a line: all of a boilerplate line, or a dateline.
        `learned` lines are normalised (stripped, whitespace collapsed) as BoilerplateLearner gives them."""
        normal = normalise_line(line)
        if not normal or normal in learned or matches_known(normal, self.boilerplate):
            return len(line)
        # The longest dateline: all of "SRINAGAR, Indian-controlled Kashmir, May 29 (Xinhua) --".
        return max((match.end() for match in (p.match(line) for p in self.datelines) if match), default=0)

    def sentences(self, text: str, learned: frozenset[str] = frozenset()) -> list[Sentence]:
        """Sentences of a text; `learned` lines (an outlet's repeated boilerplate) are skipped too."""
        return textmod.sentences(
            text,
            self.abbreviations,
            lambda line: self.skip_line(line, learned),
            self.lemmatize,
            self.spaced_hyphens,
            self.acronyms,
        )


HEADLINE_WORDS = 14  # a sentence-case headline is short
HEADLINE_CLOSERS = frozenset({".", "!", "?", '"', "”", "'", "’", ")", ":", ";", ","})


def title_case(tokens) -> bool:
    """A headline capitalises all but its function words ("Korut dan Korsel Bertemu di DMZ", "Jepang
    Minta Maaf kepada Korsel atas Kebocoran Data"): the longer ones a headline leaves in lower case
    are listed per language (grammar headline_minor)."""
    minor = headline_minor()
    return sum(1 for t in tokens if t.text[:1].islower() and len(t.text) >= 4 and t.text not in minor) < 2


def sentence_case_headline(tokens) -> bool:
    """A short line with no closing punctuation whose first word is capitalised: a headline some
    outlets write in sentence case ("Korut luncurkan rudal balistik ke Laut Jepang")."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    closed = tokens and tokens[-1].text in HEADLINE_CLOSERS
    return 3 <= len(words) <= HEADLINE_WORDS and not closed and words[0].text[:1].isupper()


@functools.cache
def headline_minor() -> frozenset[str]:
    return frozenset(
        str(w) for code in SUPPORTED for w in (load_yaml(f"{code}/grammar.yaml") or {}).get("headline_minor", [])
    )


@functools.cache
def language(code: str) -> Language:
    if code == "id":
        from warta.lang.id import active_form, is_agent_noun, stems

        return Language(code, stems, is_agent_noun, active_form)
    if code == "en":
        from warta.lang.en import stems
    else:
        raise ValueError(f"unsupported language: {code!r} (supported: {', '.join(SUPPORTED)})")
    return Language(code, stems)
