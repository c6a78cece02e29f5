"""Event triggers: the lexicon in `data/<lang>/triggers/*.yaml` (one file per PLOVER type), compiled
to a first-word index and matched on token lemmas ("menemui" → temu, "met" → meet)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from warta.model import Sentence
from warta.resources import load_yaml, load_yaml_glob

MAX_GAP = 3
APPOSITION_REACH = 8  # tokens an aside between commas may run inside a pattern's gap
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "(", ")", "—", "–", ".", "?", "!"})
GAP = "..."
AS_WRITTEN = "="  # "=belum": this word only as written, never another word that shares its lemma
# "menyebut rencana pemerintah untuk mengirim 21.500 prajurit baru ke Irak sebagai kekeliruan": a
# long noun phrase between a verb of calling and its "sebagai"/"as" — a gap that runs on within the
# clause, past no word that opens another (grammar `clause_gap_stops`), up to CLAUSE_GAP_REACH words
CLAUSE_GAP = "...."
CLAUSE_GAP_REACH = 12


@dataclass(slots=True)
class Trigger:
    """One lexicon entry: what a word or phrase means as an event."""

    id: str
    pattern: str
    event: str
    cameo: str
    mode: str = ""
    context: list[str] = field(default_factory=list)
    negated: str = ""
    frame: str = "active"
    actor_sector: list[str] = field(default_factory=list)  # only when the actor is one of these: MIL for "mendarat"
    # with actor_sector: only when the recipient is one of these too ("attacked the president" by a party)
    recipient_sector: list[str] = field(default_factory=list)
    jointly: str = ""  # the type when two or more states act together: a joint exercise is COOPERATE
    # a finding that accuses only through what it found: coded only when an act it alleges is named in
    # its clause ("a UN report found that North Korea had shipped arms"; not "found that exports rose")
    needs_content: bool = False
    items: list[frozenset[str] | int | None] = field(default_factory=list)  # None = a gap, an int = a clause gap

    @property
    def spans_clause(self) -> bool:
        """Whether the pattern holds a clause gap ("...."): "menyebut .... sebagai kekeliruan"."""
        return any(isinstance(item, int) for item in self.items)


@dataclass(slots=True)
class TriggerMatch:
    trigger: Trigger
    positions: list[int]  # token indices of the matched words (gaps excluded)
    own_end: int = 0  # end of the trigger's own words, before a governed event word joined it
    # less specific entries that matched at the same word: the next one is tried when this one's
    # actor_sector rules its actor out ("raided" by an army is ASSAULT, by the police COERCE)
    alternatives: list = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # what turned the entry's reading: "modality.promised_harm"
    requested_by: TriggerMatch | None = None  # the request whose content this event word is ("urged … to")
    aim_of: TriggerMatch | None = None  # the visit or meeting this meeting is the aim of ("flew to Seoul to meet …")
    # the request whose maker also does this, a second act joined by "and" ("urged Iran to stop and condemned …")
    joined_to: TriggerMatch | None = None
    # the act of the general fallback's type this entry for one kind of actor retells if it falls back
    fallback_folded_into: TriggerMatch | None = None
    content_found: bool = False  # an act this allegation alleges was matched in its clause

    def __post_init__(self) -> None:
        self.own_end = self.own_end or self.positions[-1] + 1

    @property
    def first(self) -> int:
        return self.positions[0]

    @property
    def last(self) -> int:
        return self.positions[-1] + 1


def compile_pattern(pattern: str) -> list[frozenset[str] | int | None]:
    """Items: a set of words, None for a gap ("..."), CLAUSE_GAP_REACH for a clause gap ("....");
    a word written "=belum" stays "=belum" in its item and matches only a token spelt so (see
    `item_matches`)."""
    gaps = {GAP: None, CLAUSE_GAP: CLAUSE_GAP_REACH}
    return [gaps[item] if item in gaps else words_item(item.lower().split("|")) for item in pattern.split()]


class SpeltItem(frozenset):
    """A pattern word's alternatives of which one or more are marked "=" (matched as written only)."""


def words_item(words: list[str]) -> frozenset[str]:
    # most items have no "=" word: telling them apart once spares the as-written lookup per token
    return SpeltItem(words) if any(w.startswith(AS_WRITTEN) for w in words) else frozenset(words)


def bare(word: str) -> str:
    """A pattern word without its as-written mark: "=belum" → "belum"."""
    return word.removeprefix(AS_WRITTEN)


def item_matches(item: frozenset[str], token) -> bool:
    """A pattern word matches a token's surface form or one of its lemmas; a word marked "=" only the
    surface form, because the stemmer gives unrelated words one lemma: "=belum" (not yet) must not
    take "sebelum" (before), "=menyerah" (surrender) not "menyerahkan" (hand over)."""
    return bool(item.intersection(token.lemmas)) or (type(item) is SpeltItem and AS_WRITTEN + token.lower in item)


