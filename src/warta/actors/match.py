"""Find the actors a sentence names, resolve them by date, and follow them through the article.

"Menteri Luar Negeri Rusia Sergei Lavrov" is one mention (sector term + country + person)
resolved to RUS GOV; a later "Lavrov" or "ia" points back to him; "kedua negara" to the
last two states named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from warta.actors.lexicon import PEOPLE_RULE, ActorLexicon, Entry, fold
from warta.actors.passing import PassingPlaces
from warta.lang.base import Language, sentence_case_headline, title_case
from warta.lang.text import POSSESSIVE_S, gerund, phrase_at, plural
from warta.model import NOT_STATES, Entity, Mention, Sentence, is_state
from warta.resources import load_yaml
from warta.when_where.gazetteer import Site, gazetteer

APPOSITION_REACH = 5  # words of an aside up to its relative word: ", the main separatist group, which …"

MAX_NAME_TOKENS = 4
OPENING_PHRASE_GAP = 3  # an opener and its small words before the party: "according to the police"
PRONOUN_REACH = 2  # sentences
NAMESAKE_SECTORS = frozenset({"PTY", "LEG", "JUD"})  # parties, parliaments, courts: named alike everywhere
SUBJECT_REACH = 3  # tokens: a mention starting this early opens its sentence as its likely subject
EPITHET_REACH = 3  # sentences back "the bloc", "negara itu" may point
DESCRIPTION_REACH = 6  # sentences back "the passenger", "tersangka itu" may point, within its story
DOUBLE_QUOTES = frozenset({'"', "“", "”"})  # what opens and closes a quote (single marks are also apostrophes)
TITLE_LEAD = 4  # words before a person's name that may hold his title: "US Ambassador to (Iraq Zalmay Khalilzad)"
OFFICE_REACH = 2  # sentences back "the minister", "menteri itu" may point at the person last named with that title
NAME_REACH = 20
SPEAKER_SPAN = 7  # tokens: "kata Menlu Irak Hoshiyar Zebari kepada wartawan" (match.heard_after_speaker)
STORY_REACH = 8  # sentences a state named stays part of the story being told (see Coder.opens_story)
NAMED_KINDS = ("person", "country", "demonym", "capital", "body", "metonym")
STATE_KINDS = frozenset({"country", "demonym", "capital", "metonym"})  # mentions that name a state itself
SCENE_KINDS = ("country", "demonym", "capital", "body")
BACKED_AS_ONE = frozenset({"PTY", "OPP", "CVL"})  # "supporters of the PTI": a party's backers are its people
PAIR_REACH = 3  # sentences back "Keduanya"/"Both" may point at two people named together
SCENE_REACH = 5  # sentences a place named "in Zahedan" sets the scene for
ENFORCER_REACH = 2  # sentences police named with their state ("Polisi Italia") stay the story's police for
COALITION_REACH = 6  # sentences a force named with its leader ("the US-led coalition") is what "coalition forces" are
LEADER_GOVERNMENT = "actors.leader_government"  # "the Modi government": the state's government (leader_body)
GROUPS_FILE = "groups.yaml"  # numerals and nouns that point back at a list of states
CITY_POPULATION = 100_000  # a smaller town's name beside "police" is as likely a person's or a word


@dataclass(slots=True)
class Piece:
    first: int
    last: int
    entry: Entry
    alternative: Entry | None = None  # "Mahkamah Agung": a sector term, or alone Indonesia's court
    namesakes: list[Entry] = field(default_factory=list)  # people sharing the name: "Conte" in 2007 and 2019


@dataclass(slots=True)
class ArticleMemory:
    """What the article has named so far: for surnames, pronouns and "both countries".

    Memory fades: a pronoun points back at most PRONOUN_REACH sentences and a surname at most
    NAME_REACH, so a story's "ia" never lands on a person from an unrelated story before it.
    """

    names: dict[str, tuple[Entity, int]] = field(default_factory=dict)
    first_person: tuple[Entity, int] | None = None  # the first person a sentence names: its likely subject
    first_party: tuple[Entity, int] | None = None  # a body, state or force opening a sentence: its subject
    countries: list[tuple[Entity, int]] = field(default_factory=list)
    sentence: int = 0
    places: list[tuple[str, int]] = field(default_factory=list)  # (country of a place named, sentence)
    states: set[str] = field(default_factory=set)  # the countries the article has named
    home: str | None = None  # where news in the article's language is set when it names nowhere
    seen: dict[str, int] = field(default_factory=dict)  # each state's latest sentence (any mention of it)
    heads: dict[str, tuple[str, int]] = field(default_factory=dict)  # a word of a party named → (code, sentence)
    bodies: list[tuple[Entity, int]] = field(default_factory=list)  # bodies named (EU, NATO, Hamas …), latest last
    people: list[tuple[Entity, int]] = field(default_factory=list)  # people named lately: whom "keduanya" points at
    crowds: list[tuple[Entity, int]] = field(default_factory=list)  # groups named by a noun ("petani"), lately
    crowd_opens: str = ""  # the words of the group opening `first_party`'s sentence, if a group opened it
    joint: tuple[list[Entity], int] | None = None  # the two parties of a sentence's meeting or agreement
    described: dict[str, tuple[Entity, int]] = field(default_factory=dict)  # a role ("culprit") → who, when
    titled: list[tuple[tuple[str, ...], Entity, int]] = field(default_factory=list)  # people named with a title
    # surnames a famous namesake shares with someone the story named by a first name the lists lack
    # ("Tim Morrison, a former National Security Council official"): surname → sentence
    others: dict[str, int] = field(default_factory=dict)
    # states named only by their civilians ("Malaysian tourists", "warga Malaysia"): (sentence, code)
    nationals: set[tuple[int, str]] = field(default_factory=set)
    # the state of the police or court the story met last (named or implied): sector → (code, sentence)
    enforcers: dict[str, tuple[str, int]] = field(default_factory=dict)
    # the force of many states last named with its leader ("the US-led coalition", "pasukan pimpinan NATO")
    coalition: tuple[Entity, int] | None = None
    militants: tuple[Entity, int] | None = None  # the group of fighters of no one state last named or met
    # lists of states a sentence names together ("Saudi Arabia, Egypt, the UAE and Bahrain"), latest last:
    # what "the four states", "keempat negara itu", "negara-negara tersebut" point back at (counted_group)
    lists: list[tuple[list[Entity], int]] = field(default_factory=list)
    # places a traveller left for (places.Place.heading): (sentence, code) — "The envoy left Dakar for
    # Conakry" outweighs Senegal's capital left behind in the same sentence
    headed: set[tuple[int, str]] = field(default_factory=set)

    def note_list(self, parties: list[Entity]) -> None:
        """A list of two or more states this sentence names together."""
        self.lists = [found for found in self.lists if self.sentence - found[1] <= EPITHET_REACH]
        self.lists.append((parties, self.sentence))

    def counted_group(self, count: int | None) -> list[Entity]:
        """Whom "the four states", "keempat negara itu" point at: the latest list of that many states
        named in an earlier sentence, a few sentences back at most; `count` None ("negara-negara
        tersebut", "these countries") takes the latest list of any size. None fitting: no one."""
        for parties, seen in reversed(self.lists):
            if 0 < self.sentence - seen <= EPITHET_REACH and (count is None or len(parties) == count):
                return parties
        return []

    def note_coalition(self, entity: Entity) -> None:
        """A force of many states named with the state or body that leads it (ActorMatcher.names_coalition)."""
        self.coalition = (entity, self.sentence)

    def militant_group(self) -> Entity | None:
        """The group of fighters of no one state (al-Qaeda, the Islamic State) the story named or met again in
        the sentence before, whose members an unnamed "terrorists", "teroris" are."""
        if self.militants is None or self.sentence - self.militants[1] != 1:
            return None
        return self.militants[0]

    def note_militants(self, entity: Entity) -> None:
        """A group of fighters of no one state named, or met again as its "terrorists"."""
        if entity.code in STATELESS_MILITANTS:
            self.militants = (entity, self.sentence)

    def coalition_leader(self) -> Entity | None:
        """Whom a bare "coalition forces", "pasukan koalisi" stands for: the leader of the force of many
        states the story named lately, if it named one."""
        if self.coalition is None or self.sentence - self.coalition[1] > COALITION_REACH:
            return None
        return self.coalition[0]

    def set_scene(self, place_countries: list[str]) -> None:
        """Places this sentence sets something at ("di Zahedan", "in Harare")."""
        recent = [(code, seen) for code, seen in self.places if self.sentence - seen < SCENE_REACH]
        self.places = recent + [(code, self.sentence) for code in place_countries if code]

    def scene(
        self, here: list[str], people: list[str] = (), keeper: bool = False, enforcer: str = "", organ: bool = False
    ) -> str | None:
        """The country the story is happening in, for actors the text leaves unnamed: "Polisi
        menangkap …" in a story set in Harare are Zimbabwe's police. A place this sentence is
        set in, else a state it names, else the place or state named last within SCENE_REACH
        sentences; with none named, the state of a person this sentence names (`people`) before
        the home: "Mantan presiden Peru Pedro Castillo dijatuhi hukuman oleh Mahkamah Agung" is
        Peru's court."""
        if here and keeper and len(here) > 1:
            # the story's police search where they work, among the lands a suspect is tied to: "Polisi
            # Spanyol menyita … dipimpin seseorang yang tinggal di Kolombia, Meksiko dan Spanyol, menurut
            # polisi, yang menggeledah 28 apartemen" are Spain's police — of the places the sentence
            # names, the one the story named last before it
            before = {code: seen for entity, seen in self.countries for code in [entity.code]}
            before.update({code: seen for code, seen in self.places if seen < self.sentence})
            known = [code for code in here if code in before and before[code] < self.sentence]
            if known:
                return max(known, key=lambda code: before[code])
        if here:
            return here[0]
        met = self.enforcers.get(enforcer) if enforcer else None
        if met and self.sentence - met[1] <= ENFORCER_REACH and self.only_nationals_since(met[1]):
            # the story's police stay the police it met, whatever lands its people came from: "Polisi
            # Italia menangkap Herba. Herba warga Polandia … Polisi mendakwa Herba" are Italy's police
            return met[0]
        # "… according to Amnesty International. Opposition leaders …": a body is no place a story is set in
        states = [(seen, entity.code) for entity, seen in self.countries if entity.code not in NOT_STATES]
        named = states + [(seen, code) for code, seen in self.places]
        recent = [found for found in named if self.sentence - found[0] <= SCENE_REACH]
        if keeper:
            # the police and courts keep the soil a sentence is set on, not the land of those they hold:
            # "Police in Jakarta arrested two Malaysian tourists. Police accused them …" are Indonesia's
            # police; civilians of a state named in a sentence set at a place do not set their scene
            set_at = {seen for _, seen in self.places}
            recent = [found for found in recent if found not in self.nationals or found[0] not in set_at]
            # nor does the land a suspect comes from, while the story named another state or place:
            # "… di Milan, Italia. Sang penculik … warga Polandia … Polisi telah mendakwa Herba" are
            # Italy's police ("Italian police charged the Polish suspect")
            soil = [found for found in recent if found not in self.nationals]
            recent = soil or recent
        if recent:
            return max(recent, key=lambda found: (found[0], found in self.headed))[1]
        # "Polri akan mengambil tindakan tegas …" in a story that names no state: news in
        # Indonesian is set at home unless it says otherwise (`home` is set only for such articles)
        # a state's organ in a story that named only its home, long ago, is still the home's: "Jakarta,
        # CNN Indonesia -- … di Pekanbaru, Riau …" and eight sentences on "Masinton meminta pemerintah
        # …" asks Indonesia's government (an expert or a crowd is left unplaced as before)
        if named and not (organ and all(code == self.home for _, code in named)):
            return None
        return people[0] if people else self.home

    def note_headed(self, codes: list[str]) -> None:
        """Countries of places this sentence's traveller leaves for ("left Dakar for Conakry")."""
        self.headed.update((self.sentence, code) for code in codes if code)

    def note_enforcer(self, mention: Mention) -> None:
        """A state's police the story names with their state ("Kepolisian Malaysia", "Polisi Italia")."""
        entity = mention.entity
        named = mention.kind != "implied" and "actors.scene" not in mention.rules
        if named and entity.sector in KEEPERS_OF_THE_SOIL and entity.code and entity.code not in NOT_STATES:
            self.enforcers[entity.sector] = (entity.code, self.sentence)

    def only_nationals_since(self, sentence: int) -> bool:
        """Whether every state named after `sentence` was named only by its nationals ("warga Polandia")."""
        later = {(seen, entity.code) for entity, seen in self.countries if seen > sentence}
        later |= {(seen, code) for code, seen in self.places if seen > sentence}
        return all(found in self.nationals for found in later)

    def scene_named(self, here: list[str]) -> bool:
        """Whether the scene comes from a place or state the story names, not from `home` alone."""
        named = [seen for _, seen in self.countries] + [seen for _, seen in self.places]
        return bool(here) or any(self.sentence - seen <= SCENE_REACH for seen in named)

    def remember(
        self,
        mention: Mention,
        name_words: list[str],
        located: bool = False,
        governed: bool = False,
        office: bool = False,
        quoted: bool = False,
    ) -> None:
        if "coref.counted_group" in mention.rules or "coref.targeted_country" in mention.rules:
            # "… our missions in those countries. I am also …": a group of states (or "negara tersebut")
            # pointed back at is named already, and no person a later "I"/"she" may be
            return
        if "coref.party_pronoun" in mention.rules or "coref.crowd_pronoun" in mention.rules:
            # "It accused …": the party it points at is named already; it stays the subject, no fresher
            self.first_party = (mention.entity, self.sentence)
            if "coref.crowd_pronoun" in mention.rules:  # "Mereka menuntut … Mereka juga …": still that group
                self.crowd_opens = self.crowd_opens or mention.text
                self.crowds.append((mention.entity, self.sentence))
            return
        self.note_pair_or_crowd(mention)
        self.note_enforcer(mention)
        # "The Russian president held talks … He also accused …": an office named without its holder's
        # name is a person all the same
        # "Sembilan petani Kendeng memulai aksi … Mereka meminta …": civilians named by a noun and one
        # name, their village's ("Kendeng"), are a group, not a person "ia" points at (but "kepala
        # kepolisian Esmael Ahmadi-Moghadam", an official the lists lack, is one)
        village = mention.kind == "implied" and mention.entity.sector == "CVL" and len(name_words) == 1
        named_person = bool(name_words) and not village
        # "The Modi government expelled the envoy. He said …": a leader's government is no person "he" is
        led = LEADER_GOVERNMENT in mention.rules
        is_person = (mention.kind in ("person", "coref", "pronoun") or named_person or office) and not led
        # "In his letter to UN chief Antonio Guterres, Ja wrote … He also accused …": a person named
        # after a preposition is rarely the one a later "he" points at
        fresh = self.first_person is None or self.first_person[1] != self.sentence
        if is_person and fresh and not governed and not quoted:
            self.first_person = (mention.entity, self.sentence)
        opening = mention.first <= SUBJECT_REACH and (self.first_party is None or self.first_party[1] != self.sentence)
        if opening and not is_person and not governed and mention.entity.code:
            self.first_party = (mention.entity, self.sentence)
            self.crowd_opens = mention.text if mention.kind == "implied" else ""
        for word in name_words:
            if len(word) >= 3 and word[:1].isupper():
                self.names[word] = (mention.entity, self.sentence)
            # "Republican Guards chief … al-Rawi … Rawi accuses US forces": the surname without its article
            head, _, tail = word.partition("-")
            if head.islower() and len(head) <= 3 and len(tail) >= 3 and tail.istitle() and tail.isalpha():
                self.names[tail] = (mention.entity, self.sentence)
        if mention.kind == "body" or "actors.militant_group" in mention.rules:
            self.note_militants(mention.entity)  # "… al-Qaeda in Iraq. … killed two terrorists. … one armed terrorist"
        if mention.kind == "implied":
            return
        if mention.entity.code:
            self.seen[mention.entity.code] = self.sentence
            if mention.entity.sector and mention.kind not in ("pronoun", "coref"):
                for word in mention.text.lower().split():
                    self.heads[word] = (mention.entity.code, self.sentence)
            if mention.kind == "body":
                self.bodies = [found for found in self.bodies if found[0].code != mention.entity.code][-3:]
                self.bodies.append((mention.entity, self.sentence))
        # "US envoy Bill Richardson": a person named with the state he acts for names that state too
        titled = mention.kind == "person" and any(rule.startswith("actors.country.") for rule in mention.rules)
        # so does an official the lists know by name ("Prabowo met … Anwar Ibrahim. Both countries agreed …")
        official = mention.kind == "person" and mention.entity.sector == "GOV"
        if mention.entity.code and len(mention.entity.code) == 3 and (mention.kind != "person" or titled or official):
            self.states.add(mention.entity.code)
            # "a peace agreement reached in Nigeria": where, not one of "the two sides"; nor is a people
            if located or a_people(mention.rules):
                return
            # "kata dokter di Konakri kepada kantor berita Inggris Reuters": an outlet named by its name
            # reports from anywhere; its state is no scene for the next sentence's "tentara" (an
            # outlet named by its state only, "Surat kabar Kuwait", is rather the scene's own)
            if mention.entity.sector == "JRN" and mention.kind in ("person", "demonym"):
                return
            # so does a firm named by its state ("two detective agencies -- Kroll, and a Russian firm,
            # Azure -- have taken on the case", "a Chinese company, Sinohydro, built the road"): it works
            # where it is hired, no scene for "Interior Minister Yuriy Kravchenko" in the next sentence
            if mention.entity.sector == "BUS" and mention.kind in ("person", "demonym"):
                return
            self.countries = [c for c in self.countries if c[0].code != mention.entity.code][-3:]
            self.countries.append((mention.entity, self.sentence))
            if names_people(mention):
                self.nationals.add((self.sentence, mention.entity.code))

    def recent_states(self) -> set[str]:
        """The codes the story has named lately (states, bodies, people's states) and the
        countries of the places it set something in."""
        named = {code for code, seen in self.seen.items() if self.sentence - seen < STORY_REACH}
        return named | {code for code, _ in self.places}

    def begin_story(self) -> None:
        """Forget all but this sentence: a new story starts here."""
        now = self.sentence
        self.names = {word: found for word, found in self.names.items() if found[1] == now}
        self.others = {word: seen for word, seen in self.others.items() if seen == now}
        if self.first_person and self.first_person[1] != now:
            self.first_person = None
        self.countries = [found for found in self.countries if found[1] == now]
        self.places = [found for found in self.places if found[1] == now]
        self.seen = {code: seen for code, seen in self.seen.items() if seen == now}
        self.heads = {word: found for word, found in self.heads.items() if found[1] == now}
        self.bodies = [found for found in self.bodies if found[1] == now]
        self.people = [found for found in self.people if found[1] == now]
        self.crowds = [found for found in self.crowds if found[1] == now]
        self.states = {code for code in self.states if code in self.seen}
        if self.joint and self.joint[1] != now:
            self.joint = None
        self.described = {role: found for role, found in self.described.items() if found[1] == now}
        self.titled = [found for found in self.titled if found[2] == now]
        if self.coalition and self.coalition[1] != now:
            self.coalition = None
        if self.militants and self.militants[1] != now:
            self.militants = None
        self.lists = [found for found in self.lists if found[1] == now]

    def note_name(self, entity: Entity, words: list[str]) -> None:
        """Remember the words of a name given to a party named by a noun ("warga Polandia bernama
        Lukasz Pawel Herba"), so that any one of them later ("Polisi mendakwa Herba") is that party."""
        for word in words:
            if len(word) >= 3:
                self.names[word] = (entity, self.sentence)

    def note_titled(self, mention: Mention, lead: tuple[str, ...] = ()) -> None:
        """ "British Prime Minister Tony Blair said …", "US Ambassador to Iraq Zalmay Khalilzad": a person
        named with the words of a title (in the mention or the words `lead` before it), what a later
        "the prime minister" points at; "Blair told …", "He added …" keep that person in reach."""
        entity = mention.entity
        if not entity.name or not entity.code:
            return
        if mention.kind == "person":  # "Blair told …" keeps the title "Prime Minister Tony Blair" had
            before = [found[0] for found in self.titled if found[1].name == entity.name]
            words = (before[0] + ("|",) if before else ()) + lead + tuple(mention.text.lower().split())
            self.titled = [found for found in self.titled if found[1].name != entity.name][-5:]
            self.titled.append((words, entity, self.sentence))
        elif mention.kind in ("coref", "pronoun"):
            self.titled = [
                (words, named, self.sentence if named.name == entity.name else seen)
                for words, named, seen in self.titled
            ]

    def office_holder(self, title: tuple[str, ...]) -> Entity | None:
        """Whom "the prime minister", "menteri itu" points at: the one person named with that title
        (its words within the title he was named with) and named again, by name or pronoun, within
        OFFICE_REACH sentences — none when two such people are in reach ("Lavrov met Foreign Minister
        Wang Yi. The minister said …" is either)."""

        def holds(words: tuple[str, ...]) -> bool:
            return any(words[k : k + len(title)] == title for k in range(len(words) - len(title) + 1))

        found = {
            named.name: named
            for words, named, seen in self.titled
            if 0 < self.sentence - seen <= OFFICE_REACH and holds(words)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def note_description(self, role: str, entity: Entity) -> None:
        """A person or group the story describes by a role noun and a state: "a Polish passenger",
        "seorang tersangka asal Malaysia" — what a later "the passenger", "tersangka itu" points at."""
        self.described[role] = (Entity(entity.code, entity.sector, entity.name), self.sentence)

    def description(self, role: str) -> Entity | None:
        """Whom a definite description of this role points at: the latest person or group the story
        described with a noun of the role and a state, DESCRIPTION_REACH sentences back at most."""
        found = self.described.get(role)
        if found and 0 < self.sentence - found[1] <= DESCRIPTION_REACH:
            return found[0]
        return None

    def knows(self, code: str) -> bool:
        """Whether the article has named this state, or a person or body of it, so far."""
        return code in self.states or any(entity.code == code for entity, _ in self.names.values())

    def person(self) -> Entity | None:
        """Whom "ia"/"he" points at: the subject (first person named) of the latest sentence that
        names one — "Cavusoglu akan bertemu Emir Qatar … Dia lalu bertolak ke Kuwait" is Cavusoglu."""
        if self.first_person and self.sentence - self.first_person[1] <= PRONOUN_REACH:
            return self.first_person[0]
        return None

    def party(self) -> Entity | None:
        """Whom "It"/"They"/"Mereka" opening a sentence points at: the body, state or force that
        opened the sentence before — "Amnesty International published its report on Monday. It
        accused Egypt of torture"."""
        if self.first_party and self.sentence - self.first_party[1] == 1:
            return self.first_party[0]
        return None

    def note_joint(self, parties: list[Entity]) -> None:
        """The two parties of the meeting, talks or agreement this sentence coded, for a plural
        pronoun opening the next one: "Retno bertemu Anifah di Jakarta. Mereka sepakat …"."""
        self.joint = (parties, self.sentence)

    def joint_pair(self) -> list[Entity]:
        """Whom "Mereka"/"They" opening a sentence points at when the sentence right before coded a
        meeting, talks or an agreement between two parties: both of them, never one alone."""
        if self.joint and self.sentence - self.joint[1] == 1:
            return self.joint[0]
        return []

    def next_sentence(self) -> None:
        """Move on to the next sentence; people and groups named longer ago than "Keduanya …" or
        "Mereka …" reach back are forgotten."""
        self.sentence += 1
        self.people = [found for found in self.people if self.sentence - found[1] <= PAIR_REACH]
        self.crowds = [found for found in self.crowds if self.sentence - found[1] <= PAIR_REACH]

    def note_pair_or_crowd(self, mention: Mention) -> None:
        """Keep the people and the groups each sentence names, for "Keduanya …" and "Mereka …"."""
        if LEADER_GOVERNMENT in mention.rules:  # "pemerintahan Jokowi": a government, not one of "keduanya"
            return
        if mention.kind in ("person", "coref", "pronoun") and mention.entity.code:
            self.people.append((mention.entity, self.sentence))
        elif mention.kind == "implied" and mention.entity.code:
            self.crowds.append((mention.entity, self.sentence))

    def pair(self, here: bool = False) -> list[Entity]:
        """Whom "Keduanya"/"Both"/"the two leaders" point at: the two people (or the two sides of a
        "both sides") the latest sentence naming two or more named, a few sentences back at most —
        "Trump dijadwalkan bertemu dengan Moon Jae-in … Keduanya bertemu …" is Trump and Moon. A
        sentence naming three or more leaves it unclear: no one. `here`: a clause inside the sentence
        may point at the two it named before ("X followed Y, and the two exchanged fire")."""
        for back in range(0 if here else 1, PAIR_REACH + 1):
            named = {(e.code, e.sector, e.name): e for e, seen in self.people if seen == self.sentence - back}
            if len(named) == 2:
                return list(named.values())
            if len(named) > 2:
                return []
        return []

    def crowd(self, bodies: frozenset[str] = frozenset()) -> Entity | None:
        """Whom "Mereka"/"They" opening a sentence points at when the sentence before (or the one
        before that) opened with a group named by a noun and named no other group: "Sembilan petani
        memulai aksi … Mereka meminta Presiden …" are the farmers; "Polisi menangkap para pemuda.
        Mereka …" is unclear (two groups), and a person named since takes the subject over. A noun
        for one body (`bodies`: "Pemerintah mendapat sorotan …") is no group "mereka" points at."""
        if any(word in bodies for word in self.crowd_opens.lower().split()):
            return None
        if not self.crowd_opens or not self.first_party or self.sentence - self.first_party[1] > PRONOUN_REACH:
            return None
        seen = self.first_party[1]
        if self.first_person and self.first_person[1] >= seen:
            return None
        groups = {(e.code, e.sector) for e, found in self.crowds if found == seen}
        return self.first_party[0] if len(groups) == 1 else None

    def someone_else_named(self, word: str) -> bool:
        """Whether the story lately named another holder of this surname: "Tim Morrison … Morrison
        testified" is still Tim Morrison, not Australia's prime minister."""
        return word in self.others and self.sentence - self.others[word] <= NAME_REACH

    def named(self, word: str) -> Entity | None:
        found = self.names.get(word)
        return found[0] if found and self.sentence - found[1] <= NAME_REACH else None

    def recently(self, code: str) -> bool:
        """Whether the story named this state (or one of its people or bodies) a few sentences ago."""
        return code in self.seen and self.sentence - self.seen[code] <= NAME_REACH

    def head_named(self, head: str) -> str:
        """The party a sector noun was last named with, a sentence or two ago: "pasukan NATO … pasukan
        itu" are NATO's troops."""
        code, seen = self.heads.get(head, ("", -PRONOUN_REACH - 1))
        return code if self.sentence - seen <= PRONOUN_REACH else ""

    def last_named(self, kind: str) -> Entity | None:
        """The body or state the story named last, a few sentences back at most: what "the bloc",
        "the kingdom", "negara itu" point at."""
        found = self.bodies if kind == "body" else self.countries
        recent = [(seen, entity) for entity, seen in found if 0 < self.sentence - seen <= EPITHET_REACH]
        if not recent:
            return None
        if kind == "body":
            return recent[-1][1]
        # a state: the first one the latest sentence naming any named, its subject most often —
        # "Saudi Arabia restored ties with Iran. The kingdom …" is Saudi Arabia
        latest = max(seen for seen, _ in recent)
        return next(entity for seen, entity in recent if seen == latest)

    def last_two_countries(self) -> list[Entity]:
        recent = [entity for entity, seen in self.countries if self.sentence - seen <= 5]
        # "Rice menemui kedua pihak": one state named already in this sentence is the one meeting
        # "both sides", not one of them ("Indonesia dan Malaysia … kedua negara" names both here)
        here = {entity.code for entity, seen in self.countries if seen == self.sentence}
        others = [entity for entity in recent if entity.code not in here]
        if len(here) == 1 and len(others) >= 2:
            return others[-2:]
        return recent[-2:] if len(recent) >= 2 else []


def calendar_words(lang: str) -> frozenset[str]:
    """Full month names and weekday names of a language (data/<lang>/dates.yaml), lower-cased."""
    dates = load_yaml(f"{lang}/dates.yaml") or {}
    words = set()
    for names in (dates.get("months") or {}).values():
        words.add(str(names[0]).lower())  # full names only: "Jan" Beagle is a name
    for names in (dates.get("weekdays") or {}).values():
        words.update(str(name).lower() for name in names)
    return frozenset(words)


def relative_day_words(lang: str) -> frozenset[str]:
    """One-word relative day names of a language (data/<lang>/dates.yaml): "kemarin", "yesterday"."""
    days = (load_yaml(f"{lang}/dates.yaml") or {}).get("relative_days") or {}
    return frozenset(str(word).lower() for word in days if " " not in str(word))


def singular(lower: str) -> str:
    """Indonesian marks the plural by saying a noun twice: "orang-orang bersenjata" are
    "orang bersenjata", "negara-negara Teluk" "negara Teluk"."""
    head, dash, tail = lower.partition("-")
    return head if dash and head == tail else lower


MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?")


def model_designation(word: str) -> bool:
    """ "A U.S. AC-130 gunship attacked …", "Israeli F-16 jets", "a Russian Su-24 bomber": the model
    of an aircraft or weapon between a state and its platform noun, which it does not part from it."""
    return bool(MODEL_DESIGNATION.fullmatch(word))


def longest_first(words) -> list[tuple[str, ...]]:
    """Word lists as word tuples, longest first (for noun_at)."""
    return sorted((tuple(w.split()) for w in words), key=len, reverse=True)


def noun_at(nouns: list[tuple[str, ...]], tokens, i: int) -> int:
    """The length of the longest of `nouns` (word tuples, longest first) at token i, or 0."""
    lowers = [t.lower for t in tokens[i : i + 4]]
    return next((len(n) for n in nouns if tuple(lowers[: len(n)]) == n), 0)


def modelled(state: Piece, gap: list) -> bool:
    """ "A U.S. AC-130 gunship attacked …": a state and a sector term with only a model designation
    between them are one mention, the state's military."""
    return state.entry.kind in ("country", "demonym") and len(gap) == 1 and model_designation(gap[0].text)


def former_title(words: list[str], lowers: list[str], i: int, lexicon: ActorLexicon, found, former: frozenset[str]):
    """ "mantan menteri dalam negeri Rogerio Lobato", "former home affairs minister": a title after
    "mantan"/"former" that runs longer than a listed "mantan menteri" is read whole, as an elite."""
    if lowers[i] not in former or i + 1 >= len(words):
        return found
    after = lexicon.longest(words, lowers, i + 1)
    if not after or (found and 1 + after[0] <= found[0]) or not any(e.kind == "sector" for e in after[1]):
        return found
    length, entries = after
    elite = [Entry(e.kind, e.rule, replace(e.entity, sector="ELI")) if e.kind == "sector" else e for e in entries]
    return 1 + length, elite


def yield_to_party(words: list[str], lowers: list[str], i: int, lexicon: ActorLexicon, found):
    """A party title gives up its last word to a party's full name that begins inside it and runs on
    two words or more past it: "Ketua Partai Demokrat Korea" is "Ketua" (still the party's title) +
    "Partai Demokrat Korea", not "Ketua partai" + "Demokrat Korea"; "kata anggota Partai Kebebasan
    Korea, Kim" is a member of that party. A name one word past the title stays with it: "anggota
    Partai Demokrat" in a story from Washington is a US Democrat, not Indonesia's Partai Demokrat,
    and "Ketua Umum Partai Golkar" finds Golkar by "Golkar" alone."""
    if not found or any(e.kind != "sector" or e.entity.sector != "PTY" for e in found[1]):
        return found
    length = found[0]
    for k in range(i + 1, i + length):
        body = lexicon.longest(words, lowers, k)
        if body and k + body[0] > i + length + 1 and any(e.kind == "body" for e in body[1]):
            return k - i, found[1]
    return found


def find_pieces(
    sentence: Sentence,
    lexicon: ActorLexicon,
    former: frozenset[str] = frozenset(),
    registries: frozenset[str] = frozenset(),
    owned: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset()),
) -> list[Piece]:
    words = [t.text for t in sentence.tokens]
    lowers = [t.lower if t.lower.isascii() else fold(t.lower) for t in sentence.tokens]  # "Erdogan" finds "Erdoğan"
    # "Juru bicaranya", "Pengacaranya", "kuasa hukumnya": an official noun with a possessive clitic
    # (grammar `possessive_clitics`, `owned_official_heads`) is read as the noun, ending at the clitic
    clitics, heads = owned
    bare = [possessed_stem(lower, clitics, heads) for lower in lowers] if clitics else [""] * len(lowers)
    singulars = [singular(lower) for lower in lowers]  # a fallback: "Perserikatan Bangsa-Bangsa" is a name
    # "the Hamas-Fatah government": a compound of names is read by its first name; so is a ship's
    # flag or registry ("a British-flagged tanker", "a Liberian-registered ship": grammar registry_suffixes)
    firsts = [
        w.split("-")[0]
        if "-" in w and w[:1].isupper() and (w.split("-")[1][:1].isupper() or w.split("-", 1)[1].lower() in registries)
        else w
        for w in words
    ]
    pieces, i = [], 0
    while i < len(words):
        found = (
            lexicon.longest(words, lowers, i)
            or (lexicon.longest(words, singulars, i) if singulars[i] != lowers[i] else None)
            or (lexicon.longest(firsts, [fold(w.lower()) for w in firsts], i) if firsts[i] != words[i] else None)
            or owned_official(lexicon, words, lowers, bare, i)
        )
        found = former_title(words, lowers, i, lexicon, found, former)
        found = yield_to_party(words, lowers, i, lexicon, found)
        if found:
            length, entries = found
            sector = next((e for e in entries if e.kind == "sector"), None)
            named = next((e for e in entries if e.kind != "sector"), None)
            namesakes = [e for e in entries if e.kind == "person"]
            pieces.append(Piece(i, i + length, sector or named, named if sector else None, namesakes))
            i += length
        else:
            i += 1
    return pieces


def possessed_stem(lower: str, clitics: tuple[str, ...], heads: frozenset[str]) -> str:
    """ "pengacaranya" -> "pengacara": an official noun (grammar `owned_official_heads`) with a
    possessive clitic; "" for any other word."""
    for clitic in clitics:
        if lower.endswith(clitic) and lower[: -len(clitic)] in heads:
            return lower[: -len(clitic)]
    return ""


def owned_official(lexicon: ActorLexicon, words: list[str], lowers: list[str], bare: list[str], i: int):
    """The sector term an official noun with a possessive clitic ends: "juru bicaranya" is "juru
    bicara" (its owner is found later, ActorMatcher.official_owner). Only a match that ends on the
    clitic word and names a sector counts."""
    for end in range(i, min(i + 4, len(words))):
        if not bare[end]:
            continue
        seq = [*lowers[i:end], bare[end]]
        found = lexicon.longest(words[i : end + 1], seq, 0)
        if found and found[0] == end + 1 - i and any(e.kind == "sector" for e in found[1]):
            return found
        return None
    return None


@dataclass(frozen=True, slots=True)
class Links:
    """Words that join a sector term to the name after it ("navy of South Korea", "officials from
    Armenia"), and what undoes a source's join: a range's end ("from Australia to India"), an owner
    before the term ("its ambassador from France")."""

    joiners: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    range_ends: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()


def group_pieces(pieces: list[Piece], sentence: Sentence, links: Links) -> list[list[Piece]]:
    """Adjacent pieces form one mention: sector + country + person, or "navy of South Korea"."""
    groups: list[list[Piece]] = []
    for piece in pieces:
        if piece.entry.kind == "none":  # "Amerika Latin": consumed, never an actor
            groups.append([piece])
            continue
        if groups and groups[-1][-1].entry.kind != "none":
            prev = groups[-1][-1]
            gap = [t.lower for t in sentence.tokens[prev.last : piece.first]]
            kinds = {p.entry.kind for p in groups[-1]}
            # "officials from Armenia" are Armenia's; not "protesters from Australia to India" (a
            # range) nor "recalled its ambassador from France" (its own, sent there)
            tokens = sentence.tokens
            ranged = piece.last < len(tokens) and tokens[piece.last].lower in links.range_ends
            owned = prev.first > 0 and tokens[prev.first - 1].lower in links.owners
            # "the withdrawal of French troops from Mali", "Syrian troops from Lebanon": a term whose
            # state is named before it already has its owner; the place after "from" is where it leaves
            stated = any(p.entry.kind in STATED_OWNERS for p in groups[-1])
            sent = len(gap) == 1 and gap[0] in links.sources and (ranged or owned or stated)
            joined = (
                bool(gap)
                and not sent
                and (
                    (
                        prev.entry.kind == "sector"
                        and all(g in links.joiners for g in gap)  # navy of South Korea
                        and not possessed(groups[-1], sentence)
                    )
                    or (piece.entry.kind == "sector" and len(gap) == 1 and gap[0] in POSSESSIVE_S)  # Russia's minister
                    or (piece.entry.kind == "sector" and modelled(prev, sentence.tokens[prev.last : piece.first]))
                )
            )
            clash = piece.entry.kind in kinds and piece.entry.kind in NAMED_KINDS
            if (not gap or joined) and not clash:
                groups[-1].append(piece)
                continue
        groups.append([piece])
    return groups


def possessed(group: list[Piece], sentence: Sentence) -> bool:
    """A sector term its owner names with a possessive ("Indonesia's leadership", "Russia's navy") has
    its state: what follows its "of" is what it leads or where it serves, not its owner — "praised
    Indonesia's leadership of the G20" praises Indonesia ("the leadership of the G20" is the G20's)."""
    if len(group) < 2 or group[-1].entry.kind != "sector":
        return False
    gap = [t.lower for t in sentence.tokens[group[-2].last : group[-1].first]]
    return len(gap) == 1 and gap[0] in POSSESSIVE_S


def particle_name(word: str, particles: frozenset[str]) -> bool:
    """A surname written with the article of Arabic names before it (grammar `name_particles`):
    "al-Rawi", "el-Sisi" — a lower-case particle, a hyphen, a capitalised word."""
    head, _, tail = word.partition("-")
    return head.lower() in particles and tail[:1].isupper() and tail.isalpha()


def trailing_name(
    sentence: Sentence,
    index: int,
    taken: set[int],
    is_word,
    honorifics: frozenset[str] = frozenset(),
    particles: frozenset[str] = frozenset(),
) -> list[int]:
    """Capitalised words after a title that name a person the lexicon lacks:
    "juru bicara pemerintah, Abdirahman Dinari" → [Abdirahman, Dinari]. An honorific or rank
    that is a word too is passed over: "municipal commissioner Major Siddalingayya Hiremath". A surname
    with an article ends the name: "Republican Guards chief Saifeddin Fulayh Hassan Taha al-Rawi"."""
    tokens = sentence.tokens
    if index < len(tokens) and tokens[index].text == ",":
        index += 1
    found: list[int] = []
    while index < len(tokens) and len(found) < MAX_NAME_TOKENS and index not in taken:
        word = tokens[index].text
        if not found and word[:1].isupper() and word.lower() in honorifics:
            index += 1
            continue
        if found and particle_name(word, particles):
            found.append(index)
            break
        # "police chief Esmael Ahmadi-Mogadam": a surname of capitalised parts no dictionary has
        parts = word.split("-")
        unknown = all(p.istitle() and p.isalpha() and not is_word(p.lower()) for p in parts)
        if found and particles and len(parts) > 1 and unknown:
            found.append(index)
            index += 1
            continue
        if not (word[:1].isupper() and word.isalpha() and not is_word(word.lower())):
            break
        found.append(index)
        index += 1
    return found


def in_relative_aside(sentence: Sentence, start: int, end: int, relative: frozenset[str]) -> bool:
    """Whether a stretch of the sentence (offsets in its text) lies in a relative clause set off by
    commas: "Conte, yang dua kali dirawat di rumah sakit di Swiss tahun lalu, menyeru militer …" is
    not set in Switzerland, and its "militer" is not Swiss."""
    text = sentence.text
    opened = text.rfind(",", 0, start)
    if opened < 0 or "," not in text[end:]:
        return False
    words = text[opened + 1 : start].split()
    return bool(words) and words[0].lower() in relative


NATIONALS_SECTORS = frozenset({"CVL"})  # people abroad as themselves: tourists, residents


def names_people(mention: Mention) -> bool:
    """A state named for its civilians, not its organs: "three Australian tourists", "warga
    Malaysia". (A bare demonym, "two Malaysian men", is left out: it cost a fresh-set event.)"""
    return mention.kind in STATE_KINDS and mention.entity.sector in NATIONALS_SECTORS


def a_people(rules: list[str]) -> bool:
    """A people of a state ("Rohingya", "Uyghurs") names that state but not where the story is."""
    return any(rule.endswith(PEOPLE_RULE) for rule in rules)


def in_office(namesakes: list[Entry], date: str | None):
    """Of several people a name may stand for, the one holding office at the date: "Conte" in a
    2007 story on Guinea is Lansana Conté, in 2019 Giuseppe Conte."""
    if len(namesakes) < 2 or not date:
        return None
    serving = [e.person for e in namesakes if e.person.at(date).covers(date)]
    return serving[0] if len(serving) == 1 else None


def staff_sector(by_kind: dict[str, Entry], date: str | None) -> str:
    """A staff word joined to a named body is the body's staff and takes the body's sector, not the
    word's own: "KPK investigators" and "penyidik KPK" are the KPK (JUD), not police; "juru bicara
    Hamas" is Hamas. Head titles ("Ketua", "Secretary-General") are not staff words and keep theirs."""
    word, body = by_kind.get("sector"), by_kind.get("body")
    if word is None or body is None or not word.staff:
        return ""
    return body.sector_at(date)


def resolve(group: list[Piece], date: str | None) -> tuple[Entity, str, list[str]]:
    """One entity for a group of pieces; the kind names what carried the code."""
    if all(p.entry.kind == "sector" for p in group):  # no country beside it: the named body
        group = [Piece(p.first, p.last, p.alternative) if p.alternative else p for p in group]
    by_kind = {p.entry.kind: p.entry for p in reversed(group)}
    sector = by_kind["sector"].entity.sector if "sector" in by_kind else ""
    rules = [p.entry.rule for p in group]
    if "person" in by_kind:
        namesakes = next((p.namesakes for p in group if p.entry is by_kind["person"]), [])
        person = in_office(namesakes, date) or by_kind["person"].person
        tenure = person.at(date)
        return Entity(tenure.code, tenure.sector or sector, person.name, person.wikidata), "person", rules
    national = serving_national(group)
    if national is not None:  # "a Swedish EU diplomat": a Swede, whichever body he serves
        return Entity(national.code, sector), "demonym", [*rules, "actors.serving_national"]
    for kind in ("body", "metonym", "capital", "country", "demonym"):
        if kind in by_kind:
            base = by_kind[kind].entity
            sector = staff_sector(by_kind, date) or sector or by_kind[kind].sector_at(date)
            return Entity(base.code, sector, base.name, base.wikidata), kind, rules
    return Entity("", sector), "sector", rules


def phrase_words(tokens, piece: Piece) -> str:
    return " ".join(t.lower for t in tokens[piece.first : piece.last])


def state_name(code: str) -> str:
    """A state's name by its code (the gazetteer's states, from actors/countries.yaml): "IND" → "India"."""
    site = gazetteer().countries.get(code)
    return site.name if site else code


def serving_national(group: list[Piece]) -> Entity | None:
    """The state of a person named by a demonym, then the body he serves, then his trade: "a Swedish
    EU diplomat", "an Australian Freeport worker", "two Chinese Huawei engineers" are nationals of
    the demonym's state; None when the pieces are not in that order or the states agree."""
    kinds = [p.entry.kind for p in group]
    if "demonym" not in kinds or "body" not in kinds or kinds[-1] != "sector":
        return None
    demonym, body = kinds.index("demonym"), kinds.index("body")
    national, served = group[demonym].entry.entity, group[body].entry.entity
    if demonym > body or not national.code or national.code == served.code:
        return None
    return national


def owner_place(site: Site) -> bool:
    """A place whose name beside "police" or "governor" says whose they are: a city of
    CITY_POPULATION or more, or a province or state of warta's own tables (places/regions.tsv)."""
    return site.population >= CITY_POPULATION or site.feature == "region"


# Organs of a state: unnamed, they are rarely the state of a party named after them in the sentence.
GOVERNING = frozenset({"GOV", "LEG"})
# a state's civil organs: "the government", "the court" with no party of their own are the ones where the
# story is set; people and forces ("the refugees", "para mahasiswa", "the troops") are recalled (recalls)
STATE_ORGANS = frozenset({"GOV", "LEG", "JUD"})


def later_state_kind(kind: str, sector: str, foreign_organ: bool, claim: bool = False) -> str:
    """How a state named in a sentence may speak for an unnamed party named before it. A demonym
    before a government or an envoy (grammar `foreign_organ_heads`: "the Indian government", "the
    Italian Ambassador") is a "foreign organ", another state's; before other organs of government
    ("the Pakistani governor of Punjab", lawmakers) an "organ"; before other people ("five Pakistani
    soldiers", "two Iranian policemen") it stays "demonym", nationals. A demonym before a claim or
    an act (grammar `claim_nouns`: "The envoy rejected Indian claims", "condemned Israeli
    aggression") names the state whose claim it is, an "adjective", no nationals."""
    if kind == "demonym" and not sector and claim:
        return "adjective"
    if kind != "demonym" or sector not in GOVERNING:
        return kind
    return "foreign organ" if sector == "GOV" and foreign_organ else "organ"


# The police hold whoever is on their soil: a national named after them is whom they hold
KEEPERS_OF_THE_SOIL = frozenset({"COP"})
# Police and courts the matcher leaves without a state are the story's own (coder.unplaced_body);
# the matcher's scene keeps the soil for them ("Police in Jakarta arrested two Malaysian tourists")
STORY_ENFORCERS = frozenset({"COP", "JUD"})
# the government and the police named bare, which a story that named only its home long ago still
# places there (ArticleMemory.scene); courts, troops, parliament and experts are left unplaced as before
HOME_ORGANS = frozenset({"GOV", "COP"})
# parties that name others rather than bear a name: "Police named John Smith as the suspect"
NAMING_PARTIES = frozenset({"GOV", "COP", "JUD", "MIL", "LEG", "SPY", "JRN"})
# What a weapon or a private person right beside a state stands for (ActorMatcher.with_platforms)
PLATFORM_FORCE = Entry("sector", "actors.platform.MIL", Entity("", "MIL"))
PRIVATE_PERSONS = Entry("sector", "actors.person_noun.CVL", Entity("", "CVL"))
INITIALS_RULE = "actors.initials.CVL"  # "tersangka berinisial MR": a private person (ActorMatcher.with_initials)
# initials: one to four capital letters ("B", "MR", "NMH"); a single letter only after a marker word
INITIALS = re.compile(r"[A-Z]{1,4}")
# Fighters of no one state: "terrorists", "teroris" right after such a group is named are its (militant_group)
STATELESS_MILITANTS = frozenset({"IMG"})
MILITANT_SECTORS = frozenset({"REB"})
# Armed forces a word for many states marks as no one state's (grammar `multinational_words`)
MULTINATIONAL_SECTORS = frozenset({"MIL"})


def names_nationals(by: str, governing: bool, keeper: bool = False) -> bool:
    """Whether a state named AFTER an unnamed party may be that party's. Another state's
    government or envoy never is: "Leaders of all political parties … condemned the belligerent
    attitude of Indian government" (Pakistan's parties), "rebels launched a mortar attack at a
    group of diplomats …, injuring the Italian Ambassador" (Sri Lanka's rebels). For an unnamed
    organ of government only nationals are ("the ministry said five Pakistani soldiers were
    killed"); unnamed gunmen or police act where their victims are ("Militants killed two Iranian
    policemen", "gunmen shot at supporters of fired Ecuadorean lawmakers")."""
    if by == "foreign organ":
        return False
    if keeper:
        # "Polisi menangkap penumpang itu … di dalam tas pria Polandia itu", "Police arrested two
        # Polish men" in a story set in Germany: the police are the scene's, the men foreigners
        return False
    return by == "demonym" if governing else True


# What may stand on either side of a hyphenated pair: "RI-Malaysia", "Israel-Hamas", "US-China".
PAIR_KINDS = frozenset({"country", "capital", "metonym", "body"})
# A state named before a sector term owns it: "French troops from Mali" are France's (Links.sources)
STATED_OWNERS = frozenset({"country", "demonym"})


class ActorMatcher:
    """Mentions of actors in one sentence, with the article's memory for coreference."""

    def __init__(self, language: Language, lexicon: ActorLexicon):
        self.lexicon = lexicon
        self.links = Links(
            language.words("sector_joiners"),
            language.words("source_joiners"),
            language.words("range_ends"),
            language.words("own_possessives"),
        )
        self.pronouns = language.words("person_pronouns")
        self.locative = language.words("locative_preps")
        self.home = language.grammar.get("home_country")  # whose bodies the language's generic names are
        self.party_pronouns = language.words("party_pronouns")  # "It accused …", "Mereka menuntut …"
        self.sentence_openers = language.words("coordinators") | language.words("contrast_coordinators")
        self.coordinators = language.words("coordinators")
        self.registries = language.words("registry_suffixes")  # "British-flagged": the flag's state
        self.be_forms = language.words("be_forms")
        # "Instead, it …", "Meanwhile, they …": the grammar's auxiliaries hold the adverbs a comma sets off
        self.lead_in_adverbs = language.words("auxiliaries")
        self.offer_words = language.words("offers")  # "it is willing to …": the party offers
        self.relative = language.words("relative")
        self.subject_relatives = language.words("subject_relatives")  # "Hezbollah, which …, said it …"
        # what points back at a person: "ia", "he" — and "katanya" ("kata" + "-nya"), the one who said it
        self.person_words = self.pronouns | language.said_by_clitic()
        self.group_pronouns = language.words("group_pronouns")
        # "… after it accused Hamas", "setelah pihaknya menerima": a clause whose subject pronoun is the
        # sentence's opening subject (clause_subject_pronoun)
        self.pronoun_clause_openers = language.words("pronoun_clause_openers")
        self.speech_participles = language.words("speech_participles")
        # "his lawyer", "its foreign minister", "juru bicaranya": an official noun a possessive points back
        # at its owner (official_owner); his/her point at a person, its/their at a body or state
        self.owned_heads = language.words("owned_official_heads")
        self.owned = (tuple(language.words("possessive_clitics")), self.owned_heads)
        self.person_owners = language.words("person_owner_pronouns")
        self.party_owners = language.words("party_owner_pronouns")
        forces = language.grammar.get("force_pronouns") or {}
        self.force_pronouns = {str(k).lower(): str(v) for k, v in forces.items()}  # "pasukannya": MIL
        self.impersonal_pronouns = language.words("impersonal_pronouns")  # "it": never a person
        self.part_heads = language.words("part_heads")  # ", head of the …": whose head a name before it is
        # "supporters of Bolsonaro", "pendukung Prabowo": a leader's or armed group's backers (grammar
        # `backer_nouns`) are civilians of its state, not the party they back (see backers)
        self.backer_nouns = language.words("backer_nouns")
        # "hackers working for China's Ministry of State Security", "peretas yang bekerja untuk
        # Kementerian Keamanan Negara China": an unnamed group serving a state is that state's (sponsor_after)
        self.sponsor_phrases = [tuple(p.split()) for p in language.words("sponsor_phrases")]
        self.backer_skips = language.words("determiners") | language.words("former_markers")
        self.genitive_preps = language.words("genitive_preps")
        self.both = [tuple(p.split()) for p in language.words("both_countries")]
        self.both_first = {phrase[0] for phrase in self.both}
        # "the four states", "keempat negara itu", "negara-negara tersebut": a group named before (counted_group)
        groups = load_yaml(f"{language.code}/{GROUPS_FILE}") or {}
        self.group_words = {
            key: frozenset(str(w).lower() for w in groups.get(key, []))
            for key in ("group_determiners", "group_demonstratives", "list_joiners", "country_nouns", "target_preps")
        }
        self.group_numerals = {str(k).lower(): int(v) for k, v in (groups.get("numerals") or {}).items()}
        self.definite_numerals = {str(k).lower(): int(v) for k, v in (groups.get("definite_numerals") or {}).items()}
        self.group_nouns = longest_first(str(w).lower() for w in groups.get("group_nouns", []))
        self.group_plurals = longest_first(str(w).lower() for w in groups.get("plural_references", []))
        # the words a counted group can open with: every other token is passed over at once (counted_group
        # is asked at each token of every sentence)
        self.group_starts = frozenset(
            {plural[0] for plural in self.group_plurals}
            | set(self.definite_numerals)
            | set(self.group_numerals)
            | self.group_words["group_determiners"]
        )
        # "Keduanya bertemu …", "Both agreed …": two people named lately (longest phrase first);
        # a bare "both"/"the two" only before a verb ("Both agreed", not "both sides' leaders")
        self.both_people = longest_first(language.words("both_people"))
        self.both_bare = {tuple(p.split()) for p in language.words("both_people_bare")}
        self.crowd_pronouns = language.words("crowd_pronouns")  # "Mereka meminta …" after "Para petani …"
        self.counted_by = language.words("crowds")  # "Hundreds of nurses": the group counted
        self.be_joined_pronouns = language.words("be_joined_pronouns")  # "they're": pronoun and "are" in one
        self.gerund_suffixes = tuple(sorted(language.words("gerund_suffixes")))  # "are demanding"
        self.plural_endings = (tuple(language.words("plural_suffixes")), tuple(language.words("plural_lookalikes")))
        self.unmarked_plurals = language.words("unmarked_plurals")  # "Police Fire …": plural with no "-s"
        self.copulas = language.words("copulas")  # "Mereka adalah …": describes, does nothing
        self.pair_pronouns = language.words("pair_pronouns")  # "Mereka sepakat …" after a meeting of two
        self.single_bodies = language.words("single_bodies")  # "Pemerintah …": one body, not "mereka"
        self.elliptic = {
            tuple(str(e["phrase"]).lower().split()): e for e in language.grammar.get("elliptic_states", [])
        }
        self.not_actors = language.words("not_actors")
        calendar = calendar_words(language.code)  # "Xinhua Tuesday", "Ahad": a day or month is no name
        self.said_when = calendar | language.words("complementizers") | language.words("time_preps")
        # capitals that are also common words of the language, read as the word at a sentence's head
        # ("Lima orang tewas", "Baku tembak terjadi"); "Manila protested", "Berlin condemned" stay capitals
        self.word_capitals = language.words("word_capitals")
        self.is_word = lambda lower: lower in language.table or lower in language.roots or lower in calendar
        self.hyphen_prefixes = language.words("spaced_hyphen_prefixes")  # "Anti-Amerika": no name
        self.time_words = calendar | relative_day_words(language.code)  # "Kemarin Pemprov DKI mengecam …"
        self.time_openers = language.words("time_openers")  # "last (week)", "this (month)"
        self.demonstratives = language.words("demonstratives")  # "pasukan itu", "those troops": named before
        self.recalling_determiners = language.words("recalling_determiners")  # "the refugees", "para pengungsi"
        self.epithets = {kind: frozenset(words) for kind, words in (language.grammar.get("epithets") or {}).items()}
        # role nouns a story describes a person or group by ("a Polish passenger … the passenger")
        self.descriptions = {
            word: role for role, words in (language.grammar.get("descriptions") or {}).items() for word in words
        }
        self.definite_articles = language.words("definite_articles")  # "the suspect": named before
        # word order (grammar.yaml): where a noun's modifiers, owner and demonstrative stand
        self.modifiers_follow_noun = language.modifiers_follow_noun
        self.possessive_before_noun = language.possessive_before_noun
        self.demonstratives_follow_noun = language.demonstratives_follow_noun
        self.speaker_follows_speech_verb = language.speaker_follows_speech_verb  # "kata Menlu … kepada wartawan"
        # weapons standing for the force that uses them when a state is named beside them ("Israeli
        # jets", "tank-tank Israel"), unless they modify another noun ("a Turkish drone maker")
        self.platforms = longest_first(language.words("platform_nouns"))
        self.platform_compounds = language.words("platform_compounds")
        # private persons right beside a state or its demonym ("pria Australia", "a Palestinian
        # teenager"): that state's civilians, as "warga Cina" and "Iraqi civilians" are; alone ("seorang
        # pria", "a man") they name no party
        self.person_nouns = longest_first(language.words("person_nouns"))
        self.person_compounds = language.words("person_compounds")
        # a word saying where such a person comes from, between the noun and the state: "seorang pria
        # asal Uzbekistan", "a man from Uzbekistan" — that state's civilians too, not the scene's
        self.person_origin = language.words("person_origin_words")
        # private persons named by initials in police news (grammar initials_*): "tersangka berinisial MR"
        self.initials_markers = language.words("initials_markers")
        self.initials_roles = language.words("initials_roles")
        self.initials_appositions = language.words("initials_appositions")
        self.initials_links = language.words("initials_links")
        self.speech = language.words("speech_before") | language.words("speech_after")
        self.speech_after = language.words("speech_after")
        # words opening a phrase before the clause's subject: "Menurut polisi, …", "According to police, …"
        # (not a bare speech verb: "Kata pimpinan sidang, Rofinus Hutahuruk meminta …" names the speaker)
        self.phrase_openers = language.words("aside_openers") | language.words("circumstance_openers")
        # words opening a fronted clause or phrase whose closing comma ends any name in it: "Ketika
        # menggeledah rumah Andi Lala, polisi menemukan …", "While searching the house of Andi Lala,
        # police found …" (`fronted_subject`)
        self.fronted_openers = (
            self.phrase_openers
            | language.words("subordinators")
            | {w for w in language.words("background_preps") if " " not in w}
        )
        # words after a title that continue an apposition rather than start the clause's verb:
        # "Andi Lala, a police officer in Medan, said", "Andi Lala, polisi dari Polres Medan, …"
        self.apposition_goes_on = (
            language.words("recipient_preps")
            | language.words("other_preps")
            | language.words("locative_preps")
            | language.words("genitive_preps")
            | language.words("relative")
            | language.words("determiners")
            | language.words("coordinators")
        )
        self.audience = language.words("audience")
        self.place_nouns = language.words("place_nouns")
        self.branch_nouns = language.words("branch_nouns")
        self.border_nouns = language.words("border_nouns")
        self.topic_nouns = language.words("topic_nouns")  # "a Ukraine expert": no party
        # "the Kashmir issue", "masalah Papua", "talks about Syria": what is talked about sets no scene
        self.issue_nouns = language.words("issue_nouns") | self.topic_nouns
        self.topic_preps = language.words("topic_preps")
        self.possessions = language.words("possessions")
        self.doer_act_nouns = language.words("doer_act_nouns")  # s52: "pemogokan dokter" (grammar.yaml)
        # "pihak militer", "pihak otoritas": a word that only marks a party, no noun the term qualifies
        self.party_markers = language.words("subject_determiners")
        self.speech_before = language.words("speech_before")
        self.complementizers = language.words("complementizers")
        self.where_preps = language.words("locative_preps") - language.words("recipient_preps")
        self.audience_preps = language.words("audience_preps")
        # "mengatakan", "dikatakan": a verb, no part of a speaker's name
        self.verb_prefixes = tuple(sorted(language.words("speaker_verb_prefixes")))
        self.former = language.words("former_markers")
        self.determiners = language.words("determiners") | self.former  # ", a former president of …"
        self.currencies = language.words("currencies")
        self.currency_verbs = language.words("currency_verbs")  # "Russia Pounds Kharkiv": a verb too
        self.one_person = language.words("one_person")  # "Anwar, a fisherman": the article before a trade
        self.origin = language.words("origin_words")
        self.poll_shares = [tuple(p.split()) for p in language.words("poll_shares")]  # "70 percent of"
        self.foreign_organ_heads = language.words("foreign_organ_heads")  # "the Indian government"
        self.claim_nouns = language.words("claim_nouns")  # "rejected Indian claims"
        self.leader_bodies = language.words("leader_bodies")  # "the Modi government", "pemerintahan Jokowi"
        self.head_titles = language.words("head_titles")  # "president of the teachers' union": its head
        self.foreign = language.words("foreign_words")  # "pasukan asing", "foreign troops": not the scene's
        self.multinational = language.words("multinational_words")  # "coalition forces", "pasukan koalisi"
        # s52 rightsgrp: "rights groups", "kelompok HAM", "aid agencies" unnamed in a story set abroad are
        # international groups (NGO), not the scene's; "local"/"lokal" keeps them the scene's (stateless_group)
        self.stateless_groups = language.words("stateless_group_terms")
        self.local_marks = language.words("local_group_marks")
        self.inclusions = language.words("inclusions")  # "airlines, including Qantas": a member named
        self.group_quantifiers = language.words("group_quantifiers")  # "several airlines", "sejumlah maskapai"
        self.leader_marks = language.words("leader_marks")  # "US-led", "pimpinan AS": a force named with its leader
        self.terror_words = language.words("terror_words")  # "terrorists", "teroris": a stateless group's
        self.coalition_nouns = language.words("coalition_nouns")  # "the coalition said", "koalisi mengatakan"
        self.leader_phrases = [tuple(p.split()) for p in language.words("leader_phrases")]  # "led by", "pimpinan"
        self.causes = language.words("cause_words")
        self.backings = language.words("backer_words")  # "pemerintah dukungan AS": the backer, not the owner
        self.namesakes = {str(k): str(v) for k, v in (language.grammar.get("namesake_states") or {}).items()}
        self.object_preps = (language.words("recipient_preps") | language.words("other_preps")) - language.words(
            "passive_agent"
        )
        self.verbal_prefixes = tuple(language.words("verbal_prefixes"))
        self.honorifics = language.words("name_honorifics")
        self.name_particles = language.words("name_particles")  # "al-Rawi": a surname's article
        self.naming_words = language.words("naming_words")  # "bernama", "named": a name given after a noun
        self.outlets = language.words("outlet_words")
        self.private_trades = language.words("private_trades")  # "Anwar, nelayan asal Aceh": a namesake
        self.posted_to = language.words("posted_to")  # "ambassador to the UN", "Dubes RI untuk Malaysia"
        self.determiners = language.words("determiners")
        self.posted_to = language.words("posted_to")  # "ambassador to Iraq", "Dutabesar AS untuk Irak"
        self.place_heads = language.words("place_heads")  # "Masjid (Al Fatah)", "Jalan (Diponegoro)"
        self.place_tails = language.words("place_tails")  # "(Al Fatah) Mosque", "(Pennsylvania) Avenue"
        # "Rizieq diketahui di Arab Saudi", "a Hong Kong consortium": named in passing, no scene (passing.py)
        self.passing = PassingPlaces(language)
        self.name_articles = language.words("name_articles")
        self.affiliation_preps = language.words("affiliation_preps")  # "Ade Wahyudin dari LBH Pers"
        self.apposed_titles = language.words("apposed_titles")  # "Mamadou Bah, wakil Afrika Bersatu"
        self.workplace_preps = language.words("workplace_preps")  # "John Smith, direktur di Kementerian …"
        self.job_titles = self.apposed_titles | self.part_heads  # "…, director at the Treasury"
        self.proxy_titles = language.words("proxy_titles")  # "kuasa hukum Rizieq, Sugito …": Rizieq's lawyer
        self.bare_pasts = language.words("bare_past_verbs")
        self.party_presents = language.words("party_present_verbs")
        self.auxiliaries_words = language.words("auxiliaries")
        self.title_roles = {str(k).lower(): str(v) for k, v in (language.grammar.get("title_roles") or {}).items()}
        self.offices = [tuple(title.split()) for title in language.words("personal_titles")]
        self.function_words = frozenset().union(
            *(
                language.words(name)
                for name in (
                    "recipient_preps",
                    "other_preps",
                    "coordinators",
                    "relative",
                    "quantities",
                    "counts",
                    "determiners",
                    "be_forms",
                    "negators",
                    "future",
                    "light_verbs",
                    "obligation",
                    "hypothetical",
                    "complementizers",
                    "clause_breaks",
                    "contrast_coordinators",
                    "auxiliaries",
                    "members",
                )
            )
        )

    def an_office(self, mention: Mention) -> bool:
        """A state's office named without its holder: "the Russian president", "Menteri Luar Negeri
        Jepang", "president of Iran" — one person, whom a later "he"/"ia" may point at."""
        if mention.kind not in SCENE_KINDS or not mention.entity.sector:
            return False
        words = tuple(mention.text.lower().split())
        return any(words[: len(title)] == title or words[-len(title) :] == title for title in self.offices)

    def bare_title(self, sentence: Sentence, mention: Mention) -> bool:
        """ "Presiden mengapresiasi aparat … Dia meminta massa …": a title alone opening its sentence,
        its state the scene's, is that office's holder, whom a later "dia"/"he" points at — not a
        title before a name the lists lack ("King Abdullah said …"), nor one further in. Who holds
        the office is not looked up: the scene's state and the title's sector are all that is coded."""
        if mention.kind != "implied" or not mention.entity.sector or mention.first > SUBJECT_REACH:
            return False
        if tuple(mention.text.lower().split()) not in self.offices:
            return False
        tokens = sentence.tokens
        return not (mention.last < len(tokens) and tokens[mention.last].text[:1].isupper())

    def set_abroad(self, sentences: list[Sentence], home: str) -> bool:
        """Whether an article is about somewhere other than `home`: more than one sentence names
        another state (by name, demonym, capital or one of its people: "Anwar Sadat" is Egypt's).
        A passing "dolar AS" in a story on a corruption case in Jambi does not take its police abroad."""

        def state_of(entry: Entry) -> str:
            if entry.kind == "person" and entry.person and entry.person.tenures:
                return entry.person.tenures[-1].code
            return entry.entity.code if entry.kind in STATE_KINDS and entry.entity else ""

        def abroad(sentence: Sentence) -> bool:
            pieces = find_pieces(sentence, self.lexicon, self.former, self.registries, self.owned)
            return any(
                state_of(p.entry) not in ("", home) and not self.money(sentence, p.first, p.last) for p in pieces
            )

        found = (sentence for sentence in sentences if abroad(sentence))
        return next(found, None) is not None and next(found, None) is not None

    def run(
        self, sentence: Sentence, memory: ArticleMemory, date: str | None, place_countries: list[str] = ()
    ) -> list[Mention]:
        """Mentions in text order; each one updates the memory that later words point back to."""
        memory.next_sentence()
        named = dict(self.named_mentions(sentence, date, memory, list(place_countries)))
        memory.set_scene(list(place_countries))
        covered = {i for mention, _ in named.values() for i in range(mention.first, mention.last)}
        mentions: list[Mention] = []
        i = 0
        while i < len(sentence.tokens):
            if i in named:
                mention, name_words = named[i]
                governed = self.governed(sentence, mention, mentions)
                located = self.located(sentence, mention) or self.names_border(sentence, mention)
                located = located or self.names_topic(sentence, mention)
                # "laga antara Spanyol dan Italia", "Rizieq diketahui di Arab Saudi": a state named in
                # passing is no scene (a firm's state, "a Hong Kong consortium", stays "the country" named)
                passing = mention.kind in ("country", "demonym", "capital")
                tokens = sentence.tokens
                located = located or (passing and self.passing.in_passing(tokens, mention.first, mention.last, False))
                # a bare title right after a sentence naming a person is most often that person ("Blair
                # … The prime minister said …"): it then leaves the memory as it is
                named_lately = memory.first_person and memory.sentence - memory.first_person[1] <= 1
                bare = not named_lately and self.bare_title(sentence, mention)
                backed = self.backers(sentence, mention)
                if backed is not mention:  # "supporters of X": the widened mention takes in what it covers
                    mentions = [m for m in mentions if m.last <= backed.first]
                    mention = backed
                office = self.an_office(mention) or bare
                quoted = self.spoken_of(sentence, mention)
                memory.remember(mention, name_words, located, governed, office, quoted)
                if self.names_coalition(mention):
                    memory.note_coalition(mention.entity)
                memory.note_titled(mention, self.title_before(sentence, mention, mentions))
                given = [] if name_words else self.name_given(sentence, mention, covered)
                memory.note_name(mention.entity, [sentence.tokens[k].text for k in given])
                covered.update(given)  # the name itself is no second mention of the party
                self.note_description(sentence, mention, memory)
                mentions.append(mention)
                for partner in self.hyphen_partner(sentence, mention, date):
                    memory.remember(partner, [], self.located(sentence, partner), governed)
                    mentions.append(partner)
                i = mention.last
                continue
            # "Retno and her Australian counterpart met": a pronoun right before a party's name is
            # its possessive ("her", like "his"), not a party of its own
            pronoun = sentence.tokens[i].lower in self.person_words
            possessive = self.possessive_before_noun and i + 1 in named and pronoun
            found = (
                []
                if i in covered or possessive
                else self.speaker_pronoun(sentence, i, mentions)
                or self.clause_subject_pronoun(sentence, i, mentions)
                or self.references(sentence, i, memory)
            )
            for mention in found:
                memory.remember(mention, [])
                memory.note_titled(mention)
            mentions += found
            i = found[0].last if found else i + 1
        for mention in mentions:
            if self.names_a_place(sentence, mention):
                mention.rules.append("actors.place_modifier")
        mentions = [m for m in mentions if not self.names_branch_place(sentence, m, mentions)]
        pair = self.coordinated_subjects(sentence, mentions)
        if pair:
            memory.note_joint(pair)
        for listed in self.listed_states(sentence, mentions):
            memory.note_list(listed)
        return mentions

    def listed_states(self, sentence: Sentence, mentions: list[Mention]) -> list[list[Entity]]:
        """The lists of two or more states a sentence names one after another, joined only by commas and
        "and" (grammar `list_joiners`): "Saudi Arabia, Egypt, the UAE and Bahrain accused Qatar" lists
        four (Qatar, after a verb, is none of them) — for a later "the four states" (counted_group)."""
        tokens = sentence.tokens
        runs: list[list[Mention]] = []
        for mention in sorted(mentions, key=lambda m: (m.first, m.last)):
            code = mention.entity.code
            if mention.kind in ("coref", "pronoun", "implied") or not is_state(code) or len(code) != 3:
                continue
            last = runs[-1][-1] if runs else None
            gap = [] if last is None else tokens[last.last : mention.first]
            joined = last is not None and (
                mention.first < last.last or all(t.lower in self.group_words["list_joiners"] for t in gap)
            )
            if joined:
                if all(m.entity.code != code for m in runs[-1]):
                    runs[-1].append(mention)
            else:
                runs.append([mention])
        return [[m.entity for m in run] for run in runs if len(run) >= 2]

    def coordinated_subjects(self, sentence: Sentence, mentions: list[Mention]) -> list[Entity]:
        """ "Rusia dan Jepang berupaya memperkokoh kerja sama …", "Indonesia and Malaysia have long
        quarrelled …": a sentence opening on two parties of two states joined by "and"/"dan" (and no
        third in a list) is what a "Mereka"/"They" opening the next sentence points at — both of them."""
        tokens = sentence.tokens
        if len(mentions) < 2 or mentions[0].first > SUBJECT_REACH:
            return []
        first, second = mentions[0], mentions[1]
        joined = second.first == first.last + 1 and tokens[first.last].lower in self.coordinators
        listed = second.last < len(tokens) and (
            tokens[second.last].lower in self.coordinators or tokens[second.last].text == ","
        )
        codes = (first.entity.code, second.entity.code)
        if not joined or listed or not all(codes) or codes[0] == codes[1] or first.kind == "pronoun":
            return []
        return [first.entity, second.entity]

    def backers(self, sentence: Sentence, mention: Mention) -> Mention:
        """ "Supporters of former president Bolsonaro invaded Congress", "Bolsonaro supporters",
        "massa pendukung Prabowo": the backers of a state's leader, body or armed group are that
        state's civilians (CVL), not the party itself — a crowd that storms a building protests. A
        party's own supporters ("supporters of the PTI", PTY/OPP) stay the party's people."""
        code, sector = mention.entity.code, mention.entity.sector
        if not is_state(code) or sector in BACKED_AS_ONE or mention.kind in ("pronoun", "coref"):
            return mention
        tokens = sentence.tokens
        first, last = mention.first, mention.last
        i = first - 1
        while i >= 0 and tokens[i].lower in self.backer_skips:
            i -= 1
        if i >= 0 and tokens[i].lower in self.genitive_preps:
            i -= 1
        if i >= 0 and tokens[i].lower in self.backer_nouns:
            first = i
        elif last < len(tokens) and tokens[last].lower in self.backer_nouns:
            last += 1  # "Bolsonaro supporters stormed …"
        else:
            return mention
        text = " ".join(t.text for t in tokens[first:last])
        return Mention(
            first,
            last,
            Entity(code, "CVL", ""),
            "demonym",
            text,
            tokens[first].start,
            tokens[last - 1].end,
            [*mention.rules, "actors.backers"],
        )

    def hyphen_partner(self, sentence: Sentence, mention: Mention, date: str | None) -> list[Mention]:
        """ "RI-Malaysia Sepakati Batas Laut", "US-China talks": a pair of states written as one word
        names both, the second on the same span as the first (read by its first name, see find_pieces)."""
        word = sentence.tokens[mention.last - 1].text
        head, dash, tail = word.partition("-")
        if not dash or not tail[:1].isupper() or mention.kind not in PAIR_KINDS:
            return []
        if self.entries(word) or not self.entries(head):
            return []  # "Bosnia-Herzegovina", "Guinea-Bissau" are one name; "Al-Qaeda" no pair
        before = sentence.tokens[mention.first - 1] if mention.first else None
        if (
            before is not None
            and before.text.isalpha()
            and before.text.islower()
            and before.lower not in self.function_words
        ):
            return []  # "proses perdamaian Israel-Palestina": a pair that qualifies a noun is no party
        entries = [e for e in self.entries(tail) if e.kind in PAIR_KINDS]
        if not entries:
            return []
        entity, kind, rules = resolve([Piece(0, 1, entries[0])], date)
        partner = self.mention(sentence, mention.first, mention.last, entity, kind, [*rules, "actors.hyphen_pair"])
        return [partner]

    def entries(self, word: str) -> list[Entry]:
        """What one word names on its own in the lexicon, if anything."""
        found = self.lexicon.longest([word], [fold(word.lower())], 0)
        return found[1] if found else []

    def envoy_sender(self, tokens, speaker: Mention | None, mentions: list[Mention]) -> Mention | None:
        """ "The U.S. ambassador to Iraq said he …", "Dutabesar AS untuk Irak mengatakan, dia …": the
        post an envoy holds (after grammar `posted_to`) is not the speaker; the envoy before it is, as
        clauses.envoy_of reads the speech frame."""
        if speaker is None or speaker.first < 1 or tokens[speaker.first - 1].lower not in self.posted_to:
            return speaker
        envoy = next((m for m in reversed(mentions) if m.last == speaker.first - 1), None)
        return envoy if envoy is not None and envoy.entity.sector == "GOV" else speaker  # not "troops to Iraq"

    def described_by_aside(self, tokens, speaker: Mention | None, mentions: list[Mention], verb: int) -> Mention | None:
        """ "Hezbollah, the movement which is backed by Iran, said it …", "Hizbullah, gerakan yang
        didukung Iran, menyatakan mereka …": a party named last in an aside that closes right before
        the speech verb and describes the one before it (a relative word within its first
        APPOSITION_REACH words) is not the speaker; the party it describes is (clauses.describing_aside).
        So too when the aside names no party: "Taiwan's defence ministry, which has tracked dozens of
        aircraft this week, said it had deployed …"."""
        if tokens[verb - 1].text != ",":
            return speaker
        # the aside's opening comma: the last before the party named in it, or before the closing comma
        opened = max(
            (j for j in range(verb - 1 if speaker is None else speaker.first) if tokens[j].text == ","), default=None
        )
        aside = tokens[opened + 1 : opened + 1 + APPOSITION_REACH] if opened is not None else []
        if not any(t.lower in self.subject_relatives for t in aside):
            return speaker
        return next((m for m in mentions if m.last == opened), speaker)

    def speaker_pronoun(self, sentence: Sentence, i: int, mentions: list[Mention]) -> list[Mention]:
        """ "A border official in Pakistan said he had no knowledge of it and dismissed …",
        "Menlu itu mengatakan, ia …", "Nigeria's police said that they had arrested …": a pronoun
        right after a speech verb is its speaker, named or not."""
        tokens = sentence.tokens
        if tokens[i].lower not in self.pronouns | self.group_pronouns or i == 0:
            return []
        verb = i - 1
        # "said on Tuesday that they …", "mengatakan, Selasa, mereka …": past the day it was said
        while verb > 0 and (tokens[verb].text == "," or tokens[verb].lower in self.said_when) and i - verb <= 5:
            verb -= 1
        if verb < 1 or tokens[verb].lower not in self.speech_before:
            return []
        # "His lawyers in Rome on Thursday claimed he had been poisoned": a place where the speakers are
        # is no speaker — the party before it is
        speaker = next(
            (
                m
                for m in reversed(mentions)
                if m.last <= verb and not (m.kind == "capital" and self.located(sentence, m))
            ),
            None,
        )
        speaker = speaker if speaker is not None and verb - 3 <= speaker.last else None
        speaker = self.described_by_aside(tokens, speaker, mentions, verb)
        speaker = self.envoy_sender(tokens, speaker, mentions)
        if speaker is None or speaker.entity.sector == "JRN":
            return []
        if tokens[i].lower in self.impersonal_pronouns and speaker.kind == "person":
            # "Erdogan said it was wrong for Washington to …": "it" never stands for a person speaker
            return []
        kind = "implied" if speaker.kind == "implied" else "pronoun"  # "police said they …": the scene's police
        entity = self.force_of(speaker.entity, tokens[i].lower)
        return [self.mention(sentence, i, i + 1, entity, kind, ["coref.speaker_pronoun"])]

    def clause_subject_pronoun(self, sentence: Sentence, i: int, mentions: list[Mention]) -> list[Mention]:
        """ "The Egyptian army closed the crossing after it accused Hamas of …", "The court cited the
        case when it vacated the ruling", "Kementerian itu memanggil dubes Malaysia setelah pihaknya
        menerima …": a subject pronoun right after a conjunction opening a clause (grammar
        `pronoun_clause_openers`) is the subject that opened the sentence — when it agrees with it
        ("it", "pihaknya" a state or body, "he"/"she" a person; not a plural "they"/"mereka", which may
        be the object's people) and no other party is named in between
        ("Police arrested Ali after he …" stays with the memory's person) — after a speech participle
        (grammar `speech_participles`: "criticized Argentina, saying it would …") whoever is between."""
        tokens = sentence.tokens
        word = tokens[i].lower
        opener = tokens[i - 1].lower if i >= 2 else ""
        if opener not in self.pronoun_clause_openers and opener not in self.speech_participles:
            return []
        subject = self.opening_subject(tokens, mentions)
        if subject is None:
            return []
        # "Brazil criticized Argentina, saying it would …": who says it is the subject, whoever is between
        between = [m for m in mentions if m is not subject and m.entity.code != subject.entity.code]
        if between and opener not in self.speech_participles:
            return []
        person = subject.kind == "person"
        agrees = word in self.pronouns if person else word in self.group_pronouns
        # "Police arrested 15 farmers after they blocked a highway": a plural pronoun may be the object's
        # people — only a speaker's "saying they would …" is sure to be the subject
        agrees = agrees and (word not in self.pair_pronouns or opener in self.speech_participles)
        if not agrees or subject.entity.sector == "JRN":
            return []
        kind = "implied" if subject.kind == "implied" else "pronoun"
        return [self.mention(sentence, i, i + 1, subject.entity, kind, ["coref.clause_subject"])]

    def opening_subject(self, tokens, mentions: list[Mention]) -> Mention | None:
        """The party that opens the sentence as its subject: the first mention, within SUBJECT_REACH
        tokens of the start and with only determiners or lead-ins before it ("The U.S. Supreme
        Court", "But Brazil's foreign ministry"), not "In Sydney, …"."""
        if not mentions or mentions[0].first > SUBJECT_REACH or mentions[0].kind == "pronoun":
            return None
        before = tokens[: mentions[0].first]
        if any(t.lower not in self.determiners and not self.lead_in(tokens, k) for k, t in enumerate(before)):
            return None
        return mentions[0]

    def force_of(self, entity: Entity, word: str) -> Entity:
        """ "Ethiopia mengatakan pasukannya mulai meninggalkan Mogadishu": a force with "-nya" is the
        speaker's force — the state's military (MIL), its police (COP) — not the state as a whole."""
        sector = self.force_pronouns.get(word)
        if not sector or entity.sector:
            return entity
        return replace(entity, sector=sector)

    def governed(self, sentence: Sentence, mention: Mention, before: list[Mention]) -> bool:
        """A mention that is the object of a preposition ("kepada Sekjen PBB", "to Guterres"), or in
        apposition to one ("kepada Sekjen PBB, Antonio Guterres")."""
        tokens = sentence.tokens
        if mention.first == 0:
            return False
        if tokens[mention.first - 1].lower in self.object_preps:
            # "according to Lavrov": a source, who may well be "he" in the next sentence; "Hundreds of
            # nurses went on strike": a count's "of" names the group itself, the subject "They" later
            # points at (as "Ratusan perawat …", which has no preposition)
            before = tokens[mention.first - 2].lower if mention.first > 1 else ""
            return not (before in self.speech or before in self.counted_by)
        previous = before[-1] if before else None
        apposed = previous is not None and previous.last == mention.first - 1 and tokens[previous.last].text == ","
        return apposed and self.governed(sentence, previous, before[:-1])

    def in_place_name(self, tokens: list, first: int, last: int) -> bool:
        """ "Masjid Al Fatah", "Jalan Diponegoro", "Hotel Indonesia", "Al Fatah Mosque": a name that is
        part of a building's or a street's name names no party and sets no scene."""
        i = first - 1
        while i >= 0 and tokens[i].lower in self.name_articles:
            i -= 1
        before = tokens[i].lower if i >= 0 and tokens[i].text[:1].isupper() else ""
        after = tokens[last].lower if last < len(tokens) and tokens[last].text[:1].isupper() else ""
        return before in self.place_heads or after in self.place_tails

    def aside(self, sentence: Sentence, at: int, code: str, owners: dict[int, str]) -> bool:
        """Whether a state named at token `at` is named in a relative clause, between commas, about
        someone of another state: "Conte, yang dua kali dirawat di rumah sakit di Swiss tahun lalu,
        menyeru militer …" — no Swiss army; but "Partai Komunis, yang berkuasa di China, …" tells
        where the party is, and the sentence with it. `owners`: the state of the party a name ending
        at a token names."""
        tokens = sentence.tokens
        token = tokens[at]
        if not in_relative_aside(sentence, token.start - sentence.start, token.end - sentence.start, self.relative):
            return False
        comma = max(i for i in range(at) if tokens[i].text == ",")
        owner = owners.get(comma)
        return bool(owner) and owner != code

    def as_place(self, tokens, first: int, last: int) -> bool:
        """Whether a name is used as a place — after "in"/"di" or naming what is in it ("the Georgia
        Senate race") — as a state's namesake (the US state of Georgia) is."""
        after = tokens[last] if last < len(tokens) else None
        modifier = after is not None and after.text[:1].isupper() and after.text.isalpha()
        return (first > 0 and tokens[first - 1].lower in self.locative) or modifier

    def money(self, sentence: Sentence, first: int, last: int) -> bool:
        """ "dolar AS", "US dollars": a state named with its currency is no party and no scene. The
        currency before a state is Indonesian only ("Israeli jets pound Gaza": no Gaza pound)."""
        tokens = sentence.tokens
        beside = (tokens[max(0, first - 1) : first] if self.modifiers_follow_noun else []) + tokens[last : last + 1]
        if any(token.lower in self.currencies for token in beside):
            return not self.pounds_a_target(tokens, last)
        return self.modifiers_follow_noun and self.spelled_out_money(tokens, first)

    def polled_share(self, tokens, first: int) -> bool:
        """ "70 percent of Americans say he should be impeached", "most Germans oppose the plan", "mayoritas
        warga Jepang menolak …": a share of a people a poll counts is a statistic, no party (docs/annotation.md:
        statistics and unnamed actors are not coded); the share stands right before the people (grammar
        `poll_shares`). "Americans protested" and "thousands of Palestinians marched" still name parties."""
        return any(phrase_at(tokens, first - len(share), share) for share in self.poll_shares)

    def spelled_out_money(self, tokens, first: int) -> bool:
        """ "200 dollar Amerika Serikat (AS)": the short name in brackets after a state named with its
        currency is that currency's state too, no party and no scene."""
        if first < 3 or tokens[first - 1].text != "(":
            return False
        k = first - 2
        while k > 0 and first - 2 - k < 4 and tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
            k -= 1
        return k < first - 2 and tokens[k].lower in self.currencies

    def pounds_a_target(self, tokens, last: int) -> bool:
        """ "Russia Pounds Ukraine's Energy Grid", "Israel pounds the Gaza Strip": a currency word that
        is also a verb (grammar `currency_verbs`) after a state, followed by what it strikes (a name or
        "the"), is no currency; "500 Egyptian pounds" and "British pounds sterling" are."""
        if last + 1 >= len(tokens) or tokens[last].lower not in self.currency_verbs:
            return False
        after = tokens[last + 1]
        return after.text[:1].isupper() or after.lower == "the"

    def located(self, sentence: Sentence, mention: Mention) -> bool:
        """A state named as where something happened: "in Nigeria", "di Nigeria"."""
        return mention.first > 0 and sentence.tokens[mention.first - 1].lower in self.where_preps

    def names_border(self, sentence: Sentence, mention: Mention) -> bool:
        """ "a town close to the Afghan border", "dekat perbatasan Afghanistan": a state named as the
        owner of a border says what a place is near, not where the story is — it sets no scene."""
        return self.owner_of(sentence, mention, self.border_nouns)

    def names_topic(self, sentence: Sentence, mention: Mention) -> bool:
        """ "his party stands with the government on the Palestinian cause", "berbicara tentang Suriah",
        "isu Palestina": a state named as what is talked about, not where the story is — it sets no
        scene for a later "the government" or "polisi"."""
        before = sentence.tokens[mention.first - 1].lower if mention.first > 0 else ""
        return before in self.topic_preps or self.owner_of(sentence, mention, self.issue_nouns)

    def names_a_place(self, sentence: Sentence, mention: Mention) -> bool:
        """ "in Iraqi waters", "di perairan Irak", "Iranian territory": a state named as the owner of
        a place says where, not who — no party to a later act of the sentence."""
        return self.owner_of(sentence, mention, self.place_nouns)

    def names_branch_place(self, sentence: Sentence, mention: Mention, mentions: list[Mention]) -> bool:
        """ "Al-Qaeda's Yemeni branch attacked a base", "Islamic State's Afghan affiliate claimed the
        bombing", "the Iraqi branch of Al-Qaeda", "Al-Qaeda cabang Irak": a state owning a group's branch
        (grammar `branch_nouns`) right after the group and its possessive, or before "of" and the group,
        says where the branch works, not who acts — the group is the party, as in "cabang Al-Qaeda di
        Yaman", where the state already stands after a place preposition."""
        if not self.owner_of(sentence, mention, self.branch_nouns):
            return False
        tokens = sentence.tokens
        # "the Iraqi branch of (the) Al-Qaeda", "cabang Irak dari Al-Qaeda": the group after the genitive
        # that follows the noun in English, the state in Indonesian
        of = mention.last if self.modifiers_follow_noun else mention.last + 1
        after = of < len(tokens) and tokens[of].lower in self.genitive_preps
        return any(
            m.kind not in ("country", "demonym", "capital")
            and m.entity.code
            and (mention.first - m.last == 1 or (after and of < m.first <= of + 2))
            for m in mentions
        )

    def topic_of(self, tokens, piece: Piece) -> bool:
        """A state's name used as the topic of a noun (grammar `topic_nouns`), beside it in the
        language's order of a noun and its modifiers, names what the noun is about, not a party: "a
        Ukraine expert", "the Ukraine scandal", "the administration's Russia policy", "pakar Ukraina",
        "skandal Ukraina". Not a demonym ("Russian policy" is Russia's own), nor a name
        written in capitals ("US policy", "isu AS": an abbreviation stands for the state's own)."""
        if piece.entry.kind != "country" or not self.topic_nouns:
            return False
        if any(t.text.isupper() or "." in t.text for t in tokens[piece.first : piece.last]):
            return False
        return self.beside_noun(tokens, piece.first, piece.last, self.topic_nouns)

    def owner_of(self, sentence: Sentence, mention: Mention, nouns: frozenset[str]) -> bool:
        """Whether a state's name or adjective owns one of `nouns` beside it: after it in English
        ("Iraqi waters"), before it in Indonesian, where the noun comes first ("perairan Irak")."""
        if mention.kind not in ("country", "demonym"):
            return False
        return self.beside_noun(sentence.tokens, mention.first, mention.last, nouns)

    def beside_noun(self, tokens, first: int, last: int, nouns: frozenset[str]) -> bool:
        """Whether the words first..last stand as the modifier of one of `nouns`, on the side
        `modifiers_follow_noun` says: "Iraqi waters", "a Ukraine expert", "Indian claims" (the noun
        after them); "perairan Irak", "pakar Ukraina", "tuduhan India" (the noun before them)."""
        at = first - 1 if self.modifiers_follow_noun else last
        return 0 <= at < len(tokens) and tokens[at].lower in nouns

    def named_mentions(self, sentence: Sentence, date: str | None, memory: ArticleMemory, settings: list[str]):
        """(first token, (mention, name words)) for every group of lexicon pieces that has a code;
        a sector term alone ("polisi", "militants", "a court") takes the scene's country."""
        tokens = sentence.tokens
        headline = title_case(tokens)
        pieces = self.with_platforms(
            tokens, find_pieces(sentence, self.lexicon, self.former, self.registries, self.owned)
        )
        pieces = self.with_initials(tokens, pieces)
        pieces = [p for p in pieces if not self.topic_of(tokens, p)]
        taken = {i for p in pieces for i in range(p.first, p.last)}
        # "Governor of New Mexico", "Gubernur New South Wales", "provinsi Azerbaijan Barat": a state or a
        # capital named inside a longer place name of another state names that place, not a party
        places = self.foreign_places(tokens, pieces, taken)
        if places:
            pieces = [p for p in pieces if p.entry.kind == "none" or not self.inside(places, p.first)]
            taken = {i for p in pieces for i in range(p.first, p.last)}
        places |= self.stop_places(tokens, pieces)
        # "Attorney General William French Smith": a demonym between a first name and a capitalised
        # word is a middle name, not France
        pieces = [
            p for p in pieces if not (p.entry.kind == "demonym" and self.inside_name(tokens, p.first, p.last, taken))
        ]
        groups = [g for g in group_pieces(pieces, sentence, self.links) if g[0].entry.kind != "none"]
        # "Lima anggota parlemen Ekuador mengecam …": a capital that is a word of the language opening a
        # sentence ("lima", five) is no party; the sector and state after it still are
        groups = [g[1:] if len(g) > 1 and self.numeral_capital(tokens, g[0]) else g for g in groups]
        groups = self.without_namesakes(sentence, groups, taken)
        resolved = [resolve(group, date) for group in groups]
        # "Masjid Al Fatah", "Kennedy Airport": a person or body in a building's or a street's name is
        # no party and sets no scene
        kept = [
            (g, found)
            for g, found in zip(groups, resolved, strict=True)
            if not (found[1] in ("person", "body") and self.in_place_name(tokens, g[0].first, g[-1].last))
        ]
        groups, resolved = [g for g, _ in kept], [found for _, found in kept]
        # "Opposition lawmakers criticized …, as the Legislative Yuan prepared …": a state's own
        # body sets the scene as its name would; not a bare sector term standing for the home's
        # ("Mahkamah Agung"), nor an outlet that reports from anywhere ("seen by BBC News NI")
        # (a demonym before an organ of government names the other party, not nationals: "the Indian
        # government" is kind "organ", "five Pakistani soldiers" stays "demonym" — see `before` below)
        named_states = [
            (
                g[0].first,
                e.code,
                later_state_kind(
                    kind,
                    e.sector,
                    self.foreign_organ(tokens, g[0].first, g[-1].last),
                    self.beside_noun(tokens, g[0].first, g[-1].last, self.claim_nouns),
                ),
            )
            for g, (e, kind, group_rules) in zip(groups, resolved, strict=True)
            if kind in SCENE_KINDS
            and e.code not in NOT_STATES
            and len(e.code) == 3
            and e.sector != "JRN"
            and not all(p.entry.kind == "sector" for p in g)
            # "terdakwa asal Nigeria": where a person comes from is not where the story is
            and not (g[0].first > 0 and tokens[g[0].first - 1].lower in self.origin)
            # nor "seorang pria berkebangsaan Australia", read as one mention with its origin word inside
            and not any(tokens[i].lower in self.person_origin for i in range(g[0].first, g[-1].last))
            and not a_people(group_rules)  # "Rohingya refugees in Cox's Bazar" are not in Myanmar
            # "di dalam tas pria Polandia itu": the state of a person described before is his origin
            and not self.described_again(tokens, g[0].first, g[-1].last)
            # "500 ribu dolar AS": a currency, no scene ("Israeli jets pound …" is no currency)
            and (any(p.entry.kind == "sector" for p in g) or not self.money(sentence, g[0].first, g[-1].last))
        ]
        states = [code for _, code, _ in named_states]
        # the states of the people the sentence names, the scene of last resort (`ArticleMemory.scene`)
        people = [
            e.code
            for g, (e, kind, _) in zip(groups, resolved, strict=True)
            if kind == "person" and is_state(e.code) and not self.someone_else(sentence, g, taken)
        ]
        owners = {g[-1].last: e.code for g, (e, _, _) in zip(groups, resolved, strict=True) if e.code}
        person_end = -1  # where the last person named ends: "Kombes Pol Suyudi AS" — his initials, no state
        swallowed = range(0)  # a body's abbreviation in brackets before the name of its officer, read with it
        for group, (entity, kind, rules) in zip(groups, resolved, strict=True):
            first, last = group[0].first, group[-1].last
            if first in swallowed:
                continue
            if kind == "country" and first == person_end and all(t.text.isupper() for t in tokens[first:last]):
                continue
            if kind == "person" and self.someone_else(sentence, group, taken):
                self.note_other_holder(tokens, group, entity, memory)
                continue
            if kind == "person" and last - first == 1 and memory.someone_else_named(tokens[first].text):
                continue  # "Morrison testified …" after "Tim Morrison": the one the story named
            if group[0].entry.kind == "person" and first > 0 and tokens[first - 1].lower in self.outlets:
                continue  # "told the independent daily Al-Sudani": a newspaper named like a prime minister
            headed = self.headed_sector(tokens, group)
            if headed and kind != "person":  # "the president of the teachers' union": a unionist
                entity = Entity(entity.code, headed, entity.name, entity.wikidata)
            if kind == "person" and self.leader_body(tokens, group) and is_state(entity.code):
                # "the Modi government", "pemerintahan Jokowi": the state's government, not the man
                # (still coded as the leader's mention was; only the article's memory takes it as a body)
                entity, rules = Entity(entity.code, "GOV", state_name(entity.code)), [*rules, LEADER_GOVERNMENT]
            # "Israeli jets pound Gaza": a state with a sector term after it is no currency's
            sectored = any(p.entry.kind == "sector" for p in group)
            if kind in ("country", "demonym") and not sectored and self.money(sentence, first, last):
                continue
            # the people themselves: a bare demonym or a state's citizens ("warga Jepang"), not "20 percent
            # of Ukraine" (its land) nor "most US troops"
            nationals = (kind == "demonym" and not sectored) or (kind in STATE_KINDS and entity.sector == "CVL")
            if nationals and self.polled_share(tokens, first):
                continue
            namesake = self.namesakes.get(" ".join(t.text for t in tokens[first:last]))
            others = {e.code for g, (e, _, _) in zip(groups, resolved, strict=True) if g is not group}
            known = memory.knows(namesake) or namesake in others if namesake else False
            # "urged Georgia to repeal the law": a party, the country; "a rally in Georgia": the place
            known = known and self.as_place(tokens, first, last)
            if kind == "country" and known and not (memory.knows(entity.code) or entity.code in others):
                # "a campaign rally in Georgia" in a story on Trump: the US state, not the country
                entity, rules = Entity(namesake, entity.sector), [*rules, "actors.namesake_state"]
            if kind == "capital" and first == 0 and tokens[0].lower in self.word_capitals:
                continue  # "Lima orang tewas …": five, not Peru's capital, at the head of a sentence
            if kind == "capital" and self.counts_a_noun(tokens, first, last):
                continue  # "Jepang Hibahkan Lima Radar Pantai kepada Filipina": five radars, no Peru
            holder, proxy = self.proxy_holder(sentence, group, kind, taken)
            if holder:  # "Kuasa hukum Rizieq, Sugito Atmo Pawiro": Sugito, a lawyer of Rizieq's state
                # a client the lists lack ("kuasa hukum First Travel, Eggi Sudjana"): the scene's lawyer
                code = entity.code if kind == "person" else memory.scene(settings, people)
                names = [tokens[i].text for i in holder]
                if code:
                    lawyer = Entity(code, proxy, " ".join(names))
                    rules = [*rules, "actors.proxy_holder"]
                    yield first, (self.mention(sentence, first, holder[-1] + 1, lawyer, "person", rules), names)
                continue
            # "juru bicara pemerintah, Abdirahman Dinari", "Polda Papua Kombes Ahmad Kamal" name a person;
            # "in Beirut, Solana …" does not: a place before a comma is no title
            titled = any(p.entry.kind == "sector" for p in group)
            comma = last < len(tokens) and tokens[last].text == ","
            # "Korut Tembakkan Rudal": in a headline, a capitalised word after a bare state is a verb; so
            # after a bare body that opens it ("Hizbullah Tembakkan 200 Roket ke Israel Utara")
            opening_body = kind == "body" and first == 0
            bare_state = (kind in ("country", "demonym") or opening_body) and not titled and headline
            named = kind != "person" and (titled or not comma) and not bare_state
            named = named and not (comma and self.closes_opening_phrase(tokens, first, last, taken))
            scene = memory.scene(settings + states, people)
            city, after_city = (
                self.city_owner(sentence, first, last, taken, scene, places)
                if kind == "sector" and not entity.code
                else ("", last)
            )
            if city:  # "a Delhi court", "Mumbai police", "polisi Surabaya" (a city, not an officer's name)
                entity.code, kind, rules = city, "implied", [*rules, "actors.city"]
                states.append(city)  # "Polisi Kerala menangkap pengunjuk rasa": the protesters are India's too
                named_states.append((first, city, "implied"))
            name_idx = (
                trailing_name(sentence, after_city, taken, self.is_word, self.honorifics, self.name_particles)
                if named
                else []
            )
            if named and not name_idx and kind == "body":
                # "Pengurus PKBI (PKBI) Ramona Sari mengatakan", "Sekjen KSPI (KSPI), Muhamad Rusdi": the
                # person the body's title names, after the body's abbreviation in brackets
                name_idx = self.name_after_abbreviation(sentence, after_city, taken)
                swallowed = range(after_city, name_idx[0]) if name_idx else swallowed
            if name_idx:
                last = name_idx[-1] + 1
                # "Dubes Korut untuk PBB Choe Myong-nam", "Duta Besar RI untuk Malaysia Rusdi Kirana", "US
                # special envoy to Ukraine Kurt Volker": the name after the post is the envoy's, of the
                # state that sent him, not of the body or state he is posted to
                posts = kind in ("body", *STATE_KINDS)
                envoy = self.envoy_before(tokens, first, groups, resolved) if posts else None
                if envoy is not None and (kind == "body" or envoy.sector == "GOV"):
                    if kind != "body":  # the post stays a party: "menarik pulang Dubes RI untuk Australia Nadjib …"
                        yield first, (self.mention(sentence, first, after_city, entity, kind, rules), [])
                        first = name_idx[0]
                    entity, rules = Entity(envoy.code, envoy.sector), [*rules, "actors.envoy_name"]
                entity.name = " ".join(tokens[i].text for i in name_idx)
                kind = "person"
            if titled and named and len(name_idx) <= 1 and not any(p.entry.kind == "person" for p in group):
                found = self.titled_surname(tokens, first, name_idx[0] if name_idx else after_city, taken, date)
                if found and (not entity.code or entity.code == found.code):
                    entity, kind, rules = found, "person", [*rules, "actors.titled_surname"]
                    name_idx = name_idx or [after_city]
                    last = name_idx[-1] + 1
            appositive = (titled or kind == "body") and kind != "person"
            fronted = appositive and self.fronted_subject(tokens, first, last)
            apposed = self.apposed_name(sentence, first, taken) if appositive and not fronted else []
            if not apposed and kind == "body":
                apposed = self.affiliated_name(sentence, first, taken)
            # a state named by its name only after an unnamed organ of government is rather the other
            # party than its own: "Kemenlu mendesak Israel …", "Congress criticised Israel"; but its
            # nationals are rather its own ("the ministry said five Pakistani soldiers were killed"),
            # and unnamed gunmen or police act where their victims are ("Militants killed two
            # Iranian policemen")
            governing = entity.sector in GOVERNING
            # only once the story is set somewhere: with no place named yet, the nationals' state is the guess
            keeper = entity.sector in KEEPERS_OF_THE_SOIL and memory.scene_named(settings)
            before = [
                code
                for at, code, by in named_states
                if (at < first or names_nationals(by, governing, keeper)) and not self.aside(sentence, at, code, owners)
            ]
            if self.national_elsewhere(group, entity, memory, settings + before, people) or self.home_namesake(
                tokens, group, entity, kind, memory, settings + before, people
            ):
                # "Mahkamah Agung negara Teluk itu memvonis …" in a story on Kuwait that never names
                # Indonesia is Kuwait's supreme court, not Indonesia's
                entity, kind = Entity("", entity.sector), "sector"
            lent_to = self.foreign_namesake(group, entity, kind)
            if lent_to:  # "DPR Filipina memakzulkan …": the Philippine House, not Indonesia's
                entity, rules = Entity(lent_to, entity.sector), [*rules, "actors.foreign_namesake"]
            if not entity.code:
                owner = self.named_owner(sentence, last, groups, resolved)
                if owner:  # "Bank Dagang Asing Korea Utara": a capitalised name that ends in its state
                    entity.code, rules = owner, [*rules, "actors.name_owner"]
            if not entity.code and kind == "sector":
                owner = self.origin_place(tokens, last)
                if owner:  # "nelayan asal Aceh", "TKI asal NTT": the home province's state
                    entity.code, kind, rules = owner, "implied", [*rules, "actors.origin_place"]
            if kind == "body" and entity.code:
                origin = self.stated_origin(sentence, last, groups, resolved)
                if origin and origin != entity.code:
                    # "pilot Susi Air asal Selandia Baru", "diplomat Uni Eropa asal Swedia": the person
                    # serving the body comes from the state the origin word names, not the body's
                    sector = entity.sector if any(r.startswith("actors.sector.") for r in rules) else ""
                    entity, kind, rules = Entity(origin, sector), "implied", [*rules, "actors.stated_origin"]
            if not entity.code and kind == "sector":
                owner = self.possessive_owner(tokens, first, named_states)
                if owner:  # "Israel said its forces had attacked …": Israel's forces, wherever they fought
                    entity.code, kind, rules = owner, "implied", [*rules, "actors.possessive_owner"]
            # (the term alone or with its holder's name: "One of her lawyers, Philippe Meilhac, …")
            termed = all(p.entry.kind == "sector" for p in group)
            owner_of = (
                self.official_owner(tokens, group[0].first, group[-1].last, groups, resolved, memory)
                if termed
                else None
            )
            if not entity.code and owner_of is not None:
                # "Presiden Rwanda Paul Kagame tiba di Paris. Pengacaranya membantah …", "His lawyer denied
                # …": the lawyer of the owner the possessive points back at, of its state and its side
                entity = Entity(owner_of.code, owner_of.sector or entity.sector, entity.name)
                kind, rules = "implied", [*rules, "actors.official_owner"]
            holder = self.office_named_before(tokens, first, last, memory) if kind == "sector" else None
            if not entity.code and holder is not None:
                # "British Prime Minister Tony Blair said … The prime minister said Britain wanted …",
                # "Jubir Hua Chunying … kata juru bicara itu": the holder named just before (before the
                # anaphor below, which finds the state but no person)
                entity, kind, rules = replace(holder), "coref", [*rules, "coref.office_holder"]
            recalled = self.points_back(tokens, first, last) or self.recalls(tokens, first, entity)
            if not entity.code and kind == "sector" and recalled:
                # "Rusia, jika pasukan NATO masuk, akan menyerang pasukan itu", "those troops": the
                # sector term with a demonstrative is the one named before, not the scene's own
                head = self.head_word(tokens, first, last)
                named_with = [
                    e.code
                    for g, (e, _, _) in zip(groups, resolved, strict=True)
                    if g[-1].last <= first and e.code and head in {t.lower for t in tokens[g[0].first : g[-1].last]}
                ]
                owner = named_with[-1] if named_with else memory.head_named(head)
                if owner:
                    entity.code, kind, rules = owner, "implied", [*rules, "actors.anaphor"]
            if not entity.code and kind == "sector" and self.definite(tokens, first, last):
                # "A Pakistani gunman opened fire … The gunman was shot dead", "pelaku itu": a role
                # noun marked as one named before is the person the story described by that role
                role = self.descriptions.get(self.head_word(tokens, first, last), "")
                described = memory.description(role) if role else None
                if described is not None:
                    entity.code, kind, rules = described.code, "implied", [*rules, "actors.description"]
            if not entity.code and kind == "sector":
                owner = self.coordinated_owner(tokens, first, groups, resolved, entity.sector == "MIL")
                if owner:  # "Chinese warships and fighter jets held drills around Taiwan": China's jets
                    entity.code, kind, rules = owner, "implied", [*rules, "actors.coordinated_owner"]
            if not entity.code and kind == "sector":
                owner = self.shared_owner_after(tokens, last, groups, resolved)
                if owner:  # "sanksi kepada perusahaan dan individu Rusia": Russia's companies too
                    entity.code, kind, rules = owner, "implied", [*rules, "actors.shared_owner_after"]
            if not entity.code and kind == "sector":
                owner = self.sponsor_after(tokens, last, groups, resolved)
                if owner:  # "hackers working for China's MSS", "peretas yang bekerja untuk ... China": its agents
                    entity.code, kind, rules = owner, "implied", [*rules, "actors.sponsor_after"]
            led_by = self.coalition_leader(tokens, first, last, entity.sector, groups, resolved, memory)
            alone = self.stands_alone(sentence, first, last, entity.sector)
            if not entity.code and kind == "sector" and led_by and alone:
                # "US-led coalition forces killed three suspects … coalition forces killed two
                # terrorists", "pasukan koalisi pimpinan AS … pasukan koalisi membunuh": the leader's
                entity.code, kind, rules = led_by, "implied", [*rules, "actors.coalition_leader"]
                first, last = (first, last + 1) if self.modifiers_follow_noun else (first - 1, last)
            terror = {t.lower for t in tokens[first:last]} & self.terror_words
            group = memory.militant_group() if entity.sector in MILITANT_SECTORS and terror else None
            if not entity.code and kind == "sector" and group is not None and self.stands_alone(sentence, first, last):
                # "… operations targeting al-Qaeda in Iraq. Coalition forces killed two terrorists": the
                # terrorists of a story that lately named a group of no one state are its own, not the scene's
                # (as a party by themselves: "terrorist attacks", "serangan teroris" stay where they happen)
                entity.code, kind, rules = group.code, "implied", [*rules, "actors.militant_group"]
            if not entity.code:
                # an unnamed body acts where the sentence is set; a titled person the sentence names
                # ("Raja Abdullah … bahwa Israel harus …") is rarely of the state he talks about
                # but the police hold whoever is on their soil: "Polisi Turki menangkap pemimpin
                # oposisi Ahmet Yilmaz" is Turkey's opposition leader (KEEPERS_OF_THE_SOIL)
                held = self.keepers_before(groups, resolved, first) if kind == "person" else []
                keeps = entity.sector in STORY_ENFORCERS
                met = entity.sector if entity.sector in KEEPERS_OF_THE_SOIL and kind == "sector" else ""
                organ = kind == "sector" and entity.sector in HOME_ORGANS
                here = settings + held if kind == "person" else settings + before
                scene = memory.scene(here, people, keeps, met, organ)
                alone = self.stands_alone(sentence, first, last, entity.sector)
                if not scene or kind not in ("sector", "person") or not alone:
                    continue
                if kind == "sector" and self.foreign_term(tokens, first, last, entity.sector):
                    continue
                if kind == "sector" and self.member_named(tokens, first, last, groups, resolved):
                    continue
                if kind == "sector" and self.stateless_group(tokens, first, last, entity.sector, scene):
                    # "China menahan ratusan warga Uighur … Kelompok HAM mengecam penahanan itu", "Rights
                    # groups condemned the detentions": an unnamed rights or aid group is no organ of the
                    # state it criticises — an international NGO (so a denial answers NGO, not China)
                    entity, kind, rules = Entity("NGO", ""), "implied", [*rules, "actors.stateless_group"]
                else:
                    entity.code, kind, rules = scene, "implied", [*rules, "actors.scene"]
            if apposed and entity.code:  # "Mamadou Bah, AU representative in Burundi, told …": Bah is the AU's
                first, kind = apposed[0], "person"
                entity.name = " ".join(tokens[i].text for i in apposed).replace(" .", ".")
                name_idx = apposed
            a_person = kind == "person" and LEADER_GOVERNMENT not in rules  # no "United", "States" as names
            names = [tokens[i].text for i in name_idx] + (entity.name.split() if a_person else [])
            person_end = last if kind == "person" else -1
            yield first, (self.mention(sentence, first, last, entity, kind, rules), names)

    def headed_sector(self, tokens, group: list[Piece]) -> str:
        """The sector of the body a head title leads when both are named together: a title that
        names the head of whatever it is joined to (grammar `head_titles`: "president", "ketua",
        "spokesman") takes the sector of the other sector term of its group — "the president of
        the teachers' union", "union president", "pemimpin oposisi" are labour's and the
        opposition's, not the government's. "" when no such pair is named."""
        sectors = [p for p in group if p.entry.kind == "sector" and p.alternative is None]
        heads = [p for p in sectors if phrase_words(tokens, p) in self.head_titles]
        led = [p for p in sectors if p not in heads and p.entry.entity.sector]
        return led[0].entry.entity.sector if heads and led else ""

    def leader_body(self, tokens, group: list[Piece]) -> bool:
        """A leader's name beside a word for the government he leads (grammar `leader_bodies`), in the
        order the language puts a modifier and its noun: "the Modi government", "the Trump
        administration", "pemerintahan Jokowi", "rezim Assad" — the state's government, a body."""
        people = [p for p in group if p.entry.kind == "person"]
        bodies = [p for p in group if p.entry.kind == "sector" and phrase_words(tokens, p) in self.leader_bodies]
        if len(people) != 1 or not bodies:
            return False
        person = people[0]
        if self.modifiers_follow_noun:
            return any(p.last == person.first for p in bodies)
        return any(p.first == person.last for p in bodies)

    def foreign_organ(self, tokens, first: int, last: int) -> bool:
        """Whether a party's head noun is a government or an envoy (grammar `foreign_organ_heads`)."""
        return self.head_word(tokens, first, last) in self.foreign_organ_heads

    def head_word(self, tokens, first: int, last: int) -> str:
        """A phrase's head noun: its first word where modifiers follow the noun ("pemerintah India"),
        its last otherwise ("the Indian government")."""
        return tokens[first if self.modifiers_follow_noun else last - 1].lower

    def platform_at(self, tokens, i: int) -> int:
        """The length of the weapon or platform noun (grammar `platform_nouns`) at token i, or 0."""
        return noun_at(self.platforms, tokens, i)

    def with_platforms(self, tokens, pieces: list[Piece]) -> list[Piece]:
        """A weapon right after a state or its demonym (English: "Israeli jets pounded Gaza", "a US
        drone killed …") or right before it (Indonesian: "tank-tank Israel memasuki Rafah") is that
        state's military, as the sector terms "warplanes", "pesawat tempur" are; not when it modifies
        another noun ("a Turkish drone maker", "pabrik drone Iran") nor with no state beside it.
        A private person there ("seorang pria Australia dipenjara", "a Palestinian teenager was shot")
        is that state's civilians (CVL), as "warga Cina" is: a person of the state, not its government."""
        pieces = self.beside_states(tokens, pieces, self.platforms, self.platform_compounds, PLATFORM_FORCE)
        return self.beside_states(
            tokens, pieces, self.person_nouns, self.person_compounds, PRIVATE_PERSONS, self.person_origin
        )

    def with_initials(self, tokens, pieces: list[Piece]) -> list[Piece]:
        """Private persons named by their initials, as police news names suspects and victims: the
        scene's civilians (CVL). Letters after a marker word ("tersangka berinisial MR", "pelaku
        berinisial NMH dan SH") or before a comma and a person noun ("polisi memeriksa ID, pria asal
        Lombok Tengah") are a person even where they spell a state ("menangkap AS, pria asal Lombok" is
        no United States); letters after a role word ("korban AK") only where no lexicon reads them
        ("tersangka KPK" is the KPK's suspect)."""
        if not self.initials_markers:
            return pieces
        single = {p.first: p for p in pieces if p.last == p.first + 1}
        taken = {i for p in pieces for i in range(p.first, p.last)}
        persons: list[int] = []
        for i, token in enumerate(tokens):
            if not INITIALS.fullmatch(token.text):
                continue
            before = tokens[i - 1].lower if i else ""
            linked = (
                i >= 2 and before in self.initials_links and persons and persons[-1] == i - 2
            )  # "berinisial SN dan RA": the second is a person too
            marked = before in self.initials_markers or linked
            apposed = (
                len(token.text) > 1
                and i + 2 < len(tokens)
                and tokens[i + 1].text == ","
                and tokens[i + 2].lower in self.initials_appositions
                and i > 0
                and tokens[i - 1].text != ","  # "Jakarta, AS, warga …": a list, no apposition
            )
            role = len(token.text) > 1 and before in self.initials_roles and i - 1 not in taken and i not in taken
            if not (marked or apposed or role):
                continue
            if i in taken and i not in single:
                continue  # inside a longer name: "Kombes Pol Suyudi AS"
            persons.append(i)
        if not persons:
            return pieces
        at = set(persons)
        kept = [p for p in pieces if not (p.last == p.first + 1 and p.first in at)]
        added = [Piece(i, i + 1, Entry("sector", INITIALS_RULE, Entity("", "CVL"))) for i in persons]
        return sorted(kept + added, key=lambda p: (p.first, p.last))

    def beside_states(
        self, tokens, pieces: list[Piece], nouns: list, compounds, entry: Entry, origins=frozenset()
    ) -> list[Piece]:
        """Pieces of `entry` for the nouns right beside a state or its demonym, in the language's order
        of a noun and its modifiers; none where a `compounds` word makes the noun a modifier, nor beside
        a people's name ("orang Rohingya": the name says who they are, the noun adds nothing). In both
        languages the noun may also stand before the state with an `origins` word between ("wanita asal
        Uzbekistan", "a woman from Uzbekistan"): the piece then spans the noun and that word."""
        if not nouns:
            return pieces
        states = [p for p in pieces if p.entry.kind in ("country", "demonym") and not a_people([p.entry.rule])]
        taken = {i for p in pieces for i in range(p.first, p.last)}
        added = []
        for state in states:
            origin = self.noun_before_origin(tokens, state.first, nouns, compounds, origins)
            if origin is not None:
                start, end = origin, state.first
            elif self.modifiers_follow_noun:
                ends = [i for i in range(max(0, state.first - 3), state.first) if noun_at(nouns, tokens, i)]
                start = next((i for i in ends if i + noun_at(nouns, tokens, i) == state.first), None)
                if start is None or start - 1 >= 0 and tokens[start - 1].lower in compounds:
                    continue
                end = state.first
            else:
                start = state.last
                noun = start + 1 if start < len(tokens) and model_designation(tokens[start].text) else start
                end = noun + noun_at(nouns, tokens, noun)
                if end == noun or end < len(tokens) and tokens[end].lower in compounds:
                    continue
            if not taken & set(range(start, end)):
                added.append(Piece(start, end, entry))
                taken |= set(range(start, end))
        return sorted(pieces + added, key=lambda p: p.first)

    @staticmethod
    def noun_before_origin(tokens, first: int, nouns: list, compounds, origins) -> int | None:
        """Where a noun of `nouns` starts that stands before an origin word right before the state at
        `first`: "seorang pria asal Uzbekistan" (pria), "a man from Uzbekistan" (man); None otherwise."""
        at = first - 1
        if at < 1 or tokens[at].lower not in origins:
            return None
        for start in range(max(0, at - 3), at):
            if start + noun_at(nouns, tokens, start) == at:
                return None if start > 0 and tokens[start - 1].lower in compounds else start
        return None

    def envoy_before(self, tokens, first: int, groups: list, resolved: list) -> Entity | None:
        """The envoy whose post a body named at `first` is: "Wakil Dubes Korut untuk PBB Choe
        Myong-nam", "North Korea's envoy to the UN Choe Myong-nam" — a name after the post is the
        envoy's, of the state that sent them (grammar `posted_to`), not the body's."""
        i = first - 1
        while i > 0 and tokens[i].lower in self.determiners:
            i -= 1
        if i < 1 or tokens[i].lower not in self.posted_to:
            return None
        envoy = [e for g, (e, _, _) in zip(groups, resolved, strict=True) if g[-1].last == i]
        return envoy[0] if envoy and envoy[0].code and envoy[0].sector else None

    def coordinated_owner(self, tokens, first: int, groups: list, resolved: list, military: bool) -> str:
        """The state of a national force or body joined by "and"/"dan" right before a bare sector
        term: "Chinese warships and fighter jets", "pasukan Rusia dan milisi" — the state's owner
        reaches over the pair, not the place they act at ("… around Taiwan"). A bare force also
        shares the state of any military before it ("the IDF and fighter jets")."""
        if first < 2 or tokens[first - 1].lower not in self.coordinators:
            return ""
        for group, (entity, kind, _) in zip(groups, resolved, strict=True):
            if group[-1].last != first - 1 or not is_state(entity.code):
                continue
            national = kind in ("demonym", "country") and any(p.entry.kind == "sector" for p in group)
            if national or (military and entity.sector == "MIL"):
                return entity.code
        return ""

    @staticmethod
    def keepers_before(groups: list, resolved: list, first: int) -> list[str]:
        """The states of police named with their state before a token: "Polisi Turki", "Turkish police"."""
        return [
            e.code
            for g, (e, kind, _) in zip(groups, resolved, strict=True)
            if g[-1].last <= first and kind in STATED_OWNERS and e.sector in KEEPERS_OF_THE_SOIL and is_state(e.code)
        ]

    def shared_owner_after(self, tokens, last: int, groups: list, resolved: list) -> str:
        """Where modifiers follow their noun, the state after the second of two nouns joined by
        "dan" owns both: "perusahaan dan individu Rusia" (Russian companies and individuals),
        "tentara dan polisi Israel" — the mirror of "Russian companies and individuals" (the
        demonym before the pair, `coordinated_owner`). The second noun is one plain word, or a
        sector term the state follows ("pejabat dan perusahaan Iran")."""
        if not self.modifiers_follow_noun or last + 2 >= len(tokens) or tokens[last].lower not in self.coordinators:
            return ""
        for group, (entity, kind, _) in zip(groups, resolved, strict=True):
            if kind not in ("country", "demonym") or not is_state(entity.code):
                continue
            start = group[0].first
            sectored = group[0].entry.kind == "sector" and start == last + 1
            noun = tokens[last + 1]
            plain = start == last + 2 and noun.text.islower() and noun.text.isalpha()
            if sectored or (plain and noun.lower not in self.function_words):
                return entity.code
        return ""

    def sponsor_after(self, tokens, last: int, groups: list, resolved: list) -> str:
        """The state an unnamed group right before a phrase of serving (grammar `sponsor_phrases`)
        serves as its agent: "hackers working for China's Ministry of State Security", "peretas yang
        bekerja untuk Kementerian Keamanan Negara China", "a cell controlled by Russian military
        intelligence" — the group is that state's, not the scene's (a proxy "backed by" a state stays
        local). A relative word may open the phrase; the state's party follows it at once (a
        determiner between)."""
        start = last + 1 if last < len(tokens) and tokens[last].lower in self.relative else last
        for phrase in self.sponsor_phrases:
            if not phrase_at(tokens, start, phrase):
                continue
            after = start + len(phrase)
            for group, (entity, kind, _) in zip(groups, resolved, strict=True):
                # a bare demonym modifies what serves, not who: "soldiers backed by American air strikes"
                # ("loyal to the Syrian government" names an organ of the state)
                organ = kind != "demonym" or bool(entity.sector)
                if after <= group[0].first <= after + 1 and organ and is_state(entity.code):
                    return entity.code
        return ""

    def points_back(self, tokens, first: int, last: int) -> bool:
        """A sector term marked as one already named: "pasukan itu", "polisi tersebut" (the
        demonstrative follows in Indonesian), "those troops", "these militants" (it precedes in
        English; "the" alone is too common to point anywhere)."""
        if self.demonstratives_follow_noun:
            return last < len(tokens) and tokens[last].lower in self.demonstratives
        return first > 0 and tokens[first - 1].lower in self.demonstratives - {"this", "that"}

    def recalls(self, tokens, first: int, entity: Entity) -> bool:
        """People named by a sector term after a determiner that marks them as known (grammar
        `recalling_determiners`): "The refugees were later arrested", "Para pengungsi kemudian
        ditangkap" after "pengungsi Rohingya" — those named with the noun before, not the scene's own.
        Not a state's civil organ: "the government" or "the court" is rather the scene's."""
        known = first > 0 and tokens[first - 1].lower in self.recalling_determiners
        return known and entity.sector not in STATE_ORGANS

    def counts_a_noun(self, tokens, first: int, last: int) -> bool:
        """A capital that is also a common word (grammar `word_capitals`), inside a sentence, with no
        preposition before it and a content word after it, is the word: "menyerahkan Lima Radar",
        "mengirim lima kapal" count radars and ships; "di Lima", "ke Kabul", "menguasai Kabul pada …" and
        "merebut Kabul." stay the capitals."""
        if first == 0 or last - first != 1 or tokens[first].lower not in self.word_capitals or last >= len(tokens):
            return False
        before, after = tokens[first - 1].lower, tokens[last]
        if before in self.object_preps or before in self.where_preps or not before[:1].isalpha():
            return False
        return after.text[:1].isalpha() and after.lower not in self.function_words

    def numeral_capital(self, tokens, piece) -> bool:
        return piece.first == 0 and piece.entry.kind == "capital" and tokens[0].lower in self.word_capitals

    def official_owner(self, tokens, first: int, last: int, groups, resolved, memory: ArticleMemory) -> Entity | None:
        """Whose official a possessive marks: "Kagame said his lawyer …", "Presiden Rwanda Paul Kagame tiba
        di Paris. Pengacaranya membantah …", "Iran said its foreign minister …". The official noun (grammar
        `owned_official_heads`) must end the term and carry the possessive: a pronoun before it ("his",
        "its": grammar `person_owner_pronouns`, `party_owner_pronouns`) or a clitic on it ("-nya"). The
        owner is the sentence's first party named before it (its subject), else the person ("his"), the
        party ("its") or either ("-nya") the story named last."""
        word = tokens[last - 1].lower
        clitic = possessed_stem(word, self.owned[0], self.owned_heads)
        before = tokens[first - 1].lower if first else ""
        person, party = before in self.person_owners, before in self.party_owners
        if not clitic and not ((person or party) and word in self.owned_heads):
            return None
        earlier = [
            (e, kind)
            for g, (e, kind, _) in zip(groups, resolved, strict=True)
            if g[-1].last <= first - (0 if clitic else 1) and e.code and e.sector != "JRN"
        ]
        agreeing = [e for e, kind in earlier if clitic or (kind == "person") == person]
        if agreeing:
            return agreeing[0]
        if person or clitic:
            found = memory.person()
            if found is not None or not clitic:
                return found
        return memory.party()

    def possessive_owner(self, tokens, first: int, named_states: list) -> str:
        """The state an "its"/"their" before a sector term points back at: the last state the sentence
        named before it ("Ethiopia said its troops had left Mogadishu", "Israel said its forces had
        attacked Hezbollah positions in southern Lebanon" — Israel's, not the scene's)."""
        if first == 0 or tokens[first - 1].lower not in self.links.owners:
            return ""
        before = [code for at, code, _ in named_states if at < first]
        return before[-1] if before else ""

    def titled_surname(self, tokens, first: int, index: int, taken: set[int], date: str | None) -> Entity | None:
        """ "President Hu held talks …", "Menlu Wang bertemu …", "President Moon": a title and one
        capitalised word that names an office-holder only as part of the full name (see
        ActorLexicon.titled_surname) — even a word of the language, "Moon", "Lee", "Wen"."""
        word = tokens[index].text if index < len(tokens) else ""
        if index in taken or not (word[:1].isupper() and word.isalpha()):
            return None
        if index + 1 < len(tokens) and self.capitalised(tokens[index + 1]):
            return None  # "President Moon Jae-in" is read whole, or is someone the lexicon lacks
        title = [t.lower for t in tokens[first:index]]
        return self.lexicon.titled_surname(word, date, title, self.title_roles)

    def foreign_places(self, tokens, pieces: list[Piece], taken: set[int]) -> dict[int, int]:
        """Place names (first token -> end) of two to four capitalised words that hold a state's or a
        capital's name and that the gazetteer gives to another state: "New Mexico" (not Mexico),
        "New South Wales" (not Wales), "Azerbaijan Barat" (Iran's, not Azerbaijan). A place of the same
        state ("Jakarta Pusat", "Mexico City") is left to the name it holds."""

        stops = {i for p in pieces if p.entry.kind == "none" for i in range(p.first, p.last)}

        def free_word(i: int) -> bool:  # "Barat", a stop word alone (the West), may end a place's name
            return 0 <= i < len(tokens) and (i not in taken or i in stops) and self.proper(tokens, i)

        places: dict[int, int] = {}
        for piece in pieces:
            if piece.alternative is not None or piece.entry.kind not in ("country", "capital"):
                continue
            code = piece.entry.entity.code
            spans = sorted(
                (
                    (piece.first - left, piece.last + right)
                    for left in range(3)
                    for right in range(3)
                    if left + right
                    and all(
                        free_word(i)
                        for i in (*range(piece.first - left, piece.first), *range(piece.last, piece.last + right))
                    )
                ),
                key=lambda span: span[0] - span[1],
            )
            for start, end in spans:
                tier, sites = gazetteer().lookup(" ".join(t.text for t in tokens[start:end]))
                if tier in ("curated", "cities", "regions") and sites[0].feature in ("region", "city"):
                    if sites[0].country_code and sites[0].country_code != code:
                        places[start] = end
                    break
        return places

    @staticmethod
    def inside(places: dict[int, int], i: int) -> bool:
        return any(start <= i < end for start, end in places.items())

    def stop_places(self, tokens, pieces: list[Piece]) -> dict[int, int]:
        """The stop names (not_actors.yaml) of two words or more that the gazetteer knows as a region or
        city of one state: "New Mexico", "New South Wales" (first token -> end), for `city_owner`."""
        places = {}
        for piece in pieces:
            if piece.entry.kind != "none" or piece.last - piece.first < 2:
                continue
            tier, sites = gazetteer().lookup(" ".join(t.text for t in tokens[piece.first : piece.last]))
            if (
                tier in ("curated", "cities", "regions")
                and sites[0].feature in ("region", "city")
                and sites[0].country_code
            ):
                places[piece.first] = piece.last
        return places

    def city_owner(
        self, sentence: Sentence, first: int, last: int, taken: set[int], scene: str | None, places=None
    ) -> tuple[str, int]:
        """The country of a city or province named right beside a sector term — before it in English
        ("a Delhi court", "Kaduna police", "Karnataka police"), after it in Indonesian ("polisi
        Surabaya", "Polda Jawa Timur", "Wali Kota Bandung Ridwan Kamil") — where that body serves;
        and where a name after the title may start; English also names it after "of" ("the mayor of
        Chicago", "the governor of Rivers State"). A region shared by states ("Punjab police",
        "Kashmir") gives none."""
        tokens = sentence.tokens
        after = self.modifiers_follow_noun
        spans = [(last, last + 2), (last, last + 1)] if after else [(first - 2, first), (first - 1, first)]
        of = not after and last < len(tokens) and tokens[last].lower == "of"
        if of:
            spans += [(last + 1, last + 3), (last + 1, last + 2)]  # "the mayor of Chicago"
        # a place holding another state's name ("Gubernur New Mexico", "the governor of New South Wales",
        # "a New Mexico court") is a name whatever its words: `foreign_places`
        named = [
            (s, e)
            for s, e in (places or {}).items()
            if (after and s == last) or (not after and e == first) or (of and s == last + 1)
        ]
        spans = [*named, *spans]
        for start, end in spans:
            words = tokens[max(0, start) : end]
            if (
                start < 0
                or end > len(tokens)
                or ((start, end) not in named and any(i in taken for i in range(start, end)))
            ):
                continue
            if not all(self.proper(tokens, i) for i in range(start, end)):
                continue
            tier, sites = gazetteer().lookup(" ".join(t.text for t in words))
            if not tier or tier == "alternates" or not sites[0].country_code or not owner_place(sites[0]):
                continue
            if (start, end) not in named and self.name_or_word(tokens, start, end, sites[0], scene):
                continue
            end_of_names = max(end, last)
            if end_of_names < len(tokens) and tokens[end_of_names].text == ",":
                end_of_names = len(tokens)  # "Bupati Jombang, Jawa Timur": a province, not the regent's name
            return sites[0].country_code, end_of_names
        return "", last

    def name_or_word(self, tokens, start: int, end: int, site, scene: str | None) -> bool:
        """Whether words the gazetteer knows as a town beside a title are rather a person's first name
        or a word of the language: a province is no first name ("Gubernur Kalbar Sutarmidji"); a city
        may be a word too — "Wali Kota Bandung" in a story set in Indonesia or nowhere named, but
        "Polisi Kota Metropolitan" in a story on London is no police of Kota, India."""
        if site.feature != "region" and self.first_name(tokens, start, end):
            return True
        words = tokens[start:end]
        return any(self.is_word(t.lower) for t in words) and bool(scene) and site.country_code != scene

    def apposed_name(self, sentence: Sentence, first: int, taken: set[int]) -> list[int]:
        """Two or more capitalised words the lexicon lacks, right before ", (the) <title>": a person
        named by the title that follows ("Mamadou Bah, AU representative", "Philip Lewis, a former
        president of …"), so that "Bah" later points back to them. A place after a preposition
        ("In East Java, police …") is no such name."""
        tokens = sentence.tokens
        comma = first - 1
        while comma >= 0 and tokens[comma].lower in self.determiners:
            comma -= 1
        if comma >= 3 and tokens[comma].lower in self.genitive_preps and tokens[comma - 1].lower in self.part_heads:
            # "Elizabeth Birch, head of the Human Rights Campaign, …": the body's head, named before it
            comma -= 2
            while comma >= 0 and tokens[comma].lower in self.determiners:
                comma -= 1
        if comma >= 3 and tokens[comma].lower in self.workplace_preps and tokens[comma - 1].lower in self.job_titles:
            # "John Smith, director at the US Treasury", "John Smith, direktur di Kementerian Keuangan
            # AS": a bare title and the place the person works at, the body they speak for
            comma -= 2
        # "kata Mamadou Bah, wakil Afrika Bersatu di Burundi": a bare title word before the body
        if comma >= 3 and tokens[comma].lower in self.apposed_titles and tokens[comma - 1].text == ",":
            comma -= 1
        if comma >= 2 and tokens[comma].text != ",":
            # ", a former Democratic president of …": a word or two that qualify the title after "a"
            j = comma
            while j > comma - 3 and j > 0 and tokens[j].text.isalpha():
                j -= 1
            if tokens[j].text == "," and tokens[j + 1].lower in self.determiners:
                comma = j
        if comma < 2 or tokens[comma].text != ",":
            return []
        found = []
        i = comma - 1
        while i >= 0 and i not in taken and len(found) < MAX_NAME_TOKENS:
            if tokens[i].text == "." and i > 0 and len(tokens[i - 1].text) == 1 and tokens[i - 1].text.isupper():
                found[:0], i = [i - 1, i], i - 2  # "Philip D. Lewis": an initial, its stop split off
                continue
            # "Elizabeth Birch": a surname that is also a word, right after a first name no dictionary has
            surname = not found and i > 0 and tokens[i].text.istitle() and self.personal_name(tokens[i - 1])
            if not (self.personal_name(tokens[i]) or surname):
                break
            found.insert(0, i)
            i -= 1
        # "In East Java, police …" is a place; "reached out to Philip D. Lewis, a former …" a person
        if len(found) < 2 or (i >= 0 and tokens[i].lower in self.where_preps):
            return []
        return found

    def fronted_subject(self, tokens, first: int, last: int) -> bool:
        """Whether a title right after a comma (tokens first..last) starts the main clause after a fronted
        clause or phrase (grammar `subordinators`, `background_preps`, `aside_openers`,
        `circumstance_openers` open the sentence): "Ketika menggeledah rumah Andi Lala, polisi menemukan …",
        "While searching the house of Andi Lala, police found …" — the police search, and "Andi Lala"
        before the comma is no name of theirs. An apposition goes on after its title, to a comma, the
        sentence's end or a preposition: "When Andi Lala, a police officer, arrived, …" keeps it."""
        at = first - 1
        while at >= 0 and tokens[at].lower in self.determiners:
            at -= 1
        if at < 1 or tokens[at].text != "," or tokens[0].lower not in self.fronted_openers:
            return False
        if last >= len(tokens):
            return False
        after = tokens[last]
        return after.text[:1].isalpha() and after.text.islower() and after.lower not in self.apposition_goes_on

    def closes_opening_phrase(self, tokens, first: int, last: int, taken: set[int]) -> bool:
        """Whether the party (tokens first..last) ends, at a comma, a phrase that opens the sentence
        with an attribution or an adverbial word (grammar `aside_openers`, `circumstance_openers`:
        "Menurut polisi, Thanh menikam …", "According to police, Tanaka stabbed …"): the name after
        that comma starts the clause's own subject and is no name of the party. A name set off by a
        second comma is its apposition all the same ("Menurut juru bicara polisi, Budi Santoso, pelaku …"),
        and so is one opened by an honorific."""
        at = first - 1
        while at >= 0 and first - at <= OPENING_PHRASE_GAP and tokens[at].lower not in self.phrase_openers:
            if not tokens[at].text.islower():
                return False
            at -= 1
        # at the sentence's start only: "…, kata jurubicara militer, Brigjen Prasad Samarasinghe kepada …"
        # after a quote names the speaker
        ranked = last + 1 < len(tokens) and tokens[last + 1].lower in self.honorifics
        if at != 0 or tokens[at].lower not in self.phrase_openers or ranked:
            return False
        end = last + 1
        while end < len(tokens) and end not in taken and tokens[end].text[:1].isupper():
            end += 1
        return not (end > last + 1 and end < len(tokens) and tokens[end].text == ",")

    def name_after_abbreviation(self, sentence: Sentence, at: int, taken: set[int]) -> list[int]:
        """Capitalised words the lexicon lacks after a body's abbreviation in brackets (and a comma):
        "Pengurus Perkumpulan Keluarga Berencana Indonesia (PKBI) Ramona Sari mengatakan" → [Ramona,
        Sari], the body's officer, set off by a comma or saying something. Two words at least (the
        second may be a word of the language), or one set off by a comma ("(SI), Hendardi,");
        a place ("Badan Pusat Statistik (BPS) Jawa Timur") is none."""
        tokens = sentence.tokens
        if at >= len(tokens) or tokens[at].text != "(":
            return []
        close = next((i for i in range(at + 1, min(at + 4, len(tokens))) if tokens[i].text == ")"), None)
        inside = tokens[at + 1 : close] if close is not None else []
        if not inside or not all(t.text[:1].isupper() for t in inside):
            return []
        found = trailing_name(sentence, close + 1, taken, self.is_word, self.honorifics)
        end = found[-1] + 1 if found else 0
        if len(found) == 1 and end < len(tokens) and end not in taken and self.first_name_word(tokens[end]):
            found, end = [*found, end], end + 1  # "Ramona Sari": a surname that is also a word
        set_off = end < len(tokens) and tokens[end].text == ","
        says = end < len(tokens) and tokens[end].lower in self.speech_before
        if not found or (len(found) < 2 and not set_off) or not (set_off or says):
            return []
        if gazetteer().lookup(" ".join(tokens[i].text for i in found))[0]:
            return []
        return found

    def proxy_holder(self, sentence: Sentence, group: list[Piece], kind: str, taken: set[int]) -> tuple[list[int], str]:
        """A full name set off by a comma after a title that acts for someone else (grammar
        `proxy_titles`) and that someone: "Kuasa hukum Rizieq, Sugito Atmo Pawiro mengatakan",
        "Rizieq's lawyer, Sugito Atmo Pawiro, said", "kuasa hukum First Travel, Eggi Sudjana" —
        the name after the comma is the title's holder (with the title's sector and the client's
        state), not the client. The client is a person the lists know, or capitalised words they
        lack after the title; (holder's name indices, the title's sector), or ([], "")."""
        tokens = sentence.tokens
        proxies = [p for p in group if p.entry.kind == "sector" and self.proxy_title(tokens, p)]
        if not proxies or kind not in ("person", "sector") or len(group) != 2 - (kind == "sector"):
            return [], ""
        end = group[-1].last
        if kind == "sector":  # "kuasa hukum First Travel": a client the lists lack, named after the title
            if group[0].last != end:
                return [], ""
            client = trailing_name(sentence, end, taken, self.is_word)
            if not client or tokens[end].text == ",":
                return [], ""
            end = client[-1] + 1
        if end >= len(tokens) or tokens[end].text != ",":
            return [], ""
        holder = trailing_name(sentence, end, taken, self.is_word, self.honorifics)
        return (holder, proxies[0].entry.entity.sector) if len(holder) >= 2 else ([], "")

    def proxy_title(self, tokens, piece: Piece) -> bool:
        return " ".join(t.lower for t in tokens[piece.first : piece.last]) in self.proxy_titles

    def affiliated_name(self, sentence: Sentence, first: int, taken: set[int]) -> list[int]:
        """Two or more capitalised words the lexicon lacks, right before "dari"/"of"/"from" and a
        body: a person named by the body they speak for ("Ade Wahyudin dari LBH Pers mengatakan",
        "Mark Doss of the International Refugee Assistance Project said"), so that a later "Ade"
        points back to them. A place's name before it ("in East Java of …") is none."""
        tokens = sentence.tokens
        at = first - 1
        while at >= 0 and tokens[at].lower in self.determiners:
            at -= 1
        if at < 2 or tokens[at].lower not in self.affiliation_preps:
            return []
        found = []
        i = at - 1
        while i >= 0 and i not in taken and len(found) < MAX_NAME_TOKENS and self.personal_name(tokens[i]):
            found.insert(0, i)
            i -= 1
        # "Mark Doss": a first name that is also a word, before a surname no dictionary has
        if len(found) == 1 and i > 0 and i not in taken and self.first_name_word(tokens[i]):
            found.insert(0, i)
            i -= 1
        if len(found) < 2 or (i >= 0 and tokens[i].lower in self.where_preps):
            return []
        return found

    def first_name_word(self, token) -> bool:
        """A capitalised word of the language that may be a first name ("Mark", "Ade"): not a
        function word, a day or a month."""
        text = token.text
        return text.istitle() and text.isalpha() and token.lower not in self.function_words | self.time_words

    def inside_name(self, tokens, first: int, last: int, taken: set[int]) -> bool:
        """A word between a first name no dictionary has and a capitalised word: part of a name."""
        if first == 0 or last >= len(tokens) or {first - 1, last} & taken:
            return False
        after = tokens[last].text
        return self.capitalised(tokens[first - 1]) and after[:1].isupper() and after.isalpha()

    def personal_name(self, token) -> bool:
        """A capitalised word no dictionary has, or an initial: "Philip D. Lewis"."""
        initial = len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."
        return initial or self.capitalised(token) or self.hyphenated_name(token)

    def hyphenated_name(self, token) -> bool:
        """A given name written with a hyphen: "Tsai Sung-yu", "Choe Myong-nam", "Jean-Yves Le Drian" —
        a capitalised part, then lower-case syllables no dictionary has ("Sung-yu", though "sung" is a
        word), or capitalised parts after a first one that is no word or prefix ("Jean-Yves"). Not a
        compound of words ("Self-defence", "Anti-government") nor a prefix before a name ("Pro-Beijing",
        "Anti-Amerika")."""
        parts = token.text.split("-")
        if len(parts) < 2 or not all(p.isalpha() for p in parts) or not parts[0][:1].isupper():
            return False
        if self.is_word(token.lower):
            return False
        rest = parts[1:]
        if all(p.islower() for p in rest):
            return not any(self.is_word(p) for p in rest)
        first = parts[0].lower()
        return all(p.istitle() for p in rest) and not self.is_word(first) and first not in self.hyphen_prefixes

    def origin_place(self, tokens, last: int) -> str:
        """The state of the province or city a person comes from, named after an origin word:
        "15 nelayan asal Aceh", "pekerja migran asal Nusa Tenggara Timur" (a state named there is
        named_owner's: "nelayan asal Indonesia"). A name the gazetteer does not know gives none."""
        if last >= len(tokens) or tokens[last].lower not in self.origin:
            return ""
        for end in (last + 4, last + 3, last + 2):
            if end > len(tokens) or not all(self.proper(tokens, i) for i in range(last + 1, end)):
                continue
            tier, sites = gazetteer().lookup(" ".join(t.text for t in tokens[last + 1 : end]))
            if tier and tier != "alternates" and sites[0].country_code:
                return sites[0].country_code
        return ""

    def proper(self, tokens, i: int) -> bool:
        """A capitalised word that may name a city: a dictionary word too, but not at the head of a sentence."""
        token = tokens[i]
        return token.text[:1].isupper() and token.text.isalpha() and (i > 0 or not self.is_word(token.lower))

    def capitalised(self, token) -> bool:
        return token.text[:1].isupper() and token.text.isalpha() and not self.is_word(token.lower)

    def first_name(self, tokens, start: int, end: int) -> bool:
        """ "Jenderal George Casey", "Universitas George Mason": a town's name followed by one more
        name is a person's first name; "Wali Kota Bandung Ridwan Kamil" names the city, then the mayor."""
        following = 0
        while end + following < len(tokens) and self.capitalised(tokens[end + following]):
            following += 1
        return following == 1

    def someone_else(self, sentence: Sentence, group: list[Piece], taken: set[int]) -> bool:
        """ "Farhat Abbas", "Mazhar Abbas": a famous surname after a first name the lexicon does not
        know belongs to someone else, not to Mahmoud Abbas."""
        first = group[0].first
        if group[0].entry.kind == "person" and self.private_namesake(sentence, group[-1].last):
            return True
        if group[0].entry.kind != "person" or group[0].last - first > 1 or first == 0:
            return False
        before = sentence.tokens[first - 1]
        unknown = before.text[:1].isupper() and before.text.isalpha() and not self.is_word(before.lower)
        return unknown and first - 1 not in taken

    @staticmethod
    def note_other_holder(tokens, group: list[Piece], entity: Entity, memory: ArticleMemory) -> None:
        """Remember a famous surname that a first name the lists lack gave to someone else ("Tim Morrison,
        a former official"), so that the surname alone later is still that person — unless the story named
        the famous holder already ("Basuki Tjahaja Purnama … Kalimat Ahok"). Only a name the text introduces,
        a comma after it: a capitalised word before a name may be any word of a headline or a sentence's head."""
        end = group[-1].last
        surname, known = tokens[end - 1].text, memory.named(tokens[end - 1].text)
        introduced = end < len(tokens) and tokens[end].text == ","  # "Tim Morrison, a former official"
        if not introduced or (known is not None and known.name == entity.name):
            return
        memory.others[surname] = memory.sentence

    def without_namesakes(self, sentence: Sentence, groups: list[list[Piece]], taken: set[int]) -> list[list[Piece]]:
        """ "Health Secretary Francisco Duque", "Justice Minister Farhat Abbas": a famous surname right
        after a title and a first name the lexicon lacks is the title-holder's own (someone_else), not
        Iván Duque's; the surname is dropped and its token freed, so that the title reads the whole
        name as an office-holder of the scene's state (trailing_name)."""
        titles_end = {g[-1].last for g in groups if all(p.entry.kind == "sector" for p in g)}
        kept = []
        for group in groups:
            first = group[0].first
            lone = len(group) == 1 and group[0].entry.kind == "person" and group[0].last - first == 1
            if lone and first - 1 in titles_end and self.someone_else(sentence, group, taken):
                taken.discard(first)
                continue
            kept.append(group)
        return kept

    def private_namesake(self, sentence: Sentence, end: int) -> bool:
        """ "Anwar, nelayan asal Aceh Besar, mengeluhkan …", "Anwar, a 43-year-old fisherman from Aceh,
        said …": a name set off by a comma before a private trade (grammar `private_trades`), with at
        most an article or an age between, is a namesake's, not the office-holder's ("Lula, a former
        metalworker": a past trade, still the president)."""
        tokens = sentence.tokens
        if end >= len(tokens) or tokens[end].text != ",":
            return False
        for token in tokens[end + 1 : end + 4]:
            if token.lower in self.private_trades:
                return True
            if not (token.lower in self.one_person or any(c.isdigit() for c in token.text)):
                return False
        return False

    def named_owner(self, sentence: Sentence, end: int, groups: list[list[Piece]], resolved: list) -> str:
        """The state that closes a name begun by a sector word: "Bank Dagang Asing Korea Utara" →
        PRK, "Kementerian Luar Negeri Kosovo" → XKX, and in Indonesian, where the owner follows its
        noun, "pasukan operasi khusus AS" → USA (but not "pasukan menyerang AS")."""
        tokens = sentence.tokens
        for group, (entity, kind, _) in zip(groups, resolved, strict=True):
            if group[0].first < end:
                continue
            gap = tokens[end : group[0].first]
            if any(t.lower in self.causes for t in gap):
                break  # "massa aksi bela Palestina": the state a crowd stands up for is not its owner
            if any(t.lower in self.backings for t in gap):
                break  # "melawan pemerintah dukungan Amerika Serikat": the state that backs a body does not own it
            if len(gap) <= 3 and kind in ("country", "demonym") and all(self.name_word(t) for t in gap):
                return entity.code
            origin = len(gap) <= 3 and bool(gap) and gap[-1].lower in self.origin
            if origin and all(self.name_word(t) for t in gap[:-1]) and kind in ("country", "demonym"):
                return entity.code  # "tiga nelayan asal Indonesia", "pekerja migran ilegal asal Indonesia"
            break
        return ""

    def stated_origin(self, sentence: Sentence, end: int, groups: list[list[Piece]], resolved: list) -> str:
        """The state an origin word (grammar `origin_words`) names right after a phrase ending at
        `end`: "pilot Susi Air asal Selandia Baru" → NZL, "karyawan Freeport berkebangsaan Australia"
        → AUS (named_owner's "nelayan asal Indonesia"); "" when no origin word follows."""
        tokens = sentence.tokens
        if end >= len(tokens) or tokens[end].lower not in self.origin:
            return ""
        return self.named_owner(sentence, end, groups, resolved)

    def name_word(self, token) -> bool:
        if token.text[:1].isupper() and token.text.isalpha():
            return True
        word = token.lower
        verbal = word.startswith(self.verbal_prefixes) and len(token.lemmas) > 1
        # a lower-case content word may stand in a name only where modifiers follow it ("pekerja migran ilegal asal …")
        return self.modifiers_follow_noun and word.isalpha() and word not in self.function_words and not verbal

    @staticmethod
    def national_elsewhere(
        group: list[Piece], entity: Entity, memory: ArticleMemory, here: list[str], people: list[str] = ()
    ) -> bool:
        """A sector term read as one state's own body ("Mahkamah Agung", "DPR") in a story set
        in another state that has not named that state at all."""
        alternative = all(p.entry.kind == "sector" for p in group) and any(
            p.alternative and p.alternative.entity.code not in NOT_STATES for p in group
        )  # "the Security Council" alone is the UN's wherever the story is
        scene = memory.scene(here, people)
        return alternative and bool(scene) and scene != entity.code and entity.code not in memory.states

    def home_namesake(
        self, tokens, group: list[Piece], entity: Entity, kind: str, memory: ArticleMemory, here: list[str], people
    ) -> bool:
        """A home party, parliament or court named by words other states' bear too ("Partai Demokrat",
        "Dewan Perwakilan Rakyat") in a story set in another state that never names the home: "Partai
        Demokrat dan sejumlah anggota Partai Republik menuding Trump …" are the US Democrats. A name
        in capitals ("KPK", "TNI") is the home's own wherever the story is."""
        if kind != "body" or entity.sector not in NAMESAKE_SECTORS or not self.home or entity.code != self.home:
            return False
        if memory.knows(self.home):
            return False
        words = [t.text for p in group for t in tokens[p.first : p.last]]
        if len(words) < 2 or any(w.isupper() for w in words):
            return False
        scene = memory.scene(here, people)
        return bool(scene) and scene != self.home

    def foreign_namesake(self, group: list[Piece], entity: Entity, kind: str) -> str:
        """The state a home party's, parliament's or court's name is lent to when that state's name
        follows it at once: the Indonesian press names another state's institution after its own
        ("DPR Filipina memakzulkan Wakil Presiden Sara Duterte", "Mahkamah Agung Filipina", "Partai
        Buruh Inggris"), so the code is the named state's and the sector the institution's. A name
        the lexicon has whole ("DPR AS") is its own body and never reaches here."""
        if kind != "body" or entity.sector not in NAMESAKE_SECTORS or not self.home or entity.code != self.home:
            return ""
        for body, after in zip(group, group[1:], strict=False):
            named = after.entry.entity.code if after.entry.entity else ""
            if (
                body.entry.kind == "body"
                and after.first == body.last
                and after.entry.kind in ("country", "demonym")
                and named
                and named != self.home
            ):
                return named
        return ""

    def names_coalition(self, mention: Mention) -> bool:
        """A force of many states named with the one that leads it (grammar `leader_marks`) or by a word
        for many states (`multinational_words`), whose leader the lexicon gives: "the US-led coalition",
        "Saudi-led forces", "the NATO-led force", "the International Security Assistance Force",
        "pasukan koalisi pimpinan AS", "pasukan pimpinan NATO" — what a later "coalition forces" is."""
        entity = mention.entity
        if entity.sector not in MULTINATIONAL_SECTORS or not entity.code or mention.kind == "pronoun":
            return False
        words = set(re.split(r"[\s\-]+", f"{mention.text} {entity.name}".lower()))
        return bool(words & (self.leader_marks | self.multinational))

    def coalition_leader(self, tokens, first: int, last: int, sector: str, groups: list, resolved: list, memory):
        """The state or body a bare term for a force of many states stands for: "coalition forces",
        "multinational troops", "pasukan koalisi" are the leader named right after them ("multinational
        forces led by the United States", grammar `leader_phrases`), else the leader of the force of many
        states the story named lately ("the US-led coalition … coalition forces killed …"). "" when
        neither is named: the term then stays no one's, as foreign_term has it."""
        if sector not in MULTINATIONAL_SECTORS or not self.marked(tokens, first, last, self.multinational):
            return ""
        after = last + 1 if self.modifiers_follow_noun else last  # "pasukan koalisi (pimpinan …)"
        for phrase in self.leader_phrases:
            if not phrase_at(tokens, after, phrase):
                continue
            start = after + len(phrase)
            for group, (entity, _, _) in zip(groups, resolved, strict=True):
                if start <= group[0].first <= start + 1 and entity.code:
                    return entity.code
        led = memory.coalition_leader()
        return led.code if led is not None else ""

    def marked(self, tokens, first: int, last: int, marks: frozenset[str]) -> bool:
        """Whether the word that qualifies a sector term (after it where modifiers follow the noun, before
        it otherwise) is one of `marks`."""
        if self.modifiers_follow_noun:
            return last < len(tokens) and tokens[last].lower in marks
        return first > 0 and tokens[first - 1].lower in marks

    def foreign_term(self, tokens, first: int, last: int, sector: str = "") -> bool:
        """A sector term marked foreign is no force of the state the story is set in: "pasukan asing
        melancarkan serangan terhadap Taliban" in a story set in Afghanistan, "foreign troops" —
        whose they are the sentence does not say (Indonesian marks it after the noun, English before).
        Forces marked as many states' ("coalition forces killed two militants", "pasukan koalisi
        membunuh dua teroris", "international troops") are no more the scene's than foreign ones;
        a coalition of parties ("partai koalisi") still is."""
        marks = self.foreign | (self.multinational if sector in MULTINATIONAL_SECTORS else frozenset())
        return self.marked(tokens, first, last, marks)

    def member_named(self, tokens, first: int, last: int, groups, resolved) -> bool:
        """An unnamed group followed by a member it names (grammar `inclusions`): "Sejumlah kelompok
        maskapai, termasuk Asosiasi Transportasi Udara Internasional, mengkritik …", "Several airlines,
        including Qantas, criticised …" — the named body stands for the group of bodies; the bare term
        is not given the scene's state (it would outrank the member as the party). Only a named body:
        "sepuluh orang, termasuk dua warga Malaysia" are still the scene's people."""
        if not {t.lower for t in tokens[max(0, first - 3) : first]} & self.group_quantifiers:
            return False  # "Several airlines", "Sejumlah kelompok maskapai": a group counted, unnamed
        at = last + 1 if last < len(tokens) and tokens[last].text == "," else last
        if at >= len(tokens) or tokens[at].lower not in self.inclusions:
            return False
        named = zip(groups, resolved, strict=True)
        return any(g[0].first == at + 1 and e.code and kind == "body" for g, (e, kind, _) in named)

    def stateless_group(self, tokens, first: int, last: int, sector: str, scene: str) -> bool:
        """An unnamed rights, aid or humanitarian group (grammar `stateless_group_terms`) in a story set
        outside the language's home is an international NGO, not the scene's: "Rights groups accused
        Beijing of …", "Berbagai kelompok HAM menuduh China …", "aid agencies warned of famine in
        Somalia". A group marked local ("a local charity", "kelompok HAM lokal", "civil rights groups",
        grammar `local_group_marks`) or one of a story set at home (Indonesian news on Indonesia:
        "kelompok HAM" there are Indonesian ones) keeps the scene's state."""
        if sector != "NGO" or (self.home and scene == self.home):
            return False
        if " ".join(t.lower for t in tokens[first:last]) not in self.stateless_groups:
            return False
        return not self.marked(tokens, first, last, self.local_marks)

    def stands_alone(self, sentence: Sentence, first: int, last: int, sector: str = "") -> bool:
        """A sector term that names a party by itself, not one that qualifies a noun or is a
        speaker's audience: "Polisi menangkap …", "militants killed …" — but not "aktivitas
        militer", "military exercises", "kata … kepada wartawan", "told reporters"."""
        tokens = sentence.tokens
        before = [t.lower for t in tokens[max(0, first - 2) : first]]
        if self.heard(before) or self.heard_after_speaker(tokens, first):
            return False
        if self.modifiers_follow_noun:  # Indonesian modifiers follow their noun: "kerja sama militer"
            word = before[-1] if before else ""
            verbal = word.startswith(self.verb_prefixes)  # grammar speaker_verb_prefixes
            # but a base, a post or a convoy is its owner's: "menyerang pangkalan angkatan udara"
            owned = word in self.possessions
            # … and a strike or a march is its doers': "lumpuh oleh pemogokan dokter muda" (s52_idfromen)
            owned = owned or word in self.doer_act_nouns
            # "Kemarin Pemprov DKI mengecam …": a time word is no noun the sector term qualifies
            timed = word in self.time_words
            # "Pihak otoritas di negara itu telah menahan …", "pihak militer menolak …": "pihak" marks
            # the sector term as a party (grammar subject_determiners), it is no noun the term qualifies;
            # police and courts too, which then take the country a bare "polisi" would: "Pihak kepolisian
            # berhasil menangkap …", "Pihak pengadilan menolak gugatan itu" (as "Polisi …", "Pengadilan …")
            marked = word in self.party_markers
            return owned or timed or marked or not (word.isalpha() and word not in self.function_words and not verbal)
        after = tokens[last].lower if last < len(tokens) else ""  # English ones precede it
        if after in self.possessions:  # "attacked an army convoy", "a police station"
            return True
        if (after in self.time_words or after in self.time_openers) and self.opens_sentence(tokens, first):
            # "Security forces last week launched …", "Police Tuesday arrested …" — but "In St. James
            # Court Wednesday, the solicitor charged …" names a place, not a party
            return True
        # "a suicide bomber blew himself up": an irregular past tense is a verb, as "-ed" is
        irregular = last < len(tokens) and len(tokens[last].lemmas) > 1 and not after.endswith("s")
        # "security forces forcibly removed …": an adverb goes with the verb, not a noun
        # "Police beat demonstrators": a past tense that is its own base form
        verbal = after.endswith(("ed", "ly")) or irregular or after in self.speech or after in self.bare_pasts
        # "the authorities blame …", "The army denies the charges" (grammar party_present_verbs, s53_enscene);
        # not the public's opinion: "Kashmir, where many people blame India" is no act of a party
        verbal = verbal or (after in self.party_presents and sector != "CVL")
        verbal = verbal or self.plural_subject_verb(tokens, first, last)
        return not (after.isalpha() and after not in self.function_words and not verbal)

    def plural_subject_verb(self, tokens, first: int, last: int) -> bool:
        """In a headline, a plural sector term opening it with a bare word after it is that word's
        subject: "Soldiers kill two rebels in Mindanao", "Students stage protest in Jakarta", "Militants
        Attack Army Post" — the present tense of headlines agrees with a plural without an "-s". A
        plural noun rarely qualifies another: "teachers union" is read whole, "Workers' Party" has its
        mark. Not in running text, where "Arab leaders want …" is rather a wish than an act."""
        if last >= len(tokens) or not (title_case(tokens) or sentence_case_headline(tokens)):
            return False
        word, after = tokens[last - 1].lower, tokens[last].lower
        # "Riot Police Fire Rubber Bullets at Protesters": "police", "gunmen" are plurals with no "-s"
        many = plural(word, *self.plural_endings) or word in self.unmarked_plurals
        agrees = many and not plural(after, *self.plural_endings)
        return agrees and self.opens_sentence(tokens, first)

    def opens_sentence(self, tokens, first: int) -> bool:
        """Whether only a determiner or capitalised words come before `first`: "The Iraqi security forces …"."""
        return all(
            t.lower in self.determiners or (t.text[:1].isupper() and t.lower not in self.function_words)
            for t in tokens[:first]
        )

    def heard(self, before: list[str]) -> bool:
        """Whom words were said to is an audience, not a party: "told reporters", "kata Menlu kepada
        wartawan" — but "mengatakan polisi telah menolak …", "said police had fired" name the party
        the words are about."""
        if before and before[-1] in self.audience:
            return True
        return len(before) == 2 and before[0] in self.speech and before[1] in self.audience_preps

    def heard_after_speaker(self, tokens, first: int) -> bool:
        """The audience after a named speaker is no party either: "…, kata Menlu Irak Hoshiyar Zebari
        kepada wartawan setelah pertemuan dengan …" — a speech word, the speaker's name or title
        (words that are neither function words nor verbs, at most SPEAKER_SPAN of them), then the
        audience preposition. Only the speech words that follow a quote (grammar `speech_after`):
        "menyampaikan bantuan kepada polisi" hands aid to the police."""
        if not self.speaker_follows_speech_verb or first < 2 or tokens[first - 1].lower not in self.audience_preps:
            return False  # English names its speaker before the verb: "said to reporters" is heard()
        for k in range(first - 2, max(-1, first - 2 - SPEAKER_SPAN), -1):
            word = tokens[k].lower
            if word in self.speech_after:
                return k < first - 2
            verb = word.startswith(self.verb_prefixes) and not tokens[k].text[:1].isupper()  # "Menlu" is a title
            if not word.isalpha() or word in self.function_words or verb:
                return False
        return False

    def name_given(self, sentence: Sentence, mention: Mention, taken: set[int]) -> list[int]:
        """The name a party named by a noun is given right after it (grammar `naming_words`): "seorang
        warga Polandia bernama Lukasz Pawel Herba", "a Jordanian teenager named Mohammed Jawawdeh" →
        the positions of its words, each of which later stands for that party. Capitalised words opening with one no
        dictionary has (a surname may be a word: "Herba"); none after a party that names others
        (NAMING_PARTIES: "police named John Smith as the suspect")."""
        tokens = sentence.tokens
        at = mention.last
        if at + 1 < len(tokens) and tokens[at].text.islower() and tokens[at + 1].lower in self.naming_words:
            at += 1  # one word describing the noun between: "korban tewas bernama …", "a man later named …"
        if mention.kind in ("person", "body") or mention.entity.sector in NAMING_PARTIES or not mention.entity.code:
            return []
        if at + 1 >= len(tokens) or tokens[at].lower not in self.naming_words:
            return []
        found: list[int] = []
        for k in range(at + 1, min(len(tokens), at + 1 + MAX_NAME_TOKENS)):
            word = tokens[k].text
            if k in taken or not (word[:1].isupper() and word.isalpha()):
                break
            if not found and self.is_word(word.lower()):
                return []
            found.append(k)
        return found

    def references(self, sentence: Sentence, i: int, memory: ArticleMemory) -> list[Mention]:
        """A surname of someone named earlier, a pronoun, or "kedua negara" at token i."""
        token = sentence.tokens[i]
        named = memory.named(token.text) if token.text[:1].isupper() else None
        if named is not None:
            return [self.mention(sentence, i, i + 1, named, "coref", ["coref.name"])]
        person = memory.person() if token.lower in self.person_words else None
        if person is not None:
            return [self.mention(sentence, i, i + 1, person, "pronoun", ["coref.pronoun"])]
        joint = self.joint_subject(sentence, i, memory)
        if joint:
            return joint
        party = memory.party() if self.party_subject(sentence, i) else None
        if party is not None:
            return [self.mention(sentence, i, i + 1, party, "pronoun", ["coref.party_pronoun"])]
        crowd = memory.crowd(self.single_bodies) if self.crowd_subject(sentence, i) else None
        if crowd is not None:
            return [self.mention(sentence, i, i + 1, crowd, "pronoun", ["coref.crowd_pronoun"])]
        return (
            self.both_people_subject(sentence, i, memory)
            or self.both_countries(sentence, i, memory)
            or self.counted_group(sentence, i, memory)
            or self.targeted_country(sentence, i, memory)
            or self.elliptic_state(sentence, i, memory)
            or self.epithet(sentence, i, memory)
            or self.description_reference(sentence, i, memory)
            or self.coalition_reference(sentence, i, memory)
        )

    def coalition_reference(self, sentence: Sentence, i: int, memory: ArticleMemory) -> list[Mention]:
        """ "The Saudi-led coalition intercepted a missile … The coalition said it would investigate",
        "Koalisi pimpinan AS … Koalisi mengatakan …": the noun for a coalition (grammar `coalition_nouns`)
        standing alone, in a story that named a force of many states with its leader lately, is that
        force — not "the coalition government", "pemerintah koalisi"; with none named it stays no one's."""
        if sentence.tokens[i].lower not in self.coalition_nouns or not self.stands_alone(sentence, i, i + 1, "MIL"):
            return []
        led = memory.coalition_leader()
        if led is None:
            return []
        return [self.mention(sentence, i, i + 1, replace(led), "coref", ["coref.coalition"])]

    def joint_subject(self, sentence: Sentence, i: int, memory: ArticleMemory) -> list[Mention]:
        """ "Menlu Retno bertemu Menlu Malaysia Anifah di Jakarta. Mereka sepakat …", "The foreign
        ministers of Jordan and Israel met in Amman. They also discussed …": a plural pronoun (grammar
        `pair_pronouns`) opening a clause as its subject, right after a sentence that coded a meeting,
        talks or an agreement between two parties, is those two (ArticleMemory.joint_pair) — not
        "They are …", and a group that opened the sentence before ("Puluhan petani …") comes first."""
        tokens = sentence.tokens
        if tokens[i].lower not in self.pair_pronouns or not self.clause_opening(sentence, i):
            return []
        if i + 1 < len(tokens) and tokens[i + 1].lower in self.be_forms | self.copulas:
            return []  # "They are …", "Mereka adalah sahabat lama": a description
        if memory.crowd(self.single_bodies) is not None:
            return []
        pair = memory.joint_pair()
        return [self.mention(sentence, i, i + 1, entity, "coref", ["coref.joint_pronoun"]) for entity in pair]

    def party_subject(self, sentence: Sentence, i: int) -> bool:
        """Whether token i is a party pronoun (grammar `party_pronouns`) opening its sentence as its
        subject: "It accused …", "But they refused …", "Mereka menuntut …" — not the "it" of "It is
        unclear whether …"."""
        tokens = sentence.tokens
        if tokens[i].lower not in self.party_pronouns:
            return False
        if any(not self.lead_in(tokens, k) for k in range(i)):
            return False
        return not self.pronoun_described(tokens, i)

    def lead_in(self, tokens, k: int) -> bool:
        """Whether token k may stand before a sentence's subject pronoun: "But", a comma, or an
        adverb set off by its comma ("Instead, it is willing …", "Meanwhile, they rejected …")."""
        if tokens[k].lower in self.sentence_openers or tokens[k].text == ",":
            return True
        return tokens[k].lower in self.lead_in_adverbs and k + 1 < len(tokens) and tokens[k + 1].text == ","

    def pronoun_described(self, tokens, i: int) -> bool:
        """Whether the pronoun at i is followed by a form of "be" that describes rather than offers:
        "It is unclear whether …" points at no one, while "Instead, it is willing to hold talks with
        Abbas" (grammar `offers`: willing, ready, prepared) is the party before offering, and so is
        one before a verb going on ("It is urging …")."""
        if not (i + 1 < len(tokens) and tokens[i + 1].lower in self.be_forms):
            return False
        if self.progressive(tokens, i + 2):
            return False  # "It is calling on Egypt to …", "They are demanding …": the party acting
        return not (i + 2 < len(tokens) and tokens[i + 2].lower in self.offer_words)

    def clause_opening(self, sentence: Sentence, i: int) -> bool:
        """Whether token i opens its sentence, or a clause after "and"/"but", as its subject — only
        openers, commas and time words before it: "Bulan lalu, mereka …", "… followed him, and the two …"."""
        tokens = sentence.tokens
        if i > 0 and tokens[i - 1].lower in self.sentence_openers:
            return True
        skip = self.sentence_openers | self.time_words | self.time_openers
        return all(t.lower in skip or t.text == "," for t in tokens[:i])

    def crowd_subject(self, sentence: Sentence, i: int) -> bool:
        """Whether token i is a group pronoun (grammar `crowd_pronouns`) as a clause's subject:
        "Mereka meminta …", "Bulan lalu, mereka membunuh …" — not "They are …"."""
        tokens = sentence.tokens
        word = tokens[i].lower
        if word not in self.crowd_pronouns or not self.clause_opening(sentence, i):
            return False
        if word in self.be_joined_pronouns:  # "They're calling for …": the pronoun carries its "are"
            return self.progressive(tokens, i + 1)
        if i + 1 < len(tokens) and tokens[i + 1].lower in self.be_forms:
            return self.progressive(tokens, i + 2)  # "They are demanding …", not "They are farmers"
        return True

    def progressive(self, tokens, k: int) -> bool:
        """Whether token k, right after a form of "be", is a verb going on (grammar `gerund_suffixes`):
        "They are demanding his release" acts, "They are being held" and "They are farmers" do not."""
        if k >= len(tokens) or tokens[k].lower in self.be_forms:
            return False
        return gerund(tokens[k].lower, self.gerund_suffixes)

    def both_people_subject(self, sentence: Sentence, i: int, memory: ArticleMemory) -> list[Mention]:
        """ "Trump dijadwalkan bertemu dengan Moon Jae-in … Keduanya bertemu …", "Both agreed to a
        truce": a clause's subject meaning two people (grammar `both_people`) is the two named lately
        (ArticleMemory.pair); a bare "both"/"the two" only before a verb, not "the two bombs"."""
        tokens = sentence.tokens
        lowers = tuple(t.lower for t in tokens[i : i + 5])
        for phrase in self.both_people:
            if lowers[: len(phrase)] != phrase or not self.clause_opening(sentence, i):
                continue
            end = i + len(phrase)
            if phrase in self.both_bare and not (end < len(tokens) and self.verb_at(tokens[end])):
                return []
            pair = memory.pair(here=i > 0 and tokens[i - 1].lower in self.sentence_openers)
            return [self.mention(sentence, i, end, entity, "coref", ["coref.both_people"]) for entity in pair]
        return []

    def verb_at(self, token) -> bool:
        """Whether an English word reads as a finite verb or auxiliary: "agreed", "met", "were", "have"."""
        word = token.lower
        irregular = len(token.lemmas) > 1 and not word.endswith("s")
        known = self.be_forms | self.auxiliaries_words | self.speech | self.bare_pasts
        return word.isalpha() and (word in known or word.endswith("ed") or irregular)

    def epithet(self, sentence: Sentence, i: int, memory: ArticleMemory) -> list[Mention]:
        """ "The European Union imposed sanctions. The bloc also froze …", "Korea Utara menembakkan rudal.
        Negara itu juga mengancam …": a noun for a kind of party, marked as one already named (English
        "the" before it, Indonesian "itu/tersebut" after it), is the body or state named last."""
        tokens = sentence.tokens
        for kind, words in self.epithets.items():
            if tokens[i].lower not in words:
                continue
            if self.demonstratives_follow_noun:
                marked = i + 1 < len(tokens) and tokens[i + 1].lower in self.demonstratives
            else:  # "the bloc", "the bloc's members" — not "the group of seven"
                marked = (
                    i > 0 and tokens[i - 1].lower == "the" and not (i + 1 < len(tokens) and tokens[i + 1].lower == "of")
                )
            party = memory.last_named(kind) if marked else None
            if party is not None:
                entity = Entity(party.code, party.sector if kind == "body" else "", party.name)
                return [self.mention(sentence, i, i + 1, entity, "coref", ["coref.epithet"])]
        return []

    @staticmethod
    def spoken_of(sentence: Sentence, mention: Mention) -> bool:
        """Whether a mention stands inside a quote its sentence closes (an odd number of double quote
        marks after it): "\"MQM must not be cornered so that another Altaf Hussain is created,\" he
        added", "\"… seperti Ahok,\" katanya" — the person named there is spoken of; the "he"/"-nya"
        that tags the quote is its speaker, named before, never that person."""
        marks = sum(1 for token in sentence.tokens[mention.last :] if token.text in DOUBLE_QUOTES)
        return marks % 2 == 1

    @staticmethod
    def title_before(sentence: Sentence, mention: Mention, before: list[Mention]) -> tuple[str, ...]:
        """The words right before a person's name, TITLE_LEAD at most and since the last party named
        unless that party is no person but his title ("US Ambassador" before "to Iraq Zalmay Khalilzad"):
        "US Ambassador to" — a title the name stands after."""
        previous = before[-1] if before else None
        title = previous is not None and previous.kind not in ("person", "coref", "pronoun")
        since = 0 if previous is None else previous.first if title else previous.last
        start = max(since, mention.first - TITLE_LEAD)
        return tuple(t.lower for t in sentence.tokens[start : mention.first])

    def office_named_before(self, tokens, first: int, last: int, memory: ArticleMemory) -> Entity | None:
        """The person a bare title marked as named before stands for ("the prime minister", "the
        ambassador", "menteri itu", "gubernur tersebut"; grammar `personal_titles`): the one the
        story named with that title a sentence or two before (ArticleMemory.office_holder)."""
        title = tuple(t.lower for t in tokens[first:last])
        if title not in self.offices or not self.definite(tokens, first, last):
            return None
        return memory.office_holder(title)

    def definite(self, tokens, first: int, last: int) -> bool:
        """Whether a noun phrase is marked as one named before: "the passenger" (grammar
        `definite_articles` before it), "penumpang itu", "tersangka tersebut" (a demonstrative after it)."""
        if self.demonstratives_follow_noun:
            return last < len(tokens) and tokens[last].lower in self.demonstratives
        return first > 0 and tokens[first - 1].lower in self.definite_articles

    def role_beside(self, tokens, first: int, last: int) -> tuple[str, int, int]:
        """The role (grammar `descriptions`) of the noun a state named at tokens[first:last] stands on —
        inside it ("penumpang Polandia") or right beside it ("a Polish passenger", "tersangka asal
        Malaysia") — with the span of the whole description; ("", first, last) when there is none."""
        before = first - 1
        if before > 0 and tokens[before].lower in self.origin:  # "tersangka asal Malaysia"
            before -= 1
        inside = [(k, k) for k in range(first, last)]
        beside = [(before, before)] if self.modifiers_follow_noun else [(last, last)]
        found = {
            (self.descriptions[tokens[k].lower], min(first, at), max(last, at + 1))
            for k, at in inside + beside
            if 0 <= k < len(tokens) and tokens[k].lower in self.descriptions
        }
        return found.pop() if len(found) == 1 else ("", first, last)

    def described_again(self, tokens, first: int, last: int) -> bool:
        """Whether a state is named on a role noun marked as named before: "tas pria Polandia itu",
        "the Polish passenger" — the origin of someone the story described, no place it is set in."""
        role, start, end = self.role_beside(tokens, first, last)
        return bool(role) and self.definite(tokens, start, end)

    def note_description(self, sentence: Sentence, mention: Mention, memory: ArticleMemory) -> None:
        """ "a Polish passenger", "a Palestinian gunman", "penumpang Polandia", "pria Malaysia": a state
        named (not guessed from the scene) on a role noun (grammar `descriptions`) — the noun inside the
        mention or right beside it — describes the person or group a later "the passenger" points at."""
        entity = mention.entity
        if mention.kind not in ("demonym", "country") or len(entity.code) != 3 or entity.code in NOT_STATES:
            return
        role, _, _ = self.role_beside(sentence.tokens, mention.first, mention.last)
        if role:
            memory.note_description(role, entity)

    def description_reference(self, sentence: Sentence, i: int, memory: ArticleMemory) -> list[Mention]:
        """ "A Polish passenger claimed he had a bomb … Police arrested the passenger", "Seorang pria
        Malaysia ditangkap … Pria itu …": a role noun the lists do not know as a party, marked as one
        named before, is the person the same story described by a noun of that role and a state
        (ArticleMemory.description) — never a person of another role ("the man" is no "passenger")."""
        role = self.descriptions.get(sentence.tokens[i].lower, "")
        if not role or not self.definite(sentence.tokens, i, i + 1):
            return []
        described = memory.description(role)
        if described is None:
            return []
        return [self.mention(sentence, i, i + 1, described, "coref", ["coref.description"])]

    def elliptic_state(self, sentence: Sentence, i: int, memory: ArticleMemory) -> list[Mention]:
        """ "The South suspended its rice shipments after the North's missile tests": in a story on the
        two Koreas (one of them named a few sentences back) "the North" and "the South" are the states —
        but not in "the South American country", where a name goes on."""
        tokens = sentence.tokens
        for phrase, entry in self.elliptic.items():
            end = i + len(phrase)
            if tuple(t.lower for t in tokens[i:end]) != phrase or not tokens[end - 1].text[:1].isupper():
                continue
            if end < len(tokens) and tokens[end].text[:1].isupper():
                continue
            if any(memory.recently(code) for code in entry["after"]):
                entity = Entity(str(entry["code"]), "", tokens[end - 1].text)
                return [self.mention(sentence, end - 1, end, entity, "coref", ["coref.elliptic_state"])]
        return []

    def counted_group(self, sentence: Sentence, i: int, memory: ArticleMemory) -> list[Mention]:
        """ "Saudi Arabia, Egypt, the UAE and Bahrain accused Qatar … The four states cut ties with Qatar",
        "… Keempat negara itu memutuskan hubungan …": a numeral and a noun for states or their people
        (data/<lang>/groups.yaml) are the last list of that many states named
        (ArticleMemory.counted_group); "negara-negara tersebut", "these countries" the last list of any
        size. A bare numeral needs a determiner before it ("the four") or a demonstrative after the noun
        ("tiga negara itu"): "four countries signed" may be four states never named."""
        tokens = sentence.tokens
        if tokens[i].lower not in self.group_starts:
            return []
        words = self.group_words
        lowers = tuple(t.lower for t in tokens[i : i + 5])
        plural = next((p for p in self.group_plurals if lowers[: len(p)] == p), None)
        if plural:
            count, end = None, i + len(plural)
        else:
            k, count, definite = i, self.definite_numerals.get(lowers[0]), True
            if count is None and lowers[0] in words["group_determiners"] and len(lowers) > 1:
                k, count = i + 1, self.group_numerals.get(lowers[1])
            elif count is None:
                count, definite = self.group_numerals.get(lowers[0]), False
            if count is None:
                return []
            size = noun_at(self.group_nouns, tokens, k + 1)
            if not size:
                return []
            end = k + 1 + size
            pointed = end < len(tokens) and tokens[end].lower in words["group_demonstratives"]
            if not definite and not pointed:
                return []
            end += int(pointed)
        parties = memory.counted_group(count)
        return [self.mention(sentence, i, end, replace(e), "coref", ["coref.counted_group"]) for e in parties]

    def targeted_country(self, sentence: Sentence, i: int, memory: ArticleMemory) -> list[Mention]:
        """ "Iran said it would not stop … after the Security Council imposed new sanctions on the country",
        "… memberlakukan sanksi-sanksi baru terhadap negara tersebut": a noun for one state marked as named
        (groups.yaml `country_nouns`), right after a preposition marking what an act falls
        on, is the one state its own sentence named before it — with two or none named, no one."""
        tokens = sentence.tokens
        words = self.group_words
        if tokens[i].lower not in words["country_nouns"]:
            return []
        if self.demonstratives_follow_noun:
            marked = i + 1 < len(tokens) and tokens[i + 1].lower in words["group_demonstratives"]
            prep, end = i - 1, i + 1 + int(marked)
        else:
            marked = i > 0 and tokens[i - 1].lower in self.definite_articles
            prep, end = i - 2, i + 1
        if not marked or prep < 0 or tokens[prep].lower not in words["target_preps"]:
            return []
        here = {e.code: e for e, seen in memory.countries if seen == memory.sentence and is_state(e.code)}
        if len(here) != 1:
            return []
        entity = next(iter(here.values()))
        pointed = Entity(entity.code, "", entity.name)
        return [self.mention(sentence, i, end, pointed, "coref", ["coref.targeted_country"])]

    def both_countries(self, sentence: Sentence, i: int, memory: ArticleMemory) -> list[Mention]:
        if sentence.tokens[i].lower not in self.both_first:
            return []
        countries = memory.last_two_countries()
        lowers = tuple(t.lower for t in sentence.tokens[i : i + 4])
        for phrase in self.both:
            if countries and lowers[: len(phrase)] == phrase:
                return [
                    self.mention(sentence, i, i + len(phrase), entity, "coref", ["coref.both_countries"])
                    for entity in countries
                ]
        return []

    @staticmethod
    def mention(sentence: Sentence, first: int, last: int, entity: Entity, kind: str, rules: list[str]) -> Mention:
        start, end = sentence.tokens[first].start, sentence.tokens[last - 1].end
        text = sentence.text[start - sentence.start : end - sentence.start]
        return Mention(first, last, entity, kind, text, start, end, rules)
