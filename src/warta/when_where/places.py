"""Places a sentence locates something at: capitalised names after a locative cue.

"tiba di Pyongyang" -> Pyongyang; "di lepas pantai selatan Korea Selatan" -> South Korea;
"antara pelabuhan Rajin dan Dunai di Rusia" -> Rajin, Dunai, Russia; "in Seoul" -> Seoul.
A cue is a locative preposition ("di", "in", "off"), a visit verb ("mengunjungi", "visited") or a
lower-case feature word ("kota Bakhmut", "the city of Kharkiv"); the words live in
data/<lang>/places.yaml, and names resolve through warta.when_where.gazetteer. A name that no cue
introduces is not a place here: "Moskow sangat menghargai" is the Russian government, which the
actor matcher reads.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from warta.lang.base import common_words, title_case
from warta.lang.text import POSSESSIVE_S, TOKEN_RE
from warta.resources import load_yaml
from warta.when_where.dates import grammar as date_grammar
from warta.when_where.gazetteer import Site, gazetteer, name_key

MAX_NAME_TOKENS = 6  # "Republik Rakyat Demokratik Korea", "Saint Vincent and the Grenadines"
HEADLINE_TOKENS = 4  # "di Kota Gaza" is a phrase, "Russia Vows To Strike Kyiv" a headline
MAX_MODIFIERS = 5  # "off the southern coast of | South Korea"
# A GeoNames town this small is a place only when its country is named in the sentence or a
# feature word introduces it ("di kota Wamena"): "to Kim" must not find Kim, India (18,000 people).
SMALL_CITY = 50_000
# A city this big, and this many times bigger than its namesake in a state the sentence names, is the
# one meant (places.far_bigger).
WORLD_CITY = 150_000
NAMESAKE_RATIO = 5


@dataclass(slots=True)
class Place:
    """A place named in a sentence, with offsets into the text passed in."""

    start: int
    end: int
    text: str
    name: str  # canonical English name ("Pyongyang")
    country_code: str  # ISO alpha-3 ("" for a sea or region shared by several states)
    lat: float | None
    lon: float | None
    feature: str  # "city" | "country" | "region" | "sea"
    heading: bool = False  # where a traveller leaves for ("left Dakar for Conakry"): a scene, not a direction


def find_places(text: str, lang: str, story: tuple[str, ...] = (), filed_in: str = "") -> list[Place]:
    """Places the sentence locates something at: names after a locative preposition. `story` holds
    the countries the rest of the article names (its dateline first): a town whose name other
    countries share is rather the one in them ("near Halifax" in a story on West Yorkshire);
    `filed_in` is the dateline's city, which lies in story[0]."""
    words = place_words(lang)
    reader = SentenceReader(text, words, story, name_key(filed_in))
    found: list[Place] = []
    index = 0
    while index < len(reader.tokens):
        if reader.lower[index] not in words.first_words:  # most words start no cue
            index += 1
            continue
        size, weak, featured = reader.cue_at(index)
        heading = False
        if not size:  # "left Dakar for Conakry": the place left is no scene, the one headed for is
            size = reader.destination_at(index)
            weak, featured, heading = False, False, bool(size)
        if not size:  # "menyerang kota Bakhmut", "shelled the city of Kharkiv"
            size, weak, featured = reader.feature_cue_at(index), False, True
        places, after = reader.read_places(index + size, weak, featured) if size else ([], index + 1)
        for place in places if heading else []:
            place.heading = True
        found.extend(places)
        index = max(after, index + 1)
    return found


# --------------------------------------------------------------------------- words