def spelt(item: frozenset[str], token) -> bool:
    """The token is one of the item's words as written ("kesepakatan", "=belum"), not through a lemma."""
    return token.lower in item or (type(item) is SpeltItem and AS_WRITTEN + token.lower in item)


def trigger_from_entry(entry: dict) -> Trigger:
    return Trigger(
        id=entry["id"],
        pattern=entry["pattern"],
        event=entry["event"],
        cameo=str(entry.get("cameo", "") or ""),
        mode=entry.get("mode", "") or "",
        context=list(entry.get("context", []) or []),
        negated=entry.get("negated", "") or "",
        frame=entry.get("frame", "active") or "active",
        actor_sector=list(entry.get("actor_sector", []) or []),
        recipient_sector=list(entry.get("recipient_sector", []) or []),
        jointly=entry.get("jointly", "") or "",
        needs_content=bool(entry.get("needs_content", False)),
        items=compile_pattern(str(entry["pattern"])),
    )


@dataclass(frozen=True, slots=True)
class VerbMarks:
    """Affixes that mark a derived word as a verb (grammar.yaml `clause_verb_marks`): an aside that
    holds one is a clause, and a pattern's gap does not reach past it."""

    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    coordinators: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()  # grammar `clause_gap_stops`: a clause gap does not run past them
    contrasts: frozenset[str] = frozenset()  # grammar `contrast_coordinators`: no gap runs past them

    def second_verb(self, tokens, j: int) -> bool:
        """ "met the governor and demanded …": "and" before a verb joins a second clause."""
        return tokens[j].lower in self.coordinators and j + 1 < len(tokens) and self.verbal(tokens[j + 1])

    def verbal(self, token) -> bool:
        lower = token.lower
        return len(token.lemmas) > 1 and (lower.startswith(self.prefixes) or lower.endswith(self.suffixes))

    def form(self, token) -> str:
        """The affix that marks a word as a verb ("di" in "ditangkap", "ed" in "arrested"), else ""."""
        if len(token.lemmas) < 2:
            return ""
        lower = token.lower
        return next((a for a in self.prefixes if lower.startswith(a)), "") or next(
            (a for a in self.suffixes if lower.endswith(a)), ""
        )


class TriggerLexicon:
    def __init__(self, triggers: list[Trigger], verbs: VerbMarks = VerbMarks()):
        self.triggers = triggers
        self.verbs = verbs
        self.index: dict[str, list[Trigger]] = {}
        for trigger in triggers:
            for word in trigger.items[0] or ():
                self.index.setdefault(bare(word), []).append(trigger)

    def vocabulary(self) -> set[str]:
        return {bare(word) for t in self.triggers for item in t.items if isinstance(item, frozenset) for word in item}

    def run(self, sentence: Sentence, blocked: set[int], openers: frozenset[int] = frozenset()) -> list[TriggerMatch]:
        """Non-overlapping matches, left to right, the most specific pattern at each position. An actor's
        words are `blocked`, except that a pattern may open on one of the `openers` ("Russian warplanes
        struck …": the weapon noun names the actor and opens "warplanes … struck")."""
        matches: list[TriggerMatch] = []
        i = 0
        while i < len(sentence.tokens):
            best = self.best_at(sentence, i, blocked - {i} if i in openers else blocked)
            if best:
                matches.append(best)
                i = best.last
            else:
                i += 1
        return matches

    def best_at(self, sentence: Sentence, i: int, blocked: set[int]) -> TriggerMatch | None:
        found: list[TriggerMatch] = []
        seen: set[str] = set()
        for lemma in sentence.tokens[i].lemmas:
            for trigger in self.index.get(lemma, ()):
                if trigger.id in seen:
                    continue
                seen.add(trigger.id)
                # a stop entry may run over an actor's words ("wisatawan asing tiba di Bali": tourists
                # arriving are no visit); an event's own words may not
                stop = trigger.event == "NONE"
                if i in blocked and not stop:
                    continue
                positions = match_items(sentence, trigger.items, i, set() if stop else blocked, self.verbs)
                if positions:
                    found.append(TriggerMatch(trigger, positions))
        if not found:
            return None
        # stable sort: among equally specific entries the first loaded wins, as before
        found.sort(key=lambda m: specificity(sentence, m.trigger, m.positions), reverse=True)
        best = found[0]
        for stop in (m for m in found if m.trigger.event == "NONE" and m is not best):
            # "pejabat yang tidak bersedia disebut namanya mengenai pertemuan": a longer pattern that
            # takes only the stop phrase's first word and jumps the rest with a gap does not win
            inside = {p for p in best.positions if stop.first <= p <= stop.positions[-1]}
            # a one-word stop ("membekukan" alone) yields to a pattern that goes on from it word by
            # word ("membekukan aset"), not to one that jumps from it over a gap
            contiguous = len(stop.positions) == 1 and len(best.positions) > 1 and best.positions[1] == stop.first + 1
            if inside == {stop.first} and not contiguous:
                best = stop
                break
        best.alternatives = [m for m in found[1:] if m.trigger.event != "NONE" and best.trigger.actor_sector]
        return best


