"""The actor lexicon: countries, bodies, institutions, sector terms and office-holders, compiled
from `data/actors/` into one token-sequence index per language."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field

from warta.lang.text import TOKEN_RE
from warta.model import Entity
from warta.resources import load_tsv_glob, load_yaml, load_yaml_glob


@dataclass(slots=True)
class Tenure:
    code: str
    sector: str
    role: str
    start: str  # YYYY[-MM[-DD]]
    end: str  # "" = still in office

    def covers(self, date: str) -> bool:
        return self.start[: len(date)] <= date and (not self.end or date <= self.end.ljust(10, "~"))


@dataclass(slots=True)
class Person:
    name: str
    wikidata: str
    tenures: list[Tenure] = field(default_factory=list)

    def at(self, date: str | None) -> Tenure:
        """The tenure covering `date`, else the nearest one (before the first: the first)."""
        ordered = sorted(self.tenures, key=lambda t: t.start)
        if not date:
            return ordered[-1]
        covering = [t for t in ordered if t.covers(date)]
        if covering:
            return covering[-1]
        earlier = [t for t in ordered if t.start[: len(date)] <= date]
        return earlier[-1] if earlier else ordered[0]


@dataclass(slots=True)
class Entry:
    """What a name in the text stands for."""

    kind: str  # country | demonym | capital | metonym | body | sector | person
    rule: str  # id of the data entry, for evidence
    entity: Entity | None = None
    person: Person | None = None
    # a body whose role changed on a day: the Taliban are AFG REB until 2021-08-14, the de facto
    # government from 2021-08-15 — (first day, sector) pairs, in order
    sector_from: tuple[tuple[str, str], ...] = ()
    # a staff word (grammar body_staff_words): joined to a named body it takes the body's sector
    staff: bool = False

    def sector_at(self, date: str | None) -> str:
        """The body's sector at a date: its own, or the last one that had begun by then."""
        sector = self.entity.sector if self.entity else ""
        for start, later in self.sector_from:
            if date and start <= date:
                sector = later
        return sector


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(m.group() for m in TOKEN_RE.finditer(name))


PEOPLE_RULE = ".people"  # the rule suffix of a people of a state ("Rohingya"): it names the state, not the scene
# Letters that carry no combining mark to strip: Turkish dotless i, Nordic ø, Polish ł, Croatian đ.
PLAIN_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss"})


