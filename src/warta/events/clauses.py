"""What attribution needs to know about a sentence's shape, without a parser: which actor
mentions are coordinated, who speaks (reported speech), and where clauses break."""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.actors.match import APPOSITION_REACH, calendar_words
from warta.events.triggers import CLAUSE_PUNCTUATION, verb_marks
from warta.lang.base import Language
from warta.model import Mention, Sentence

# tokens of audience and place between a speech verb and the words: "told reporters in Jakarta that"
SETTING_REACH = 10
ASIDE_REACH = 20  # tokens of an aside between a speaker and their verb: ", who arrived in Beijing on Monday,"
AUDIENCE_REACH = 4  # lower-case words of an audience after "told": "a regular news briefing"


def prefixed_passive(token, prefixes: tuple[str, ...]) -> bool:
    """An Indonesian word with a passive prefix over a known root: "dipenjarakan" → penjara (not
    "diplomat": no root without the prefix among its lemmas)."""
    prefix = next((p for p in prefixes if token.lower.startswith(p)), "")
    return bool(prefix) and any(not lemma.startswith(prefix) for lemma in token.lemmas[1:])


def finite_form(token, tense_suffixes: tuple[str, ...], verbal_prefixes: tuple[str, ...]) -> bool:
    """ "urged", "mendesak": a verb with its tense or voice marked (grammar `tense_suffixes`,
    `verbal_prefixes`) — not a noun ("attacks")."""
    if verbal_prefixes:
        return token.lower.startswith(verbal_prefixes) and len(token.lemmas) > 1
    # "met", "held" — not an ordinal, whose other lemma is its number ("the first tanks": "1")
    irregular = len(token.lemmas) > 1 and not token.lower.startswith(token.lemmas[1]) and token.lemmas[1].isalpha()
    if irregular and respelled_suffix(token.lower, token.lemmas[1]):
        irregular = False  # "provoking" (provoke), "policies" (policy): a regular ending, no past form
    return (token.lower.endswith(tense_suffixes) and len(token.lemmas) > 1) or irregular


RESPELLED_ENDING = 3  # letters a regular ending adds once the lemma's last letter is dropped: "-ing", "-ies"


def respelled_suffix(word: str, lemma: str) -> bool:
    """Whether `word` is its lemma with the last letter dropped and a regular ending of three letters
    or more added — "provoking" (provoke), "policies" (policy), "taking" (take) — a gerund or a
    plural, not an irregular finite verb like "met" (meet), "said" (say) or "sent" (send)."""
    stem = lemma[:-1]
    return len(stem) >= 2 and word.startswith(stem) and len(word) - len(stem) >= RESPELLED_ENDING


@dataclass(slots=True)
class Group:
    """Coordinated mentions that act together: "AS dan Korea Selatan" is one group of two."""

    mentions: list[Mention]

    @property
    def first(self) -> int:
        return self.mentions[0].first

    @property
    def last(self) -> int:
        return self.mentions[-1].last

    def codes(self) -> set[str]:
        return {m.entity.code for m in self.mentions}


# who may head a headline as a pair of joint subjects: "Indonesia, China hold talks", "TNI, Militer AS Gelar …"
HEADLINE_PAIR_KINDS = frozenset({"country", "capital", "demonym", "body", "person", "metonym"})
# a title's state and sector, as in "Perdana Menteri Australia" or "the Australian prime minister"
TITLE_KINDS = frozenset({"country", "demonym"})
# who may speak before a headline's colon ("Lavrov: …", "Polri: …"): not a bare place, which is a topic
# ("Gaza: What We Know")
COLON_SPEAKER_KINDS = frozenset({"person", "body"})

SPEECH_OPENERS = frozenset({",", ":", '"', "“", "'", "‘"})  # what opens a speaker's own words after the verb


@dataclass(slots=True)
class SpeechFrame:
    """Reported speech ("X mengatakan (bahwa) …", "…, kata X"): X speaks about [scope_start, scope_end)."""

    speaker: Group
    verb: int
    scope_start: int
    scope_end: int


