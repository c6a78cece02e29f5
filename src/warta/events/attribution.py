"""Who did it to whom: actor and recipient of a trigger from word order and function words.

Indonesian and English are both SVO, so one mechanism serves both, fed by each language's
prepositions, passive markers and speech verbs (data/<lang>/grammar.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.actors.match import calendar_words, singular
from warta.events.clauses import Group, SentenceView, finite_form, prefixed_passive
from warta.events.triggers import TriggerMatch, verb_marks
from warta.lang.base import Language, sentence_case_headline, title_case
from warta.lang.text import POSSESSIVE_S, gerund, phrase_at, plural
from warta.model import Entity, Mention

RECIPIENT_WINDOW = 12
# Words an item of a list of plain objects may hold (attribution.object_list_end): "medical supplies"
LIST_ITEM_WORDS = 3
# Quote marks around an unnamed first item of a list of parties (attribution.named_list_after)
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
# Tokens an unnamed first item of a list of parties may hold, quote marks and preposition included:
# 'kepada "semua pejuang Islam,"'
UNNAMED_ITEM_TOKENS = 7
# Tokens from a passive's "by"/"oleh" to its agent: "by Iran", "by a suspected Islamic extremist",
# "by a group of gunmen" (the agent's noun phrase may open with an article, a hedge and a group word)
AGENT_PHRASE_REACH = 4
PLACED_HARMS = frozenset({"ASSAULT", "COERCE"})  # undergone where a place after "in"/"di" is no doer
HANDED_OVER = frozenset({"AID", "RETREAT", "SANCTION", "COERCE"})  # things sent, returned, imposed or seized
RELATION_REACH = 4  # words of a relation phrase before the party in apposition: "its closest regional ally,"
DIRECT_OBJECT_REACH = 6  # tokens a plain object may run before the named party in it
PURPOSE_VERB_WORDS = 3  # "untuk mengadakan", "to hold": the purpose marker and its verb before the event word
COUNTERPART_REACH = 4  # tokens from a trigger to its uncoded counterpart's preposition ("kerja sama mereka dengan")
AUTHORITIES = frozenset({"COP", "JUD", "GOV", "MIL"})
# Who tells of arrests and charges they made themselves: "Police said a man was arrested"
LAW_ENFORCERS = frozenset({"COP", "JUD"})
SPEECH_TO_PASSIVE_REACH = 8  # tokens from a speech verb to the passive it reports
UNDERGO_REACH = 3  # words from a verb of suffering to the harm it names ("suffered two deadly attacks")
NAMED_DOER_REACH = 6  # tokens from a passive verb to its "oleh"/"by" ("didenda dua kali gaji mingguan oleh klubnya")
TIME_CLAUSE_REACH = 4  # words from "after"/"setelah" to the passive verb of its clause ("after he had been")
CAUSATIVE_REACH = 5  # tokens from "had" to the participle: "had their press cameras confiscated"
AGENT_TITLE_REACH = 3  # title words (or a unit's name) between a bare passive and its agent
PASSIVE_ADVERB_REACH = 4  # adverbs between "was" and its participle: "were on Monday briefly detained"
SHARED_REACH = 10  # tokens back from an "and"/"but" to the passive participle whose "was" a joined verb shares
# Types whose recipient may be of the actor's own state: disputes, arrests, trials, protests.
DOMESTIC = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "COERCE", "SANCTION", "ASSAULT", "PROTEST"})
# Events whose object may be a named person or body of the actor's own state: "PDIP mengusung Ganjar",
# "The Lahore High Court granted bail to Maryam Nawaz", "Rahul Gandhi apologised to the Supreme Court".
DOMESTIC_OBJECTS = DOMESTIC | {"SUPPORT", "CONCEDE", "RETREAT"}
# Named bodies that meet their own state's government as the other side of a domestic conflict
# (Attribution.government_of_challenger): rebels and the opposition.
CHALLENGERS = frozenset({"REB", "OPP"})
# Aid handed to the unnamed civilians or refugees of the giver's own state goes to them:
# "Kementerian Sosial menyalurkan bantuan kepada korban banjir di Demak" (IDN-GOV → IDN-CVL); the
# giver's own troops sent ("mengirim 200 tentara ke Suriah") or the state itself are not (aided_people).
DOMESTIC_RECEIVERS = frozenset({"AID"})
AIDED_SECTORS = frozenset({"CVL", "REF"})
# Acts aimed at a list whose members a comma and "including" go on to name (attribution.groups_after).
LISTED_TARGETS = frozenset({"SANCTION"})
# Praise whose direct object is an unnamed body of another sector of the actor's own state is praise
# of that body: "President Obama praised the police", "Presiden mengapresiasi aparat keamanan".
PRAISE = frozenset({"SUPPORT"})
# Praise of an event between two parties is praise of the two, however the event is named: "China welcomed
# the restoration of ties between Saudi Arabia and Iran", "menyambut baik dimulainya kembali perundingan
# antara Arab Saudi dan Iran" (the words and event nouns the praise runs over before "between").
WELCOMED_EVENT_REACH = 6
PRAISE_CAMEO = "051"
STATE_PRAISERS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})  # organs of a state, not its people
# Meetings and cooperation between two named people or bodies of one state are domestic events too
# ("Polri bertemu KPK", "Pansus berkonsultasi dengan Yusril", "Karzai met with Taliban members"),
# but only with the party as the verb's own object: "menyambangi kediaman Setnov", "hadir ke rapat
# Pansus", "the visit by Lavrov ahead of Putin's" name a place, an event or a second noun, no partner.
# (Aid is left out: "will send Rice to the meeting" names who is sent, not to whom.)
DOMESTIC_PARTNERS = frozenset({"CONSULT", "COOPERATE"})
# Reporters, refugees and doctors meeting an official of their own state are no political partners
# (an interview, a visit to a camp or a ward).
NO_PARTNERS = frozenset({"JRN", "REF", "MED"})
CROWDS = frozenset({"CVL"})  # people the text counts or names by their state: no partner of a meeting
# Sectors of a state's society an organ of that state receives or meets as a group the text leaves
# unplaced: "Presiden Jokowi menerima perwakilan buruh di Istana", "the governor met representatives
# of striking workers", "Menteri Agama bertemu para ulama" — a domestic party of the meeting; plain
# people (CROWDS) only through their representatives: "bertemu perwakilan petani", not "dialogue with farmers".
SOCIETY_PARTNERS = frozenset({"LAB", "REL", "EDU", "BUS", "NGO", "AGR"})
SOCIETY_MEETINGS = frozenset({"CONSULT"})  # not cooperation: "membuka pusat perbelanjaan bersama pengusaha lokal"
STATE_NAMES = frozenset({"country", "capital", "demonym"})  # mentions that name a state
SUBJECT_PREP_REACH = 3  # "in southern Somalia", "di lepas pantai Korea Selatan"
VISIT_FRAME_REACH = 3  # "said Saturday during a visit", "told reporters on a visit": speech verb to the phrase
BETWEEN_REACH = 8  # tokens from an event word to its "between"/"antara"
OPENING_REACH = 6  # words of an opening phrase before a sentence's subject ("On March 30, …")
NAMING_REACH = 6  # tokens from a verb of naming to its "as" ("described the comments as …")
# Acts done to someone: the noun's genitive is whom it was done to ("penangkapan 5 nelayan").
PATIENT_NOUNS = frozenset({"COERCE", "ASSAULT", "SANCTION"})
NOUN_MODIFIERS = 2  # lower-case words between a determiner and a noun trigger: "the illegal occupation"
# Statements: their speaker can be their actor. Material events need a named doer.
VERBAL = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Verbal conflict aimed at whoever did the act it names: "condemned the test carried out by North
# Korea", "mengecam uji coba yang dilakukan Korea Utara" — the doer is the target (see doer_in_object).
JUDGED = frozenset({"ACCUSE", "REJECT", "SANCTION"})
CLAIM_MAKER_WORDS = 3  # lower-case words between a claim's "by"/"from" and its maker: "by three local farmers"
SIGN_REACH = 3  # words between a praise verb and the sign it praises: "welcomed the first positive signs that"
# acts two sides do to each other, whose pattern may run on over the first side after "between" (not
# meetings: "talks between" patterns already stop at "between")
MUTUAL = frozenset({"ASSAULT", "COOPERATE"})
# "bentrok antara ribuan petani coca dengan polisi": words of the first party the lexicon lacks
BETWEEN_MODIFIER_REACH = 1
# "between pro- and anti-government activists": words before the noun two modifiers share
SHARED_NOUN_REACH = 5
HYPHENS = frozenset({"-", "‑"})
# ... and praise too, when a passive's subject names the act: "The release … by Sri Lanka was welcomed"
JUDGED_IN_SUBJECT = JUDGED | {"SUPPORT"}
# made with the one a joined verb names: "met X and signed"
SHARED_PARTNER = frozenset({"SUPPORT", "AGREE", "COOPERATE"})
# tokens from a relative pronoun to the "and"/"dan" after its clause (verb_past_relative)
RELATIVE_CLAUSE_REACH = 10
REPEATED_VERB_REACH = 16  # tokens from the first object to "and" before the same verb said again
DOER_REACH = 10  # tokens from the trigger to the "by"/"yang di-" that names the judged act's doer
# tokens from a material act's noun to the "by"/"oleh" of "(was allegedly) carried out by X", past the
# act's place and time ("serangan bom di Kampung Melayu, Jakarta, diduga dilakukan oleh ISIS")
FAR_DOER_REACH = 16
ADDRESSEE_REACH = 7  # words of an outlet's name after "kepada"/"told": "kepada stasiun TV pan - Arab Al - Mayadeen"


def backing_party(mention) -> bool:
    """A party, or a person or body the text names, that backs an unnamed organ of its own state: "his
    party stands with the government", "PKS mendukung pemerintah" (see praised_body) — not unnamed
    people ("Most Italians support …"); a person it backs stays refused ("partai lain yang ikut
    mengusung Emil": which election, the text must say)."""
    return mention.entity.sector == "PTY" or (mention.kind in ("person", "body") and bool(mention.entity.sector))


def taken_in(match: TriggerMatch) -> bool:
    """An arrest whose pattern opens on the people taken and ends on its passive verb: "delapan
    orang diamankan ke Polda Metro Jaya" is passive though no agent follows — the people are
    taken in by someone the words leave unnamed (the scene's police), not the doers."""
    return match.trigger.event == "COERCE" and match.trigger.mode == "arrest"


@dataclass(slots=True)
class Roles:
    actor: Group | None = None
    recipient: Group | None = None
    speaker: Group | None = None
    rules: list[str] = field(default_factory=list)


class Attributor:
    def __init__(self, language: Language):
        # word order and morphology (grammar.yaml; lang/base.py TYPOLOGY_KEYS)
        self.modifiers_follow_noun = language.modifiers_follow_noun  # "serangan Israel", "penarikan pasukan Rusia"
        self.possessive_before_noun = language.possessive_before_noun  # "Israel's attack"
        self.serial_verbs = language.serial_verbs  # "menemui Jan Beagle meminta bantuan"
        self.passive_prefixes = tuple(language.words("passive_prefixes"))  # "di-": "dijatuhkan"
        # "ter-": the accidental passive, "terbunuh" (was killed)
        self.accidental_passive_prefixes = tuple(language.words("accidental_passive_prefixes"))
        self.tense_suffixes = tuple(language.words("tense_suffixes"))  # "-ed": "urged"
        marks = language.grammar.get("clause_verb_marks") or {}  # "me-", "di-", "ber-" / "-ing", "-ed"
        self.clause_prefixes = tuple(str(w).lower() for w in marks.get("prefixes") or ())
        self.clause_suffixes = tuple(str(w).lower() for w in marks.get("suffixes") or ())
        self.gerund_suffixes = tuple(language.words("gerund_suffixes"))  # "-ing"
        self.plural_endings = (tuple(language.words("plural_suffixes")), tuple(language.words("plural_lookalikes")))
        self.recipient_preps = language.words("recipient_preps")
        self.other_preps = language.words("other_preps")
        self.locative = language.words("locative_preps")
        self.located_at = self.locative - language.words("recipient_preps")  # "in", "from", "di", "dari"
        self.setting_preps = language.words("setting_preps")  # "came under attack in Mogadishu": where
        self.sequence_openers = language.words("subordinators") | language.words("background_preps")
        self.visit_frame_preps = language.words("visit_frame_preps")  # "during a visit to Iraq"
        self.sequel_preps = language.words("sequel_preps")  # "said … after talks with Ethiopian soldiers"
        self.meeting_frame_preps = language.words("meeting_frame_preps")  # "told Merkel in a phone call with her"
        # "… sebagai tersangka dan langsung menahannya": words between "and" and a verb sharing the subject
        self.joined_adverbs = language.words("joined_verb_adverbs")
        passives = language.grammar.get("bare_passives") or {}
        self.bare_passives = frozenset(str(w).lower() for w in passives.get("verbs") or ())
        self.bare_passive_preps = frozenset(str(w).lower() for w in passives.get("preps") or ())
        self.agent = language.words("passive_agent")
        # s59_accnoun: "terkait (dengan) tudingan bahwa …", "over accusations that …" (accusation_cause_subject)
        self.accusation_cause_preps = language.words("accusation_cause_preps")
        self.accusation_cause_links = language.words("accusation_cause_links")
        self.accusation_cause_nouns = language.words("accusation_cause_nouns")
        self.bare_agent = bool(language.grammar.get("bare_passive_agent"))
        self.subject_drop = bool(language.grammar.get("subject_drop"))
        self.dropped_subject_fillers = language.words("dropped_subject_fillers")  # "mengatakan tengah …"
        self.relative = language.words("relative")
        self.subject_relatives = language.words("subject_relatives")
        self.phase_verbs = language.words("phase_verbs")  # "troops who began arriving", "yang mulai berdatangan"
        self.patient_nouns = language.words("patient_nouns")
        # "beheaded a man accused of spying for US forces": an unnamed person acted on (s31_partiesen)
        self.captive_nouns = language.words("captive_nouns")
        self.object_openers = (
            language.words("determiners") | language.words("quantities") | language.words("counts")
        ) - {"'s", "’s"}
        self.weapons = language.words("weapons")
        self.weapon_use_verbs = language.words("weapon_use_verbs")  # "Tear gas was fired by the police"
        self.complementizers = language.words("complementizers")
        self.clause_breaks = language.words("clause_breaks")
        self.part_heads = language.words("part_heads")  # "head of", "members of": the group is theirs
        # "the head of the UN nuclear watchdog", "the Somali branch of the Islamic State": the body's
        self.owned_heads = self.part_heads | language.words("branch_nouns")
        self.demonstratives = language.words("demonstratives")  # "selain itu": a preposition's object
        self.breaks = self.clause_breaks | self.complementizers
        self.inclusions = language.words("inclusions")
        # "has so far arrested", "no choice but to attack", "polisi saat ini menahan": a break word
        # that, with the word after it, is an adverb or an exception opens no clause
        self.unbroken = [tuple(p.split()) for p in language.words("unbroken_phrases")]
        self.unbroken_state_phrases = {tuple(p.split()) for p in language.words("unbroken_state_phrases")}
        self.unbroken_state_before = language.words("unbroken_state_before")
        self.unbroken_state_after = language.words("unbroken_state_after")
        # "condemned the attack as barbaric and urged …": "as" after a verb of naming opens no clause
        self.naming_verbs = language.words("naming_verbs")
        self.reply_verbs = language.words("reply_verbs")
        self.naming_as = language.words("naming_as")
        # "another gunman identified as Faisal Bengali opened fire": a name given after a noun
        self.naming_phrases = {tuple(p.split()) for p in language.words("naming_phrases")}
        self.speech = language.words("speech_after") | language.words("speech_before")
        self.all_preps = self.recipient_preps | self.other_preps | self.agent
        self.object_control = language.words("object_control")
        # "would not allow Iran to control the Gulf and was sending …": verbs whose object is the
        # subject of the infinitive after them, not of a finite verb joined after that (controlled_object)
        self.infinitive_controllers = language.words("infinitive_controllers")
        self.coordinators = language.words("coordinators")
        self.undergoing_verbs = language.words("undergoing_verbs")  # "Tunisia suffered attacks"
        self.undergo_causes = language.words("undergo_causes")  # "mengalami kebutaan akibat serangan"
        self.struck_verbs = language.words("struck_verbs")  # "Bank hit by ransomware attack"
        self.undergo_preps = language.words("undergo_preps")
        self.undergone_target_preps = language.words("undergone_target_preps")  # "criticism of X came from Y"
        self.blamed_on_preps = language.words("blamed_on_preps")  # "the attack was blamed on Y"
        self.passive_clause_openers = language.words("passive_clause_openers")  # "When asked by …,"
        self.passive_auxiliaries = language.words("passive_auxiliaries")  # "akan diperiksa"
        self.aside_ends = self.breaks | self.coordinators | self.relative  # what makes ", … ," no aside
        self.determiners = language.words("determiners")
        self.sign_nouns = language.words("sign_nouns")
        self.praised_source_preps = language.words("praised_source_preps")
        self.be_forms = language.words("be_forms")
        self.passive_adverbs = language.words("passive_adverbs")  # "was on Friday arrested by police"
        self.adverb_suffixes = tuple(language.words("adverb_suffixes"))  # "briefly detained"
        self.causative_have = language.words("causative_have")  # "had their cameras confiscated"
        self.possessives = language.words("follower_possessives")
        self.unnamed_subjects = language.words("unnamed_subjects")  # "many people blame …": no party's words
        self.genitive_preps = language.words("genitive_preps")
        self.contrast = language.words("contrast_coordinators")
        self.voice_prefixes = tuple(language.words("voice_prefixes"))
        self.verb_marks = verb_marks(language.code)  # "chairing", "didampingi": a participle opening an aside
        self.origin = language.words("origin_words")
        self.causes = language.words("cause_words")
        self.absolute_openers = language.words("absolute_openers")  # "with Moscow branding the raid …"
        self.participle_preps = language.words("participle_preps")
        self.casualty_causes = language.words("casualty_causes")  # "…, killing 12": the attack's toll
        self.noun_phrase_preps = language.words("noun_phrase_preps")
        self.between_preps = language.words("between_preps")
        # "bentrokan antara polisi dengan massa": the second party after "between" joined by "with"
        self.between_joiners = self.coordinators | language.words("between_joiners")
        self.light_verbs = language.words("light_verbs")
        self.headline_form = language.headline_form
        self.quantities = language.words("quantities")
        self.agent_titles = language.words("agent_titles")  # "dikecam Direktur Eksekutif Amnesty …"
        self.agent_fillers = language.words("agent_fillers")  # "ditangkap personel tim Densus 88", "dikecam keras Iran"
        self.rumours = language.words("rumours")  # "tuduhan", "claim": words that name what was said
        self.inquiry_claims = language.words("inquiry_claims")  # "investigating complaints from …"
        self.claim_source_preps = language.words("claim_source_preps")  # "by"/"from", "oleh"/"dari"
        self.claim_denials = language.words("claim_denials")  # "…, yang dibantah Eritrea": denies what was said
        self.approximators = language.words("approximators")  # "About 400 people …": no preposition
        self.count_comparatives = language.words("count_comparatives")  # "lebih dari 500 tentara": a count
        self.calendar = calendar_words(language.code)
        self.asked_from = language.words("asked_from")
        self.own_possessives = language.words("own_possessives")
        # "accused its neighbour, Rwanda, of …", "dengan mitra kami, Pemerintah Inggris,": a relation
        # noun as object names the party in apposition after its comma (apposed_party)
        self.ally_nouns = language.words("ally_nouns") | language.owned_forms("ally_nouns")  # "sekutunya"
        # "a truce brokered by the United Nations", "gencatan senjata yang ditengahi AS": the mediator
        self.broker_phrases = [tuple(p.split()) for p in language.words("broker_phrases")]
        self.owner_pronouns = language.words("owner_pronouns")  # "its criticism of China": the subject's act
        self.past_be_forms = language.words("past_be_forms")
        self.participle_endings = tuple(language.words("participle_endings"))
        self.stative = language.words("stative_participles")
        self.patient_participles = language.words("patient_participles")
        self.counts = language.words("counts")
        self.subordinators = language.words("subordinators")
        # "after being arrested", "setelah ditangkap", "since he was jailed": what may open a time clause
        # before its passive verb, and the words between (in_time_clause)
        self.time_openers = self.subordinators | language.words("since")
        subject_pronouns = language.words("person_pronouns") | language.words("group_pronouns")
        self.clause_fillers = language.words("be_forms") | language.words("auxiliaries") | subject_pronouns
        # "polisi yang mereka culik": a relative clause with a subject of its own
        self.relative_subjects = subject_pronouns | language.words("first_person_pronouns")
        # "menangkap", "detained": what authorities do to people (verb_past_relative)
        self.custody_verbs = language.words("custody_verbs")
        self.verbal_prefixes = tuple(language.words("verbal_prefixes"))
        # "bertemu", "menemui", "bekerja sama": the verb forms of a meeting or cooperation with a partner
        self.partner_verbs = (*self.verbal_prefixes, *language.words("ber_allomorphs"))
        self.nominal_prefixes = tuple(language.words("nominal_prefixes"))
        self.noun_prefixes = tuple(language.words("noun_prefixes"))
        self.verb_suffixes = language.words("verb_suffixes")  # a bare root + "-kan" is a verb
        self.aside_openers = language.words("aside_openers")
        # "Abbas, di Kairo setelah bertemu Mubarak, mendesak …": what opens a place/time aside
        self.circumstance_openers = language.words("circumstance_openers")
        self.infinitive = language.words("infinitive_markers")
        self.event_frames = language.words("event_frames")
        # a counterpart the actor lists leave uncoded (see uncoded_counterpart)
        self.counterpart_preps = language.words("counterpart_preps")
        self.counterpart_pronouns = language.words("counterpart_pronouns")
        self.counterpart_nouns = language.words("counterpart_nouns")
        self.aid_goods = language.words("aid_goods")
        self.hosted_visit_nouns = language.words("hosted_visit_nouns")
        self.met_group_heads = language.words("met_group_heads")  # "menerima perwakilan buruh"
        self.decision_nouns = language.words("decision_nouns")
        self.plan_nouns = language.words("plan_nouns")
        self.candidate_nouns = language.words("candidate_nouns")
        self.own_staff = language.words("own_staff")
        self.negators = language.words("negators")
        # "discussed the Iraq plan with Jordan's king": who a topic is talked over with (see talked_with)
        self.discussion_partner_preps = language.words("discussion_partner_preps")
        self.relation_nouns = language.words("relation_nouns")  # "Syria's relations with Lebanon"
        # "Bush, bersama Raja Abdullah II, mendiskusikan …": who a talk's subject is joined by (see companion_met)
        self.companion_phrases = [tuple(p.split()) for p in language.words("companions")]
        # "a failure of American diplomacy", "kegagalan diplomasi AS": a verdict noun's owner is the one judged
        self.verdict_nouns = language.words("verdict_nouns")
        # "drew Egyptian condemnation", "menuai kecaman Mesir": a reaction noun's owner is who reacts
        self.reaction_nouns = language.words("reaction_nouns")
        self.posted_to = language.words("posted_to")  # "Duta Besar RI untuk Australia": the envoy's post
        self.particles = language.words("doer_particles")  # "carried out by": the participle's particle
        self.doer_verbs = language.words("doer_verbs")  # "dilakukan oleh", "carried out by" (doer_named_later)
        self.doer_hedges = language.words("doer_hedges")  # "diduga dilakukan", "was allegedly carried out"
        self.addressee_preps = language.words("addressee_preps")  # "mengatakan kepada", "said to" (addressee)
        self.speech_verbs = language.words("speech_before") | language.words("speech_after")
        self.telling_verbs = language.words("telling_verbs")  # "told Al-Mayadeen TV": its object is told
        self.tense_words = language.words("auxiliaries") | language.words("future") | self.complementizers
        self.verb_fillers = self.tense_words | self.joined_adverbs  # what may stand between "and" and its verb
        # "desakan Australia agar …", "ancaman Korea Utara untuk …": what opens an event noun's content
        self.enacting_participles = language.words("enacting_participles")  # "curfew imposed by"
        self.source_markers = language.words("source_markers")  # "menurut pejabat Mesir": a source, not a party
        self.purpose_markers = language.words("purpose_markers")
        self.controlling_verbs = language.words("controlling_verbs")  # "urged both sides to …": the object acts
        # "all parties in East Timor", "semua pihak di Myanmar": parties named only as such (see parties_in_place)
        self.unnamed_parties = language.words("unnamed_parties")
        self.party_quantifiers = language.words("party_quantifiers")
        self.noun_complements = (
            self.complementizers | language.words("purpose_openers") | language.words("purpose_markers")
        )

    def run(self, view: SentenceView, match: TriggerMatch) -> Roles:
        roles = self.roles(view, match)
        doer = self.doer_named_later(view, match)
        if doer is not None:
            # "Polri menyatakan serangan bom di Kampung Melayu diduga dilakukan oleh ISIS": ISIS attacked
            roles.actor = doer
            if roles.recipient is not None and roles.recipient.codes() <= doer.codes():
                roles.recipient = None
            roles.rules.append("attribution.doer_named_later")
        elif self.told_then_said(view, match, roles):
            # "Mekdad mengatakan kepada stasiun TV Al-Mayadeen balik menuduh …": the one told does not accuse
            roles.actor = roles.speaker
            roles.rules.append("attribution.not_addressee")
        located = self.located_parties(view, roles.recipient)
        if located is not None:
            roles.recipient = located
            roles.rules.append("attribution.located_parties")
        if roles.recipient is None or self.both_sides(view, roles.recipient):
            placed = self.parties_in_place(view, match)
            if placed is not None:
                roles.recipient = placed
                roles.rules.append("attribution.parties_in_place")
        if roles.recipient is None and match.trigger.event in SHARED_PARTNER and roles.actor is not None:
            partner = self.partner_of_joined_verb(view, match, roles.actor)
            if partner is not None:
                roles.recipient = partner
                roles.rules.append("attribution.joined_partner")
        joined = self.coordinated_patient(view, roles.recipient)
        if joined is not None:
            roles.recipient = Group([*roles.recipient.mentions, *joined.mentions])
            roles.rules.append("attribution.coordinated_patient")
        return roles

    def partner_of_joined_verb(self, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "Presiden Joko Widodo bertemu PM Australia Anthony Albanese di Sydney dan menandatangani
        sejumlah nota kesepahaman", "met Albanese and agreed to …": an agreement signed or made with
        no partner of its own, joined by "dan"/"and" to a verb whose object is a party, is made with
        that party."""
        # past the place it was met at ("di Seoul")
        before = [
            g
            for g in view.groups
            if g.last <= match.first and g is not actor and self.preposition_before(view, g) not in self.locative
        ]
        if not before or self.preposition_before(view, before[-1]):
            return None
        partner = before[-1]
        if partner.codes() & actor.codes() or self.object_of_earlier_verb(view, partner, match.first) is None:
            return None
        return partner

    def coordinated_patient(self, view: SentenceView, group: Group | None) -> Group | None:
        """ "seized two Vietnamese boats and a Malaysian trawler", "menangkap dua kapal berbendera
        Vietnam dan satu kapal berbendera Malaysia": a second object named by its state in the same
        way, joined by "and"/"dan" over a few plain words, is a recipient too. Not over another event
        word ("… Vietnamese boats and arrested Malaysian crews") nor a preposition."""
        if group is None or any(m.kind not in ("country", "demonym") for m in group.mentions):
            return None
        tokens = view.sentence.tokens
        joiner = next(
            (i for i in range(group.last, min(len(tokens), group.last + 3)) if tokens[i].lower in self.coordinators),
            None,
        )
        if joiner is None or not self.plain_words(view, group.last, joiner):
            return None
        # the second object is built as the first: "a", a number, or the first one's own words ("kapal",
        # "berbendera") — not a verb of its own ("… Iraq's government and countering Iran's influence")
        echo = {t.lower for t in tokens[max(0, group.first - 4) : group.first]} | self.determiners | self.counts
        for i in range(joiner + 1, min(len(tokens), joiner + 5)):
            other = view.group_at.get(i)
            if other is not None and other.first in view.clause_subjects:
                return None  # "… ke Israel dan Israel membalas": the subject of the next clause
            if other is not None:
                same_kind = {m.kind for m in other.mentions} == {m.kind for m in group.mentions}
                if other.first == i and same_kind and self.plain_words(view, joiner + 1, i):
                    return other
                return None
            if tokens[i].lower not in echo and not tokens[i].text.isdigit():
                return None
        return None

    def plain_words(self, view: SentenceView, start: int, end: int) -> bool:
        """Lower-case words that open no event and are no preposition: the rest of a noun phrase."""
        return all(
            t.text.isalpha() and t.text.islower() and t.lower not in self.all_preps and i not in view.triggers
            for i, t in enumerate(view.sentence.tokens[start:end], start)
        )

    def located_parties(self, view: SentenceView, group: Group | None) -> Group | None:
        """ "sanctions on companies in Russia, China and the United Arab Emirates", "bantuan untuk
        korban gempa di Turki dan Suriah": a bare sector term that took its state from the scene, then
        "in"/"di" and the states themselves, names the people of each of those states."""
        if group is None or len(group.mentions) != 1 or group.mentions[0].kind != "implied":
            return None
        term, tokens = group.mentions[0], view.sentence.tokens
        i = group.last
        # "korban gempa di": a plain noun or two may run between the term and its place
        while i < min(len(tokens), group.last + 2) and i not in view.group_at and tokens[i].text.isalpha():
            if tokens[i].lower in self.located_at:
                break
            i += 1
        if i + 1 >= len(tokens) or tokens[i].lower not in self.located_at:
            return None
        states = view.group_at.get(i + 1)
        if states is None or states.first != i + 1 or any(m.kind != "country" for m in states.mentions):
            return None
        if states.last < len(tokens) and tokens[states.last].text[:1].isupper():
            return None  # "aktivis di Mongolia Dalam": a state's name inside a region's, set as the scene
        return Group(
            [
                Mention(
                    term.first,
                    term.last,
                    Entity(m.entity.code, term.entity.sector),
                    "implied",
                    term.text,
                    term.start,
                    term.end,
                    [*term.rules, *m.rules],
                )
                for m in states.mentions
            ]
        )

    def parties_in_place(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "called on all parties in East Timor to …", "urged the warring sides in Syria",
        "mendesak semua pihak yang bertikai di Myanmar": the object of the event word names its
        parties only as parties or sides, then "in"/"di" and a state; those parties are that state's."""
        tokens, i = view.sentence.tokens, match.last
        if i < len(tokens) and tokens[i].lower in self.recipient_preps:
            i += 1  # "appealed to all sides in …", "seruan kepada semua pihak di …"
        while i < len(tokens) and tokens[i].lower in self.party_quantifiers and self.ungrouped(view, i):
            i += 1
        if i >= len(tokens) or tokens[i].lower not in self.unnamed_parties or not self.ungrouped(view, i):
            return None
        # "all parties involved in", "pihak-pihak yang bertikai di": a few plain words may follow
        end = i + 1
        while end < min(len(tokens), i + 4) and tokens[end].lower not in self.located_at:
            if end in view.group_at or end in view.triggers or not tokens[end].text.isalpha():
                return None
            end += 1
        if end + 1 >= len(tokens) or tokens[end].lower not in self.located_at:
            return None
        states = view.group_at.get(end + 1)
        if states is None or states.first != end + 1 or any(m.kind != "country" for m in states.mentions):
            return None
        if states.last < len(tokens) and tokens[states.last].text[:1].isupper():
            return None  # "in Iraqi Kurdistan": a region named after its state
        return states

    def both_sides(self, view: SentenceView, group: Group) -> bool:
        """ "both sides", "kedua belah pihak": the two states named before (coref.both_countries),
        unless a place follows that says whose sides they are ("both sides in Cyprus")."""
        tokens = view.sentence.tokens
        return all(m.kind == "coref" for m in group.mentions) and tokens[group.last - 1].lower in self.unnamed_parties

    def ungrouped(self, view: SentenceView, i: int) -> bool:
        """No party is named at the word, or only "both sides" read as the two states named before."""
        group = view.group_at.get(i)
        return group is None or self.both_sides(view, group)

    def roles(self, view: SentenceView, match: TriggerMatch) -> Roles:
        frame = view.frame_for(match.first)
        roles = Roles(speaker=frame.speaker if frame else None)
        # "Usulan itu disetujui oleh Hamas, menurut pejabat Mesir": a source cited for an event noun
        # passes the news on; it is not the noun's doer (a cited speaker of a verb often is its subject:
        # "Menurut Sukamta, mereka mengajak …")
        source = frame is not None and view.sentence.tokens[frame.verb].lower in self.source_markers
        if match.trigger.frame == "cause":
            return self.cause_roles(view, match, roles, frame)
        if match.trigger.frame == "undergo":
            return self.undergo_roles(view, match, roles, frame)
        user = self.weapon_user(view, match)
        if user is not None:
            # "Tear gas was fired by the police at the protesters": the weapon's user acts on whom
            # the clause names after the agent
            roles.actor = user
            target = self.object_after(view, match, user)
            roles.recipient = target if target is not user else None
            roles.rules.append("attribution.weapon_user")
            return roles
        sufferer = self.undergone(view, match) if match.trigger.event in DOMESTIC else None
        if sufferer is not None:
            return self.suffered_roles(view, match, roles, frame, sufferer)
        between = self.parties_between(view, match)
        if between is not None:
            subject = None if self.is_nominal(view, match) else self.subject_before(view, match.first, frame)
            if subject is not None and not subject.codes() & between.codes():
                # "Turkey offered to mediate between Russia and Ukraine", "Indonesia menyambut baik
                # gencatan senjata antara Israel dan Hamas": the subject acts towards the two
                roles.actor, roles.recipient = subject, between
                roles.rules.append("attribution.between_recipients")
                return roles
            others = self.other_side(between, subject)
            if others is not None:
                # "India called off a meeting between its foreign minister and her Pakistani
                # counterpart", "China membatalkan perundingan antara menteri pertahanannya dengan
                # menteri AS": the subject, one side of the pair, acts towards the other side
                roles.actor, roles.recipient = subject, others
                roles.rules.append("attribution.between_other_side")
                return roles
            # "latihan militer bersama antara AS dan Korsel", "talks between A and B": both act
            roles.actor = between
            if len(between.mentions) == 1:
                # "clashes between Sunni and Shiite Muslims": one noun names both sides, each acts on the other
                roles.recipient = between
            roles.rules.append("attribution.between")
            return roles
        if self.is_passive(view, match):
            roles.actor = self.agent_after(view, match, bare=self.bare_agent) or self.enforcer_reporting(
                view, match, frame
            )
            roles.recipient = self.subject_before(view, match.first, frame)
            if match.trigger.event in JUDGED_IN_SUBJECT:
                judged = self.doer_in_subject(view, match, frame) or self.owner_of_subject(view, match, frame)
                roles.recipient = judged or roles.recipient
            if roles.recipient is None and self.clause_passive(view, match):
                roles.recipient = self.clause_subject(view, match)
            head = view.sentence.tokens[match.first].lower
            noun_led = match.last - 1 > match.first or not head.startswith(self.verbal_prefixes or ("",))
            # s53_accrecip: "Two men were accused of killing a police officer", "Dua pria dituduh
            # membunuh seorang polisi", "were jailed for killing …": a charge or a sentence whose pattern
            # opens on its passive verb goes on to name the deed; the party after it is the deed's
            # victim, not the one charged (the passive's subject, or none here)
            noun_led = noun_led and not (match.trigger.event in JUDGED and self.verb_led(view, match))
            if roles.recipient is None and (noun_led or self.blamed_on(view, match)):
                # "Sanctions were imposed on Iranian officials by the EU", "Sanksi dijatuhkan kepada
                # pejabat Iran": a noun in the passive names its target after it
                target = self.object_after(view, match, roles.actor)
                roles.recipient = target if target is not roles.actor else None
            claim = self.denied_claim(view, match, roles.actor)
            if claim is not None:
                # the claim's speaker, else no one here (not the party named last): the context may tell
                roles.recipient = self.claim_speaker(view, claim, roles.actor)
            roles.rules.append("attribution.passive")
        else:
            nominal = self.is_nominal(view, match)
            # … when the noun's clause names another agent ("disetujui oleh Hamas"); "Menurut Kabid Humas,
            # imbauan itu disampaikan agar …" is the speaker's own appeal
            source = source and nominal and self.agent_after(view, match) is not None
            owner = self.pronoun_owner(view, match, frame) if nominal else None
            if owner is not None:
                roles.actor = owner
                roles.recipient = self.target_of(view, match, owner)
                roles.rules.append("attribution.pronoun_owner")
                return roles
            if nominal and self.english_patient(view, match, roles, frame):
                return roles
            if nominal:
                # "serangan AS", "the visit by Putin", "Israel's attack": a noun names its own
                # doer or none; the sentence's subject is doing something else ("EU hopes …").
                roles.actor = self.owner_before_of(view, match) or self.genitive_after(view, match)
                roles.actor = roles.actor or self.possessor_before(view, match) or self.object_owner(view, match)
                agent = roles.actor is not None and self.preposition_before(view, roles.actor, match.last) in self.agent
                if roles.actor is not None and not agent and self.names_patient(view, match, roles.actor):
                    # "penangkapan 5 nelayan", "pengusiran diplomat": the arrested, not the arrester
                    roles.recipient = roles.actor
                    roles.actor = self.agent_after(view, match) or self.authority_speaker(view, match, frame)
                    roles.rules.append("attribution.patient_noun")
                    return roles
                if roles.actor:
                    roles.rules.append("attribution.genitive")
                elif self.object_of_verb(view, match):
                    # "Zimbabwean police confirmed the arrest of …": the verb's subject did it — unless
                    # the noun names its doer: "mengecam penahanan jurnalis oleh Rusia"
                    roles.actor = (
                        self.agent_after(view, match)
                        or self.subject_before(view, match.first, frame)
                        or self.authority_speaker(view, match, frame)
                    )
                else:
                    # "The detention of Indonesian workers by Malaysian police drew protests",
                    # "Pengusiran dua diplomat Rusia oleh Inggris diumumkan": a noun whose own phrase
                    # goes on to name its doer with "by"/"oleh"
                    roles.actor = self.agent_in_phrase(view, match)
                    if roles.actor is not None:
                        roles.rules.append("attribution.noun_agent")
                if roles.actor is None:
                    roles.actor = self.accusation_cause_subject(view, match, frame)
                    if roles.actor is not None:
                        roles.rules.append("attribution.accusation_cause")
                if roles.actor is None:
                    roles.actor = self.opening_meeting(view, match)
                    if roles.actor is not None:
                        roles.rules.append("attribution.opening_meeting")
                if roles.actor is None:
                    roles.actor = self.own_visit(view, match)
                    if roles.actor is not None:
                        roles.rules.append("attribution.own_visit")
                if roles.actor is None:
                    roles.actor = self.talks_before_act(view, match, roles.speaker, frame)
                    if roles.actor is not None:
                        roles.rules.append("attribution.talks_before_act")
            elif match.trigger.event in VERBAL and self.unnamed_subject(view, match):
                # "…, where many people blame Damascus", "…, yang beberapa kalangan menyalahkan
                # Damaskus": the verb's own subject is people no code names; no party named before
                # them is it (English reads it so already, as the speaker fallback below does)
                roles.actor = None
            else:
                planner = self.planner_before(view, match)
                if planner is not None:
                    roles.rules.append("attribution.planner")
                roles.actor = (
                    planner
                    or self.subject_before(view, match.first, frame)
                    or self.main_clause_subject(view, match)
                    or self.located_subject(view, match.first, frame)
                    or self.speaker_as_subject(view, match, frame)
                )
                if roles.actor is None:
                    # "Dalam kunjungannya ke Kenya, Macron mengatakan …": a visit noun its owner clitic
                    # keeps from reading as a noun is still the speaker's own visit, as "On his visit to …"
                    roles.actor = self.own_visit(view, match)
                    if roles.actor is not None:
                        roles.rules.append("attribution.own_visit")
                if roles.actor is not None and roles.actor.first in view.clause_subjects:
                    roles.rules.append("attribution.clause_subject")
            if (
                roles.actor is None
                and not source
                and self.speaks_for_itself(roles.speaker)
                and match.trigger.event in VERBAL
                and not self.unnamed_subject(view, match)
            ):
                roles.actor = roles.speaker  # "…,” kata Lavrov: the speaker of a statement is its actor
                roles.rules.append("attribution.speaker")
            claim = self.denied_claim(view, match, roles.actor)
            if claim is not None:
                roles.recipient = self.claim_speaker(view, claim, roles.actor)
            else:
                roles.recipient = self.object_after(view, match, roles.actor) or self.serial_object(view, match)
            if roles.recipient is None and match.trigger.event == "ACCUSE":
                roles.recipient = self.accused_in_claim(view, match, roles.actor)
        passive = "attribution.passive" in roles.rules
        # "…, which was blamed for a string of attacks", police said: an agentless passive in
        # reported words hides its doer; the speaker is not it.
        if (
            roles.actor is None
            and not passive
            and not source
            and self.speaks_for_itself(roles.speaker)
            and match.trigger.event in VERBAL
            and not self.unnamed_subject(view, match)
        ):
            roles.actor = roles.speaker
            roles.rules.append("attribution.speaker")
        return roles

    def unnamed_subject(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Solana said …, where many people blame Damascus for the bombings", "residents complain":
        a verb whose own subject is people no code names (grammar `unnamed_subjects`, right before
        it) is their statement, not the speaker's."""
        if match.first == 0 or match.first - 1 in view.group_at:
            return False
        return view.sentence.tokens[match.first - 1].lower in self.unnamed_subjects

    @staticmethod
    def speaks_for_itself(speaker: Group | None) -> bool:
        """A news agency or outlet that reports a statement ("…, lapor Xinhua", "KCNA reported")
        passes it on; it is the source (reported_by), not the one who demands or accuses."""
        return speaker is not None and not all(m.entity.sector == "JRN" for m in speaker.mentions)

    # -- voice and word class -------------------------------------------------------------

    def is_passive(self, view: SentenceView, match: TriggerMatch) -> bool:
        """diselenggarakan oleh Korea Utara"; "was attacked by"."""
        token = view.sentence.tokens[match.first]
        if self.passive_prefixes:  # a passive marked on the verb by its prefix
            tokens = view.sentence.tokens
            if token.lower in self.stative:  # "Korsel terbuka untuk berdialog": open to, not opened
                return False
            # "Sanksi dijatuhkan kepada pejabat Iran oleh Uni Eropa": the noun and its passive verb
            noun = match.last < len(tokens) and not token.lower.startswith(self.verbal_prefixes)
            if noun and prefixed_passive(tokens[match.last], self.passive_prefixes):
                return True
            # "Senjata dikirim oleh AS ke Ukraina": a material act's pattern may end on the noun's own
            # passive verb, whose agent follows with "oleh" ("minta tentara AS ditarik" asks, naming no
            # agent; "pembicaraan itu akan dihadiri oleh Raja Abdullah" names a guest, not the talks' doer)
            own_verb = (
                match.trigger.event in HANDED_OVER
                and match.last - 1 > match.first
                and not token.lower.startswith(self.verbal_prefixes)
                and prefixed_passive(tokens[match.last - 1], self.passive_prefixes)
            )
            if own_verb and any(t.lower in self.agent for t in tokens[match.last : match.last + RECIPIENT_WINDOW]):
                return True
            if own_verb and taken_in(match):
                return True
            # "Mereka akan diperiksa penyidik Polda": a pattern may open on a tense or aspect word,
            # the passive verb after it
            if token.lower in self.passive_auxiliaries and match.last - match.first > 1:
                token = tokens[match.first + 1]
            return self.passive_form(token)
        tokens = view.sentence.tokens
        if token.lower not in self.be_forms and match.first + 1 < match.last:
            # "Sanctions were imposed on …": a noun pattern that goes on in the passive
            inner = [p for p in range(match.first + 1, match.last - 1) if tokens[p].lower in self.be_forms]
            if inner and inner[0] + 1 < len(tokens) and tokens[inner[0]].lower in self.past_be_forms:
                verb = tokens[inner[0] + 1]
                after = verb.lower
                # "aid was sent": an irregular participle has another lemma; "supplies were cut": the
                # pattern's last word, right after the "be", is its participle
                irregular = len(verb.lemmas) > 1 and verb.lemmas[1] != after
                last = inner[0] + 1 == match.last - 1
                participle = self.past_participle(after) or irregular or last
                if participle and not after.endswith("ing") and after not in self.stative:
                    return True
        if token.lower in self.be_forms and match.last - match.first > 1:
            token = tokens[match.first + 1]  # the trigger holds its auxiliary: "was jailed"
            if token.lower in self.stative:
                return False
            return self.past_participle(token.lower)
        if token.lower in self.stative:  # "China is concerned about …": China feels it
            return False
        # "were attacked" is passive; "were arresting" (progressive) is not
        # "were attacked", "was held" (an irregular participle has another lemma) — not "were to hold"
        # ("rejects" has another lemma too, but a headline's present tense is no participle)
        irregular = len(token.lemmas) > 1 and token.lemmas[1] != token.lower and not token.lower.endswith("s")
        participle = not token.lower.endswith("ing") and (self.past_participle(token.lower) or irregular)
        previous = [t.lower for t in tokens[max(0, match.first - 2) : match.first]]
        if participle and not set(previous[-1:]) & self.infinitive and any(p in self.be_forms for p in previous):
            return True
        if participle and self.be_before_adverbs(tokens, match.first):
            return True
        if participle and self.causative_passive(tokens, match.first):
            return True
        if participle and self.shares_passive(view, match):
            return True
        if participle and self.clause_passive(view, match):
            return True
        # "North Korea accused of firing missiles", "Chinese firms hit with new sanctions": a verb that
        # needs its object, right after its subject and straight on to "of"/"with", is a headline's
        # passive with its "is" left out
        nxt_word = tokens[match.first + 1].lower if match.first + 1 < len(tokens) else ""
        if (
            token.lower in self.bare_passives
            and nxt_word in self.bare_passive_preps
            and match.first - 1 in view.group_at
        ):
            return True
        # "the Islamists, accused of ties to Al-Qaeda": a participle after a comma
        following = tokens[match.last].lower if match.last < len(tokens) else ""
        after_comma = match.first > 0 and tokens[match.first - 1].text == ","
        # … a "by" that names someone, not a means: "arrived in Russia by train" travelled by it; nor
        # one of another participle: "imposed curbs on chemicals used by South Korean chipmakers"
        by_agent = any(
            tokens[k].lower in self.agent and not self.means(tokens, k) and not self.participle_before(tokens, k, match)
            for k in range(match.last, min(len(tokens), match.last + 4))
        )
        # "the PKK, branded a terrorist organisation by the EU, …": the agent a few words on
        # — but not the main verb after a relative clause closed by that comma: "Macron, who arrived
        # in Jakarta on Tuesday, pledged to deepen cooperation with Indonesia"
        closes_clause = after_comma and self.before_relative_clause(tokens, match.first - 1, 0) != match.first - 1
        if (
            token.lower.endswith("ed")
            and after_comma
            and not closes_clause
            and (following in self.participle_preps or by_agent)
        ):
            return True
        # "an Israeli soldier held captive in Gaza by Hamas": a participle right after a noun, its
        # agent named with "by" a few words on, is a reduced passive
        # — but "Riot police dispersed a rally by students": a verb with an object is active
        # ("a claim denied by Eritrea": a noun for what was said counts as well)
        after_noun = match.first - 1 in view.group_at or (
            match.first > 0 and tokens[match.first - 1].lower in self.rumours
        )
        nxt = tokens[match.first + 1].lower if match.first + 1 < len(tokens) else ""
        objected = nxt in self.determiners or nxt.isdigit() or nxt in self.counts
        # "noted with grave concern the statement by Britain": an object after the whole pattern
        objected = objected or (match.last < len(tokens) and tokens[match.last].lower in self.determiners)
        # "China rejected accusations by Japan": the pattern holds the verb's object, whose the "by" is
        noun_agent = (
            match.last - match.first > 1 and match.last < len(tokens) and tokens[match.last].lower in self.agent
        )
        objected = objected or (noun_agent and not self.past_participle(tokens[match.last - 1].lower))
        # "Japan urged China to stop building islands claimed by Vietnam": a pattern that holds a party
        # after its verb holds the verb's object; the "by" further on belongs to another participle
        objected = objected or any(p in view.group_at for p in range(match.first + 1, match.last))
        return (participle and after_noun and by_agent and not objected) or self.reduced_passive(view, match)

    def active_verb(self, token) -> bool:
        """An Indonesian verb in an active form ("membunuh", "menyerang", "bersekongkol"): a verbal
        prefix that is not a passive one, on a word with a root."""
        passive = (*self.passive_prefixes, *self.accidental_passive_prefixes)
        active = tuple(p for p in self.verbal_prefixes if p not in passive)
        return bool(active) and bool(passive) and self.finite_verb(token) and token.lower.startswith(active)

    def verb_led(self, view: SentenceView, match: TriggerMatch) -> bool:
        """A pattern that opens on its passive verb ("accused of killing", "were jailed for",
        "dituduh membunuh", "akan diperiksa"), not on a noun the passive is told of ("Sanctions were
        imposed on", "Sanksi dijatuhkan kepada")."""
        tokens = view.sentence.tokens
        head = tokens[match.first]
        if self.passive_prefixes:
            if head.lower in self.passive_auxiliaries and match.first + 1 < match.last:
                head = tokens[match.first + 1]
            return self.passive_form(head)
        word = head.lower
        return word in self.be_forms or self.past_participle(word)

    def be_before_adverbs(self, tokens, first: int) -> bool:
        """ "Union leaders were on Monday briefly detained by troops", "was later quietly released": a
        "be" and the participle it makes passive, with only adverbs of time or manner between them
        (grammar `passive_adverbs`, a lower-case word with one of `adverb_suffixes`, or "on" and a
        capitalised day)."""
        k = first - 1
        while k >= 0 and first - k <= PASSIVE_ADVERB_REACH:
            word = tokens[k].lower
            if word in self.be_forms:
                return first - k > 1
            suffixed = bool(self.adverb_suffixes) and word.endswith(self.adverb_suffixes)
            adverb = word in self.passive_adverbs or (tokens[k].text.islower() and suffixed)
            day = tokens[k].text[:1].isupper() and k > 0 and tokens[k - 1].lower in self.passive_adverbs
            if not (adverb or day):
                return False
            k -= 1
        return False

    def causative_passive(self, tokens, first: int) -> bool:
        """ "Photographers had their cameras confiscated by security forces", "she had her passport
        revoked": a "have" and a thing of the subject's (grammar `causative_have`,
        `follower_possessives`) before a participle make it a passive — its subject suffered the act
        and the "by" names its doer."""
        for k in range(max(0, first - CAUSATIVE_REACH), first - 2):
            if tokens[k].lower in self.causative_have and tokens[k + 1].lower in self.possessives:
                return all(t.text[:1].isalnum() for t in tokens[k + 2 : first])
        return False

    def owner_of_subject(self, view: SentenceView, match: TriggerMatch, frame) -> Group | None:
        """ "Langkah Beijing mengerahkan kapal ke Natuna dikecam oleh Kemlu RI", "Tuduhan Washington
        bahwa Beijing … dibantah oleh China", "Washington's accusation that Beijing … was rejected by
        China": what a passive judges is the act its subject names, so the act's owner — the party
        right after the subject's head noun (before it with "'s") — is the target, not a party
        named later inside the subject."""
        tokens = view.sentence.tokens
        start = self.subject_start(view, match, frame)
        if self.possessive_before_noun:  # "Washington's accusation", "China's deployment of ships"
            owner = next((g for g in view.groups if g.first == start), None)
            clitic = owner.last if owner is not None else None
            if clitic is None or clitic >= match.first or tokens[clitic].lower not in self.determiners:
                return None
            return owner if tokens[clitic].lower.startswith(("'", "’")) else None
        # "Langkah Beijing …", "Uji coba rudal Korea Utara …": one to three head nouns, then the owner
        for head in range(start + 1, min(start + 4, match.first)):
            owner = view.group_at.get(head)
            if owner is not None:
                nouns = tokens[start:head]
                if owner.first != head or any(
                    not t.text.isalpha() or t.lower in self.all_preps or self.finite_verb(t) for t in nouns
                ):
                    return None
                return owner
        return None

    def subject_start(self, view: SentenceView, match: TriggerMatch, frame) -> int:
        """Where the clause of a trigger begins: after the last clause word or comma before it."""
        tokens = view.sentence.tokens
        floor = frame.scope_start if frame and frame.scope_start <= match.first else 0
        start = match.first - 1
        while start >= floor:
            token = tokens[start]
            if (token.lower in self.clause_breaks or token.text in (",", ";", ":")) and start not in view.group_at:
                break
            start -= 1
        return start + 1

    def doer_in_subject(self, view: SentenceView, match: TriggerMatch, frame) -> Group | None:
        """ "The release of the fishermen by Sri Lanka was welcomed by New Delhi", "Pembebasan
        nelayan oleh Sri Lanka disambut baik India": a passive that judges an act its subject names
        with "by"/"oleh" judges the act's doer (the welcome goes to Sri Lanka, not the fishermen)."""
        tokens = view.sentence.tokens
        start = self.subject_start(view, match, frame)
        for k in range(start + 1, match.first):
            if tokens[k].lower not in self.agent:
                continue
            doer = next((g for g in view.groups if k < g.first <= k + 3 and g.last <= match.first), None)
            nouns = tokens[start:k]
            if doer is None or any(t.lower in self.be_forms | self.relative for t in nouns):
                return None
            return None if all(m.kind == "implied" for m in doer.mentions) else doer
        return None

    def accused_in_claim(self, view: SentenceView, match: TriggerMatch, actor: Group | None) -> Group | None:
        """ "Tuduhan Washington bahwa Beijing melakukan spionase …", "Washington's accusation that
        Beijing spied …": an accusation whose object is a that-clause accuses that clause's subject
        (right after "that"/"bahwa"; the accuser's own name may stand between noun and "that")."""
        tokens = view.sentence.tokens
        k = match.last
        owner = view.group_at.get(k)
        if owner is not None and owner.first == k:
            k = owner.last  # "Tuduhan Washington bahwa"
        if k + 1 >= len(tokens) or tokens[k].lower not in self.complementizers:
            return None
        accused = next((g for g in view.groups if g.first in (k + 1, k + 2)), None)
        if accused is None or (accused.first == k + 2 and tokens[k + 1].lower not in self.determiners):
            return None
        if actor is not None and accused.codes() <= actor.codes():
            return None  # "Iran's claim that Iran …": no target named
        return accused

    def participle_before(self, tokens, by: int, match: TriggerMatch) -> bool:
        """A participle of its own right before the "by", outside the trigger: "used by", "backed by" —
        or at the trigger's end past its verb, the participle of the noun it governs: "agreed to a
        ceasefire brokered by the United States" (the US brokered it; Israel and Hezbollah agreed)."""
        word = tokens[by - 1] if by > match.last or by - 1 > match.first else None
        return word is not None and self.past_participle(word.lower)

    def means(self, tokens, by: int) -> bool:
        """ "by train", "by road", "by telephone": a bare lower-case noun after "by" is how, not who —
        "by the Gulf state", "by Hamas", "by two gunmen" name a doer."""
        if by + 1 >= len(tokens):
            return False
        word = tokens[by + 1]
        article = word.lower in self.determiners or word.lower in self.counts or word.text[:1].isdigit()
        return word.text.isalpha() and word.text.islower() and not article

    def shares_passive(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Two Palestinians were wounded and arrested": a participle joined by "and" to a passive
        one shares its "were" — but "Police were deployed and arrested dozens" has an object, so
        there the second verb is active."""
        tokens = view.sentence.tokens
        joiner = tokens[match.first - 1].lower if match.first > 0 else ""
        if match.first < 3 or joiner not in self.coordinators | self.contrast:
            return False
        participle = self.earlier_participle(tokens, match.first - 1)
        if participle is None:
            return False
        nxt = tokens[match.last] if match.last < len(tokens) else None
        objected = nxt is not None and (
            nxt.lower in self.determiners
            or nxt.text[:1].isdigit()
            or nxt.lower in self.counts
            or match.last in view.group_at
        )
        return tokens[participle - 1].lower in self.be_forms and not objected

    def earlier_participle(self, tokens, joiner: int) -> int | None:
        """The passive participle a joined verb shares its "was" with: right before the "and"
        ("were wounded and arrested"), or before a short phrase of place, time or agent — "was
        arrested by Serbian police but freed two days later", "was arrested Monday at the airport and
        charged with fraud", "were taken to a police station and released". A comma, a clause word
        or another verb in between ends the search: "was arrested, and police freed …"."""
        for p in range(joiner - 1, max(0, joiner - SHARED_REACH) - 1, -1):
            word = tokens[p].lower
            adjunct = tokens[p + 1 : joiner]
            phrase = not adjunct or tokens[p + 1].lower in self.all_preps or self.date_word(tokens[p + 1])
            participle = self.past_participle(word)
            if phrase and participle and p > 0 and tokens[p - 1].lower in self.be_forms:
                return p
            stop = word in self.breaks | self.be_forms | self.coordinators | self.contrast | self.relative
            if stop or not tokens[p].text[:1].isalnum() or (adjunct and self.finite_verb(tokens[p])):
                return None
        return None

    def clause_passive(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "When asked by reporters to explain the vote, the senator …", "If approved by parliament,
        …": a participle right after a subordinator is a passive clause with its subject and "was"
        left out; that subject is the main clause's (clause_subject)."""
        if match.first == 0:  # (no passive_clause_openers, no participle_endings: never)
            return False
        token = view.sentence.tokens[match.first]
        opener = view.sentence.tokens[match.first - 1].lower
        participle = self.past_participle(token.lower)
        return opener in self.passive_clause_openers and participle

    def clause_subject(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """The first party after the comma that closes the passive clause, not one after a
        preposition: "When asked by reporters about Iran, Merkel said …" → Merkel."""
        tokens = view.sentence.tokens
        comma = next((i for i in range(match.last, len(tokens)) if tokens[i].text == ","), None)
        if comma is None:
            return None
        following = next((g for g in view.groups if g.first > comma), None)
        if following is None or following.first > comma + 3 or self.preposition_before(view, following):
            return None
        return following

    def reduced_passive(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Dozens of Awami League officials arrested in Dhaka", "a Lebanese man kidnapped in Nigeria
        was freed": a participle of harm done to someone, right after a noun (or its head word) and
        with no object after it, is what was done to that noun."""
        tokens = view.sentence.tokens
        if match.last - match.first != 1 or tokens[match.first].lower not in self.patient_participles:
            return False
        head = tokens[match.first - 1] if match.first > 0 else None
        headed = head is not None and head.text.isalpha() and head.text.islower() and match.first - 2 in view.group_at
        if match.first - 1 not in view.group_at and not headed:
            return False
        # "killed in Basra", "arrested on Monday", "killed, police said" — not "killed two gunmen",
        # nor "killed around 10 people" (a count after the preposition is the object)
        following = tokens[match.last] if match.last < len(tokens) else None
        if following is not None and following.text[:1].isalnum() and following.lower not in self.all_preps:
            return False
        count = tokens[match.last + 1] if match.last + 1 < len(tokens) else None
        return not (count is not None and (count.text[:1].isdigit() or count.lower in self.quantities))

    def light_verb(self, view: SentenceView, token) -> bool:
        """ "melakukan", and in a headline its bare form: "Indonesia-Australia Gelar Latihan Bersama"."""
        if token.lower in self.light_verbs:
            return True
        headline = self.headline_form and token.text[:1].isupper() and title_case(view.sentence.tokens)
        return bool(headline) and self.headline_form(token.lower) in self.light_verbs

    def named_as_place(self, view: SentenceView, group: Group) -> bool:
        """A party named where something happened ("Abbas, di Kairo setelah melakukan pertemuan …"):
        a capital after "di" is the place, no partner's counterpart."""
        return group.first > 0 and view.sentence.tokens[group.first - 1].lower in self.locative

    def light_verb_event(self, view: SentenceView, match: TriggerMatch) -> bool:
        """A noun right after a light verb is that verb's event and names its partner as a verb does:
        "Ketua Umum PPP melakukan pertemuan dengan Presiden SBY" (as "bertemu dengan Presiden SBY")."""
        return match.first > 0 and self.light_verb(view, view.sentence.tokens[match.first - 1])

    def is_nominal(self, view: SentenceView, match: TriggerMatch) -> bool:
        """A noun trigger takes its actor after it: "kunjungan Lavrov", "the visit by Putin"."""
        token = view.sentence.tokens[match.first]
        if token.lower in self.negators:
            return False  # "takkan membiarkan Iran …" (not "tak" + -kan): a pattern opening on "not" is verbal
        if self.verbal_prefixes:  # a verb marked by its prefix, a noun by its affixes or its place
            # "melakukan kunjungan", "meningkatkan latihan": after a light verb the noun is the verb's event
            before = view.sentence.tokens[match.first - 1] if match.first else None
            if before is not None and self.light_verb(view, before):
                return False
            # "melancarkan serangkaian serangan", "memulai program latihan gabungan": one word between
            two_back = view.sentence.tokens[match.first - 2].lower if match.first > 1 else ""
            if two_back in self.light_verbs and before.lower in self.counts | self.event_frames:
                return False
            # "memberikan nasihat dan bantuan kepada …": a second noun joined to the light verb's object
            window = [t.lower for t in view.sentence.tokens[max(0, match.first - 3) : match.first]]
            if any(w in self.coordinators for w in window[1:]) and window and window[0] in self.light_verbs:
                return False
            verbal_prefix = token.lower.startswith(self.verbal_prefixes)
            bare_verb = any(
                token.lower.endswith(s) and token.lower[: -len(s)] in token.lemmas for s in self.verb_suffixes
            )
            headline = (token.text[:1].isupper() and title_case(view.sentence.tokens)) or sentence_case_headline(
                view.sentence.tokens
            )
            if bare_verb and headline:
                return False  # "Korut Tembakkan Rudal", "Korut luncurkan rudal": a headline's bare -kan verb
            # "penahanan" (pe-…-an of "tahan"): a root may itself end in -an
            derived = len(token.lemmas) > 1 and (not token.lemmas[1].endswith("an") or self.derived_noun(token))
            if token.lower.endswith("an") and derived and not verbal_prefix:
                return True
            if singular(token.lower) != token.lower and token.lower.endswith("an") and not verbal_prefix:
                return True  # "serangan-serangan udara AS": a noun said twice is a plural noun
            # a bare word after a count or a preposition is a noun: "lima uji coba nuklir",
            # "merespons serangkaian uji coba", "dalam sebuah serangan", "terhadap sanksi"
            word = before.lower if before is not None else ""
            # … but a number that ends a party's name is no count: "Densus 88 tangkap dua terduga teroris"
            named_number = word.isdigit() and match.first - 1 in view.group_at
            counted = (word.isdigit() and not named_number) or word in self.quantities or word in self.counts
            # "Rudal Rusia menghantam …": a bare word opening the sentence, its owner in the
            # pattern's gap, is a noun
            opening = (before is None or not before.text[:1].isalnum()) and (
                self.owner_in_gap(view, match) or self.owner_then_target(view, match)
            )
            # "Penjatuhan sanksi Washington terhadap …": a word after a pe-…-an noun of the act is that
            # noun's object, so a noun too
            compound = before is not None and self.derived_noun(before) and before.text[:1].isupper()
            # "Kapal-kapal perang AS berlayar …": a plain noun said twice is that noun, plural
            plain = len(token.lemmas) == 1 or token.lemmas[1:] == (singular(token.lower),)
            return not verbal_prefix and plain and (counted or opening or compound or word in self.all_preps)
        previous = view.sentence.tokens[match.first - 1].lower if match.first else ""
        opener = previous in self.clause_breaks or previous in self.subordinators  # "upon arresting …"
        if match.first == 1 and opener and self.gerund_with_object(view, match):
            # "After meeting his Thai counterpart, Anwar said …": an opening clause, its doer the main
            # subject (mid-sentence, "… the army who searched the area before arresting …", the doer
            # may sit in a relative clause: left to the noun reading)
            return False
        tokens = view.sentence.tokens
        if match.first == 0 and match.last < len(tokens) and tokens[match.last].lower in self.agent:
            # "Air strikes by the Saudi-led coalition on a prison killed 70": a bare noun opening the
            # sentence, its doer named with "by" right after it
            return True
        if self.demonym_before(view, match):
            return True
        if self.manner_gerund(view, match):
            return False
        if previous in self.determiners or previous in self.other_preps:
            return True
        # "the illegal occupation of Crimea by Russia": a modified noun is read as one only when its own
        # phrase names its doer with "by" (without it, "the recent attacks" stays with the clause's subject)
        return self.modified_noun(tokens, match.first) and self.agent_in_phrase(view, match) is not None

    def modified_noun(self, tokens, first: int) -> bool:
        """Whether the trigger at `first` is a noun with its modifiers after a determiner: "the illegal
        occupation of Crimea by Russia", "the deadly attack on the embassy by militants" — a word or
        two in lower case that is no verb, preposition or clause word between "the" and the noun,
        like "the occupation of Crimea by Russia"."""
        k = first - 1
        while k >= 0 and first - k <= NOUN_MODIFIERS and self.plain_modifier(tokens[k]):
            k -= 1
        return first - k > 1 and k >= 0 and tokens[k].lower in self.determiners

    def plain_modifier(self, token) -> bool:
        """A lower-case word that may stand between a determiner and its noun: "illegal", "deadly"."""
        word = token.lower
        clause_word = word in self.all_preps or word in self.breaks or word in self.coordinators
        return (
            token.text.isalpha()
            and token.text.islower()
            and not clause_word
            and not (
                word in self.determiners or word in self.negators or word in self.relative or self.finite_verb(token)
            )
        )

    def manner_gerund(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Iran retaliated by expelling two British diplomats", "the North hit back by walking out of
        the talks": an -ing verb right after "by" after a verb of reacting (grammar `reply_verbs`, by
        lemma; an adverb may stand between) that goes on to its object or particle says how the
        subject reacted — a verb sharing that subject, no noun whose doer follows ("by the shelling of
        the city" has a determiner, "by shelling of Gaza" an "of" after it). Not after other verbs:
        "can play a role in resolving the impasse by putting pressure on …" is no act done."""
        tokens = view.sentence.tokens
        if match.first < 2 or tokens[match.first - 1].lower not in self.agent:
            return False
        if all(self.reply_verbs.isdisjoint(t.lemmas) for t in tokens[max(0, match.first - 3) : match.first - 1]):
            return False
        if not tokens[match.first].lower.endswith("ing") or match.first + 1 >= len(tokens):
            return False
        following = tokens[match.first + 1]
        return following.text[:1].isalnum() and following.lower not in self.genitive_preps

    def demonym_before(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "amid Israeli objections to the US approach", "Pakistani criticism of the raid": a state's
        adjective right before the trigger makes the trigger a noun, the adjective its doer (a bare
        adjective is no subject). Not a plural demonym ("Palestinians protest …"), nor a past verb
        ("the British protested"), nor after an owner, whose act it is ("Pelosi's Syrian stopover",
        "his Chinese visit": the adjective names the place)."""
        tokens = view.sentence.tokens
        if not match.first or tokens[match.first].lower.endswith("ed"):
            return False
        group = view.group_at.get(match.first - 1)
        if group is None or group.last != match.first or len(group.mentions) != 1:
            return False
        owner = tokens[group.first - 1].lower if group.first else ""
        if owner in POSSESSIVE_S or owner in self.owner_pronouns:
            return False
        mention = group.mentions[0]
        word = tokens[match.first - 1].lower
        # a state's name before a noun is as often the place ("the Madrid bombings", "the Iraq war")
        one_word = mention.last - mention.first == 1
        return mention.kind == "demonym" and one_word and not plural(word, *self.plural_endings)

    def gerund_with_object(self, view: SentenceView, match: TriggerMatch) -> bool:
        """An -ing verb right after a subordinator, its object following: "after meeting his
        counterpart", "before visiting Beijing" (not "after the meeting", "after shelling of the city")."""
        tokens = view.sentence.tokens
        if not tokens[match.first].lower.endswith("ing") or match.last >= len(tokens):
            return False
        following = tokens[match.last]
        if following.lower in self.determiners:
            return True
        if match.last in view.group_at and following.lower not in self.all_preps:
            return True
        # "After arresting two men in Medan, police seized …", "while searching the house of …": a
        # counted object, or a pattern that holds the verb's own object ("searching the house")
        after = tokens[match.first + 1] if match.first + 1 < len(tokens) else None
        counted = following.text.isdigit() or following.lower in self.quantities
        return counted or (match.last - match.first > 1 and after is not None and after.lower in self.determiners)

    def english_patient(self, view: SentenceView, match: TriggerMatch, roles: Roles, frame) -> bool:
        """English nouns of acts done to someone name that someone with "of" or as the possessor:
        "Hariri's assassination", "the arrest of five fishermen" — and with both, the possessor
        did it: "Israel's arrest of two activists". The doer comes with "by"."""
        tokens = view.sentence.tokens
        if match.trigger.event not in PATIENT_NOUNS or tokens[match.first].lower not in self.patient_nouns:
            return False
        end = match.own_end
        of = end < len(tokens) and tokens[end].lower not in self.agent
        patient = (self.genitive_after(view, match) if of else None) or self.patient_in_pattern(view, match)
        owner = self.possessor_before(view, match)
        if patient is None and owner is None:
            return False
        roles.recipient = patient or owner
        roles.actor = (owner if patient is not None else None) or self.agent_after(view, match)
        roles.actor = roles.actor or self.authority_speaker(view, match, frame)
        roles.rules.append("attribution.patient_noun")
        return True

    def patient_in_pattern(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "after Russian expulsions of German diplomats": a pattern that runs on to the one the act
        is done to ("expulsions of … diplomats") holds its patient after the noun's "of"."""
        tokens = view.sentence.tokens
        if match.first + 1 >= match.own_end or tokens[match.first + 1].lower not in self.genitive_preps:
            return None
        for i in range(match.first + 2, match.own_end):
            group = view.group_at.get(i)
            if group is not None and group.first == i:
                return group
        return None

    def object_owner(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Penarikan pasukan Rusia dari Kherson", "The withdrawal of French troops from Mali": a
        pattern that ends in the noun's object (troops, pasukan) holds that object's owner, who
        does the act (the owner of the troops withdraws them). Not for acts done to someone, whose
        object is the one harmed ("pembunuhan mantan perdana menteri Rafiq Hariri"), nor for a
        party that is itself the object ("pembubaran HTI") or one side of a clash ("bentrokan
        antara warga dan petugas keamanan")."""
        last = match.own_end - 1
        group = view.group_at.get(last)
        if group is None or match.trigger.event in PATIENT_NOUNS:
            return None
        tokens = view.sentence.tokens
        # the object right after the noun or its "of": "penarikan pasukan Rusia", "withdrawal of French troops"
        head = (
            match.first + 2
            if not self.modifiers_follow_noun and tokens[match.first + 1].lower in self.genitive_preps
            else match.first + 1
        )
        owned = group.last > match.own_end if self.modifiers_follow_noun else group.first < last
        if group.first != head or not owned:
            return None
        if any(t.lower in self.all_preps for t in tokens[match.own_end : group.last]):
            return None  # "French troops from Mali" read as one name: whose troops is unsure
        if any(m.kind == "implied" for m in group.mentions) and len(group.mentions) == 1:
            return None  # "penarikan pasukan dari …": the bare word names no one's troops
        return group

    def names_patient(self, view: SentenceView, match: TriggerMatch, owner: Group) -> bool:
        """Indonesian pe-…-an nouns of acts done to someone take the one it is done to after them:
        "penangkapan 5 nelayan" (the arrest of five fishermen), "pembunuhan warga sipil"; the doer
        comes with "oleh". "serangan AS", "kunjungan Lavrov" name their doer — and so does a pe-…-an
        noun whose party is followed by whom it is aimed at: "Penembakan Rusia terhadap posisi
        Ukraina", "Pemutusan hubungan diplomatik India dengan Pakistan"."""
        if not self.modifiers_follow_noun or match.trigger.event not in PATIENT_NOUNS:
            return False
        tokens = view.sentence.tokens
        if owner.last < len(tokens) and tokens[owner.last].lower in self.recipient_preps - self.locative:
            return False
        word = view.sentence.tokens[match.first].lower
        return word.startswith("pe") and not word.startswith("per") and word.endswith("an")

    @staticmethod
    def other_side(between: Group, subject: Group | None) -> Group | None:
        """The parties after "between" that are not the subject's side, when the subject (standing
        outside the pair) is one side of it: "India called off talks between its minister and
        Pakistan's" → Pakistan. None when the subject is not among the two, or is both."""
        if subject is None or subject.last > between.first or not subject.codes() & between.codes():
            return None
        if all(m.kind == "implied" for m in subject.mentions):
            return None  # "two people have been killed in clashes between Ethiopian troops and Somali insurgents"
        others = [m for m in between.mentions if m.entity.code not in subject.codes()]
        return Group(others) if others else None

    def pronoun_owner(self, view: SentenceView, match: TriggerMatch, frame) -> Group | None:
        """ "Canberra kept up its criticism of China's handling of the virus", "Israel expanded its
        bombardment of Gaza": a noun owned by a pronoun (grammar `owner_pronouns`) is the act of the
        clause's subject the pronoun stands for; the group after "of" is its target, not its doer.
        Only as a plain verb's object with an "of" target: in "China rejected their criticism of its
        policies" (another event's verb) or "sanctions on Iran for its refusal to halt …" (after a
        preposition) the pronoun stands for someone else."""
        tokens = view.sentence.tokens
        i = match.first - 1
        if i < 1 or tokens[i].lower not in self.owner_pronouns:
            return None
        verb = tokens[i - 1]
        if i - 1 in view.triggers or verb.lower in self.all_preps or not verb.text[:1].isalpha():
            return None
        subject = self.subject_before(view, i, frame)
        return subject if subject is not None and self.target_of(view, match, subject) is not None else None

    def target_of(self, view: SentenceView, match: TriggerMatch, owner: Group) -> Group | None:
        """The group after the owned noun's "of": "its criticism of China" → China (not "by")."""
        tokens = view.sentence.tokens
        end = match.own_end
        if end >= len(tokens) or tokens[end].lower not in self.genitive_preps - self.agent:
            return None
        group = self.genitive_after(view, match)
        return group if group is not owner else None

    def parties_between(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "bentrokan antara polisi dan pendukung MDC", "clashes between Iranian forces and Kurdish
        rebels": the two parties after "between", even when a word the lexicon lacks stands between
        the second party's name and "and"."""
        tokens = view.sentence.tokens
        start = self.between_inside(view, match)
        # "aksi bentrokan kekerasan yang baru di Mogadishu antara tentara Ethiopia dan …": a short
        # description or place may come between the event and its parties
        names = 0  # words of a proper name the actor lists leave uncoded
        welcomed = welcomes_an_event(match)
        for i in range(start, min(len(tokens), start + BETWEEN_REACH)):
            if tokens[i].text in {",", ";"} or (i > start and i in view.triggers and not welcomed):
                return None
            if self.uncoded_name_word(view, i):
                names += 1  # "latihan gabungan Super Garuda Shield antara Indonesia dan AS": the exercise's name
            reach = WELCOMED_EVENT_REACH if welcomed else 3
            if i - start - max(0, names - 1) >= reach and match.trigger.event != "ASSAULT":
                return None  # "keprihatinan terhadap peningkatan hubungan antara Rusia dan Korea Utara"
            if tokens[i].lower in self.between_preps:
                return self.sides_after(view, i)
        return None

    def sides_after(self, view: SentenceView, prep: int) -> Group | None:
        """The two sides named after "between"/"antara" at `prep`, as one group."""
        near = view.group_at.get(prep + 1) or view.group_at.get(prep + 2)
        group = near or self.first_party_after(view, prep)
        if group is None:
            return None
        if len(group.mentions) > 1:
            return group
        other = self.coordinated_after(view, group, self.between_joiners, BETWEEN_MODIFIER_REACH)
        if other is not None:
            return Group(group.mentions + other.mentions)
        shared = near is not None or self.one_modifier_joined(view, prep)
        return group if shared and self.sides_of_one_noun(view, prep, group) else None

    def first_party_after(self, view: SentenceView, prep: int) -> Group | None:
        """The first party a few words after "between", only words and hyphens before it: "between
        pro- and anti-government activists", "between supporters of the president and police"."""
        tokens = view.sentence.tokens
        for k in range(prep + 1, min(len(tokens), prep + 1 + SHARED_NOUN_REACH)):
            if k in view.group_at:
                return view.group_at[k]
            word = tokens[k].text
            if not (word in HYPHENS or "".join(c for c in word if c not in HYPHENS).isalpha()):
                return None
        return None

    def one_modifier_joined(self, view: SentenceView, prep: int) -> bool:
        """One modifier right after "between", then "and": "between pro- and anti-government
        activists" — not "between the rival groups and troops", where "troops" is one side only."""
        tokens = view.sentence.tokens
        joiner = prep + 3 if prep + 2 < len(tokens) and tokens[prep + 2].text in HYPHENS else prep + 2
        return joiner < len(tokens) and tokens[joiner].lower in self.coordinators

    def sides_of_one_noun(self, view: SentenceView, prep: int, group: Group) -> bool:
        """ "clashes between Sunni and Shiite Muslims", "fighting between pro- and anti-government
        activists", "bentrokan antara pendukung dan penentang pemerintah": two sides named by one
        noun with two modifiers joined by "and"/"dan" — the one party stands for both sides."""
        tokens = view.sentence.tokens
        if any(tokens[k].lower in self.coordinators for k in range(prep + 1, group.last)):
            return True
        return self.modifiers_follow_noun and self.second_modifier_after(view, group)

    def second_modifier_after(self, view: SentenceView, group: Group) -> bool:
        """Where modifiers follow the noun, each side's modifier comes after the party, the second
        after "dan": "bentrokan antara warga Kristen dan Muslim" (Christian and Muslim residents) —
        one word in no party, and the phrase ends there."""
        tokens = view.sentence.tokens
        joiner = group.last
        if joiner < len(tokens) and joiner not in view.group_at and tokens[joiner].text.isalpha():
            joiner += 1  # the first side's own modifier: "warga Kristen dan Muslim"
        modifier = joiner + 1
        if modifier >= len(tokens) or tokens[joiner].lower not in self.coordinators or modifier in view.group_at:
            return False
        ends = (
            modifier + 1 >= len(tokens)
            or not tokens[modifier + 1].text.isalpha()
            or (tokens[modifier + 1].lower in self.setting_preps)
        )
        return tokens[modifier].text.isalpha() and ends

    def between_inside(self, view: SentenceView, match: TriggerMatch) -> int:
        """Where the search for the parties "between" starts: after the trigger, or right after its
        first word when "between" follows that word and the pattern ran on over the first party —
        "Fighting between the Sudanese army and the RSF flared" (en.assault.fought-rebels reads up to
        "army"): the two sides fight, neither is the other's bystander. Only for acts two sides do to
        each other: a clash with the police read as a protest is the crowd's alone."""
        tokens = view.sentence.tokens
        inside = match.first + 1
        mutual = match.trigger.event in MUTUAL
        if mutual and inside < match.last and tokens[inside].lower in self.between_preps:
            return inside
        # a pattern that ends on "between" itself: the parties follow it — "konflik sektarian antara
        # Sunni dan Syiah telah menewaskan 40 orang" (id.assault.s54-konflik-sektarian-antara)
        end = match.last - 1
        if mutual and inside <= end < len(tokens) and tokens[end].lower in self.between_preps:
            return end
        return match.last

    def uncoded_name_word(self, view: SentenceView, i: int) -> bool:
        """A capitalised word in no actor group, inside a running text: part of the name of an
        exercise or operation ("Super Garuda Shield"), which counts as a single word."""
        token = view.sentence.tokens[i]
        return i not in view.group_at and token.text[:1].isupper() and not title_case(view.sentence.tokens)

    def coordinated_after(
        self, view: SentenceView, group: Group, joiners: frozenset[str], modifiers: int = 0
    ) -> Group | None:
        """The party joined to `group` by "and"/"dan" within a couple of words: "X and Kurdish rebels";
        up to `modifiers` uncoded lower-case words may end the first party ("antara ribuan petani coca
        dengan polisi")."""
        tokens = view.sentence.tokens
        joiner = group.last
        while (
            joiner < min(len(tokens), group.last + modifiers)
            and tokens[joiner].text.isalpha()
            and (tokens[joiner].text.islower() and tokens[joiner].lower not in joiners and joiner not in view.group_at)
        ):
            joiner += 1
        if joiner >= len(tokens) or tokens[joiner].lower not in joiners:
            return None
        for i in range(joiner + 1, min(len(tokens), joiner + 4)):
            if i in view.group_at:
                return view.group_at[i]
            if not tokens[i].text[:1].isalpha():
                return None
        return None

    def object_of_verb(self, view: SentenceView, match: TriggerMatch) -> bool:
        """English "<verb> the <noun trigger>", not "<preposition> the <noun trigger>"."""
        tokens = view.sentence.tokens
        if match.first < 2 or tokens[match.first - 1].lower not in self.determiners:
            return False
        verb = tokens[match.first - 2]
        if match.first - 2 in view.triggers:
            return False  # "Indonesia condemned the attack", "welcomed the ceasefire": not the doer
        return verb.text[:1].islower() and verb.lower not in self.all_preps and verb.lower not in self.determiners

    def authority_speaker(self, view: SentenceView, match: TriggerMatch, frame) -> Group | None:
        """An authority announcing an arrest, ban or sentence right after its speech verb is the
        one who carried it out: "Zimbabwean police confirmed the arrest", "polisi membenarkan
        penangkapan"."""
        if frame is None or match.trigger.event not in ("COERCE", "SANCTION") or match.first - frame.verb > 2:
            return None
        sectors = {m.entity.sector for m in frame.speaker.mentions}
        return frame.speaker if sectors & AUTHORITIES else None

    def enforcer_reporting(self, view: SentenceView, match: TriggerMatch, frame) -> Group | None:
        """Police or a court telling of an arrest or charge in the passive, naming no one else who
        made it, made it themselves: "Derbyshire Police said a 25-year-old was arrested", "polisi
        mengatakan dua pria ditangkap". A ministry telling of its citizens detained abroad did not."""
        # … and of a charge: "the Justice Department said she was charged with 14 counts"
        if frame is None or match.trigger.event not in ("COERCE", "SANCTION", "ACCUSE"):
            return None
        if not 0 < match.first - frame.verb <= SPEECH_TO_PASSIVE_REACH:
            return None
        # "Polisi mengatakan, dua pria ditangkap": a comma right after the verb of saying opens what is said
        opening = 2 if view.sentence.tokens[frame.verb + 1].text == "," else 1
        between = view.sentence.tokens[frame.verb + opening : match.first]
        if any(t.text in {",", ";"} or t.lower in self.clause_breaks for t in between):
            return None
        sectors = {m.entity.sector for m in frame.speaker.mentions}
        return frame.speaker if sectors and sectors <= LAW_ENFORCERS else None

    def possessor_before(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Israel's attack", "Monday's US raid": the owner right before the noun. Indonesian puts
        the owner after it ("serangan Israel"): "Kami menganggap serangan …" names no owner."""
        tokens = view.sentence.tokens
        if not self.possessive_before_noun:
            return None
        for i in range(match.first - 1, max(-1, match.first - 4), -1):
            group = view.group_at.get(i)
            if group is not None and group.last == i + 1:
                return group
            if tokens[i].lower not in POSSESSIVE_S and not tokens[i].text[:1].islower():
                return None
            if tokens[i].lower in self.determiners and tokens[i].lower not in POSSESSIVE_S or i in view.triggers:
                return None  # "Indonesia condemned the attack": a verb and its object, no owner
        return None

    def owner_before_of(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Russia's invasion of Ukraine", "Beijing's condemnation of Japan", "the invasion of
        Ukraine by Russia": with an owner before the noun or a doer after "by", what follows "of"
        is what the act is aimed at."""
        end = match.own_end
        tokens = view.sentence.tokens
        # the owner's preposition that is not the doer's: "of", not "by"
        if self.modifiers_follow_noun or end >= len(tokens):  # "serangan Rusia ke Ukraina": no "of"
            return None
        if tokens[end].lower not in self.genitive_preps - self.agent:
            return None
        return self.possessor_before(view, match) or self.agent_after(view, match)

    # -- searching for groups ---------------------------------------------------------------

    def preposition_before(self, view: SentenceView, group: Group, floor: int = 0) -> str:
        """The preposition governing a group, looking past a few modifiers ("in southern Somalia")."""
        tokens = view.sentence.tokens
        for i in range(group.first - 1, max(floor - 1, group.first - 1 - SUBJECT_PREP_REACH), -1):
            if tokens[i].lower in self.all_preps:
                if i > 0 and tokens[i - 1].lower in self.quantities:
                    return ""  # "Thousands of Egyptian students protested": a count, not a preposition
                if self.approximates(tokens, i):
                    return ""  # "About 400 people gathered …": a rough count opening the clause
                if self.bounds_count(tokens, i):
                    return ""  # "lebih dari 140.000 tentara AS di Irak melancarkan serangan": more than a count
                if i > 0 and tokens[i - 1].lower in self.owned_heads and tokens[i].lower in self.genitive_preps:
                    # "The head of the UN nuclear watchdog visited …", "the Somali branch of the Islamic
                    # State attacked …": the body's, not an object
                    return ""
                if any(t.lower in self.determiners for t in tokens[i + 2 : group.first]):
                    return ""  # "failure to free an Israeli soldier": a verb stands between, the group is its object
                if any(t.lower in self.calendar for t in tokens[i + 1 : group.first]):
                    return ""  # "On Monday Beshir again refused", "Pada Senin Menlu …": the date is its object
                if any(t.lower in self.demonstratives for t in tokens[i + 1 : group.first]):
                    return ""  # "Selain itu KPK juga menggeledah …": "itu" is the preposition's object
                return tokens[i].lower
            partner = view.group_at.get(i - 1) if tokens[i].lower in self.coordinators and i > 0 else None
            if partner is not None and partner is not group:
                # "on the borders between Israel and the Gaza Strip": the second of two parties a
                # preposition governs is governed too
                return self.preposition_before(view, partner, floor)
            if not tokens[i].text[:1].isalnum() or i in view.group_at:
                break
        return ""

    def approximates(self, tokens, i: int) -> bool:
        """Whether the preposition at i only rounds the count after it, opening its clause:
        "About 400 people gathered in Giza to protest", "Around 2,000 students marched" (grammar
        `approximators`) — not "fired on around 300 protesters", where "on" governs the count."""
        if tokens[i].lower not in self.approximators or i + 1 >= len(tokens):
            return False
        count = tokens[i + 1].text[:1].isdigit() or tokens[i + 1].lower in self.quantities
        opens = i == 0 or not tokens[i - 1].text[:1].isalnum() or tokens[i - 1].lower in self.breaks
        return count and opens

    def bounds_count(self, tokens, i: int) -> bool:
        """Whether the preposition at i only bounds the count after it: "lebih dari 140.000 tentara AS"
        (more than), "kurang dari 100 polisi", "up to 300 Israeli troops" (grammar `count_comparatives`,
        the word before the preposition) — the counted group is no object of "dari"/"to"."""
        if i == 0 or i + 1 >= len(tokens) or tokens[i - 1].lower not in self.count_comparatives:
            return False
        return tokens[i + 1].text[:1].isdigit() or tokens[i + 1].lower in self.quantities

    def planner_before(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Britain condemned a move by Russia to expel 20 diplomats", "mengecam keputusan oleh Iran
        untuk menangkap dua pendaki": the party a plan, move or decision names with "by"/"oleh" right
        before the act's "to"/"untuk" is its doer, as "Russia's move to expel" (grammar `plan_nouns`);
        "was asked by the UN to mediate" is a passive verb, no plan noun, and keeps its subject."""
        tokens, i = view.sentence.tokens, match.first
        if i < len(tokens) and tokens[i].lower in self.purpose_markers:
            i += 1  # a trigger that opens with its own "to": "to ban"
        marker = i - 1
        if marker < 3 or tokens[marker].lower not in self.purpose_markers:
            return None
        planner = view.group_at.get(marker - 1)
        if planner is None or planner.last != marker:
            return None
        by = planner.first - 1
        while by > 0 and tokens[by].lower in self.determiners:
            by -= 1  # "a plan by the government to ban the party"
        if by < 1 or tokens[by].lower not in self.agent:
            return None
        return planner if tokens[by - 1].lower in self.plan_nouns else None

    def subject_before(self, view: SentenceView, position: int, frame) -> Group | None:
        """The nearest group before the trigger that is not the object of a preposition."""
        tokens = view.sentence.tokens
        floor = frame.scope_start if frame and frame.scope_start <= position else 0
        attack = self.attack_before_toll(view, position, floor)
        if attack is not None:
            doer = self.toll_doer(view, attack, position, frame)
            if doer is not None:
                return doer
        antecedent = self.antecedent(view, position, floor)
        if antecedent is None:
            antecedent = self.relative_conjunct(view, position, floor, frame)
        if antecedent is not None:
            return antecedent
        i = self.appositive_head(view, position - 1, floor, position)
        while i >= floor:
            i = self.before_relative_clause(tokens, i, floor, view)
            if i < floor:
                break
            verb = self.naming_verb_at(tokens, i, position) if tokens[i].lower in self.breaks else None
            if verb is not None:
                i = verb - 1  # "sees Taiwan as …": past the object named, to the namer
                continue
            if self.name_link_at(tokens, i):
                i -= 2  # "another gunman identified as Faisal Bengali opened fire": past the name given, to the noun
                continue
            if tokens[i].lower in self.breaks and not self.unbroken_at(tokens, i, position):
                if tokens[i].lower in self.object_control and i == position - 1:
                    return self.nearest_before(view, i)
                # "Iran, however, rejected …": a comma closing the adverb is no clause of its own
                helpers = tokens[i + 1 : position]
                helpers_only = all(t.lower in self.tense_words or t.text == "," for t in helpers)
                # "… but did not launch a missile": a negated verb after its auxiliary
                negated = any(t.lower in self.negators for t in helpers) and all(
                    t.lower in self.tense_words or t.lower in self.negators for t in helpers
                )
                right_before = i == position - 1 or (helpers_only and tokens[i].lower in self.contrast)
                if tokens[i].lower in self.contrast and negated:
                    return self.shared_subject(view, floor, i, frame)
                if tokens[i].lower in self.contrast and right_before and self.finite_verb(tokens[position]):
                    # "China denied the report, but urged the Philippines …", "… but has pledged
                    # logistical support": a verb after "but" shares the sentence's subject
                    return self.shared_subject(view, floor, i, frame)
                if tokens[i].lower in self.subordinators and i == position - 1:
                    # "diutarakan Trump saat bertelepon dengan Macron": a subjectless "when"-clause
                    # shares the main clause's subject
                    return self.shared_subject(view, floor, i, frame)
                break
            group = view.group_at.get(i)
            if group is not None and self.opens_own_clause(view, group, position):
                return group  # "… and the army responded": a party after "and" opening its own clause
            if group is not None:
                controller = self.controlled_object(view, group, position)
                if controller is None:
                    controller = self.repeated_controller(view, group, position)
                if controller is not None:
                    # "Washington would not allow Iran to control the Gulf and was sending a carrier":
                    # Iran only controls; "was sending" shares the subject of "allow"
                    return self.subject_before(view, controller, frame)
                earlier = self.object_of_earlier_verb(view, group, position)
                if earlier is None:
                    earlier = self.verb_past_relative(view, group, position, frame)
                if earlier is not None:
                    # "Militants killed two Iranian policemen and kidnapped four others": the
                    # policemen are the object of "killed"; "kidnapped" shares its subject
                    return self.subject_before(view, earlier, frame)
                if self.coordinated_predicate(tokens, group, position):
                    # "The Authority, which considers the US biased and has rejected the mediator":
                    # the US is the first verb's object; the second verb shares that verb's subject
                    i = group.first - 1
                    continue
                prep = self.preposition_before(view, group)
                if prep in self.absolute_openers and self.absolute_subject(view, group, position):
                    return group
                # "after Pakistani forces killed …": "after" opens this clause; it governs no object
                cause = group.first > 0 and tokens[group.first - 1].lower in self.causes
                if (not prep or prep in self.breaks) and not self.is_speaker(view, group, position) and not cause:
                    return group  # (not "Palestina" in "massa aksi bela Palestina menggeruduk …": a cause)
                i = group.first
            i -= 1
        return self.coordinated_with_speech(view, position, frame)

    def attack_before_toll(self, view: SentenceView, position: int, floor: int) -> int | None:
        """ "Israeli jets struck a Hamas compound in Gaza, killing 12 people", "Pesawat Israel menyerang
        kompleks Hamas di Gaza, menewaskan 12 orang": a verb of killing or wounding (grammar
        `casualty_causes`) after a comma tells the toll of the clause before it; its doer is that
        clause's subject, not the party named last in its object. Where the clause's verb starts."""
        tokens = view.sentence.tokens
        if tokens[position].lower not in self.casualty_causes:
            return None
        comma = position - 1
        if comma > floor and tokens[comma].lower in self.coordinators:
            comma -= 1  # "…, and killing", "…, dan menewaskan"
        if comma <= floor or tokens[comma].text != ",":
            return None
        # the event word's verb, or the one right after its first word: "jets struck", "troops shelled"
        verbs = [
            k
            for t in view.triggers
            for k in (t, t + 1)
            if floor <= t and k < comma and self.finite_verb(tokens[k]) and (k == t or t + 1 not in view.group_at)
        ]
        if not verbs or tokens[verbs[-1]].lower in self.casualty_causes:
            return None
        return verbs[-1]

    def toll_doer(self, view: SentenceView, attack: int, position: int, frame) -> Group | None:
        """Who did the attack whose toll a participle tells: the clause's subject ("Israeli jets struck
        …, killing 12"), or in a passive clause its agent ("A Syrian army post was attacked by Turkish
        drones, killing six soldiers", "… diserang oleh drone Turki, menewaskan …")."""
        tokens = view.sentence.tokens
        passive = self.passive_form(tokens[attack]) or (attack > 0 and tokens[attack - 1].lower in self.be_forms)
        agent = next(
            (g for g in view.groups if attack < g.first < position and self.preposition_before(view, g) in self.agent),
            None,
        )
        return agent if passive and agent is not None else self.subject_before(view, attack, frame)

    def opens_own_clause(self, view: SentenceView, group: Group, position: int) -> bool:
        """Whether `group` opens a clause after "and"/"dan" (view.clause_subjects) whose verb is the
        event word at `position`: "Rebels shelled the town and the Syrian army responded …"."""
        return group.first in view.clause_subjects and self.only_helpers(view.sentence.tokens[group.last : position])

    def passive_form(self, token) -> bool:
        """A verb in a passive form by its prefix: di- the passive, ter- the accidental one ("dibunuh",
        "terbunuh": was killed; grammar `passive_prefixes`, `accidental_passive_prefixes`)."""
        return prefixed_passive(token, (*self.passive_prefixes, *self.accidental_passive_prefixes))

    def absolute_subject(self, view: SentenceView, group: Group, position: int) -> bool:
        """ "The raid drew strong criticism, with Kurdish leaders and even Moscow branding it
        unacceptable", "clashed with protesters demanding his resignation": a party after "with"
        (grammar `absolute_openers`) right before an "-ing" verb is that verb's subject, not the
        object of the preposition."""
        word = view.sentence.tokens[position].lower
        return group.last == position and gerund(word, self.gerund_suffixes)

    def unbroken_at(self, tokens, i: int, position: int) -> bool:
        """Whether the break word at i starts a phrase (grammar `unbroken_phrases`) that opens no
        clause: "Israel has so far arrested 40 suspects", "Israel had no choice but to attack",
        "Polisi saat ini menahan lima orang" — the subject before it is the act's, when the act is the
        verb right after the phrase (past auxiliaries and negators): not "KPK hingga saat ini belum
        mendapat informasi hasil investigasi dari Polda", where the act is a noun further on."""
        act_follows = self.finite_verb(tokens[position]) if position < len(tokens) else False
        return any(
            phrase_at(tokens, i, p)
            and not (p in self.unbroken_state_phrases and self.unbroken_state(tokens, i, len(p)))
            and (act_follows or self.only_helpers(tokens[i + len(p) : position]))
            for p in self.unbroken
        )

    def unbroken_state(self, tokens, i: int, n: int) -> bool:
        """An unbroken phrase that tells a lasting state, not an act (grammar `unbroken_state_before`,
        `unbroken_state_after`): "DPRD yang sampai saat ini masih menunda pengesahan" — "until now", "still"
        or a relative "yang" keeps the clause break, as before."""
        before = i > 0 and tokens[i - 1].lower in self.unbroken_state_before
        after = i + n < len(tokens) and tokens[i + n].lower in self.unbroken_state_after
        return before or after

    def only_helpers(self, between) -> bool:
        """Whether only auxiliaries and negators stand in `between`: "saat ini (sudah) menjalin …"."""
        return all(t.lower in self.tense_words or t.lower in self.negators for t in between)

    def name_link_at(self, tokens, i: int) -> bool:
        """The last word of a phrase giving a noun its name (grammar `naming_phrases`): "another gunman
        identified as Faisal Bengali opened fire on police" — no clause opens at "as"; the gunman acts."""
        return (
            i >= 2
            and (tokens[i - 1].lower, tokens[i].lower) in self.naming_phrases
            and tokens[i - 2].text.islower()
            and i + 1 < len(tokens)
            and tokens[i + 1].text[:1].isupper()
        )

    def naming_verb_at(self, tokens, i: int, position: int) -> int | None:
        """The verb of naming (grammar `naming_verbs`, by lemma) whose "as" is the break word at i, when
        a verb joined by "and" after it is the act: "Pakistan's foreign ministry described the comments
        as questionable criticism and urged Negroponte …", "China sees Taiwan as part of its territory
        and threatens …" — no clause opens at "as"; the joined verb is the namer's, not the named
        object's. What the "as" names is no act of the namer: "a proposal Gates rejected as little
        more than an invitation to the insurgents"."""
        if tokens[i].lower not in self.naming_as or tokens[i - 1].text == ",":
            return None  # "Iran criticised the report, as Tehran …": a comma opens the clause
        if not any(tokens[k].lower in self.coordinators for k in range(i + 1, position)):
            return None
        for k in range(i - 1, max(-1, i - 1 - NAMING_REACH), -1):
            if tokens[k].text in (",", ";", ":"):
                return None
            if not self.naming_verbs.isdisjoint(tokens[k].lemmas):
                return k
        return None

    def antecedent(self, view: SentenceView, position: int, floor: int) -> Group | None:
        """ "criticised by the Chinese government, which accuses Taiwan of …", "dikecam oleh
        pemerintah China, yang menuduh …": a relative pronoun's verb has the group the pronoun
        follows as its subject, even when that group is the object of a preposition."""
        tokens = view.sentence.tokens
        i = position - 1
        while i > floor and self.relative_filler(tokens, i):
            i -= 1  # "which has accused", "yang telah menuduh", "who began arriving", "who began to arrive"
        if i <= floor or tokens[i].lower not in self.subject_relatives:
            return None
        end = i - 1 if tokens[i - 1].text == "," else i
        group = view.group_at.get(end - 1)
        return group if group is not None and group.last == end else None

    def relative_conjunct(self, view: SentenceView, position: int, floor: int, frame) -> Group | None:
        """ "paralysed by Bolivian farmers who have cut all roads to the city and have staged daily
        demonstrations", "lumpuh akibat petani Bolivia yang memblokir jalan dan menggelar unjuk rasa":
        an active verb joined by "and"/"dan" to a short relative clause goes on telling what the
        pronoun's group did, as the clause's first verb does (`antecedent`) — also when that group is
        the object of a preposition. Not when the relative clause has a subject of its own or the
        verb goes on the main clause (`verb_past_relative`)."""
        tokens = view.sentence.tokens
        if position > floor + 1 and tokens[position - 1].lower in self.light_verbs:
            position -= 1  # "… dan menggelar unjuk rasa": the verb that carries the event noun
        if not self.finite_verb(tokens[position]) or self.passive_form(tokens[position]):
            return None
        joint = position - 1
        while joint > floor and tokens[joint].lower in self.verb_fillers:
            joint -= 1
        if joint <= floor or tokens[joint].lower not in self.coordinators:
            return None
        for rel in range(joint - 2, max(floor, joint - RELATIVE_CLAUSE_REACH - 1), -1):
            word = tokens[rel]
            if word.lower in self.subject_relatives:
                break
            if not word.text[:1].isalnum() or word.lower in self.breaks or word.lower in self.relative:
                return None
            if word.lower in self.coordinators:
                return None
        else:
            return None
        if rel <= floor or rel + 1 in view.group_at or tokens[rel + 1].lower in self.relative_subjects:
            return None  # "yang mereka culik": a relative clause with a subject of its own
        first = rel + 1
        while first < joint and self.relative_filler(tokens, first):
            first += 1
        opener = tokens[first]
        if first == rel + 1 and not self.finite_verb(opener) and not (opener.text.isalpha() and opener.text.islower()):
            return None  # "kebijakan AS yang pro-Israel dan menghukum …": no verb opens the clause
        group = view.group_at.get(rel - 1)
        if group is None or group.last != rel:
            return None
        start = self.titled_name_start(view, group)
        before = tokens[start - 1] if start > 0 else None
        if before is not None and self.modified_by(view, before, start - 1):
            return None  # "kebijakan AS yang …": the clause tells of the policy, not of the state
        if self.verb_past_relative(view, group, position, frame) is not None:
            return None
        return group

    def modified_by(self, view: SentenceView, token, i: int) -> bool:
        """Whether the lowercase word before a party is a noun the party only modifies ("kebijakan AS",
        "warga Bolivia"): no preposition, cause word, clause word, coordinator or verb."""
        word = token.lower
        if not token.text[:1].islower() or not token.text.isalpha() or i in view.triggers:
            return False
        closed = self.all_preps | self.causes | self.breaks | self.coordinators | self.relative
        return word not in closed and not self.finite_verb(token) and word not in self.tense_words

    def relative_filler(self, tokens, i: int) -> bool:
        """A word between a relative pronoun and its verb that leaves the pronoun the verb's subject:
        a tense word ("which has accused"), a verb of beginning or going on ("African Union troops who
        began arriving in Mogadishu", "pasukan yang mulai berdatangan"), or the infinitive marker after
        one ("who began to arrive")."""
        word = tokens[i].lower
        if word in self.relative:
            return False
        if word in self.tense_words or word in self.phase_verbs:
            return True
        return word in self.infinitive and i > 0 and tokens[i - 1].lower in self.phase_verbs

    def speaker_as_subject(self, view: SentenceView, match: TriggerMatch, frame) -> Group | None:
        """ "Menhan Korut mengatakan telah menyiapkan …", "Kapolda menyatakan akan menangkap …":
        reported words that open on their verb, with nothing but tense words before it, have the
        speaker as their subject (Indonesian drops a subject the context gives)."""
        if not self.subject_drop or frame is None or frame.verb > match.first:
            return None
        if not self.speaks_for_itself(frame.speaker):
            return None
        if not view.sentence.tokens[match.first].lower.startswith(self.verbal_prefixes):
            return None  # "Menurut Boy, deportasi dua WNI itu …": a noun is no subjectless verb
        between = view.sentence.tokens[frame.scope_start : match.first]
        # "mengatakan telah beberapa kali melakukan …"; a negator is the speaker's own too: "Jokowi
        # menegaskan tidak akan menghadiri KTT itu" — his refusal (the modality decides it is one)
        fillers = self.tense_words | self.dropped_subject_fillers | self.negators
        if any(t.text[:1].isalnum() and t.lower not in fillers for t in between):
            return None
        return frame.speaker

    def coordinated_with_speech(self, view: SentenceView, position: int, frame) -> Group | None:
        """ "Police said they lacked the manpower to control crowds, and prohibited the rally": a
        verb joined by "and"/"dan" that finds no subject in what was said shares the speaker's."""
        tokens = view.sentence.tokens
        joined = position > 0 and tokens[position - 1].lower in self.coordinators
        if joined and frame is not None and frame.speaker.last <= frame.scope_start <= position:
            return frame.speaker
        return None

    def appositive_head(self, view: SentenceView, i: int, floor: int, position: int) -> int:
        """ "Japan, America's closest ally in Asia, condemned …", "Arab Saudi, saingan utama Iran,
        menuduh …", "Turki, anggota NATO, menuduh …": an aside between commas right before the verb
        that describes a party (more words than a name) is passed over to the party before it, the
        verb's subject. An aside that is only a name ("China's envoy to the UN, Liu Jieyi, said")
        is the subject itself and stays."""
        tokens = view.sentence.tokens
        while i > floor and (tokens[i].lower in self.tense_words or tokens[i].lower in self.be_forms):
            i -= 1  # "Japan, America's ally, has been …", "…, an Albanian, was arrested"
        if i <= floor or tokens[i].text != ",":
            return position - 1
        head = self.stranger_relative_head(view, i, floor)
        if head is not None:
            return head.last - 1
        j = i - 1
        while j > floor and tokens[j].text != ",":
            word = tokens[j]
            if (
                i - j > 8
                or j in view.triggers
                or word.lower in self.aside_ends
                or word.lower in self.calendar  # ", Rabu pagi,": a date aside, no description
                or word.text in {";", '"', "“", "”", "(", ")"}
                or self.aside_verb(word)
            ):
                return position - 1
            j -= 1
        head = view.group_at.get(j - 1)
        if head is None and self.described_stranger(view, j, i, floor):
            return i - 1
        if j <= floor or j == i - 1 or head is None or head.last != j:
            return position - 1
        aside = [k for k in range(j + 1, i) if tokens[k].lower not in self.determiners]
        if all(k in view.group_at and view.group_at[k] is view.group_at[aside[0]] for k in aside):
            return position - 1  # ", Liu Jieyi,": a name in apposition is who acts
        return j - 1

    def stranger_relative_head(self, view: SentenceView, i: int, floor: int) -> Group | None:
        """ "Bob Woodward, the US journalist who helped break the Watergate scandal, urged …",
        "Bob Woodward, wartawan AS yang membantu membongkar skandal Watergate, mendesak …": a name no
        list knows, opening the sentence, with an aside (ending at the comma at i) whose head is a
        party described by a relative clause ("who"/"yang") — the head, not the name, stands for
        the subject, as in described_stranger's shorter asides. Not a known party before the aside
        ("Rice, the envoy who …": Rice herself acts), nor a head inside the relative clause."""
        tokens = view.sentence.tokens
        j = i - 1
        while j > floor and tokens[j].text != ",":
            if i - j > 25 or tokens[j].text in {";", '"', "“", "”", "(", ")"}:
                return None
            j -= 1
        if j <= floor or tokens[j].text != ",":
            return None
        rel = next((k for k in range(j + 1, i) if tokens[k].lower in self.subject_relatives), None)
        if rel is None:
            return None
        head = view.group_at.get(rel - 1)
        start = j + 1
        while start < rel and tokens[start].lower in self.determiners:
            start += 1  # ", the US journalist who …"
        if head is None or head.first != start or head.last != rel:
            return None
        name = j - 1
        if name in view.group_at or not tokens[name].text[:1].isupper() or tokens[name].lower in self.calendar:
            return None
        first = name
        while first > floor and tokens[first - 1].text[:1].isupper() and first - 1 not in view.group_at:
            first -= 1  # "Bob Woodward"
        if any(k in view.group_at for k in range(floor, first)):
            return None  # a party before the name: the name may be an object or a list's member
        return head

    def described_stranger(self, view: SentenceView, j: int, i: int, floor: int) -> bool:
        """ "Qendrim Dobruna, a 27-year-old Albanian, was arrested …", "Minhati, warga negara
        Indonesia, ditangkap …": a name no list knows, with an aside that gives its state, is that
        state's — the aside, not the name, stands for the subject."""
        tokens = view.sentence.tokens
        name = tokens[j - 1] if j - 1 >= floor else None
        if name is None or not name.text[:1].isupper() or name.lower in self.calendar:
            return False
        return any(k in view.group_at for k in range(j + 1, i))

    def aside_verb(self, word) -> bool:
        """A verb that makes an aside a clause: "'s" is no "has" ("Iran's main rival"), and an
        Indonesian ter- word is an adjective ("sekutu terdekat"); only meN-/di- surely make a verb."""
        if self.voice_prefixes:  # a language that marks voice on the verb: meN-/di- (grammar data)
            return word.lower.startswith(self.voice_prefixes) and len(word.lemmas) > 1
        return word.text[:1].isalpha() and self.finite_verb(word)

    def before_relative_clause(self, tokens, i: int, floor: int, view: SentenceView | None = None) -> int:
        """Skip back over a relative clause or an apposition set off by commas that ends at token i:
        "Rice, whose administration has been accused of easing its pressure on Egypt, voiced
        concern", "Mugabe, the target of Western sanctions, has accused the MDC" — the subject is
        Rice, Mugabe."""
        if tokens[i].text != ",":
            return i
        for j in range(i - 1, max(floor, i - 25) - 1, -1):
            opener = tokens[j + 1].lower if j + 1 < i else ""
            # ", whose administration …," and, in English, an apposition ", the target of …,"
            # and an aside that passes on the source: "Pejabat Suriah itu, sebagaimana diberitakan
            # Xinhua, Rabu pagi, juga mendesak …", "the minister, as reported by AFP, urged …"
            if tokens[j].text == "," and (
                opener in self.relative
                or self.preposed_relative(tokens, j, i)
                or opener in ("the", "a", "an")
                or opener in self.aside_openers
                or self.described_party_aside(view, tokens, j, i)
                or self.participle_aside(view, tokens, j, i)
                or self.circumstance_aside(view, tokens, j, i)
            ):
                return self.before_relative_clause(tokens, j - 1, floor, view) if j - 1 > floor else j - 1
            if tokens[j].text in {",", ";", '"', "“", "”"}:
                return i
        return i

    def preposed_relative(self, tokens, j: int, i: int) -> bool:
        """An aside between the commas at j and i that opens on a preposition and a relative pronoun
        ("Beshir, with whom the envoy held talks, agreed …", "the ministry, under which the unit
        serves, said …") is a relative clause on the party before it, who is the subject. Not
        "so that", "now that" (a complementizer is no relative here), nor a coordinator ("and which")."""
        if j + 2 >= i:
            return False
        opener, pronoun = tokens[j + 1], tokens[j + 2]
        return (
            opener.text.isalpha()
            and opener.text.islower()
            and opener.lower not in self.coordinators | self.relative | self.breaks
            and pronoun.lower in self.relative - self.complementizers
        )

    def participle_aside(self, view: SentenceView | None, tokens, j: int, i: int) -> bool:
        """ "Joko Widodo, chairing the ASEAN summit in Jakarta, urged Myanmar's rulers …", "Prabowo,
        didampingi Menlu Sugiono, bertemu …": an aside between the commas at j and i that opens on a
        participle (grammar `clause_verb_marks`) right after the party that opens the sentence
        describes that party, who is the subject — not the summit's body named inside it. Not after
        a clause ("Israel struck Gaza, killing 20 people, …"): the party must open the sentence."""
        if view is None or j < 1 or j + 1 >= i:
            return False
        opener = tokens[j + 1]
        if not (opener.text.islower() and self.verb_marks.verbal(opener)):
            return False
        party = view.group_at.get(j - 1)
        if party is None or party.last != j:
            return False
        return all(not t.text[:1].isalnum() for t in tokens[: party.first])

    def circumstance_aside(self, view: SentenceView | None, tokens, j: int, i: int) -> bool:
        """ "Abbas, di Kairo setelah bertemu Mubarak, juga mendesak Israel …", "Merkel, after talks
        with Sarkozy in Paris, accused Russia …", "Menlu, dalam keterangan tertulisnya, mengecam …":
        an aside between the commas at j and i that opens on a preposition or subordinator of place,
        time or occasion (grammar `circumstance_openers`) right after the party that opens the
        sentence (or follows only an opening phrase, "On March 30, …") says where or when that
        party acted; the party, not one named inside the aside, is the subject of the verb after it.
        Not a list ("Japan, China and South Korea …"), nor after a clause ("Israel struck Gaza, in
        …"): the party must open the sentence."""
        if view is None or j < 1 or j + 1 >= i or tokens[j + 1].lower not in self.circumstance_openers:
            return False
        party = view.group_at.get(j - 1)
        return party is not None and party.last == j and self.opens_sentence(view, tokens, party)

    def opens_sentence(self, view: SentenceView, tokens, party: Group) -> bool:
        """Whether only punctuation, or a short opening phrase set off by a comma that names no party
        ("On March 30,", "Pada 30 Maret,", "Walau demikian,"), stands before `party`."""
        before = [k for k in range(party.first) if tokens[k].text[:1].isalnum()]
        if not before:
            return True
        if tokens[party.first - 1].text != "," or len(before) > OPENING_REACH:
            return False
        return not any(k in view.group_at for k in before)

    def described_party_aside(self, view: SentenceView | None, tokens, j: int, i: int) -> bool:
        """ "Anwar Ibrahim, Perdana Menteri Malaysia yang dilantik setelah pemilu …, bertemu Xi",
        "Retno, Indonesia's foreign minister who took office in 2014, said …": an aside between the
        commas at j and i that opens on a party (a title, with no article in Indonesian) and goes on
        into a relative clause describes the party named right before it, who is the subject. Not
        an aside without "yang"/"who" (", Perdana Menteri Malaysia," is appositive_head's), nor one
        after a word that names no party ("Kemarin, Presiden Jokowi yang …, mengecam …")."""
        if view is None or j < 1 or view.group_at.get(j - 1) is None:
            return False
        opening = view.group_at.get(j + 1)
        if opening is None or opening.first != j + 1:
            return False
        return any(tokens[k].lower in self.relative for k in range(opening.last, i))

    def controlled_object(self, view: SentenceView, group: Group, position: int) -> int | None:
        """Where the controlling verb stands when `group` is its object and the subject of an
        infinitive ("allow Iran to control", "want Bush to begin"), and the event word at `position`
        is a finite verb joined to that clause by "and" — with its own tense word or an adverb between
        ("and was sending", "and quickly rebuked"): the verb shares the controller's subject. Not "urged
        Iran to halt enrichment and allow inspectors": a bare verb goes on with the infinitive."""
        tokens = view.sentence.tokens
        if not self.infinitive_controllers or group.first == 0 or group.last >= position:
            return None
        if tokens[group.first - 1].lower not in self.infinitive_controllers:
            return None
        if tokens[group.last].lower not in self.infinitive:
            return None
        fillers = self.verb_fillers | self.be_forms
        joint = position - 1
        while joint > group.last and tokens[joint].lower in fillers:
            joint -= 1
        if tokens[joint].lower not in self.coordinators:
            return None
        own_tense = any(t.lower in self.tense_words | self.be_forms for t in tokens[joint + 1 : position])
        if not (own_tense or self.finite_verb(tokens[position])):
            return None
        if any(t.text == "," or t.lower in self.breaks for t in tokens[group.last : joint]):
            return None  # "allow Iran to act, and analysts said …": a clause of its own
        return group.first - 1

    def repeated_controller(self, view: SentenceView, group: Group, position: int) -> int | None:
        """Where the controlling verb stands when the event word at `position` is that same verb said
        again after "and"/"dan": "LBH mendesak Kapolda untuk menghentikan kasus itu dan mendesak Kepala
        Kejaksaan Tinggi untuk menolak berkas", "urged the police to drop the case and urged the
        prosecutors to …" — the first verb's object and what it is urged to do end at "dan"; the
        repeated verb shares the first one's subject (grammar `controlling_verbs`)."""
        tokens = view.sentence.tokens
        verb = self.titled_name_start(view, group) - 1  # "mendesak Kepala Polda Jawa Tengah"
        if verb < 0 or verb not in view.triggers or group.last >= position:
            return None
        word = tokens[position]
        if word.lower != tokens[verb].lower or not set(word.lemmas) & self.controlling_verbs:
            return None
        joint = position - 1
        while joint > group.last and tokens[joint].lower in self.verb_fillers:
            joint -= 1
        if joint <= group.last or tokens[joint].lower not in self.coordinators:
            return None
        between = tokens[group.last : joint]
        if len(between) > REPEATED_VERB_REACH or any(
            t.text != "," and (t.lower in self.breaks or not t.text[:1].isalnum()) for t in between
        ):
            return None  # "urged Iran to act; analysts said …": a clause of its own
        return verb

    def object_of_earlier_verb(self, view: SentenceView, group: Group, position: int) -> int | None:
        """Where the earlier event word starts when `group` is its object and only "and"/"dan"
        (or a comma) stands between that object and the event word at `position`."""
        between = [t.lower for t in view.sentence.tokens[group.last : position]]
        # Indonesian strings verbs without "dan": "Ja Song Nam menemui Jan Beagle meminta bantuan"
        serial = not between and self.serial_verbs
        joined = bool(between) and all(w in self.coordinators or w == "," for w in between)
        if self.purpose_of_earlier_verb(view, group, between):
            joined = True
        if not serial and not joined and not self.rest_of_object(view, group.last, position):
            return None
        tokens = view.sentence.tokens
        start = self.titled_name_start(view, group)
        # "Ribuan pendukung Hamas berunjuk rasa": a pe- noun ("pendukung", supporters) takes no object
        # "Jika Iran menyerang, Israel akan membalas": a comma after a verb closes its clause; the
        # group after it is the next clause's subject, no object
        verbs = [
            t
            for t in view.triggers
            if (start - 3 <= t or self.head_nouns_between(tokens, t, start))
            and t < start
            and not self.bare_noun(tokens[t], tokens)
            and all(token.text != "," for token in tokens[t:start])
        ]
        if not verbs and between and group.first > 0 and self.aside_verb(tokens[group.first - 1]):
            # "Gempa bumi mengguncang Jepang, menewaskan 14 orang": the quake killed, not Japan — a
            # party right after any verb is its object, also when that verb is no event word. Not
            # without a comma or "and" ("menyaksikan Amerika Serikat menempatkan …": there it acts),
            # nor after a word that is no verb ("Banyak pihak, termasuk Presiden Obama, mengkritik …")
            verbs = [group.first - 1]
        if verbs and not serial and not joined and self.subordinate(tokens, verbs[-1]):
            # "berterima kasih kepada Korea Utara karena mendukung … di Ukraina dan menjanjikan …":
            # past a longer object, "and" joins the main clause's verb, not the "because"-clause's
            return None
        return verbs[-1] if verbs else None

    def verb_past_relative(self, view: SentenceView, group: Group, position: int, frame) -> int | None:
        """Where the main verb starts when `group` is its object, a relative clause describes the
        group, and "and"/"dan" then joins an active verb at `position` to the main clause: "mereka
        membunuh 18 polisi yang mereka culik di Diyala dan menyalahkan pemerintah" — a relative clause
        with its own subject ("yang mereka culik") ends before "and"; "Tentara Israel menembak pemuda
        Palestina yang melempar batu dan menahan seorang wartawan" — when state forces act on private
        people, an act only authorities do to others goes on the main clause. Not "pemuda yang melempar
        batu dan merusak mobil" said of civilians acting on civilians, nor a relative clause after a
        comma or a preposition ("tindakan terhadap anggota HTI yang bertindak anarkis dan mengganggu
        …"): there both verbs are the group's."""
        tokens = view.sentence.tokens
        rel = group.last
        if rel + 1 >= position or tokens[rel].lower not in self.relative:
            return None
        joint = position - 1
        while joint > rel and tokens[joint].lower in self.verb_fillers:
            joint -= 1
        clause = tokens[rel + 1 : joint]
        if tokens[joint].lower not in self.coordinators or not clause or len(clause) > RELATIVE_CLAUSE_REACH:
            return None
        if any(
            not t.text[:1].isalnum()
            or t.lower in self.breaks
            or t.lower in self.relative
            or t.lower in self.coordinators
            for t in clause
        ):
            return None
        if not self.finite_verb(tokens[position]) or self.passive_form(tokens[position]):
            return None
        start = self.titled_name_start(view, group)
        # "membunuh 18 polisi", "menembak mati tiga tentara": the main verb right before its object
        verbs = [t for t in view.triggers if start - 3 <= t < start]
        if not verbs or any(not t.text[:1].isalnum() or t.lower in self.all_preps for t in tokens[verbs[-1] : start]):
            return None  # "the attack on youths who …": a noun's object after a preposition
        verb = verbs[-1]
        if verb < 1 or self.bare_noun(tokens[verb], tokens) or self.subordinate(tokens, verb):
            return None
        if clause[0].lower in self.relative_subjects or rel + 1 in view.group_at:
            return verb  # "yang mereka culik": the relative clause has a subject of its own
        if tokens[rel].lower not in self.subject_relatives or self.custody_verbs.isdisjoint(tokens[position].lemmas):
            return None  # "… yang melempar batu dan merusak mobil": the youths' own act
        return verb if self.forces_on_private_people(view, group, verb, frame) else None

    def forces_on_private_people(self, view: SentenceView, group: Group, verb: int, frame) -> bool:
        """Whether the main verb at `verb` has authorities as its subject and people who are none
        (`group`) as its object: "Tentara Israel menembak pemuda Palestina …"."""
        if any(m.entity.sector in AUTHORITIES for m in group.mentions):
            return False
        subject = self.subject_before(view, verb, frame)
        return subject is not None and all(m.entity.sector in AUTHORITIES for m in subject.mentions)

    def titled_name_start(self, view: SentenceView, group: Group) -> int:
        """Where a name's title begins: "KPK memeriksa Gubernur Maluku Utara Abdul Gani Kasuba": the
        capitalised words right before a named party are its title, part of the same object."""
        tokens, i = view.sentence.tokens, group.first
        if title_case(tokens):
            return i
        while (
            i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].text.isalpha() and i - 1 not in view.triggers
        ):
            i -= 1
        return i

    def purpose_of_earlier_verb(self, view: SentenceView, group: Group, between: list[str]) -> bool:
        """ "Rice menemui kedua pihak untuk mengadakan pembicaraan", "met both sides to hold talks":
        a purpose after a verb's object is the verb's subject's; not after a verb that makes its
        object act ("mendesak kedua pihak untuk berunding", "urged both sides to hold talks"; grammar
        `controlling_verbs`)."""
        between = self.past_date_phrase(view, group.last, between)
        if not between or between[0] not in self.purpose_markers or len(between) > PURPOSE_VERB_WORDS:
            return False
        before = group.first - 1
        if before < 0 or before not in view.triggers:
            return False
        token = view.sentence.tokens[before]
        return not self.bare_noun(token, view.sentence.tokens) and not set(token.lemmas) & self.controlling_verbs

    def past_date_phrase(self, view: SentenceView, start: int, between: list[str]) -> list[str]:
        """The words after an object past the date phrase that may follow it: "Morrison phoned Marcos
        on Wednesday to congratulate him" — the purpose is still the caller's ("on Wednesday",
        "pada Rabu" stand between the object and "to"/"untuk")."""
        tokens = view.sentence.tokens
        if start >= len(tokens) or not self.date_preposition(tokens, start):
            return between
        k = start + 1
        while k < len(tokens) and self.date_word(tokens[k]):
            k += 1
        return between[k - start :]

    def date_word(self, token) -> bool:
        """A day's number, a month's or a weekday's name: "25", "Januari", "Monday"."""
        return token.text.isdigit() or token.lower in self.calendar

    @staticmethod
    def dateline_word(token) -> bool:
        """The marks around the bracketed day of Indonesian news copy, "(18/4/2024)": its numbers
        are date words."""
        return token.text in ("(", ")", "/")

    def date_preposition(self, tokens, k: int) -> bool:
        """ "on Tuesday", "pada 25 Januari": the preposition that opens a date."""
        return tokens[k].lower in self.all_preps and k + 1 < len(tokens) and self.date_word(tokens[k + 1])

    def head_nouns_between(self, tokens, verb: int, start: int) -> bool:
        """ "menyerang sebuah kompleks perusahaan minyak China": the party closes a longer object
        whose head nouns run from the verb to it — plain lower-case words, no preposition, clause
        word or other verb between."""
        between = tokens[verb + 1 : start]
        if not 3 <= len(between) <= DIRECT_OBJECT_REACH:
            return False
        for token in between:
            if not token.text[:1].isalpha() or not token.text[:1].islower():
                return False
            if token.lower in self.all_preps or token.lower in self.breaks or token.lower in self.relative:
                return False
            if token.lower in self.coordinators or self.aside_verb(token) or token.lower in self.be_forms:
                return False
        return True

    def subordinate(self, tokens, verb: int) -> bool:
        """Whether a verb opens a subordinate or infinitive clause: "karena mendukung", "after
        meeting", "UN plans to deploy"."""
        i = verb - 1
        while i >= 0 and tokens[i].lower in self.tense_words:
            i -= 1
        opener = tokens[i].lower if i >= 0 else ""
        return opener in self.subordinators or opener in self.object_control or opener in self.infinitive

    def rest_of_object(self, view: SentenceView, start: int, position: int) -> bool:
        """ "stormed an Iranian office in Iraqi Kurdistan and detained six employees": the rest of
        the first verb's object — nouns, a place after a preposition — then "and" right before the
        second verb; no verb, clause word or punctuation other than a comma between them."""
        tokens = view.sentence.tokens
        # "… sebagai tersangka dan langsung menahannya": an adverb may stand between "and" and the verb
        while position - 1 > start and tokens[position - 1].lower in self.verb_fillers:
            position -= 1
        if position - start < 2 or tokens[position - 1].lower not in self.coordinators:
            return False
        # "… compound in southern Nigeria on January 25, and kidnapped …": a date adds no object words
        # "… Menlu China Wang Yi di Jakarta, Kamis (18/4/2024), dan mendesak …": nor does a dateline
        rest = [
            t
            for k, t in enumerate(tokens[start : position - 1], start)
            if t.text != ","
            and not self.date_word(t)
            and not self.date_preposition(tokens, k)
            and not self.dateline_word(t)
        ]
        if len(rest) > DIRECT_OBJECT_REACH:
            return False
        for token in rest:
            if not token.text[:1].isalnum() or token.lower in self.breaks or token.lower in self.relative:
                return False
            if token.text[:1].islower() and (self.aside_verb(token) or token.lower in self.be_forms):
                return False
        return True

    def bare_noun(self, token, tokens: list) -> bool:
        """A word whose prefix makes it a noun ("pendukung", "Direktur Penyidikan"), but for a
        headline's bare verb ("Perangi")."""
        headline = token.text[:1].isupper() and title_case(tokens)
        return bool(self.noun_prefixes) and token.lower.startswith(self.noun_prefixes) and not headline

    def derived_noun(self, token) -> bool:
        """A pe-…-an or ke-…-an noun of an act: "penahanan", "kecaman"."""
        return (
            bool(self.nominal_prefixes) and token.lower.startswith(self.nominal_prefixes) and token.lower.endswith("an")
        )

    def coordinated_predicate(self, tokens, group: Group, position: int) -> bool:
        """Whether a party right after a verb is followed by a predicate word or two and then "and"/"dan"
        with at most auxiliaries before the verb at `position`: "considers the US biased and has
        rejected …", "menganggap AS bermusuhan dan telah menolak …". The party is the earlier verb's
        object; the verb after "and" shares that verb's subject. Not a party opening its clause ("…,
        DPR harus adil dan mengundang …": DPR is the subject of both)."""
        between = tokens[group.last : position]
        if not between or not self.finite_verb(tokens[position]):
            return False
        k = group.first - 1
        while k >= 0 and tokens[k].lower in self.determiners:
            k -= 1
        inflected = k >= 0 and len(tokens[k].lemmas) > 1 and tokens[k].text.isalpha() and tokens[k].text.islower()
        if k < 0 or not (self.finite_verb(tokens[k]) or inflected) or tokens[k].lower in self.all_preps:
            return False  # "considers", "menganggap": a verb whose object the party is
        joins = [k for k, t in enumerate(between) if t.lower in self.coordinators]
        if not joins or joins[-1] == 0 or any(not t.text.isalpha() for t in between):
            return False  # "Russia and China rejected", "Russia, and later China, …": another shape
        before, after = between[: joins[-1]], between[joins[-1] + 1 :]
        # "Pemerintah meledakkan dan menenggelamkan …", "Iran condemned and rejected …": a verb before
        # the "and" makes the party its subject; "were wounded and arrested", "luka dan ditangkap":
        # a passive second verb is the party's own
        predicate = len(before) <= 2 and not any(
            t.lower in self.all_preps
            or t.lower in self.negators
            or t.lower in self.be_forms
            or t.text[:1].isupper()
            or self.finite_verb(t)
            for t in before
        )
        passive = self.passive_form(tokens[position]) or any(t.lower in self.be_forms for t in after)
        auxiliaries = self.tense_words - self.complementizers
        return predicate and not passive and all(t.lower in auxiliaries or t.lower in self.negators for t in after)

    def finite_verb(self, token) -> bool:
        """ "urged", "mendesak": a verb with its tense or voice marked — not a noun ("attacks")."""
        return finite_form(token, self.tense_suffixes, self.verbal_prefixes)

    def shared_subject(self, view: SentenceView, start: int, end: int, frame) -> Group | None:
        """The subject a verb after "but" or a subjectless "when"-clause shares: the clause's first
        party — unless the reported words open on their verb, when it is the speaker's and that party
        is the verb's object: "Pakistan menyatakan telah menangkap 700 agen Al Qaeda tapi tetap
        membantah …"."""
        subject = self.first_subject(view, start, end)
        if not self.subject_drop or frame is None or frame.speaker is None or frame.scope_start != start:
            return subject
        words = [t for t in view.sentence.tokens[start:end] if t.lower not in self.tense_words]
        verb_first = bool(words) and words[0].lower.startswith(self.verbal_prefixes) and len(words[0].lemmas) > 1
        return frame.speaker if verb_first and self.speaks_for_itself(frame.speaker) else subject

    def first_subject(self, view: SentenceView, start: int, end: int) -> Group | None:
        """The first party in tokens [start, end) that no preposition governs."""
        for group in view.groups:
            if start <= group.first and group.last <= end and not self.preposition_before(view, group):
                return group
        return None

    def serial_object(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "menemui Jan Beagle meminta bantuan": in a string of verbs the first one's object is whom
        the second is addressed to."""
        group = view.group_at.get(match.first - 1)
        if not self.serial_verbs or group is None or group.last != match.first:
            return None
        return group if self.object_of_earlier_verb(view, group, match.first) is not None else None

    @staticmethod
    def nearest_before(view: SentenceView, position: int) -> Group | None:
        """The party right before a clause like "karena mendukung …" is that verb's subject:
        "berterima kasih kepada Korea Utara karena mendukung Rusia" — Korea Utara supports."""
        before = [g for g in view.groups if g.last <= position]
        return before[-1] if before else None

    def located_subject(self, view: SentenceView, position: int, frame) -> Group | None:
        """ "The parliamentary majority in Lebanon has accused Damascus": with no other subject, the
        place that locates the unnamed subject stands for it."""
        tokens = view.sentence.tokens
        floor = frame.scope_start if frame and frame.scope_start <= position else 0
        before = [g for g in view.groups if floor <= g.first and g.last <= position]
        if not before:
            return None
        group = before[-1]
        between = tokens[group.last : position]  # "… in Lebanon has accused": at most an auxiliary
        if len(between) > 2 or any(not t.text[:1].isalpha() or t.lower in self.coordinators for t in between):
            return None
        # "Nazarbayev arrived in Cairo after concluding visit to Qatar", "tiba di Kairo setelah
        # menyelesaikan kunjungan": a clause break after the place ends the clause it locates
        if any(t.lower in self.breaks | self.subordinators for t in between):
            return None
        return group if self.preposition_before(view, group) in self.locative else None

    def is_speaker(self, view: SentenceView, group: Group, position: int) -> bool:
        return any(f.speaker is group and f.scope_start <= position < f.scope_end for f in view.frames)

    def main_clause_subject(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """The subject after the comma of a sentence that opens with a subordinate or participle
        clause: "Setelah melakukan pembicaraan dengan Choe, Lavrov …" → Lavrov."""
        tokens = view.sentence.tokens
        if not tokens or not self.opens_with_clause(tokens[0]):
            return None
        for i in range(match.last, len(tokens)):
            if tokens[i].text == ",":
                for group in view.groups:
                    if group.first > i and not self.preposition_before(view, group):
                        return group
                return None
        return None

    def accusation_cause_subject(self, view: SentenceView, match: TriggerMatch, frame) -> Group | None:
        """s59_accnoun: "Arab Saudi … memutuskan hubungan dengan Qatar terkait dengan tudingan bahwa Doha
        mendukung terorisme", "Saudi Arabia … cut ties with Qatar over accusations that Doha supports
        terrorism": an accusation noun (grammar `accusation_cause_nouns`) that gives the cause of the
        main clause's act (`accusation_cause_preps`, an optional "dengan" after it) is that clause's
        subject's own charge — unless the subject underwent the act ("Menteri itu dicopot terkait tuduhan korupsi":
        the one removed is the accused, not the accuser)."""
        if match.trigger.event != "ACCUSE" or match.trigger.mode != "allege" or match.first == 0:
            return None
        tokens = view.sentence.tokens
        if tokens[match.first].lower not in self.accusation_cause_nouns:
            return None  # "terkait penyidikan kasus suap", "terkait status tersangka": no charge made
        k = match.first - 1
        if tokens[k].lower in self.accusation_cause_links and k > 0:
            k -= 1
        if tokens[k].lower not in self.accusation_cause_preps:
            return None
        subject = self.subject_before(view, k, frame)
        if subject is None or self.preposition_before(view, subject) or self.is_passive_subject(view, subject, k):
            return None
        return subject

    def opening_meeting(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Following a meeting with Chinese Defence Minister Dong Jun, Lloyd Austin said …", "Setelah
        pertemuan tertutup selama dua jam, Menlu Sugiono dan Menlu Wang Yi sepakat …": talks named in
        the phrase that opens the sentence ("after", "following", "setelah", "usai") were held by the
        sentence's subject."""
        tokens = view.sentence.tokens
        if match.trigger.event != "CONSULT" or not tokens or tokens[0].lower not in self.sequence_openers:
            return None
        if any(t.text == "," for t in tokens[: match.first]):
            return None
        if match.first == 1 and self.opens_with_clause(tokens[1]):
            return None  # "After arriving in Belem, Strel was …", "Setelah bertemu …": a clause, read as one
        return self.main_clause_subject(view, match)

    def talks_before_act(self, view: SentenceView, match: TriggerMatch, speaker, frame) -> Group | None:
        """ "The leaders said the truce held after talks with Ethiopian officers", "…, kata Retno seusai
        pertemuan bilateral dengan Menlu Timor Leste": talks with a named partner, in a phrase after
        the act ("after", "following", "setelah", "usai") and with no doer of their own, were held by
        the one who speaks or acts in that clause. "Fighting resumed after talks with the rebels
        collapsed" names no such party before the phrase and stays without an actor. Talks in a phrase
        that sets the clause (grammar `meeting_frame_preps`) are the joint subject's
        (joint_subject_in_setting)."""
        tokens = view.sentence.tokens
        if match.trigger.event != "CONSULT" or match.trigger.mode == "visit" or not self.sequel_preps:
            return None
        i = match.first - 1
        while i > 0 and tokens[i].lower in self.determiners:
            i -= 1
        if i > 0 and tokens[i].lower in self.meeting_frame_preps:
            return self.joint_subject_in_setting(view, match, i, frame)
        if i <= 0 or tokens[i].lower not in self.sequel_preps:
            return None
        # "talks with", "pertemuan bilateral dengan": the partner follows the noun at once
        reach = range(match.first + 1, min(match.last + 2, len(tokens)))
        k = next((j for j in reach if tokens[j].lower in self.discussion_partner_preps), None)
        if k is None:
            return None
        partner = view.group_at.get(k + 1) or view.group_at.get(k + 2)
        if partner is None:
            return None
        if speaker is not None and speaker.last < match.first and not partner.codes() & speaker.codes():
            return speaker
        subject = self.subject_before(view, i, frame)
        if subject is None or subject.codes() & partner.codes() or self.is_passive_subject(view, subject, i):
            return None
        return subject

    def joint_subject_in_setting(self, view: SentenceView, match: TriggerMatch, prep: int, frame) -> Group | None:
        """ "Macron and Merkel, in a phone call on Tuesday, both voiced concern", "Jokowi dan Rutte dalam
        pertemuan bilateral sepakat …": talks in a phrase that sets the clause ("in", "during", "dalam",
        "lewat"; grammar `meeting_frame_preps`) were held by the clause's subject when it names two parties
        or more, who meet each other (split as a joint subject). One party alone ("Macron, in a meeting
        with Merkel, said …") is left as it was: reading the partner after "with" cost the fresh sets."""
        subject = self.subject_before(view, prep, frame)
        if subject is None or len(subject.codes()) < 2 or self.is_passive_subject(view, subject, prep):
            return None
        return subject

    def is_passive_subject(self, view: SentenceView, subject: Group, position: int) -> bool:
        """A subject whose verb before the phrase is passive, or a copula, suffered or describes the act:
        "He was freed after talks with the kidnappers" — the talks were not his."""
        between = view.sentence.tokens[subject.last : position]
        return any(self.passive_form(t) or t.lower in self.be_forms for t in between)

    def own_visit(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Clinton said Saturday during a visit to Iraq that …", "On a visit to Cairo, al-Shara said
        …", "Dalam kunjungannya ke Kenya, Macron …": a visit noun with no doer of its own, in the
        phrase that frames what the sentence's speaker says or does, is that speaker's own visit.
        "Two soldiers were killed during a visit by the minister" names its visitor and stays as it was."""
        tokens = view.sentence.tokens
        if match.trigger.event != "CONSULT" or match.trigger.mode != "visit" or not self.visit_frame_preps:
            return None
        i = match.first - 1
        while i >= 0 and tokens[i].lower in self.determiners:
            i -= 1
        if i < 0 or tokens[i].lower not in self.visit_frame_preps or self.genitive_after(view, match) is not None:
            return None
        # the phrase opens the sentence ("Di sela kunjungannya ke …": a preposition may lead it): the
        # subject after its comma
        if all(t.lower in self.all_preps for t in tokens[:i]):
            comma = next((k for k in range(match.last, len(tokens)) if tokens[k].text == ","), None)
            if comma is None:
                return None
            subject = next((g for g in view.groups if g.first > comma), None)
            if subject is None or subject.first > comma + 1 + SUBJECT_PREP_REACH:
                return None
            if self.preposition_before(view, subject):
                return None
            return subject
        for group in view.groups:  # "…, said Turkish President Erdogan during a visit to Qatar"
            if group.first > 0 and tokens[group.first - 1].lower in self.speech and i - 1 <= group.last <= i:
                return group
        # "… said Saturday during a visit to …": the speaker of a speech verb just before the phrase
        for k in range(i - 1, max(-1, i - 1 - VISIT_FRAME_REACH), -1):
            if tokens[k].lower in self.speech:
                speaker = view.group_at.get(k + 1)  # "…, said Kufuor during a state visit to Britain"
                if speaker is not None and speaker.first == k + 1 and speaker.last < i:
                    return speaker
                return self.subject_before(view, k, None)
        return None

    def opens_with_clause(self, token) -> bool:
        """Whether a sentence's first word opens a clause before its main one: a break word or a
        subordinator ("After talks with Li, Albanese said …", "Usai bertemu Jokowi, Najib …" — "usai",
        "seusai" as "setelah"), or a prefixed verb or gerund ("Bertemu di Beijing, …", "Arriving …")."""
        if token.lower in self.breaks or token.lower in self.subordinators:
            return True
        if self.clause_prefixes:  # "Setelah bertemu …"
            return token.lower.startswith(self.clause_prefixes) and len(token.lemmas) > 1
        return token.lower.endswith(self.gerund_suffixes)  # "After arriving …"

    def genitive_after(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """The owner of a noun trigger: "kunjungan dua hari Lavrov" → Lavrov; "the visit by Putin"."""
        tokens = view.sentence.tokens
        end = match.own_end  # "Serangan udara AS menewaskan …": the noun's doer follows the noun itself
        if not self.modifiers_follow_noun:  # an owner after its noun needs "of"/"by"
            marked = end < len(tokens) and tokens[end].lower in self.genitive_preps
            group = view.group_at.get(end + 1) or view.group_at.get(end + 2)
            return group if marked and group is not None and group.first <= end + 2 else None
        if self.owner_in_gap(view, match):
            # "Rudal Rusia menghantam gedung …": the owner stands in the pattern's gap after the noun
            return view.group_at[match.first + 1]
        for i in range(end, min(len(tokens), end + 4)):
            group = view.group_at.get(i)
            if group is not None:
                prep = self.preposition_before(view, group, floor=end)
                ok = not prep or prep in self.genitive_preps
                return group if ok and group.first == i else None
            if tokens[i].lower in self.all_preps and tokens[i].lower not in self.genitive_preps:
                return None
            if tokens[i].text in {",", ";"} or tokens[i].lower in self.breaks:
                return None
            # "mengecam serangan itu dan mendesak Israel …": the owner is not past a new verb — but
            # "serangan udara yang dilakukan Macan Tamil" names its doer after a relative passive.
            # Nor past the noun's own verb right after it: "Serangan bom menewaskan lima tentara AS"
            # names those killed, as "Bomb attacks killed five US soldiers" does
            verbal = tokens[i].lower.startswith(self.voice_prefixes or ("",)) and len(tokens[i].lemmas) > 1
            relative_passive = self.relative_passive(tokens, i)
            if verbal and (i > end or not prefixed_passive(tokens[i], self.passive_prefixes)) and not relative_passive:
                return None
        return None

    def relative_passive(self, tokens, i: int) -> bool:
        """A passive verb that opens a relative clause, with a tense or aspect word between: "serangan
        udara yang dilakukan Macan Tamil", "serangan udara yang kembali dilancarkan Israel"."""
        if i == 0 or not prefixed_passive(tokens[i], ("di",)):
            return False
        k = i - 1 if tokens[i - 1].lower not in self.passive_auxiliaries else i - 2
        return k >= 0 and tokens[k].lower in self.relative

    @staticmethod
    def gap_after_head(match: TriggerMatch) -> bool:
        """Whether the word after the pattern's first word lies in its gap: "Rudal [Rusia] menghantam"."""
        return match.first + 1 not in match.positions and match.first + 1 < match.last

    def owner_in_gap(self, view: SentenceView, match: TriggerMatch) -> bool:
        """A material act's noun with its owner in the gap ("Rudal Rusia menghantam"); the owner of
        words ("Tuduhan Jepang itu tidak masuk akal") is not who judges them."""
        group = view.group_at.get(match.first + 1)
        in_gap = self.gap_after_head(match) and group is not None and group.last < match.last
        if self.force_opens(view, match):
            return True
        if not in_gap:
            return False
        # "Penolakan Iran terhadap resolusi IAEA": a pe-an or ke-an noun names the act itself, and
        # its owner does it — a word the act is about ("Tuduhan Jepang itu tidak masuk akal") is not
        if match.trigger.event not in VERBAL or self.derived_noun(view.sentence.tokens[match.first]):
            return True
        return self.complement_after_gap(view, match, group)

    @staticmethod
    def force_opens(view: SentenceView, match: TriggerMatch) -> bool:
        """A military named by its weapon opens the pattern and ends in its gap: "Kapal perang China
        memasuki …", "Drone Rusia menghantam …" (the weapon word is the pattern's first word)."""
        group = view.group_at.get(match.first)
        return (
            group is not None
            and group.first == match.first
            and match.first + 1 < group.last < match.last
            and all(m.entity.sector == "MIL" for m in group.mentions)
        )

    def complement_after_gap(self, view: SentenceView, match: TriggerMatch, owner: Group) -> bool:
        """ "Desakan Australia agar …", "Tuduhan Rusia bahwa …", "Ancaman Korea Utara untuk …": when
        the pattern goes on after the owner with what the noun says, demands or threatens, the noun
        is the act itself and its owner does it."""
        tokens = view.sentence.tokens
        return owner.last < match.last and tokens[owner.last].lower in self.noun_complements

    def owner_then_target(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Kritik China terhadap Jepang muncul …", "Protes Iran kepada Israel …": a bare word that
        opens the sentence, its owner and then whom it is aimed at, is a noun."""
        tokens = view.sentence.tokens
        group = view.group_at.get(match.last)
        if group is None or group.last >= len(tokens):
            return False
        return tokens[group.last].lower in self.recipient_preps

    def in_time_clause(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "… is in intensive care after being arrested in a crackdown", "Nadir dibawa ke Polda setelah
        ditangkap di bandara", "after he was remanded": a passive verb that opens a time clause sets
        the time of what the sentence tells; it is not itself the news."""
        tokens = view.sentence.tokens
        i = match.first - 1
        while i >= 0 and match.first - i <= TIME_CLAUSE_REACH and tokens[i].lower in self.clause_fillers:
            i -= 1
        return i >= 0 and tokens[i].lower in self.time_openers

    def names_its_doer(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Ia didenda dua kali gaji mingguan oleh klubnya", "he was fined by his club": a passive whose
        "oleh"/"by" phrase names the doer in the same clause has one; when that doer is no party, the
        act is not a state's to guess (a club, a school, a firm fines, fires or bans its own). An
        "oleh"/"by" after another passive is that one's: "dihukum 12 bulan penjara diikuti oleh …"."""
        tokens = view.sentence.tokens
        for i in range(match.last + 1, min(len(tokens) - 1, match.last + 1 + NAMED_DOER_REACH)):
            if tokens[i].text in (",", ";", ":") or tokens[i].lower in self.clause_breaks:
                return False
            other_passive = self.past_participle(tokens[i].lower)
            if self.passive_form(tokens[i]) or other_passive:
                return False
            if tokens[i].lower in self.agent:
                return tokens[i + 1].text[:1].isalpha()
        return False

    def in_relative(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "orang yang ditangkap", "those who were detained": a relative clause describes people,
        it does not report the act."""
        tokens = view.sentence.tokens
        for j in range(max(0, match.first - 3), match.first):
            if tokens[j].lower not in self.relative:
                continue
            # "told the court that Godfrey was arrested": a "that" with a subject of its own opens
            # what was said, not a relative clause
            subject = any(k in view.group_at or tokens[k].text[:1].isupper() for k in range(j + 1, match.first))
            if not (tokens[j].lower in self.complementizers and subject):
                return True
        return False

    def denied_claim(self, view: SentenceView, match: TriggerMatch, actor: Group | None) -> int | None:
        """ "Pejabat Afar menyatakan sandera itu dibawa ke Eritrea, yang dibantah Eritrea", "…, tuduhan yang
        dibantah oleh Qatar", "Ethiopia said the rebels trained in Eritrea, a claim denied by Eritrea": a
        rejection hung on the reported words after a comma — a claim noun, or a bare relative on a verb of
        denial (one denies what was said, not the party named last) — rejects the one who said them, the
        speaker of the reported words before the comma. Returns that comma's position."""
        if match.trigger.event != "REJECT":
            return None
        tokens = view.sentence.tokens
        k = match.first - 1
        while k >= 0 and (tokens[k].lower in self.passive_auxiliaries or tokens[k].lower in self.tense_words):
            k -= 1  # "tuduhan yang sebelumnya telah dibantah"
        if actor is not None and actor.last == k + 1:
            k = actor.first - 1  # "…, claims Eritrea denies": the relative's own subject
        relative = k >= 0 and tokens[k].lower in self.relative
        k -= 1 if relative else 0
        claim = k >= 0 and tokens[k].lower in self.rumours
        if claim:
            k -= 1
            while k >= 0 and tokens[k].lower in self.determiners | self.counts:
                k -= 1  # "a claim denied by …"
        denial = relative and tokens[match.first].lower in self.claim_denials
        if not (claim or denial) or k < 1 or tokens[k].text not in (",", "-", "--", "—", "–"):
            return None
        return k

    def claim_speaker(self, view: SentenceView, k: int, actor: Group | None) -> Group | None:
        """The speaker of the reported words that end at the comma k ("Pejabat Ethiopia menyatakan …,")."""
        frame = view.frame_for(k - 1)
        if frame is None or frame.speaker.last > k or frame.speaker is actor:
            return None
        return frame.speaker

    def agent_after(self, view: SentenceView, match: TriggerMatch, bare: bool = False) -> Group | None:
        """ "diselenggarakan oleh Korea Utara", "was attacked by"; in Indonesian the agent may also
        follow the passive verb bare: "Nadir ditangkap Densus 88", "ditahan Nazi pada 1938"."""
        tokens = view.sentence.tokens
        if bare:  # a passive verb, not a noun: "pembunuhan Kim" is Kim's killing
            # "ditetapkan KPK sebagai tersangka": the agent may stand in the pattern's gap
            start = match.first + 1 if self.gap_after_head(match) else match.last
            # s52_idfromen: "PKK dicap organisasi teroris oleh Uni Eropa": a party noun in the gap that
            # takes in the pattern's own last word is the label given, not the agent ("branded a
            # terrorist organisation by the EU"); the agent is sought after the pattern
            labelled = view.group_at.get(start) if start < match.last else None
            if labelled is not None and labelled.last >= match.last:
                start = match.last
            # "Bantuan kemanusiaan dikirim India ke Sri Lanka": a noun, then its passive verb, then the agent
            noun_led = not view.sentence.tokens[match.first].lower.startswith(self.verbal_prefixes or ("",))
            if noun_led and start == match.last and start < len(tokens) and prefixed_passive(tokens[start], ("di",)):
                start += 1
            # "diculik kelompok Abu Sayyaf": a word for a group of them may stand before the name
            end = min(len(tokens), match.last + 2)
            while start not in view.group_at and start < end and tokens[start].lower in self.quantities:
                start += 1
            # "dikecam Direktur Eksekutif Amnesty International Indonesia": an office's title that names
            # no party may stand between the verb and the agent it belongs to
            # — and so may the agent's people or unit and the act's manner: "ditangkap personel tim
            # Densus 88", "dikecam keras Iran" (not a time or a place: "ditangkap Senin" names no agent)
            title_end = min(len(tokens), start + AGENT_TITLE_REACH)
            passed_over = self.agent_titles | self.agent_fillers
            while start not in view.group_at and start < title_end and tokens[start].lower in passed_over:
                start += 1
            right_after = next((g for g in view.groups if g.first == start), None)
            # s53_accrecip: "Dua pria dituduh menyerang tentara": a pattern that ends on an active verb
            # (the deed charged) has that verb's object after it, not the passive's bare agent
            if start == match.last and match.last - 1 > match.first and self.active_verb(tokens[match.last - 1]):
                right_after = None
            # "dilatih militer Inggris": the pattern's last word opens the agent's name (not a place it
            # goes to: "dibawa ke mahkamah konstitusi")
            opened = view.group_at.get(match.last - 1) if match.last - 1 > match.first else None
            opened = None if tokens[match.last - 2].lower in self.all_preps else opened
            if (
                right_after is None
                and opened is not None
                and opened.first == match.last - 1
                and opened.last > match.last
            ):
                right_after = opened
            if right_after is not None:
                return self.body_of_title(view, right_after, start) or right_after
        # "Israel diserang rudal dari Iran", "was hit by missiles from Iran": the weapon's origin
        weapon = match.last + (1 if match.last < len(tokens) and tokens[match.last].lower in self.agent else 0)
        if (
            weapon + 1 < len(tokens)
            and tokens[weapon].lower in self.weapons
            and tokens[weapon + 1].lower in self.asked_from  # "from"/"dari": where the missiles came from
        ):
            origin = next((g for g in view.groups if g.first == weapon + 2), None)
            if origin is not None:
                return origin
        # "captured by Iranian troops": a pattern's gap may have swallowed the "by"
        # "ditembak hingga tewas oleh pasukan keamanan": a trigger's own last word may be the "by"
        own = set(match.positions) - {match.last - 1}
        for i in range(match.first + 1, min(len(tokens), match.last + RECIPIENT_WINDOW)):
            if i not in own and tokens[i].lower in self.agent:
                return next((g for g in view.groups if i < g.first <= i + AGENT_PHRASE_REACH), None)
        return None

    def weapon_user(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Tear gas was fired by the police at the crowd", "Water cannon and tear gas have been used
        by the police", "Gas air mata ditembakkan oleh polisi", "… telah digunakan polisi": a weapon
        noun that is itself the assault, as the subject of a passive verb of using or firing (grammar
        `weapon_use_verbs`), names its user as that verb's agent — after "by"/"oleh", or bare where
        the language puts the agent right after a passive verb (Indonesian). Only tense and "be"
        words may stand between the noun and the verb, and English needs its "be" word."""
        if match.trigger.event != "ASSAULT" or not self.weapon_use_verbs:
            return None
        tokens = view.sentence.tokens
        reach = range(match.first + 1, min(len(tokens), match.last + 4))
        verb = next((k for k in reach if tokens[k].lower in self.weapon_use_verbs), None)
        if verb is None:
            return None
        between = tokens[match.last : verb]
        if any(t.lower not in self.tense_words | self.be_forms for t in between):
            return None
        if self.be_forms and not any(t.lower in self.be_forms for t in between):
            # "images which show water cannon used by the police": a participle that only describes
            # the weapon asserts no act; English states one with "was"/"have been"
            return None
        start = verb + 1
        if start < len(tokens) and tokens[start].lower in self.agent:
            start += 1
        elif not self.voice_prefixes:
            return None  # English names the agent only after "by"
        return next((g for g in view.groups if start <= g.first <= start + 2), None)

    def agent_in_phrase(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """The party after a "by"/"oleh" that still belongs to the noun's phrase: only noun words
        stand between ("the arrest of five fishermen by the navy"), no verb or clause word ("the
        arrest of the fishermen was criticised by Amnesty" names who judged it, not who did it)."""
        # acts done to someone, releases, and deliveries ("the delivery of tanks to Ukraine by the
        # United States"); a visit or talks name their doer otherwise
        if match.trigger.event not in PATIENT_NOUNS | {"RETREAT", "AID"}:
            return None
        tokens = view.sentence.tokens
        # "pembicaraan … akan juga dihadiri oleh", "peretasan ini terdeteksi oleh": a verb in the
        # pattern or before the "by" makes the party after it that verb's agent
        if any(self.aside_verb(t) or t.lower in self.be_forms for t in tokens[match.first + 1 : match.last]):
            return None
        for k in range(match.last, min(len(tokens), match.last + DIRECT_OBJECT_REACH + 1)):
            if tokens[k].lower in self.agent:
                between = tokens[match.last : k]
                # "a state of emergency declared by President Ahmad", "the curfew imposed by the army":
                # a participle of putting the act in force, right after the noun, passes its "by" on
                # to the noun (grammar `enacting_participles`)
                enacted = len(between) == 1 and between[0].lower in self.enacting_participles
                if not enacted and (
                    any(p in view.triggers for p in range(match.last, k))
                    or any(self.aside_verb(t) or prefixed_passive(t, self.accidental_passive_prefixes) for t in between)
                ):
                    return None
                if not enacted and not self.noun_phrase_between(tokens, match.last, k):
                    return None
                agent = next((g for g in view.groups if k < g.first <= k + 3), None)
                # "visits to Damascus by international officials": an unnamed doer takes its state
                # from the scene, which here is the place visited (a titled name is no unnamed doer:
                # "declared by President Iajuddin Ahmad")
                if agent is None or all(m.kind == "implied" and not m.entity.name for m in agent.mentions):
                    return None
                return agent
        return None

    def object_after(self, view: SentenceView, match: TriggerMatch, actor: Group | None) -> Group | None:
        """The direct object right after the trigger ("mengecam Israel atas …", "met Kim"), else a
        group marked by a recipient preposition ("bertemu dengan Kim", "tiba di Pyongyang")."""
        domestic = match.trigger.event in DOMESTIC_OBJECTS
        disputed = match.trigger.event in DOMESTIC
        # a phrase of aid handed over ("menyalurkan bantuan kepada", "dapur umum"), not a bare verb of
        # helping or rescue: "membantu para korban", "soldiers evacuated civilians" say no aid was given
        tokens = view.sentence.tokens
        aid = match.trigger.event in DOMESTIC_RECEIVERS and any(
            t.lower in self.aid_goods for t in tokens[match.first : match.last]
        )
        partners = [
            g for g in self.groups_after(view, match) if actor is not None and self.partner(view, match, g, actor)
        ]
        groups = [
            g
            for g in self.groups_after(view, match)
            if (
                actor is None
                or g in partners
                or self.praised_body(view, match, g, actor)
                or (aid and aided_people(g, actor))
                or not self.same_side(g, actor, domestic, disputed)
            )
            # "Niger recalled its ambassador from France": the actor's own people are not the target
            and not (actor is not None and g.first > 0 and tokens[g.first - 1].lower in self.own_possessives)
            # "agreed to a truce brokered by the UN": the mediator of what was agreed is no party to it
            and not self.brokered_by(tokens, g)
            # "police are investigating allegations by two farmers": the claim's maker is no target
            and not self.claim_maker(tokens, match, g)
            # "the raid on the village drew Egyptian condemnation": the critic of a later reaction
            and not self.critic_of_later_reaction(view, match, g)
            # "Colombia recalls ambassador to Israel": what a withdrawal's own pattern names is withdrawn
            and not (match.trigger.mode == "withdraw" and set(range(g.first, g.last)) <= set(match.positions))
            # "Indonesia memanggil pulang Duta Besar RI untuk Australia", "recalled the Brazilian
            # ambassador to Israel": the envoy withdrawn is the actor's own; the state it is posted to
            # is the recipient
            and not (match.trigger.mode == "withdraw" and self.posted_envoy(view, g))
        ]
        signalled = self.welcomed_sign(view, match)
        if signalled is not None:
            return signalled
        person = self.unnamed_person_object(view, match)
        described = person if person is not None and self.describes_person(tokens, person) else None
        if described is not None:
            # "arrested a man who had travelled to Syria", "beheaded a man accused of spying for US
            # forces": the parties after an unnamed person the verb acts on describe that person
            groups = [g for g in groups if g.first < described]
        for group in groups:
            if group.first < match.last:
                hit = self.hit_after_place(view, match, group, groups)
                # "mendesak Rusia untuk mematuhi": the pattern's gap holds the object
                return hit or group
        apposed = self.apposed_party(view, match.last, self.comma_after(view, match.last))
        if apposed in groups:
            return apposed
        doer = self.doer_in_object(view, match, groups)
        if doer is not None:
            return doer
        partner = self.talked_with(view, match, groups) or self.companion_met(view, match, actor, groups)
        if partner is not None:
            return partner
        # "tiba di Pyongyang", and aid given where it is needed: "launched a relief operation in Nepal"
        # (a phrase or a verb, "AS mendanai proyek di Ukraina"; not the bare noun: "disiksa … dengan
        # bantuan agen Irak di …" names no aid given there)
        aid_given = len(match.positions) > 1 or not self.is_nominal(view, match)
        placed = match.trigger.mode == "visit" or (match.trigger.event == "AID" and aid_given)
        recipient_preps = self.recipient_preps | (self.locative if placed else frozenset())
        if match.trigger.event in ("REQUEST", "CONCEDE") or match.trigger.mode == "withdraw":
            # "requested assistance from Iran", "meminta bantuan dari Iran", "recalled its ambassador
            # from France", "yielded to pressure from Poland"
            recipient_preps = recipient_preps | self.asked_from
        listed = self.named_list_party(view, match, groups)
        if listed is not None:
            return listed
        if tokens[match.last - 1].lower in self.all_preps and groups and groups[0].first - match.last <= 2:
            # "in support of the Indian government": a pattern that ends in its preposition takes its object
            between = tokens[match.last : groups[0].first]
            if not any(t.lower in self.all_preps or not t.text[:1].isalnum() for t in between):
                return groups[0]
        direct = None
        for group in groups:
            # "tiba di Pyongyang": the trigger's own last word may mark the recipient
            preps = [t.lower for t in tokens[match.last - 1 : group.first] if t.lower in self.all_preps]
            if not preps and (
                group.first - match.last <= 3 or self.noun_phrase_between(tokens, match.last, group.first)
            ):
                direct = direct or group
                if group.first - match.last <= 1:
                    return group
            elif preps and self.marks_recipient(preps, recipient_preps):
                return direct or group
            elif (
                (self.owner_of_object(preps) or self.praised_source(view, match, preps))
                and group.first - match.last <= DIRECT_OBJECT_REACH
                # "the stopover was opposed by the Bush administration": another verb's agent
                and not any(t.lower in self.be_forms for t in tokens[match.last : group.first])
            ):
                # "praised the role of Iraqi forces", "condemned the actions of Israel": the owner of
                # what is praised or condemned is its object
                direct = direct or group
        return direct

    def named_list_party(self, view: SentenceView, match: TriggerMatch, groups: list[Group]) -> Group | None:
        """The first named party of a list of objects whose first item is unnamed: 'Iran thanked "all
        the volunteers," the Iraqi army and the Syrian government' -> the Iraqi army and the Syrian
        government (named_list_after); None when the verb's object is no such list."""
        if self.is_nominal(view, match):
            return None  # a noun's object list is a topic: "issues such as dialogue, the reform of the OIC"
        tokens = view.sentence.tokens
        start = match.last
        if start < len(tokens) and tokens[start].lower in self.recipient_preps:
            start += 1  # 'berterima kasih kepada "semua pejuang," …'
        comma = next(
            (i for i in range(start, min(len(tokens), start + UNNAMED_ITEM_TOKENS + 1)) if tokens[i].text == ","), None
        )
        if comma is None or not self.named_list_after(view, start, comma):
            return None
        return next((g for g in groups if g.first > comma), None)

    @staticmethod
    def comma_after(view: SentenceView, start: int) -> int | None:
        """The first comma at or after `start` within a relation phrase's reach."""
        tokens = view.sentence.tokens
        end = min(len(tokens), start + RELATION_REACH + 2)
        return next((i for i in range(start, end) if tokens[i].text == ","), None)

    def apposed_party(self, view: SentenceView, start: int, comma: int | None) -> Group | None:
        """The party named in apposition after a relation noun that is the verb's object: "accused
        its neighbour, Rwanda, of …", "cooperation with its ally, the United States", "menuding negara
        tetangganya, Rwanda, …", "dengan mitra kami, Pemerintah Inggris, …" — from `start` at most a
        recipient preposition, then a few lower-case words holding a relation noun (grammar `ally_nouns`,
        also with a possessive clitic: "sekutunya"), the comma, and the group right after it (past a
        determiner). None when the phrase names a party itself ("its ally Japan") or holds no such noun."""
        if comma is None or not start < comma <= start + RELATION_REACH + 1:
            return None
        tokens = view.sentence.tokens
        words = tokens[start:comma]
        if words and words[0].lower in self.recipient_preps:
            words = words[1:]  # "with its ally, …"; not a place: "fought in the neighbouring province, Kandahar"
        owners = self.possessives | self.determiners  # "mitra kami", "its ally": an owner, not a party named
        named = any(i in view.group_at and tokens[i].lower not in owners for i in range(start, comma))
        if not words or len(words) > RELATION_REACH or named:
            return None
        if not all(t.text.isalpha() and t.text.islower() for t in words):
            return None
        if not any(t.lower in self.ally_nouns for t in words):
            return None
        first = comma + 1
        while first < len(tokens) and tokens[first].lower in self.determiners:
            first += 1
        return next((g for g in view.groups if g.first == first), None)

    def unnamed_person_object(self, view: SentenceView, match: TriggerMatch) -> int | None:
        """Where an unnamed person object ends, when the verb's object is one: "beheaded a man …",
        "detained three people who …", "menangkap seorang pria yang …" (grammar `captive_nouns`
        after at most a determiner or count and one word). None when the object is a party
        ("arrested a Moroccan man": the demonym is a group before the noun) or no such noun follows."""
        if match.trigger.event not in ("ASSAULT", "COERCE", "RETREAT"):
            return None
        tokens = view.sentence.tokens
        i = match.last
        if i < len(tokens) and tokens[i].lower in self.object_openers:
            i += 1
        for k in range(i, min(i + 2, len(tokens))):
            if k in view.group_at:
                return None
            if tokens[k].lower in self.captive_nouns:
                return k + 1
        return None

    def describes_person(self, tokens, at: int) -> bool:
        """A relative clause or a participle phrase opens at `at`: "a man who …", "a man accused of …",
        "seorang pria yang …" — not a preposition ("two men from Iraq" names where they come from)."""
        if at >= len(tokens):
            return False
        word = tokens[at]
        return word.lower in self.relative or self.participle(word)

    def claim_maker(self, tokens, match: TriggerMatch, group: Group) -> bool:
        """An inquiry into what someone alleged is not aimed at the one who alleged it: "the ministry is
        investigating allegations by three farmers that guards beat them", "polisi menyelidiki pengaduan
        dari warga Malaysia" — the party after a claim noun's "by"/"from" ("oleh"/"dari", grammar
        `claim_source_preps`) made the claim (grammar `inquiry_claims`); an inquiry "into allegations
        against the mayor" still reaches the mayor."""
        if match.trigger.mode != "investigate":
            return False
        k = group.first - 1
        floor = max(match.first, group.first - 1 - CLAIM_MAKER_WORDS)
        while k > floor and tokens[k].lower not in self.claim_source_preps and not tokens[k].text[:1].isupper():
            k -= 1  # "by three local farmers", "from the residents"
        made_by = tokens[k].lower in self.claim_source_preps
        return made_by and k - 1 >= match.first and tokens[k - 1].lower in self.inquiry_claims

    def brokered_by(self, tokens, group: Group) -> bool:
        """A party right after a broker's participle ("brokered by", "mediated by", "ditengahi",
        "dimediasi oleh") mediated the deal: "Israel and Lebanon agreed to a ceasefire brokered by the
        United States" — the US is the go-between, the two who agreed are the parties (so a joint
        subject stays actor and recipient)."""
        end = group.first
        while end > 0 and tokens[end - 1].lower in self.determiners:
            end -= 1  # "brokered by the United Nations"
        if any(phrase_at(tokens, end - len(p), p) for p in self.broker_phrases):
            return True
        # "a U.S.-brokered ceasefire": the mediator joined by a hyphen to the participle after it
        after = [t.lower for t in tokens[group.last : group.last + 2]]
        return len(after) == 2 and after[0] == "-" and any(p[0] == after[1] for p in self.broker_phrases)

    @staticmethod
    def body_of_title(view: SentenceView, title: Group, start: int) -> Group | None:
        """ "dikecam Direktur Jenderal Asia Pasifik Kemlu RI": a capitalised title read as an unnamed
        official of the scene, then its unit's capitalised name, then the named body it belongs to —
        that body is the agent ("massa pendukung Palestina", in lower case, keeps "massa"). `start`:
        the first word after the verb and the title words passed over."""
        tokens = view.sentence.tokens
        if not all(m.kind == "implied" for m in title.mentions) or not tokens[start].text[:1].isupper():
            return None
        return next(
            (
                g
                for g in view.groups
                if title.last < g.first <= title.last + AGENT_TITLE_REACH
                and any(m.kind != "implied" for m in g.mentions)
                and all(t.text[:1].isupper() for t in tokens[title.last : g.first])
            ),
            None,
        )

    def posted_envoy(self, view: SentenceView, group: Group) -> bool:
        """An envoy followed by where it is posted: "Duta Besar RI untuk Australia", "its ambassador to
        Israel" (grammar `posted_to`), the post a named party right after."""
        tokens = view.sentence.tokens
        if group.last >= len(tokens) or tokens[group.last].lower not in self.posted_to:
            return False
        if not all(m.entity.sector == "GOV" for m in group.mentions):
            return False
        post = next((g for g in view.groups if group.last < g.first <= group.last + 2), None)
        return post is not None and not post.codes() <= group.codes()

    def welcomed_sign(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "The EU welcomed signs that the Thai government would allow aid in", "Kami menyambut baik
        indikasi bahwa pemerintah akan memberikan akses": praise of a sign, report or assurance (grammar
        `sign_nouns`) that a party will act is aimed at that party — the subject of the that/bahwa
        clause right after the noun. None for other objects, or when no named party opens the clause."""
        if match.trigger.event != "SUPPORT" or not self.sign_nouns:
            return None
        tokens = view.sentence.tokens
        k = match.last
        while k < len(tokens) and k - match.last < SIGN_REACH and tokens[k].lower not in self.sign_nouns:
            if not tokens[k].text[:1].isalpha() or tokens[k].lower in self.breaks:
                return None
            k += 1
        if k + 1 >= len(tokens) or tokens[k].lower not in self.sign_nouns:
            return None
        k += 1
        if tokens[k].lower not in self.complementizers:
            return None
        k += 1
        while k < len(tokens) and tokens[k].lower in self.determiners:
            k += 1
        group = view.group_at.get(k)
        if group is None or group.first != k or all(m.kind == "implied" for m in group.mentions):
            return None  # an unnamed "the government" takes its state from the speaker, often wrongly
        return group

    def doer_in_object(self, view: SentenceView, match: TriggerMatch, groups: list[Group]) -> Group | None:
        """ "Uni Eropa mengecam uji coba rudal balistik yang dilakukan Korea Utara", "penyelidikan atas
        dugaan pelanggaran HAM oleh pasukan Ethiopia", "condemned the missile test carried out by North
        Korea": verbal conflict is aimed at the doer its object names after "by"/"oleh" or "yang di-",
        while only the act's noun phrase stands between, even one naming its victims ("mengecam
        penembakan warga Ukraina yang dilakukan pasukan Rusia"); "condemned the attack by Friday" names
        no doer, and "mengecam Israel atas …" keeps its direct object."""
        if match.trigger.event not in JUDGED or not groups or groups[0].first <= match.last:
            return None  # the verb's own object comes first: "mengecam Israel atas serangan oleh …"
        tokens = view.sentence.tokens
        for group in groups:
            if group.first - match.last > DOER_REACH:
                return None
            start = self.doer_marker(tokens, group.first, match.last)
            if start is not None and self.act_phrase(tokens, match.last, start):
                if all(m.kind == "implied" for m in group.mentions):
                    return None  # an unnamed doer takes its state from the scene
                return group
        return None

    def doer_named_later(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Mabes Polri menyatakan serangan bom bunuh diri di Kampung Melayu, Jakarta, diduga dilakukan
        oleh kelompok teror ISIS", "the bomb attack in the market, on Monday night, was allegedly carried
        out by ISIS": a noun of a material act whose own clause goes on, past its place and time, to
        "(yang) (diduga) dilakukan oleh X" / "(was) (allegedly) carried out by X" names its doer X —
        whoever reports it. Only the act's phrase stands between (no verb, clause word or other event
        word); an unnamed doer ("oleh orang tak dikenal") names none."""
        if match.trigger.event in VERBAL or not self.doer_verbs:
            return None
        tokens = view.sentence.tokens
        if self.verbal_prefixes and tokens[match.first].lower.startswith(self.verbal_prefixes):
            return None  # a verb: "menyerang … oleh" is another clause's
        by = match.last - 1 if tokens[match.last - 1].lower in self.agent else None  # "serangan itu dilakukan oleh"
        k = match.last
        while by is None and k < min(len(tokens) - 1, match.last + FAR_DOER_REACH):
            if tokens[k].lower in self.agent:
                by = k
            k += 1
        if by is None:
            return None
        k = by - 1
        while k >= match.last and tokens[k].lower in self.particles:
            k -= 1
        # "carried out by" (not "carried by Reuters"): a participle with its particle, or a doer verb
        particled = k < by - 1 and self.participle(tokens[k])
        if k < match.first or not (tokens[k].lower in self.doer_verbs or particled):
            return None
        k -= 1
        while k >= match.last and (tokens[k].lower in self.doer_hedges or tokens[k].lower in self.relative):
            k -= 1
        for i in range(match.last, k + 1):
            token, word = tokens[i], tokens[i].lower
            if i in view.triggers or word in self.breaks or word in self.relative or word in self.agent:
                return None
            if token.text in (",", "-") or i in view.group_at or token.text[:1].isupper():
                continue  # a place's name is no verb: "di Kampung Melayu"
            if not token.text.isalnum() or self.finite_verb(token) and len(token.lemmas) > 1:
                return None
        doer = next((g for g in view.groups if by < g.first <= by + 3), None)
        if doer is None or all(m.kind == "implied" for m in doer.mentions):
            return None
        if any(not t.text.isalpha() or t.lower in self.all_preps for t in tokens[by + 1 : doer.first]):
            return None
        return doer

    def told_then_said(self, view: SentenceView, match: TriggerMatch, roles: Roles) -> bool:
        """The speaker's own words after the one told are his: "… mengatakan kepada Al-Mayadeen balik
        menuduh", "told Al-Mayadeen TV, accusing", "to tell the Syrians … we want them to work with us"
        — a verbal act the addressee was read as the subject of (no closer subject named)."""
        actor = roles.actor
        if actor is None or actor is roles.speaker or match.trigger.event not in VERBAL:
            return False
        if not self.speaks_for_itself(roles.speaker) or match.first < actor.last:
            return False
        return self.addressee(view, actor)

    def addressee(self, view: SentenceView, group: Group) -> bool:
        """ "Mekdad mengatakan kepada stasiun TV pan - Arab Al - Mayadeen balik menuduh …", "Mekdad told
        Al-Mayadeen TV, accusing …": the one a speaker talks to — after "told" or a verb of saying and
        "kepada"/"to", over the words of its name — hears the words; it is no doer of what they say."""
        tokens = view.sentence.tokens
        if any(t.lower in self.determiners for t in tokens[group.first + 1 : group.last]):
            return False  # "told a reporter the government would …": two phrases read as one
        k = group.first - 1
        while k >= 0 and group.first - k <= ADDRESSEE_REACH:
            word = tokens[k].lower
            if word in self.addressee_preps:
                return k > 0 and tokens[k - 1].lower in self.speech_verbs
            if word in self.telling_verbs:
                return True  # "told Al-Mayadeen TV"
            if k in view.group_at or k in view.triggers or word in self.all_preps:
                return False
            if not (tokens[k].text[:1].isalnum() or tokens[k].text in HYPHENS):
                return False
            if word in self.determiners:
                # "told a reporter the government would …": an article opens the group's own phrase
                before = tokens[k - 1].lower if k > 0 else ""
                if before not in self.addressee_preps and before not in self.telling_verbs:
                    return False
            k -= 1
        return False

    def doer_marker(self, tokens, first: int, floor: int) -> int | None:
        """Where the words naming a doer start before a group: "oleh"/"by", "yang dilakukan (oleh)",
        "carried out by", "that was committed by"; None when the group has no such words before it."""
        k = first - 1
        if k < floor:
            return None
        if tokens[k].lower in self.agent:  # a party right after it: no "by force", "by Friday"
            k -= 1
            # "carried out by", "committed by": the act's own participle
            while k >= floor and (tokens[k].lower in self.particles or self.participle(tokens[k])):
                k -= 1
            while k >= floor and (tokens[k].lower in self.be_forms or tokens[k].lower in self.relative):
                k -= 1  # "that was carried out by"
            return k + 1
        relative_passive = k - 1 >= floor and tokens[k - 1].lower in self.relative
        if relative_passive and prefixed_passive(tokens[k], self.passive_prefixes):
            return k - 1  # "yang dilakukan Korea Utara"
        return None

    def past_participle(self, word: str) -> bool:
        """ "attacked", "taken", "shown": a word ending as a past participle does (grammar
        `participle_endings`, which no "-ing" form matches; Indonesian has none and marks voice instead)."""
        return word.endswith(self.participle_endings)

    def participle(self, token) -> bool:
        """ "committed", "carried", "launched": a past participle (English; Indonesian marks voice instead)."""
        word = token.lower
        return self.past_participle(word) and len(token.lemmas) > 1

    def act_phrase(self, tokens, start: int, end: int) -> bool:
        """Only the judged act's noun phrase between the trigger and its doer: nouns and their
        prepositions, no verb, clause word or punctuation ("pelanggaran HAM di Tigray oleh")."""
        for token in tokens[start:end]:
            word = token.lower
            if not word.isalpha() and "-" not in word or word in self.breaks or word in self.relative:
                return False
            if word in self.agent or word in self.be_forms or self.finite_verb(token) and len(token.lemmas) > 1:
                return False
        return True

    def hit_after_place(self, view: SentenceView, match: TriggerMatch, gap: Group, groups: list[Group]) -> Group | None:
        """ "A US drone strike in Baghdad killed Iranian general Qassem Soleimani", "Serangan udara
        Israel di Damaskus menewaskan dua penasihat Iran": a place in the pattern's gap (after a
        locative preposition) only says where; the one the act hits, right after the pattern, is its
        target. With no one named after it, the place stays ("a strike in Baghdad killed five")."""
        if self.preposition_before(view, gap, match.first) not in self.locative:
            return None
        tokens = view.sentence.tokens
        for group in groups:
            if group.first < match.last or group.first - match.last > 3:
                continue
            between = tokens[match.last : group.first]
            if all(t.text[:1].isalnum() and t.lower not in self.all_preps for t in between):
                return group
            return None
        return None

    def talked_with(self, view: SentenceView, match: TriggerMatch, groups: list[Group]) -> Group | None:
        """ "Bush discussed his new Iraq plan with Jordan's King Abdullah", "Ryamizard membicarakan
        persoalan ISIS dengan Menteri Pertahanan Selandia Baru": talks are held with the party after
        "with", not with the topic the verb's object names — while only the topic's noun phrase
        (no verb, clause break or punctuation) stands between."""
        if match.trigger.event != "CONSULT" or match.trigger.mode == "visit" or not self.discussion_partner_preps:
            return None  # "arrived in Beijing for talks with Seoul's envoy": a visit's host is where it goes
        tokens = view.sentence.tokens
        for group in groups:
            prep = self.partner_prep_before(tokens, group.first)
            if prep is None or prep <= match.last:
                continue
            topic = tokens[match.last : prep]
            if not topic or len(topic) > RECIPIENT_WINDOW:
                return None
            for token in topic:
                word = token.lower
                if word in self.breaks or word in self.relative or word in self.infinitive:
                    return None
                if word in self.coordinators and not self.second_topic(topic, token):
                    return None  # "meets Jordan's king and holds talks with …": another verb's partner
                if word in self.relation_nouns:
                    return None  # "discussed Syria's relations with Lebanon": "with" is the relation's
                if not (word.isalnum() or "-" in word or token.text in POSSESSIVE_S):
                    return None
            # "… with Jordan's King Abdullah II and Egyptian President Hosni Mubarak": both are partners
            # (the possessor stands for its own leader; the party joined to the leader is one more)
            if group.last < len(tokens) and tokens[group.last].text in POSSESSIVE_S:
                owned = view.group_at.get(group.last + 1)
                if owned is not None and owned is not group:
                    return Group(group.mentions + owned.mentions[1:])
            other = self.coordinated_after(view, group, self.between_joiners)
            return Group(group.mentions + other.mentions) if other is not None else group
        return None

    def companion_met(
        self, view: SentenceView, match: TriggerMatch, actor: Group | None, groups: list[Group]
    ) -> Group | None:
        """ "Presiden AS George W Bush, Jumat, bersama Raja Abdullah II dari Yordania serta Presiden Mesir
        Hosni Mubarak, mendiskusikan rencana barunya untuk Irak", "Bush, together with Jordan's king,
        discussed his Iraq plan": the parties a companion word (grammar `companions`) joins to a talk
        verb's subject, set off by commas just before the verb, are whom the subject talked with — not
        the topic after the verb. Only when no party follows the verb as its object or after "with"."""
        if match.trigger.event != "CONSULT" or match.trigger.mode == "visit" or actor is None:
            return None
        tokens = view.sentence.tokens
        if self.is_nominal(view, match) or match.first < 4 or tokens[match.first - 1].text != ",":
            return None
        for group in groups:
            between = [t.lower for t in tokens[match.last : group.first]]
            if group.first - match.last <= 1 or set(between) & self.discussion_partner_preps:
                return None  # "…, met Iranian officials", "…, held talks with Iran": the verb names them
        for c in range(match.first - 2, max(actor.last, match.first - 2 - RECIPIENT_WINDOW) - 1, -1):
            if tokens[c].text in {",", ";"}:
                return None
            phrase = next((p for p in self.companion_phrases if phrase_at(tokens, c, p)), None)
            if phrase is None:
                continue
            if tokens[c - 1].text != ",":
                return None
            joined = [g for g in view.groups if c + len(phrase) <= g.first and g.last < match.first]
            mentions = [m for g in joined for m in g.mentions]
            if not mentions or {m.entity.code for m in mentions} <= actor.codes():
                return None
            return Group(mentions)
        return None

    @staticmethod
    def second_topic(topic: list, joiner) -> bool:
        """A coordinator that joins a second topic named by a proper noun, not another verb: "discussed
        his new Iraq plan and Middle East peace efforts with Jordan's King Abdullah" (the partner is
        still the one after "with"; "meets Jordan's king and holds talks with …" is another verb's)."""
        k = topic.index(joiner) + 1
        return k < len(topic) and topic[k].text[:1].isupper()

    def partner_prep_before(self, tokens, first: int) -> int | None:
        """Where "with" stands before a party, over its article or title: "with the Jordanian king"."""
        for k in range(first - 1, max(first - 4, 0) - 1, -1):
            word = tokens[k].lower
            if word in self.discussion_partner_preps:
                return k
            if word in self.all_preps or word in self.breaks or not word.isalpha():
                return None
        return None

    def uncoded_counterpart(self, view: SentenceView, match: TriggerMatch) -> int | None:
        """The token that opens a counterpart the sentence names but no actor list codes: after the
        trigger's preposition ("bertemu dengan tokoh Tanah Abang", "resumed talks with the labour
        movement", "ucapan selamat kepada Yuyu"), a pronoun ("dukungan kepadanya", "support to him"),
        or the decision welcomed ("menyambut baik putusan tersebut", "welcomed the ruling"). Not a
        manner ("bekerja sama dengan baik", "welcomed it with caution") nor an infinitive ("to help")."""
        tokens = view.sentence.tokens
        end = min(len(tokens), match.last + COUNTERPART_REACH)
        if match.trigger.event in PRAISE:
            backed = self.backed_candidate(view, match)
            if backed is not None:
                return backed
        if match.last < len(tokens) and match.trigger.event in PRAISE:
            first = match.last + (tokens[match.last].lower in self.determiners)
            if first < len(tokens) and tokens[first].lower in self.decision_nouns:
                return first
        for i in range(match.last - 1, end):
            word = tokens[i].lower
            if i >= match.last and (word in self.breaks or word in self.speech or not tokens[i].text[:1].isalnum()):
                return None
            if word in self.counterpart_pronouns and i >= match.last:
                return i  # "kepadanya"
            if word in self.counterpart_preps and self.opens_counterpart(tokens, i + 1):
                return i + 1
        return None

    def backed_candidate(self, view: SentenceView, match: TriggerMatch) -> int | None:
        """Where a candidate, ticket or bid backed opens (grammar `candidate_nouns`): "PDIP resmi
        mengusung pasangan ini", "menyatakan dukungan kepada pasangan Ridwan Kamil-Suswono",
        "declared its support for the governor's bid" — the backing's object, right after the trigger
        or its preposition, past determiners and the office holder whose bid it is. Not a noun
        further on ("supported the plan to field a candidate": the plan is what is backed)."""
        tokens = view.sentence.tokens
        if match.last - 1 > match.first and tokens[match.last - 1].lower in self.candidate_nouns:
            # "mendukung pencalonan …": the pattern ends in the candidacy
            return match.last - 1 if self.named_candidate(view, match.last, match.last) else None
        for i in range(match.last, min(len(tokens), match.last + COUNTERPART_REACH)):
            word = tokens[i].lower
            if word in self.candidate_nouns:
                return i if self.named_candidate(view, match.last, i + 1) else None
            linking = word in self.recipient_preps or word in self.determiners or i in view.group_at
            if not linking or word in self.breaks:
                return None
        return None

    def named_candidate(self, view: SentenceView, start: int, head_end: int) -> bool:
        """A candidate the text singles out — by name ("pasangan Djarot dan Sihar"), a demonstrative
        ("pasangan ini", "this candidate") or its owner ("the governor's bid", "the party's
        candidate") — not one of a kind: "punya tradisi untuk mendukung calon petahana", "to back
        candidates who …" (a habit or a plan, no endorsement given)."""
        tokens = view.sentence.tokens
        before = range(start, head_end - 1)
        if any(i in view.group_at or tokens[i].lower in self.demonstratives for i in before):
            return True
        for i in range(head_end, min(len(tokens), head_end + 2 * COUNTERPART_REACH)):
            if tokens[i].lower in self.breaks or not tokens[i].text[:1].isalnum():
                return False
            if tokens[i].text[:1].isupper() or tokens[i].lower in self.demonstratives:
                return True
        return False

    def party_in_phrase(self, view: SentenceView, match: TriggerMatch, start: int, actor: Group) -> bool:
        """A party of another state named inside the counterpart's phrase ("met with officials from
        an African Union force"): the counterpart is coded after all, through a word the recipient
        search does not cross; or the actor's own staff ("rapat dengan pejabat yang dipimpinnya"):
        an internal meeting — no domestic event either way."""
        tokens = view.sentence.tokens
        words = tokens[match.first : match.last]
        noun_led = bool(self.verbal_prefixes) and not any(t.lower.startswith(self.partner_verbs) for t in words)
        for i in range(start, min(len(tokens), start + COUNTERPART_REACH + 2)):
            if tokens[i].lower in self.breaks or not tokens[i].text[:1].isalnum():
                return False
            group = view.group_at.get(i)
            # a coded party of the actor's own state after a noun of meeting is no partner either
            # ("Rapat Dengar Pendapat dengan Kapolri": a hearing, the body's own business; see partner)
            coded = group is not None and (not group.codes() <= actor.codes() or (i == start and noun_led))
            if coded or tokens[i].lower in self.own_staff:
                return True  # "rapat dengan jajarannya", "met with his staff": an internal meeting
        return False

    def named_partner(self, view: SentenceView, match: TriggerMatch, actor: Group) -> bool:
        """A named party acting by a verb, as uncoded_counterpart needs: not unnamed police working
        "dengan Reskrim Polres" (a body at work inside its own state), nor a reporter's interview,
        nor a noun that names no partner ("komunikasi politik dengan presiden", "in consultation with")."""
        sectors = {m.entity.sector for m in actor.mentions}
        crowd = all(m.entity.sector in CROWDS or (m.kind == "demonym" and not m.entity.sector) for m in actor.mentions)
        if sectors & NO_PARTNERS or crowd:
            return False  # "Millions of Egyptians stood with her": a crowd is no one's partner
        if all(m.kind == "implied" for m in actor.mentions) and not self.state_named(view, actor, sectors):
            return False
        if self.denied_before(view, match):
            return False
        return not self.is_nominal(view, match) or self.verb_object(view, match)

    def denied_before(self, view: SentenceView, match: TriggerMatch) -> bool:
        """A negator earlier in the trigger's clause: "belum ketemu dan berkomunikasi dengan Pak Anas"
        — the modality reader ends a negation at "and", but a counterpart the scene supplies needs a
        clause that surely tells a meeting."""
        tokens = view.sentence.tokens
        for i in range(match.first - 1, max(-1, match.first - 1 - COUNTERPART_REACH), -1):
            if tokens[i].lower in self.breaks or not tokens[i].text[:1].isalnum():
                return False
            if tokens[i].lower in self.negators:
                return True
        return False

    @staticmethod
    def state_named(view: SentenceView, actor: Group, sectors: set[str]) -> bool:
        """An unnamed organ of a state the sentence names: "The government in Islamabad concluded a
        deal with …" (Pakistan's), not "Polisi berkoordinasi dengan Dinas Sosial" (a body at work
        inside a state the sentence leaves unsaid)."""
        if not sectors <= STATE_PRAISERS:
            return False
        codes = actor.codes()
        return any(m.kind in STATE_NAMES and m.entity.code in codes for g in view.groups for m in g.mentions)

    def verb_object(self, view: SentenceView, match: TriggerMatch) -> bool:
        """A noun trigger that is a verb's object: "concluded a controversial peace deal with …",
        "mencapai sebuah perjanjian damai dengan …" — not one after a preposition ("in consultation
        with", "soal dugaan lobi-lobi dengan …")."""
        tokens = view.sentence.tokens
        for i in range(match.first - 1, max(-1, match.first - 1 - COUNTERPART_REACH), -1):
            word = tokens[i].lower
            if word in self.all_preps or word in self.breaks or word in self.relative or not word[:1].isalnum():
                return False
            if self.finite_verb(tokens[i]) or self.light_verb(view, tokens[i]):
                return True
        return False

    def opens_counterpart(self, tokens, i: int) -> bool:
        """A party's phrase opens here: a name, a pronoun or a noun of people or bodies ("para ahli",
        "pro-government tribes"), also after a determiner ("the labour movement") — not what is
        backed ("support to the right of …") nor a state named before ("ties with the country")."""
        if i < len(tokens) and tokens[i].lower in self.determiners:
            i += 1
        if i >= len(tokens):
            return False
        word = tokens[i].lower
        if tokens[i].text[:1].isupper() or word in self.counterpart_pronouns:
            return True
        return word in self.counterpart_nouns or word.split("-")[0] in self.counterpart_nouns

    def partner(self, view: SentenceView, match: TriggerMatch, group: Group, actor: Group) -> bool:
        """ "bertemu dengan Ketua MPR", "met with members of the Taliban", "bekerja sama dengan BNPT":
        a party of the actor's own state right after a meeting or cooperation verb (or its
        preposition) is its partner (see DOMESTIC_PARTNERS) — but an unnamed body with one of its own
        kind is at work inside it: "Polisi berkoordinasi dengan Reskrim Polres"."""
        if match.trigger.event not in DOMESTIC_PARTNERS or group.first == 0:
            return False
        sectors = {m.entity.sector for m in actor.mentions}
        if (sectors | {m.entity.sector for m in group.mentions}) & NO_PARTNERS or self.is_nominal(view, match):
            return False
        words = view.sentence.tokens[match.first : match.last]
        verbal = any(t.lower.startswith(self.partner_verbs) for t in words) or (
            self.light_verb_event(view, match)
            and not self.named_as_place(view, actor)
            and all(m.kind == "person" for m in group.mentions + actor.mentions)
        )
        if self.verbal_prefixes and not verbal:
            return False  # "pembicaraan dengan …", "Rapat Dengar Pendapat dengan …": a noun names no partner
        if all(m.kind == "implied" for m in actor.mentions) and any(m.entity.sector in sectors for m in group.mentions):
            return False
        # a person or body the text names, or a surname of one named before ("Hasto … dengan Anas"),
        # other than the actor itself
        names = {m.entity.name for m in actor.mentions}
        represented = self.represented(view.sentence.tokens, group)
        named = any(m.kind != "implied" for m in actor.mentions)
        if not all(
            (m.kind in ("person", "body", "coref") and m.entity.name not in names)
            or self.government_of_challenger(m, actor)
            or self.placed_role(m, sectors, match.trigger.event, represented, named)
            for m in group.mentions
        ):
            return False
        return self.stands_as_partner(view, match, group)

    def represented(self, tokens, group: Group) -> bool:
        """A group met through its representatives: "menerima perwakilan petani", "met representatives
        of the farmers" — not the crowd itself ("dialogue with farmers", "bertemu para petani")."""
        if tokens[group.first].lower in self.met_group_heads and tokens[group.first].lower not in self.quantities:
            return True  # "perwakilan buruh" as one party
        k = group.first - 1
        if k > 0 and tokens[k].lower in self.determiners:
            k -= 1
        if k > 0 and tokens[k].lower in self.genitive_preps:
            k -= 1
        if k >= 0 and tokens[k].lower in self.met_group_heads and tokens[k].lower not in self.quantities:
            return True
        # "met farmers' representatives": the heads after the group's possessive
        k = group.last
        if k < len(tokens) and tokens[k].text in ("'", "’", "'s", "’s"):
            k += 1
        return k < len(tokens) and tokens[k].lower in self.met_group_heads and tokens[k].lower not in self.quantities

    @staticmethod
    def government_of_challenger(mention, actor: Group) -> bool:
        """The unnamed government of the scene is the partner of a named rebel or opposition body of
        that state: "Taliban representatives had been meeting with government bodies", "wakil Taliban
        bertemu dengan lembaga-lembaga pemerintah" — the two sides of a domestic conflict meet, not a
        body at work inside its own state."""
        return (
            mention.kind == "implied"
            and mention.entity.sector == "GOV"
            and all(m.kind in ("person", "body") and m.entity.sector in CHALLENGERS for m in actor.mentions)
        )

    @staticmethod
    def placed_role(
        mention, sectors: set[str], event: str = "", represented: bool = False, named: bool = False
    ) -> bool:
        """A group named by its role and a place of the actor's own state, of another sector than the
        actor: "Mahfud MD menerima perwakilan tokoh adat Papua", "the minister met farmers' leaders
        from Aceh" — a domestic party the text places, not an unnamed body of the scene."""
        if mention.kind != "implied" or not mention.entity.sector or mention.entity.sector in sectors:
            return False
        if "actors.city" in mention.rules:
            return True
        # an unplaced group of the state's society met by one of its organs: "menerima perwakilan buruh";
        # an unnamed organ only meets the group's representatives ("Gubernur menerima perwakilan buruh",
        # not "Polisi melakukan pertemuan dengan para pedagang di pasar")
        return (
            event in SOCIETY_MEETINGS
            and (named or represented)
            and "actors.scene" in mention.rules
            and (mention.entity.sector in SOCIETY_PARTNERS or (represented and mention.entity.sector in CROWDS))
            and bool(sectors)
            and sectors <= STATE_PRAISERS
        )

    def praised_body(self, view: SentenceView, match: TriggerMatch, group: Group, actor: Group) -> bool:
        """ "President Obama praised the police", "Presiden mengapresiasi aparat keamanan": the verb's
        direct object, a body of another sector of the actor's state, is the one praised — not one
        named further on ("… dukungan penuh Moskow untuk Kim, kata Kementerian Luar Negeri Rusia")."""
        if match.trigger.event not in PRAISE or self.is_nominal(view, match) or group.first < match.last:
            return False
        organ = all(m.kind == "implied" and m.entity.sector in STATE_PRAISERS for m in group.mentions)
        if not all(m.entity.sector in STATE_PRAISERS or (organ and backing_party(m)) for m in actor.mentions):
            return False  # "Most Italians support the technocrat government": a poll, no praise given
        between = view.sentence.tokens[match.last : group.first]
        # "his party stands with the government", "Fraksi Golkar memberi dukungan kepada pemerintah":
        # the body backed may follow the backing's own preposition
        preps = [t for t in between if t.lower in self.recipient_preps]
        if len(preps) > 1 or not all(t.lower in self.determiners or t in preps for t in between):
            return False
        return not self.same_side(group, actor, domestic=True, disputed=True)

    def stands_as_partner(self, view: SentenceView, match: TriggerMatch, group: Group) -> bool:
        """Whether a party stands where a meeting verb's partner does: its object or after its
        preposition, with only parts of the party between ("bertemu dengan anggota DPR")."""
        tokens = view.sentence.tokens
        # the words before the party: the verb's preposition or a part of the party ("members of the
        # Taliban", "anggota DPR"), not a noun it owns ("hadir ke rapat Pansus")
        linking = self.recipient_preps | self.quantities | self.part_heads | self.determiners | self.genitive_preps
        if group.first < match.last:
            # in the pattern's gap only as the head's own object or right after a preposition: "bertemu
            # KPK untuk membicarakan", "bertemu langsung dengan Panglima TNI untuk …", not "handed over
            # the LRA commander to the ICC" (what is handed over)
            if group.first == match.first + 2 and tokens[match.first + 1].lower in self.hosted_visit_nouns:
                return True  # "menerima kunjungan Airlangga Hartarto di Istana Merdeka": the visitor
            if group.first == match.first + 1 or tokens[group.first - 1].lower in self.recipient_preps:
                return True
            # "menerima para ulama di Istana", "menerima perwakilan pedagang pasar di balai kota": the
            # object after the heads of a received group
            heads = tokens[match.first + 1 : group.first]
            heading = self.met_group_heads | self.quantities
            return heads[0].lower in self.met_group_heads and all(t.lower in heading for t in heads)
        between = tokens[match.last : group.first]
        if not between:
            # right after the verb or the pattern's own preposition ("rapat sinkronisasi dengan"), not
            # after the noun a pattern ends in ("hadir ke rapat Pansus")
            # or after a pattern that ends in the partner's own head noun: "menerima perwakilan tokoh adat"
            last = tokens[match.last - 1].lower
            # or after the visit a host receives: "menerima kunjungan Menteri Keuangan Sri Mulyani"
            visit = last in self.hosted_visit_nouns
            return match.last - 1 == match.first or last in linking or last in self.counterpart_nouns or visit
        # a plain object follows its verb at once ("met the new members"); after the verb's preposition
        # only parts of the party may come before it
        if between[0].lower in self.met_group_heads and all(t.lower in linking | self.met_group_heads for t in between):
            return True  # "met representatives of striking workers": the heads of the group met
        return any(t.lower in self.recipient_preps for t in between) and all(t.lower in linking for t in between)

    def praised_source(self, view: SentenceView, match: TriggerMatch, preps: list[str]) -> bool:
        """ "Japan welcomed an offer from Russia to mediate", "menyambut baik tawaran dari Rusia": what a
        verb of praise welcomes comes from its doer, named after a preposition of source (grammar
        `praised_source_preps`) — the one praised. Not right after the trigger, where "from" says what
        is left: "switched diplomatic recognition from Taipei to Beijing"."""
        tokens = view.sentence.tokens
        if match.trigger.event not in PRAISE or not preps or match.last >= len(tokens):
            return False
        if tokens[match.last].lower in self.praised_source_preps:
            return False  # no welcomed thing between: the source is what the trigger's own act leaves
        return all(p in self.praised_source_preps for p in preps)

    def owner_of_object(self, preps: list[str]) -> bool:
        # "condemned the actions of Israel", "rejected the accusations by Britain"; where goods or
        # people come from is whose they are: "menaikkan tarif impor baja asal China"
        return bool(preps) and all(p in self.genitive_preps or p in self.origin for p in preps)

    def noun_phrase_between(self, tokens, start: int, end: int) -> bool:
        """ "meminta negara-negara Asia Tenggara dan China memastikan …": a longer object is still the
        verb's object while no verb, punctuation or clause word comes between."""
        if end - start > DIRECT_OBJECT_REACH:
            return False
        for token in tokens[start:end]:
            word = token.lower
            if not word.isalpha() and "-" not in word or word in self.breaks or word in self.relative:
                return False
            verbal = word.startswith(self.clause_prefixes) or word.endswith(self.clause_suffixes)
            if verbal and len(token.lemmas) > 1:
                return False
        return True

    @staticmethod
    def same_side(group: Group, actor: Group, domestic: bool, disputed: bool = True) -> bool:
        """A later mention of the actor's own state is not its recipient ("Moskow … terhadap Rusia"),
        but in domestic politics a named person or body of that state is: "Cheney accused House
        Speaker Nancy Pelosi", "PDIP mengusung Ganjar"."""
        if not group.codes() <= actor.codes():
            return False
        if not domestic:
            return True
        names = {m.entity.name for m in actor.mentions}
        if not all(m.kind in ("person", "body") and m.entity.name not in names for m in group.mentions):
            if not disputed:
                return True  # "Hamas was ready to free the hostages": unnamed people of the scene are no party
            # "Militants killed two Iranian policemen": another sector of the same state is a party too
            sectors = {m.entity.sector for m in actor.mentions}
            return not all(m.entity.sector and m.entity.sector not in sectors for m in group.mentions)
        return False

    def marks_recipient(self, preps: list[str], recipient_preps: frozenset[str]) -> bool:
        """The governing preposition is the last one, through prepositions inside a noun phrase:
        "against hideouts of the Al-Qaeda network" is marked by "against", "keprihatinan terhadap
        hubungan antara Rusia dan Korea Utara" by "terhadap"; "atas serangan di Gaza" by "di"."""
        for prep in reversed(preps):
            if prep not in self.noun_phrase_preps:
                return prep in recipient_preps
        return False

    def groups_after(self, view: SentenceView, match: TriggerMatch) -> list[Group]:
        """Groups after the trigger up to the end of its clause."""
        tokens = view.sentence.tokens
        end = min(len(tokens), match.last + RECIPIENT_WINDOW)
        listed_until = 0  # where a list of plain objects ends (object_list_end)
        for i in range(match.last, end):
            if tokens[i].lower in self.breaks or tokens[i].lower in self.speech or tokens[i].text == ";":
                end = i
                break
            if i in view.clause_subjects:
                end = i  # "shelled the town and the Syrian army responded": the next clause's subject
                break
            # "imposed sanctions on 300 targets, including Russian banks": a comma before "including"
            # goes on naming a sanctions list; elsewhere those included are a notable few of the ones
            # acted on, not the party ("freed 6,000 prisoners, including a British ambassador")
            listed = match.trigger.event in LISTED_TARGETS
            included = listed and i + 1 < len(tokens) and tokens[i + 1].lower in self.inclusions
            if tokens[i].text == "," and i not in view.group_at and not included:
                if self.apposed_party(view, match.last, i) is not None:
                    continue  # "accused its neighbour, Rwanda, of …": the party the relation noun names
                listed_until = listed_until or self.object_list_end(view, match.last, i) or 0
                if i < listed_until:
                    continue  # "flew water, tents and medicine to Tonga": the list goes on to the recipient
                if self.named_list_after(view, match.last, i) and not self.is_nominal(view, match):
                    continue  # 'thanked "all the fighters," the Iraqi army and the Syrian government'
                end = i
                break
        # "memberi Rusia pengiriman senjata": a gap may hold the recipient; "mengusir diplomat Iran":
        # so may the pattern's own later words
        return [g for g in view.groups if match.first < g.first < end]

    def named_list_after(self, view: SentenceView, start: int, comma: int) -> bool:
        """Whether the comma at `comma` closes an unnamed (often quoted) first item of a list whose later
        items name parties and which "and"/"dan" closes: 'Rouhani thanked "all the fighters of Islam,"
        the supreme leader and the armed forces of Iraq and Syria', 'berterima kasih kepada "semua
        pejuang Islam," pemimpin tertinggi Ayatollah Khamenei dan pasukan bersenjata Irak'. The first
        item (at most UNNAMED_ITEM_TOKENS tokens, no preposition, clause word or named party: an implied
        one such as "volunteers" may stand in it) follows the trigger; each later item holds a party, and
        the list ends in a coordinator and a party. A comma after a named party, or before a new clause
        or the list's speakers ("praised the workers, Iraq and Syria said"), stops as before."""
        tokens = view.sentence.tokens
        if start < comma and tokens[start].lower in self.recipient_preps:
            start += 1  # 'berterima kasih kepada "semua pejuang," …'
        if not start < comma <= start + UNNAMED_ITEM_TOKENS:
            return False  # "will send Rice, Chertoff and Gutierrez": the pattern itself holds the first item
        for k in range(start, comma):
            word = tokens[k]
            if word.lower in self.all_preps:
                return False  # "dialogue among civilizations, the reform of the OIC": no object list
            if k in view.group_at and not all(m.kind == "implied" for m in view.group_at[k].mentions):
                return False  # a named first item: 'thanked Iraq, ...' ends at its comma as before
            if word.lower in self.breaks or word.lower in self.speech:
                return False
            if word.lower in self.coordinators or self.finite_verb(word):
                return False
        i = comma + 1
        while i < len(tokens) and tokens[i].text in QUOTE_MARKS:
            i += 1
        closed = False
        for _ in range(4):  # items after the unnamed one
            item, named = i, False
            while i < len(tokens) and i - item <= UNNAMED_ITEM_TOKENS:
                word = tokens[i]
                if word.text in {",", ";"} or word.lower in self.coordinators:
                    break
                if word.lower in self.speech or i in view.clause_subjects:
                    return False  # 'praised the workers, Iraq and Syria said': the list is the speakers
                if word.lower in self.breaks:
                    return closed and named  # "… dan Palang Merah setelah gempa itu": the clause goes on
                named = named or i in view.group_at
                i += 1
            if not named or i >= len(tokens):
                return closed and named
            if closed:
                return True  # "... and the Syrian government for their help"
            if tokens[i].lower in self.coordinators:
                closed = True
            elif tokens[i].text != ",":
                return False
            i += 1
            if closed and i < len(tokens) and tokens[i].lower in self.coordinators:
                i += 1
        return False

    def plain_object_word(self, view: SentenceView, i: int) -> bool:
        """A word that may stand in a list of plain objects: lower case, no party, no preposition,
        clause word, coordinator or verb with its tense marked ("tents", "obat-obatan", "500")."""
        token = view.sentence.tokens[i]
        return (
            token.text.replace("-", "").isalnum()
            and not token.text[:1].isupper()
            and i not in view.group_at
            and token.lower not in self.all_preps
            and token.lower not in self.breaks
            and token.lower not in self.coordinators
            and token.lower not in self.speech
            and not self.finite_verb(token)
        )

    def object_list_end(self, view: SentenceView, start: int, comma: int) -> int | None:
        """Where a list of plain objects ends (at its preposition), when the comma at `comma` is one of
        its commas and "and"/"dan" closes it right before a preposition: "Australia flew water, tents and
        medicine to Tonga", "mengirim makanan, tenda, dan obat-obatan ke Gaza". Each item is one to
        LIST_ITEM_WORDS plain words (plain_object_word); None for a comma closing a clause ("sent aid,
        and Fiji thanked it")."""
        tokens = view.sentence.tokens
        if comma - start > LIST_ITEM_WORDS or not all(self.plain_object_word(view, k) for k in range(start, comma)):
            return None
        i, closed = comma + 1, False
        while i < len(tokens):
            item = i
            while i < len(tokens) and i - item < LIST_ITEM_WORDS and self.plain_object_word(view, i):
                i += 1
            if i == item or i >= len(tokens):
                return None  # an empty item: ", and Fiji", ", dan Fiji"
            if closed:
                return i if tokens[i].lower in self.all_preps else None
            if tokens[i].text == "," and i + 1 < len(tokens) and tokens[i + 1].lower in self.coordinators:
                i += 1  # "tents, and medicine": a comma before the closing "and"
            if tokens[i].lower in self.coordinators:
                closed = True
            elif tokens[i].text != ",":
                return None
            i += 1
        return None

    def undergo_roles(self, view: SentenceView, match: TriggerMatch, roles: Roles, frame) -> Roles:
        """ "Pakistan is under US pressure to boost operations", "Pakistan mendapat tekanan dari AS
        agar …": the subject undergoes the act; its doer is named inside the phrase or after
        "from"/"dari". Reported words opening on the verb have the speaker as that subject: "Ia
        berkata, sudah mendapat restu dari Ketua Umum Golkar" (speaker_as_subject)."""
        roles.recipient = self.subject_before(view, match.first, frame) or self.speaker_as_subject(view, match, frame)
        inside = [g for g in view.groups if match.first < g.first < match.last]
        harm = match.trigger.event in PLACED_HARMS
        if harm:
            # "Ia masih menjalani tahanan rumah": the harm's own noun, read as the scene's unnamed
            # detainees (an implied party), is not its doer
            inside = [g for g in inside if not all(m.kind == "implied" for m in g.mentions)]
        after = [
            g for g in view.groups if match.last <= g.first <= match.last + 2 and not (harm and self.set_at(view, g))
        ]
        targets = [g for g in inside if self.undergone_target(view, match, g)]
        if targets:
            roles.recipient = targets[0]
            inside = [g for g in inside if g not in targets]
        roles.actor = (inside or after or [None])[0]
        if match.trigger.event in MUTUAL and view.sentence.tokens[match.last - 1].lower in self.between_preps:
            # "Four people were shot dead in clashes between rival militias": the sides fight each other
            sides = self.sides_after(view, match.last - 1)
            if sides is not None:
                roles.actor = sides
                roles.rules.append("attribution.between")
        roles.rules.append("attribution.undergo")
        return roles

    def blamed_on(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "The bombing was blamed on Abu Sayyaf by Manila", "Serangan itu disalahkan pada kelompok
        Abu Sayyaf": a charge in the passive whose subject is the deed names the one charged right
        after its preposition (grammar `blamed_on_preps`), the party within two words of it."""
        tokens = view.sentence.tokens
        if match.trigger.event != "ACCUSE" or match.last >= len(tokens):
            return False
        if tokens[match.last].lower not in self.blamed_on_preps:
            return False
        return any(match.last < g.first <= match.last + 3 for g in view.groups)

    def undergone_target(self, view: SentenceView, match: TriggerMatch, group: Group) -> bool:
        """ "Criticism of Russia came from Japan", "Kecaman terhadap Rusia datang dari Jepang": a party
        inside an undergone phrase after a preposition of its target (grammar `undergone_target_preps`)
        is the one the act is aimed at, never its doer — that one is named after "from"/"dari". The party
        may stand later in the target's phrase ("criticism of the Russian move", "kritik atas kebijakan
        Rusia"): the nearest preposition before it decides."""
        tokens = view.sentence.tokens
        for k in range(group.first - 1, match.first, -1):
            word = tokens[k].lower
            if word in self.undergone_target_preps:
                return True
            if word in self.all_preps:
                return False
        return False

    def set_at(self, view: SentenceView, group: Group) -> bool:
        """ "came under attack in Mogadishu", "mendapat serangan-serangan di Mogadishu": a party right
        after "in"/"di" names where an undergone harm happened, not who did it (grammar `setting_preps`);
        what is received ("received political asylum in Britain") is given by the state it is had in."""
        return group.first > 0 and view.sentence.tokens[group.first - 1].lower in self.setting_preps

    def suffered_roles(self, view: SentenceView, match: TriggerMatch, roles: Roles, frame, verb: int) -> Roles:
        """The subject of the verb of suffering is the recipient; the doer is the party that
        qualifies the harm ("suffered Russian missile attacks") or is named in or after it."""
        roles = self.undergo_roles(view, match, roles, frame)
        roles.recipient = self.subject_before(view, verb, frame)
        modifier = view.group_at.get(match.first - 1)
        if modifier is not None and modifier.first > verb:
            roles.actor = modifier
        return roles

    def undergone(self, view: SentenceView, match: TriggerMatch) -> int | None:
        """A harm named as the object of a verb of suffering is done TO that verb's subject:
        "Tunisia suffered extremist attacks", "the ministry faced fresh criticism from lawmakers",
        "Desa itu mengalami serangan militan"; and a headline's bare passive that goes on with
        "in"/"by": "Construction firm targeted in cyber attack", "Bank hit by ransomware attack".
        Only a few modifiers may stand between (no party, no other verb, no comma)."""
        tokens = view.sentence.tokens
        if self.finite_verb(tokens[match.first]):
            return None  # "the militants who suffered losses attacked the base": a verb of its own
        for k in range(match.first - 1, max(-1, match.first - UNDERGO_REACH - 1), -1):
            word = tokens[k].lower
            # "in the face of government accusations": a noun, not the verb
            if word in self.undergoing_verbs and (k == 0 or tokens[k - 1].lower not in self.determiners):
                return k
            after = tokens[k + 1].lower
            if word in self.struck_verbs and after in self.undergo_preps and k - 1 in view.group_at:
                return k
            # a party may qualify the harm itself ("Russian cyber attack"), right before it — not
            # stand further off as an object ("faced protesters with tear gas")
            party = k in view.group_at and view.group_at[k].last != match.first
            # "suffered repeated rocket attacks": a participle may qualify the harm; an infinitive's
            # "to" opens another verb ("faced calls to stop the attacks")
            stop = party or word in self.breaks | self.coordinators | self.infinitive | self.undergo_causes
            if stop or not tokens[k].text[:1].isalnum():
                return None
        return None

    def cause_roles(self, view: SentenceView, match: TriggerMatch, roles: Roles, frame) -> Roles:
        """US drills raise concern, Lavrov said": actor = the speaker, recipient = what worries."""
        roles.actor = roles.speaker
        critic = self.critic_of_reaction(view, match)
        if critic is not None:
            # "The Israeli raid drew Egyptian condemnation", "Serangan Israel menuai kecaman Mesir": the
            # critic named with the reaction noun reacts to the subject
            roles.actor = critic
            roles.rules.append("attribution.critic_in_noun")
        scope_start = frame.scope_start if frame else 0
        # "klaim China atas perairan itu tidak berdasar", "Strategi AS di Afghanistan gagal, kata …": the
        # judged subject may stand inside the pattern's gap, before its last word
        before = [
            g
            for g in view.groups
            if scope_start <= g.first < match.last - 1 and g is not roles.speaker and g is not critic
        ]
        before = [g for g in before if g.first < match.first or g.first not in match.positions]
        before = [g for g in before if not self.speaker_in_quote(g)] or before
        # "penangkapan 15 personel AL Inggris oleh Iran tidak bisa dibenarkan": the doer named with
        # "oleh"/"by" is what the speaker objects to, not the ones it was done to
        agents = [g for g in before if self.preposition_before(view, g) in self.agent]
        roles.recipient = (agents or before or [None])[0] or self.verdict_owner(view, match)
        if critic is not None:
            # "… drew rare US criticism of its ally Egypt", "… mengundang kecaman AS terhadap Mesir": the
            # reaction noun's own target, after "of"/"terhadap", is the one criticised
            targets = [
                g
                for g in view.groups
                if match.last <= g.first <= match.last + RECIPIENT_WINDOW and self.undergone_target(view, match, g)
            ]
            roles.recipient = targets[0] if targets else roles.recipient
        roles.rules.append("attribution.cause")
        return roles

    def critic_of_reaction(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "The raid drew strong US criticism", "sparked Egypt's anger", "Serangan itu menuai kecaman
        Mesir": the party that owns the reaction noun a cause pattern ends in (grammar `reaction_nouns`)
        is the one who reacts — before the noun where modifiers go before it, after it where they follow.
        None when the noun names no owner ("drew criticism", "menuai kecaman keras")."""
        noun = match.last - 1
        if view.sentence.tokens[noun].lower not in self.reaction_nouns:
            return None
        if self.modifiers_follow_noun:
            group = self.owner_after_noun(view, noun)
            return group if group is not None and group.first <= match.last + 1 else None
        for group in view.groups:
            # the owner stands in the pattern's gap, after at most two plain words: "drew rare US criticism"
            if match.first < group.first and group.last <= noun and self.reaction_noun_owned(view, group) == noun:
                near = group.first - match.first <= 3
                return group if near and self.plain_words(view, match.first + 1, group.first) else None
        return None

    def reaction_noun_owned(self, view: SentenceView, group: Group) -> int | None:
        """Where the reaction noun a party owns stands (grammar `reaction_nouns`): right after it in
        English, past a possessive 's or one plain word ("US criticism", "Egypt's sharp rebuke");
        right before it in Indonesian, past one plain word ("kecaman Mesir", "kecaman keras AS")."""
        tokens = view.sentence.tokens
        if self.modifiers_follow_noun:
            for k in range(group.first - 1, max(-1, group.first - 3), -1):
                if tokens[k].lower in self.reaction_nouns:
                    return k
                if not self.plain_words(view, k, k + 1):
                    return None
            return None
        k = group.last + 1 if group.last < len(tokens) and tokens[group.last].lower in POSSESSIVE_S else group.last
        for i in range(k, min(len(tokens), k + 2)):
            if tokens[i].lower in self.reaction_nouns and i not in view.group_at:
                return i
            if not self.plain_words(view, i, i + 1):
                return None
        return None

    def owner_after_noun(self, view: SentenceView, noun: int) -> Group | None:
        """The party owning a reaction noun from after it (Indonesian word order)."""
        for i in range(noun + 1, min(len(view.sentence.tokens), noun + 3)):
            group = view.group_at.get(i)
            if group is not None:
                return group if group.first == i and self.reaction_noun_owned(view, group) == noun else None
        return None

    def critic_of_later_reaction(self, view: SentenceView, match: TriggerMatch, group: Group) -> bool:
        """ "The Israeli raid on the village drew Egyptian condemnation": a party owning a reaction noun
        past another event word after the trigger is that reaction's critic, not the trigger's target; so
        is one after "from"/"dari" right after the noun ("menuai kecaman dari Mesir")."""
        tokens = view.sentence.tokens
        noun = self.reaction_noun_owned(view, group)
        start = group.first
        if noun is None and group.first > 1 and tokens[group.first - 1].lower in self.asked_from:
            start = group.first - 1
            noun = start - 1 if tokens[start - 1].lower in self.reaction_nouns else None
        if noun is None:
            return False
        return any(match.last <= k < min(noun, start) for k in view.triggers)

    @staticmethod
    def speaker_in_quote(group: Group) -> bool:
        """Whether a group is only the speaker's own "we"/"kami" inside the quote: in "\"Kami yakin
        peretas Korea Utara ada di balik peretasan itu,\" ujar pejabat …" what is judged is the
        hackers, not the speaker's side (with no other party there, the speaker's "I" still stands
        for the speaker's own side: "\"I believe he is unfit for office,\" the Kenyan president said")."""
        return all("coref.first_person" in m.rules for m in group.mentions)

    def verdict_owner(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "The deal is a failure of American diplomacy, Zarif said", "Kesepakatan itu adalah
        kegagalan diplomasi AS, kata Menlu Iran": with no party in the judged subject, the owner
        named after a verdict noun (grammar `verdict_nouns`) is the one judged — not "a violation of
        Syrian sovereignty", whose owner is the wronged."""
        head = view.sentence.tokens[match.own_end - 1]
        if head.lower not in self.verdict_nouns and not set(head.lemmas) & self.verdict_nouns:
            return None
        owner = self.genitive_after(view, match)
        frame = view.frame_for(match.first)
        return None if owner is None or (frame is not None and owner is frame.speaker) else owner


def welcomes_an_event(match: TriggerMatch) -> bool:
    """A praise or welcome trigger (SUPPORT, CAMEO 051): what it praises may be an event named at length,
    with the parties to that event after "between"/"antara" (see Attributor.parties_between)."""
    return match.trigger.event in PRAISE and match.trigger.cameo == PRAISE_CAMEO


def aided_people(group: Group, actor: Group) -> bool:
    """Unnamed civilians or refugees of the aid giver's own state, the giver itself none of them:
    "menyalurkan bantuan kepada korban banjir", "distributed aid to flood victims" (DOMESTIC_RECEIVERS)."""
    if not group.codes() or not group.codes() <= actor.codes():
        return False
    if any(m.entity.sector in AIDED_SECTORS for m in actor.mentions):
        return False
    return all(m.kind == "implied" and m.entity.sector in AIDED_SECTORS for m in group.mentions)