@functools.lru_cache(maxsize=65536)
def fold(lower: str) -> str:
    """A lower-cased name without its diacritics: "erdoğan" and "erdogan", "déby" and "deby" are
    one name to the case-insensitive index, as the press writes both."""
    if lower.isascii():
        return lower
    decomposed = unicodedata.normalize("NFKD", lower.translate(PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class ActorLexicon:
    """Token sequences → entries; case-insensitive names and case-sensitive acronyms."""

    def __init__(self) -> None:
        self.folded: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self.exact: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self.vocabulary: set[str] = set()
        self.surnames: dict[str, list[Person]] = {}  # one word of a person's name → the people
        self.articles: frozenset[str] = frozenset()  # "al-" in "al-Shabaab" (grammar: name_articles)
        # names the lists write with a lower-case head before a capitalised word, as the text does:
        # "badan atom PBB", "koalisi pimpinan AS" (folded tokens → the written tokens)
        self.lower_led: dict[tuple[str, ...], tuple[str, ...]] = {}
        # the determiners of the languages whose names the lists hold (grammar `determiners`): "the"
        self.list_determiners: frozenset[str] = frozenset()

    def add(self, name: str, entry: Entry, case_sensitive: bool = False) -> None:
        tokens = name_tokens(str(name).strip())
        if not tokens:
            return
        if not case_sensitive:
            written = tokens
            tokens = tuple(fold(t.lower()) for t in tokens)
            # (not "the Rangers": the article is grammar, the name after it matches on its own)
            described = written[0][:1].islower() and written[0] not in self.list_determiners
            if len(written) > 1 and described and any(t[:1].isupper() for t in written[1:]):
                self.lower_led[tokens] = written
        index = self.exact if case_sensitive else self.folded
        index.setdefault(tokens[0], []).append((tokens, entry))
        self.vocabulary.update(t.lower() for t in tokens)

    def finalize(self, home: str = "") -> None:
        """Longest names first; of names as long, a person's alias last (a stop name in `not_actors.yaml`
        overrides it: "BBM" in Indonesian news is fuel, not Marcos Jr., whose alias it also is), and the
        home state's first: "PPP" in Indonesian news is the Partai Persatuan Pembangunan, not Pakistan's
        People's Party."""
        for index in (self.folded, self.exact):
            for candidates in index.values():
                candidates.sort(
                    key=lambda c: (
                        -len(c[0]),
                        c[1].kind == "person",
                        bool(home) and c[1].entity is not None and c[1].entity.code != home,
                    )
                )

    def longest(self, words: list[str], lowers: list[str], i: int) -> tuple[int, list[Entry]] | None:
        """The longest entries starting at token i, as (length, entries of that length)."""
        best: tuple[int, list[Entry]] | None = None
        for index, seq in ((self.exact, words), (self.folded, lowers)):
            for tokens, entry in index.get(seq[i], ()):
                n = len(tokens)
                if best is not None and n < best[0]:
                    break
                named = entry.kind not in ("sector", "none")
                if named and not self.starts_name(words[i]) and not self.written_so(tokens, words[i : i + n]):
                    continue  # proper names are capitalised: "cuba" (try) is not Cuba
                if tuple(seq[i : i + n]) == tokens:
                    if best is None or n > best[0]:
                        best = (n, [entry])
                    elif entry not in best[1]:
                        best[1].append(entry)
        return best

    def written_so(self, tokens: tuple[str, ...], words: list[str]) -> bool:
        """A name the lists write with a lower-case head ("badan atom PBB", "koalisi pimpinan AS")
        matches text written the same way: lower-case head, the capitalised words capitalised."""
        written = self.lower_led.get(tokens)
        if written is None or len(words) != len(written):
            return False
        return all(w[:1].isupper() == t[:1].isupper() for w, t in zip(words, written, strict=True))

    def starts_name(self, word: str) -> bool:
        """A proper name's first word: "Hamas", and "al-Shabaab", "el-Sisi", "ad-Dawa" — an Arabic
        article before a hyphen is written in lower case, the name after it is not."""
        if word[:1].isupper():
            return True
        head, _, tail = word.partition("-")
        return head in self.articles and tail[:1].isupper()

    def titled_surname(self, word: str, date: str | None, title: list[str], roles: dict[str, str]) -> Entity | None:
        """Whom a title and one family name stand for at `date`: "Presiden Hu" in 2007 is Hu Jintao,
        "Premier Li" in 2023 Li Qiang (not the defence minister Li), "Menlu Wang" Wang Yi. The title
        must spell the role held (`roles` maps titles worded otherwise: "menlu" → foreign minister);
        several such people of one state stand for the state, of several states for no one."""
        if not date:
            return None
        said = f" {' '.join(title)} "
        spelled = {role for phrase, role in roles.items() if f" {phrase} " in said}
        serving = []
        for person in self.surnames.get(word, ()):
            tenure = person.at(date)
            role = tenure.role.split(",")[0].strip().lower()
            if tenure.covers(date) and (role in spelled or set(role.split()) <= set(title)):
                serving.append((person, tenure))
        if len({tenure.code for _, tenure in serving}) != 1:
            return None
        person, tenure = serving[0]
        if len(serving) > 1:  # "Menlu Wang" in 2024: the minister or the ministry's spokesman, China either way
            return Entity(tenure.code, tenure.sector or "GOV")
        return Entity(tenure.code, tenure.sector or "GOV", person.name, person.wikidata)


def is_acronym(name: str) -> bool:
    """Short all-caps names match case-sensitively: Indonesian "AS" is not English "as"."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def add_names(lexicon: ActorLexicon, names: list, entry: Entry) -> None:
    for name in names or []:
        lexicon.add(name, entry, case_sensitive=is_acronym(str(name)))


def add_countries(lexicon: ActorLexicon, lang: str) -> None:
    for country in load_yaml("actors/countries.yaml"):
        code, name = country["code"], country.get("name", country["code"])
        entity = Entity(code, "", name, str(country.get("wikidata", "") or ""))
        rule = f"actors.country.{code}"
        add_names(lexicon, country.get(lang, []), Entry("country", rule, entity))
        for acronym in country.get("abbr", []) or []:
            lexicon.add(acronym, Entry("country", rule, entity), case_sensitive=True)
        add_names(lexicon, country.get(f"demonym_{lang}", []), Entry("demonym", rule + ".demonym", entity))
        # "pengungsi Rohingya": a people of the state, most often met abroad — theirs, but no scene
        add_names(lexicon, country.get(f"peoples_{lang}", []), Entry("demonym", rule + PEOPLE_RULE, entity))
        capital = country.get("capital") or {}
        names = [capital.get(lang), capital.get("en"), *(capital.get("aliases") or [])]
        gov = Entry("capital", rule + ".capital", Entity(code, "GOV", name, entity.wikidata))
        for capital_name in dict.fromkeys(n for n in names if n):
            # "Lima", "Male", "Kabul" are also common words: match them only as written
            lexicon.add(
                capital_name, gov, case_sensitive=bool(capital.get("case_sensitive")) or is_acronym(capital_name)
            )
        for metonym in country.get("metonyms", []) or []:
            gov = Entity(code, metonym.get("sector", "GOV"), name, entity.wikidata)
            add_names(lexicon, [metonym["text"]], Entry("metonym", rule + ".metonym", gov))


def add_bodies(lexicon: ActorLexicon, lang: str, borrowed: tuple[str, ...] = ()) -> None:
    """Every actors/bodies*.yaml and actors/institutions*.yaml file: one entry per named body, by its
    names in `lang` and in the `borrowed` languages (grammar borrows_names_from)."""
    for body in load_yaml_glob("actors/bodies*.yaml") + load_yaml_glob("actors/institutions*.yaml"):
        sector, wikidata = body.get("sector", "") or "", str(body.get("wikidata", "") or "")
        entity = Entity(body["code"], sector, body.get("name", ""), wikidata)
        rule = f"actors.body.{body['code']}.{body.get('name', '')}".replace(" ", "_")
        changes = tuple(sorted((str(day), str(later)) for day, later in (body.get("sector_from") or {}).items()))
        entry = Entry("body", rule, entity, sector_from=changes)
        names = [name for code in (lang, *borrowed) for name in body.get(code, []) or []]
        add_names(lexicon, names, entry)
        for acronym in body.get("abbr", []) or []:
            lexicon.add(acronym, entry, case_sensitive=True)


def add_sectors(lexicon: ActorLexicon, lang: str, staff: frozenset[str] = frozenset()) -> None:
    """Every actors/sectors*.yaml file: a list of {sector, en, id} groups (one sector may recur); the
    terms among `staff` (grammar body_staff_words) are marked as staff words."""
    for group in load_yaml_glob("actors/sectors*.yaml"):
        sector = group["sector"]
        for term in group.get(lang, []) or []:
            entry = Entry("sector", f"actors.sector.{sector}", Entity("", sector), staff=term.lower() in staff)
            lexicon.add(term, entry)


def load_people() -> dict[str, Person]:
    people: dict[str, Person] = {}
    for row in load_tsv_glob("actors/people/*.tsv"):
        if not row.get("name") or not row.get("country"):
            continue
        person = people.setdefault(row["name"], Person(row["name"], row.get("wikidata", "")))
        person.wikidata = person.wikidata or row.get("wikidata", "")
        person.tenures.append(
            Tenure(row["country"], row.get("sector", ""), row.get("role", ""), row.get("start", ""), row.get("end", ""))
        )
    return people


def add_people(lexicon: ActorLexicon, people: dict[str, Person], aliases: dict[str, set[str]]) -> None:
    family_first = {c["code"] for c in load_yaml("actors/countries.yaml") if c.get("family_name_first")}
    for person in people.values():
        entry = Entry("person", "actors.person." + person.name.replace(" ", "_"), person=person)
        for name in {person.name, *aliases.get(person.name, ())}:
            lexicon.add(name, entry)
            add_family_name(lexicon, person, name, family_first)


def add_family_name(lexicon: ActorLexicon, person: Person, name: str, family_first: set[str]) -> None:
    """The word of a name a title goes with: the last ("Prime Minister Khan"), or the first where
    family names lead ("President Moon" for Moon Jae-in, "Premier Li" for Li Qiang)."""
    words = [w for w in name_tokens(name) if w.isalpha() and w[:1].isupper()]
    if len(words) < 2:
        return
    leads = any(t.code in family_first for t in person.tenures)
    for word in {words[-1], words[0]} if leads else {words[-1]}:
        bearers = lexicon.surnames.setdefault(word, [])
        if not any(known is person for known in bearers):  # each alias of one person gives the word again
            bearers.append(person)


def person_aliases() -> dict[str, set[str]]:
    aliases: dict[str, set[str]] = {}
    for row in load_tsv_glob("actors/people/*.tsv"):
        names = aliases.setdefault(row.get("name", ""), set())
        names.update(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
    return aliases


def add_not_actors(lexicon: ActorLexicon, lang: str) -> None:
    names = (load_yaml("actors/not_actors.yaml") or {}).get(lang, [])
    for name in names:
        lexicon.add(name, Entry("none", "actors.not_actor"))


@functools.cache
def actor_lexicon(lang: str) -> ActorLexicon:
    """The compiled lexicon for a language (Indonesian text also uses English names)."""
    grammar = load_yaml(f"{lang}/grammar.yaml") or {}
    # Indonesian news writes many names the English way: "China", "Iran"
    borrowed = tuple(str(code) for code in grammar["borrows_names_from"])
    lexicon = ActorLexicon()
    for code in (lang, *borrowed):
        lexicon.list_determiners |= frozenset(load_yaml(f"{code}/grammar.yaml").get("determiners") or ())
    add_sectors(lexicon, lang, frozenset(str(w).lower() for w in grammar.get("body_staff_words") or ()))
    add_people(lexicon, load_people(), person_aliases())
    add_bodies(lexicon, lang, borrowed)
    add_countries(lexicon, lang)
    for code in borrowed:
        add_countries(lexicon, code)
    add_not_actors(lexicon, lang)
    lexicon.articles = frozenset(grammar.get("name_articles") or ())
    lexicon.finalize(str(grammar.get("home_country") or ""))
    return lexicon