@dataclass(slots=True)
class SentenceView:
    sentence: Sentence
    groups: list[Group]
    frames: list[SpeechFrame] = field(default_factory=list)
    group_at: dict[int, Group] = field(default_factory=dict)
    triggers: frozenset[int] = frozenset()  # where event words start
    # where a party after "and"/"dan" opens a clause of its own (ClauseReader.opens_clause)
    clause_subjects: frozenset[int] = frozenset()

    def frame_for(self, position: int) -> SpeechFrame | None:
        """The innermost speech frame whose scope holds this token."""
        inside = [f for f in self.frames if f.scope_start <= position < f.scope_end]
        return min(inside, key=lambda f: f.scope_end - f.scope_start) if inside else None


class ClauseReader:
    """Builds a SentenceView from a sentence and its actor mentions."""

    def __init__(self, language: Language):
        self.lang = language
        self.coordinators = language.words("coordinators")
        self.fillers = language.words("coordination_fillers")
        self.companions = language.words("companions")  # "TNI bersama militer AS memulai latihan gabungan"
        self.speech_after = language.words("speech_after")
        self.speech_passive = language.words("speech_passive")
        self.relative = language.words("relative")
        self.agent_marks = language.words("passive_agent")
        self.said_by_clitic = language.said_by_clitic()  # "…, katanya": the verb names its speaker itself
        self.speech_before = language.words("speech_before")
        self.expressive = language.words("expressive_verbs")
        self.complementizers = language.words("complementizers")
        self.audience_preps = language.words("audience_preps") | language.words("locative_preps")
        self.located_at = language.words("locative_preps") - language.words("recipient_preps")  # di, in
        self.first_person = language.words("first_person_pronouns")
        self.audience = language.words("audience")
        self.subject_relatives = language.words("subject_relatives")
        self.verbs = verb_marks(language.code)
        self.posted_to = language.words("posted_to")  # "ambassador to the UN", "Dubes RI untuk Malaysia"
        self.determiners = language.words("determiners")
        self.tense_suffixes = tuple(language.words("tense_suffixes"))
        self.verbal_prefixes = tuple(language.words("verbal_prefixes"))
        self.passive_prefixes = (*language.words("passive_prefixes"), *language.words("accidental_passive_prefixes"))
        # what may stand between a subject and its verb: "the army has responded", "Israel kemudian membalas"
        self.verb_helpers = (language.words("auxiliaries") | language.words("future")) - language.words("relative")
        # what may follow a closing "…, X said" without opening new words: "on Tuesday", "in a
        # radio interview", "kepada wartawan di Jakarta"
        self.settings = (
            language.words("recipient_preps")
            | language.words("other_preps")
            | language.words("audience_preps")
            | language.words("time_preps")
            | calendar_words(language.code)
        )

    def run(
        self, sentence: Sentence, mentions: list[Mention], trigger_starts: frozenset[int] = frozenset()
    ) -> SentenceView:
        view = self.view(sentence, mentions, trigger_starts)
        speakers = self.speakers_in_words(view)
        if speakers:
            view = self.view(sentence, sorted(mentions + speakers, key=lambda m: m.first), trigger_starts)
        return view

    def view(self, sentence: Sentence, mentions: list[Mention], trigger_starts: frozenset[int]) -> SentenceView:
        openers = [m.first for m in mentions if self.opens_clause(sentence, m, trigger_starts)]
        groups = self.coordinate(sentence, mentions, frozenset(openers))
        view = SentenceView(sentence, groups, triggers=trigger_starts, clause_subjects=frozenset(openers))
        for group in groups:
            for i in range(group.first, group.last):
                view.group_at[i] = group
        # "menyatakan keprihatinan", "expressed concern": a speech verb right before an event word
        # states that event; it does not report someone else's.
        view.frames = [
            f
            for f in self.speech_frames(sentence, groups, trigger_starts)
            if not (sentence.tokens[f.verb].lower in self.expressive and f.verb + 1 in trigger_starts)
        ]
        return view

    def speakers_in_words(self, view: SentenceView) -> list[Mention]:
        """ "“We are holding talks with Jordan,” Netanyahu said", "“Kami terus melakukan pembicaraan
        …,” kata Netanyahu": inside what a speaker says, "we"/"kami"/"I" is the speaker."""
        found = []
        for i, token in enumerate(view.sentence.tokens):
            if token.lower not in self.first_person or token.text == "i" or i in view.group_at:
                continue
            frame = view.frame_for(i)
            if frame is None or all(m.entity.sector == "JRN" for m in frame.speaker.mentions):
                continue
            if not self.direct_speech(view, frame, i):
                continue
            found += [
                Mention(i, i + 1, spoken.entity, "pronoun", token.text, token.start, token.end, ["coref.first_person"])
                for spoken in frame.speaker.mentions
            ]
        return found

    @staticmethod
    def direct_speech(view: SentenceView, frame: SpeechFrame, position: int) -> bool:
        """Whether a first-person word stands in the speaker's own words: before the speech verb
        ("We will not negotiate, Akol said", "Kami tidak akan berunding, kata Akol") or after a quote
        mark, colon or comma that opens them ("Siniora said: I call on …", "Siniora mengatakan, Saya
        mendesak …"). "He said we are fighting …" reports the words: its "we" names no sure party."""
        if position < frame.verb:
            return True
        return any(t.text in SPEECH_OPENERS for t in view.sentence.tokens[frame.verb + 1 : position])

    def coordinate(
        self, sentence: Sentence, mentions: list[Mention], openers: frozenset[int] = frozenset()
    ) -> list[Group]:
        """Join mentions linked by "dan"/"and", and comma lists that end in one ("Kanada, Belgia dan
        Filipina") — but not an apposition like "Choe Son Hui, Lavrov kemudian …", nor a party that
        opens a clause of its own (`openers`, see opens_clause)."""
        links = [
            None if b.first in openers else self.link(sentence, a, b)
            for a, b in zip(mentions, mentions[1:], strict=False)
        ]
        links = [None if self.clause_joined(sentence, mentions, links, k) else link for k, link in enumerate(links)]
        groups: list[Group] = []
        for i, mention in enumerate(mentions):
            link = links[i - 1] if i else None
            if (
                link == "comma"
                and "coord" not in self.chain(links, i - 1)
                and not self.headline_pair(sentence, mentions, i)
                and not self.named_after_title(sentence, mentions, links, i)
            ):
                link = None
            if groups and link:
                groups[-1].mentions.append(mention)
            else:
                groups.append(Group([mention]))
        return groups

    def opens_clause(self, sentence: Sentence, mention: Mention, trigger_starts: frozenset[int]) -> bool:
        """ "Rebels shelled the town and the army responded with air strikes", "Militan menyerang pos
        polisi dan tentara Pakistan menembaki kamp mereka": after an event verb of its own clause,
        "and"/"dan", a party (a determiner may lead it) and an event word that is a finite verb in the
        active voice right after it (auxiliaries between) make a new clause with that party as its
        subject — it is no second object of the first verb, and the first verb's subject does not
        carry to it. Not a noun ("and the army's response"), not a passive ("dan tentara ditembak"),
        not after reported speech ("said Russia and China vetoed …": one joint subject)."""
        tokens = sentence.tokens
        verb = mention.last
        while verb < len(tokens) and tokens[verb].lower in self.verb_helpers:
            verb += 1
        if verb >= len(tokens) or verb not in trigger_starts or not self.active_finite(tokens[verb]):
            return False
        joint = mention.first - 1
        while joint > 0 and tokens[joint].lower in self.determiners:
            joint -= 1
        if joint < 1 or tokens[joint].lower not in self.coordinators:
            return False
        return self.act_before(tokens, joint, trigger_starts)

    def active_finite(self, token) -> bool:
        return finite_form(token, self.tense_suffixes, self.verbal_prefixes) and not prefixed_passive(
            token, self.passive_prefixes
        )

    def act_before(self, tokens, joint: int, trigger_starts: frozenset[int]) -> bool:
        """Whether the clause before "and"/"dan" at `joint` holds an event verb of its own (back to
        a comma or the sentence start), with no speech verb between: "Hamas menembakkan roket ke
        Israel dan …", not "Officials said Russia and …"."""
        for k in range(joint - 1, -1, -1):
            if tokens[k].text in CLAUSE_PUNCTUATION or tokens[k].lower in self.speech_before:
                return False
            if k in trigger_starts and self.active_finite(tokens[k]):
                return True
        return False

    def clause_joined(self, sentence: Sentence, mentions: list[Mention], links: list[str | None], k: int) -> bool:
        """ "Hezbollah is leading a battle to topple Siniora, and France has warned …", "Israel menyerang
        Gaza, dan Mesir mengecam …": a comma and "and" between two parties that begin no list (no
        comma list before them) join two clauses; the second party is the next clause's subject, not
        the first one's partner. "Kanada, Belgia, dan Filipina" stays one list."""
        if links[k] != "coord" or (k > 0 and links[k - 1] is not None):
            return False
        gap = [t.lower for t in sentence.tokens[mentions[k].last : mentions[k + 1].first]]
        return len(gap) == 2 and gap[0] == "," and gap[1] in self.coordinators

    def named_after_title(self, sentence: Sentence, mentions: list[Mention], links: list[str | None], i: int) -> bool:
        """ "Perdana Menteri Jepang, Shinzo Abe dan Perdana Menteri Australia, John Howard
        menandatangani …", "Russia's president, Vladimir Putin, and Turkey's president, Recep Tayyip
        Erdogan, met …": the last member of a joint subject named as a title, a comma and the
        person of that title's state is one party, still in the list "and"/"dan" made (a comma
        alone ends a list of parties, see coordinate). Only a list that opens its sentence, with no
        verb before it: in "Israeli troops attacked Gaza and Turkey's president, Erdogan, condemned
        …" the person opens a clause of his own."""
        title, person = mentions[i - 1], mentions[i]
        tokens = sentence.tokens
        gap = [t.text for t in tokens[title.last : person.first]]
        named = title.kind in TITLE_KINDS and person.kind == "person" and title.entity.code == person.entity.code
        if not (named and gap == [","] and i >= 2 and links[i - 2] == "coord"):
            return False
        start = i - 2
        while start > 0 and links[start - 1] is not None:
            start -= 1
        return not any(self.active_finite(t) for t in tokens[: mentions[start].first])

    @staticmethod
    def headline_pair(sentence: Sentence, mentions: list[Mention], i: int) -> bool:
        """ "Indonesia, China hold talks on South China Sea": a headline (no full stop) that opens on
        two states set apart by a comma names both as its subject."""
        tokens = sentence.tokens
        first, second = mentions[i - 1], mentions[i]
        # "Israel, Hamas Agree to Ceasefire", "Erdogan, Putin discuss grain deal": named parties
        # (states, bodies, people), not an unnamed crowd nor a pronoun
        named = all(m.kind in HEADLINE_PAIR_KINDS for m in (first, second))
        stop = bool(tokens) and tokens[-1].text in {".", "!", "?", "”", '"', "'"}
        opens = i == 1 and first.first == 0 and first.last < second.first
        after = second.last < len(tokens) and tokens[second.last].text[:1].isalpha()
        return opens and named and not stop and after

    @staticmethod
    def chain(links: list[str | None], start: int) -> list[str | None]:
        """The links of a list from `start` until it breaks."""
        found = []
        for link in links[start:]:
            if link is None:
                break
            found.append(link)
        return found

    def link(self, sentence: Sentence, a: Mention, b: Mention) -> str | None:
        if b.first < a.last:  # "kedua negara": two mentions, one span
            return "same"
        gap = [t.lower for t in sentence.tokens[a.last : b.first]]
        if self.companion(sentence, a, gap):
            return "coord"
        if not gap or len(gap) > 3 or not all(g in self.coordinators or g in self.fillers for g in gap):
            return None
        if any(g in self.coordinators for g in gap):
            return "coord"
        return "comma" if "," in gap else None

    def companion(self, sentence: Sentence, a: Mention, gap: list[str]) -> bool:
        """ "TNI bersama militer Amerika Serikat memulai latihan gabungan", "Indonesia together with
        Malaysia rejected …": a party joined to the one that opens the sentence by a word of company
        (grammar `companions`) acts with it, as after "dan"/"and"."""
        return " ".join(gap) in self.companions and self.opens_sentence(sentence.tokens, a.first)

    def speech_frames(
        self, sentence: Sentence, groups: list[Group], trigger_starts: frozenset[int] = frozenset()
    ) -> list[SpeechFrame]:
        frames = []
        tokens = sentence.tokens
        starts = {g.first: g for g in groups}
        colon = self.colon_speaker(tokens, groups)
        if colon is not None:
            frames.append(colon)
        for i, token in enumerate(tokens):
            passive = self.passive_speaker(tokens, starts, i)
            if passive is not None:
                # "lima pria yang dikatakan oleh Washington memiliki hubungan dengan Al Qaeda": the
                # party after a relative's passive verb of saying says what follows it
                frames.append(SpeechFrame(passive, i, passive.last, len(tokens)))
                continue
            if token.lower in self.said_by_clitic and i in starts:
                frames.append(SpeechFrame(starts[i], i, 0, i))  # "Kami mendesak Hamas …, katanya"
                continue
            after = self.speaker_after(i, starts) if token.lower in self.speech_after else None
            if after is not None and self.opens_sentence(tokens, i):
                # "Menurut CSIS, …" / "According to CSIS, …": the speaker's words follow
                frames.append(SpeechFrame(after, i, after.last, len(tokens)))
                continue
            closes_aside = self.after_pause(tokens, i) and self.speaker_past_relative(tokens, groups, i) is not None
            inverted = self.lang.speaker_follows_speech_verb or (self.after_pause(tokens, i) and not closes_aside)
            if after is not None and inverted:
                # "…,” kata Lavrov" / "…, said Dinari": the speaker's words come first ("Hamas, which
                # seized Gaza, said it …" closes an aside: its speaker stands before it)
                frames.append(SpeechFrame(after, i, 0, i))
                continue
            if token.lower in self.speech_before:
                before = self.speaker_before(i, groups, tokens) or self.speaker_past_relative(tokens, groups, i)
                if before is not None:
                    before = self.described_speaker(tokens, groups, before, i)
                    before = self.envoy_of(before, groups, tokens)
                    frames.append(self.frame_before(tokens, before, i, trigger_starts))
        return frames

    def passive_speaker(self, tokens, starts: dict, i: int) -> Group | None:
        """The speaker of a relative's passive verb of saying (grammar `speech_passive`, `relative`,
        `passive_agent`): "orang-orang yang dikatakan oleh Washington memiliki hubungan …", "yang disebut
        AS membantu milisi" (as "who Washington said had links …"). Words must follow the speaker."""
        if i == 0 or tokens[i].lower not in self.speech_passive or tokens[i - 1].lower not in self.relative:
            return None
        k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].lower in self.agent_marks)
        speaker = starts.get(k)
        if speaker is None or not any(t.text[:1].isalnum() for t in tokens[speaker.last :]):
            return None
        return speaker

    @staticmethod
    def colon_speaker(tokens, groups: list[Group]) -> SpeechFrame | None:
        """ "Lavrov: US Is Waging Proxy War Against Russia", "Jokowi: Serangan Israel … Pelanggaran
        Hukum": a person or body opening the sentence right before a colon says what follows it. A
        place before the colon is a topic ("Gaza: What We Know"), as is a common noun ("Kilas Balik: …")."""
        if not groups or not ClauseReader.opens_sentence(tokens, groups[0].first):
            return None
        speaker = groups[0]
        colon = speaker.last
        if colon >= len(tokens) or tokens[colon].text != ":":
            return None
        if not any(m.kind in COLON_SPEAKER_KINDS or m.entity.sector for m in speaker.mentions):
            return None
        if sum(1 for t in tokens[colon + 1 :] if t.text[:1].isalnum()) < 3:
            return None
        return SpeechFrame(speaker, colon, colon + 1, len(tokens))

    def envoy_of(self, speaker: Group, groups: list[Group], tokens) -> Group:
        """ "Duta Besar AS untuk PBB mengatakan …", "the US ambassador to the UN said …": the place an
        envoy is posted to (grammar `posted_to`) is not who speaks; the envoy before it, of the
        state that sent them, is."""
        earlier = [g for g in groups if g.last <= speaker.first]
        if not earlier or not any(m.entity.sector for m in earlier[-1].mentions):
            return speaker
        gap = [t.lower for t in tokens[earlier[-1].last : speaker.first]]
        if gap and gap[0] in self.posted_to and all(g in self.determiners for g in gap[1:]):
            return earlier[-1]
        return speaker

    @staticmethod
    def opens_sentence(tokens, i: int) -> bool:
        return all(not t.text[:1].isalnum() for t in tokens[:i])

    @staticmethod
    def after_pause(tokens, i: int) -> bool:
        """A pause before the verb: "…, said X" — not "the report said X and Y were among …"."""
        return i > 0 and tokens[i - 1].text in {",", "”", '"', "’", "'"}

    def frame_before(self, tokens, speaker: Group, verb: int, triggers: frozenset[int] = frozenset()) -> SpeechFrame:
        """The scope of a verb after its speaker: "X mengatakan (bahwa) …" covers what follows; a
        sentence-final "…, X said (Tuesday)." covers what came before the speaker. Whom and where
        it was said to is not what was said: "Blair told a press conference in Berlin that …",
        "mengatakan kepada wartawan di Jakarta, …" — the words start after "that" or the comma."""
        words_after = [t for t in tokens[verb + 1 :] if t.text[:1].isalnum()]
        if len(words_after) <= 3 or self.closes_words(tokens, speaker, verb):
            return SpeechFrame(speaker, verb, 0, speaker.first)
        return SpeechFrame(speaker, verb, self.words_start(tokens, verb, triggers), len(tokens))

    def closes_words(self, tokens, speaker: Group, verb: int) -> bool:
        """ "It was a nonsensical statement …, the vice president said on the Rush Limbaugh radio
        show": after a pause, a speaker whose verb is followed only by when and where it was said
        (no "that") closes the words before it."""
        start = speaker.first
        k = start - 1
        # "…, the US envoy told"; "…, a senior State Department official told": up to two lower-case
        # words of the speaker's own noun phrase between its determiner and the group
        while k >= 0 and start - k <= 2 and tokens[k].text.isalpha() and tokens[k].text.islower():
            if tokens[k].lower in self.determiners:
                break
            k -= 1
        if k >= 0 and tokens[k].lower in self.determiners:
            start = k
        pause = start > 0 and tokens[start - 1].text in {",", "”", '"', "’", "'"}
        after = verb + 1
        if tokens[verb].lower in self.audience:  # "told reporters in Baghdad on Tuesday"
            after = self.past_audience(tokens, after + 1)
        if not pause or after >= len(tokens) or tokens[after].lower not in self.settings:
            return False
        return not any(t.lower in self.complementizers for t in tokens[verb + 1 : verb + 1 + SETTING_REACH])

    def past_audience(self, tokens, k: int) -> int:
        """The word after whom a speaker told it to: "…,” Wang Wenbin told a regular briefing on
        Thursday", "…, Putin told senior editors of news agencies in St. Petersburg" — the audience
        runs on over lower-case words to the first word of a setting (a preposition, a day)."""
        stop = min(len(tokens), k + AUDIENCE_REACH)
        while k < stop and tokens[k].text.isalpha() and tokens[k].text.islower():
            if tokens[k].lower in self.settings or tokens[k].lower in self.complementizers:
                break
            k += 1
        return k

    def words_start(self, tokens, verb: int, triggers: frozenset[int]) -> int:
        setting = verb + 1 < len(tokens) and tokens[verb + 1].lower in self.audience_preps
        for j in range(verb + 1, min(len(tokens), verb + 1 + SETTING_REACH)):
            if j in triggers:
                break
            if tokens[j].lower in self.complementizers or (setting and tokens[j].text == ","):
                return j + 1
        return verb + 1

    def place_aside(self, group: Group, tokens) -> bool:
        """Whether a group is a place told in an aside between commas: ", di Jakarta," / ", in
        Washington," — "Menlu Retno, di Jakarta, mengatakan" is said by the minister, in Jakarta."""
        first = group.first
        return (
            first >= 2
            and tokens[first - 1].lower in self.located_at
            and tokens[first - 2].text == ","
            and group.last < len(tokens)
            and tokens[group.last].text == ","
        )

    @staticmethod
    def speaker_after(i: int, starts: dict[int, Group]) -> Group | None:
        """The speaker right after the verb: "kata Lavrov", "said Dinari", "according to CSIS"."""
        for j in (i + 1, i + 2):
            if j in starts:
                return starts[j]
        return None

    def described_speaker(self, tokens, groups: list[Group], before: Group, verb: int) -> Group:
        """ "Anwar Ibrahim, Malaysia's prime minister, who has refused to condemn Hamas, told
        parliament …", "Presiden Prabowo, yang tengah melawat ke Amerika Serikat, menyatakan …",
        "Retno, speaking to reporters in Jakarta, said …": the party named last before the verb stands
        in an aside set off by commas that opens on a relative word or a participle; the speaker is
        the party the aside describes, named right before its opening comma."""
        if not any(t.text == "," for t in tokens[before.last : verb]):
            return before
        for j in range(before.first - 1, max(0, before.first - ASIDE_REACH), -1):
            if tokens[j].text in {";", '"', "“", "”", ":"}:
                return before
            if tokens[j].text != ",":
                continue
            described = next((g for g in groups if g.last == j), None)
            if described is not None and self.describing_aside(tokens, j + 1):
                return described
            return before
        return before

    def speaker_past_relative(self, tokens, groups: list[Group], verb: int) -> Group | None:
        """ "Hamas, which seized Gaza in 2007, said it did not fire the rockets", "MEND, kelompok
        separatis yang menculik puluhan orang di masa silam, menyatakan mereka tidak terlibat": a
        speaker whose verb comes after an aside set off by commas, with a relative word within its
        first APPOSITION_REACH words, is the party named right before the aside's opening comma,
        however far the aside runs from the verb (ASIDE_REACH). A participle does not open such an
        aside here: "Pemerintah Barat, termasuk Inggris, berupaya menggulingkan Mugabe, kata …"."""
        if verb < 2 or tokens[verb - 1].text != ",":
            return None
        for j in range(verb - 2, max(0, verb - ASIDE_REACH), -1):
            if tokens[j].text in {";", '"', "“", "”", ":", "(", ")"}:
                return None
            if tokens[j].text != ",":
                continue
            described = next((g for g in groups if g.last == j), None)
            relative = any(t.lower in self.subject_relatives for t in tokens[j + 1 : j + 1 + APPOSITION_REACH])
            if described is None and relative:
                return self.stranger_head(tokens, groups, j)
            return described if described is not None and relative else None
        return None

    def stranger_head(self, tokens, groups: list[Group], j: int) -> Group | None:
        """ "Bob Woodward, the US journalist who helped break the Watergate scandal, said …": a name
        no list knows, opening the sentence before the aside whose comma is at j, is told by the
        aside's head — a party right before the relative word ("journalist who") — which speaks for
        it (as attribution.stranger_relative_head does for a doer). Not when a party stands before
        the name: the name may then be an object or one of a list."""
        start = j + 1
        while start < len(tokens) and tokens[start].lower in self.determiners:
            start += 1
        head = next((g for g in groups if g.first == start), None)
        if head is None or head.last >= len(tokens) or tokens[head.last].lower not in self.subject_relatives:
            return None
        first = j - 1
        if first < 0 or not tokens[first].text[:1].isupper() or any(g.first <= first < g.last for g in groups):
            return None
        while first > 0 and tokens[first - 1].text[:1].isupper():
            first -= 1  # "Bob Woodward"
        if any(g.first < first for g in groups) or not self.opens_sentence(tokens, first):
            return None
        return head

    def describing_aside(self, tokens, start: int) -> bool:
        """An aside that describes the party before it: ", which …", ", yang …", ", speaking …", or an
        apposition a relative word describes (", the Islamist movement which …", ", kelompok
        separatis yang …") within its first APPOSITION_REACH words."""
        opener = tokens[start]
        if opener.text.islower() and self.verbs.verbal(opener):
            return True
        return any(t.lower in self.subject_relatives for t in tokens[start : start + APPOSITION_REACH])

    def speaker_before(self, i: int, groups: list[Group], tokens=None) -> Group | None:
        """The speaker before the verb: "Lavrov (kemudian) mengatakan", "the ministry said", or
        with a short aside between commas: "Polisi Zimbabwe, Ahad, mengkonfirmasi"."""
        before = [g for g in groups if g.last <= i and i - g.last <= 2]
        if before and tokens is not None and self.place_aside(before[-1], tokens):
            before = []  # "Pengamat ekonomi Edwin Sinaga, di Jakarta, mengatakan": where, not who
        if not before and tokens is not None:
            aside = [g for g in groups if g.last <= i and 3 <= i - g.last <= 5]
            gap = [t.text for t in tokens[aside[-1].last : i]] if aside else []
            if gap and gap[0] == "," and gap[-1] == "," and "," not in gap[1:-1]:
                return aside[-1]
        return before[-1] if before else None