def specificity(sentence: Sentence, trigger: Trigger, positions: list[int]) -> tuple[int, int, int, bool]:
    """The longest match wins ("latihan militer bersama" over "latihan militer"), then the one
    with more words, then the one whose words match as written rather than by lemma: the stop
    entry "kesepakatan" (an agreement, a noun) beats the root "sepakat" (to agree); last, an entry
    for one kind of actor beats the general one, which stays as its fallback."""
    words = [item for item in trigger.items if isinstance(item, frozenset)]
    as_written = sum(1 for p, item in zip(positions, words, strict=False) if spelt(item, sentence.tokens[p]))
    return positions[-1], len(positions), as_written, bool(trigger.actor_sector)


def match_items(
    sentence: Sentence, items: list, i: int, blocked: set[int], verbs: VerbMarks, first: bool = True
) -> list[int] | None:
    """Token positions matching `items` from token i, or None."""
    tokens = sentence.tokens
    if not items:
        return []
    item = items[0]
    if item is None or isinstance(item, int):  # a gap: try the shortest first; it never spans a clause boundary
        reach = MAX_GAP if item is None else item
        j, used = i, 0
        while used <= reach:
            rest = match_items(sentence, items[1:], j, blocked, verbs, first)
            if rest is not None and (rest or j <= len(tokens)):
                return rest
            if j >= len(tokens):
                return None
            if verbs.second_verb(tokens, j):
                return None
            # "tested a new engine for a missile but did not launch one": "but" opens the other half
            if tokens[j].lower in verbs.contrasts:
                return None
            if reach > MAX_GAP and tokens[j].lower in verbs.clause_openers:
                return None
            if tokens[j].text in CLAUSE_PUNCTUATION:
                j = apposition_end(tokens, j, verbs)  # "urged China, North Korea's main ally, to …"
                if j is None:
                    return None
                continue
            # a long name counts as two words: "menetapkan Gubernur Papua Lukas Enembe sebagai tersangka"
            inside_name = {j, j - 1, j - 2} <= blocked and j - 1 > i
            j, used = j + 1, used + (0 if inside_name else 1)
        return None
    # A trigger starts outside actor names; its later words may name a party on purpose:
    # "mengusir diplomat Iran" (usir ... diplomat)
    if i >= len(tokens) or (first and i in blocked):
        return None
    token = tokens[i]
    # item_matches, written out: this line runs about a million times per 3,000 sentences
    if not item.intersection(token.lemmas) and not (type(item) is SpeltItem and AS_WRITTEN + token.lower in item):
        return None
    rest = match_items(sentence, items[1:], i + 1, blocked, verbs, first=False)
    return None if rest is None else [i, *rest]


def apposition_end(tokens, comma: int, verbs: VerbMarks) -> int | None:
    """Past an apposition set off by commas inside a gap: "mendorong China, sekutu terbesar Korut,
    untuk …", "urged China, North Korea's main ally, to …" — or in brackets: "insisted that the African
    Union (AU) must …". Only a short aside without a verb counts; anything else is a clause boundary."""
    close = {",": ",", "(": ")"}.get(tokens[comma].text)
    if close is None:
        return None
    for k in range(comma + 1, min(len(tokens), comma + 1 + APPOSITION_REACH)):
        word = tokens[k]
        if word.text == close:
            return k + 1 if k > comma + 1 else None
        if word.text in CLAUSE_PUNCTUATION or verbs.verbal(word):
            return None
    return None


@functools.cache
def verb_marks(lang: str) -> VerbMarks:
    """The language's verb affixes (grammar `clause_verb_marks`) and coordinators."""
    grammar = load_yaml(f"{lang}/grammar.yaml") or {}
    marks = grammar.get("clause_verb_marks") or {}
    coordinators = frozenset(str(w).lower() for w in grammar.get("coordinators") or ())
    openers = frozenset(str(w).lower() for w in grammar.get("clause_gap_stops") or ())
    contrasts = frozenset(str(w).lower() for w in grammar.get("contrast_coordinators") or ())
    return VerbMarks(
        tuple(marks.get("prefixes") or ()), tuple(marks.get("suffixes") or ()), coordinators, openers, contrasts
    )


@functools.cache
def trigger_lexicon(lang: str) -> TriggerLexicon:
    entries = load_yaml_glob(f"{lang}/triggers/*.yaml")
    return TriggerLexicon([trigger_from_entry(e) for e in entries if e.get("pattern")], verb_marks(lang))