@dataclass(slots=True)
class PlaceWords:
    """The locative vocabulary of a language (data/<lang>/places.yaml), lower-cased word tuples."""

    # phrase -> (weak: needs a feature word after it, featured: ends with one: "di kota", "di pelabuhan")
    cues: dict[tuple[str, ...], tuple[bool, bool]]
    single_cues: frozenset[str]  # one-word strong cues: "Dunai di Rusia" names Dunai's country
    feature_cues: frozenset[tuple[str, ...]]  # "kota", "city of": a cue when written in lower case
    modifiers: frozenset[tuple[str, ...]]
    features: frozenset[tuple[str, ...]]
    coordinators: frozenset[str]
    connectors: frozenset[str]
    not_places: frozenset[str]  # name keys
    owned_sites: frozenset[tuple[str, ...]]  # "embassy": a state before it owns, it does not locate
    determiners: frozenset[str]  # grammar.yaml: "the Split summit" names no town
    apposers: frozenset[str]  # "di ibu kota provinsi itu, Zahedan": the feature's name set off after a comma
    departures: frozenset[tuple[str, ...]]  # "left": "left Dakar for Conakry" heads for Conakry (`destinations`)
    destinations: frozenset[str]  # "for"
    longest: int  # words in the longest cue, modifier or feature
    first_words: frozenset[str]  # first words of all cues, modifiers and features


def countries_named(text: str, lang: str) -> set[str]:
    """Countries a sentence names, by a state's name, a region of it or its demonym ("West Yorkshire
    Police", "in Nova Scotia", "an Argentine judge"): what sets the scene for the article's other places."""
    return SentenceReader(text, place_words(lang)).named_here()


@functools.cache
def demonyms() -> dict[str, str]:
    """Demonyms of both languages (actors/countries.yaml) -> the state: "Argentine", "Pakistani"."""
    found: dict[str, str] = {}
    for entry in load_yaml("actors/countries.yaml") or []:  # type: ignore[union-attr]
        for word in [*(entry.get("demonym_en") or []), *(entry.get("demonym_id") or [])]:
            found.setdefault(name_key(str(word)), entry["code"])
    return found


def phrases(words: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(str(w).lower().split()) for w in words)


@functools.cache
def place_words(lang: str) -> PlaceWords:
    data: dict = load_yaml(f"{lang}/places.yaml")  # type: ignore[assignment]
    if not data:
        raise ValueError(f"no place words for language {lang!r} (data/{lang}/places.yaml)")
    dates = date_grammar(lang)  # "in March", "pada Kamis": months and weekdays are not places
    modifiers, features = phrases(data.get("modifiers", [])), phrases(data.get("features", []))
    strong, weak = phrases(data["cues"]), phrases(data.get("weak_cues", []))
    feature_cues = phrases(data.get("feature_cues", []))
    departures = phrases(data.get("departures", []))  # "left Dakar for Conakry" (destination_at)
    cues = {p: (p in weak, any(p[i:] in features for i in range(1, len(p)))) for p in strong | weak}
    return PlaceWords(
        cues=cues,
        single_cues=frozenset(p[0] for p in strong if len(p) == 1),
        feature_cues=feature_cues,
        modifiers=modifiers,
        features=features,
        coordinators=frozenset(data.get("coordinators", [])),
        connectors=frozenset(data.get("name_connectors", [])),
        not_places=frozenset(name_key(w) for w in [*data.get("not_places", []), *dates.months, *dates.weekdays]),
        owned_sites=phrases(data.get("owned_sites", [])),
        determiners=frozenset(str(w).lower() for w in load_yaml(f"{lang}/grammar.yaml").get("determiners") or []),  # type: ignore[union-attr]
        apposers=frozenset(str(w).lower() for w in data.get("apposers", [])),
        departures=departures,
        destinations=frozenset(str(w).lower() for w in data.get("destinations", [])),
        longest=max(len(p) for p in [*cues, *feature_cues, *modifiers, *features, *departures]),
        first_words=frozenset(p[0] for p in [*cues, *feature_cues, *modifiers, *features, *departures]),
    )


# --------------------------------------------------------------------------- reading


def far_bigger(best: Site, other: Site) -> bool:
    """A world city outweighs a namesake town in a state the sentence happens to name: "U.S. and
    Russian diplomats held talks in Geneva" is Geneva, Switzerland, not Geneva, Illinois."""
    return best.population >= WORLD_CITY and best.population >= NAMESAKE_RATIO * other.population


@dataclass(slots=True, frozen=True)
class Word:
    """A word's text, as lang.base.title_case reads tokens."""

    text: str


class SentenceReader:
    """Tokens of one sentence and the countries it names (for choosing among same-named cities)."""

    __slots__ = (
        "text", "words", "story", "filed_in", "tokens", "lower", "_countries", "_named_here", "found_countries",
        "headline",
    )

    def __init__(self, text: str, words: PlaceWords, story: tuple[str, ...] = (), filed_in: str = ""):
        self.text, self.words, self.story, self.filed_in = text, words, story, filed_in
        self.tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        self.lower = [text[a:b].lower() for a, b in self.tokens]
        self._countries: set[str] | None = None
        self._named_here: set[str] | None = None
        self.found_countries: set[str] = set()
        # a title-case headline capitalises its cues too: "Russian Troops Pull Out of Kherson"
        self.headline = len(self.tokens) >= HEADLINE_TOKENS and title_case([Word(text[a:b]) for a, b in self.tokens])

    def phrase_at(self, index: int, vocabulary: frozenset[tuple[str, ...]] | dict) -> int:
        """Tokens in the longest phrase of `vocabulary` starting at `index` (0: none)."""
        if self.lower[index] not in self.words.first_words:
            return 0
        for size in range(min(self.words.longest, len(self.tokens) - index), 0, -1):
            if tuple(self.lower[index : index + size]) in vocabulary:
                return size
        return 0

    def cue_at(self, index: int) -> tuple[int, bool, bool]:
        """Tokens in the cue at `index`, whether it is weak and whether it ends with a feature word.
        Only its first word may be capitalised ("Di Pyongyang, ..."): in "di Kota Kinabalu" the cue
        is "di", not "di kota"."""
        size = self.phrase_at(index, self.words.cues)
        while size > 1 and not self.headline_cue(index, size) and self.capitalised_within(index + 1, index + size):
            size = self.phrase_at(index, {p: w for p, w in self.words.cues.items() if len(p) < size})
        if not size:
            return 0, False, False
        return (size, *self.words.cues[tuple(self.lower[index : index + size])])

    def destination_at(self, index: int) -> int:
        """Tokens from a departure verb to its destination's link, else 0: "The UN envoy on Tuesday left
        Dakar for Conakry to see the situation" — `left | Dakar | for` (data/<lang>/places.yaml
        `departures`, `destinations`); Indonesian says it with a cue ("meninggalkan Dakar menuju Conakry")."""
        verb = self.phrase_at(index, self.words.departures)
        if not verb or not self.capitalised(index + verb):
            return 0
        link = index + verb + self.name_run(index + verb)
        if link + 1 >= len(self.tokens) or self.lower[link] not in self.words.destinations:
            return 0
        return link + 1 - index if self.capitalised(link + 1) else 0

    def capitalised_within(self, start: int, end: int) -> bool:
        return any(self.capitalised(i) for i in range(start, end))

    def headline_cue(self, index: int, size: int) -> bool:
        """A title-case headline capitalises a cue's every word ("Pull Out of Kherson"), but not one
        ending in a feature word: "di Kota Kinabalu" names the town whole."""
        return self.headline and not self.words.cues[tuple(self.lower[index : index + size])][1]

    def feature_cue_at(self, index: int) -> int:
        """Tokens in a lower-case feature cue at `index` ("kota", "city of"), else 0. The sentence's
        first word is capitalised by spelling alone: "Kota Kharkiv dibombardir pasukan Rusia", the
        attacked place the passive's subject, is read as "kota Kharkiv"."""
        size = self.phrase_at(index, self.words.feature_cues)
        return 0 if any(self.capitalised(i) for i in range(max(index, 1), index + size)) else size

    def capitalised(self, index: int) -> bool:
        return index < len(self.tokens) and self.text[self.tokens[index][0]].isupper()

    def skip_modifiers(self, index: int) -> tuple[int, bool]:
        """Past lower-case modifiers and feature words: "lepas pantai selatan", "the port of".
        Returns the next index and whether a feature word ("pelabuhan", "port") was passed."""
        saw_feature = False
        for _ in range(MAX_MODIFIERS):
            if self.qualifies_feature(index):
                index += 1  # "in the Indian capital New Delhi", "the Pakistani city of Lahore"
                continue
            if self.capitalised(index) or index >= len(self.tokens):
                break
            if saw_feature and self.apposed_name(index):
                index += 2  # "dari ibu kota negara bagian itu, Yenagoa": the name after the comma
                continue
            feature = self.phrase_at(index, self.words.features)
            size = feature or self.phrase_at(index, self.words.modifiers)
            if not size:
                break
            saw_feature = saw_feature or bool(feature)
            index += size
        return index, saw_feature

    def apposed_name(self, index: int) -> bool:
        """A feature word's demonstrative, a comma and a capitalised name: "di ibu kota provinsi itu,
        Zahedan" names Zahedan (data/<lang>/places.yaml `apposers`)."""
        return (
            self.lower[index] in self.words.apposers
            and index + 2 < len(self.tokens)
            and self.lower[index + 1] == ","
            and self.capitalised(index + 2)
        )

    def qualifies_feature(self, index: int) -> bool:
        """A capitalised word that is no place itself, before a lower-case feature word: "Indian"
        in "the Indian capital New Delhi" (but "Gaza" in "Gaza city" is the place)."""
        if not self.capitalised(index) or index + 1 >= len(self.tokens):
            return False
        if self.capitalised(index + 1):
            return self.qualifies_named_feature(index)
        return bool(self.phrase_at(index + 1, self.words.features)) and self.resolve(index, index + 1, False) is None

    def qualifies_named_feature(self, index: int) -> bool:
        """A capitalised word that is no place, before a one-word name and its lower-case feature word:
        "Sunni" in "the provincial capital of the Sunni Anbar province", "Kurdish" in "the Kurdish
        Dohuk province" (s53_enscene). Only where the name alone is a place and the pair is not one."""
        name, feature = index + 1, index + 2
        if feature >= len(self.tokens) or self.capitalised(feature) or not self.phrase_at(feature, self.words.features):
            return False
        if self.resolve(index, feature, True) is not None or self.resolve(index, name, False) is not None:
            return False
        return self.resolve(name, feature, True) is not None

    def read_places(self, index: int, weak: bool, featured: bool) -> tuple[list[Place], int]:
        """The place after a cue, and the places coordinated with it ("Rajin dan Dunai")."""
        places: list[Place] = []
        while True:
            index, saw_feature = self.skip_modifiers(index)
            saw_feature, featured = saw_feature or featured, False
            if weak and not saw_feature:
                return places, index
            if not places and not self.capitalised(index):
                site = self.site_in_region(index)  # "di perlintasan Bihoro, Hokkaido"
                return ([site[0]], site[1]) if site else (places, index)
            place, index = self.read_name(index, saw_feature)
            if place is None:
                return places, index
            places.append(place)
            if index < len(self.tokens) and self.lower[index] in POSSESSIVE_S:
                index, weak = index + 1, False  # "South Korea's southern port of Busan"
            elif index < len(self.tokens) and self.lower[index] in self.words.coordinators:
                index, weak = index + 1, False
            else:
                return places, index

    def site_in_region(self, index: int) -> tuple[Place, int] | None:
        """A lower-case site noun no list knows, a name no list knows and, after a comma, the region or
        country it lies in: "tabrakan di perlintasan Bihoro, Hokkaido" is in Japan (as "in Bihoro,
        Hokkaido" is, apposed_region). The name must be unknown: "di rumah Budi, Jakarta" is no region."""
        if index + 2 >= len(self.tokens) or not self.capitalised(index + 1):
            return None
        run = self.name_run(index + 1)
        if any(self.resolve(index + 1, index + 1 + size, False) for size in range(run, 0, -1)):
            return None
        return self.apposed_region(index + 1 + run)

    def name_run(self, index: int) -> int:
        """Tokens of the capitalised run at `index` ("Korea Selatan", "Isle of Man")."""
        end = index
        while end < len(self.tokens) and end - index < MAX_NAME_TOKENS:
            name_word = self.capitalised(end) and self.lower[end] not in POSSESSIVE_S
            connector = end > index and self.lower[end] in self.words.connectors and self.capitalised(end + 1)
            if not (name_word or connector):
                break
            end += 1
        return end - index

    def read_name(self, index: int, saw_feature: bool) -> tuple[Place | None, int]:
        """The longest known name at `index`. A capitalised feature word that is not part of a
        known name is skipped: "Kota Gaza" -> Gaza, but "Kota Kinabalu" stays whole."""
        run = self.name_run(index)
        feature = self.phrase_at(index, self.words.features) if run else 0
        for size in range(run, feature, -1):
            if self.lower[index + size - 1] in self.words.connectors:
                continue
            place = self.resolve(index, index + size, saw_feature)
            if place is not None:
                return place, index + size
        if feature:
            return self.read_name(index + feature, True)
        apposed = self.apposed_region(index + run, saw_feature) if run else None
        if apposed is not None:
            return apposed
        # a lower-case word ends the reading without being read: "in a village in Sagaing" goes on
        # from the second "in"
        return None, index + self.unread_run(index, run)

    def unread_run(self, index: int, run: int) -> int:
        """How much of a capitalised run no place was read in is passed over: all of it, but in a
        title-case headline only the words before the next cue, "North Korea Threatens to | Strike Guam"."""
        if not self.headline:
            return run
        return next((k for k in range(run) if self.phrase_at(index + k, self.words.cues)), run)

    def apposed_region(self, comma: int, site: bool = False) -> tuple[Place, int] | None:
        """ "in Malibu, California", "di Tubod, Provinsi Lanao": a town no list knows, then after a comma
        the region or country it lies in — the story is set there. After a named site of a feature
        word (`site`) the city counts too: "di Bandara Halim Perdanakusuma, Jakarta"."""
        if comma + 1 >= len(self.tokens) or self.lower[comma] != "," or not self.capitalised(comma + 1):
            return None
        run = self.name_run(comma + 1)
        for size in range(run, 0, -1):
            place = self.resolve(comma + 1, comma + 1 + size, False)
            if place is not None and (place.feature in ("region", "country") or site and place.feature == "city"):
                return place, comma + 1 + size
        return None

    def resolve(self, first: int, end: int, saw_feature: bool) -> Place | None:
        start, stop = self.tokens[first][0], self.tokens[end - 1][1]
        surface = self.text[start:stop]
        if name_key(surface) in self.words.not_places:
            return None
        tier, sites = gazetteer().lookup(surface)
        if tier in ("cities", "alternates") and self.word_in_name(first, end):
            return None
        site = self.choose(tier, sites, saw_feature, surface) if sites else None
        apposed = self.country_after(end) if sites else None
        if apposed and (site is None or site.country_code != apposed):
            site = gazetteer().in_country(surface, apposed) or site
        if site is None:
            return None
        if site.feature == "country" and self.owned_site_at(end):
            return None  # "to the US embassy in Jakarta"
        if site.feature == "country":
            self.found_countries.add(site.country_code)
        return Place(start, stop, surface, site.name, site.country_code, site.lat, site.lon, site.feature)

    def word_in_name(self, first: int, end: int) -> bool:
        """A town named like a common word is that word when it stands inside another name or after
        an article: "reported to the State Bar of California", "the Bar Association", "the Split
        summit" name no Bar or Split; "talks in Split on Monday" does."""
        if end - first != 1 or self.lower[first] not in common_words():
            return False
        before = self.lower[first - 1] if first else ""
        named_before = bool(first) and self.capitalised(first - 1) and (before,) not in self.words.cues
        if named_before and (before,) in self.words.features:  # "di Kabupaten Garut" names the town
            named_before = self.name_goes_on(end)
        return named_before or self.capitalised(end) or before in self.words.determiners

    def name_goes_on(self, index: int) -> bool:
        """A connector and a capitalised word follow: "State Bar | of California" (not "Garut dan Bandung")."""
        connector = index < len(self.tokens) and self.lower[index] in self.words.connectors
        return connector and self.lower[index] not in self.words.coordinators and self.capitalised(index + 1)

    def owned_site_at(self, index: int) -> bool:
        return any(tuple(self.lower[index : index + len(p)]) == p for p in self.words.owned_sites)

    def choose(self, tier: str, sites: list[Site], saw_feature: bool, surface: str = "") -> Site | None:
        """Prefer a candidate in a country the sentence names ("Dunai di Rusia"), then one in a
        country the article names (story_namesake); among GeoNames cities, the most populous, if it
        is big enough to be named without its country."""
        best = sites[0]
        small = tier in ("cities", "alternates") and best.population < SMALL_CITY and not saw_feature
        named = self.countries()
        in_named = [s for s in sites if s.country_code in named]
        if in_named and not far_bigger(best, in_named[0]):
            return in_named[0]
        if small:
            return None
        return self.story_namesake(surface, best) or best

    def story_namesake(self, surface: str, best: Site) -> Site | None:
        """The namesake in a country the article names, when the likeliest place lies in none of
        them: "a friend's home in Georgetown" under a WASHINGTON dateline is no Guyana; a world
        city still outweighs a namesake town ("talks in Paris" in a story on Texas)."""
        if not self.story or best.country_code in self.story or best.feature != "city":
            return None
        if best.country_code in self.named_here():  # "in San Rafael in the western province of Mendoza"
            return None
        g = gazetteer()
        weight = best.population or getattr(g.city(best.name, best.country_code), "population", 0)
        for code in self.story:
            other = g.in_country(surface, code)
            if other is not None and other.feature == "city":
                kept = Site(best.name, best.country_code, best.lat, best.lon, best.feature, weight)
                dateline_city = code == self.story[0] and name_key(surface) == self.filed_in
                return None if far_bigger(kept, other) and not dateline_city else other
        return None

    def country_after(self, index: int) -> str | None:
        """The country named right after a place: "Tripoli, Lebanon", "Dunai di Rusia", also past a
        cue's modifiers: "the town of Palma in northern Mozambique" is Mozambique's Palma."""
        if index + 1 >= len(self.tokens):
            return None
        if self.lower[index] != "," and self.lower[index] not in self.words.single_cues:
            return None
        start = index + 1 if self.lower[index] == "," else self.skip_modifiers(index + 1)[0]
        if not self.capitalised(start):
            return None
        codes = self.country_codes(start, self.name_run(start))
        return next(iter(codes)) if len(codes) == 1 else None

    def countries(self) -> set[str]:
        """Countries named anywhere in the sentence ("Korea Utara", "AS"), cue or not."""
        if self._countries is None:
            named: set[str] = set()
            index = 0
            while index < len(self.tokens):
                run = self.name_run(index) if self.capitalised(index) else 0
                named.update(self.country_codes(index, run))
                index += max(run, 1)
            self._countries = named
        return self._countries | self.found_countries

    def named_here(self) -> set[str]:
        """Countries the sentence names by a state's name, a region of it or a demonym (countries_named)."""
        if self._named_here is None:
            named: set[str] = set()
            index = 0
            while index < len(self.tokens):
                run = self.name_run(index) if self.capitalised(index) else 0
                named.update(self.country_codes(index, run, ("country", "region")))
                index += max(run, 1)
            for index in range(len(self.tokens)):  # "A Argentine judge", "South Korean troops"
                if self.capitalised(index):
                    code = demonyms().get(" ".join(self.lower[index : index + 2])) or demonyms().get(self.lower[index])
                    named.update([code] if code else [])
            self._named_here = named
        return self._named_here

    def country_codes(self, index: int, run: int, features: tuple[str, ...] = ("country",)) -> set[str]:
        g = gazetteer()
        for size in range(run, 0, -1):
            surface = self.text[self.tokens[index][0] : self.tokens[index + size - 1][1]]
            tier, sites = g.lookup(surface)
            codes = {s.country_code for s in sites if s.feature in features and tier in ("exact", "curated")}
            codes.discard("")
            if codes:
                return codes
        return set()
