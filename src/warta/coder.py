"""The coder stage: an Article in, its events (and every candidate's fate) out.

language → sentences → actor mentions → triggers → modality → attribution → date/place → Event
"""

from __future__ import annotations

import collections
import copy
import dataclasses
import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, field

from warta import __version__
from warta.actors.lexicon import actor_lexicon, load_people
from warta.actors.match import (
    STATE_KINDS,
    STORY_REACH,
    ActorMatcher,
    ArticleMemory,
    calendar_words,
    in_relative_aside,
    longest_first,
    noun_at,
)
from warta.clean.credits import home_of
from warta.events.attribution import DOMESTIC, LAW_ENFORCERS, Attributor, Roles, prefixed_passive
from warta.events.clauses import ClauseReader, Group, SentenceView
from warta.events.modality import FUTURE_CAN_BECOME_AGREE, Modality, ModalityReader
from warta.events.triggers import CLAUSE_PUNCTUATION, Trigger, TriggerMatch, bare, trigger_lexicon
from warta.lang.base import Language, common_words, language, title_case
from warta.lang.detect import detect_language
from warta.lang.text import POSSESSIVE_S, phrase_at
from warta.model import Article, Candidate, Entity, Event, Mention, Place, Sentence, Span, is_state
from warta.resources import load_yaml
from warta.when_where.dates import DateExpr, find_dates, own_dates
from warta.when_where.gazetteer import gazetteer
from warta.when_where.places import countries_named, find_places

# A verb of intent or refusal governs the event word right after it: "menjanjikan dukungan",
# "refused to meet", "mendesak Rusia untuk mematuhi" are one event, not two.
# Talks govern their topic too: "to discuss a ceasefire", "membahas kerja sama militer".
GOVERNING = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "CONSULT"})
GOVERN_REACH = 3
PROPOSALS = frozenset({"REQUEST", "AGREE"})  # a request or an offer another party may refuse
PROPOSAL_REACH = 8  # tokens from a request or offer noun to its passive refusal: "tawaran dialog dari Seoul ditolak"
QUOTE_REACH = 4  # sentences a quote may run on before the one that names its speaker
QUOTE_CHARS = frozenset({'"', "“", "”"})
FIRST_PERSON = "coref.first_person"
PROMISE_REACH = 6  # words from "agreed"/"pledged" + "to" to the act promised: "agreed to speed up border negotiations"
CUSTODY_REACH = 2  # words after a release's own where its custody phrase may start: "were freed later from jail"
PASSIVE_SUBJECT_REACH = 3  # words from a passive verb back to its pronoun: "they were detained", "mereka sudah ditahan"
DEAL_MARKER_REACH = 3  # words from a deal's own words to its "to"/"untuk": "struck a deal this month to"
ADDRESSEE_REACH = 4  # words of a request's addressee before its "to": "urged its own supporters to"
EXCHANGE_REACH = 3  # words from "in exchange for"/"dengan imbalan" to what is given: "for a four-day pause"
# What a requester says again after "and": promises, requests, charges, refusals, threats — acts of
# speech, never the content a request asks of its addressee ("meminta massa pulang dan menjanjikan …")
SPOKEN_ACTS = frozenset({"REQUEST", "AGREE", "ACCUSE", "REJECT", "THREATEN"})
SECOND_ACT_REACH = 20  # tokens from a request to a second act of its maker, within one clause
ALLEGATION_REACH = 12  # tokens from an accusation to the acts it says the accused did
# What one is accused of doing: acts, not replies or requests ("allegations that … are baseless",
# "indicted the man at the request of Japan" are events of their own); a refusal is an act too
# (EventCoder.refusal).
ALLEGED_ACTS = frozenset(
    {"ASSAULT", "COERCE", "SUPPORT", "AID", "MOBILIZE", "THREATEN", "SANCTION", "COOPERATE", "AGREE", "CONSULT"}
)
# What one is charged with, suspected or convicted of after a noun or participle ("arrested on charges
# of assaulting", "ditahan atas tuduhan membunuh"): replies and requests are not charges.
CHARGED_ACTS = ALLEGED_ACTS | {"PROTEST", "ACCUSE", "REJECT"}
CHARGE_REACH = 8  # tokens from the charge's cue to the act it names ("on suspicion of links to last month's bombing")
# The place a dateline opens with: "ABUJA:", "SRINAGAR, Indian-controlled Kashmir, May 29 (Xinhua) --".
DATELINE_PLACE = re.compile(r"([A-Z][A-Za-z .'’-]*?)\s*(?:[,(:]|\s[-–—]|$)")
# What may open a sentence inside one: a quote, a bracket, a dateline's dash ("Rimanews - Bentrokan …").
OPENERS = frozenset({'"', "“", "'", "‘", "(", "[", "-", "–", "—", ":"})
# "shelled the city of Kharkiv overnight, killing three civilians": one attack, told twice.
SAME_EVENT_REACH = 8
SPEAKER_GAP = 2  # words from a speech verb after its words to the speaker: "said the minister"
DUTY_REACH = 8  # tokens from a modal's verb to an event word that code_demand reads instead: "must end the occupation"
SINCE_CLAUSE_REACH = 8  # tokens from "since"/"sejak" to an act its clause tells: "since US-led troops invaded"
VICTIM_REACH = 4  # tokens from a verb of killing or wounding to its victims ("killing two French aid workers")
OPENING_SENTENCES = 8  # how far into a story without a dateline its first setting is looked for
# A single report this short is searched whole for its first setting: it may name its place only late
# ("… in Karnataka, the sugarcane crushing units have fixed …" in its twelfth sentence); a file of wire
# stories one after another is not (its later settings belong to later stories)
SHORT_REPORT = 30
ASIDE_DASHES = frozenset({"-", "–", "—", "(", ")"})  # "who were not handcuffed - opened fire": an aside ends
ENFORCED = frozenset({"COERCE", "SANCTION", "ASSAULT", "RETREAT"})  # acts a bare "polisi" subject is taken to do
ENFORCEMENT_MODES = frozenset({"investigate", "allege", "charge"})  # ACCUSE as police and prosecutors make it
AIR_REACH = 6  # words past an attack's trigger an air word may stand in: "killed 10 people in an airstrike"
AERIAL_CAMEO, GENERIC_ASSAULT_CAMEO = "195", "190"  # employ aerial weapons; use conventional military force
OBJECT_SECTOR_WORDS = 4  # words past the trigger a bare sector object may start in: "the government"
SECTOR_SUBJECT_WORDS = 3  # words a bare sector subject may run to: "pihak kepolisian", "security forces"
SUBJECT_START = 2  # tokens a sentence's subject may start after ("Menlu Retno …", "The minister …")
ORDERED_ACTS = frozenset({"SANCTION", "COERCE", "MOBILIZE", "RETREAT", "AID", "ASSAULT"})
RETOLD = frozenset({"ASSAULT"})  # violence is told twice in one breath
# a resignation named as a noun after "after"/"over", "setelah"/"atas" is why or when the act the sentence
# tells happened ("postponed a visit over the resignation of ministers"), while an attack noun there is
# often the news itself ("three died after an attack on a market")
BACKGROUND_RESIGNATIONS = frozenset({("RETREAT", "resign")})
# "Puluhan mahasiswa berunjuk rasa di depan DPR. Mereka meneriakkan yel-yel …": what a group a
# pronoun points back at does next in a protest is the protest told on, not a second one
CROWD_RETOLD = frozenset({"PROTEST"})
# Material events whose target can be given as a place: "shelled Kharkiv", "menyerang Gaza".
PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# Forces sent somewhere are aimed at the place named right after: "mengerahkan pasukannya ke Provinsi
# Rakhine", "deployed troops in Parachinar" — but only there: a missile test is not aimed at the
# country a visitor went to later in the sentence.
PLACED_FORCES = frozenset({"MOBILIZE"})
# Tokens before the forces or the trigger that still belong to the troops' phrase: "some 3,200
# Australian-led peacekeepers", "Pasukan penjaga perdamaian PBB" (coder.peace_mission).
PEACE_PHRASE_REACH = 4
TARGET_CLAUSE_REACH = 16  # tokens from an attack's trigger to the end of the clause that may name its target
FORCES_MOVED_REACH = 4  # tokens from the forces to where they go: "20 ribu tentara lagi ke Irak"
# A charge or refusal of a plan that moves forces is aimed at the planners (coder.forces_destination).
PLAN_CHARGES = frozenset({"ACCUSE", "REJECT"})
HOST_REACH = 3  # tokens from the trigger to the host country: "mendarat di ibukota Somalia"
PEACE_CLAUSE_REACH = 20  # tokens after the trigger: "landed in Mogadishu last week, the vanguard of an AU force"
# A condemnation or concern names its target as the place of what it is about: "expressed concern
# over the escalation in Sudan", "mengutuk pembakaran Al-Quran di Swedia" — a place in the same
# clause, not where the words were told ("told reporters in New York").
CLAUSE_PLACE_TARGETS = frozenset({"ACCUSE"})
CLAUSE_PLACE_REACH = 60  # characters from the trigger to the place
# Talks held in a country are talks with its hosts: "Solana held talks in Saudi Arabia".
HOSTED = frozenset({"CONSULT"})
# With no recipient in the sentence, the state the story named just before (not the actor) is the
# target: "Britain … demanded their release" after a sentence on Iran's capture of British sailors.
# Measured on the gold sets; meetings and praise (CONSULT, SUPPORT) are left out: they lost precision.
CONTEXT_TARGETS = frozenset(
    {
        "ACCUSE",
        "REQUEST",
        "REJECT",
        "THREATEN",
        "SANCTION",
        "ASSAULT",
        "COERCE",
        "AGREE",
        "PROTEST",
        "MOBILIZE",
        "RETREAT",
        "CONCEDE",
    }
)
CONTEXT_SENTENCES = 2
# an arrest's captive may be named by his state in the sentences after it (captives_told_after)
CAPTIVE_LOOKAHEAD = 2
# Acts most often done to the actor's own people (SELF_DIRECTED: coercion, a concession) reach one
# sentence back for a state named before, not two: "Khaleda Zia agreed to demands that she leave"
# two sentences after one on China is a concession at home. Development sets: of such guesses from
# two sentences back none was right, two were the actor's own state.
HOME_REACH = 1
# Statements of criticism whose target, left to the context, is the one earlier critics aimed at
# (coder.fellow_critics_target): "Egypt and Jordan criticised the US move. … Erekat opposed it."
CRITICISM = frozenset({"ACCUSE"})
# A resignation is aimed at no one: "The defence minister resigned on Friday" after a sentence on
# Cambodia is no resignation toward Cambodia (docs/annotation.md: a statement to no one).
INTRANSITIVE_MODES = frozenset({("RETREAT", "resign")})
# the acts that take captives, whose doer frees them when a release names none (coder.freed_by_captors)
RELEASE_OF_PEOPLE = "0841"  # CAMEO: release of persons (not returning people or property)
CAPTIVE_TAKING = frozenset({("COERCE", "arrest"), ("COERCE", "seize"), ("ASSAULT", "abduct")})
# Meeting, thanking, backing or working with someone the sentence names but no actor list codes
# ("bertemu dengan tokoh Tanah Abang", "resumed crisis talks with the labour movement", "menyambut
# baik putusan tersebut"), in a story set in the actor's own state, is a domestic event (see
# Coder.home_counterpart); borrowing a state from context instead lost precision (CONTEXT_TARGETS).
COUNTERPART_TARGETS = frozenset({"SUPPORT", "CONSULT", "COOPERATE", "AID"})
# An unnamed body's charge, demand or concession with no one named is aimed at its own state:
# "Police apologised for detaining the lawyer", "polisi menangkap …" (see own_state).
OWN_STATE_TARGETS = DOMESTIC | {"CONCEDE"}
MIN_STORY = 5  # sentences: the shortest story in a file of wire stories (a lead and its telling)
# Bodies that, like states, can be the unnamed target of a statement: "Putusan itu ditolak oleh
# Beijing" after a sentence on the arbitral tribunal; "Pyongyang mengecam tindakan tersebut" (the UN's);
# an armed group named just before is the target of the condemnation that follows.
CONTEXT_BODIES = frozenset({"UNO", "IGO", "EUR", "IMG"})
SOURCE_REACH = 5  # words from "according"/"menurut" to the source it cites: "according to a report by Amnesty"
JOINT_CAMEO = {"COOPERATE": "062"}  # what entries marked `jointly` become, by type
# Unnamed forces in a state spokesman's words are that state's: "a military spokesman said troops …".
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
ARMED_FORCES = frozenset({"MIL", "REB", "UAF"})  # troops, rebels, militias: the ones a withdrawal moves
TERRITORY_CAMEO = "192"  # seizing territory (docs/annotation.md: "seized Kabul", "merebut kota Goma")
STATE_VOICES = frozenset({"GOV", "MIL", "COP"})
STATE_SIDE = frozenset({"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # one side in a warning (coder.sides)
# In a story set in the actor's own state, a demand, charge, refusal or pledge whose target the
# story never names abroad is aimed at home: "Rajoy mendesak Catalonia …", "the White House urged
# all parties to find common ground", "Edhy meminta pihak kepolisian …".
AT_HOME = DOMESTIC | {"AGREE"}
# Protest by a crowd the text counts but does not name is the scene's civilians': "Thousands
# demonstrated in Kenya against tax increases", "Ribuan orang berunjuk rasa di Nairobi".
CROWD_ACTS = frozenset({"PROTEST"})
# Protest with no target named is aimed at the protesters' own government ("Mahasiswa berunjuk rasa …").
HOME_TARGETS = frozenset({"PROTEST"})
THREAT_REACH = 10  # tokens from a threat to the party in its clause: "warned that it could still block Sweden's …"
# events that answer another's act: the party whose act they follow is their aim ("… after Finland announced")
REACTIONS = frozenset({"THREATEN", "ACCUSE", "REJECT"})
# An apology or reparations paid name whom they are made to (coder.wronged_named): "regrets … in Congo"
APOLOGY_CAMEO, REPARATIONS = "055", "reparations"
UNAIMED_REACH = 4  # words from a trigger to an object naming no party: "keprihatinan mendalam atas … kekerasan"
COMMENT_REACH = 3  # tokens from a comment marker to the party whose act it names: "menanggapi rencana Uni Eropa"
HANDOVER_REACH = 6  # tokens from an extradition word to where the person goes: "extradite the activist to Vietnam"
EMBASSY_REACH = 6  # tokens from a protest to the mission it was held at: "rallied outside the US embassy"
# Coercion with no target named falls on the actor's own state: "Tunisia extends state of emergency",
# "Ansar Dine seized control of large parts of northern Mali"; so does a concession: "a Dutch court
# acquitted the man", "the opposition called off its strike", "Zuma meminta maaf atas kekeliruannya".
SELF_DIRECTED = frozenset({"COERCE", "CONCEDE"})
# A ban lifted is lifted for the party it names anywhere after it (coder.party_after)
LIFTED_BANS = frozenset({("RETREAT", "access")})
# "Para menteri luar negeri Jordania dan Israel bertemu", "clashes between Iranian forces and Kurdish
# rebels": what two parties do together is coded from the first named to the other(s), as analysts do.
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT", "ASSAULT"})
JOINT = frozenset({"CONSULT", "COOPERATE", "AGREE"})  # what two parties do together: meet, talk, agree
# Coercion someone says another party committed (hacking, seizing, detaining) is also that speaker's
# accusation. Reported violence is not: "police said militants attacked" reports, it does not accuse
# (measured on the gold sets: adding ASSAULT cost precision).
ALLEGED = frozenset({"COERCE"})
# Breaches (trigger context "violation") that a speaker says another party committed are only the
# speaker's accusation: "Qureshi said it was India which violated all bilateral agreements".
ALLEGED_CONTEXTS = frozenset({"violation"})
# Violence a state claims another state's party did to it is that state's accusation as well: "The
# Kremlin claimed that Ukraine had tried to kill Putin", "Kiev menuding pasukan Rusia meledakkan
# bendungan" — the victim charging its attacker. Said alone, it reports: dev gold codes no ACCUSE for
# "Somali officials said the US air strikes …" nor "Armenia said Azerbaijani troops had crossed …".
VICTIM_TOLD = frozenset({"ASSAULT"})
BYSTANDERS = frozenset({"CVL", "REF", "MED", "EDU", "JRN"})
SINCE_WORD = re.compile(r"\w+")  # the words of the clause before "since" (coder.since_onset)
YEAR_WORD = re.compile(r"\b\d{4}\b")  # a date's own year: "4 Mei 2009" (coder.year_then)
THEN_OPENING = 2  # words a phrase pointing back to a named time ("saat itu") may follow: "Ruhut kala itu, …"
DAY_TOLD_REACH = 7  # days before publication a named day may lie and still date the sentences after it
SUBHEAD_WORDS = 3  # words: a body line this short with no closing punctuation is a section heading
LEDE_SENTENCES = 6  # sentences: a story's lead paragraphs, whose day dates what follows even when they code nothing
# How far into a file the first day named is looked for, to date the sentences before it: an online
# report often names the day only in its third paragraph ("… kata Febri di Gedung KPK, Rabu (19/7)").
LEAD_DAY_SENTENCES = 12
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
# Material acts whose noun an armed or policing body before it names the doer of: "a police
# crackdown", "a rebel air raid" (measured: statements and appeals lost precision — "the authorities
# blame", "a police complaint" — and so did other sectors: "the embassy attacks" were aimed at embassies)
MODIFIER_DOERS = MATERIAL_CONFLICT
ARMED_BODIES = frozenset({"COP", "MIL", "REB", "UAF", "CRM", "SPY"})
OWN_FORCES = frozenset({"COP", "MIL"})  # a state's own armed bodies: "serangan tentara" (body_after_noun)
MODIFIER_REACH = 3  # tokens from the article to the body: "A major police crackdown"
# What one unnamed private person may do without becoming a political actor: speak, give, meet, ask
PRIVATE_DEEDS = frozenset({"ACCUSE", "AGREE", "AID", "CONCEDE", "CONSULT", "COOPERATE", "REJECT", "REQUEST", "SUPPORT"})
PRIVATE_SECTORS = frozenset({"CVL", "BUS"})
# people an arrest can take, told by a demonym: "a Cuban dissident", "an Albanian hacker", "militan asal Indonesia"
PERSON_SECTORS = frozenset({"CVL", "CRM", "OPP", "REB", "REF", "REL", "JRN", "LAB"})
GAME_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")  # a game's score written as one token: "3-3", "7-6"
# Deals a company makes with another of its state are commerce, not politics: "PT Medco telah menandatangani
# penjualan gas ke PLN", "Bank Mandiri memberikan fasilitas kredit kepada PT Petrokimia Gresik"
COMMERCE = frozenset({"AGREE", "AID", "CONSULT", "COOPERATE", "SUPPORT"})
# What an unnamed company ("the company", "businesses") does aimed at no party the text names is its
# business, not politics: "The company denied the allegations", "the airline offered to fly the cat"
# (a firm's apology or admission, CONCEDE, is coded: the guide codes them)
BUSINESS_DEEDS = COMMERCE | {"REJECT", "CONCEDE"}  # s47: "The company rolled back its policy"
# What unnamed private people (customers, doctors, volunteers) offer aimed at no party the text names
# is no political act: "Dozens of people have offered to donate clothes", "The doctors offering to
# operate the clinic". Their complaints, refusals, demands and threats stay: "teachers rejected a
# government offer" is aimed at the government though the text names only its offer.
PRIVATE_PEOPLE = frozenset({"CVL", "EDU", "MED", "JRN"})
PEOPLES_WORDS = frozenset({"AGREE"})
# Deeds done for an aim the text names after them: "fired tear gas to disperse …", "sent troops to fight …"
PURPOSEFUL = MATERIAL_CONFLICT | {"PROTEST", "AID", "RETREAT"}
# A meeting a visit, a meeting or a promise is made for is its aim, not a second event: "will travel
# to Jakarta to meet Widodo" is one AGREE, "met in Ottawa to discuss trade" one CONSULT (the guide).
TRIPS = frozenset({"CONSULT", "AGREE"})
MEETINGS = frozenset({"CONSULT"})
# Who a joint subject of one state may name to meet each other (split_compatriots): named people, not
# a state, its bodies, its sector or a pronoun.
COMPATRIOT_KINDS = frozenset({"person"})
# A condemnation or concern is aimed at whoever did the act it is about (ACT_REACH tokens on).
# s41_ennews: a protest against an act is aimed at its doer as a condemnation is — "rallied in Nairobi
# to protest against the Ugandan army's raid", "demonstrated to condemn the military offensive" (told before)
ACT_JUDGEMENTS = frozenset({"ACCUSE", "PROTEST"})
# An act noun with no doer of its own here: dropped for want of one, or as a mention of an act told before
UNDONE_ACTS = frozenset({"no actor", "mentioned again"})
ACT_REACH = 12
# Reactions to a decision met again ("welcomed the ruling", "mengecam keputusan itu"), how far after
# the reaction's first word its noun may stand, and how many sentences back its doer may be told
ACT_REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
REACTED_DECISION_REACH = 4
# Words said of acts, no decision of their own: another's criticism is no decision a reaction answers
WORDS_ON_ACTS = frozenset({"ACCUSE", "SUPPORT", "PROTEST", "REQUEST", "CONSULT"})
REACTED_DECISION_SENTENCES = 2
# A refusal or a threat announced is made: "Iran will reject the proposal", "Beijing said it would
# take all necessary measures to defend its sovereignty" — a threat is about the future anyway.
TRIAL_ANNOUNCERS = frozenset({"GOV", "JUD", "COP", ""})  # "" a state named alone ("the US said")
TRIAL_GROUNDS_REACH = 4  # words after a trial announced in which its charge is told ("akan diadili bersama tersangka")
STANDING_REFUSALS = frozenset({"REJECT", "THREATEN"})
# What a party says it will not do is refused (REJECT): "Rusia tidak akan menarik pasukannya", "Israel
# will not release the prisoners" (the guide: a negated future yield is a refusal)
REFUSED_WHEN_PROMISED_NOT = frozenset({"RETREAT", "CONCEDE"})
REQUIREMENT_REACH = 6  # words inside and after a negated act where "tanpa"/"without" names what it requires
RESTRAINT_CAMEO = {"ASSAULT": "0356"}  # a promise not to fight de-escalates; not to sanction or arrest yields
AIM_MEANS_REACH = 12  # words before "untuk" where a means or an order is looked for ("menggunakan pisau … untuk")
DECISION_REACH = 4  # words between "agreed" and the sanction it decides: "agreed on Monday to expand"
FUTURE_THREAT = {"ASSAULT": ("violence", "138"), "COERCE": ("restrict", "132"), "SANCTION": ("restrict", "131")}
FUTURE_CAMEO = {
    "CONSULT": "036",
    "AID": "033",
    "COOPERATE": "031",
    "SUPPORT": "032",
    "CONCEDE": "035",
    "RETREAT": "035",
}


def backing_their_own(roles: Roles) -> bool:
    """Whether the actor is the backers of a state's leader or group (actors.backers: "Bolsonaro
    supporters") and the recipient is of that state too."""
    backers = all("actors.backers" in m.rules for m in roles.actor.mentions)
    return backers and roles.recipient is not None and roles.recipient.codes() <= roles.actor.codes()


def between_companies(roles: Roles) -> bool:
    """Whether both sides are businesses of one state and nothing else ("PT Medco menandatangani
    penjualan gas ke PLN": IDN-BUS → IDN-BUS). Firms of two states dealing with each other stay an
    economic tie between them ("Pertamina menjalin kerja sama dengan Saudi Aramco")."""
    if roles.recipient is None:
        return False
    mentions = [*roles.actor.mentions, *roles.recipient.mentions]
    one_state = roles.actor.codes() == roles.recipient.codes()
    return bool(mentions) and one_state and all(m.entity.sector == "BUS" for m in mentions)


def company_alone(roles: Roles) -> bool:
    """Whether only unnamed businesses act and no party is named for them to act on: the recipient is
    none or only their own state guessed ("The company flat-out denied the allegations": USA-BUS →
    USA guessed). A firm named ("Freeport menolak …") may be the party a story is about."""
    actors = roles.actor.mentions if roles.actor is not None else []
    if not actors or any(m.entity.sector != "BUS" or m.kind != "implied" for m in actors):
        return False
    return roles.recipient is None or sectorless_home(roles.recipient)


def private_people_alone(roles: Roles) -> bool:
    """Whether unnamed private people act and only their own state is guessed as the one acted on."""
    if roles.actor is None or roles.recipient is None or not implied(roles.actor):
        return False
    private = all(m.entity.sector in PRIVATE_PEOPLE for m in roles.actor.mentions)
    return private and sectorless_home(roles.recipient)


def joint_parties(events: list[Event]) -> list[Entity]:
    """The two parties of a sentence's meeting, talks or agreement (JOINT), for a plural pronoun
    opening the next sentence: "Retno bertemu Anifah di Jakarta." is Indonesia's and Malaysia's
    officials. Events between other pairs in the sentence leave it unclear: none."""
    pairs = {}
    for event in events:
        if event.event not in JOINT or len(event.actor) != 1 or len(event.recipient) != 1:
            continue
        actor, recipient = event.actor[0], event.recipient[0]
        if actor.code and recipient.code and actor.code != recipient.code:
            pairs[frozenset((actor.code, recipient.code))] = [actor, recipient]
    return next(iter(pairs.values())) if len(pairs) == 1 else []


def figure_sectors(group: Group | None) -> set[str]:
    """The sectors of a group's people, bodies and sector words — not of places named for a state."""
    if group is None:
        return set()
    return {m.entity.sector for m in group.mentions if m.kind not in STATE_KINDS}


def words_between_figures(match: TriggerMatch) -> bool:
    """A match of an entry for words between political figures ("attacked the president"), with a
    general entry to fall back on."""
    return bool(match.trigger.recipient_sector and match.alternatives)


def unsettled(match: TriggerMatch) -> bool:
    """A match of an entry for one kind of actor, with a general entry to fall back on."""
    return bool(match.trigger.actor_sector and match.alternatives)


@dataclass(slots=True)
class CodedArticle:
    article: Article
    lang: str
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    mentions: dict[int, list[Mention]] = field(default_factory=dict)
    scenes: dict[int, str] = field(default_factory=dict)  # sentence index → country it is set in
    named_scenes: set[int] = field(default_factory=set)  # sentences whose scene the text names (not home)
    story_starts: list[int] = field(default_factory=lambda: [0])  # sentences that open a new story
    story_day: tuple[int, str] | None = None  # (story start, day) the story's latest past day named
    lead_day: tuple[int, str] | None = None  # (sentence, day): the first day the file names, for the ones before it
    home: str | None = None  # the state the story is set in when no sentence names one (ArticleMemory.home)
    dates: dict[int, list] = field(default_factory=dict)  # sentence index → its date expressions, found once
    time_named: tuple[int, str] | None = None  # (story start, value): the latest past time a sentence named

    def story_start(self, index: int) -> int:
        """The first sentence of the story this sentence belongs to."""
        return max(start for start in self.story_starts if start <= index)

    def story_state(self, index: int) -> str | None:
        """The state the story is set in up to this sentence: the one its sentences were set in
        most often (the latest of equals), else its home. "Polisi menetapkan Welch sebagai
        tersangka" late in a story set in the US is the US police, though a quote before it named
        France ("Di Perancis, …")."""
        start = self.story_start(index)
        scenes = [self.scenes[i] for i in sorted(self.scenes) if start <= i <= index and is_state(self.scenes[i])]
        if not scenes:
            return self.home
        counts = collections.Counter(scenes)
        return max(reversed(scenes), key=lambda code: counts[code])

    def day_told(self, index: int) -> str:
        """The day the story last said something happened on, for a sentence that names none: "Majelis
        hakim … Selasa (14/11). … Hakim menyatakan Buni Yani bersalah" — the verdict is Tuesday's too."""
        if self.story_day is not None and self.story_day[0] == self.story_start(index):
            return self.story_day[1]
        if self.lead_day is not None and index < self.lead_day[0] and self.story_start(index) == 0:
            return self.lead_day[1]  # "KPK menetapkan Zumi Zola sebagai tersangka. … diumumkan Rabu (24/1)"
        return ""


@functools.cache
def plover_types() -> dict:
    return load_yaml("plover.yaml")  # type: ignore[return-value]


def event_scale(event: str, mode: str) -> float:
    spec = plover_types()[event]
    return float((spec.get("modes") or {}).get(mode, spec["score"]))


def quote_marks(text: str) -> int:
    """The double quote marks in a text: an odd count leaves a quote open."""
    return sum(text.count(mark) for mark in QUOTE_CHARS)


class Coder:
    """Codes articles in one language; heavy lexicons are built once per language."""

    def __init__(self, lang: str):
        self.language: Language = language(lang)
        self.triggers = trigger_lexicon(lang)
        self.language.add_vocabulary(self.triggers.vocabulary())
        self.actors = ActorMatcher(self.language, actor_lexicon(lang))
        self.clauses = ClauseReader(self.language)
        self.attributor = Attributor(self.language)
        self.modality = ModalityReader(self.language)
        # what may stand between a modal and its verb ("should also hold", "harus segera menyelesaikan"),
        # and the helpers that make the duty a passive or a past one ("must be cornered", "should have acted")
        self.passive_helpers = self.language.words("be_forms") | self.language.words("causative_have")
        self.duty_fillers = (
            self.modality.negators | self.language.words("auxiliaries") | self.language.words("joined_verb_adverbs")
        ) - self.passive_helpers
        self.demand_modals = self.language.words("demand_modals")
        self.controlling_verbs = self.language.words("controlling_verbs")
        self.duty_trigger = Trigger("rule.stated_duty", "", "REQUEST", "100")
        self.headline_infinitive = self.language.words("headline_infinitive")  # "Blinken to visit China"
        self.sources = {s.lower(): s for s in self.language.grammar.get("sources", [])}
        self.order_verbs = self.language.words("order_verbs")
        self.discussion_partner_preps = self.language.words("discussion_partner_preps")  # "met with …"
        # s55 idnfuture: an intent towards unnamed others, an intent told only by a rumour (coder.unnamed_partner,
        # coder.rumoured_intent)
        self.unnamed_other_nouns = self.language.words("unnamed_other_nouns")  # "partai", "parties"
        self.unnamed_other_marks = self.language.words("unnamed_other_marks")  # "lain", "other"
        self.rumour_openers = [tuple(p.lower().split()) for p in self.language.grammar.get("rumour_openers", [])]
        self.relative_words = self.language.words("relative")
        self.relative_aspects = self.language.words("relative_aspects")  # "yang telah disepakati"
        forms = self.language.grammar.get("agreed_thing_forms", [])
        self.agreed_thing_forms = [tuple(p.lower().split()) for p in forms]
        self.posted_to = self.language.words("posted_to")  # "the ambassador to Ukraine": the envoy's post
        self.claim_verbs = self.language.words("claim_verbs")  # "claimed", "menuding": what follows is a charge
        self.existential = self.language.words("existential")
        # what makes a "not" no denial of an act (coder.denies_act)
        self.absence_negators = self.language.words("absence_negators")  # "tanpa", "belum", "without"
        self.copula_negators = self.language.words("copula_negators")  # "bukan serangan": not an attack
        self.indefinite_articles = self.language.words("indefinite_articles")  # "was not a suicide attack"
        self.negated_modals = self.language.words("negated_modals")  # "tidak bisa", "does not intend"
        self.purpose_openers = self.language.words("purpose_openers")  # "supaya mereka tidak ditangkap"
        self.perfect_auxiliaries = self.language.words("perfect_auxiliaries")  # "has not recognised": a state
        self.standing_negators = self.language.words("standing_negators")  # "belum mengakui": not yet, no refusal
        self.requirement_markers = self.language.words("requirement_markers")  # "cannot sign without": a condition
        self.trial_grounds = self.language.words("trial_grounds")  # "will be tried on charges of …"
        self.future_words = self.language.words("future") | self.language.words("future_negators")  # "tidak akan"
        self.directions = self.language.words("directions")
        self.schedule_cues = self.language.words("scheduled")
        self.casualty_words = self.language.words("casualties")
        self.casualty_verbs = self.language.words("casualty_verbs")
        self.casualty_causes = self.language.words("casualty_causes")  # "…, injuring the Italian envoy"
        self.mishaps = self.language.words("mishaps")  # "… sank off Bali, killing all 53 crew"
        self.damage_tolls = self.language.words("damage_tolls")  # "…, and destroying thousands of homes"
        # "wasit", "referee", "sepak bola": each phrase under its first word, so a sentence is read once
        self.game_words: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(self.language.words("game_words")):
            self.game_words.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
        self.place_nouns = self.language.words("place_nouns")
        self.patient_pronouns = self.language.words("patient_pronouns")  # "kidnapped them in Nimroz"
        self.passive_subject_pronouns = self.language.words("passive_subject_pronouns")  # "they were seized"
        self.source_markers = self.language.words("source_markers")  # "menurut PBB", "according to UN estimates"
        dated = load_yaml(f"{lang}/dates.yaml") or {}
        numbers = dated.get("numbers") or {}  # "nine", "sembilan"
        # "…, Minggu (24/8), …": the day a news sentence sets off with commas (see without_dated_asides)
        self.weekday_names = {w.lower() for names in (dated.get("weekdays") or {}).values() for w in names}
        self.weekday_preps = {w.lower() for w in dated.get("weekday_preps") or []}
        self.counts = self.language.words("counts") | self.language.words("quantities") | {str(n) for n in numbers}
        self.more_of_kind = self.language.words("more_of_kind")  # "and detained 16 others"
        self.captive_nouns = self.language.words("captive_nouns")  # "menahan tujuh orang"
        self.cessation = self.language.words("cessation")
        self.offers = self.language.words("offers")
        self.denials = self.language.words("denials")
        self.report_participles = self.language.words("report_participles")  # "… strikes reported by Somalia"
        self.charge_nouns = self.language.words("charge_nouns")  # "denied the charge", "membantah tuduhan itu"
        self.definite_markers = self.language.words("definite_markers")
        self.demonstratives_follow = self.language.demonstratives_follow_noun
        self.passive_agent = self.language.words("passive_agent")
        self.follower_nouns = self.language.words("follower_nouns")
        self.owned_followers = self.language.owned_forms("follower_nouns")
        self.follower_possessives = self.language.words("follower_possessives")
        self.possessive_clitics = tuple(self.language.words("possessive_clitics"))
        self.follower_fillers = (self.language.words("quantities") | self.language.words("determiners")) - (
            self.follower_nouns | self.follower_possessives
        )
        self.backer_nouns = self.language.words("backer_nouns")  # "urged supporters to …": the asker's own
        self.addressee_preps = self.language.words("recipient_preps")  # "called on his followers", "kepada"
        self.warning_verbs = self.language.words("warning_verbs")  # "warned that Russia could invade"
        # what a warning says may be done: "could", "bisa" ("akan" is also "of": "memperingatkan Jepang
        # akan konsekuensi serius" warns Japan of consequences)
        self.content_modals = self.language.words("possibility_modals")
        self.suffering_verbs = self.language.words("suffering_verbs")  # "Tehran could face consequences"
        self.conditions = self.language.words("conditions")  # "if", "unless", "jika", "kecuali": a threat's terms
        self.complementizers = self.language.words("complementizers")
        self.promise_verbs = self.language.words("promise_verbs")  # "vowed never to attack": restraint
        self.decision_words = self.language.words("decision_words")  # "agreed to impose sanctions": done
        self.crowds = self.language.words("crowds")
        self.subordinators = self.language.words("subordinators")
        # "agreed to release hostages in exchange for a pause in the fighting" (coder.deal_terms)
        self.exchange_phrases = [tuple(p.split()) for p in self.language.words("exchange_phrases")]
        # what makes troops moved a peace mission (coder.peace_mission)
        self.peacekeeping_words = {tuple(p.split()) for p in self.language.words("peacekeeping_words")}
        self.peacekeeping_bodies = self.language.words("peacekeeping_bodies")
        self.mission_forces = self.language.words("mission_forces")  # "an African Union force"
        self.target_markers = self.language.words("target_markers")  # "against Al-Qaeda hideouts"
        self.forces_moved_preps = self.language.words("forces_moved_preps")  # "troops to Iraq"
        self.coordinators = self.language.words("coordinators")
        self.clause_joints = self.subordinators | self.coordinators  # where a trigger's clause ends
        self.relative = self.language.words("relative")
        self.then_phrases = {
            key: self.language.words(key) for key in ("then_phrases", "then_year_phrases", "then_month_phrases")
        }
        # "sehari kemudian", "the next day": days counted from the day the story named (coder.counted_days)
        offsets = self.language.grammar.get("story_day_offsets", {})
        self.story_day_offsets = {str(k).lower(): int(v) for k, v in offsets.items()}
        self.since_onsets = self.language.words("since_onsets")  # "mulai berlaku sejak", "effective since"
        # what opens a verb phrase a head governs: "to", "akan", "untuk", "agar" (content_goes_on)
        openers = ("infinitive_markers", "future", "request_complements", "purpose_markers")
        self.verb_openers = frozenset().union(*(self.language.words(key) for key in openers))
        # a verb of saying ends a clause ("…, kata Lavrov"); one that is also an adjective ("bersikap
        # tegas dan mengusut …", grammar `speech_adjectives`) does not
        speech = self.language.words("speech_after") - self.language.words("speech_adjectives")
        self.clause_ends = self.language.words("clause_breaks") | speech
        self.auxiliaries = self.language.words("auxiliaries") | self.language.words("future")
        # "juga melakukan (protes)", "menggelar aksi (unjuk rasa)": words that carry an event noun
        self.carriers = self.auxiliaries | self.language.words("light_verbs") | self.language.words("event_frames")
        # what may stand between a party and the word saying it was killed: "were", "itu", "yang telah"
        self.casualty_fillers = (
            self.auxiliaries | self.language.words("be_forms") | self.language.words("casualty_fillers")
        )
        # "accused of", not "allegations that …" (their content) nor "dicurigai oleh ICC" (its accuser)
        self.description_ends = self.language.words("other_preps") - self.language.words("passive_agent")
        # "on charges of", "suspected of", "atas tuduhan", "yang diduga": the words that open what
        # someone is charged with, suspected or convicted of (grammar `charge_cues`)
        self.charge_cues = [tuple(p.split()) for p in self.language.words("charge_cues")]
        self.cues_ending: dict[str, list[tuple[str, ...]]] = {}  # a cue's last word → the cues it ends
        for cue in self.charge_cues:
            self.cues_ending.setdefault(cue[-1], []).append(cue)
        self.charge_admissions = self.language.words("charge_admissions")  # "pleaded guilty", "mengaku"
        self.charge_openers = self.auxiliaries | self.language.words("charge_openers")  # "yang diduga telah …"
        self.charge_breaks = self.language.words("charge_breaks")  # "A man accused of the attack was arrested"
        self.infinitive = self.language.words("infinitive_markers")  # "it is wrong to expel them"
        self.request_complements = self.language.words("request_complements")  # "demanded that", "agar"
        self.purpose_markers = self.language.words("purpose_markers")  # "to disperse", "untuk menyerang"
        self.topic_verbs = self.language.words("topic_verbs")  # "discussed Gaza", "membahas Gaza"
        self.solo_discussion_verbs = self.language.words("solo_discussion_verbs")  # "akan membahas", "will discuss"
        self.solo_sessions = self.language.words("solo_session_words")  # "rapat kabinet", "cabinet meeting"
        self.attendance_verbs = self.language.words("attendance_verbs")  # "attended", "menghadiri"
        self.seizing_verbs = self.language.words("seizing_verbs")  # "seized", "captured", "merebut"
        self.two_sided_fights = self.language.words("two_sided_fights")  # "clashed", "bentrok", "shootout"
        self.fight_partner_preps = self.language.words("fight_partner_preps")  # "bentrok dengan pemuda"
        self.agreement_nouns = self.language.words("agreement_nouns")  # "struck a deal to …", "kesepakatan untuk …"
        self.custody_phrases = [tuple(p.split()) for p in self.language.words("custody_phrases")]  # "from prison"
        self.attack_aim_markers = self.language.words("attack_aim_markers")  # "untuk melancarkan serangan"
        self.means_verbs = self.language.words("means_verbs")  # "menggunakan pisau untuk menyerang"
        self.exceptives = self.language.words("exceptives")  # "tidak punya pilihan selain untuk menyerang"
        self.own_government_words = self.language.words("own_government_words")  # "rencana pemerintah": the speaker's
        self.basis_words = self.language.words("basis_words")  # "berdasarkan penyelidikan", "based on an inquiry"
        # "demanded that parliament revoke …": a bare body heading the act asked for, by its sector
        bodies = self.language.grammar.get("addressee_bodies") or {}
        self.addressee_bodies = {str(word).lower(): sector for word, sector in bodies.items()}
        self.reaction_markers = self.language.words("reaction_markers")  # "after Finland announced …"
        # "…, Kuleba said of the Russian strike", "kata Peskov menanggapi rencana Uni Eropa"
        self.comment_markers = [tuple(p.split()) for p in self.language.words("comment_markers")]
        self.handover_words = self.language.words("handover_words")  # "extradite", "mengekstradisi"
        self.handover_to = self.language.words("handover_to")  # "… to Vietnam", "… ke Vietnam"
        self.cession_words = self.language.words("cession_words")  # "handed over", "mengembalikan"
        self.cession_to = self.language.words("cession_to")  # "… to China", "… kepada China"
        self.surrender_words = self.language.words("surrender_words")  # "surrendered", "menyerah"
        self.meeting_aim_markers = self.language.words("meeting_aim_markers")  # "arrived for talks"
        self.meeting_holders = self.language.words("meeting_holders")  # "to hold talks", "untuk melakukan pembicaraan"
        # how a verb is told from a noun after "setelah"/"untuk", "after"/"to": Indonesian by its prefix
        # ("bertemu", "menyerang"), English by its "-ing" ("after meeting") or by not ending as a noun
        # does ("to disperse", not "led to protests")
        self.verb_prefixes = tuple(sorted(self.language.words("verb_prefixes")))
        self.gerund_suffixes = tuple(sorted(self.language.words("gerund_suffixes")))
        self.noun_suffixes = tuple(sorted(self.language.words("noun_suffixes")))
        self.passive_prefixes = tuple(self.language.words("passive_prefixes"))  # "di-": "ditangkap"
        self.tensed_verbs = bool(self.language.words("tense_suffixes"))  # "urged": a verb with its own tense
        # "mendesak China membebaskan …": the act asked for may follow the addressee with no marker
        self.bare_request_content = bool(self.language.grammar.get("bare_request_content"))
        self.background = self.language.words("background_preps")
        self.resignation_background = self.background | self.language.words("resignation_background_preps")
        self.since = self.language.words("since")
        self.since_adverbs = self.language.words("since_adverbs")  # "since then": a main clause follows
        # what ends the clause a "since" may open before a trigger: a comma, a quote, a conjunction, and a
        # relative pronoun ("since the PKK, which is branded a terrorist group, took up arms": the
        # branding describes a party, it is no act the "since" dates)
        self.since_clause_ends = (
            self.language.words("clause_breaks") - self.since
            | self.language.words("relative")
            | self.language.words("since_clause_ends")
        )
        self.former = self.language.words("former_markers")
        self.missions = self.language.words("missions")
        self.envoy_nouns = self.language.words("envoy_nouns")  # "duta", "dubes", "diplomats"
        self.premises = self.language.words("premises")  # "outside the UN office": the body's seat
        self.one_person = self.language.words("one_person")  # "a", "seorang": one unnamed person follows
        self.said_when = calendar_words(self.language.code) | self.language.words("time_preps")
        # "balik menuduh", "in turn accused": a turn-taking adverb before an accusation verb (coder.accuses)
        self.accusation_lead_adverbs = self.language.words("accusation_lead_adverbs")
        # what ties a sentence to the one before it: "he", "itu", "also"; "But …", "Dan …"
        self.pointers_back = self.language.words("pointers_back")
        self.person_objects = self.language.words("person_pronouns")  # "accused him", "menuduhnya"
        objects = self.language.grammar.get("object_pronouns") or {}
        self.object_pronouns = {str(k).lower(): str(v) for k, v in objects.items()}  # "them": a group
        self.object_followers = self.language.words("object_followers")  # "urged them to", "accused him of"
        # "me-" of "menerima mereka": the prefixes of the active voice, where a language marks voice (active_verb)
        self.active_prefixes = tuple(
            p for p in self.language.words("voice_prefixes") if p not in self.language.words("passive_prefixes")
        )
        self.possessive_before_noun = self.language.possessive_before_noun  # "her lawyers" / "banding mereka"
        self.owner_pronoun_words = self.language.words("owner_pronouns")  # "her": an object or an owner
        self.complement_markers = self.language.words("verb_complement_markers")  # "refused to accept them"
        # a pronoun opening a sentence is its subject, told of before: "He said …", "Mereka menuntut …"
        self.subject_pointers = frozenset().union(
            *(self.language.words(key) for key in ("person_pronouns", "group_pronouns", "first_person_pronouns"))
        )
        self.first_person_words = self.language.words("first_person_pronouns")  # "kami", "I" in a quote
        self.openers_back = self.language.words("coordinators") | self.language.words("contrast_coordinators")
        self.contrasts = self.language.words("contrast_coordinators")
        # "polisi telah membebaskan", "The government too has agreed": words between a bare sector
        # subject and its verb; what may stand before that subject (unplaced_body)
        self.subject_fillers = self.auxiliaries | self.language.words("subject_fillers")
        self.subject_determiners = self.language.words("determiners") | self.language.words("demonstratives")
        # the public as an object ("meminta masyarakat tenang", "called on members of the public"): too
        # generic to name a party, but a guessed target at home it makes the state's civilians
        self.public_nouns = self.language.words("public_nouns")
        # aircraft and air strikes: an attack they make or name is aerial (from_the_air)
        self.aircraft = longest_first(self.language.words("aircraft_nouns"))
        self.air_strikes = longest_first(self.language.words("air_strike_words"))
        # "serangan itu", "these protests", "the raid was a success": an event told before, by word order
        self.mention_after = self.language.words("later_mention_after")
        self.mention_before = self.language.words("later_mention_before")
        self.mention_definite = self.language.words("later_mention_definite")
        # "the raid on Mogadishu", "the attack by militants": an event noun naming its own parties
        self.own_party_preps = self.language.words("own_party_preps")
        # "menyerukan perdamaian", "condemned all forms of violence": an object naming no party (unaimed_object)
        self.unaimed_objects = self.language.words("unaimed_objects")
        self.unaimed_object_stops = self.language.words("unaimed_object_stops")
        self.decision_kinds = [
            ("ruling", set(self.language.words("court_ruling_nouns"))),
            ("charge", set(self.charge_nouns)),
            ("decision", set(self.language.words("reacted_decision_nouns"))),
        ]
        self.subject_determiners |= self.language.words("subject_determiners")
        self.subject_openers = self.language.words("subject_openers")
        self.one_event_articles = self.language.words("determiners")  # "a police crackdown" (modifier_body)
        self.doer_after_nouns = self.language.words("doer_after_nouns")  # "serangan tentara" (modifier_body)
        self.owner_possessives = self.language.words("owner_pronouns")  # "its military offensive" (body_in_trigger)
        self.after_body_words = self.language.words("recipient_preps") | self.language.words("demonstratives") | {"di"}
        # "The Moroccan was captured", "Orang Maroko itu": a person told as known (definite_person_head)
        self.recalling = self.language.words("recalling_determiners")
        self.demonstratives = self.language.words("demonstratives")

    def run(self, article: Article) -> CodedArticle:
        coded = CodedArticle(article, self.language.code)
        coded.sentences = self.language.sentences(article.text, article.skip_lines)
        credit = article.credit or self.credit_line(coded.sentences)
        home = home_of(article.outlet) or self.language.grammar.get("home_country")
        home = home if home and not self.actors.set_abroad(coded.sentences, home) else None
        dateline, filed_in = self.dateline(article.text)
        found = self.article_places(coded.sentences, dateline, filed_in)
        set_in = [self.settings(sentence, places) for sentence, places in zip(coded.sentences, found, strict=True)]
        memory = ArticleMemory(home=dateline or home or first_setting(set_in))
        coded.lead_day = self.lead_day(coded, article)
        coded.home = memory.home
        for sentence, places, settings in zip(coded.sentences, found, set_in, strict=True):
            if credit and sentence.text.strip().lower() == credit.lower():
                continue
            # the scene as the story has set it so far: "Seorang tersangka asal Uzbekistan ditahan"
            # in a story on Stockholm was arrested in Sweden
            set_scene(coded, sentence.index, memory, settings)
            before = memory.recent_states()
            mentions = self.actors.run(sentence, memory, article.pub_date, settings)
            memory.note_headed([p.country_code for p in places if p.heading and p.country_code in settings])
            mentions = self.quoted_first_person(coded, sentence, mentions, memory, article.pub_date, set_in)
            coded.mentions[sentence.index] = mentions
            if self.opens_story(coded, sentence, before, mentions, settings):
                # a file of wire stories one after another: what the last story named sets nothing here
                memory.begin_story()
                coded.story_starts.append(sentence.index)
                set_scene(coded, sentence.index, memory, settings)
            made = len(coded.events)
            self.code_sentence(coded, sentence, mentions, credit, places)
            remember_time(coded, sentence, self.dates_in(coded, sentence))
            parties = joint_parties(coded.events[made:])
            if parties:
                memory.note_joint(parties)
        self.captives_told_after(coded)
        return coded

    def quoted_first_person(
        self, coded: CodedArticle, sentence: Sentence, mentions: list[Mention], memory, date, set_in
    ) -> list[Mention]:
        """A quote of several sentences whose speaker is named only after it closes: in
        '"Kedua kubu datang ke kantor saya. Saya meminta mereka berdamai. Ini penting," kata Tito.' and
        '"The situation is serious. We urged China to free him. It is a principle," Kamikawa said.' the
        "saya"/"we" opening a sentence the quote runs on to is the speaker named after the quote mark
        (ClauseReader.speakers_in_words reads only a speaker in the same sentence). The quote must
        still be open at the end of this sentence and close, in the same paragraph within
        QUOTE_REACH sentences, right before a speech verb whose speaker a lookahead (on a copy of
        the story's memory) finds."""
        tokens = sentence.tokens
        taken = {i for m in mentions for i in range(m.first, m.last)}
        # the subject that opens the sentence or the quote ("Saya hanya meminta …", '"We will …'), not
        # a "kami" further in ("Ini masih kami selidiki"), which may be a speaker's unit or people
        spots = [
            i
            for i, t in enumerate(tokens[:2])
            if t.lower in self.first_person_words
            and t.text != "i"  # a lower-case "i" is a list marker ("i) …"), not the pronoun "I"
            and i not in taken
            and all(w.text in QUOTE_CHARS for w in tokens[:i])
        ]
        if not spots:
            return mentions
        text = coded.article.text
        line_start = text.rfind("\n", 0, sentence.start) + 1
        if quote_marks(text[line_start : sentence.end]) % 2 == 0:
            return mentions  # no quote open at the end of this sentence
        if quote_marks(text[line_start : sentence.start]) % 2 == 0:
            # the sentence that opens the quote is often its lead claim, coded with the closing one
            # on the same line ('"We asked the government to end it. We also asked …," Zeid said'
            # is one demand told twice); only the sentences it runs on to take its speaker here
            return mentions
        later = sentence.index + 1
        while later < len(coded.sentences) and later <= sentence.index + QUOTE_REACH:
            after = coded.sentences[later]
            if after.line != sentence.line:
                return mentions
            if quote_marks(text[line_start : after.end]) % 2 == 0:
                break
            later += 1
        else:
            return mentions
        after = coded.sentences[later]
        shut = [k for k, t in enumerate(after.tokens) if t.text in QUOTE_CHARS]
        close = next((k for k in shut if quote_marks(text[line_start : after.tokens[k].end]) % 2 == 0), None)
        if close is None:
            return mentions
        ahead = self.actors.run(after, copy.deepcopy(memory), date, set_in[later])
        view = self.clauses.run(after, ahead, frozenset())
        frame = view.frame_for(max(0, close - 1))
        if frame is None or frame.verb <= close or frame.verb > close + 2:
            return mentions  # '…," kata X' / '…," X said': the verb right after the closing mark
        speakers = [m for m in frame.speaker.mentions if m.entity.code and m.entity.sector != "JRN"]
        if not speakers:
            return mentions
        found = [
            Mention(i, i + 1, m.entity, "pronoun", tokens[i].text, tokens[i].start, tokens[i].end, [FIRST_PERSON])
            for i in spots
            for m in speakers
        ]
        for mention in found:  # "Saya …" keeps the speaker in reach as a pronoun does
            memory.remember(mention, [])
            memory.note_titled(mention)
        return sorted(mentions + found, key=lambda m: (m.first, m.last))

    def captives_told_after(self, coded: CodedArticle) -> None:
        """An arrest whose captive the sentence leaves the captor's own people ("Spanish police arrested
        a suspected Islamist", "Polisi Spanyol menangkap seorang muslim") is of the state a sentence
        after it names as a definite person at its head, within CAPTIVE_LOOKAHEAD: "… The Moroccan was
        captured in Badalona", "Orang Maroko itu ditangkap …" — Morocco's, not Spain's people."""
        for event in coded.events:
            actors = {entity.code for entity in event.actor}
            own = bool(event.recipient) and {entity.code for entity in event.recipient} <= actors
            if event.event != "COERCE" or event.mode != "arrest" or not actors or not own:
                continue
            index = next((s.index for s in coded.sentences if s.start == event.start), None)
            if index is None:
                continue
            last = min(len(coded.sentences) - 1, index + CAPTIVE_LOOKAHEAD)
            for later in range(index + 1, last + 1):
                if coded.story_start(later) > index:
                    break
                mention = self.definite_person_head(coded, coded.sentences[later])
                if mention is not None and is_state(mention.entity.code) and mention.entity.code not in actors:
                    event.recipient = [mention.entity]
                    event.recipient_text = [mention.text]
                    event.rules.append("coref.captive_told_after")
                    break

    def definite_person_head(self, coded: CodedArticle, sentence: Sentence) -> Mention | None:
        """The person a sentence opens with, named by a demonym or origin and told as known: "The
        Moroccan was captured", "Orang Maroko itu ditangkap" (a determiner before it or a demonstrative
        after it); None for an indefinite one ("A Moroccan said") or a body ("The French government")."""
        mentions = coded.mentions.get(sentence.index, [])
        if not mentions:
            return None
        head = min(mentions, key=lambda m: m.start)
        if head.entity.sector not in PERSON_SECTORS | {""} or head.kind not in ("demonym", "country"):
            return None
        before = coded.article.text[sentence.start : head.start].strip().lower()
        after = coded.article.text[head.end : head.end + 12].split()
        known = before in self.recalling or (not before and after and after[0].lower() in self.demonstratives)
        return head if known else None

    def article_places(self, sentences: list[Sentence], dateline: str | None, filed_in: str) -> list[list]:
        """The places of each sentence, a shared name read as the one in a country the article names:
        its dateline first, then the sentences before, then those after, within SHORT_REPORT of it
        ("… near Halifax, on Saturday. West Yorkshire Police said …" is Halifax, England). The
        dateline's city named again is the one the story was filed in, however big a namesake
        ("HALIFAX, England - Police in Halifax")."""
        lang = self.language.code
        named = [countries_named(sentence.text, lang) for sentence in sentences]
        found = []
        for index, sentence in enumerate(sentences):
            # within a report's reach only: a file of many wire stories is no one story, and reading
            # every other line for every line would cost the square of the file's length
            near = named[max(0, index - SHORT_REPORT) : index] + named[index + 1 : index + 1 + SHORT_REPORT]
            story = [dateline] if dateline else []
            story += [code for codes in near for code in sorted(codes)]
            found.append(find_places(sentence.text, lang, tuple(dict.fromkeys(story)), filed_in))
        return found

    def lead_day(self, coded: CodedArticle, article: Article) -> tuple[int, str] | None:
        """The first day the file names near its start, and where: it dates the sentences before it
        too — "KPK menetapkan Zumi Zola sebagai tersangka. … Penetapan itu diumumkan Rabu (24/1)." —
        the opening happened on Wednesday, not on the day the file was posted."""
        pub = parse_date(article.pub_date)
        for sentence in coded.sentences[:LEAD_DAY_SENTENCES]:
            day = told_day(self.dates_in(coded, sentence), pub)
            if day:
                return sentence.index, day
        return None

    def dates_in(self, coded: CodedArticle, sentence: Sentence) -> list:
        """The date expressions of a sentence, found once (the file's first day and the sentence's
        own events both read them)."""
        if sentence.index not in coded.dates:
            pub = parse_date(coded.article.pub_date)
            coded.dates[sentence.index] = find_dates(sentence.text, self.language.code, pub)
        return coded.dates[sentence.index]

    def opens_story(
        self, coded: CodedArticle, sentence: Sentence, before: set[str], mentions: list[Mention], settings: list[str]
    ) -> bool:
        """Whether a sentence opens a new story in a file of wire stories one after another: it
        names states, none of them one the story has named lately, and nothing in it points back
        ("he", "itu", "also", "But …"). "Taliban militants in southern Afghanistan abducted …"
        after lines on Somalia starts over; "Ethiopian troops also …" does not."""
        if sentence.index - coded.story_starts[-1] < MIN_STORY or not before:
            return False
        if any(m.kind in ("coref", "pronoun") for m in mentions):
            return False  # "Doss said …": a person the story named
        # "pertandingan Euro 2016 antara Spanyol dan Italia": states named in passing open no story
        passing = self.actors.passing.in_passing
        named = {
            m.entity.code
            for m in mentions
            if m.entity.code
            and m.kind != "implied"
            and not (m.kind in ("country", "demonym", "capital") and passing(sentence.tokens, m.first, m.last, False))
        }
        # "… according to Amnesty International": a body named alone opens no story; nor does a
        # place alone ("US$ 4,5 juta" is found as a place)
        if not any(is_state(code) for code in named) or (named | set(settings)) & before:
            return False
        words = [token.lower for token in sentence.tokens]
        return (
            words[0] not in self.openers_back
            and not set(words[:2]) & self.subject_pointers
            and not set(words) & self.pointers_back
        )

    def dateline(self, text: str) -> tuple[str | None, str]:
        """The dateline's country and city ("HALIFAX, England (Reuters) -" -> GBR, "Halifax"): where a
        story was filed sets it for actors it leaves unnamed ("ABUJA: Police arrested the governor" are
        Nigeria's police). The dateline is the skipped head of the first line."""
        # the first line, or the one after a headline: "Brady improving … hospital\nWASHINGTON -- White House …"
        lines = [line for line in text.splitlines() if line.strip()][:2]
        line = next((line for line in lines if 0 < self.language.skip_line(line) < len(line.rstrip())), "")
        skip = self.language.skip_line(line) if line else 0
        if not 0 < skip < len(line.rstrip()):
            return None, ""
        head = DATELINE_PLACE.match(line[:skip].strip())
        city = head.group(1).strip().title() if head else ""
        tier, sites = gazetteer().lookup(city) if head else ("", [])
        if not (tier and sites):
            return None, ""
        # "HALIFAX, England (Reuters) -", "GEORGETOWN, Texas": the state or country after the city says
        # which of its namesakes it is
        after = DATELINE_PLACE.match(line[:skip].strip()[head.end() :].strip()) if head else None
        region = gazetteer().lookup(after.group(1).strip())[1] if after else []
        if region and region[0].feature in ("country", "region") and region[0].country_code:
            return region[0].country_code, city
        # a big city's other name heads a story too: "BANGALORE:", "BOMBAY", "RANGOON"
        return sites[0].country_code, city

    def settings(self, sentence: Sentence, places: list) -> list[str]:
        """Countries of the places the sentence is set in: "di Zahedan", not "melarikan diri ke Pakistan"."""
        found = []
        # "at Santana High School in Santee": a place inside an institution's name is where the story is
        # only when the sentence names no other place ("protesters at Columbia University" are in the US)
        named = [place for place in places if not self.in_institution(sentence, place)]
        for place in named or places:
            before = sentence.text[: place.start].split()
            aside = in_relative_aside(sentence, place.start, place.end, self.relative)
            topic = self.names_topic(sentence, place) or self.in_passing(sentence, place)
            # a place gone to is no scene, but one a traveller leaves for is: "left Dakar for Conakry"
            heading = before and (before[-1].lower() not in self.directions or place.heading)
            if place.country_code and heading and not aside and not topic:
                found.append(place.country_code)
        return found

    def place_tokens(self, sentence: Sentence, place) -> tuple[int, int]:
        """The tokens a place found in the sentence's text spans (first, last); (0, 0) if none."""
        inside = [i for i, t in enumerate(sentence.tokens) if place.start <= t.start - sentence.start < place.end]
        return (inside[0], inside[-1] + 1) if inside else (0, 0)

    def in_institution(self, sentence: Sentence, place) -> bool:
        """ "Santana High School", "Universitas Indonesia": a place named inside an institution's name."""
        first, last = self.place_tokens(sentence, place)
        return last > 0 and self.actors.passing.institution(sentence.tokens, first, last)

    def in_passing(self, sentence: Sentence, place) -> bool:
        """A place named in passing (warta.actors.passing): "Rizieq diketahui di Arab Saudi", "a Hong Kong
        consortium", "laga antara Spanyol dan Italia" set no scene."""
        first, last = self.place_tokens(sentence, place)
        return last > 0 and self.actors.passing.in_passing(sentence.tokens, first, last)

    def names_topic(self, sentence: Sentence, place) -> bool:
        """A place named as what is talked about, not where the story is: "on the Kashmir issue",
        "soal masalah Papua", "talks about Syria" — the words the matcher reads a state's name as a
        topic by (grammar issue_nouns, topic_nouns, topic_preps) set no scene either."""
        before = [w.lower().strip(",.;:\"'") for w in sentence.text[: place.start].split()[-1:]]
        after = [w.lower().strip(",.;:\"'") for w in sentence.text[place.end :].split()[:1]]
        owner = before if self.language.modifiers_follow_noun else after
        return bool(set(before) & self.actors.topic_preps or set(owner) & self.actors.issue_nouns)

    def credit_line(self, sentences: list[Sentence]) -> str | None:
        """A last line that is only an agency's name ("REUTERS") credits the whole article."""
        if sentences:
            last = sentences[-1].text.strip().strip("()").lower()
            return self.sources.get(last)
        return None

    def code_sentence(
        self, coded: CodedArticle, sentence: Sentence, mentions: list[Mention], credit: str | None, places: list
    ) -> None:
        blocked = {i for m in mentions for i in range(m.first, m.last)}
        # a weapon noun inside a military's name may open a pattern; only that word is freed, so a
        # long name inside a pattern's gap still counts as it did
        openers = self.platform_words(sentence, mentions)
        matches = self.triggers.run(self.language.as_headline(sentence), blocked, openers)
        if matches and self.subheading(coded, sentence):
            for match in matches:
                self.drop(coded, sentence, match, "subheading")
            matches = []
        pub = parse_date(coded.article.pub_date)
        if not matches:
            # a lede with no event still tells the story's day: "Sidang digelar Selasa (14/11). …"
            if sentence.index - coded.story_start(sentence.index) < LEDE_SENTENCES:
                remember_day(coded, sentence, self.dates_in(coded, sentence), pub)
            if any(t.lower in self.demand_modals for t in sentence.tokens):
                view = self.clauses.run(sentence, mentions, frozenset())
                self.code_stated_duties(coded, view, matches, self.dates_in(coded, sentence), places, credit)
            return
        dates = self.dates_in(coded, sentence)
        remember_day(coded, sentence, dates, pub)
        view = self.clauses.run(sentence, mentions, frozenset(m.first for m in matches))
        first_event = len(coded.events)
        made: set[int] = set()  # the matches that were coded as events
        actorless: set[int] = set()  # the matches dropped for naming no actor
        for match in self.combine(coded, view, matches):
            request = match.requested_by
            if request is not None and (id(request) in made or id(request) in actorless):
                # "Desmond meminta Jokowi … mencabut kebijakan itu": what is asked for has not been
                # done, whether or not the one who asks is a party a code names
                self.drop(coded, sentence, match, "requested", f"content of {request.trigger.id}")
                continue
            aim = match.aim_of
            if aim is not None and id(aim) not in actorless:
                # the meeting a visit was for is part of it — unless the visit named no one who made
                # it: "… setelah menemui kedua pihak untuk mengadakan pembicaraan" codes the talks
                self.drop(coded, sentence, match, "purpose", f"aim of {aim.trigger.id}")
                continue
            if match.trigger.event == "NONE":  # "heart attack", "meet the target": words that are no event
                self.drop(coded, sentence, match, "not an event")
                continue
            if in_name(sentence, match):
                self.drop(coded, sentence, match, "part of a name")
                continue
            if self.backgrounded(view, match):
                self.drop(coded, sentence, match, "background")
                continue
            if self.mentioned_again(coded, view, match):
                self.drop(coded, sentence, match, "mentioned again")
                continue
            before = len(coded.events)
            self.code_match(coded, view, match, dates, places, credit)
            if len(coded.events) > before:
                made.add(id(match))
            elif coded.candidates and coded.candidates[-1].outcome == "no actor":
                actorless.add(id(match))
        self.code_stated_duties(coded, view, matches, dates, places, credit)
        self.aim_at_acts(coded, view, first_event)
        self.answer_accusers(coded, view, first_event)
        self.drop_retellings(coded, first_event, sentence.index)
        drop_echoed_allegations(coded, first_event)

    def envoys(self, sentence: Sentence, party: Group | None) -> bool:
        """Whether every mention of a party names envoys (grammar `envoy_nouns`), the noun in it or up to
        three words before it: "Duta besar Prancis", "45 diplomat dan staf Kedubes Rusia"."""
        if party is None or not party.mentions or not self.envoy_nouns:
            return False
        tokens = sentence.tokens
        return all(
            any(tokens[i].lower in self.envoy_nouns for i in range(max(0, m.first - 3), m.last))
            for m in party.mentions
            if m.kind != "context"
        ) and any(m.kind != "context" for m in party.mentions)

    def platform_words(self, sentence: Sentence, mentions: list[Mention]) -> frozenset[int]:
        """The weapon nouns inside a military's mention ("Russian warplanes", "tank-tank Israel"): they
        name the actor and may still open a trigger, as in "Russian warplanes struck Idlib" where
        "warplanes … struck" is the act."""
        tokens, words = sentence.tokens, set()
        for m in mentions:
            # a state's weapons ("Russian warplanes"), not a force the scene names ("the fighter jets
            # used to bomb rebel positions": there "to bomb" is the act)
            if m.entity.sector != "MIL" or m.kind == "implied":
                continue
            # an English weapon opening the mention is all of it ("Warplanes struck …": no state);
            # an Indonesian one is its head ("Drone Rusia menghantam …", attribution.owner_in_gap)
            for i in range(m.first if self.language.modifiers_follow_noun else m.first + 1, m.last):
                words |= set(range(i, i + self.actors.platform_at(tokens, i)))
        return frozenset(words)

    def backgrounded(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "charged with arming civilians during unrest last year", "sejak invasi AS ke Irak",
        "di tengah protes": an event noun that only sets the time of what the sentence tells is
        background, not a new event."""
        tokens = view.sentence.tokens
        if match.first > 0 and tokens[match.first - 1].lower in self.since:
            return True  # "losses in Iraq since invading it", "sejak menyerbu Irak": where a count starts
        if self.in_since_clause(tokens, match.first):
            return True
        if not self.attributor.is_nominal(view, match):  # "saat tiba di Doha": a clause, not a noun
            return False
        if self.attributor.opening_meeting(view, match) is not None:
            return False  # "Following a meeting with Dong Jun, Austin said …": the subject's own talks
        if self.attributor.own_visit(view, match) is not None:
            return False  # "Clinton said during a visit to Iraq that …": the speaker's own visit
        frame = view.frame_for(match.first)
        if self.attributor.talks_before_act(view, match, frame.speaker if frame else None, frame) is not None:
            return False  # "Turkey reopened the border following talks with Iraq": the subject's own talks
        if match.trigger.event in RETOLD and {t.lower for t in tokens[: match.first]} & self.casualty_words:
            return False  # "70 civilians injured during clashes with government forces": the clash is the news
        i = match.first - 1
        while i >= 0 and tokens[i].lower in self.attributor.determiners:
            if tokens[i].lower in POSSESSIVE_S and i - 1 in view.group_at:
                # "frozen since former Lebanese prime minister Rafiq Hariri's assassination": past the owner
                i = view.group_at[i - 1].first
                while i > 0 and tokens[i - 1].lower in self.former:
                    i -= 1
            i -= 1
        before = [t.lower for t in tokens[max(0, i - 1) : i + 1]]
        resignation = (match.trigger.event, match.trigger.mode) in BACKGROUND_RESIGNATIONS
        background = self.resignation_background if resignation else self.background
        return bool(before) and (before[-1] in background or " ".join(before) in background)

    def in_since_clause(self, tokens, first: int) -> bool:
        """ "the number killed since US-led troops invaded Iraq in March 2003", "isolated since he gave
        in to mass protests", "sejak pasukan AS menginvasi Irak": an act told in a clause that "since"
        opens only marks where a span of time starts — background, not the news. "Since then, 15,000
        were jailed" is a main clause: "since" followed by a comma or "then" opens none."""
        for i in range(first - 1, max(-1, first - 1 - SINCE_CLAUSE_REACH), -1):
            word = tokens[i].lower
            if word in self.since_clause_ends:
                return False
            if word in self.since:
                after = tokens[i + 1].lower if i + 1 < first else ""
                return after not in self.since_adverbs
        return False

    @staticmethod
    def subheading(coded: CodedArticle, sentence: Sentence) -> bool:
        """ "Imbauan Kapolri", "Divonis Bersalah": a line inside the body of at most SUBHEAD_WORDS words,
        alone on its line, closed by no punctuation and set in title case, is a section heading over what follows — it
        tells no event of its own (the body tells it). The article's first line, its headline, is news."""
        if sentence.line <= 1 or not sentence.tokens or not sentence.tokens[-1].text[:1].isalnum():
            return False
        words = [t.text for t in sentence.tokens if t.text[:1].isalnum()]
        # a heading is set in title case; "Israel attacks Gaza" on a line of its own is a sentence
        if len(words) > SUBHEAD_WORDS or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return False
        return not any(s.line == sentence.line for s in coded.sentences if s is not sentence)

    def discussed_alone(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "PDIP akan membahas pencalonan Jokowi dalam Rakernas", "Sisanya akan dibahas oleh Kementerian
        Pertahanan", "The cabinet will discuss the budget": a discussion one party plans on its own is no
        intent towards another — only a talking verb (grammar `solo_discussion_verbs`) alone as the
        trigger, with no partner after it ("dengan", "with": "akan membahas isu itu dengan Jepang") and
        no joint subject ("Jokowi dan Abe akan membahas …"), which stay a promised meeting (AGREE)."""
        tokens = view.sentence.tokens
        words = [tokens[i].lower for i in match.positions]
        # "pemerintah akan mengadakan rapat kabinet darurat", "will hold an emergency cabinet meeting": a
        # session of one body (grammar `solo_session_words`) is planned on its own as well
        span = range(match.first, match.positions[-1] + 1)  # "hold an emergency cabinet meeting": gap words too
        session = any(tokens[i].lower in self.solo_sessions for i in span)
        if not words or (not session and any(w not in self.solo_discussion_verbs for w in words)):
            return False
        if any(t.lower in self.discussion_partner_preps for t in tokens[match.first :]):
            return False
        actor = self.attributor.run(view, match).actor
        return actor is None or not joint(actor)

    def unnamed_partner(self, sentence: Sentence, match: TriggerMatch) -> bool:
        """ "Gus Ipul akan menjalin komunikasi dengan partai lain", "dia akan berkoalisi dengan partai lain",
        "the party will form a coalition with other parties": an intent whose partner, after "dengan"/"with"
        in or right after the trigger, is only an unnamed other (grammar `unnamed_other_nouns` with
        `unnamed_other_marks`, in either order) is promised to nobody that can be named — no AGREE, as
        unnamed actors are not coded (docs/annotation.md). "akan bertemu dengan partai lain, PDIP" names one."""
        tokens = sentence.tokens
        prep = next(
            (
                i
                for i in range(match.first, min(match.last + 1, len(tokens)))
                if tokens[i].lower in self.discussion_partner_preps
            ),
            None,
        )
        if prep is None:
            return False
        phrase = tokens[prep + 1 : prep + 4]
        nouns = [k for k, t in enumerate(phrase) if t.lower in self.unnamed_other_nouns]
        marks = [k for k, t in enumerate(phrase) if t.lower in self.unnamed_other_marks]
        if not nouns or not marks or min(nouns[0], marks[0]) != 0:
            return False
        end = prep + 1 + max(nouns[0], marks[0]) + 1
        # no name inside the phrase or right after it ("partai lain, PDIP", "other parties like Labour")
        return not any(t.text[:1].isupper() for t in tokens[prep + 1 : min(end + 3, len(tokens))])

    def agreed_thing(self, sentence: Sentence, match: TriggerMatch) -> bool:
        """ "Resolusi perang Irak yang disepakati oleh Senat empat tahun lalu adalah …", "Setiap usul yang
        ditawarkan oleh anggota Kongres …", "the resolution that was agreed by the Senate": a passive
        agreement or offer in a relative clause (grammar `agreed_thing_forms` right after `relative`, with
        `relative_aspects` between) describes the thing agreed — background, no act told."""
        tokens = sentence.tokens
        i = match.first - 1
        while i >= 0 and tokens[i].lower in self.relative_aspects:
            i -= 1
        if i < 0 or tokens[i].lower not in self.relative_words:
            return False
        words = [t.lower for t in tokens[i + 1 : match.first + 3]]
        return any(
            tuple(words[k : k + len(form)]) == form
            for form in self.agreed_thing_forms
            for k in range(match.first - i)
            if i + 1 + k + len(form) - 1 >= match.first
        )

    def rumoured_intent(self, sentence: Sentence, match: TriggerMatch) -> str | None:
        """ "Ada kabar bahwa menteri itu akan bertemu Presiden", "There is talk that the minister will meet
        Biden", "Rumours say the prime minister will visit Jakarta": an intent told only by a rumour
        (grammar `rumour_openers`) in the trigger's clause is nobody's promise — not coded. A hedge
        ("kabarnya", "reportedly") stays a hedged AGREE, and a rumour denied is modality.denied_rumour."""
        words = [t.lower for t in sentence.tokens[: match.first]]
        for start in range(len(words)):
            for opener in self.rumour_openers:
                if tuple(words[start : start + len(opener)]) != opener:
                    continue
                between = sentence.tokens[start + len(opener) : match.first]
                if not any(t.text in CLAUSE_PUNCTUATION for t in between):
                    return " ".join(opener)
        return None

    def mentioned_again(self, coded: CodedArticle, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Militan menyerang pos polisi di Kandahar. … Serangan itu ditujukan untuk …", "Israel shelled
        Gaza … 'Israel is targeting civilians with these bombings'": an event noun with a demonstrative
        points back at the event the article already told — it is coded once, where it is reported
        (docs/annotation.md, a later mention), not again. Only when a trigger of that type fired in an
        earlier sentence of the story: a headline's "Serangan itu …" or a first report stays an event;
        "the raid" needs an event of its type already coded there."""
        how = self.pointed_back(view, match)
        if how is None:
            return False
        start = coded.sentences[coded.story_start(view.sentence.index)].start
        told = coded.events if how == "definite" else coded.candidates
        return any(e.event == match.trigger.event and start <= e.start < view.sentence.start for e in told)

    def pointed_back(self, view: SentenceView, match: TriggerMatch) -> str | None:
        """How an event noun points back, by the language's word order (grammar `later_mention_after`,
        `later_mention_before`, `later_mention_definite`): a demonstrative after it ("serangan itu"; not
        after a verb: "menghentikan kasus itu" is its object's), one before it ("these protests"; not
        "that", which opens a clause: "warned that strikes would follow"), or a definite article before
        a noun naming no party of its own ("the raid was a success"). None when it does not."""
        tokens = view.sentence.tokens
        after = tokens[match.own_end].lower if match.own_end < len(tokens) else ""
        before = tokens[match.first - 1].lower if match.first > 0 else ""
        if after in self.mention_after and self.attributor.is_nominal(view, match):
            return "demonstrative"
        # "membantu penyelidikan aksi teror ini": a bare event word owned by a pe-…-an noun before it is
        # that noun's object, a noun too — its demonstrative points back (s51 third)
        owner = tokens[match.first - 1] if match.first > 0 else None
        if after in self.mention_after and owner is not None and self.attributor.derived_noun(owner):
            return "demonstrative"
        if before in self.mention_definite and self.bare_definite(view, match):
            return "definite"
        return "demonstrative" if before in self.mention_before else None

    def bare_definite(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "the raid was a success", "The attacks were aimed at …": a definite event noun of one or two
        words naming no party of its own — no "of/by/on/against …" after it, no name right after it.
        Not a longer pattern ("the helicopters opened fire") nor a participle ("the murdered officers")."""
        tokens = view.sentence.tokens
        words = match.positions[: match.own_end - match.first]
        if len(words) > 2 or tokens[match.first].lower.endswith("ed") or not self.attributor.is_nominal(view, match):
            return False
        end = match.own_end
        if end >= len(tokens):
            return True
        return tokens[end].lower not in self.own_party_preps and not tokens[end].text[:1].isupper()

    def aim_at_acts(self, coded: CodedArticle, view: SentenceView, first_event: int) -> None:
        """ "Germany deplored the arrest of opposition leaders by Tunisia", "AS menyatakan keprihatinan
        atas penahanan jurnalis oleh Rusia": a condemnation of an act the sentence goes on to tell is
        aimed at whoever did it, when it names no other target of its own (none, the speaker's own
        state, or one guessed from the context)."""
        events = coded.events[first_event:]
        for k, event in enumerate(events):
            if event.event not in ACT_JUDGEMENTS or not event.actor:
                continue
            actors = {e.code for e in event.actor}
            recipients = {e.code for e in event.recipient}
            drawn_by = self.drawing_act(event, events, actors)
            if drawn_by is not None and recipients <= self.act_sides(drawn_by):
                aim_at(coded, event, drawn_by, "attribution.drawing_act")
                continue
            if recipients - actors and "coref.context_target" not in event.rules:
                continue
            act = next((later for later in events[k + 1 :] if self.judged_act(view, event, later, actors)), None)
            act = act or self.earlier_act(coded, view, event, actors, first_event)
            if act is not None:
                aim_at(coded, event, act, "attribution.act_target")

    @staticmethod
    def act_sides(act: Event) -> set[str]:
        """The states an act's clause names besides its doer: its victim's and the place it was done
        in ("Iranians were detained by US forces at an office in Arbil, Iraq")."""
        sides = {e.code for e in act.recipient}
        return sides | {act.event_loc.country_code} if act.event_loc is not None else sides

    @staticmethod
    def drawing_act(judgement: Event, events: list[Event], actors: set[str]) -> Event | None:
        """ "The raid by Israeli troops drew criticism from Egypt", "Four farmers were detained by
        Israeli troops, prompting protests from Damascus", "Petani itu ditahan tentara Israel, yang
        menimbulkan protes dari Damaskus": criticism an act draws (frame undergo, its critic after
        "from"/"dari") is aimed at the doer of the material act told just before it in the sentence —
        the act that drew it — not at the act's victim; so too with the critic named with the noun ("… drew
        Egyptian condemnation", "… menuai kecaman Mesir"). None when no such act stands before it."""
        if not {"attribution.undergo", "attribution.critic_in_noun"} & set(judgement.rules):
            return None
        start = trigger_start(judgement)
        acts = [
            e
            for e in events
            if e.event in MATERIAL_CONFLICT
            and e.actor
            and not {x.code for x in e.actor} & actors
            and trigger_start(e) < start
        ]
        return max(acts, key=trigger_start, default=None)

    def answer_accusers(self, coded: CodedArticle, view: SentenceView, first_event: int) -> None:
        """ "Rights groups accused China of repression. Beijing denied the charges", "Iran menuduh
        militer AS menculik diplomatnya, tetapi pejabat AS membantah": a denial is aimed at the one
        who made the charge it answers — the last accusation against the denier told before it, in
        the sentence or the two before in the story — when it names no other party of its own (none,
        the denier itself, or one guessed from the context)."""
        sentence = view.sentence
        floor = coded.sentences[max(coded.story_start(sentence.index), sentence.index - CONTEXT_SENTENCES)].start
        for event in coded.events[first_event:]:
            if event.event != "REJECT" or not event.actor or not self.denies(event):
                continue
            deniers = {e.code for e in event.actor}
            sides = {(e.code, e.sector) for e in event.actor}
            if self.told_in_denied_report(view, event):
                aim_at_nobody(coded, event)
            guessed = {"coref.context_target", "coref.at_home"} & set(event.rules)
            if {e.code for e in event.recipient} - deniers and not guessed:
                continue
            reporter = self.denied_reporter(view, event, deniers)
            if reporter is not None:
                aim_at_group(coded, event, reporter, sentence, "attribution.denied_reporter")
                continue
            said_at = trigger_start(event)
            charges = [
                e
                for e in coded.events
                if e.event == "ACCUSE"
                and floor <= e.start <= sentence.start
                and (e.start < sentence.start or trigger_start(e) < said_at)
                and {x.code for x in e.recipient} & deniers
                and e.actor
                and not {(x.code, x.sector) for x in e.actor} & sides
                and not guessed_inquiry(e)
            ]
            named = {e.code for e in event.recipient} - deniers
            told_before = self.refers_back_to_charge(view, event)
            if told_before:
                charges = charges or self.unaimed_charges(coded, floor, sentence.start, sides)
            if charges and {x.code for x in charges[-1].actor} & deniers and named and not told_before:
                # "… after a French judge charged Kagame. Kagame denied any involvement": a charge
                # from the denier's own state does not displace a foreign party the context named
                continue
            if charges:
                event.rules = [rule for rule in event.rules if rule != "coref.at_home"]
                aim_at(coded, event, charges[-1], "attribution.answers_accuser")

    def refers_back_to_charge(self, view: SentenceView, event: Event) -> bool:
        """ "Beijing denied the accusation", "rejected these allegations", "Iran membantah tuduhan itu",
        "Tudingan ini dibantah oleh pemerintah China": the denial's object is a charge noun (grammar
        `charge_nouns`) marked as one told before (`definite_markers`, after the noun where
        demonstratives follow it) right beside the denial word — the charge already told, whose
        maker the denial answers even when the maker shares the denier's state."""
        tokens, said_at = view.sentence.tokens, trigger_start(event)
        at = next((i for i, t in enumerate(tokens) if t.start >= said_at), None)
        if at is None:
            return False
        for k in range(max(0, at - 2), min(len(tokens), at + 4)):
            if tokens[k].lower not in self.charge_nouns:
                continue
            marker = k + 1 if self.demonstratives_follow else k - 1
            if 0 <= marker < len(tokens) and tokens[marker].lower in self.definite_markers:
                return True
        return False

    def unaimed_charges(self, coded: CodedArticle, floor: int, start: int, sides: set) -> list[Event]:
        """Accusations told in the sentences before (from `floor`) that name a maker but no accused
        ("dikatakan oleh Washington memiliki hubungan dengan Pengawal Revolusi"): a charge a denial
        refers back to may be one of these."""
        return [
            e
            for e in coded.events
            if e.event == "ACCUSE"
            and floor <= e.start < start
            and not e.recipient
            and e.actor
            and not {(x.code, x.sector) for x in e.actor} & sides
        ]

    def asks_own_people(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "urged his supporters to stay calm", "called on its members to boycott the vote",
        "mendesak para pendukungnya tenang", "meminta rakyatnya bersabar": the verb's object is the
        asker's own followers (grammar `follower_nouns` with a possessive before or after, or a
        possessive clitic), whom a request to them addresses at home."""
        tokens = view.sentence.tokens
        end = match.first + 1
        # the addressee stands right after the verb or its preposition ("called on", "menyerukan kepada"),
        # also when the trigger's span runs on into what is asked ("called on his followers to attack")
        if end < len(tokens) and tokens[end].lower in self.addressee_preps and end in match.positions:
            end += 1
        words = [t.lower for t in tokens[end : end + 4] if t.lower not in self.follower_fillers]
        if not words:
            return False
        first, second = words[0], words[1] if len(words) > 1 else ""
        if first in self.follower_possessives:
            return second in self.follower_nouns
        clitic = first in self.owned_followers  # "pendukungnya"
        # a bare backer noun before what is asked ("urged supporters to stay calm") is the asker's own;
        # one before a name ("mengimbau pendukung Prabowo") is another's
        bare_backers = first in self.backer_nouns and second in self.verb_openers
        return clitic or bare_backers or (first in self.follower_nouns and second in self.follower_possessives)

    def told_in_denied_report(self, view: SentenceView, event: Event) -> bool:
        """ "Moscow dismissed reports that Russian jets had bombed the hospital", "Indonesia membantah
        laporan bahwa tentaranya menyerang desa di Papua Nugini": a party told inside the report a
        denial denies (after "that"/"bahwa") is no recipient of the denial — the accuser is."""
        said_at = trigger_start(event)
        aims = [span.start for span in event.spans if span.role == "recipient"]
        clauses = [t.start for t in view.sentence.tokens if t.lower in self.complementizers and t.start > said_at]
        return bool(aims and clauses) and min(clauses) < min(aims)

    def denied_reporter(self, view: SentenceView, event: Event, deniers: set[str]) -> Group | None:
        """ "The ministry denied involvement in two strikes reported by the Somali defence ministry",
        "membantah keterlibatan AS dalam serangan itu, sebagaimana dilaporkan oleh Kementerian Pertahanan
        Somalia": what a denial denies was reported by a party named after it (grammar
        `report_participles` and `passive_agent`) — that party is the one it answers."""
        tokens, said_at = view.sentence.tokens, trigger_start(event)
        for i, token in enumerate(tokens[:-2]):
            if token.start <= said_at or token.lower not in self.report_participles:
                continue
            k = i + 1 + (tokens[i + 1].lower in self.passive_agent)
            while k < len(tokens) and tokens[k].lower in self.attributor.determiners:
                k += 1
            reporter = view.group_at.get(k)
            if reporter is not None and reporter.first == k and not reporter.codes() & deniers:
                return reporter
        return None

    def denies(self, event: Event) -> bool:
        """A REJECT worded as a denial or as a rejection of a charge ("denied", "membantah", "rejected
        the allegations"; grammar `denials`), or a speaker's "not" before an act of its own side
        ("Hamas said it did not fire the rockets": modality.denial), not a refusal of an offer or a demand."""
        if "modality.denial" in event.rules:
            return True
        return any(word.strip(".,\"'").lower() in self.denials for word in event.event_text.split())

    def judged_act(self, view: SentenceView, judgement: Event, act: Event, actors: set[str]) -> bool:
        """Whether `act` is what `judgement` is about: a material act told after it in the same
        clause, done by someone other than the judge."""
        if act.event not in MATERIAL_CONFLICT or not act.actor or {e.code for e in act.actor} & actors:
            return False
        sentence = view.sentence
        end, start = judgement.spans[0].end, act.spans[0].start
        between = [t for t in sentence.tokens if end <= t.start and t.end <= start]
        return len(between) <= ACT_REACH and self.one_clause(between)

    def earlier_act(
        self, coded: CodedArticle, view: SentenceView, judgement: Event, actors: set[str], first_event: int
    ) -> Event | None:
        """ "Israel demolished homes in the West Bank. The EU criticised the demolitions", "Jet Rusia
        mengebom kota-kota di Suriah. Turki mengecam serangan itu": a judgement whose object is an act
        noun with no doer of its own (dropped for "no actor") is aimed at whoever did the act of that
        type told in the sentences just before — not at the state named last (the victim)."""
        sentence = view.sentence
        end = judgement.spans[0].end
        floor = coded.sentences[max(coded.story_start(sentence.index), sentence.index - CONTEXT_SENTENCES)].start

        def done_by_other(e: Event, event_types: frozenset[str] | set[str]) -> bool:
            return (
                floor <= e.start < sentence.start
                and e.event in event_types
                and bool(e.actor)
                and not {x.code for x in e.actor} & actors
            )

        if "coref.context_target" in judgement.rules:
            # "Russian jets bombed towns in Syria. Turkey condemned the strikes": a judgement whose
            # target is only guessed from the context (the state named last, often the victim) is
            # aimed at the doer of the act told just before
            earlier = [e for e in coded.events[:first_event] if done_by_other(e, MATERIAL_CONFLICT)]
            if earlier:
                return earlier[-1]
        for named in coded.candidates:
            undone = named.outcome in UNDONE_ACTS and named.event in MATERIAL_CONFLICT
            if named.sentence is not sentence or not undone:
                continue
            between = [t for t in sentence.tokens if end <= t.start and t.end <= named.start]
            if named.start < end or len(between) > ACT_REACH or not self.one_clause(between):
                continue
            earlier = [e for e in coded.events[:first_event] if done_by_other(e, {named.event})]
            if earlier:
                return earlier[-1]
        return None

    def drop_retellings(self, coded: CodedArticle, first_event: int, index: int) -> None:
        """ "Militan melepaskan tembakan pada pasukan AS … dan menewaskan dua orang": the killing is
        the shooting told again — a later event of the same type and actor in the sentence whose
        recipients the earlier one already names (or that names none but a place or the context) is
        not a second event, unless it is another kind of act ("killed two policemen and kidnapped
        four others"). So too "Solana arrived in Damascus … on a visit … to hold talks with Assad"
        (one visit), "met in Amman to discuss" and "waved banners … calling for a boycott"."""
        kept: list[Event] = []
        # the events of the two sentences before: what "Mereka …" may go on telling
        starts = {s.start for s in coded.sentences[max(0, index - 2) : index]}
        told = [e for e in coded.events[:first_event] if e.start in starts and e.event in CROWD_RETOLD]
        for event in coded.events[first_event:]:
            actors = {e.code for e in event.actor}
            # "Rebels shelled the town and the Syrian army responded with air strikes": a party that
            # opens its own clause after "and" retells only what the same party of its state did
            own_clause = "attribution.clause_subject" in event.rules
            parties = {(e.code, e.sector) for e in event.actor}
            inferred = {"place.as_party", "coref.context_target", "coref.own_state"} & set(event.rules)
            recipients = set() if inferred else {e.code for e in event.recipient}
            crowd = "coref.crowd_pronoun" in event.rules
            earlier = [
                k
                for k in kept + (told if crowd else [])
                if k.event == event.event
                and {e.code for e in k.actor} == actors
                and not (own_clause and {(e.code, e.sector) for e in k.actor} != parties)
                and recipients <= {e.code for e in k.recipient}
                and event.mode in ("", k.mode)
                and not self.repeated_to_another(event, k)
            ]
            if earlier:
                mark_retold(coded, event, earlier[0])
                continue
            kept.append(event)
        coded.events[first_event:] = kept

    def repeated_to_another(self, event: Event, earlier: Event) -> bool:
        """ "LBH mendesak Kapolda … untuk menghentikan kasus itu dan mendesak Kepala Kejaksaan Tinggi …
        untuk menolak berkas", "urged the police to … and urged the prosecutors to …": the same verb said
        again to a party of another body is a second act, not the first told again — even when both
        bodies belong to one state. The recipient must be named in the sentence, not inferred, and the
        verb be one that makes its object act (grammar `controlling_verbs`)."""
        if not event.event_text or not earlier.event_text:
            return False
        word = event.event_text.split()[0].lower()
        if word != earlier.event_text.split()[0].lower():
            return False
        if not set(self.language.lemmatize(word)) & self.controlling_verbs:
            return False  # "terkena gas air mata … menggunakan gas air mata": a noun said again
        if {"place.as_party", "coref.context_target", "coref.own_state"} & set(event.rules):
            return False
        if not any(span.role == "recipient" for span in event.spans):
            return False
        parties = {(e.code, e.sector) for e in event.recipient}
        return bool(parties) and not parties & {(e.code, e.sector) for e in earlier.recipient}

    def combine(self, coded: CodedArticle, view: SentenceView, matches: list[TriggerMatch]) -> list[TriggerMatch]:
        """One event from a verb and the event word it governs: "menjanjikan dukungan" (promise
        support), "refused to meet", "sangat menghargai dukungan" (praise + support)."""
        kept: list[TriggerMatch] = []
        charges: list[TriggerMatch] = []  # what someone is charged with: "atas tuduhan membunuh"
        alleged: list[TriggerMatch] = []  # what someone is accused of: "accused Iraq of refusing to …"
        for match in matches:
            head = kept[-1] if kept else None
            fallback = self.fallback_content(view, kept, match)
            if fallback is not None:
                # "accused the militia of attacking the town": an entry for one kind of actor whose
                # general reading would be an allegation's content, an aim or a judged act is no event
                self.drop(coded, view.sentence, match, *fallback)
                continue
            if head is not None and self.ordered_inquiry_into(view, head, match):
                # "ordered the police chief to probe the killing of two farmers": what an ordered
                # inquiry looks into is its content, not an act of the one told to investigate
                self.drop(coded, view.sentence, match, "governed", f"investigated: {head.trigger.id}")
                continue
            if head is not None and self.carries_out(view, head, match):
                # "Kuwait memerintahkan pengusiran 15 diplomat Iran": an authority's order is the act
                self.drop(coded, view.sentence, head, "governed", f"ordered: {match.trigger.id}")
                match.positions = head.positions + match.positions
                kept[-1] = match
                continue
            proposal = next((k for k in reversed(kept) if self.rejected_proposal(view, k, match)), None)
            if proposal is not None:
                # "Permohonan ekstradisi Indonesia ditolak oleh Singapura": a passive refusal said of a
                # request noun is the main clause's act, never what the request asks for; the request
                # made stays an event of its own ("Ukraine's appeal … was turned down by NATO")
                kept.append(match)
                continue
            if self.describes(view, match):
                # "the man accused of shooting four people, police said": a participle describing
                # someone accuses no one, and so is no act of whoever reports it
                self.drop(coded, view.sentence, match, "description", "a participle naming no one accused")
                continue
            judged = next((k for k in reversed(kept) if self.judges(view, k, match)), None)
            if judged is not None:
                # "It is undemocratic to deny our rights": the act is what is judged, not a second event
                self.drop(coded, view.sentence, match, "governed", f"judged by {judged.trigger.id}")
                judged.positions = judged.positions + match.positions
                continue
            accusation = next((k for k in reversed(kept) if self.alleges(view, k, match)), None)
            if accusation is not None:
                # "Washington has accused Iran of fomenting violence and supporting insurgents": what
                # someone is accused of is the accusation's content, not an act the text asserts
                self.drop(coded, view.sentence, match, "alleged", f"content of {accusation.trigger.id}")
                accusation.content_found = True
                alleged.append(match)
                continue
            if alleged and self.governs(view, alleged[-1], match):
                # "menuduh AS menolak untuk mencabut sanksi": what an alleged refusal refuses is content too
                self.drop(coded, view.sentence, match, "alleged", f"content of {alleged[-1].trigger.id}")
                continue
            if self.charged(view, kept, charges, match):
                charges.append(match)
                # "Police arrested a man on charges of assaulting a journalist", "ditahan atas tuduhan
                # membunuh": the charge is the content of the arrest or trial, not an act the text asserts
                self.drop(coded, view.sentence, match, "alleged", "content of a charge")
                continue
            protest = next((m for m in matches if self.protest_demand(view, m, match)), None)
            if protest is not None:
                # "Protesters, demanding a new election, blocked roads", "Ribuan warga berunjuk rasa di
                # Dublin, mendesak pelonggaran aturan aborsi": what a protest demands of no one named is
                # the protest's aim, as "took to the streets to demand …" is, not a request of its own
                self.drop(coded, view.sentence, match, "purpose", f"demand of {protest.trigger.id}")
                continue
            purposed = next((k for k in reversed(kept) if self.purpose_of(view, k, match)), None)
            if purposed is not None:
                # "Police fired tear gas to disperse the crowd", "Rusia mengirim pasukan untuk menyerang
                # ISIS": what an act was done for is its aim, not a second act the text asserts
                self.drop(coded, view.sentence, match, "purpose", f"aim of {purposed.trigger.id}")
                continue
            trip = next((k for k in reversed(kept) if self.meeting_aim(view, k, match)), None)
            if trip is not None:
                # "PM Malaysia akan berkunjung ke Indonesia untuk bertemu Presiden Jokowi", "arrived in
                # Delhi for talks with …": the meeting is what the visit is for; the evidence spans both
                # (once the visit is coded: code_sentence drops the aim then)
                match.aim_of = trip
                trip.positions = trip.positions + match.positions
                kept.append(match)
                continue
            request = next((k for k in reversed(kept) if self.second_act(view, k, match)), None)
            if request is None and head is not None and self.said_again(view, head, match):
                request = head
            if request is not None:
                # "Jerman mendesak Rusia menarik pasukannya dan mengecam serangan itu": the requester's own
                # second act, not more of what is asked for; it shares the request's subject (code_match)
                match.joined_to = request
                kept.append(match)
                continue
            request = next((k for k in reversed(kept) if self.asks_for(view, k, match)), None)
            if request is not None:
                # "Germany urged Russia and Ukraine to return to talks": what is asked for has not
                # happened — once the request is coded (run drops it then)
                match.requested_by = request
                if match.first - request.last <= GOVERN_REACH:  # its object: the evidence spans both
                    request.positions = request.positions + match.positions
            deal = next((k for k in reversed(kept) if self.deal_terms(view, k, match)), None)
            if deal is not None:
                # "Hamas agreed to release 50 hostages in exchange for a four-day pause in the fighting":
                # what the deal gives in return is promised with it, not done
                self.drop(coded, view.sentence, match, "governed", f"terms of {deal.trigger.id}")
                continue
            if head is not None and self.governs(view, head, match):
                self.drop(coded, view.sentence, match, "governed", f"part of {head.trigger.id}")
                if match.first - head.last <= GOVERN_REACH:  # its object: the evidence spans both
                    head.positions = head.positions + match.positions
                if words_between_figures(match):
                    # "Russia pledged not to attack ships": a promise's content is read as the general entry
                    match = match.alternatives[0]
                if (
                    head.trigger.event == "AGREE"
                    and match.trigger.event in FUTURE_THREAT
                    and not self.ceases(view, head, match)
                ):
                    if self.restrained(view, head, match):
                        head.trigger = promised_restraint(head.trigger, match.trigger.event)
                        head.rules.append("modality.promised_restraint")
                    elif self.decided_sanction(view, head, match):
                        head.trigger = match.trigger
                        head.rules.append("modality.decided_sanction")
                    else:
                        head.trigger = promised_harm(head.trigger, match.trigger)
                        head.rules.append("modality.promised_harm")
                continue
            kept.append(match)
        for match in [k for k in kept if k.trigger.needs_content and not k.content_found]:
            # "A World Bank report found that exports rose": a finding that names no act it alleges
            # accuses no one ("A UN report found that North Korea had shipped arms to Syria" does)
            self.drop(coded, view.sentence, match, "no finding", "no alleged act in its clause")
            kept.remove(match)
        return kept

    def fallback_content(self, view: SentenceView, kept: list[TriggerMatch], match: TriggerMatch) -> tuple | None:
        """Why an entry for one kind of actor is no event of its own when its general fallback reading
        would be part of another: an allegation's content ("accused the party of attacking police"), an
        act's aim ("sent troops to attack"), a judged act. The fallback must meet the checks it would
        have met had it matched first; a retelling of the act before is marked for fall_back to drop."""
        if not unsettled(match):
            return None
        probe = TriggerMatch(match.alternatives[0].trigger, match.positions, match.own_end)
        for earlier in reversed(kept):
            if self.judges(view, earlier, probe):
                return "governed", f"judged by {earlier.trigger.id}"
            if self.alleges(view, earlier, probe):
                return "alleged", f"content of {earlier.trigger.id}"
            if self.purpose_of(view, earlier, probe):
                return "purpose", f"aim of {earlier.trigger.id}"
        if kept and kept[-1].trigger.event == probe.trigger.event and self.governs(view, kept[-1], probe):
            # the same type as the act before: a retelling only if the general reading is taken
            match.fallback_folded_into = kept[-1]
        return None

    def deal_terms(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether `match` is what an agreement gives in return: an exchange phrase ("in exchange for",
        "dengan imbalan") at most three words before it, in the agreement's clause, after it."""
        if head.trigger.event != "AGREE" or match.first <= head.last:
            return False
        tokens = view.sentence.tokens
        if not self.one_clause(tokens[head.last : match.first]):
            return False
        return any(
            phrase_at(tokens, end - len(phrase), phrase)
            for phrase in self.exchange_phrases
            for end in range(max(head.last + len(phrase), match.first - EXCHANGE_REACH), match.first + 1)
        )

    def decided_sanction(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether a sanction is agreed as a decision taken, not promised: "EU foreign ministers agreed
        on Monday to expand sanctions on Iran", "Uni Eropa sepakat memperluas sanksi terhadap Iran" is
        the bloc imposing them (CAMEO 163), not a threat. The agreement's own word is a past decision
        (grammar decision_words: "agreed", "sepakat"; "will agree", "promised" stay a threat), the
        sanction follows within a few words with no attempt between ("sepakat berupaya memperketat
        sanksi" is only an aim) and nothing after it makes it conditional ("if", "jika")."""
        if match.trigger.event != "SANCTION":
            return False
        tokens = view.sentence.tokens
        if tokens[head.first].lower not in self.decision_words:
            return False
        between = tokens[head.own_end : match.first]
        if len(between) > DECISION_REACH or any(t.lower in self.modality.attempts for t in between):
            return False
        return not any(t.lower in self.conditions for t in tokens[head.first :])

    def restrained(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether a promise's content is negated: "pledged not to attack", "agreed not to target
        civilians", "berjanji tidak akan menyerang", "sepakat untuk tidak saling menyerang" — a
        negator between the promise's own words and the act it governs."""
        between = view.sentence.tokens[head.own_end : match.first]
        return any(t.lower in self.modality.negators for t in between)

    def condition_party(self, view: SentenceView, actor: Group) -> Group | None:
        """The first party named in a condition of the sentence, not on the threatener's side: in
        "Iran warned it would close the strait if the United States attacked" / "Kecuali Israel menarik
        pasukannya, Hizbullah akan menyerang" the condition is put to the United States, to Israel. The
        condition ends at a comma or a clause stop."""
        tokens = view.sentence.tokens
        for start, token in enumerate(tokens):
            if token.lower not in self.conditions:
                continue
            for i in range(start + 1, len(tokens)):
                if tokens[i].text in (",", ";", ".", "?", "!") or tokens[i].text in '"“”':
                    break
                group = view.group_at.get(i)
                # "if Iran is attacked by the United States": the threatener's own side is skipped
                if group is not None and group.mentions[0].kind != "pronoun" and not sides(group) & sides(actor):
                    return group
        return None

    def warned_of_another(self, view: SentenceView, match: TriggerMatch, roles: Roles) -> Group | None:
        """The party a warning says may act, when it is not the warner's side: in "The United States
        warned that Russia could invade Ukraine" / "AS memperingatkan bahwa Rusia bisa menginvasi
        Ukraina" the danger is Russia's (a warning of a danger: ACCUSE, docs/annotation.md), while in
        "Putin warned that Moscow could strike …" or "Turki memperingatkan bisa menyerang" the warner
        names what its own side may do — a threat. Only a named party right before the modal counts:
        "warned Iran that it would pay" (a pronoun) stays the warner's threat."""
        tokens = view.sentence.tokens
        modal = self.warned_modal(view, match)
        if modal is None or modal + 1 >= len(tokens) or tokens[modal + 1].lower in self.suffering_verbs:
            return None  # "warned that Tehran could face consequences": what one will suffer is threatened
        subject = view.group_at.get(modal - 1)
        if subject is None or subject.first <= match.first or subject.mentions[0].kind == "pronoun":
            return None
        warner = roles.actor if roles.actor is not None and roles.actor.first < match.first else None
        return None if warner is not None and sides(warner) & sides(subject) else subject

    def warned_modal(self, view: SentenceView, match: TriggerMatch) -> int | None:
        """Where the modal of what a warning verb warns of stands in its clause: "Japan warned that
        North Korea may launch a missile" — a bare "warned" reaches into its clause."""
        tokens = view.sentence.tokens
        if tokens[match.first].lower not in self.warning_verbs:
            return None
        content = self.warned_content(tokens, match.first + 1)
        return next((i for i in content if tokens[i].lower in self.content_modals), None)

    def warned_content(self, tokens, start: int):
        """The positions of what a warning warns of, up to its clause's end. A relative aside set off by
        commas ("France warned that the campaign, which turned violent this week, could persuade donors
        to hold back") and an "if"-clause before the main one ("warned that if the United States fails,
        sectarian violence could spill over") are no end of it; the aside's own words are passed over."""
        i, condition = start, False
        while i < len(tokens):
            token = tokens[i]
            condition = condition or token.lower in self.conditions
            if token.text not in CLAUSE_PUNCTUATION:
                yield i
                i += 1
                continue
            if token.text != ",":
                return
            if i + 1 < len(tokens) and tokens[i + 1].lower in self.relative:
                close = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in CLAUSE_PUNCTUATION), None)
                if close is None or tokens[close].text != ",":
                    return
                i = close + 1
                continue
            if not condition:
                return
            condition = False
            i += 1

    def warned_of_danger(self, view: SentenceView, match: TriggerMatch) -> bool:
        """A bare warning whose content says what might befall, of no named party: "France warned that
        the campaign could spread", "para pakar memperingatkan bahwa keadaan bisa memburuk" — a warning
        of a danger (ACCUSE), while "warned it could respond" (a pronoun: the warner) stays a threat."""
        tokens = view.sentence.tokens
        modal = self.warned_modal(view, match) if match.last == match.first + 1 else None
        if modal is None or modal - 1 <= match.first:
            return False
        before = modal - 1
        return before not in view.group_at and tokens[before].lower not in self.subject_pointers | self.complementizers

    def alleges(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether `match` lies in what an accusation (ACCUSE allege: "accused … of", "menuduh …")
        says the accused did, before its clause ends."""
        # an entry for one kind of actor is content under every reading it may fall back to: "accused the
        # militia of attacking the town" whether "attacking" is words (by a party) or a strike
        readings = {match.trigger.event} | {a.trigger.event for a in match.alternatives}
        if head.trigger.event != "ACCUSE" or head.trigger.mode != "allege":
            return False
        if not readings & ALLEGED_ACTS and not ("REJECT" in readings and self.refusal(view, match)):
            return False
        # the reach counts no party's words: "accused rebels backed by France, Britain, Turkey and Saudi
        # Arabia of launching the chemical attack" is as near as "accused rebels of launching it"
        reach = sum(1 for i in range(head.last, match.first) if i not in view.group_at)
        if not 0 <= match.first - head.last <= 2 * ALLEGATION_REACH or reach > ALLEGATION_REACH:
            return False
        if not self.accuses(view, head):
            return False
        between = [t for t in view.sentence.tokens[head.last : match.first] if t.text != ","]
        if between and between[0].lower in self.coordinators:
            # "menetapkan Tom Lembong sebagai tersangka dan langsung menahannya": "and" right after the
            # accusation's own words joins the accuser's next act, not what the accused did
            return False
        acts = [i for i in view.triggers if head.last <= i < match.first]
        tokens = view.sentence.tokens
        # "blamed Russia for the death of Navalny and vowed that …": past a charge that names no act,
        # "and" and a finite verb go on with the accuser's own acts; so past content in another verb
        # form: "accused Iran of arming the militias and rejected its offer" (a gerund, then a past
        # tense), while "accused Iran of arming the militias and supporting …" goes on
        # A coordinator right before a party or a name joins two parties, not two clauses: "menuduh
        # gerilyawan yang didukung Prancis dan Inggris yang melancarkan serangan" (s51 third)
        joins = [
            i
            for i in range(head.last, match.first)
            if tokens[i].lower in self.coordinators
            and i + 1 not in view.group_at
            and not tokens[i + 1].text[:1].isupper()
        ]
        joined = bool(joins) and self.attributor.finite_verb(tokens[match.first])
        if joined and (not acts or not self.attributor.finite_verb(tokens[min(acts)])):
            return False
        # a comma between two parties lists them ("didukung Prancis, Inggris, Turki dan Arab Saudi yang
        # melancarkan serangan"): it ends no clause of the charge
        listed = [
            tokens[i]
            for i in range(head.last, match.first)
            if not (tokens[i].text == "," and i - 1 in view.group_at and i + 1 in view.group_at)
        ]
        return self.one_clause(listed)

    def refusal(self, view: SentenceView, match: TriggerMatch) -> bool:
        """A REJECT worded as a refusal, which may be what someone is accused of ("accused Iraq of
        ignoring its demands", "menuduh Irak menolak usulan itu"), not a denial (grammar `denials`),
        which answers the accusation ("menuduh gerilyawan yang kemudian dibantah gerilyawan")."""
        words = view.sentence.tokens[match.first : match.last]
        return not any(t.lower in self.denials for t in words)

    def charged(self, view: SentenceView, kept: list, charges: list, match: TriggerMatch) -> bool:
        """Whether `match` is what a charge cue says someone is charged with, suspected or convicted of:
        "a man suspected of involvement in a bombing", "terdakwa kasus pembunuhan", "yang diduga
        terlibat serangan". The content ends at a verb of the main clause ("A man accused of the
        attack was arrested"), at a clause break, or at an event kept before it ("Gunmen attacked a
        mosque; police arrested two suspects in the attack" keeps the attack: it comes first).
        `charges` are the acts already found charged in the sentence."""
        if match.trigger.event not in CHARGED_ACTS:
            return False
        tokens = view.sentence.tokens
        end = self.charge_cue_end(tokens, match.first)
        if end is None:
            return False
        between = tokens[end : match.first]
        if not self.one_clause(between) or any(end <= k.first < match.first for k in kept):
            return False
        if any(t.lower in self.charge_breaks for t in between):
            return False
        # "membunuh tiga orang yang diduga teroris dan menangkap 16 lainnya": after a charge that names
        # no act, "and" opens the main clause's next verb; after an act it goes on with the charge
        # ("accused of killing two soldiers and wounding three", "diduga membuat dan menyebarkan")
        acts_before = [c.first for c in charges if end <= c.first < match.first]
        act_named = bool(acts_before) or self.verb_like(tokens[end].lower)
        if not act_named and any(t.lower in self.coordinators for t in between):
            return False
        # "Terpidana kasus penodaan agama Basuki Tjahaja Purnama mengajukan PK": a party right before
        # a verb is its subject — not the accuser right after the cue ("dituduh Washington memasok"),
        # nor a noun's owner ("suspects in the Hariri murder")
        subject = view.group_at.get(match.first - 1)
        if (
            subject is not None
            and subject.first > end
            and not acts_before
            and self.verb_like(tokens[match.first].lower)
        ):
            return False
        # "Tersangka kasus korupsi itu mengajukan gugatan": a charge named by a noun is done before a
        # prefixed verb, which is the main clause's ("atas dugaan melakukan penyerangan" opens with one)
        opening = next(t.lower for t in tokens[end : match.first + 1] if t.lower not in self.charge_openers)
        noun_charge = (
            self.verb_prefixes and not acts_before and end not in view.group_at and not self.verb_like(opening)
        )
        if noun_charge and self.verb_like(tokens[match.first].lower):
            return False
        # "Pria yang diduga menyerang masjid itu ditangkap polisi": a passive verb after the content
        # is the main clause's
        return not (between and prefixed_passive(tokens[match.first], self.passive_prefixes))

    def verb_like(self, word: str) -> bool:
        """A verb by its form: Indonesian by its prefix ("menyerang"), English by "-ing" ("attacking")."""
        return word.startswith(self.verb_prefixes) if self.verb_prefixes else word.endswith(self.gerund_suffixes)

    def charge_cue_end(self, tokens: list, first: int) -> int | None:
        """Where the nearest charge cue before token `first` ends, within CHARGE_REACH tokens."""
        for end in range(first, max(first - CHARGE_REACH - 1, 0), -1):
            for cue in self.cues_ending.get(tokens[end - 1].lower, ()):
                start = end - len(cue)
                if start >= 0 and all(tokens[start + k].lower == word for k, word in enumerate(cue)):
                    # "mengaku bersalah membunuh tiga tahanan", "pleaded guilty of": admitted, the act is told
                    admitted = start > 0 and tokens[start - 1].lower in self.charge_admissions
                    return None if admitted else end
        return None

    def asks_for(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether `match` lies in what a request asks the addressee to do, before its clause ends:
        after the request's complement marker ("demanded that …", "mendesak Rusia dan Ukraina untuk
        kembali berunding", "agar") or, in Indonesian, right after the addressee ("mendesak China
        membebaskan para aktivis"). English "to" is left out: it also opens a purpose or names the
        addressee, and dropping what followed it cost more events than it saved."""
        if head.trigger.event != "REQUEST":
            return False
        if match.trigger.event == "REQUEST" and not self.request_passed_on(view, head, match):
            return False
        if view.sentence.tokens[head.first].lower in self.order_verbs:
            return False  # "ordered the officer to probe …": an order is carried out (carries_out)
        # from the request's own words, before a content it governs joined them: "menyeru Israel dan
        # Palestina menghentikan permusuhan dan memulai kembali perundingan" asks for both
        start = min(head.last, head.own_end)
        between = view.sentence.tokens[start : match.first]
        if match.first < start or len(self.without_dated_asides(between)) > ALLEGATION_REACH:
            return False
        spoken_content = self.comma_content(view, head, start)
        if spoken_content:
            between = between[1:]
        if not self.one_clause(between):
            return False
        marked = spoken_content or any(t.lower in self.request_complements for t in between)
        addressed = self.bare_request_content and any(i in view.group_at for i in range(start, match.first))
        infinitive = self.addressed_infinitive(view, head, match)
        return marked or addressed or infinitive or self.listed_in_request(view, head, match)

    def comma_content(self, view: SentenceView, head: TriggerMatch, start: int) -> bool:
        """A comma right after a one-word request verb opens what it asks for, as a comma after "said"
        opens what was said: "Desmond mendesak, Menkumham mencopot Kepala Lapas", "Ketua MUI meminta,
        semua pihak menolak paham radikal" — the removal and the refusal are asked for, not done.
        Only with the bare-content grammar (Indonesian) and the verb as the whole trigger; a dated aside
        after the comma ("mendesak, Senin (1/5), …") is `without_dated_asides`'s."""
        tokens = view.sentence.tokens
        if not self.bare_request_content or head.last - head.first != 1 or start != head.last:
            return False
        comma = head.last
        if comma >= len(tokens) or tokens[comma].text != "," or self.dated_aside_end(tokens, comma):
            return False
        return comma + 1 < len(tokens) and tokens[comma + 1].text[:1].isalnum()

    def request_passed_on(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """A request that is itself what another asks for: "Abbas asked Rice to press Israel to revive the
        talks", "Abbas meminta Rice untuk menekan Israel agar …" — Rice is asked to press, she has not
        pressed yet. Only with the complement marker right before the second request ("untuk", "agar",
        "that", or "to" after the addressee); a second request of the asker's own ("… and urged …") is
        `second_act`'s."""
        tokens = view.sentence.tokens
        marker = match.first - 1
        if marker < max(head.first + 1, head.last - 1) or tokens[marker].lower not in self.request_complements:
            return self.addressed_infinitive(view, head, match)
        return True

    def addressed_infinitive(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """English "to" opens what is asked for when the addressee stands between the request and it:
        "urged Congress on Tuesday to back his plan", "urging its supporters to pull out of the streets"
        — not "appealed to the UN", where "to" names the addressee, nor a bare "to" after the request.
        The addressee may be a party a code names or any short phrase with no verb of its own ("its
        supporters", "the crowd", "all sides")."""
        marker = match.first - 1
        if self.bare_request_content or marker <= head.last:
            return False
        tokens = view.sentence.tokens
        if tokens[marker].lower not in self.infinitive:
            return False
        if any(i in view.group_at for i in range(head.last, marker)):
            return True
        return self.addressee_phrase(tokens[head.last : marker])

    def addressee_phrase(self, words: list) -> bool:
        """Whether the words between a request and its "to" are a short phrase naming whom it asks — a
        noun phrase of at most ADDRESSEE_REACH words, with no verb that would make "to" open a purpose
        ("urged its supporters to …", not "urged restraint and sent troops to …")."""
        if not words or len(words) > ADDRESSEE_REACH or words[0].lower in self.infinitive:
            return False
        return not any(self.attributor.finite_verb(t) or not t.text[:1].isalnum() for t in words)

    def listed_in_request(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """ "demanded an immediate ceasefire in Gaza and the release of all hostages", "menuntut gencatan
        senjata dan pembebasan sandera": a noun joined by "and" to what a request asks for is asked for
        too — not a verb ("… and released the prisoners"), nor a party's act ("and the army …")."""
        tokens = view.sentence.tokens
        at = match.first - 1
        while at > head.last and tokens[at].lower in self.attributor.determiners:
            at -= 1  # "and the release"
        if at < head.last or tokens[at].lower not in self.coordinators:
            return False
        if any(i in view.group_at for i in range(at, match.first)):
            return False
        return not self.attributor.finite_verb(tokens[match.first])

    def second_act(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether an event word joined by "and"/"dan" after a request's content is the requester's own
        second act: "urged Russia to withdraw and condemned the attack" (a finite verb, where the content
        is bare), "meminta massa pulang dan menjanjikan aparat akan bertindak" (a spoken act — a promise,
        a request, a charge, a refusal — which Indonesian marks by no form of its own), "… dan akan
        mengecam" (a tense word of its own). Not "urged Russia to withdraw and release prisoners"."""
        if head.trigger.event != "REQUEST" or match.first <= head.last or match.first - head.last > SECOND_ACT_REACH:
            return False
        tokens = view.sentence.tokens
        if tokens[head.first].lower in self.order_verbs:
            return False
        joint = match.first - 1
        while joint > head.last and tokens[joint].lower in self.attributor.tense_words:
            joint -= 1  # "dan akan menjanjikan": the verb's own tense
        if tokens[joint].lower not in self.coordinators or not self.one_clause(tokens[head.last : joint]):
            return False
        between = tokens[head.last : joint]
        if any(t.lower in self.subordinators or t.lower in self.attributor.relative for t in between):
            return False  # "menindak kelompok yang anti Pancasila dan menentang …": the relative clause's verb
        own_tense = joint < match.first - 1
        # a spoken act joins the requester's words only after a bare content ("meminta massa pulang dan
        # menjanjikan …"); after "untuk"/"agar" the content goes on ("meminta polisi untuk bertanggung
        # jawab dan mengusut …"), and an inquiry is what is asked of the police, never spoken
        marked = any(t.lower in self.request_complements for t in between)
        spoken = (
            self.bare_request_content
            and not marked
            and match.trigger.event in SPOKEN_ACTS
            and match.trigger.mode != "investigate"
        )
        finite = self.tensed_verbs and self.attributor.finite_verb(tokens[match.first])
        return own_tense or spoken or finite

    def main_subject(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Lavrov mengatakan hal itu setelah bertemu Tillerson": a verb right after "after"/"setelah"
        with no subject of its own shares the one the sentence opens with."""
        tokens = view.sentence.tokens
        if match.first == 0 or tokens[match.first - 1].lower not in self.subordinators:
            return None
        # an active verb ("after meeting", "setelah bertemu"): "when bombs exploded", "usai diperiksa",
        # "setelah pertempuran" have subjects of their own
        word = tokens[match.first].lower
        if not (word.startswith(self.verb_prefixes) or word.endswith(self.gerund_suffixes)):
            return None
        opening = [g for g in view.groups if g.first <= SUBJECT_START and g.last < match.first - 1]
        if not opening or (opening[0].first > 0 and tokens[opening[0].first - 1].lower in self.attributor.all_preps):
            return None  # "Menurut Lavrov, …" opens with a source, "Di Moskow …" with a place
        if any(t.lower in self.attributor.relative for t in tokens[opening[0].last : match.first]):
            return None  # "…, Ban, who said after meeting Olmert …": the relative clause has its own subject
        return opening[0]

    def bare_body(self, texts: list[str], lowers: list[str], first: int) -> tuple[int, str, str] | None:
        """A sector term naming no body or state at token `first` ("polisi", "the military"): where it
        ends, its sector ("" for an entry with none) and the lexicon rule that read it."""
        found = self.actors.lexicon.longest(texts, lowers, first)
        if found is None or any(e.kind != "sector" for e in found[1]):
            return None
        entry = found[1][0]
        return first + found[0], entry.entity.sector if entry.entity else "", entry.rule

    def unplaced_body(self, coded: CodedArticle, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Adapun polisi telah membebaskan wanita itu", "The police too have detained …": police
        or a court opening the clause right before the verb are its subject even where the actor
        matcher left them without a state (none named within reach, or "too" read as their noun);
        they are the ones of the state the story is set in. A ministry or MPs may be another
        state's, and are left to the matcher."""
        tokens = view.sentence.tokens
        if self.attributor.is_nominal(view, match):
            return None  # "polisi … dalam penggerebekan": a noun names its own doer
        end = match.first
        while end > 0 and (tokens[end - 1].lower in self.subject_fillers or tokens[end - 1].lower in self.said_when):
            end -= 1  # "polisi telah", "The government too has", "The administration Wednesday"
        texts, lowers = [t.text for t in tokens], [t.lower for t in tokens]
        for first in range(max(0, end - SECTOR_SUBJECT_WORDS), end):
            if any(i in view.group_at or i in view.triggers for i in range(first, end)):
                continue
            if not self.opens_subject(tokens, first):
                continue
            body = self.bare_body(texts, lowers, first)
            if body is None or body[0] != end:
                continue
            _, sector, rule = body
            if sector not in LAW_ENFORCERS:
                return None
            code = coded.story_state(view.sentence.index)
            if not code:
                return None
            return implied_body(view, first, end, code, sector, [rule, "coref.unplaced_body"])
        return None

    def modifier_body(self, coded: CodedArticle, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "A major police crackdown on smuggling", "a rebel attack on the town": where modifiers
        precede their noun (English), a bare armed or policing body right before a material act's noun
        names who did it (the actor matcher leaves a sector term that qualifies a noun without a
        state, "military exercises"); it is the body of the state the story is set in. Not one joined by a hyphen
        ("anti-government protests" are aimed at the government), nor a state's own ("Italian police
        crackdown" is found by the matcher)."""
        if self.language.modifiers_follow_noun:
            return self.body_after_noun(coded, view, match)
        tokens = view.sentence.tokens
        texts, lowers = [t.text for t in tokens], [t.lower for t in tokens]
        end = match.first
        for first in range(max(0, end - SECTOR_SUBJECT_WORDS), end):
            if any(i in view.group_at or i in view.triggers for i in range(first, end)):
                continue
            if first > 0 and (tokens[first - 1].text in ASIDE_DASHES or first - 1 in view.group_at):
                return None
            body = self.bare_body(texts, lowers, first)
            if body is None or body[0] != end:
                continue
            _, sector, rule = body
            code = coded.story_state(view.sentence.index)
            if sector not in ARMED_BODIES or not code or not self.one_event_phrase(lowers, first):
                return None
            return implied_body(view, first, end, code, sector, [rule, "coref.modifier_body"])
        return None

    def body_after_noun(self, coded: CodedArticle, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "Serangan tentara terhadap kota itu dimulai Senin", "Penggerebekan polisi di desa itu",
        "serangan udara militer": where modifiers follow their noun (Indonesian), a bare armed or policing
        body right after an attack or raid noun (grammar `doer_after_nouns`) names who did it — the
        body of the state the story is set in (the matcher leaves a sector term qualifying a noun
        without a state). Not after nouns of what is done to people: "penangkapan pemberontak"."""
        tokens = view.sentence.tokens
        if tokens[match.first].lower not in self.doer_after_nouns:
            return None
        first = match.first + 1
        while first in match.positions:  # "Serangan udara militer": after the noun's own words
            first += 1
        if first >= len(tokens) or first in view.group_at or first in view.triggers:
            return None
        texts, lowers = [t.text for t in tokens], [t.lower for t in tokens]
        body = self.bare_body(texts, lowers, first)
        if body is None:
            return None
        end, sector, rule = body
        if continues_body(view, end):
            return None  # "serangan militer AS" is the matcher's; "serangan milisi-milisi" a plural form
        code = coded.story_state(view.sentence.index)
        closed = end == len(tokens) or not tokens[end].text.isalpha() or tokens[end].lower in self.after_body_words
        if sector not in OWN_FORCES or end - first != 1 or not closed or not code:
            # one bare word of the state's own forces, "tentara", "polisi": "serangan teroris" names a
            # kind of attack ("gelombang serangan teroris"), and "serangan udara pasukan gabungan" forces
            # that often come from elsewhere (measured: both were false alarms on the parallel corpus);
            # the phrase ends with the body: a preposition or demonstrative next ("polisi di desa itu")
            return None
        return implied_body(view, first, end, code, sector, [rule, "coref.modifier_body"])

    def body_in_trigger(self, coded: CodedArticle, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "The military offensive against the rebels killed ten", "Serangan militer terhadap desa itu":
        a bare armed or policing body among the trigger's own words, qualifying its noun, names who did it
        when no actor is told — the body of the state the story is set in (as modifier_body). Not after a
        possessive (grammar `owner_pronouns`: "its military offensive" is the state just named), nor
        one the matcher takes with a state ("operasi militer Israel")."""
        tokens = view.sentence.tokens
        texts, lowers = [t.text for t in tokens], [t.lower for t in tokens]
        if self.language.modifiers_follow_noun:
            if tokens[match.first].lower not in self.doer_after_nouns:
                return None
            candidates = [k for k in range(match.first + 1, len(tokens)) if k in match.positions][:2]
            allowed = OWN_FORCES
        else:
            before = tokens[match.first - 1].lower if match.first > 0 else ""
            owned = before in self.owner_possessives or match.first - 1 in view.group_at
            if owned or not self.one_event_phrase(lowers, match.first):
                return None
            candidates, allowed = [match.first], ARMED_BODIES
        for first in candidates:
            if first in view.group_at:
                return None
            body = self.bare_body(texts, lowers, first)
            if body is None:
                continue
            end, sector, rule = body
            code = coded.story_state(view.sentence.index)
            if end not in match.positions and self.language.modifiers_follow_noun:
                # a target, place or demonstrative told next makes it one act: "serangan militer terhadap desa
                # itu"; not "solusi politik di samping serangan militer, yang …" (a means, not an act told)
                closed = end < len(tokens) and tokens[end].lower in self.after_body_words
            else:
                closed = end in match.positions  # "military offensive": the trigger's noun follows
            if continues_body(view, end) or sector not in allowed or end - first != 1 or not closed or not code:
                return None
            return implied_body(view, first, end, code, sector, [rule, "coref.body_in_trigger"])
        return None

    def one_event_phrase(self, lowers: list[str], first: int) -> bool:
        """Whether the phrase a modifier opens tells one act: a determiner (grammar `determiners`) before
        it, an adjective or two between ("a rebel air raid", "A major police crackdown") — not a habit or a possibility
        ("frequent guerilla attacks", "any military blockade")."""
        return any(lowers[k] in self.one_event_articles for k in range(max(0, first - MODIFIER_REACH), first))

    def from_the_air(self, view: SentenceView, match: TriggerMatch, actor: Group | None) -> bool:
        """Whether an attack is made from the air: an aircraft among the attacker's words (grammar
        `aircraft_nouns`: "a US gunship", "helikopter-helikopter Israel") or an air strike named in the
        trigger or the few words after it (`air_strike_words`: "killed 10 people in an airstrike",
        "dalam serangan udara") — not an aircraft hit ("shot down a helicopter")."""
        tokens = view.sentence.tokens
        spans = [(m.first, m.last) for m in (actor.mentions if actor else []) if m.kind != "context"]
        by_aircraft = any(noun_at(self.aircraft, tokens, i) for first, last in spans for i in range(first, last))
        told = range(match.first, min(len(tokens), match.last + AIR_REACH))
        return by_aircraft or any(noun_at(self.air_strikes, tokens, i) for i in told)

    def object_body(self, view: SentenceView, match: TriggerMatch, home: Group) -> Group:
        """ "Opposition lawmakers criticized the government over the debt", "the prosecution had
        charged …", "buruh menolak tawaran pemerintah", "mendesak pihak kepolisian": a bare sector
        noun (no state beside it) in the trigger's words or the few words of its object names which
        body of the actor's own state is the target; the context party takes its sector. The public
        there (grammar `public_nouns`: "Polisi mengimbau masyarakat agar …", "urged the public to …")
        is its civilians, CVL. Words a party or another event word holds, and a comma, end the object."""
        tokens = view.sentence.tokens
        texts, lowers = [t.text for t in tokens], [t.lower for t in tokens]
        end = min(len(tokens), match.last + OBJECT_SECTOR_WORDS)
        for first in range(match.first + 1, end):
            if first in view.group_at or (first in view.triggers and first not in match.positions):
                break
            if not texts[first][:1].isalnum():
                break
            if lowers[first] in self.public_nouns:
                return with_sector(home, "CVL", "coref.object_public")
            body = self.bare_body(texts, lowers, first)
            if body is None or not body[1]:
                continue
            return with_sector(home, body[1], "coref.object_body")
        return home

    def opens_subject(self, tokens: list, first: int) -> bool:
        """Whether a sector term at `first` opens its clause: after the sentence's start, a comma, a
        determiner or demonstrative, or one opening word ("Adapun polisi", "Further, police")."""
        j = first - 1
        while j >= 0 and tokens[j].lower in self.subject_determiners:
            j -= 1
        return j < 0 or not tokens[j].text[:1].isalnum() or (j == 0 and tokens[j].lower in self.subject_openers)

    def purpose_of(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether `match` is the aim of a deed before it in its clause: a verb right after the
        purpose marker ("to disperse", "untuk membubarkan") — not a noun after "to" ("led to protests")."""
        if head.trigger.event not in PURPOSEFUL or not 1 <= match.first - head.last <= ALLEGATION_REACH:
            return False
        tokens = view.sentence.tokens
        if tokens[match.first - 1].lower not in self.purpose_markers:
            return False
        word = tokens[match.first].lower
        nounless = bool(self.noun_suffixes) and not word.endswith(self.noun_suffixes)
        verb = word.startswith(self.verb_prefixes) or nounless
        return verb and self.one_clause(tokens[head.last : match.first - 1])

    def protest_demand(self, view: SentenceView, protest: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether `match`, a request, is what a protest in its sentence demands: a clause set off by a
        comma with no subject of its own, right after the protest's clause ("rallied in Dublin on
        Saturday, demanding …", "berunjuk rasa di Dublin, Sabtu, mendesak …") or between its subject
        and it ("Protesters, demanding a new election, blocked roads"), asking for a thing and naming
        no one asked ("demanding the release of …", not "urging the government to …")."""
        if match.trigger.event != "REQUEST" or protest.trigger.event != "PROTEST" or match.first < 1:
            return False
        tokens = view.sentence.tokens
        if tokens[match.first - 1].text != "," or self.addressee_named(view, match):
            return False
        if protest.last <= match.first:
            between = tokens[protest.last : match.first - 1]
        else:
            between = tokens[match.last : protest.first]
            commas = [i for i, t in enumerate(between) if t.text == ","]
            if not commas or len(between) > ALLEGATION_REACH:
                return False
            between = between[commas[-1] :]  # the aside's own words may hold a verb: "menuntut pemilu dipercepat,"
        between = [t for t in between if t.text not in CLAUSE_PUNCTUATION]
        if len(between) > ALLEGATION_REACH:
            return False
        return not any(self.attributor.finite_verb(t) or t.lower in self.clause_ends for t in between)

    def addressee_named(self, view: SentenceView, match: TriggerMatch) -> bool:
        """Whether a party stands right after a request's word, past determiners: the one asked
        ("urging the government to …", "meminta pemerintah mencabut …")."""
        tokens = view.sentence.tokens
        i = match.first + 1
        while i < len(tokens) and tokens[i].lower in self.attributor.determiners:
            i += 1
        return i in view.group_at

    def held_together(self, view: SentenceView, match: TriggerMatch) -> bool:
        """A meeting its subject holds: a verb that holds it among the trigger's words or right before
        it ("held a meeting", "mengadakan pertemuan"), not one attended ("attended a ceremony",
        "menghadiri pertemuan") — what two compatriots named as its subject do with each other."""
        tokens = view.sentence.tokens
        words = {tokens[i].lower for i in match.positions}
        if match.first > 0:
            words.add(tokens[match.first - 1].lower)
        return bool(words & self.meeting_holders) and not words & self.attendance_verbs

    def meeting_aim(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether `match`, a meeting, is what a visit, a meeting or a promise before it in its clause
        is for: after a purpose marker, maybe with a verb that holds it ("will fly to Tokyo to hold
        talks", "bertemu di Ottawa guna membahas …", "untuk melakukan pembicaraan"), or after a visit
        after `meeting_aim_markers` ("arrived in Delhi for talks with …")."""
        # "arrived in": troops' arrival (MOBILIZE) before an official's visit, the reading kept for a minister
        readings = {head.trigger.event} | {a.trigger.event for a in head.alternatives}
        if not readings & TRIPS or match.trigger.event not in MEETINGS:
            return False
        if not 1 <= match.first - head.last <= ALLEGATION_REACH:
            return False
        tokens = view.sentence.tokens
        i = match.first - 1
        while i > head.last and (
            tokens[i].lower in self.meeting_holders or tokens[i].lower in self.attributor.determiners
        ):
            i -= 1
        marker = tokens[i].lower
        visit = "CONSULT" in readings and marker in self.meeting_aim_markers
        return (marker in self.purpose_markers or visit) and self.one_clause(tokens[head.last : i])

    def one_clause(self, between: list) -> bool:
        """Whether the words between two event words leave them in one clause."""
        between = self.without_dated_asides(between)
        return not any(t.text in CLAUSE_PUNCTUATION or t.lower in self.clause_ends for t in between)

    def without_dated_asides(self, tokens: list) -> list:
        """The words without a day set off by commas, which ends no clause: "Mesir menyeru Israel dan
        Palestina, Minggu (24/8), menghentikan permusuhan" asks for the end of hostilities as
        "menyeru Israel dan Palestina menghentikan permusuhan" does; so "urged Israel, on Sunday, to …"."""
        kept, i = [], 0
        while i < len(tokens):
            end = self.dated_aside_end(tokens, i)
            if end:
                i = end
                continue
            kept.append(tokens[i])
            i += 1
        return kept

    def dated_aside_end(self, tokens: list, start: int) -> int:
        """Where a ", <weekday> (<date>)," aside opening at `start` ends (past its closing comma), or 0."""
        if tokens[start].text != ",":
            return 0
        j = start + 1
        while j < len(tokens) and self.day_word(tokens[j].text):
            j += 1
        inner = [t.lower for t in tokens[start + 1 : j]]
        if j < len(tokens) and tokens[j].text == "," and any(w in self.weekday_names for w in inner):
            return j + 1
        return 0

    def day_word(self, text: str) -> bool:
        """A word of a day's name as news sets it off: "Minggu", "(24/8)", "on"."""
        low = text.lower()
        return low in self.weekday_names or low in self.weekday_preps or bool(re.fullmatch(r"[()\d/.\-]+", text))

    def judges(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether `match` is the act a judgement names right after it with the infinitive's marker:
        "it is wrong to expel them", "was a mistake to attack"."""
        if head.trigger.event != "ACCUSE" or head.trigger.frame != "cause":
            return False
        between = [t.lower for t in view.sentence.tokens[head.last : match.first]]
        return bool(between) and all(word in self.infinitive for word in between)

    def describes(self, view: SentenceView, match: TriggerMatch) -> bool:
        """An accusation word that only describes someone: no party, auxiliary or adverb before it
        (accuses() is false) and a preposition, not the accused, right after it: "the man accused
        of shooting four people"."""
        if match.trigger.event != "ACCUSE" or match.trigger.mode != "allege" or self.accuses(view, match):
            return False
        if holds_object(match):
            return False  # "named the regent a suspect in a bribery case": the accused inside, a finite act
        tokens = view.sentence.tokens
        return match.last < len(tokens) and tokens[match.last].lower in self.description_ends

    def accuses(self, view: SentenceView, head: TriggerMatch) -> bool:
        """A finite accusation, not "an accused" (a person) or "the man accused of shooting …" (a
        description): the word before it is a party, an auxiliary or an adverb."""
        tokens = view.sentence.tokens
        i = head.first - 1
        # "Iran on Monday accused …", "Iran pada Senin (19/2) menuduh …": past when it was said
        while (
            i > 0
            and (tokens[i].lower in self.said_when or tokens[i].text[:1] in "()/0123456789")
            and head.first - i <= 8
        ):
            i -= 1
        if i < 0 or head.first == 0:
            return True
        before = tokens[i]
        if before.lower in self.attributor.determiners:
            return False
        party = i in view.group_at
        helper = before.lower in self.auxiliaries or before.lower in self.attributor.be_forms
        # "Mekdad balik menuduh gerilyawan yang melancarkan serangan itu", "in turn accused the rebels of
        # launching it": an adverb of turn-taking before the verb leaves it the speaker's finite accusation
        helper = helper or before.lower in self.accusation_lead_adverbs
        # "said it has killed 18 policemen, and blamed their deaths on the government": a tensed verb
        # after "and" with its object goes on with its clause's subject ("a man arrested and accused
        # of murder" describes him)
        joined = (
            before.lower in self.coordinators
            and self.attributor.finite_verb(tokens[head.first])
            and head.last < len(tokens)
            and tokens[head.last].lower not in self.description_ends
        )
        return party or helper or joined or before.lower.endswith("ly") or not before.text[:1].isalpha()

    def verb_form(self, view: SentenceView, match: TriggerMatch) -> bool:
        """The trigger word used as a verb by its ending ("protested"; grammar `clause_verb_marks`), not
        a noun ("protests"); Indonesian marks its verbs by prefix, and its data tells a state's
        "memprotes" (ACCUSE) from a crowd's already."""
        token = view.sentence.tokens[match.first]
        if self.headline_verb(view, match):
            return True
        suffixes = self.triggers.verbs.suffixes
        return bool(suffixes) and token.lower.endswith(suffixes) and not self.attributor.is_nominal(view, match)

    @staticmethod
    def headline_verb(view: SentenceView, match: TriggerMatch) -> bool:
        """ "RI Protes Kapal China …", "Manila Protests Chinese Coast Guard's …": a capitalised word
        right after the party that opens a headline is its verb, whatever its form."""
        tokens = view.sentence.tokens
        subject = view.group_at.get(match.first - 1)
        return subject is not None and subject.first == 0 and tokens[match.first].text[:1].isupper()

    def ceases(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """ "agreed to stop the clashes", "sepakat menghentikan bentrokan": a promise to end harm is no
        threat; nor is one to defend someone "if attacked" ("berjanji membela Filipina jika diserang"),
        where the harm is the condition, not what is promised."""
        between = view.sentence.tokens[head.first : match.first]
        return any(set(t.lemmas) & self.cessation or t.lower in self.modality.whether for t in between)

    def rejected_proposal(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether `match` is a refusal (REJECT) said in the passive of a request or offer noun
        (REQUEST, AGREE) that is its subject: "Tawaran dialog dari Washington ditolak Korea Utara",
        "The draft resolution's demands were rejected by Israel" — not "Qatar rejected the demands",
        where the refusal is active and governs the noun itself."""
        if match.trigger.event != "REJECT" or head.trigger.event not in PROPOSALS:
            return False
        between = view.sentence.tokens[head.last : match.first]
        if match.first - head.last > PROPOSAL_REACH or not self.one_clause(between):
            return False
        return self.attributor.is_passive(view, match) and self.predicated(view, head, match)

    def predicated(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """ "The visit was condemned by China", "Kunjungan itu dikecam oleh China": the verb after an
        event noun that is its subject says what was done about that event; the noun governs nothing."""
        if head.trigger.event == match.trigger.event:
            return False  # "the talks will be attended by …" is one event
        if match.trigger.frame == "undergo":
            # "Abe's trip to the shrine drew criticism from China": a reaction the event meets (frame
            # undergo) is said of that event as its subject, never part of what the event's word governs
            return True
        if not self.attributor.is_nominal(view, head):
            return False
        tokens = view.sentence.tokens
        if self.passive_prefixes:  # "Kunjungan itu dikecam oleh China"
            return prefixed_passive(tokens[match.first], self.passive_prefixes)
        return any(t.lower in self.attributor.be_forms for t in tokens[head.last : match.first + 1])

    def content_goes_on(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether a verb joined by "and"/"dan" continues the verb phrase a head word governs: "Iran
        mengancam akan menutup Selat Hormuz bagi kapal tanker dan menyerang kapal perang AS", "urged
        Russia to withdraw its troops and release all prisoners" — more of what is threatened or asked
        for. With a noun for the head's object the verb is a second act: "Rusia menolak tuduhan itu dan
        mengusir dua diplomat Inggris"; so is a verb in its finite form: "threatened to close the
        strait and attacked a tanker". A comma right before the "and" closes a list inside the content,
        not the clause: "mengancam akan meluncurkan serangan ke Korea Selatan dan AS, dan menghancurkan
        Seoul"."""
        tokens = view.sentence.tokens
        end = match.first - 2 if tokens[match.first - 2].text == "," else match.first
        gap = tokens[head.last : end]
        if match.first - head.last > ALLEGATION_REACH or not self.one_clause(gap):
            return False
        if any(t.lower in self.subordinators for t in tokens[head.last : match.first]):
            return False
        word = tokens[match.first].lower
        finite = bool(self.triggers.verbs.suffixes) and word.endswith(self.triggers.verbs.suffixes)
        if finite or (self.verb_prefixes and not word.startswith(self.verb_prefixes)):
            return False
        return any(self.verbal(view, i) for i in range(head.first + 1, match.first - 1))

    def said_again(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether a speech act of the head's own kind after "and" is a second one by the same actor:
        "Iran condemned the strike and summoned the Swiss envoy", "Beshir menolak rencana PBB … dan
        menolak mengirimkan para tertuduh" — a verb in a form of its own with an object between
        (verbs listed side by side, "condemned and denounced the attack", are one act)."""
        kind = head.trigger.event
        if kind != match.trigger.event or kind not in SPOKEN_ACTS or match.first - head.last > SECOND_ACT_REACH:
            return False
        tokens = view.sentence.tokens
        joint = match.first - 1
        if joint <= head.last or tokens[joint].lower not in self.coordinators:
            return False
        between = tokens[head.last : joint]
        if not self.one_clause(between) or any(t.lower in self.subordinators for t in between):
            return False
        return self.verb_of_its_own(view, match)

    def verb_of_its_own(self, view: SentenceView, match: TriggerMatch) -> bool:
        """Whether the word after "and" is a verb in a form of its own: a finite "summoned" (verb_form),
        an Indonesian "memanggil" (its verb prefixes)."""
        if self.triggers.verbs.suffixes:
            return self.verb_form(view, match)
        return bool(self.verb_prefixes) and view.sentence.tokens[match.first].lower.startswith(self.verb_prefixes)

    def verbal(self, view: SentenceView, index: int) -> bool:
        """Whether a word opens a verb phrase: "to", "akan", "untuk", "agar". A prefix alone does not
        tell a verb ("menarik") from a pronoun or a title ("mereka", "Menteri")."""
        return view.sentence.tokens[index].lower in self.verb_openers

    @staticmethod
    def cue_index(sentence: Sentence, modality: Modality) -> int | None:
        """Where the word that set the modality stands in the sentence."""
        return next((i for i, t in enumerate(sentence.tokens) if t.start == modality.cue_start), None)

    def standing_absence(self, sentence: Sentence, modality: Modality) -> bool:
        """ "Israel has not recognised a Palestinian state", "Israel belum mengakui negara Palestina": a
        perfect or a "not yet" tells a state of affairs, no refusal made ("refused to recognise" is one,
        and so is "did not attend")."""
        cue = self.cue_index(sentence, modality)
        if cue is None:
            return False
        tokens = sentence.tokens
        if cue + 1 < len(tokens) and tokens[cue + 1].lower in self.negated_modals:
            return False  # "belum dapat memenuhi permintaan itu": a request not met, a refusal still
        return tokens[cue].lower in self.standing_negators or (
            cue > 0 and tokens[cue - 1].lower in self.perfect_auxiliaries
        )

    def requirement_stated(self, sentence: Sentence, match: TriggerMatch, modality: Modality) -> bool:
        """ "Ketua umum tidak bisa menandatangani surat tanpa sekjen", "the minister cannot sign the
        decree without parliament's approval": an ability negated and then conditioned by
        "tanpa"/"without" in the same clause states what an act requires, no refusal made ("belum dapat
        memenuhi permintaan Gubernur" stays one)."""
        cue = self.cue_index(sentence, modality)
        if cue is None or cue >= match.first:
            return False
        tokens = sentence.tokens
        near = {tokens[i].lower for i in (cue - 1, cue, cue + 1) if 0 <= i < len(tokens)}
        if not near & self.negated_modals:
            return False
        for i in range(match.first + 1, min(match.last + REQUIREMENT_REACH, len(tokens))):
            if tokens[i].text in CLAUSE_PUNCTUATION:
                return False
            if tokens[i].lower in self.requirement_markers:
                return True
        return False

    def refused_future(self, sentence: Sentence, modality: Modality) -> bool:
        """ "Rusia tidak akan menarik pasukannya dari Ukraina", "Israel will not release the prisoners",
        "Iran takkan melepas kapal itu": a future negated is a refusal announced."""
        cue = self.cue_index(sentence, modality)
        if cue is None:
            return False
        tokens = sentence.tokens
        near = [tokens[i].lower for i in (cue - 1, cue, cue + 1) if 0 <= i < len(tokens)]
        return any(word in self.future_words and word not in self.offers for word in near)

    def nothing_happened(self, sentence: Sentence, match: TriggerMatch, modality: Modality) -> bool:
        """ "Namun, malam itu tidak terjadi serangan, kata jurubicara pemerintah", "there were no
        clashes overnight, police said": a speaker who reports that no act took place denies no charge
        and names no one who held back — a report of calm, not a denial."""
        tokens = sentence.tokens
        cue = self.cue_index(sentence, modality)
        if cue is None or cue >= match.first:
            return False
        return any(t.lower in self.existential for t in tokens[max(cue - 2, 0) : match.first])

    def denies_act(self, sentence: Sentence, match: TriggerMatch, modality: Modality) -> bool:
        """ "Polri menegaskan, Nadir tidak ditangkap", "the army said it did not shell the village": a
        speaker's "not" before an act denies it. Other negations deny no act: an absence or a wait
        ("tanpa penambahan pasukan", "belum menangkap"), a classification ("bukan serangan jibaku",
        "was not a suicide attack"), an ability, duty or intent ("tidak bisa menerbangkan", "tidak
        seharusnya membela", "does not intend to send"), a purpose ("supaya mereka tidak ditangkap"),
        and a "not" of another predicate set off by a dash ("who were not handcuffed - opened fire")."""
        tokens = sentence.tokens
        cue = self.cue_index(sentence, modality)
        if cue is None or cue >= match.first:
            return True
        word = tokens[cue].lower
        after = tokens[cue + 1].lower
        # the modal stands after "not" in Indonesian ("tidak bisa menahan") and before it in English
        # ("could not detain"): either way an ability negated, no act denied
        before = tokens[cue - 1].lower if cue else ""
        classifying = (word in self.copula_negators and not self.triggers.verbs.form(tokens[match.first])) or (
            after in self.indefinite_articles
        )
        if word in self.absence_negators or classifying or {before, word, after} & self.negated_modals:
            return False
        if {t.text for t in tokens[cue + 1 : match.first]} & ASIDE_DASHES:
            return False
        clause = self.modality.clause_start(tokens, cue, frozenset({",", ";"}))
        return not any(t.lower in self.purpose_openers for t in tokens[clause:cue])

    def carries_out(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        ordered = view.sentence.tokens[head.first].lower in self.order_verbs
        if head.trigger.mode == "investigate":
            # "the prime minister ordered an inquiry into the killing", "ordered the police chief to
            # probe the killing": the order names its act, an inquiry; the killing after it is what is
            # investigated, not what the one who orders carried out
            return False
        near = match.first - head.last <= GOVERN_REACH
        if ordered and self.told_to(view.sentence.tokens, head, match):
            return False
        return ordered and match.trigger.event in ORDERED_ACTS and near and not self.orders_a_state(view, head, match)

    def ordered_inquiry_into(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """An act named right after an order to investigate, in its clause: "ordered the police chief to
        probe the killing of two farmers" (en.accuse.s55tf-ordered-to-probe): the one told to investigate,
        named inside the order, would otherwise be read as the doer of the killing."""
        tokens = view.sentence.tokens
        if head.trigger.mode != "investigate" or tokens[head.first].lower not in self.order_verbs:
            return False
        if not any(i in view.group_at for i in range(head.first, head.last)):
            return False  # "ordered an inquiry into the killing of protesters by police": no one told names the doer
        between = tokens[head.last : match.first]
        return 0 <= len(between) <= GOVERN_REACH and not {t.text for t in between} & CLAUSE_PUNCTUATION

    def told_to(self, tokens, head: TriggerMatch, match: TriggerMatch) -> bool:
        """ "Pasukan itu diperintahkan untuk menyeberangi perbatasan": those given a passive order are
        told what to do (a purpose after "untuk"), which no more says they did it — unlike an
        authority's active order, which is the act ("Kuwait memerintahkan pengusiran …")."""
        passive = prefixed_passive(tokens[head.first], self.passive_prefixes)
        return passive and any(t.lower in self.purpose_markers for t in tokens[head.last : match.first])

    @staticmethod
    def orders_a_state(view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """ "Mahkamah Internasional memerintahkan Israel menghentikan serangannya di Rafah": an order
        addressed to a state named on its own is a demand to that state (REQUEST), as "ordered Israel
        to halt" is in English — not an act the one who orders carries out through its own organs
        ("Kuwait memerintahkan pengusiran 15 diplomat Iran", "memerintahkan TNI menghentikan operasi")."""
        return any(
            m.kind == "country" and not m.entity.sector
            for g in view.groups
            if head.last <= g.first < match.first
            for m in g.mentions
        )

    def governs(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        if "NONE" in (head.trigger.event, match.trigger.event):
            return False
        if self.predicated(view, head, match):
            return False
        if hosted_after_visit(head, match):
            return False
        # a verb after "and"/"dan" is more of the head's content only when that content is a verb
        # phrase: "mengancam akan menutup … dan menyerang", not "menolak tuduhan itu dan mengusir …"
        # — but two verbs of one form side by side are a list: "mengancam dan menyensor wartawan"
        tokens = view.sentence.tokens
        verbs = self.triggers.verbs
        listed = match.first == head.last + 1 and verbs.form(tokens[head.last - 1]) == verbs.form(tokens[match.first])
        # "agreed to withdraw and then release the prisoners": an adverb after "and" keeps the join
        joint = self.joint_before(view, head, match)
        joined = joint is not None and not listed
        if self.next_act(view, head, match):
            return False
        if joined and head.trigger.event != match.trigger.event:
            # "reached a deal to free the hostages and withdraw its fighters": a deal named by its noun
            # governs its promised acts past "and" as "agreed to" does
            promising = head.trigger.event in GOVERNING or self.deal_marker(view, head, match.first) is not None
            return promising and self.content_goes_on(view, head, match)
        # "Aktivis yang menghadiri rapat itu ditangkap polisi": a meeting's topic is no passive verb of force
        material = match.trigger.event in MATERIAL_CONFLICT
        if head.trigger.event == "CONSULT" and material and self.attributor.is_passive(view, match):
            return False
        distance = match.first - head.last
        # an entry for one kind of actor has no settled type until its actor is known ("menangkap"
        # by gunmen is an abduction, by the police an arrest): it is no retelling of the act before
        same = head.trigger.event == match.trigger.event and not (unsettled(head) or unsettled(match))
        # "a wave of terrorist attacks, including three suicide bombings": an entry for politicians'
        # words (recipient_sector) folds what its general reading would, as that entry would have
        same = same or (words_between_figures(head) and head.alternatives[0].trigger.event == match.trigger.event)
        # "… on Egypt to reform, voiced deep concern": a comma ends the governed phrase
        punctuation = {t.text for t in view.sentence.tokens[head.last : match.first]} & CLAUSE_PUNCTUATION
        # "Thirteen Guards were killed when militants set off a car bomb": "when" opens the clause
        # that tells who did it; the bombing is the event, not a retelling folded into "killed"
        # "tested an engine for a missile but did not launch a missile": "but" opens the other half
        # "Rebels shelled the town and the army responded with air strikes": a party after "and" opens
        # the clause of its own act (view.clause_subjects)
        opened = any(
            t.lower in self.subordinators or t.lower in self.contrasts or i in view.clause_subjects
            for i, t in enumerate(view.sentence.tokens[head.last : match.first], head.last)
        )
        if same and self.sides_named_after(view, head, match):
            return False
        if distance <= GOVERN_REACH and not punctuation - {"—", "–"} and (head.trigger.event in GOVERNING or same):
            return not opened
        if not punctuation and self.promised_content(view, head, match):
            return not opened
        between = any(i in view.group_at for i in range(head.last, match.first))
        retold = same and match.trigger.event in RETOLD
        return retold and distance <= SAME_EVENT_REACH and not between and not opened

    def next_act(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """ "The rebels agreed to talks and then shelled the base": a verb in its finite form after
        "and" and an adverb of its own ("then", "later", "has") is the doer's next act, not more of
        what the head governs ("agreed to talks and then withdraw" would be). Only where verbs mark
        their tense (grammar tense_suffixes)."""
        joint = self.joint_before(view, head, match)
        if not self.tensed_verbs or joint is None or joint == match.first - 1:
            return False
        return self.attributor.finite_verb(view.sentence.tokens[match.first])

    def joint_before(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> int | None:
        """Where the "and"/"dan" joining `match` to what comes after the head stands: right before it,
        or before the adverbs and tense words of its verb ("and then", "dan kemudian", "and has")."""
        if match.first <= head.last:
            return None
        tokens = view.sentence.tokens
        joint = match.first - 1
        while joint > head.last and tokens[joint].lower in self.attributor.tense_words:
            joint -= 1
        return joint if tokens[joint].lower in self.coordinators else None

    def sides_named_after(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """ "Some 40 people were killed and 70 injured in clashes between Sunni and Shiite Muslims": a
        casualty told in the passive does not fold the later phrase that names the fight's sides after
        "between" — that phrase codes the fight, its sides the doers."""
        tokens = view.sentence.tokens
        return (
            match.trigger.frame == "undergo"
            and tokens[match.last - 1].lower in self.attributor.between_preps
            and self.attributor.is_passive(view, head)
        )

    def promised_content(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether `match` lies in what an agreement or a promise says will be done, opened by "to"
        right after its own words: "The two leaders agreed to speed up border negotiations", "pledged
        to send more troops to the region" — the talks, the deployment are promised, not held; a
        little further than GOVERN_REACH, as a request's content reaches (asks_for)."""
        if match.first <= head.last:
            return False
        if head.trigger.event != "AGREE":
            return self.deal_content(view, head, match)
        if view.sentence.tokens[head.last].lower not in self.infinitive:
            return False
        return match.first - head.last <= PROMISE_REACH

    def deal_content(self, view: SentenceView, head: TriggerMatch, match: TriggerMatch) -> bool:
        """Whether `match` lies in what a deal named by its noun says will be done: "Pyongyang struck a
        deal this month to shut its nuclear site", "Sudan mencapai kesepakatan pada Senin untuk menarik
        pasukannya" — the withdrawal is promised, not made. The deal's "to"/"untuk" follows its own words
        within a few words of the same clause (a day may stand between), the act a few words after it."""
        marker = self.deal_marker(view, head, match.first)
        return marker is not None and match.first - marker <= PROMISE_REACH

    def deal_marker(self, view: SentenceView, head: TriggerMatch, end: int) -> int | None:
        """Where the "to"/"untuk" opening what a deal named by its noun says will be done stands: within
        a few words after the deal's own words, in its clause, before `end` ("struck a deal this month
        to", "mencapai kesepakatan pada Senin untuk"); the deal's own words end before the first act
        it has already taken in ("reached a deal to free the hostages and withdraw …")."""
        tokens = view.sentence.tokens
        own = min(head.last, head.own_end)
        if not any(t.lower in self.agreement_nouns for t in tokens[head.first : own]):
            return None
        for marker in range(own, min(own + DEAL_MARKER_REACH + 1, end)):
            if tokens[marker].text in CLAUSE_PUNCTUATION or tokens[marker].lower in self.subordinators:
                return None
            if tokens[marker].lower in self.purpose_markers:
                return marker
        return None

    def headline_future(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Blinken to visit China next week", "South Korea's Yoon to Visit Tokyo": a headline's
        subject and "to" before the act announce it (grammar `headline_infinitive`); a subject with
        a verb of its own ("Farmers Rally to Support …") keeps "to" as a purpose."""
        tokens, marker = view.sentence.tokens, match.first - 1
        if marker < 1 or tokens[marker].lower not in self.headline_infinitive or marker - 1 not in view.group_at:
            return False
        return all(i in view.group_at or tokens[i].lower in self.attributor.determiners for i in range(marker))

    def trial_announced(self, sentence, match: TriggerMatch, modality: Modality) -> bool:
        """ "An Australian held at Guantanamo will be tried on charges of …", "Siti akan diadili bersama
        tersangka lainnya": a charge or trial (an act only the courts or prosecutors perform, plover.yaml
        `authority`) announced in the passive of the one accused is the prosecution's decision, taken —
        not an intent; "Jaksa akan mendakwa …" (active: the prosecutor's plan) stays future."""
        trigger = match.trigger
        if trigger.event != "ACCUSE" or authority_body(trigger.event, (trigger.mode, *trigger.context)) != "JUD":
            return False
        tokens = sentence.tokens
        cue = next((i for i, t in enumerate(tokens) if t.start == modality.cue_start), None)
        if cue is None or not match.first - 2 <= cue < match.first or not self.modality.passive_after(tokens, cue):
            return False
        # the charge told with it ("on charges of", "dengan tuduhan", "bersama tersangka lainnya"), not a
        # hearing on the calendar ("The teen will be arraigned on Wednesday": grammar `trial_grounds`)
        reach = range(match.first, min(len(tokens), match.last + 1 + TRIAL_GROUNDS_REACH))
        return any(tokens[i].lower in self.trial_grounds for i in reach)

    def code_match(self, coded: CodedArticle, view: SentenceView, match: TriggerMatch, dates, places, credit) -> None:
        sentence = view.sentence
        modality = self.modality.run(sentence, match)
        if modality.outcome == "negated" and self.restraint_promised(sentence, match, modality):
            # "Iran pledged not to retaliate": the "not" is what is promised, the promise is made
            modality = Modality("asserted", modality.hedged)
        if modality.outcome == "asserted" and self.headline_future(view, match):
            modality = Modality("future", modality.hedged, sentence.tokens[match.first - 1].text)
        trigger = match.trigger
        event, mode, cameo, rules = trigger.event, trigger.mode, trigger.cameo, [trigger.id, *match.rules]
        if modality.outcome == "future" and self.trial_announced(sentence, match, modality):
            modality = Modality("asserted", modality.hedged)
            rules.append("modality.announced_trial")
        # "Gempa mengguncang Cianjur, menewaskan 160 orang dan merusak ribuan rumah": a disaster's toll
        # of destroyed homes is no attack, and no vandalism (PROTEST) either — whatever type its verb has
        if (event == "ASSAULT" or self.damage_toll(sentence, match)) and self.mishap_toll(sentence, match):
            return self.drop(coded, sentence, match, "mishap")
        if (event not in MATERIAL_CONFLICT or game_score(sentence)) and self.game_told(sentence):
            return self.drop(coded, sentence, match, "game")
        if event == "ASSAULT" and modality.outcome == "asserted" and self.attack_aim(sentence, match):
            return self.drop(coded, sentence, match, "purpose", sentence.tokens[match.first - 1].text)
        negated_words = modality.outcome == "negated" and words_between_figures(match)
        if negated_words and self.missing_roles(event, self.attributor.run(view, match), trigger):
            # "Russia did not attack civilians": not words between figures — the general entry
            # decides whether the negated attack is denied
            return self.fall_back(coded, view, match, "actor sector", dates, places, credit)
        if event == "AGREE" and modality.outcome == "asserted" and self.agreed_thing(sentence, match):
            return self.drop(coded, sentence, match, "background", "a thing described as agreed")
        if modality.outcome == "negated":
            denied = event in MATERIAL_CONFLICT and view.frame_for(match.first)
            denied = denied and self.denies_act(sentence, match, modality)
            refused = event in REFUSED_WHEN_PROMISED_NOT and self.refused_future(sentence, modality)
            if trigger.negated and self.standing_absence(sentence, modality):
                return self.drop(coded, sentence, match, "negated", modality.cue)
            if trigger.negated and self.requirement_stated(sentence, match, modality):
                return self.drop(coded, sentence, match, "negated", modality.cue)
            if not trigger.negated and not refused and (not denied or self.nothing_happened(sentence, match, modality)):
                return self.drop(coded, sentence, match, "negated", modality.cue)
            # "tidak setuju" is a refusal; "Polri menegaskan, Nadir tidak ditangkap" a denial
            event, mode, cameo = trigger.negated or "REJECT", "", "12"
            rules.append(
                "modality.negated_refusal"
                if trigger.negated
                else "modality.refused_future"
                if refused
                else "modality.denial"
            )
        elif event == "RETREAT" and modality.outcome == "future" and modality.cue.lower() not in self.offers:
            # "vowed to lift some of its sanctions", "Irak akan membuka kembali perbatasannya": a
            # release, a lifted ban or an opened border only announced is a concession (the guide);
            # one offered ("ready to free the hostages if …") stays an AGREE below
            event, cameo, mode = "CONCEDE", "080", ""
            rules.append("modality.announced_concession")
        elif event in FUTURE_CAN_BECOME_AGREE and (modality.outcome == "future" or self.scheduled(modality)):
            if event == "CONSULT" and self.discussed_alone(view, match):
                return self.drop(coded, sentence, match, "anticipated", "a discussion of its own")
            if self.unnamed_partner(sentence, match):
                return self.drop(coded, sentence, match, "anticipated", "an unnamed partner")
            opener = self.rumoured_intent(sentence, match) if modality.outcome == "future" else None
            if opener is not None:
                return self.drop(coded, sentence, match, "hypothetical", opener)
            event, cameo, mode = "AGREE", FUTURE_CAMEO.get(event, "030"), ""
            rules.append("modality.future_intent")
        elif modality.outcome == "future" and event in STANDING_REFUSALS:
            # "Iran akan menolak usulan itu", "Iran will reject the proposal": a refusal announced is
            # a refusal made; so is a threat
            rules.append("modality.announced_refusal")
        elif modality.outcome in ("future", "anticipated") and event in FUTURE_THREAT:
            # "AS akan membombardir Pyongyang", "persiapan menyerang pangkalan AS": violence announced
            # or prepared is a threat
            event, cameo, mode = "THREATEN", FUTURE_THREAT[event][1], FUTURE_THREAT[event][0]
            rules.append("modality.future_threat")
        elif modality.outcome == "obligation" and view.frame_for(match.first):
            # "Israel harus mengakhiri pendudukannya, kata Raja Abdullah": what someone says another
            # must do is that speaker's demand (REQUEST) to the one who must
            return self.code_demand(coded, view, match, modality, dates, places, credit)
        elif modality.outcome == "attempted" and event not in MATERIAL_CONFLICT and trigger.frame != "cause":
            # "upaya untuk membebaskan Haradinaj", "mempertimbangkan amnesti": not done (yet); an
            # attempted attack or arrest is coded as one, as CAMEO codes attempted assassinations; a
            # judgement of what another tries ("New Delhi was trying to create a false impression") stands
            return self.drop(coded, sentence, match, modality.outcome, modality.cue)
        elif modality.outcome == "future" and event == "MOBILIZE" and self.offered_peacekeepers(view, match):
            # "Indonesia siap mengirim pasukan penjaga perdamaian ke Gaza", "is ready to send peacekeeping
            # troops": a peace mission offered or promised is an intent to give protection (AGREE, CAMEO
            # 0334), where other troops only announced are no event yet
            event, cameo, mode = "AGREE", "0334", ""
            rules.append("modality.offered_peacekeepers")
        elif modality.outcome not in ("asserted", "attempted"):
            if unsettled(match) and self.missing_roles(event, self.attributor.run(view, match), trigger):
                # "Foreign Minister Milan Rocen will arrive in Russia": troops arriving are deployed,
                # a minister is not — the general entry decides what his future arrival is
                return self.fall_back(coded, view, match, "actor sector", dates, places, credit)
            return self.drop(coded, sentence, match, modality.outcome, modality.cue)
        roles = self.attributor.run(view, match)
        arrest_place = None  # where one named was arrested with no captor told (coref.place_captor)
        if match.joined_to is not None:
            # "Germany urged Russia to withdraw and condemned the attack": the requester acts again
            requester = self.attributor.run(view, match.joined_to).actor
            if requester is not None and requester is not roles.recipient:
                roles.actor = requester
                roles.rules.append("attribution.requester_again")
        roles.actor = speakers_own(roles.actor, roles.speaker)
        seized = self.place_seized(view, match, roles, places) if event in PLACE_TARGETS else None
        if seized is not None:
            # "M23 rebels seized Goma", "Russian troops captured Avdiivka": an armed force seizing a
            # place takes ground (COERCE seize, CAMEO 192), from the place's state — no people taken
            event, mode, cameo = "COERCE", "seize", TERRITORY_CAMEO
            roles.recipient = place_party(view, seized)
            rules.append("attribution.place_seized")
        danger = self.warned_of_another(view, match, roles) if event == "THREATEN" else None
        if danger is not None and (roles.actor is None or roles.actor.first > match.first):
            # "Analysts warned that China might attack Taiwan": a danger warned of by no named party
            return self.drop(coded, sentence, match, "hypothetical", "another party's act warned of")
        if danger is not None or (event == "THREATEN" and self.warned_of_danger(view, match)):
            # "Japan warned that North Korea may launch another missile": another's act warned of is
            # a warning of a danger (ACCUSE), no threat of the warner's
            event, mode, cameo = "ACCUSE", "disapprove", "110"
            roles.recipient = danger or roles.recipient
            rules.append("modality.warned_danger")
        own = roles.recipient is None or (roles.actor is not None and sides(roles.recipient) & sides(roles.actor))
        if event == "THREATEN" and own and roles.actor is not None:
            # "Iran warned it would strike American bases if the United States attacked": a threat is
            # made to the party whose act its condition names (not to the threatener's own side)
            party = self.condition_party(view, roles.actor)
            if party is not None:
                roles.recipient = party
                rules.append("attribution.condition_party")
        if trigger.jointly and event == trigger.event and roles.actor is not None and joint(roles.actor):
            # "AS dan Filipina melaksanakan latihan militer Balikatan": two states' exercise is
            # military cooperation (CAMEO 062), one state's a show of force
            event, mode, cameo = trigger.jointly, "", JOINT_CAMEO.get(trigger.jointly, cameo)
            rules.append("attribution.jointly")
        if "modality.denial" in rules:
            # the one who denies is the speaker: "Polri menegaskan, Nadir tidak ditangkap"; but a
            # speaker saying another state did not act reports no act and denies none of its own:
            # "Israel tidak menyerang Iran, kata pejabat AS"
            denied = roles.actor
            speaker = view.frame_for(match.first).speaker
            if denied is not None and denied.codes() and not denied.codes() & speaker.codes():
                return self.drop(coded, sentence, match, "negated", "said of another party")
            roles.actor, roles.recipient = speaker, None
        if event in HOSTED and only_the_scene(roles, self.settings(sentence, places)):
            # "Iranian and Saudi officials held talks in Beijing", "Delegasi AS dan Rusia bertemu di
            # Riyadh": two parties meeting in a third state's city meet each other; the city is only where
            # they met, no party to it
            roles.recipient = None
        if event in MEETINGS and (
            topic_of_purpose(view, match, roles, self.purpose_markers)
            or topic_of_discussion(view, match, roles, self.topic_verbs, self.discussion_partner_preps)
        ):
            # "Keduanya bertemu guna membahas cara menekan Korea Utara", "The two leaders met to
            # discuss ways to pressure North Korea": a joint subject meets each other; the party its
            # purpose names is what they talk about, no party to the meeting
            roles.recipient = None
            roles.rules.append("attribution.purpose_topic")
        if roles.recipient is None and roles.actor is not None and event in SYMMETRIC:
            # "… will hold talks on Jeju": talks promised are hosted as held ones are
            hosted = event in HOSTED or trigger.event in HOSTED
            split_joint_actors(roles, self.settings(sentence, places) if hosted else [])
            if event in MEETINGS and roles.recipient is None and self.held_together(view, match):
                split_compatriots(roles)
        if event == "ASSAULT" and roles.actor is not None and self.killed(view, roles.actor):
            # "tiga serdadu pemerintah tewas dalam pertempuran itu": those killed did not attack
            roles.actor, roles.recipient = None, roles.recipient or roles.actor
        if roles.actor is not None and event == "ASSAULT" and (roles.recipient is None or implied(roles.recipient)):
            # "…, injuring the Italian ambassador", "melukai seorang warga AS": the victims a sentence
            # names outweigh the scene's unnamed people and the place of the attack
            victims = self.victims_named(view, match, roles.actor)
            if victims is None and roles.recipient is not None:
                # "One Pakistani soldier died when US aircraft bombed suspected insurgents"
                fallen = self.casualties(view, roles.actor)
                victims = fallen if fallen is not None and not implied(fallen) else None
            if victims is not None:
                roles.recipient = victims
                roles.rules.append("attribution.victims_named")
        if roles.recipient is None and roles.actor is not None and event == "ASSAULT":
            roles.recipient = self.casualties(view, roles.actor)
        if (
            (roles.recipient is None or roles.recipient.first > match.first)
            and roles.actor is not None
            and event == "REQUEST"
            and self.asks_own_people(view, match)
        ):
            # "Hariri urged his supporters to stay calm", "Siniora mendesak para pendukungnya tenang";
            # a party named in what they are asked to do is no addressee: "the Taliban leader called
            # on his followers to attack American troops" asks his own people (AFG), not the US
            roles.recipient = own_state(roles.actor)
        if event == "REQUEST" and roles.actor is not None and (roles.recipient is None or implied(roles.recipient)):
            # "British lawmakers demanded that the government publish its advice": the bare body
            # heading the act asked for is the one asked, the requester's own
            roles.recipient = self.addressed_body(view, match, roles.actor) or roles.recipient
        if roles.actor is not None:
            # "Thailand refused to extradite the activist to Vietnam": the state a person is handed to
            roles.recipient = self.handed_to(view, match, roles.actor) or roles.recipient
        if roles.recipient is None and roles.actor is not None and event == "RETREAT":
            # "Seven rebels surrendered to the police in Intan Jaya": the force given in to
            roles.recipient = self.surrendered_to(view, match, roles.actor)
        sent_where = self.forces_sent_where(view, match) if event == "THREATEN" else None
        if sent_where is not None and self.own_forces_as_means(match, roles):
            # "Turkey threatened to send troops into Iraq", "China mengancam akan mengerahkan tentara ke
            # Hong Kong": bare troops sent somewhere inside the threat's words are the threatener's
            # means; the target is where they would go. Troops to be driven out ("akan mengusir pasukan
            # tersebut") stay the target.
            roles.recipient = sent_where
            roles.rules.append("attribution.forces_as_means")
        if roles.recipient is None and roles.actor is not None and event == "THREATEN":
            # "Turkey warned that it could still block Sweden's NATO membership": the party the
            # threatened act falls on
            roles.recipient = self.threatened_party(view, match, roles.actor)
        if roles.recipient is None and roles.actor is not None and event in REACTIONS:
            # "Russia vowed to take retaliatory steps after Finland announced …": what is answered
            roles.recipient = self.reacted_to(view, match, roles.actor)
        if roles.recipient is None and roles.actor is not None and event in ACT_REACTIONS:
            # "A judge blocked the ban. The attorney general welcomed the ruling", "Jaksa Agung
            # menyambut baik putusan tersebut": the decision met again is its doer's
            roles.recipient = self.decision_doer(coded, view, match, roles.actor)
            if roles.recipient is not None:
                roles.rules.append("coref.earlier_decision")
        if roles.recipient is None and event in HOME_TARGETS:
            roles.recipient = self.embassy_after(view, match, roles.actor)
        if roles.recipient is None and roles.actor is not None and event in PLACE_TARGETS:
            roles.recipient = self.more_of_earlier_object(view, match, roles.actor)
            if roles.recipient is not None:
                roles.rules.append("attribution.more_of_kind")
        # "threatened to launch a ground offensive in Syria": a threatened attack falls on a place too
        if roles.recipient is None and (
            event in PLACE_TARGETS
            or event in HOSTED
            or event in PLACED_FORCES
            or mode == "visit"
            or (event == "RETREAT" and mode == "withdraw")  # "withdrew its troops from Kherson": from Ukraine
            or event == "CONCEDE"  # "jeda kemanusiaan di Gaza utara": a pause granted where the fighting is
            or trigger.event in PLACE_TARGETS
        ):
            if trigger.event in PLACE_TARGETS:
                roles.recipient = self.marked_target(view, match, roles.actor)
            seizure = authority_body(event, (mode, *trigger.context)) == "COP"
            if (
                roles.recipient is None
                and (roles.actor is not None or seizure)
                and event in CONTEXT_TARGETS
                and self.uncoded_patient(view, match, roles, places)
            ):
                # "Dobrev was arrested in Stuttgart": the one named was acted on there; who he is the
                # story said before ("Albanian national Arben Dobrev …", "a Cuban dissident"); the
                # place gives the captor at most, never the captive
                roles.recipient = told_person(coded, view, roles.actor) if seizure else None
                if roles.recipient is not None and roles.actor is None:
                    arrest_place = place_as_party(view, match, self.open_places(view, places))
                if roles.recipient is None and roles.actor is not None:
                    roles.recipient = recent_other_party(coded, view, match, roles.actor)
            hosts = self.open_places(view, places)
            if event in HOSTED and mode != "visit":
                hosts = [p for p in hosts if not self.partner_before_place(view, match, p)]
            roles.recipient = roles.recipient or place_as_party(view, match, hosts)
            if event == "RETREAT" and left_own_ground(roles):
                roles.recipient = None
        if event == "ASSAULT" and roles.actor is not None and roles.recipient is not None:
            # "Pasukan Irak mulai merangsek ke kota tua Mosul, distrik terakhir yang dikuasai ISIS",
            # "Iraqi troops pushed into Mosul, the last district held by ISIS": a state's forces striking
            # a place of their own state fight the armed group the sentence names, not their own people
            roles.recipient = self.armed_group_on_own_ground(view, roles) or roles.recipient
        # "Indian and Chinese troops pulled back from the border in Ladakh": two sides disengage from
        # each other, the place one of theirs — the first named acts, the other is its recipient
        joint_retreat = event == "RETREAT" and roles.actor is not None and joint(roles.actor)
        if joint_retreat and (roles.recipient is None or roles.recipient.codes() <= roles.actor.codes()):
            roles.recipient = None
            split_joint_actors(roles)
        if roles.recipient is None and event in CLAUSE_PLACE_TARGETS:
            clause_places = [p for p in self.open_places(view, places) if not self.forces_sent_to(view, match, p)]
            roles.recipient = place_in_clause(view, match, clause_places, self.place_nouns)
        pointed = None
        if roles.recipient is None and roles.actor is not None:
            # "Ribuan pengungsi Rohingya menuju Bangladesh, tapi pemerintah menolak untuk menerima
            # mereka", "urged them to": an object pronoun is the party it points back at, ahead of
            # the guesses below at the actor's own state or the state named last (it codes no event
            # those guesses would not)
            pointed = self.object_pronoun_party(coded, view, match, roles.actor)
        if roles.recipient is None and roles.actor is not None and event == "ACCUSE" and mode in ENFORCEMENT_MODES:
            # "Israeli troops arrested a young Palestinian. The army accused him of …", "Tentara
            # menuduhnya …": a charge made of "him", "-nya" is made of the ones just captured
            roles.recipient = self.charged_captives(coded, view, match, roles.actor)
        if roles.recipient is None and roles.actor is not None and event in HOME_TARGETS:
            roles.recipient = home_government(roles.actor)
        # "Menteri Agama menyatakan keprihatinan atas maraknya kekerasan …" in a story set at home only by
        # default: a verdict naming no party is aimed at no one (unaimed_object), by an unnamed body too
        unaimed = sentence.index not in coded.named_scenes and self.unaimed_object(view, match)
        own = roles.actor is not None and event in OWN_STATE_TARGETS and implied(roles.actor)
        if roles.recipient is None and own and not unaimed and not stateless_actor(roles.actor):
            # "Israeli troops raided Jenin in the West Bank. … the troops shot dead a 17-year-old": an
            # army's force used where the story is set abroad falls on that scene's people, not its own
            roles.recipient = foreign_scene(coded, view, event, roles.actor) or own_state(roles.actor)
        # "The deal was a failure, the minister said": a verdict on a subject naming no party is aimed
        # at no one, not at the state named last (attribution.cause_roles)
        # "described the rising extremism among the young as a threat": a verdict reached over a long
        # object (a clause gap) is aimed at a party named in that object, not one guessed from the story
        if roles.recipient is None and roles.actor is not None and event in PLACE_TARGETS:
            # "Pakistani militants beheaded a man accused of spying", "menembak mati seorang pria": an
            # unnamed person attacked or seized is one of the actor's own people, not the party the
            # story named last
            # (a state's forces act where the sentence is set: "US-led forces killed three suspects")
            verb = not self.attributor.is_nominal(view, match)
            sectors = {m.entity.sector for m in roles.actor.mentions}
            of_a_state = all(is_state(code) for code in roles.actor.codes())
            unnamed = verb and of_a_state and "CVL" not in sectors
            if unnamed and self.attributor.unnamed_person_object(view, match) is not None:
                if "MIL" in sectors:
                    roles.recipient = scene_party(coded, view, "CVL", "coref.unnamed_person")
                else:
                    roles.recipient = own_people(roles.actor)
        if roles.recipient is None and roles.actor is not None and (event, mode) in LIFTED_BANS:
            # "lifted the ban on laptops on Saudi Arabian Airlines flights", "mencabut larangan laptop
            # di penerbangan maskapai Saudi Arabian Airlines": the party a lifted ban names after its
            # words, however far in the sentence, is the one the ban was on
            roles.recipient = party_after(coded, view, match, roles.actor)
        guessable = event in CONTEXT_TARGETS and trigger.frame != "cause" and not trigger.spans_clause
        guessable = guessable and not self.counted_captives(view, match, mode)
        guessable = guessable and (event, mode) not in INTRANSITIVE_MODES
        if roles.recipient is None and roles.actor is not None and guessable:
            reach = HOME_REACH if event in SELF_DIRECTED else CONTEXT_SENTENCES
            roles.recipient = recent_other_party(coded, view, match, roles.actor, self.cited_sources(view), reach)
            told_before = roles.recipient is not None and roles.recipient.mentions[0].start < sentence.start
            answer_or_capture = event == "REJECT" or authority_act(event, (mode, *trigger.context))
            if told_before and home_body(roles.actor) and not answer_or_capture:
                # "Police made a tactical withdrawal after guerrillas attacked …", "Hillary segera memberi
                # tanggapan yang menentang …": police, courts, legislators and parties act within their own
                # state; a state only an earlier sentence named is not whom their unaimed act is aimed at
                # (one named before the trigger in this sentence may be: "Saya skeptis pemerintah Irak
                # akan …"; a rejection answers the accusers told before, an arrest takes the captives
                # the story told: "Border Patrol discounted the allegations", "Pembajak ditangkap")
                roles.recipient = own_state(roles.actor)
            if event in PLAN_CHARGES and self.forces_destination(coded, roles.recipient):
                roles.recipient = home_government(roles.actor)
        # "Kemlu RI menyatakan keprihatinan atas meningkatnya kekerasan di Timur Tengah" in a story set at
        # home only by default: a verdict naming no party is aimed at no one
        if roles.recipient is None and roles.actor is not None and event in AT_HOME and not unaimed:
            roles.recipient = at_home(coded, sentence, roles.actor)
        if roles.recipient is None and roles.actor is not None and event in COUNTERPART_TARGETS:
            roles.recipient = self.home_counterpart(coded, view, match, roles.actor)
        if pointed is not None and roles.recipient is not None and guessed(roles.recipient):
            roles.recipient = pointed
        # "Zia has been under house arrest since last week", "Zia dikenakan tahanan rumah": an arrest the
        # subject undergoes with no doer named is an agentless passive — the state's police hold her
        undergone = "attribution.undergo" in roles.rules and authority_act(event, (mode, *trigger.context))
        agentless = roles.actor is None and ("attribution.passive" in roles.rules or undergone)
        # "About 4,000 Haitian and foreign observers were deployed": a people named by its state alone,
        # with no body or force of it, is not what a mobilisation moves
        sent = roles.recipient is not None and any(m.entity.sector for m in roles.recipient.mentions)
        withdrawn = event == "RETREAT" and mode == "withdraw" and forces(roles.recipient)
        moved = (event == "MOBILIZE" and sent) or withdrawn
        if agentless and moved and roles.recipient is not None:
            # "2,500 police constables were deployed in the district", "pasukan dikerahkan ke
            # perbatasan": the forces moved are the ones mobilised; "Russian troops were withdrawn
            # from Kherson": the ones withdrawn retreat
            roles.actor, roles.recipient, agentless = roles.recipient, None, False
            roles.rules.append("attribution.forces_moved")
            if withdrawn:  # "Pasukan Rusia ditarik dari kota Kherson": the place left, as the active's
                roles.recipient = place_as_party(view, match, self.open_places(view, places))
                roles.recipient = None if left_own_ground(roles) else roles.recipient
        # "Tsvangirai is in intensive care after being arrested in a crackdown", "setelah ditangkap di
        # bandara": an arrest that only sets the time of the news is not guessed a doer (in_time_clause);
        # a court's verdict there is still told ("usai divonis bersalah, Ahok langsung ditahan")
        arrest = authority_body(event, (mode, *trigger.context)) == "COP"
        dating = arrest and self.attributor.in_time_clause(view, match)
        named_doer = agentless and self.attributor.names_its_doer(view, match)
        told = agentless and not dating and not named_doer and not self.attributor.in_relative(view, match)
        capture = captors_told(coded, view, match_offsets(sentence, match)[0]) if told and arrest else None
        if capture is not None:
            # "Israeli troops arrested three Palestinians … The three were captured near Eli": the
            # captor and the captives the story has just told, not the police of the place named last
            roles.actor = told_party(view, capture.actor, "COP", "coref.captors_told")
            roles.recipient = roles.recipient or told_party(view, capture.recipient, "", "coref.captives")
        elif told and arrest_place is not None and arrest_place.codes():
            # "Amauris Samartino, who arrived in Bolivia in 2000, was detained": the named one's state
            # is his own (told_person); the place is where he was taken, by that state's police
            code = arrest_place.mentions[0].entity.code
            roles.actor = context_party(view, code, "COP", "coref.place_captor") if is_state(code) else None
        elif told:
            custody = self.freed_from_custody(view, match)
            roles.actor = authority(coded, view, event, (mode, *trigger.context), roles.recipient, custody)
            frame = view.frame_for(match.first) if "modality.announced_trial" in rules else None
            speaker = frame.speaker.mentions if frame is not None else []
            if speaker and all(is_state(m.entity.code) and m.entity.sector in TRIAL_ANNOUNCERS for m in speaker):
                # "… will be tried on charges of …, the US Defence Department said": the state body that
                # announces the trial is the one that brings it, wherever the accused was taken
                roles.actor = frame.speaker
        if agentless and roles.actor is None and event == "RETREAT" and mode == "release":
            self.freed_by_captors(coded, view, match, roles)
        if roles.actor is None and "attribution.passive" not in roles.rules and enforcement(event, mode, trigger):
            # "Adapun polisi telah membebaskan …" late in a story whose state lies beyond the scene's reach
            roles.actor = self.unplaced_body(coded, view, match)
        if roles.actor is None and event in MODIFIER_DOERS:
            # "a police crackdown", "a rebel attack on the town"
            roles.actor = self.modifier_body(coded, view, match) or self.body_in_trigger(coded, view, match)
        if (
            roles.recipient is None
            and roles.actor is not None
            and (event in SELF_DIRECTED or authority_act(event, (mode, *trigger.context)))
            and not captors_release(mode, roles.actor)
        ):
            # "Turki menangkap lebih dari 1.000 pendukung Gulen", "Yee ditangkap": an arrest, charge
            # or sentence of people the text does not place elsewhere is of the state's own people
            roles.recipient = own_people(roles.actor)
        if roles.actor is None and event in CROWD_ACTS and self.crowd_subject(view, match):
            roles.actor = scene_party(coded, view, "CVL", "coref.scene_crowd")
            if roles.recipient is None and roles.actor is not None:
                roles.recipient = home_government(roles.actor)
        if roles.actor is None:
            roles.actor = self.main_subject(view, match)
        offered = "modality.offered_peacekeepers" in rules
        peacekeeping = (event == "MOBILIZE" or offered) and self.peace_mission(view, match, roles.actor)
        if peacekeeping:
            # "3,200 peacekeepers were deployed", "Pasukan penjaga perdamaian PBB tiba di Bangui":
            # a peace mission's troops sent or arriving give protection (AID 074) to the place they go;
            # offered, they are promised to it (AGREE above)
            if not offered:
                event, mode, cameo = "AID", "", "074"
            roles.recipient = self.mission_host(view, match, roles, places)
            roles.rules.append("attribution.peacekeepers")
        if event == "COERCE" and mode == "deport" and self.envoys(sentence, roles.recipient):
            # "Duta besar Prancis diusir junta militer Niger", "two Russian diplomats were deported":
            # envoys sent out are expelled as diplomats (SANCTION 166), not deported as people (COERCE
            # 174); a pattern cannot open on the actor's words, so the passive "diusir" alone matched
            event, mode, cameo = "SANCTION", "expel", "166"
            roles.rules.append("attribution.envoys_expelled")
        if event in REACTIONS and roles.actor is not None and (roles.recipient is None or guessed(roles.recipient)):
            # "'This is aggression,' Kuleba said of the Russian missile strike", "kata Peskov menanggapi
            # rencana Uni Eropa": a verdict is aimed at the doer of the act it comments on
            answered = self.commented_on(view, roles.actor)
            if answered is not None:
                roles.recipient = answered
                roles.rules.append("attribution.commented_on")
        redress = event == "CONCEDE" and (cameo == APOLOGY_CAMEO or REPARATIONS in trigger.context)
        if redress and roles.actor is not None and roles.recipient is not None and guessed(roles.recipient):
            # "Belgium's king expressed regret for the wounds of the colonial past in Congo", "Macron
            # mengakui tanggung jawab Prancis dalam genosida Rwanda": the wronged abroad the act names
            wronged = self.wronged_named(view, match, roles.actor)
            if wronged is not None:
                roles.recipient = wronged
                roles.rules.append("attribution.wronged_named")
        doers = self.sides_of_a_fight(view, match, roles)
        victim = self.civilian_doer(view, match, roles) if event == "ASSAULT" and not doers else None
        if victim is not None:
            doers = True
            if roles.recipient is None or all(m.kind in ("context", "place") for m in roles.recipient.mentions):
                roles.recipient = victim  # "Seorang pemuda membacok dua warga di Makassar": the warga, not the town
        reason = self.missing_roles(event, roles, trigger, doers)
        if reason in ("actor sector", "no actor") and match.alternatives:
            # "mendarat" is a show of force by an air force, a visit by a president; an entry for one
            # kind of actor that finds none leaves the word to the general one ("Polisi menangkap …":
            # an arrest finds its doer, the police, where an abduction by an armed group cannot)
            return self.fall_back(coded, view, match, reason, dates, places, credit)
        if not reason and trigger.frame == "cause" and roles.recipient is None and self.failure_verdict(match):
            # "Ginjalnya gagal, kata dokter", "the talks failed, the mediator said": a failure told of
            # no party is a fact reported, not a verdict on someone
            reason = "no target"
        if not reason and trigger.spans_clause and not self.owner_judged(view, match, roles.recipient):
            # "menggambarkan kecenderungan itu sebagai ancaman": a verdict on no party judges no one;
            # "menyebut rencana pemerintah untuk … sebagai kekeliruan": one on the bare government, the
            # speaker's own (grammar `own_government_words`)
            roles.recipient = self.own_government_judged(view, match, roles.actor)
            reason = "" if roles.recipient is not None else "no target"
        if not reason and event in PRIVATE_DEEDS and self.private_person(view, roles.actor):
            # "A Malaysian businessman donated $1 million to a hospital in Singapore": one unnamed
            # private person is no actor a code names (docs/annotation.md), whatever his nationality
            reason = "private person"
        if not reason and mode == "visit" and private_traveller(roles.actor):
            # "The Chinese swimmer arrived in Australia for the championships", "Pendaki asal Jepang
            # itu tiba di Nepal": an unnamed private person's trip is travel, not a visit a state makes
            reason = "private traveller"
        if not reason and mode == "visit" and trip_at_home(view, match, roles):
            reason = "trip at home"
        if reason:
            return self.drop(coded, sentence, match, reason)
        if event == "PROTEST" and len(match.positions) == 1 and statelike(roles.actor) and self.verb_form(view, match):
            # "Vietnam protested China's deployment of an oil rig": a state that protests does so by
            # diplomatic note — ACCUSE (the guide); crowds, students and parties take to the street
            event, mode, cameo = "ACCUSE", "disapprove", "111"
            roles.rules.append("attribution.diplomatic_protest")
        if trigger.frame == "host" and visitor(roles):
            # "Xi received Widodo in Beijing", "Presiden menerima kunjungan PM Malaysia": the one who
            # came is the actor of a visit, the host its recipient (docs/annotation.md) — but a summit
            # or a body's meeting hosted stays the host's: "Indonesia hosted the ASEAN summit"
            roles.actor, roles.recipient = roles.recipient, roles.actor
            cameo = "042"
            roles.rules.append("attribution.host_visit")
        speaking = self.attributor.speaks_for_itself(roles.speaker)
        if ALLEGED_CONTEXTS & set(trigger.context) and speaking and roles.actor is not None:
            # "India has violated the Saarc charter, he added": a breach one party says another
            # committed is the speaker's accusation, not a refusal the narrator reports; "Iran claimed
            # they had violated its waters": with the breaker unnamed, it is aimed at the recipient
            breaker = roles.actor if self.other_speaker(roles) else roles.recipient
            event, mode, cameo = "ACCUSE", "allege", "112"
            roles = Roles(
                actor=roles.speaker, recipient=breaker, speaker=roles.speaker, rules=["attribution.allegation"]
            )
        if roles.recipient is not None and sectorless_home(roles.recipient):
            # "Opposition lawmakers criticized the government", "menolak tawaran pemerintah": the
            # actor's own state, guessed as the target, is the body its object names
            roles.recipient = self.object_body(view, match, roles.recipient)
        if mode == "investigate" and self.inquiry_as_setting(view, match):
            return self.drop(coded, sentence, match, "inquiry as setting")
        if event in HARM_AT_PLACE and roles.recipient is not None and people_of_place(roles.recipient, roles.actor):
            # "polisi paramiliter menembakkan gas air mata … dekat bandara Srinagar", "imposed a curfew
            # in Parachinar": police, officials or gunmen who strike or coerce a place strike its people
            roles.recipient = with_sector(roles.recipient, "CVL", "place.people")
        if event == "ASSAULT" and not mode and self.from_the_air(view, match, roles.actor):
            # "A US AC-130 gunship hit two villages", "pasukan Pakistan membunuh 10 orang dalam serangan
            # udara": an attack by aircraft, or told as an air strike, employs aerial weapons
            mode = "aerial"
            cameo = AERIAL_CAMEO if cameo in ("", GENERIC_ASSAULT_CAMEO) else cameo  # a finer code stays
            rules.append("mode.aerial")
        rules += roles.rules + [r for g in (roles.actor, roles.recipient) if g for m in g.mentions for r in m.rules]
        record = self.build(coded, view, match, event, mode, cameo, roles, modality, dates, places, credit)
        record.rules = list(dict.fromkeys([*rules, *record.rules]))
        if peacekeeping:
            record.context = ["peacekeeping"]
        self.keep(coded, sentence, match, record)
        if event in ALLEGED or (event in VICTIM_TOLD and self.told_by_victim(view, match, roles)):
            self.code_allegation(coded, view, match, roles, modality, dates, places, credit)

    def inquiry_as_setting(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Berdasarkan penyelidikan Komnas HAM, Wiranto …", "based on an investigation by the
        commission, the minister …": an inquiry named as the ground of a finding (grammar
        `basis_words`, a few words before it in the same clause) is not the news; the finding is."""
        tokens = view.sentence.tokens
        for i in range(match.first - 1, max(-1, match.first - 1 - INQUIRY_SETTING_REACH), -1):
            if tokens[i].text in CLAUSE_PUNCTUATION or tokens[i].text == '"':
                return False
            if tokens[i].lower in self.basis_words:
                return True
        return False

    def freed_from_custody(self, view: SentenceView, match: TriggerMatch) -> bool:
        """Whether a release frees people from a state's prison, jail or custody (grammar
        `custody_phrases`, within the trigger or just after it): "the blogger was released from prison
        on Monday", "Blogger itu dibebaskan dari penjara" — kidnappers hold no prisons."""
        tokens = view.sentence.tokens
        return any(
            phrase_at(tokens, i, phrase)
            for phrase in self.custody_phrases
            for i in range(match.first, min(match.own_end + CUSTODY_REACH, len(tokens)))
        )

    def freed_by_captors(self, coded: CodedArticle, view: SentenceView, match: TriggerMatch, roles: Roles) -> None:
        """ "Haradinaj ditangkap oleh kepolisian Slovenia namun dibebaskan dua hari kemudian", "was
        arrested by Malaysian police but freed three days later": a release with no doer named,
        coordinated with a passive arrest, seizure or abduction told before it in the same sentence,
        is the act of that capture's doer, of those captives (unless it names other ones). A capture
        told in an earlier sentence is not enough: "they have been freed, the diplomat said", "the
        14 who were hospitalized were released" (dev: more false alarms than releases found)."""
        sentence = view.sentence
        at = match_offsets(sentence, match)[0]
        if match.trigger.cameo != RELEASE_OF_PEOPLE:  # "ditangkap dan dipulangkan": sent home, not freed
            return
        # "The sailors were released": captives whose state is only the scene's guess are unnamed
        named = [m for m in roles.recipient.mentions if "actors.scene" not in m.rules] if roles.recipient else []
        freed = {m.entity.code for m in named}
        for capture in reversed(coded.events):
            if not (sentence.start <= capture.start and trigger_start(capture) < at) or not captive_taking(capture):
                continue
            if "attribution.passive" not in capture.rules:
                continue  # "berharap mereka dibebaskan" after "penangkapan … oleh Iran": no coordinated passive
            # "Dua nelayan WNI yang disandera kelompok Abu Sayyaf akhirnya dibebaskan": the captors,
            # named last before the release, are not the ones freed
            others = freed - {x.code for x in capture.actor}
            if others and not others & {x.code for x in capture.recipient}:
                continue  # "Two Germans were abducted by … and the Italian was released": other captives
            anchor = sentence.tokens[0]
            roles.actor = Group([context_mention(entity, anchor, "coref.captors_release") for entity in capture.actor])
            if not others:
                roles.recipient = Group(
                    [context_mention(entity, anchor, "coref.captives") for entity in capture.recipient]
                )
            roles.rules.append("coref.captors_release")
            return

    def charged_captives(
        self, coded: CodedArticle, view: SentenceView, match: TriggerMatch, actor: Group
    ) -> Group | None:
        """ "Israeli troops arrested a young Palestinian in Nablus. The army accused him of making
        rockets", "Polisi Malaysia menahan seorang warga Singapura. Polisi menuduhnya menyelundupkan
        senjata": a charge whose object is a person pronoun ("him", the clitic "-nya") made by the state
        that captured people in this sentence or the one before is made of those captives — the same
        people in both languages — not of the accuser's own state."""
        tokens = view.sentence.tokens
        first = match.positions[0]
        word = tokens[first].lower
        after = tokens[first + 1].lower if first + 1 < len(tokens) else ""
        clitic = any(word.endswith(c) and len(word) > len(c) + 3 for c in self.possessive_clitics)
        if not (clitic or after in self.person_objects):
            return None
        index = view.sentence.index
        since = coded.sentences[index - 1].start if index > 0 else view.sentence.start
        at = match_offsets(view.sentence, match)[0]
        for capture in reversed(coded.events):
            if not (since <= capture.start and trigger_start(capture) < at and captive_taking(capture)):
                continue
            if {x.code for x in capture.actor} & actor.codes():
                anchor = tokens[0]
                captives = [context_mention(entity, anchor, "coref.charged_captives") for entity in capture.recipient]
                return Group(captives)
        return None

    def object_pronoun(self, view: SentenceView, match: TriggerMatch) -> tuple[int, str]:
        """The object pronoun of the trigger's verb and what it points at (grammar `object_pronouns`:
        person, group, party): "accused him of", "meminta mereka untuk", "refused to accept them",
        "menolak untuk menerima mereka", the clitic of "menuduhnya" (not of "ditangkapnya", whose
        "-nya" is the doer, nor of a noun's "penangkapannya"). (-1, "") when there is none."""
        tokens = view.sentence.tokens
        for at in match.positions:  # "menuduhnya merencanakan serangan": the clitic on the trigger's verb
            word = tokens[at].lower
            for clitic in self.possessive_clitics:
                stem = word[: -len(clitic)]
                on_verb = word.endswith(clitic) and len(stem) > 3 and self.active_verb(stem)
                if on_verb and clitic in self.object_pronouns:
                    return at, self.object_pronouns[clitic]
        at = match.last
        if at + 2 < len(tokens) and tokens[at].lower in self.complement_markers:
            at += 2  # "refused to accept them", "menolak untuk menerima mereka": the verb it governs
        if at >= len(tokens) or tokens[at].lower not in self.object_pronouns:
            return -1, ""
        if not self.possessive_before_noun and not self.active_verb(tokens[at - 1].lower):
            return -1, ""  # "menolak banding mereka": after a noun the pronoun owns it
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        # "told her lawyers": a pronoun that may own a noun is an object only before a preposition,
        # a conjunction or a mark ("told her that …", "accused her of …")
        owner = tokens[at].lower in self.owner_pronoun_words
        if owner and after is not None and after.text[:1].isalnum() and after.lower not in self.object_followers:
            return -1, ""
        return at, self.object_pronouns[tokens[at].lower]

    def active_verb(self, word: str) -> bool:
        """Whether a word reads as a verb in the active voice, where a language marks voice by a prefix
        (grammar `voice_prefixes` but not `passive_prefixes`): "menerima", "menuduh" — not "banding",
        "pembebasan", "ditangkap". Any word where voice has no prefix."""
        return not self.active_prefixes or word.startswith(self.active_prefixes)

    def object_pronoun_party(
        self, coded: CodedArticle, view: SentenceView, match: TriggerMatch, actor: Group
    ) -> Group | None:
        """ "Ribuan pengungsi Rohingya menuju Bangladesh, tapi pemerintah menolak untuk menerima mereka",
        "The refugees reached the border. Police urged them to go home": the party an object pronoun
        points at — the nearest fitting one named before it in this sentence or the one before, not
        of the actor's side ("him", "dia", "-nya" a person, or one described by a noun and a state,
        "a Palestinian gunman"; "them", "mereka" a group, a people or a body). None when the nearest
        fitting one is the actor's own: "Egyptian protesters gathered … the police urged them to"."""
        at, kind = self.object_pronoun(view, match)
        if at < 0:
            return None
        index = view.sentence.index
        here = [m for m in coded.mentions.get(index, []) if m.last <= at and m.first != at]
        before = coded.mentions.get(index - 1, []) if index > coded.story_start(index) else []
        for mention in reversed(before + here):
            if not mention.entity.code or not points_at(mention, kind):
                continue
            if mention in here and actor.first <= mention.first and mention.last <= actor.last:
                continue  # "pemerintah menolak untuk menerima mereka": not the actor itself
            if mention.entity.code in actor.codes():
                return None
            anchor = view.sentence.tokens[0]
            return Group([context_mention(mention.entity, anchor, "coref.object_pronoun")])
        return None

    def peace_mission(self, view: SentenceView, match: TriggerMatch, actor: Group | None) -> bool:
        """ "some 3,200 Australian-led peacekeepers were deployed", "African Union troops began arriving
        in Mogadishu", "1.000 prajurit Uganda mendarat di Mogadishu, barisan depan dari pasukan AU":
        troops moved whose phrase (a few words before the forces to the trigger) or whose clause after
        the trigger names a peace mission (grammar `peacekeeping_words`), or the forces of a body whose
        troops are one (`peacekeeping_bodies`), are peacekeepers. "troops were sent to fight" are not."""
        if actor is None:
            return False
        tokens = view.sentence.tokens
        start = max(0, min(actor.first, match.first) - PEACE_PHRASE_REACH)
        end, stop = match.last, min(len(tokens), match.last + PEACE_CLAUSE_REACH)
        while end < stop and tokens[end].lower not in self.clause_joints:
            end += 1  # the trigger's clause: "…, barisan depan dari pasukan AU" (not "… and Kyiv asked for …")
        words = [t.lower for t in tokens[start:end]]
        if any(words[k : k + len(p)] == list(p) for p in self.peacekeeping_words for k in range(len(words))):
            return True
        bodies = [m for g in view.groups if g is actor or match.last <= g.first < end for m in g.mentions]
        return any(m.entity.name.lower() in self.peacekeeping_bodies and self.a_force(tokens, m) for m in bodies)

    def offered_peacekeepers(self, view: SentenceView, match: TriggerMatch) -> bool:
        """Troops to be sent whose phrase names a peace mission ("siap mengirim pasukan penjaga
        perdamaian", "ready to send peacekeeping troops"): see peace_mission."""
        return self.peace_mission(view, match, self.attributor.run(view, match).actor)

    def a_force(self, tokens, mention: Mention) -> bool:
        """A body's troops: "U.N. troops" (the force sector), "an African Union force", "pasukan AU"."""
        near = {
            t.lower for t in tokens[max(0, mention.first - 1) : mention.first] + tokens[mention.last : mention.last + 1]
        }
        return mention.entity.sector in ARMED_FORCES or bool(near & self.mission_forces)

    def open_places(self, view: SentenceView, places: list) -> list:
        """Places that stand alone, not inside a name the actor lists know: "operations targeting
        al-Qaeda in Iraq", "cabang Al-Qaeda di Irak" name a group, not Iraq as a party."""
        start = view.sentence.start
        names = [(m.start - start, m.end - start) for g in view.groups for m in g.mentions if m.end > m.start]
        inside = [p for p in places if any(a <= p.start and p.end <= b and b - a > p.end - p.start for a, b in names)]
        return [p for p in places if p not in inside and not self.envoy_post(view, p)]

    def envoy_post(self, view: SentenceView, place) -> bool:
        """ "complains about the Georgian ambassador to Ukraine", "utusan AS untuk Ukraina": a state
        named as an envoy's post (after grammar `posted_to` and a government party) is where he
        serves, no place the act happened in nor a party standing for it."""
        sentence = view.sentence
        tokens = sentence.tokens
        at = next((i for i, t in enumerate(tokens) if t.start - sentence.start >= place.start), None)
        if at is None or at < 2 or tokens[at - 1].lower not in self.posted_to:
            return False
        envoy = [m for g in view.groups for m in g.mentions if m.last == at - 1]
        return any(m.entity.sector == "GOV" and m.entity.code != place.country_code for m in envoy)

    def partner_before_place(self, view: SentenceView, match: TriggerMatch, place) -> bool:
        """ "bertemu dengan perwakilan mereka di Singapura", "held talks with the relatives of the
        victims in Chile": a meeting that names whom it met (after grammar `discussion_partner_preps`)
        before the place was held there with them — the place is where, not the host (talks with no
        partner named, "held talks in Hanoi", still are the hosts')."""
        return bool(words_before_place(view, match, place) & self.discussion_partner_preps)

    def marked_target(self, view: SentenceView, match: TriggerMatch, actor: Group | None) -> Group | None:
        """ "carried out an air strike in southern Somalia on Monday against suspected Al-Qaeda
        hideouts", "serangan udara di Somalia selatan pekan ini terhadap operasi Al-Qaeda": a party
        a target marker (grammar `target_markers`) names later in the trigger's clause is what the
        attack hit, not the place named first."""
        tokens = view.sentence.tokens
        end, stop = match.last, min(len(tokens), match.last + TARGET_CLAUSE_REACH)
        # "during operations targeting al-Qaeda" still tells the act: only a comma or an "and" ends it
        while end < stop and tokens[end].lower not in self.coordinators and tokens[end].text not in CLAUSE_PUNCTUATION:
            end += 1
        marks = [k for k in range(match.last, end) if tokens[k].lower in self.target_markers]
        if not marks:
            return None
        own = actor.codes() if actor is not None else set()
        for group in view.groups:
            if marks[0] < group.first < end and not group.codes() <= own:
                return group
        return None

    @staticmethod
    def own_forces_as_means(match: TriggerMatch, roles: Roles) -> bool:
        """A recipient that is only unnamed forces ("troops", "pasukan") standing inside a threat's
        own words: "threatened to send troops", "memperingatkan akan mengerahkan pasukan"."""
        recipient = roles.recipient
        if recipient is None or not implied(recipient) or not forces(recipient):
            return False
        return match.first <= recipient.first and recipient.last <= match.last

    def forces_sent_where(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """The party right after a threat to move forces, behind a preposition of movement (grammar
        `forces_moved_preps`): "send troops into Iraq", "mengirim pasukan ke Irak" → Iraq."""
        tokens = view.sentence.tokens
        # the preposition ends the trigger's words or follows them: "send troops into", "mengirim pasukan ke"
        moved = [i for i in (match.last - 1, match.last) if 0 <= i < len(tokens)]
        moved = [i for i in moved if tokens[i].lower in self.forces_moved_preps]
        if not moved:
            return None
        for k in range(moved[0] + 1, min(len(tokens), moved[0] + 1 + FORCES_MOVED_REACH)):
            if k in view.group_at:
                return view.group_at[k]
            if tokens[k].text in CLAUSE_PUNCTUATION:
                return None
        return None

    def forces_destination(self, coded: CodedArticle, guess: Group | None) -> bool:
        """ "Bush has begun sending 21,500 more troops to Iraq, but Congress opposes …", "menentang
        pengiriman 20 ribu tentara lagi ke Irak": a state guessed from the context that is where
        forces (grammar `mission_forces`) are sent to or pulled from (`forces_moved_preps`) is the
        plan's place; a charge or refusal of the plan is aimed at the actor's own government."""
        if guess is None:
            return False
        mention = guess.mentions[0]
        sentence = next((s for s in coded.sentences if s.start <= mention.start < s.end), None)
        if sentence is None or mention.first < 1:
            return False
        tokens = sentence.tokens
        if tokens[mention.first - 1].lower not in self.forces_moved_preps:
            return False
        before = {t.lower for t in tokens[max(0, mention.first - 1 - FORCES_MOVED_REACH) : mention.first - 1]}
        return bool(before & self.mission_forces)

    def forces_sent_to(self, view: SentenceView, match: TriggerMatch, place) -> bool:
        """ "opposed sending 20,000 more troops to Iraq", "menentang pengiriman pasukan ke Irak",
        "called for a withdrawal of US forces from Iraq": a place the forces (grammar
        `mission_forces`) between the trigger and it are moved to or from is where the plan sends
        them; what the charge or refusal is aimed at is the plan's owner, not that state."""
        return bool(words_before_place(view, match, place) & self.mission_forces)

    def mission_host(self, view: SentenceView, match: TriggerMatch, roles: Roles, places: list) -> Group | None:
        """The place a peace mission goes to is the recipient of its protection: "deployed to
        Somalia" → Somalia; "tiba di Bangui" → the Central African Republic. Not the senders' own."""
        host = place_as_party(view, match, places) or self.country_after(view, match) or roles.recipient
        if host is not None and roles.actor is not None and host.codes() <= roles.actor.codes():
            return None
        return host

    def country_after(self, view: SentenceView, match: TriggerMatch) -> Group | None:
        """ "mendarat di ibukota Somalia, Mogadishu": a country or capital a few words after the
        trigger, where no gazetteer place stands, is where the troops went."""
        for group in view.groups:
            if match.last <= group.first <= match.last + HOST_REACH and all(
                m.kind in ("country", "capital") for m in group.mentions
            ):
                return group
        return None

    def home_counterpart(
        self, coded: CodedArticle, view: SentenceView, match: TriggerMatch, actor: Group
    ) -> Group | None:
        """ "Karzai said he had met with members of a Taliban faction", "Hadi menyampaikan ucapan
        selamat kepada Yuyu": a counterpart the sentence names but no list codes, met or backed by a
        party of the state the story is set in, is of that state — the event is domestic. A state
        abroad ("the Japanese minister met with village elders" in a story set in Iraq) gets none.
        A visit's "with" names those who come along, not the host: "visited the shrine with several
        cabinet ministers"."""
        if match.trigger.mode == "visit":
            return None
        codes = actor.codes()
        if len(codes) != 1 or not is_state(next(iter(codes))) or not self.attributor.named_partner(view, match, actor):
            return None
        if not home_scene(coded, view.sentence.index, codes):
            return None
        start = self.attributor.uncoded_counterpart(view, match)
        if start is None or self.attributor.party_in_phrase(view, match, start, actor):
            return None
        return home_party(actor, "", "coref.home_counterpart")

    def cited_sources(self, view: SentenceView) -> frozenset[int]:
        """Where the parties a sentence cites as its source start: "Menurut perkiraan PBB, milisi
        Janjaweed sudah membunuh 200.000 orang", "…, according to UN estimates" — the UN reports the
        killing; it is neither who killed nor who was killed (grammar `source_markers`). A state or
        its officer cited is often a side in what it tells ("menurut dia [a minister of India],
        Myanmar tidak mau menerima …" is aimed at India) and stays a possible target."""
        tokens = view.sentence.tokens
        cited = []
        for i, token in enumerate(tokens):
            if token.lower not in self.source_markers:
                continue
            # the first party after the marker, within its phrase: "according to a report by Amnesty"
            for j in range(i + 1, min(len(tokens), i + 1 + SOURCE_REACH)):
                if not tokens[j].text[:1].isalnum():
                    break
                if j in view.group_at:
                    cited.append(view.group_at[j])
                    break
        return frozenset(m.first for group in cited for m in group.mentions if not is_state(m.entity.code))

    def other_speaker(self, roles: Roles) -> bool:
        """A speaker who speaks for itself about a party other than itself."""
        speaker = roles.speaker
        if not self.attributor.speaks_for_itself(speaker) or speaker is roles.actor or roles.actor is None:
            return False
        return not speaker.codes() & roles.actor.codes()

    def told_by_victim(self, view: SentenceView, match: TriggerMatch, roles: Roles) -> bool:
        """A state's own speaker claiming, in a clause of its own, harm another state's party did to that
        state: "Armenia's foreign ministry claimed Azerbaijani troops had crossed into its province"
        (speaker ARM, victim ARM, doer AZE, the doer the clause's subject). Not "police claimed militants
        attacked a village" (a doer of the speaker's own state), nor "Somali officials said the US air
        strikes were launched after talks failed" (said, not claimed: the speaker dates or explains)."""
        speaker, actor, recipient = roles.speaker, roles.actor, roles.recipient
        if speaker is None or actor is None or recipient is None or not statelike(speaker):
            return False
        told = speaker.codes()
        if not told & recipient.codes() or told & actor.codes() or not all(map(is_state, actor.codes())):
            return False  # "… hideouts of the Al-Qaeda network, hitting right on target, the Somali government said"
        # the speaker's claim opens the clause ("X claimed Y had …"), not "said" nor an aside ("…, X said")
        if not speaker.last < actor.first <= actor.last < match.first:
            return False
        tokens = view.sentence.tokens
        return any(t.lower in self.claim_verbs for t in tokens[speaker.first : actor.first])  # the span holds its verb

    def code_allegation(
        self, coded, view: SentenceView, match: TriggerMatch, roles: Roles, modality, dates, places, credit
    ) -> None:
        """ "Saakashvili menuturkan bahwa Kremlin telah melakukan serangan siber": one who says
        another party hacked, seized or detained something accuses that party (ACCUSE allege, CAMEO 112)."""
        speaker = roles.speaker
        if not self.other_speaker(roles):
            return  # no speaker, an agency passing the news on, or the doer itself
        if implied(speaker):
            return  # "…, an army spokeswoman said": an unnamed speaker's side is a guess, most often the doer's
        if self.attributor.in_relative(view, match) or self.attributor.in_time_clause(view, match):
            # "met two students who were detained by the Egyptian authorities", "… ketika mereka
            # ditangkap oleh pasukan Iran": an act told in a clause that describes someone or sets a
            # time is background to what the speaker says, not the charge the speaker makes
            return
        claim = Roles(actor=speaker, recipient=roles.actor, speaker=speaker, rules=["attribution.allegation"])
        record = self.build(coded, view, match, "ACCUSE", "allege", "112", claim, modality, dates, places, credit)
        record.rules = list(dict.fromkeys([match.trigger.id, *claim.rules, *record.rules]))
        self.keep(coded, view.sentence, match, record)

    def counted_captives(self, view: SentenceView, match: TriggerMatch, mode: str) -> bool:
        """ "Tim kepolisian India … menahan tujuh orang", "Iran telah menangkap seorang pria": an arrest
        of a count of people whom the sentence gives no party holds the state's own people (the
        arrest's `own_state`), not the state the story named last."""
        if mode != "arrest":
            return False
        tokens = view.sentence.tokens
        for start in (match.first + 1, match.last):
            words = [t.lower for t in tokens[start : start + 3]]
            if words and self.a_count(words[0]) and set(words[1:]) & self.captive_nouns:
                return True
        return False

    def a_count(self, word: str) -> bool:
        """A number in figures or in words: "16", "tujuh", "seorang" (grammar `counts`, `quantities`)."""
        return word.isdigit() or word in self.counts

    def more_of_earlier_object(self, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "Coalition forces killed three al-Qaeda suspects and detained 16 others", "… membunuh
        seorang anggota Al-Qaeda dan menangkap seorang lagi": a count and "others"/"lagi" right
        after the verb are more of the kind the object before it named — that object's party."""
        tokens = view.sentence.tokens
        after = [t.lower for t in tokens[match.last : match.last + 3]]
        if len(after) < 2 or not self.a_count(after[0]) or after[1] not in self.more_of_kind:
            return None
        objects = [g for g in view.groups if actor.last <= g.first and g.last <= match.first]
        if not objects or self.attributor.preposition_before(view, objects[-1]):
            return None
        return objects[-1]

    def casualty_after(self, view: SentenceView, group: Group) -> tuple[list[str], int | None]:
        """The words after a party ("were killed", "tewas") and where a casualty word is among them."""
        after = [t.lower for t in view.sentence.tokens[group.last : group.last + 3]]
        hit = next((k for k, word in enumerate(after) if word in self.casualty_words), None)
        # "Gunmen shot dead two policemen": a verb before the casualty word makes it the victims'
        if hit is not None and not set(after[:hit]) <= self.casualty_fillers:
            return after, None
        return after, hit

    def casualties(self, view: SentenceView, actor: Group) -> Group | None:
        """ "tiga orang tentara AS terluka ketika pasukan Afghanistan melepaskan tembakan": the
        party the sentence says was killed or wounded is the target of the attack it tells."""
        for group in view.groups:
            if (
                group is not actor
                and not group.codes() <= actor.codes()
                and self.casualty_after(view, group)[1] is not None
            ):
                return group
        return None

    def uncoded_patient(self, view: SentenceView, match: TriggerMatch, roles: Roles, places: list) -> bool:
        """ "Dobrev was arrested in Stuttgart, Germany", "Taliban fighters kidnapped them in Nimroz",
        "Minhati ditahan di Marawi": the one acted on is named — by a name no actor list codes, or a
        pronoun — so a place named with the act is where it happened, not who suffered it."""
        tokens = view.sentence.tokens
        if "attribution.passive" not in roles.rules:
            # the verb's object: "kidnapped them", "menculik mereka"
            return match.last < len(tokens) and tokens[match.last].lower in self.patient_pronouns
        # the subject that opens the sentence, right before its verb or an aside: "Dobrev was …",
        # "Kovac, who arrived in Bolivia …, was detained"
        if self.passive_pronoun_patient(tokens, match.first):
            return True
        if match.first == 0 or 0 in view.group_at:
            return False
        first = tokens[0]
        placed = {p.start for p in places}
        if first.start - view.sentence.start in placed or first.lower in self.patient_pronouns:
            return first.lower in self.patient_pronouns
        if not first.text[:1].isupper() or first.lower in common_words():
            return False
        after = tokens[1] if len(tokens) > 1 else None
        if after is not None and after.text == "," and (len(tokens) < 3 or tokens[2].lower not in self.relative):
            return False  # "Meanwhile, in Kandahar …": an opening adverb; a name's aside goes on "Kovac, who …"
        return after is not None and (
            after.text in (",", "(")
            or after.text[:1].isupper()
            or after.lower in self.attributor.be_forms
            or match.first == 1
        )

    def passive_pronoun_patient(self, tokens, first: int) -> bool:
        """ "The sailors were in Iraqi waters when they were seized by Iranian troops", "… ketika
        mereka ditangkap oleh pasukan Iran": a pronoun right before the passive verb (past its "be"
        or a tense word, grammar `passive_subject_pronouns`) is the one acted on, named before."""
        k = first - 1
        while (
            k >= 0
            and first - k <= PASSIVE_SUBJECT_REACH
            and (tokens[k].lower in self.attributor.be_forms or tokens[k].lower in self.attributor.passive_auxiliaries)
        ):
            k -= 1
        return k >= 0 and first - k <= PASSIVE_SUBJECT_REACH and tokens[k].lower in self.passive_subject_pronouns

    def mishap_toll(self, sentence: Sentence, match: TriggerMatch) -> bool:
        """ "An Indonesian navy submarine sank off Bali during a drill, killing all 53 crew", "Kebakaran
        melanda Depo Pertamina Plumpang, Jakarta Utara, dan menewaskan 15 orang": a verb of killing
        after a comma or "and" that tells the toll of an accident or a disaster named before it in the
        sentence (grammar `mishaps`) is no attack, whoever owned the boat or the depot; so is a verb of
        destroying that tells the same toll ("Hurricane Melissa struck Haiti, killing dozens and
        destroying thousands of homes", grammar `damage_tolls`)."""
        tokens = sentence.tokens
        killing = match.last - match.first == 1 and tokens[match.first].lower in self.casualty_causes
        if not killing and tokens[match.first].lower not in self.damage_tolls:
            return False
        joined = {t.lower for t in tokens[max(0, match.first - 2) : match.first]} & {",", *self.attributor.coordinators}
        return (bool(joined) and any(t.lower in self.mishaps for t in tokens[: match.first])) or (
            killing and self.mishap_subject(tokens)
        )

    def game_told(self, sentence: Sentence) -> bool:
        """ "Myanmar's football federation complained about the referee after the loss", "Pengamat sepak
        bola mempertanyakan keputusan PSSI memecat pelatih": a sentence that speaks of a game (grammar
        `game_words`) tells of sport; its complaints, promises and demands are no political event.
        Violence and coercion there stay coded: police firing tear gas at football fans is an act."""
        tokens = sentence.tokens
        return any(
            phrase_at(tokens, i, phrase)
            for i, token in enumerate(tokens)
            for phrase in self.game_words.get(token.lower, ())
        )

    def damage_toll(self, sentence: Sentence, match: TriggerMatch) -> bool:
        """Whether the trigger opens on a verb of destroying (grammar `damage_tolls`: "merusak",
        "destroying"), which tells a mishap's toll whatever type its entry gives it."""
        return sentence.tokens[match.first].lower in self.damage_tolls

    def attack_aim(self, sentence: Sentence, match: TriggerMatch) -> bool:
        """ "… menutup sebelah mata atas penyeberangan gerilyawan ke perbatasan untuk melancarkan
        serangan-serangan terhadap pasukan internasional", "berkumpul di Dhaka guna melancarkan
        serangan": an attack verb right after a marker of aim (grammar `attack_aim_markers`) that no
        kept event governs (`purpose_of` takes those) is what someone means to do, not an attack the
        text asserts — unless a means is named before it ("menggunakan pisau untuk menyerang korban";
        `means_verbs`), an order gives it (`order_verbs`) or nothing else was left (`exceptives`).
        Crowds dispersed keep their own rule, as do attempts and plans (the modality). English "to"
        is left out: it is a preposition too ("resorted to violence") and dropping what followed it
        cost the fresh sets a found event."""
        if match.trigger.mode == "crowd-control":
            return False
        tokens = sentence.tokens
        marker = match.first - 1
        if marker < 1 or tokens[marker].lower not in self.attack_aim_markers:
            return False
        before = {t.lower for t in tokens[max(0, marker - AIM_MEANS_REACH) : marker]}
        if before & (self.order_verbs | self.means_verbs | self.exceptives):
            return False  # "tidak punya pilihan selain untuk menyerang Hamas": the act is done
        return bool(self.verb_prefixes) and tokens[match.first].lower.startswith(self.verb_prefixes)

    def mishap_subject(self, tokens: list) -> bool:
        """ "Kebakaran Depo Pertamina Plumpang di Jakarta Utara menewaskan 15 orang", "Banjir bandang
        di Pesisir Selatan menewaskan 26 orang": a sentence that opens on the mishap (grammar `mishaps`)
        has it as the subject of the verb of killing, whatever the names after it (the depot's owner,
        the place)."""
        return bool(tokens) and tokens[0].lower in self.mishaps

    def armed_group_on_own_ground(self, view: SentenceView, roles: Roles) -> Group | None:
        """ "Pasukan Irak mulai merangsek ke kota tua Mosul, distrik terakhir yang dikuasai ISIS": an
        attack by a state's army, police or government that only the place it strikes aims
        (place.as_party), a place of the attacker's own state, falls on the rebels or armed group
        the sentence names — the only other side there is (the first named, if several)."""
        actor, place = roles.actor, roles.recipient
        if actor is None or place is None or not all("place.as_party" in m.rules for m in place.mentions):
            return None
        if not place.codes() <= actor.codes() or not all(is_state(code) for code in actor.codes()):
            return None
        if not all(m.entity.sector in STATE_FORCES or m.entity.sector in ("", "GOV") for m in actor.mentions):
            return None
        for group in view.groups:
            rebels = all(m.entity.sector == "REB" and m.kind != "implied" for m in group.mentions)
            if rebels and group.mentions and not group.codes() <= actor.codes():
                rule = "attribution.armed_group_on_own_ground"
                return Group([dataclasses.replace(m, rules=[*m.rules, rule]) for m in group.mentions])
        return None

    def victims_named(self, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "rebels fired mortars at a convoy, injuring the Italian ambassador", "menabrakkan bom ke
        kendaraan, melukai seorang warga Amerika Serikat": the party a verb of killing or wounding
        after the trigger names (its object, a few words on) was the attack's target — when the text
        names its state, not the scene's unnamed people."""
        tokens = view.sentence.tokens
        for k in range(match.last, len(tokens)):
            if tokens[k].lower not in self.casualty_causes:
                continue
            for group in view.groups:
                if (
                    k < group.first <= k + VICTIM_REACH
                    and not implied(group)
                    and not group.codes() <= actor.codes()
                    # "…, killing two Turkish workers", not past a break: "…, killing, police said, two …"
                    and not any(
                        t.lower in self.clause_ends or not t.text[:1].isalnum() for t in tokens[k + 1 : group.first]
                    )
                ):
                    return group
            return None
        return None

    def crowd_subject(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Thousands demonstrated in Kenya", "Ribuan orang berunjuk rasa": a protest whose
        subject is a number of people or a crowd the lexicon does not name."""
        tokens = view.sentence.tokens
        if self.attributor.is_nominal(view, match):
            return False  # "tewas dalam kerusuhan": a riot named, no crowd acting
        # "Puluhan orang juga melakukan protes", "Dozens of people also staged a protest": past the
        # auxiliaries and the light verb that carries the event noun
        first = match.first
        while first > 0 and match.first - first < 3 and tokens[first - 1].lower in self.carriers:
            first -= 1
        before = [t.lower for t in tokens[max(0, first - 2) : first]]
        return bool(set(before) & self.crowds) and not set(before) & self.casualty_words

    def killed(self, view: SentenceView, group: Group) -> bool:
        """ "tiga serdadu tewas", "two soldiers were killed" — but "troops killed two militants":
        a past tense after the party is its verb, unless a form of "be" comes first."""
        after, hit = self.casualty_after(view, group)
        if hit is None:
            return False
        return after[hit] not in self.casualty_verbs or bool(set(after[:hit]) & self.attributor.be_forms)

    def embassy_after(self, view: SentenceView, match: TriggerMatch, actor: Group | None) -> Group | None:
        """ "protested outside the US embassy in Kuala Lumpur", "berunjuk rasa di depan Kedubes
        Israel": a protest at a state's mission is aimed at that state."""
        tokens = view.sentence.tokens
        for group in view.groups:
            if group.first < match.last or group.first - match.last > EMBASSY_REACH:
                continue
            words = {t.lower for t in tokens[group.first : group.last]}
            # "protested outside the UN office in Ramallah", "berunjuk rasa di depan kantor PBB": a
            # body's premises (grammar `premises`) right beside its name stand for it as a mission does
            beside = {tokens[i].lower for i in (group.first - 1, group.last) if 0 <= i < len(tokens)}
            sited = words & self.missions or beside & self.premises
            if sited and not (actor and group.codes() & actor.codes()):
                return group
        return None

    def addressed_body(self, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "Indonesian students demanded that parliament revoke the law", "Buruh meminta supaya
        pemerintah membatalkan kenaikan harga": a bare domestic body (grammar `addressee_bodies`)
        right after the request's complementizer is the requester's own state's body, asked to act."""
        tokens = view.sentence.tokens
        code = actor.mentions[0].entity.code
        if not is_state(code):
            return None
        legislature = self.addressed_legislature(view, match, actor)
        if legislature is not None:
            return legislature
        end = min(len(tokens), match.last + 1)
        marks = [i for i in range(match.first, end) if tokens[i].lower in self.request_complements]
        if not marks:
            return None
        at = marks[0] + 1
        while at < len(tokens) and tokens[at].lower in self.attributor.determiners:
            at += 1
        sector = self.addressee_bodies.get(tokens[at].lower) if at < len(tokens) else None
        if sector is None or at + 1 < len(tokens) and tokens[at + 1].lower in self.addressee_bodies:
            return None
        if at in view.group_at and view.group_at[at].codes() - {code}:
            return None
        return home_party(actor, sector, "attribution.addressed_body")

    def addressed_legislature(self, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "Bush mengimbau Kongres untuk mendukung rencananya", "Blair asked parliament to back the
        deployment": a bare legislature (grammar `addressee_bodies`, sector LEG) asked as the request
        verb's direct object is the requester's own — a leader asks his own parliament; a government
        or the police so asked may be the host's ("urged the government to hold elections")."""
        tokens, code = view.sentence.tokens, actor.mentions[0].entity.code
        at = match.first + 1
        while at < len(tokens) and tokens[at].lower in self.attributor.determiners:
            at += 1
        if at >= len(tokens) or self.addressee_bodies.get(tokens[at].lower) != "LEG":
            return None
        group = view.group_at.get(at)
        if group is not None and (group.codes() - {code} and not implied(group)):
            return None  # "urged the Iraqi parliament": named, its own state
        if at + 1 < len(tokens) and (at + 1) in view.group_at and view.group_at[at + 1] is not group:
            return None  # "meminta parlemen Eropa": a body of another name
        return home_party(actor, "LEG", "attribution.addressed_body")

    def threatened_party(self, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "Turkey warned that it could still block Sweden's NATO membership", "Turki memperingatkan
        bisa memblokir keanggotaan Swedia": the first named party other than the threatener in the
        threatened act's clause (up to a clause break) is the one threatened."""
        tokens = view.sentence.tokens
        for at in range(match.last, min(len(tokens), match.last + THREAT_REACH)):
            if tokens[at].lower in self.clause_ends or tokens[at].text in (",", ";", ":"):
                return None
            group = self.named_other(view, at, actor)
            if group is not None:
                return group
        return None

    @staticmethod
    def named_other(view: SentenceView, at: int, actor: Group) -> Group | None:
        """The party named from token `at` on, when the text names it and it is not the actor's side."""
        group = view.group_at.get(at)
        if group is not None and group.first == at and not implied(group) and not group.codes() & actor.codes():
            return group
        return None

    def reacted_to(self, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "Russia vowed to take retaliatory steps after Finland announced it would join NATO",
        "Rusia mengancam membalas setelah Finlandia mengumumkan …": with no party named in the main
        clause, the one whose act a threat or protest answers (grammar `reaction_markers`) is its aim."""
        tokens = view.sentence.tokens
        for at in range(match.last, min(len(tokens), match.last + THREAT_REACH)):
            if tokens[at].lower not in self.reaction_markers:
                continue
            at += 1
            while at < len(tokens) and tokens[at].lower in self.attributor.determiners:
                at += 1
            return self.named_other(view, at, actor)
        return None

    def referred_decision(self, view: SentenceView, match: TriggerMatch) -> str | None:
        """The kind of decision noun a reaction's object points back at with a demonstrative or a
        definite article (grammar `court_ruling_nouns`, `charge_nouns`, `reacted_decision_nouns`): "welcomed the
        ruling", "condemned this decision", "menyambut baik putusan tersebut", "mengecam keputusan
        itu" — not one naming its own doer or content ("the decision by Iran", "the decision to …")."""
        tokens = view.sentence.tokens
        start = match.positions[0] + 1
        for k in range(start, min(len(tokens), match.last + REACTED_DECISION_REACH)):
            word = tokens[k].lower
            kind = next((name for name, nouns in self.decision_kinds if word in nouns), None)
            if kind is None:
                continue
            before = tokens[k - 1].lower
            after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
            if after in self.mention_after:
                return kind
            own = after in self.own_party_preps or after in self.purpose_markers
            pointed = before in self.mention_before or before in self.mention_definite
            return kind if pointed and not own else None
        return None

    def decision_doer(self, coded: CodedArticle, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "A federal judge blocked the travel ban. Attorney General Chin welcomed the ruling",
        "Hakim memblokir kebijakan itu. Jaksa Agung Chin menyambut baik putusan tersebut": a reaction
        to a decision met again (referred_decision) is aimed at whoever made it — the doer of the last
        act of its kind told in the sentences just before (a ruling: a court's act or a sentence; a
        charge: an accusation; any other decision: the last act that is no words on acts — a fellow's
        criticism decides nothing), other than the reacting party."""
        kind = self.referred_decision(view, match)
        if kind is None or (kind == "charge" and match.trigger.event == "REJECT"):
            return None  # a denial of "the charges" answers its accuser (answer_accusers)
        sentence = view.sentence
        first = max(coded.story_start(sentence.index), sentence.index - REACTED_DECISION_SENTENCES)
        floor = coded.sentences[first].start
        parties = {(m.entity.code, m.entity.sector, m.entity.name) for m in actor.mentions}

        def fits(e: Event) -> bool:
            if not floor <= e.start < sentence.start or not e.actor:
                return False
            if {(x.code, x.sector, x.name) for x in e.actor} & parties:
                return False
            if kind == "ruling":
                return e.event == "SANCTION" or any(x.sector == "JUD" for x in e.actor)
            if kind == "charge":
                return e.event == "ACCUSE"
            return e.event not in WORDS_ON_ACTS  # "Canada called the move a mistake. NZ regrets the decision"

        done = [e for e in coded.events if fits(e)]
        if not done:
            return None
        anchor = sentence.tokens[0]
        return Group([context_mention(entity, anchor, "coref.earlier_decision") for entity in done[-1].actor])

    def unaimed_object(self, view: SentenceView, match: TriggerMatch) -> bool:
        """ "Kemlu RI menyatakan keprihatinan mendalam atas meningkatnya kekerasan di Timur Tengah",
        "mengecam segala bentuk kekerasan", "menyerukan perdamaian", "called for peace": the act's object,
        within a few lower-case words after the trigger, is a state of affairs or hearsay naming no party
        (grammar `unaimed_objects`) — told with no doer, the act is aimed at no one, not at the actor's
        own state (at_home). A name, a punctuation mark or a stop word (`unaimed_object_stops`: "agar",
        "to") before it ends the object."""
        tokens = view.sentence.tokens
        # from the trigger's second word ("menyerukan perdamaian" names its object itself) on; a stop word
        # inside the trigger too ends it: "imbauan agar masyarakat tidak resah dengan beredarnya kabar"
        for k in range(match.positions[0] + 1, min(len(tokens), match.positions[-1] + 1 + UNAIMED_REACH)):
            text = tokens[k].text
            if not text[:1].isalnum() or text[:1].isupper() or tokens[k].lower in self.unaimed_object_stops:
                return False
            if tokens[k].lower in self.unaimed_objects:
                return True
        return False

    def commented_on(self, view: SentenceView, actor: Group) -> Group | None:
        """ "'This is extremely regrettable,' Kishida said of China's ban", "kata Peskov menanggapi
        rencana Uni Eropa": the party named with the act after a comment marker (grammar
        `comment_markers`), before any place preposition ("the strike on Kyiv" names where), other
        than the speaker's side, is the one the verdict is aimed at."""
        tokens = view.sentence.tokens
        lowers = [t.lower for t in tokens]
        for marker in self.comment_markers:
            for start in range(len(lowers) - len(marker) + 1):
                if tuple(lowers[start : start + len(marker)]) != marker:
                    continue
                at = start + len(marker)
                while at < len(tokens) and lowers[at] in self.attributor.determiners:
                    at += 1
                for offset in range(at, min(len(tokens), at + COMMENT_REACH)):
                    if lowers[offset] in self.attributor.locative or not tokens[offset].text[:1].isalnum():
                        break
                    party = self.named_other(view, offset, actor)
                    if party is not None:
                        return party
        return None

    def wronged_named(self, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "King Philippe expressed his deepest regrets for the wounds of the colonial past in Congo",
        "Macron mengakui tanggung jawab Prancis dalam genosida Rwanda": an apology, regret or
        compensation whose words name another state's party is made to it, not to the actor's own."""
        for group in view.groups:
            if group.first < match.last or implied(group) or group.codes() & actor.codes():
                continue
            if all(is_state(code) for code in group.codes()):
                return group
        return None

    def handed_to(self, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "Thailand refused to extradite the activist to Vietnam", "Thailand menolak mengekstradisi
        aktivis itu ke Vietnam": the state a person is extradited or deported to (grammar
        `handover_words`, `handover_to`) is the party the act is aimed at, not the one handed over."""
        tokens = view.sentence.tokens
        reach = range(match.first, min(len(tokens), match.last + HANDOVER_REACH))
        words = [i for i in reach if tokens[i].lower in self.handover_words]
        goals = self.handover_to
        if not words and match.trigger.event == "RETREAT":
            words, goals = self.ceded_at(tokens, match), self.cession_to
        if not words:
            return None
        for group in view.groups:
            at = group.first - 1
            while at > 0 and tokens[at].lower in self.attributor.determiners:  # "to the United States"
                at -= 1
            before = tokens[at].lower if at >= 0 else ""
            near = words[0] < group.first <= words[0] + HANDOVER_REACH + 2
            if near and before in goals and statelike(group) and not group.codes() & actor.codes():
                return group
        return None

    def surrendered_to(self, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
        """ "Seven rebels surrendered to the police", "12 anggota kelompok bersenjata menyerahkan diri
        kepada aparat keamanan": a surrender (grammar `surrender_words`) is aimed at the state, its
        government or its forces named right after the preposition (`cession_to`), even the fighters'
        own state; a place or a crowd there is not given in to."""
        tokens = view.sentence.tokens
        if not any(tokens[i].lower in self.surrender_words for i in range(match.first, match.last)):
            return None
        for group in view.groups:
            at = group.first - 1
            while at >= match.last and tokens[at].lower in self.attributor.determiners:  # "to the police"
                at -= 1
            if at == match.last and tokens[at].lower in self.cession_to and group is not actor and state_force(group):
                return group
        return None

    def ceded_at(self, tokens, match: TriggerMatch) -> list[int]:
        """ "Portugal returned control of Macau to China", "Inggris menyerahkan kedaulatan atas Hong
        Kong kepada China": a withdrawal or release told with a verb of handing over or giving back
        (grammar `cession_words`) is aimed at the state it goes to (`cession_to`), not at the territory
        or the people handed over; the trigger's own verb counts, not one further on."""
        return [i for i in range(match.first, match.last) if tokens[i].lower in self.cession_words]

    def restraint_promised(self, sentence: Sentence, match: TriggerMatch, modality: Modality) -> bool:
        """Whether the negation found is the content of a promise of restraint ("agreed not to
        target civilians", "vowed never to attack", "berjanji tidak akan membalas"), not a negation
        of the promise ("did not pledge to …")."""
        if modality.cue_start <= sentence.tokens[match.first].start:
            return False
        if "modality.promised_restraint" in match.rules:
            return True
        vowed = match.trigger.event == "THREATEN" and sentence.tokens[match.first].lower in self.promise_verbs
        if vowed:
            # an entry for a vow of harm, its act negated: "Pakistan vowed never to attack India first"
            harm = "ASSAULT" if match.trigger.mode == "violence" else ""
            match.trigger = promised_restraint(match.trigger, harm)
            match.rules.append("modality.promised_restraint")
        return vowed

    def scheduled(self, modality: Modality) -> bool:
        """ "dijadwalkan bertemu dengan Emir Qatar", "is due in New Delhi for talks": a meeting on the
        calendar is an agreement to meet; "persiapan bagi kunjungan Putin" is not yet one."""
        return modality.outcome == "anticipated" and modality.cue.lower() in self.schedule_cues

    def code_demand(self, coded, view: SentenceView, match: TriggerMatch, modality: Modality, dates, places, credit):
        roles = self.attributor.run(view, match)
        speaker = view.frame_for(match.first).speaker
        if roles.actor is None or roles.actor is speaker:
            return self.drop(coded, view.sentence, match, "obligation", modality.cue)
        demand = Roles(actor=speaker, recipient=roles.actor, speaker=speaker, rules=[*roles.rules, "modality.demand"])
        record = self.build(coded, view, match, "REQUEST", "change", "10", demand, modality, dates, places, credit)
        record.rules = list(dict.fromkeys([match.trigger.id, *demand.rules, *record.rules]))
        self.keep(coded, view.sentence, match, record)
        return None

    def code_stated_duties(self, coded, view: SentenceView, matches: list[TriggerMatch], dates, places, credit) -> None:
        """ "Israel must stop the settlements, the Egyptian minister said", "Pemerintah China harus
        menghormati kedaulatan kami, kata Menlu Filipina": a speaker who says another named party must
        do something (grammar `demand_modals`) demands it of that party (REQUEST, CAMEO 10) — also when
        no event word follows the modal (one that does is read by code_demand)."""
        for modal in range(1, len(view.sentence.tokens) - 1):
            found = self.stated_duty(view, matches, modal)
            if found is None:
                continue
            subject, speaker, verb = found
            match = TriggerMatch(self.duty_trigger, [modal, verb])
            modality = self.modality.run(view.sentence, match)
            if modality.outcome != "asserted":
                self.drop(coded, view.sentence, match, modality.outcome, modality.cue)
                continue
            demand = Roles(actor=speaker, recipient=subject, speaker=speaker, rules=["modality.stated_duty"])
            record = self.build(coded, view, match, "REQUEST", "", "100", demand, modality, dates, places, credit)
            record.rules = list(dict.fromkeys([*demand.rules, *record.rules]))
            self.keep(coded, view.sentence, match, record)

    def stated_duty(self, view: SentenceView, matches: list[TriggerMatch], modal: int):
        """The party that must act, the speaker who says so and the verb of the duty, when the word at
        `modal` states another party's duty: a named party right before the modal ("the government
        should hold an inquiry"), an active verb after it (not "must be cornered", "harus diberi", nor
        "should have acted"), a named speaker who is not that party nor on its side, and no event word
        in the duty (code_demand reads "Israel must end the occupation")."""
        tokens = view.sentence.tokens
        if tokens[modal].lower not in self.demand_modals:
            return None
        subject = view.group_at.get(modal - 1)
        frame = view.frame_for(modal)
        if subject is None or subject.last != modal or frame is None or frame.speaker is subject:
            return None
        verb = modal + 1
        while verb < len(tokens) and tokens[verb].lower in self.duty_fillers:
            verb += 1
        if verb >= len(tokens) or verb in view.group_at or not tokens[verb].text.isalpha():
            return None
        # "must be cornered", "harus diberi": a passive makes the subject the one acted on
        if tokens[verb].lower in self.passive_helpers or self.attributor.passive_form(tokens[verb]):
            return None
        if any(modal <= m.last and m.first <= verb + DUTY_REACH for m in matches):
            return None
        if self.first_person_subject(subject) or unnamed_people(subject) or same_branch(subject, frame.speaker):
            return None
        if not self.party_speaking(frame):
            return None
        return subject, frame.speaker, verb

    @staticmethod
    def party_speaking(frame) -> bool:
        """A party to the story says it, named next to its speech verb ("…, the Egyptian minister said",
        "kata Menlu Filipina"): not an analyst, a reporter or a bystander ("menurut pengamat", "ujar
        peneliti"), nor a name further off that the verb only seems to govern."""
        speaker = frame.speaker
        if any(m.entity.sector in BYSTANDERS | PRIVATE_SECTORS for m in speaker.mentions):
            return False
        return speaker.last == frame.verb or 0 < speaker.first - frame.verb <= SPEAKER_GAP

    @staticmethod
    def first_person_subject(group: Group) -> bool:
        """ "We must act", "Kami harus bertindak": the speaker's own side's duty, no demand on another."""
        return any("coref.first_person" in m.rules for m in group.mentions)

    def object_end(self, view: SentenceView, match: TriggerMatch) -> int:
        """Where a long object's owner may be named up to: its first purpose marker or prefixed verb
        ("rencana pemerintah | untuk mengirim prajurit ke Irak"), else the match's end."""
        tokens = view.sentence.tokens
        prefixes = self.triggers.verbs.prefixes
        for k in range(match.first + 1, match.last):
            word = tokens[k]
            if k in view.group_at:  # a name that starts so ("Menteri …") is no verb
                continue
            if word.lower in self.purpose_markers or (len(word.lemmas) > 1 and word.lower.startswith(prefixes)):
                return k
        return match.last

    def own_government_judged(self, view: SentenceView, match: TriggerMatch, actor: Group | None) -> Group | None:
        """ "Ia menyebut rencana pemerintah untuk mengirim prajurit ke Irak sebagai kekeliruan": a bare
        government word in a long object judged is the speaker's own government."""
        tokens = view.sentence.tokens[match.first + 1 : self.object_end(view, match)]
        if actor is None or not any(t.lower in self.own_government_words for t in tokens):
            return None
        return home_government(actor)

    def owner_judged(self, view: SentenceView, match: TriggerMatch, recipient: Group | None) -> bool:
        """Whether a verdict reached over a long object names the object's owner: "menilai langkah
        Jepang menambah anggaran sebagai provokasi" judges Japan; in "menyebut rencana pemerintah
        untuk mengirim prajurit ke Irak sebagai kekeliruan" Iraq is where the troops go, a party after
        the purpose marker or a prefixed verb inside the object, not the one judged. One named after
        the verdict is its doer: "described the shelling as a deliberate provocation by Russia"."""
        if recipient is None:
            return False
        return recipient.first < self.object_end(view, match) or recipient.first >= match.last

    def failure_verdict(self, match: TriggerMatch) -> bool:
        """A verdict worded with a word that is otherwise a negator ("gagal", "failed")."""
        words = {bare(w) for item in match.trigger.items if isinstance(item, frozenset) for w in item}  # "=gagal" too
        return bool(words & self.modality.negators)

    def fall_back(self, coded: CodedArticle, view: SentenceView, match: TriggerMatch, reason: str, *where) -> None:
        """Leave the words of an entry for one kind of actor to the next entry that matched them."""
        self.drop(coded, view.sentence, match, reason)
        fallback, *rest = match.alternatives
        fallback.alternatives = rest
        host = match.fallback_folded_into
        if host is not None:
            # "… melawan pihak yang menyerang Tokyo" after a bombing: the general reading retells the act
            return self.drop(coded, view.sentence, fallback, "governed", f"part of {host.trigger.id}")
        return self.code_match(coded, view, fallback, *where)

    def private_person(self, view: SentenceView, actor: Group | None) -> bool:
        """One unnamed civilian or businessman, introduced as such: "A Pakistani cricketer criticised
        …", "Seorang pengusaha asal Singapura menyumbangkan …" (grammar `one_person`); not a named
        person or body, nor "a Malaysian official"."""
        if actor is None or len(actor.mentions) != 1:
            return False
        mention = actor.mentions[0]
        if titled_private_person(mention):
            return True
        if actor.first == 0:
            return False
        before = view.sentence.tokens[actor.first - 1].lower
        return (
            before in self.one_person
            and mention.kind in ("demonym", "country", "implied", "sector")
            and mention.entity.sector in PRIVATE_SECTORS
        )

    def place_seized(self, view: SentenceView, match: TriggerMatch, roles: Roles, places: list):
        """The place an armed force seizes when a seizing verb's object is a place the gazetteer knows,
        named right after it: "M23 rebels seized Goma", "troops captured Avdiivka" (not "captured two
        soldiers", "seized the weapons", "raided Jenin")."""
        sentence = view.sentence
        if match.last - match.first != 1 or sentence.tokens[match.first].lower not in self.seizing_verbs:
            return None
        if roles.actor is None or not {m.entity.sector for m in roles.actor.mentions} & ARMED_FORCES:
            return None
        if match.last >= len(sentence.tokens):
            return None
        # the token right after the verb, however many spaces or a line break stand between
        after = sentence.tokens[match.last].start - sentence.start
        return next((p for p in places if p.country_code and p.start == after), None)

    def sides_of_a_fight(self, view: SentenceView, match: TriggerMatch, roles: Roles) -> bool:
        """Whether the parties are the two sides of a fight both of them wage: a word of two-sided
        fighting with two parties named as its subject or one named after it — "coca farmers and
        students clashed", "petani terlibat bentrok dengan pemuda" (not "70 civilians were hurt in
        clashes", where the one party named is who the fighting hurt, nor "protesters clashed with
        police", a riot)."""
        tokens = view.sentence.tokens
        if not any(tokens[i].lower in self.two_sided_fights for i in match.positions):
            return False
        if roles.actor is None:
            return False
        # a crowd clashing with the police riots (PROTEST); private groups fight one another
        partner = roles.recipient is not None and all(m.entity.sector in BYSTANDERS for m in roles.recipient.mentions)
        return len(roles.actor.mentions) > 1 or partner or self.other_side_named(view, match, roles.actor)

    def other_side_named(self, view: SentenceView, match: TriggerMatch, actor: Group) -> bool:
        """A second civilian group the fight word's own phrase names beside its civilian subject, that
        role-finding left out: joined to the subject over its modifiers ("coca farmers and middle class
        youths clashed") or after "with"/"dengan" right after the word ("para petani coca terlibat
        bentrok dengan sejumlah pemuda"; grammar fight_partner_preps). Not "70 civilians were hurt in
        clashes with police" (the police are no bystanders: a riot) nor "clashes in the town"."""
        tokens = view.sentence.tokens

        def civilian(group: Group) -> bool:
            unnamed = all(m.entity.sector in BYSTANDERS and m.kind == "implied" for m in group.mentions)
            return group is not actor and unnamed

        fight = max(i for i in match.positions if tokens[i].lower in self.two_sided_fights)
        for group in view.groups:
            if not civilian(group):
                continue
            if group.last <= actor.first:
                between = tokens[group.last : actor.first]
                if (
                    between
                    and len(between) <= 3
                    and between[0].lower in self.coordinators
                    and all(t.text.isalpha() and t.text.islower() for t in between[1:])
                ):
                    return True
            elif group.first > fight:
                # the word may end the match: "tewas ketika para nelayan terlibat bentrok dengan"
                between = tokens[fight + 1 : group.first]
                if (
                    between
                    and len(between) <= 3
                    and between[0].lower in self.fight_partner_preps
                    and all(t.text.isalpha() and t.text.islower() for t in between[1:])
                ):
                    return True
        return False

    def civilian_doer(self, view: SentenceView, match: TriggerMatch, roles: Roles) -> Group | None:
        """The victim, when an unnamed civilian is the active subject of a violent act on a party named
        as its object: "a 15-year-old freshman shot and killed two students", "Seorang pemuda membacok
        dua warga" — the subject right before the verb, the victim right after it (or after one
        number word). Not "70 civilians were injured in clashes" (passive, victims), "rioters had set
        cars ablaze" (no party hurt), "a bus carrying 40 passengers crashed …, killing the driver"
        (the passengers do not stand right before the verb)."""
        actor, tokens = roles.actor, view.sentence.tokens
        if actor is None or "attribution.passive" in roles.rules or actor.last != match.first:
            return None
        if not (implied(actor) and all(m.entity.sector in BYSTANDERS for m in actor.mentions)):
            return None  # only a doer the bystander rule would drop
        for group in view.groups:
            if group is actor or not 0 <= group.first - match.last <= 1:
                continue
            if any(not t.text.isalnum() for t in tokens[match.last : group.first]):
                continue  # "…, killing the driver": no comma between the act and its victim
            if all(m.kind not in ("context", "place") for m in group.mentions):
                return group
        return None

    @staticmethod
    def missing_roles(event: str, roles: Roles, trigger: Trigger, sides: bool = False) -> str:
        if roles.actor is None:
            return "no actor"
        # an entry for one kind of actor is first of all not this one's: its general entry may still
        # be ("protesters stormed the parliament": no armed assault, but a riot)
        if trigger.actor_sector and not acting_sectors(roles.actor) & set(trigger.actor_sector):
            return "actor sector"
        if trigger.recipient_sector and not (
            figure_sectors(roles.actor) & set(trigger.actor_sector)
            and figure_sectors(roles.recipient) & set(trigger.recipient_sector)
        ):
            # "the opposition party attacked the president" is words; "attacked the police station",
            # "menyerang Tokyo" (a capital stands for its government but is also the city) are not
            return "actor sector"
        if (
            event in MATERIAL_CONFLICT
            and implied(roles.actor)
            and all(m.entity.sector in BYSTANDERS for m in roles.actor.mentions)
            and "attribution.between" not in roles.rules
            and not sides
        ):
            # "70 civilians injured during clashes": unnamed civilians, patients, pupils, reporters
            # are who violence is done to; as its doer they need a name — unless they are the two
            # sides named after "between": "clashes between coca farmers and students", or as the
            # subject or partner of a two-sided fight: "farmers and students clashed" (sides_of_a_fight)
            return "bystander actor"
        if event in COMMERCE and between_companies(roles):
            return "business between companies"
        if event in BUSINESS_DEEDS and company_alone(roles):
            return "business of a company alone"
        if event in PEOPLES_WORDS and private_people_alone(roles):
            return "private people to no one"
        if event == "SUPPORT" and backing_their_own(roles):
            # "2,000 Hamas supporters rallied in support of Hamas leaders": backers rallying behind the
            # side they back is what makes them its backers, not support given across to another party
            return "backers of the recipient"
        needs = plover_types()[event].get("needs_recipient")
        if needs and roles.recipient is None and len(roles.actor.codes()) < 2:  # two actors act on each other
            return "no recipient"
        return ""

    @staticmethod
    def keep(coded: CodedArticle, sentence: Sentence, match: TriggerMatch, record: Event) -> None:
        """A coded event, and its candidate's outcome for `warta explain`."""
        coded.events.append(record)
        start, end = match_offsets(sentence, match)
        candidate = Candidate(
            sentence, match.trigger.id, record.event, record.event_text, start, end, "coded", record.id
        )
        coded.candidates.append(candidate)

    def drop(self, coded: CodedArticle, sentence: Sentence, match: TriggerMatch, reason: str, detail: str = "") -> None:
        text = trigger_text(sentence, match)
        start, end = match_offsets(sentence, match)
        coded.candidates.append(
            Candidate(sentence, match.trigger.id, match.trigger.event, text, start, end, reason, detail)
        )

    def build(
        self, coded, view, match, event, mode, cameo, roles: Roles, modality: Modality, dates, places, credit
    ) -> Event:
        sentence, article = view.sentence, coded.article
        start, end = match_offsets(sentence, match)
        trigger = (start - sentence.start, end - sentence.start)
        own = own_dates(sentence.text, dates, trigger, self.relative, coded.lang, article.pub_date or "")
        own = self.counted_days(coded, sentence, [self.since_onset(sentence, d) for d in own])
        date = self.year_then(coded, sentence, nearest(own, start - sentence.start))
        then = self.time_referred(coded, sentence) if date is None else None
        place = nearest(places, start - sentence.start)
        spans = [Span("trigger", start, end, trigger_text(sentence, match))]
        spans += group_spans("actor", roles.actor, sentence) + group_spans("recipient", roles.recipient, sentence)
        if date is not None:
            spans.append(Span("date", sentence.start + date.start, sentence.start + date.end, date.text))
        if modality.hedged:
            spans.append(Span("modality", start, end, "hedged"))
        actor, actor_text = entities(roles.actor, state_actor_sector(event, mode, cameo))
        recipient, recipient_text = entities(roles.recipient, state_recipient_sector(event))
        # the audit trail says when a sector was read off the event, not the words ("China" GOV)
        implied = [STATE_SECTOR_RULE] if any(implied_sector(e, roles) for e in actor + recipient) else []
        reported_by = self.reported_by(sentence, roles, credit)
        record = Event(
            id="",
            date=date.value if date is not None else (then or coded.day_told(sentence.index) or article.pub_date or ""),
            event=event,
            mode=mode,
            context=list(match.trigger.context),
            actor=actor,
            recipient=recipient,
            actor_text=actor_text,
            recipient_text=recipient_text,
            cameo=cameo,
            quad_code=int(plover_types()[event]["quad"]),
            event_scale=event_scale(event, mode),
            hedged=modality.hedged,
            event_text=trigger_text(sentence, match),
            event_loc=to_place(place, sentence),
            doc=article.id,
            line=sentence.line,
            start=sentence.start,
            end=sentence.end,
            sentence=sentence.text,
            spans=spans,
            rules=implied,
            publication=article.outlet,
            reported_by=reported_by,
            language=coded.lang,
            pub_date=article.pub_date,
        )
        record.id = event_id(record)
        return record

    def time_referred(self, coded: CodedArticle, sentence: Sentence) -> str | None:
        """The time a phrase pointing back names: "Pada 2012, Rusia ikut campur. Saat itu, Duta Besar AS
        menolak …", "In 2012 Russia meddled. At the time, the US envoy rejected …" — the rejection is of
        2012, the time the story named last; "pada tahun yang sama", "the same year" keep its year,
        "di bulan yang sama", "that month" its month (grammar then_phrases, then_year_phrases,
        then_month_phrases)."""
        named = coded.time_named
        if named is None or named[0] != coded.story_start(sentence.index):
            return None
        # at the clause's opening only: "Yasonna, yang saat itu menjabat menteri, mengatakan …", "X,
        # who was minister at the time, said …" tell of a past office, not of when the act was done
        words = " " + " ".join(t.lower for t in sentence.tokens[:THEN_OPENING + 4]) + " "
        opening = len(" " + " ".join(t.lower for t in sentence.tokens[:THEN_OPENING]))
        for key, width in (("then_year_phrases", 4), ("then_month_phrases", 7), ("then_phrases", None)):
            if any(0 <= words.find(f" {phrase} ") <= opening for phrase in self.then_phrases[key]):
                value = named[1]
                if width is not None and "/" not in value and len(value) >= width:
                    return value[:width]
                return value if width is None else None
        return None

    def since_onset(self, sentence: Sentence, found: DateExpr) -> DateExpr:
        """A "since" span whose clause says the act began then dates the act at that time: "Pencegahan
        itu mulai berlaku sejak 3 Maret", "KPK menetapkan Budi sebagai tersangka sejak Mei 2015", "the
        ban, effective since March 3" — a state that lasts ("ditahan sejak", "held since") keeps the span
        up to publication (grammar since_onsets, looked for in the clause before "since")."""
        if found.kind != "range" or not found.since:
            return found
        opened = max(sentence.text.rfind(mark, 0, found.start) for mark in (",", ";", "."))
        clause = " " + " ".join(SINCE_WORD.findall(sentence.text[opened + 1 : found.start].lower())) + " "
        if any(f" {onset} " in clause for onset in self.since_onsets):
            return dataclasses.replace(found, value=found.since, kind="since")
        return found

    def counted_days(self, coded: CodedArticle, sentence: Sentence, own: list) -> list:
        """Days counted from the day the story told: "Budi ditangkap Senin (3/4). Sehari kemudian, polisi
        menggeledah rumahnya", "… on May 3. The next day, police searched his house" — the search is of May
        4, not the day after publication; "sehari sebelumnya", "the day before" count back. A day the
        sentence names before the phrase is the one counted from ("ditangkap 3 Mei dan dibebaskan keesokan
        harinya"); else the latest day the story named (grammar story_day_offsets)."""
        if not self.story_day_offsets:
            return own
        lowered = sentence.text.lower()
        named = coded.time_named
        told = named[1] if named is not None and named[0] == coded.story_start(sentence.index) else ""
        out = list(own)
        for phrase, days in self.story_day_offsets.items():
            for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered):
                before = [d for d in own if d.end <= m.start() and d.kind in ("absolute", "weekday")]
                before = [d for d in before if len(d.value) == 10]
                base = parse_date(before[-1].value if before else told)
                if base is None:
                    continue
                value = (base + dt.timedelta(days=days)).isoformat()
                out = [d for d in out if d.end <= m.start() or d.start >= m.end()]
                out.append(DateExpr(m.start(), m.end(), sentence.text[m.start() : m.end()], value, "story"))
        return out

    def year_then(self, coded: CodedArticle, sentence: Sentence, found):
        """A day or month named without its year in a sentence pointing back to the time the story named
        ("saat itu", "at the time") is of that time's year: "Iriawan, yang saat itu menjabat direktur,
        menetapkan Antasari sebagai tersangka pada 4 Mei" after the story named 2009 is 4 May 2009."""
        named = coded.time_named
        if found is None or found.kind not in ("absolute", "month") or YEAR_WORD.search(found.text):
            return found
        if named is None or named[0] != coded.story_start(sentence.index) or "/" in named[1]:
            return found
        lowered = " " + " ".join(t.lower for t in sentence.tokens) + " "
        if not any(f" {phrase} " in lowered for phrase in self.then_phrases["then_phrases"]):
            return found
        year = named[1][:4]
        if year >= found.value[:4]:
            return found
        value = year + found.value[4:]
        if len(value) == 10 and parse_date(value) is None:  # 29 February of a common year
            return found
        return dataclasses.replace(found, value=value)

    def reported_by(self, sentence: Sentence, roles: Roles, credit: str | None) -> str | None:
        """The body the text attributes the report to: a speaker other than the actor, an agency or
        think tank the sentence names ("…, kata CSIS"), else the article's wire credit."""
        speaker = roles.speaker
        if speaker is not None and speaker is not roles.actor:
            mention = speaker.mentions[0]
            return mention.entity.name or mention.text
        named = [self.sources[t.lower] for t in sentence.tokens if t.lower in self.sources and t.text[:1].isupper()]
        return named[-1] if named else credit


def place_in_clause(view: SentenceView, match: TriggerMatch, places: list, place_nouns: frozenset[str]) -> Group | None:
    """The first place after the trigger with no comma or other clause mark between (see
    CLAUSE_PLACE_TARGETS). A state's waters or territory ("masuk ke perairan Iran", "entered Iranian
    waters") are where someone else acted against it: no target of the charge."""
    sentence = view.sentence
    end = sentence.tokens[match.last - 1].end - sentence.start
    for place in places:
        if not place.country_code or not 0 <= place.start - end <= CLAUSE_PLACE_REACH:
            continue
        if set(sentence.text[end : place.start]) & CLAUSE_PUNCTUATION:
            return None
        near = [
            t.lower
            for t in sentence.tokens
            if t.end - sentence.start == place.start - 1 or t.start - sentence.start == place.end + 1
        ]
        return None if set(near) & place_nouns else place_party(view, place)
    return None


def place_as_party(view: SentenceView, match: TriggerMatch, places: list) -> Group | None:
    """ "shelled the city of Kharkiv" → Ukraine; "tiba di Canberra" → Australia: a place named
    right after the trigger stands for its country as the target or host."""
    sentence = view.sentence
    end = sentence.tokens[match.last - 1].end - sentence.start
    after = [p for p in places if 0 <= p.start - end <= 30 and p.country_code]
    if not after and match.trigger.event in PLACE_TARGETS:
        # "militants in southern Afghanistan abducted …" — but not where the news was told: "Blair
        # told a press conference in Berlin that the Britons … were detained"
        frame = view.frame_for(match.first)
        told = sentence.tokens[frame.scope_start].start - sentence.start if frame else 0
        after = [p for p in places if p.country_code and p.start >= told]
    return place_party(view, after[0]) if after else None


def words_before_place(view: SentenceView, match: TriggerMatch, place) -> set[str]:
    """The words from the trigger's end up to a place the sentence names (lower-cased)."""
    sentence = view.sentence
    return {t.lower for t in sentence.tokens[match.last :] if t.start - sentence.start < place.start}


def left_own_ground(roles: Roles) -> bool:
    """ "Syrian troops withdrew from the town of Saraqeb": forces leaving a place of their own state
    (place.as_party) leave no other party there — the withdrawal has no recipient; "Russian troops
    withdrew from Kherson" leaves Ukraine's."""
    host, side = roles.recipient, roles.actor
    if host is None or side is None or not host.codes():
        return False
    placed = all("place.as_party" in m.rules for m in host.mentions)
    return placed and host.codes() <= side.codes()


def hosted_after_visit(head: TriggerMatch, match: TriggerMatch) -> bool:
    """ "Erdogan arrived … for a state visit and was greeted by President Prabowo": a host's welcome
    after a visit is no retelling folded into it — its host frame says who came and who received,
    which the visit's words alone do not."""
    consults = head.trigger.event == match.trigger.event == "CONSULT"
    return consults and match.trigger.frame == "host" and head.trigger.frame != "host"


@functools.cache
def known_people() -> frozenset[str]:
    """The names of the people the actor lexicon lists (actors/people/*.tsv)."""
    return frozenset(load_people())


def private_traveller(actor: Group | None) -> bool:
    """Whether the one who travels is an unnamed private person or people of a state, said by a trade
    or a demonym only ("the Chinese swimmer", "pendaki Jepang"): civilians, teachers, doctors,
    reporters — not officials, troops, companies or a named person the lexicon knows."""
    if actor is None or len(actor.mentions) != 1:
        return False
    mention = actor.mentions[0]
    return mention.entity.sector in PRIVATE_PEOPLE and mention.kind in ("demonym", "implied", "sector")


def game_score(sentence: Sentence) -> bool:
    """Whether the sentence gives a game's score ("3-3", "7-6", "2–0"): with a word of sport
    (`game_words`) a verb of holding, beating or crushing there tells the result, not an arrest or an
    attack — "Chelsea ditahan Tottenham 3-3 di pertandingan Liga Inggris"."""
    return any(GAME_SCORE.fullmatch(t.text) for t in sentence.tokens)


def titled_private_person(mention: Mention) -> bool:
    """A person the lexicon does not know, named after a civilian's trade: "Geologis Belanda Jean Dozy
    mengunjungi Indonesia", "Dutch painter Jan Smit visited Jakarta" — a private person (CVL), whatever
    the nationality before the name; a person the lexicon knows keeps his office."""
    if mention.entity.sector != "CVL" or any(rule.startswith("actors.person.") for rule in mention.rules):
        return False
    # Only where the trade and the name are written together: a later "Dozy" or "dia" is left alone, as
    # the domestic news the guide codes names its private persons so too; and a trade with no nationality
    # ("Para tetua Hawiya bertemu …", the scene's state implied) is a group the guide may code.
    return mention.kind == "person" and mention.entity.name not in known_people()


def trip_at_home(view: SentenceView, match: TriggerMatch, roles: Roles) -> bool:
    """ "Presiden Jokowi melakukan kunjungan kerja ke Merauke", "the minister visited a rice estate in
    Merauke": a visit whose only host is a place of the visitor's own country (place.as_party), with
    no party named between the visit and the place, meets no one — a trip at home, no consultation.
    People visited there still are met: "Gubernur mengunjungi korban banjir di Kabupaten Garut"."""
    host, guest = roles.recipient, roles.actor
    if host is None or guest is None or not host.codes():
        return False
    placed = all("place.as_party" in m.rules for m in host.mentions)
    if not placed or not host.codes() <= guest.codes():
        return False
    where = min(m.first for m in host.mentions)
    return not any(match.last <= g.first < where for g in view.groups if g is not guest)


def place_party(view: SentenceView, place) -> Group:
    """A place standing for its country as a party."""
    sentence = view.sentence
    first = next(i for i, t in enumerate(sentence.tokens) if t.end - sentence.start > place.start)
    entity = Entity(place.country_code, "", place.name)
    mention = Mention(
        first,
        first + 1,
        entity,
        "place",
        place.text,
        sentence.start + place.start,
        sentence.start + place.end,
        ["place.as_party"],
    )
    return Group([mention])


def only_the_scene(roles: Roles, settings: list[str]) -> bool:
    """A joint actor's recipient named only by a place the sentence is set in, a state that is
    none of the actor's: "Iranian and Saudi officials held talks in Beijing" (China is the scene)."""
    actor, recipient = roles.actor, roles.recipient
    if actor is None or recipient is None or not joint(actor) or not recipient.codes():
        return False
    placed = all(m.kind in ("place", "capital") for m in recipient.mentions)
    return placed and recipient.codes() <= set(settings) and not recipient.codes() & actor.codes()


def topic_of_purpose(view: SentenceView, match: TriggerMatch, roles: Roles, markers: frozenset[str]) -> bool:
    """A joint actor's recipient named only after a purpose marker that follows the meeting verb
    ("bertemu untuk membahas …", "met to discuss …"): the topic of the talks, not the other party.
    The marker must open a clause of its own ("talks to Beijing" names a place after "to")."""
    actor, recipient = roles.actor, roles.recipient
    if actor is None or recipient is None or not joint(actor) or actor.last > match.first:
        return False
    if recipient.codes() & actor.codes() or recipient.first <= match.first:
        return False
    tokens = view.sentence.tokens
    return any(tokens[i].lower in markers for i in range(match.first + 1, recipient.first - 1))


def topic_of_discussion(
    view: SentenceView, match: TriggerMatch, roles: Roles, verbs: frozenset[str], partner_preps: frozenset[str]
) -> bool:
    """A joint actor's recipient named as the object of a talking verb (grammar `topic_verbs`) is what
    the two talked about, not a third party: "Saudi and U.S. officials discussed Gaza in a call",
    "Menlu Jepang dan Korsel membahas Korea Utara" — unless a partner preposition ("with", "dengan")
    stands before it ("A and B discussed the plan with Jordan's king")."""
    actor, recipient = roles.actor, roles.recipient
    if actor is None or recipient is None or not joint(actor) or actor.last > match.first:
        return False
    if recipient.codes() & actor.codes() or recipient.first <= match.first:
        return False
    tokens = view.sentence.tokens
    if not any(tokens[i].lower in verbs for i in range(match.first, match.last)):
        return False
    return not any(tokens[i].lower in partner_preps for i in range(match.first, recipient.first))


def split_joint_actors(roles: Roles, hosts: list[str] = ()) -> None:
    """Actor "Jordania dan Israel" with no recipient: Jordan is the actor, Israel the recipient;
    "Iranian forces and Kurdish rebels" (one state, two sides): the forces act on the rebels. A
    meeting set in one of the parties' states is the others' visit to that host: "The foreign
    ministers of Jordan and Israel met in Amman" — Israel → Jordan."""
    mentions = roles.actor.mentions
    codes = {m.entity.code for m in mentions}
    host = next((code for code in hosts if code in codes), None)
    if host is not None and len(codes) > 1:
        roles.actor = Group([m for m in mentions if m.entity.code != host])
        roles.recipient = Group([m for m in mentions if m.entity.code == host])
        roles.rules.append("attribution.host")
        return
    # "clashes between protesters and police": the armed or official side acts, the crowd is acted on
    mentions = sorted(mentions, key=lambda m: m.entity.sector in BYSTANDERS)
    first = mentions[0].entity
    rest = [m for m in mentions if m.entity.code != first.code]
    if not rest and len({m.entity.sector for m in mentions}) > 1:
        # "Sudan and rebel groups agreed to a ceasefire": the state and its rebels are two sides
        rest = [m for m in mentions if m.entity.sector != first.sector]
    if rest:
        roles.actor = Group([m for m in mentions if m not in rest])
        roles.recipient = Group(rest)
        roles.rules.append("attribution.joint")


def split_compatriots(roles: Roles) -> None:
    """A joint subject of two named people of one state and one sector (what split_joint_actors leaves
    unsplit) holding a meeting with each other:
    "Presiden Palestina Mahmoud Abbas dan Perdana Menteri Ismail Haniya mengadakan pertemuan di Gaza",
    "Abbas and Haniya held a meeting" — the first named is the actor, the others its recipient (one
    CONSULT, PSE-GOV → PSE-GOV). A subject naming one party twice ("Abbas and his president") stays."""
    named = [m for m in roles.actor.mentions if m.kind in COMPATRIOT_KINDS]
    if len(named) < 2 or len({m.entity.name for m in named}) < 2 or len(named) < len(roles.actor.mentions):
        return
    first = min(named, key=lambda m: m.first)
    rest = [m for m in named if m.entity.name != first.entity.name]
    roles.actor = Group([m for m in named if m.entity.name == first.entity.name])
    roles.recipient = Group(rest)
    roles.rules.append("attribution.compatriots")


def set_scene(coded: CodedArticle, index: int, memory: ArticleMemory, settings: list[str]) -> None:
    """Records the country a sentence is set in, and whether the text names it (not `home` alone)."""
    coded.scenes.pop(index, None)
    coded.named_scenes.discard(index)
    scene = memory.scene(settings)
    if scene:
        coded.scenes[index] = scene
        if memory.scene_named(settings):
            coded.named_scenes.add(index)


def first_setting(set_in: list[list[str]]) -> str | None:
    """With no dateline, the country of the first place the story's opening sets something in
    stands for it until a place or state is named: "The tussle between the municipal commissioner
    and the advocates … The meeting at the Hubballi Bar Association …" — India's commissioner."""
    reach = len(set_in) if len(set_in) <= SHORT_REPORT else OPENING_SENTENCES
    return next((settings[0] for settings in set_in[:reach] if settings), None)


def home_government(actor: Group) -> Group | None:
    if not is_state(actor.mentions[0].entity.code):
        return None
    return home_party(actor, "GOV", "coref.home_government")


def sides(group: Group) -> set[tuple[str, str]]:
    """The sides a group stands for: a state with its government, forces and capital is one side,
    its civilians, rebels or parties others ("Police warned that protesters could attack …")."""
    return {(m.entity.code, "state" if m.entity.sector in STATE_SIDE else m.entity.sector) for m in group.mentions}


def state_force(group: Group) -> bool:
    """A state, its government or its armed forces or police ("the police", "the Philippine army",
    "aparat keamanan"), implied or named."""
    return statelike(group) or all(m.entity.sector in STATE_FORCES for m in group.mentions)


def statelike(group: Group | None) -> bool:
    """A state or its government named as such (not its people, nor an unnamed crowd): "Hong Kong
    residents protested" names a place's civilians, not the place."""
    return group is not None and all(
        (m.kind in ("country", "capital", "metonym") and m.entity.sector in ("", "GOV"))
        or (m.entity.sector == "GOV" and m.kind != "implied")
        for m in group.mentions
    )


def visitor(roles: Roles) -> bool:
    """Whether a hosting verb's recipient is a guest who came (a person or a state's delegation),
    not a body whose meeting was hosted nor the parties of talks hosted between them."""
    guest = roles.recipient
    if guest is None or roles.actor is None or "attribution.between_recipients" in roles.rules:
        return False
    return not all(m.kind == "body" for m in guest.mentions)


def holds_object(match: TriggerMatch) -> bool:
    """Whether the trigger's words enclose a gap ("named … a suspect", "menetapkan … sebagai tersangka"):
    a verb with its object, not a participle describing someone ("the man accused of shooting")."""
    return match.positions[-1] - match.positions[0] + 1 > len(match.positions)


def same_branch(subject: Group, speaker: Group) -> bool:
    """The same party or one state's same branch ("Israel must defend itself, the Israeli premier
    said"); a legislator on the government, or one state on another, is another party."""
    return bool(branches(subject) & branches(speaker))


def branches(group: Group) -> set[tuple[str, str]]:
    """Each mention's state and sector, a state named alone standing for its government."""
    return {(m.entity.code, m.entity.sector or "GOV") for m in group.mentions}


def unnamed_people(group: Group) -> bool:
    """ "People should vote", "Warga harus waspada": civilians or business named only by a common noun,
    whose duty is a general statement, not a demand on a party."""
    return any(m.kind in ("implied", "sector") and m.entity.sector in PRIVATE_SECTORS for m in group.mentions)


def implied(group: Group) -> bool:
    return all(m.kind == "implied" for m in group.mentions)


def home_scene(coded: CodedArticle, index: int, codes: set[str]) -> bool:
    """Whether the sentence is set in the actor's state: its scene or story says so, or, with no
    place named, the sentence names that state and no other ("Para pemimpin Guinea melanjutkan
    pembicaraan dengan serikat pekerja" in an Indonesian paper, whose home is Indonesia)."""
    if (coded.scenes.get(index) or coded.story_state(index)) in codes:
        return True
    if index in coded.named_scenes:
        return False
    states = {m.entity.code for m in coded.mentions.get(index, []) if is_state(m.entity.code)}
    named = {m.entity.code for m in coded.mentions.get(index, []) if m.kind in ("country", "demonym", "capital")}
    return bool(named) and states <= codes and named <= codes


def drop_echoed_allegations(coded: CodedArticle, first_event: int) -> None:
    """ "Blair said Iran's seizure of 15 sailors was unjustified and wrong": the seizure a speaker tells
    is the charge the speaker's own verdict makes — the sentence's ACCUSE by the same actor of the same
    recipient — not a second accusation (`attribution.allegation`, coder.code_allegation)."""
    events = coded.events[first_event:]

    def dyad(event: Event) -> tuple[frozenset, frozenset]:
        return frozenset(e.code for e in event.actor), frozenset(e.code for e in event.recipient)

    stated = {dyad(e): e for e in events if e.event == "ACCUSE" and "attribution.allegation" not in e.rules}
    echoed = [e for e in events if "attribution.allegation" in e.rules and dyad(e) in stated]
    for event in echoed:
        mark_retold(coded, event, stated[dyad(event)])
    coded.events[first_event:] = [e for e in events if all(e is not x for x in echoed)]


def mark_retold(coded: CodedArticle, event: Event, earlier: Event) -> None:
    """The candidate that coded `event` now says it retells `earlier` (what explain shows)."""
    for candidate in coded.candidates:
        if candidate.detail == event.id and candidate.outcome == "coded":
            candidate.outcome, candidate.detail = "retold", earlier.id


FORCE_ABROAD = frozenset({"ASSAULT", "COERCE"})  # acts of force an army may take to another state's ground


def foreign_scene(coded: CodedArticle, view: SentenceView, event: str, actor: Group) -> Group | None:
    """ "Israeli troops raided Jenin in the West Bank. … the troops shot dead a 17-year-old", "tentara
    menembak mati pemuda …": an army's unaimed attack or seizure in a sentence set (or a story set)
    in another state falls on that state's people, not the army's own state."""
    if event not in FORCE_ABROAD or not all(m.entity.sector == "MIL" for m in actor.mentions):
        return None
    index = view.sentence.index
    scene = coded.scenes.get(index) or coded.story_state(index)
    if not scene or not is_state(scene) or scene in actor.codes():
        return None
    return context_party(view, scene, "", "coref.foreign_scene")


def own_state(actor: Group) -> Group:
    """ "Pasukan pemerintah menyerbu kampung-kampung", "police arrested dozens": an unnamed
    authority acting with no target named acts within its own state."""
    return home_party(actor, "", "coref.own_state")


HOME_BODIES = frozenset({"COP", "JUD", "LEG", "PTY"})  # police, courts, legislatures, parties


def home_body(actor: Group) -> bool:
    """Whether the actor is only a state's police, courts, legislature or parties: bodies that act at home."""
    return all(m.entity.sector in HOME_BODIES and is_state(m.entity.code) for m in actor.mentions)


def stateless_actor(actor: Group) -> bool:
    """ "Rights groups condemned the detentions" in a story set in China: an unnamed international
    rights or aid group (actors.stateless_group, code NGO) has no state of its own to act within —
    what it condemns is the scene's, found as for any other actor, not "NGO"."""
    return all("actors.stateless_group" in m.rules for m in actor.mentions)


def own_people(actor: Group) -> Group:
    """ "Police arrested a man on suspicion of murder", "Yee ditahan 6 pekan", "a court sentenced
    Jan Hilarius": the people a state's authority arrests, sentences or apologises to, unnamed or
    unknown to the lexicon, are its own civilians (CVL), not its government."""
    return home_party(actor, "CVL", "coref.own_state")


def speakers_own(group: Group | None, speaker: Group | None) -> Group | None:
    """ "An Israeli army spokeswoman said troops arrested two militants in the West Bank": forces
    or police the words leave unnamed are the speaking state's own, not the scene's."""
    if group is None or speaker is None or len(group.mentions) != 1:
        return group
    mention, voice = group.mentions[0], speaker.mentions[0].entity
    unnamed = mention.kind == "implied" and "actors.scene" in mention.rules
    if not unnamed or mention.entity.sector not in STATE_FORCES or voice.sector not in STATE_VOICES:
        return group
    if not is_state(voice.code) or voice.code == mention.entity.code:
        return group
    entity = dataclasses.replace(mention.entity, code=voice.code)
    return Group([dataclasses.replace(mention, entity=entity, rules=[*mention.rules, "coref.speakers_forces"])])


def forces(group: Group | None) -> bool:
    """Armed forces of some side: troops, rebels, militias."""
    return group is not None and any(m.entity.sector in ARMED_FORCES for m in group.mentions)


def joint(actor: Group) -> bool:
    """Two or more states act together: "the US and the Philippines"."""
    return len({code for code in actor.codes() if is_state(code)}) >= 2


def at_home(coded: CodedArticle, sentence: Sentence, actor: Group) -> Group | None:
    """The actor's own state as the target, when the sentence is set in it (see AT_HOME)."""
    scene = coded.scenes.get(sentence.index)
    if not scene or not is_state(scene) or scene not in actor.codes():
        return None
    # "Indonesia mengecam serangan itu" in a story that names no place: a state speaking by its
    # name abroad is not aimed at home; "Kapolri mengimbau …" is
    as_state = any(m.kind in ("country", "demonym", "capital") for m in actor.mentions)
    if as_state and sentence.index not in coded.named_scenes:
        return None
    return home_party(actor, "", "coref.at_home")


HARM_AT_PLACE = frozenset({"ASSAULT", "COERCE"})
INQUIRY_SETTING_REACH = 4  # words from "berdasarkan"/"based" to the inquiry: "based on the findings of an inquiry"
WAR_SIDES = frozenset({"MIL", "REB"})  # an army or rebels striking a place may hit the other side's fighters


def people_of_place(recipient: Group, actor: Group | None) -> bool:
    """A place standing for its state as the target (place.as_party), no sector said, of an actor
    that is no army nor rebel force: whom the act falls on is the place's people."""
    placed = all("place.as_party" in m.rules and not m.entity.sector for m in recipient.mentions)
    return placed and actor is not None and not any(m.entity.sector in WAR_SIDES for m in actor.mentions)


def implied_body(view: SentenceView, first: int, end: int, code: str, sector: str, rules: list[str]) -> Group:
    """The body of state `code` that a bare sector term at tokens first…end stands for ("polisi" in a
    story set in Harare: Zimbabwe's police), as one implied mention."""
    tokens = view.sentence.tokens
    start, stop = tokens[first].start, tokens[end - 1].end
    text = view.sentence.text[start - view.sentence.start : stop - view.sentence.start]
    return Group([Mention(first, end, Entity(code, sector, ""), "implied", text, start, stop, rules)])


def continues_body(view: SentenceView, end: int) -> bool:
    """Whether the words after a sector term go on naming it: a party the matcher found ("serangan
    militer AS") or a hyphenated plural ("milisi-milisi")."""
    tokens = view.sentence.tokens
    return end < len(tokens) and (end in view.group_at or tokens[end].text.startswith("-"))


def with_sector(group: Group, sector: str, rule: str) -> Group:
    """The group with every mention put in `sector`, the rule added."""
    return Group(
        [
            dataclasses.replace(m, entity=dataclasses.replace(m.entity, sector=sector), rules=[*m.rules, rule])
            for m in group.mentions
        ]
    )


HOME_GUESSES = frozenset({"coref.own_state", "coref.at_home"})


def sectorless_home(group: Group) -> bool:
    """The actor's own state guessed as the target, with no body of it said (`own_state`, `at_home`)."""
    if len(group.mentions) != 1 or group.mentions[0].kind != "context" or group.mentions[0].entity.sector:
        return False
    return bool(HOME_GUESSES & set(group.mentions[0].rules))


def home_party(actor: Group, sector: str, rule: str) -> Group:
    """The actor's own state (in `sector`) as a context party: no span in the text."""
    mention = actor.mentions[0]
    entity = Entity(mention.entity.code, sector, "")
    return Group([Mention(mention.first, mention.last, entity, "context", "", mention.start, mention.start, [rule])])


def enforcement(event: str, mode: str, trigger: Trigger) -> bool:
    """What police and courts do on the ground: arrests, raids, releases, investigations and charges
    ("polisi telah memeriksa …", "Police also seized …") — not their appeals or worries ("The
    investigators call for further studies", "Polisi mengkhawatirkan hal terburuk")."""
    return event in ENFORCED or mode in ENFORCEMENT_MODES or "legal" in trigger.context


def authority_body(event: str, kind: tuple) -> str | None:
    """The state body that alone performs an act of this mode or trigger context (plover.yaml
    `authority`): an arrest → COP, a charge or a sentence → JUD; None for other acts."""
    bodies = plover_types()[event].get("authority") or {}
    return next((bodies[key] for key in kind if key in bodies), None)


def captive_taking(event: Event) -> bool:
    """An arrest, seizure or abduction of people whose doer and captives the text named: "polisi
    menangkap Haradinaj", "Iran seized 15 British sailors" — not one whose police are the scene's
    guess ("a suspect was arrested") or whose captives are a place or the context's guess."""
    guessed = {"coref.scene_authority", "place.as_party", "coref.context_target"}
    return (
        (event.event, event.mode) in CAPTIVE_TAKING
        and bool(event.actor)
        and bool(event.recipient)
        and not guessed & set(event.rules)
    )


PERSON_KINDS = frozenset({"person", "coref", "pronoun"})


def points_at(mention: Mention, kind: str) -> bool:
    """Whether an object pronoun of this kind may point at the mention: a person pronoun at a person,
    a group pronoun at a group named by a noun, a people or a body, a party pronoun at a body or state."""
    if kind == "person":  # "shot a Palestinian militant … accused him": one described by a noun too
        described = mention.kind in ("demonym", "implied", "country") and bool(mention.entity.sector)
        return mention.kind in PERSON_KINDS or described
    if kind == "group":
        return mention.kind not in PERSON_KINDS and bool(mention.entity.sector)
    return mention.kind in ("body", "country", "capital")


def guessed(group: Group) -> bool:
    """Whether a recipient is a party the context gives (the actor's own state, the state named
    last), no span of the sentence."""
    return all(m.kind == "context" for m in group.mentions)


def context_mention(entity: Entity, anchor, rule: str) -> Mention:
    """A party the context gives, with no span in the text: anchored at the sentence's start."""
    return Mention(0, 0, entity, "context", "", anchor.start, anchor.start, [rule])


def captors_release(mode: str, actor: Group) -> bool:
    """ "The Taliban released a journalist's brother", "Indian troops handed the detainees back":
    armed forces free captives taken in fighting, not people of their own; a state's police, courts
    or government free its own ("polisi membebaskan wanita itu")."""
    return mode == "release" and any(m.entity.sector in ARMED_FORCES for m in actor.mentions)


def authority_act(event: str, kind: tuple) -> bool:
    """An act only a state's body performs: an arrest, a charge, a sentence."""
    return authority_body(event, kind) is not None


def scene_party(coded: CodedArticle, view: SentenceView, sector: str, rule: str) -> Group | None:
    """The state the sentence is set in, in a sector, as a party the text leaves unnamed."""
    code = coded.scenes.get(view.sentence.index)
    return context_party(view, code, sector, rule) if code and is_state(code) else None


def context_party(view: SentenceView, code: str, sector: str, rule: str) -> Group:
    """A party the context gives, with no span in the text: anchored at the sentence's start."""
    return Group([context_mention(Entity(code, sector, ""), view.sentence.tokens[0], rule)])


def authority(
    coded: CodedArticle, view: SentenceView, event: str, kind: tuple, patient: Group | None, custody: bool = False
) -> Group | None:
    """ "Seorang pria Australia … dipenjara", "a suspect was detained": an arrest, a sentence or a
    deportation whose doer goes unsaid is the act of that state's police, courts or government —
    the state the story is set in, else the one of whom it was done to."""
    sector = authority_body(event, kind)
    if not sector or "military" in kind:
        return None  # "Raqqa sudah dikepung": a siege is laid by some army, not the scene's government
    if custody and patient is not None and not guessed(patient):
        # "Blogger Mesir itu dibebaskan dari penjara", "the Egyptian blogger was released from prison":
        # freed from a prison, a jail or custody, they were held by a state — their own, told first
        code = patient.mentions[0].entity.code
        return context_party(view, code, sector, "coref.custody_release") if is_state(code) else None
    if "release" in kind:
        # "Kidnapped oil workers were released in Nigeria", "the sailors were released in Tehran":
        # captives are freed by whoever held them — often kidnappers, not the scene's state — and
        # their own party is rarely in the sentence; a release names its doer or is not coded
        # (the `authority` entry serves the recipient: "polisi membebaskan wanita itu" frees one
        # of the state's own people)
        return None
    code = coded.scenes.get(view.sentence.index) or (patient.mentions[0].entity.code if patient else "")
    return context_party(view, code, sector, "coref.scene_authority") if is_state(code) else None


def captors_told(coded: CodedArticle, view: SentenceView, at: int) -> Event | None:
    """ "Israeli troops arrested three Palestinians in the West Bank … The three were captured after
    a kidnap attempt", "Bangladesh menangkap 90 pengungsi Rohingya … 20 pengungsi lain ditangkap": an
    arrest told with no doer, in a story that has just told a state taking captives by name (in this
    sentence before the trigger, or in one within STORY_REACH before it), is that capture's — not
    the act of the police of the place the story named last ("in the West Bank", "di perairan
    Teluk"). A capture whose doer is itself only the scene's guess tells no captor."""
    since = coded.sentences[max(0, view.sentence.index - STORY_REACH)].start
    for capture in reversed(coded.events):
        if not (since <= capture.start and trigger_start(capture) < at and captive_taking(capture)):
            continue
        if "actors.scene" not in capture.rules and any(is_state(entity.code) for entity in capture.actor):
            return capture
    return None


def told_party(view: SentenceView, entities: list[Entity], sector: str, rule: str) -> Group | None:
    """The states among parties an earlier event names, as context parties of this sentence (their
    sector kept, else `sector`)."""
    anchor = view.sentence.tokens[0]
    told = [Entity(e.code, e.sector or sector, "") for e in entities if is_state(e.code)]
    return Group([context_mention(entity, anchor, rule) for entity in told]) if told else None


def party_after(coded: CodedArticle, view: SentenceView, match: TriggerMatch, actor: Group) -> Group | None:
    """The first state's party named after the trigger in its sentence that is not the actor (a
    place named as where something happens is no party)."""
    for mention in coded.mentions.get(view.sentence.index, []):
        if mention.first < match.last or "actors.place_modifier" in mention.rules:
            continue
        if mention.entity.code not in actor.codes() and is_state(mention.entity.code):
            return Group([mention])
    return None


def recent_other_party(
    coded: CodedArticle,
    view: SentenceView,
    match: TriggerMatch,
    actor: Group,
    sources: frozenset[int] = frozenset(),
    reach: int = CONTEXT_SENTENCES,
) -> Group | None:
    """The state named last before the trigger (this sentence, else the `reach` before) that is not
    the actor, nor a source the sentence cites (`sources`: where such mentions start)."""
    sentence = view.sentence
    here = [m for m in coded.mentions.get(sentence.index, []) if m.last <= match.first and m.first not in sources]
    earlier = [
        m
        for i in range(max(coded.story_start(sentence.index), sentence.index - reach), sentence.index)
        for m in coded.mentions.get(i, [])
    ]
    for mention in reversed(earlier + here):
        code = mention.entity.code
        placed = mention.kind == "capital" and not possessive_capital(coded, mention)
        if placed or "actors.place_modifier" in mention.rules:
            continue  # "told a press conference in Berlin", "in Iraqi waters": a place, not a party
        if mention not in here and match.trigger.event in CRITICISM:
            target = fellow_critics_target(coded, mention, actor, match.trigger.event)
            if target is not None:
                return target
        if code not in actor.codes() and (is_state(code) or code in CONTEXT_BODIES):
            context = Mention(
                mention.first,
                mention.last,
                mention.entity,
                "context",
                mention.text,
                mention.start,
                mention.end,
                ["coref.context_target"],
            )
            return Group([context])
    return None


def told_person(coded: CodedArticle, view: SentenceView, captor: Group | None) -> Group | None:
    """ "An Albanian hacker pleaded guilty … Qendrim Dobruna, 27, was arrested in Germany", "Seorang
    pembangkang Kuba … Amauris Samartino ditahan di Bolivia": a person named by a name no list codes
    is the one the story told last as a person of a state (a demonym or origin with a people's sector,
    in the CONTEXT_SENTENCES before), not the people of the place the act happened in."""
    index = view.sentence.index
    captors = captor.codes() if captor is not None else set()
    for i in range(index - 1, max(coded.story_start(index), index - CONTEXT_SENTENCES) - 1, -1):
        # "Gunmen shot dead a British tourist … Anurak Phongsri was arrested", "Seorang turis Inggris
        # ditembak mati …": in a sentence telling an attack, only its attackers may be the one seized
        attackers = told_attackers(coded, i)
        for mention in reversed(coded.mentions.get(i, [])):
            code, sector = mention.entity.code, mention.entity.sector
            person = sector in PERSON_SECTORS and mention.kind in ("demonym", "person", "country")
            if is_state(code) and person and code not in captors and (attackers is None or code in attackers):
                return Group([dataclasses.replace(mention, kind="context", rules=["coref.told_person"])])
    return None


def told_attackers(coded: CodedArticle, index: int) -> set[str] | None:
    """The codes of those a sentence tells attacking (coded ASSAULT actors), or None when it tells
    no attack at all (no ASSAULT trigger fired in it, coded or dropped)."""
    sentence = coded.sentences[index]
    if not any(c.sentence is sentence and c.event == "ASSAULT" for c in coded.candidates):
        return None
    return {e.code for ev in coded.events if ev.start == sentence.start and ev.event == "ASSAULT" for e in ev.actor}


def possessive_capital(coded: CodedArticle, mention: Mention) -> bool:
    """A capital that owns what follows stands for its state: "viewed Washington's move as another
    measure contradicting international law" — the United States, not a place."""
    after = coded.article.text[mention.end : mention.end + 2]
    return after in POSSESSIVE_S


def fellow_critics_target(coded: CodedArticle, mention: Mention, actor: Group, kind: str) -> Group | None:
    """A state that acted in an earlier sentence is a fellow of the actor, not its target: "Egypt
    and Jordan sharply criticised the US policy shift. Palestinian negotiator Erekat said they would
    take measures to oppose it" — Erekat opposes the US (the recipient of that criticism), not
    Jordan. The recipient of the earlier event of the same type (`kind`) whose actor `mention`
    names, if it is a state other than the actor's; None when `mention` did no such act there (an
    act reported in an accusation is no fellow's: "Vietnam accused Beijing of encroaching")."""
    for event in coded.events:
        if event.event != kind or not event.start <= mention.start < event.end or not event.recipient:
            continue
        if mention.entity.code not in {entity.code for entity in event.actor}:
            continue
        target = event.recipient[0]
        if target.code in actor.codes() or not is_state(target.code):
            return None
        aimed = dataclasses.replace(mention, entity=target, text="", rules=["coref.context_target"], kind="context")
        return Group([aimed])
    return None


def guessed_inquiry(event: Event) -> bool:
    """An inquiry whose target is only guessed from the scene charges no one a later denial answers:
    "The agency is investigating allegations by two farmers. A spokesman dismissed the allegations"
    — the spokesman answers the farmers, not the agency's own state (coder.answer_accusers)."""
    return event.mode == "investigate" and bool({"coref.at_home", "coref.own_state"} & set(event.rules))


def trigger_start(event: Event) -> int:
    """Where the words that coded `event` begin in the text."""
    return next((span.start for span in event.spans if span.role == "trigger"), event.start)


def aim_at_nobody(coded: CodedArticle, event: Event) -> None:
    """Leave `event` without a recipient (spans, id and the candidates that point at it follow)."""
    old_id = event.id
    event.recipient, event.recipient_text = [], []
    event.spans = [span for span in event.spans if span.role != "recipient"]
    renamed(coded, event, old_id)


def aim_at(coded: CodedArticle, event: Event, party_event: Event, rule: str) -> None:
    """Make the actor of `party_event` the recipient of `event` (spans, rules, id and the
    candidates that point at it follow)."""
    old_id = event.id
    event.recipient, event.recipient_text = list(party_event.actor), list(party_event.actor_text)
    event.spans = [span for span in event.spans if span.role != "recipient"]
    event.spans += [dataclasses.replace(span, role="recipient") for span in party_event.spans if span.role == "actor"]
    event.rules = [r for r in event.rules if r != "coref.context_target"] + [rule]
    renamed(coded, event, old_id)


def aim_at_group(coded: CodedArticle, event: Event, group: Group, sentence: Sentence, rule: str) -> None:
    """Make the party `group` names in `sentence` the recipient of `event` (spans, rules, id and the
    candidates that point at it follow)."""
    old_id = event.id
    event.recipient, event.recipient_text = entities(group, "GOV")
    event.spans = [span for span in event.spans if span.role != "recipient"] + group_spans("recipient", group, sentence)
    event.rules = [r for r in event.rules if r not in ("coref.context_target", "coref.at_home")] + [rule]
    renamed(coded, event, old_id)


def renamed(coded: CodedArticle, event: Event, old_id: str) -> None:
    """Give `event` the id its parties now make, and point the candidates that named it there."""
    event.id = event_id(event)
    for candidate in coded.candidates:
        if candidate.detail == old_id:
            candidate.detail = event.id


def promised_harm(promise: Trigger, act: Trigger) -> Trigger:
    """ "Korea Utara menyatakan siap menyerang Guam", "promised to retaliate against Israel": readiness
    or a promise to do harm is a threat (CAMEO 13x), not an agreement."""
    mode, cameo = FUTURE_THREAT[act.event]
    return dataclasses.replace(promise, event="THREATEN", mode=mode, cameo=cameo, negated="")


def promised_restraint(promise: Trigger, harm: str) -> Trigger:
    """ "Armenia and Azerbaijan agreed not to target civilians", "Rusia berjanji tidak akan menyerang
    pelabuhan Ukraina": a promise not to do harm is an agreement (CAMEO 035, to de-escalate 0356),
    not a threat."""
    cameo = RESTRAINT_CAMEO.get(harm, "035")
    return dataclasses.replace(promise, event="AGREE", mode="", cameo=cameo, negated="")


def in_name(sentence: Sentence, match: TriggerMatch) -> bool:
    """ "konferensi Dialog Manama", "Duta Besar Pelucutan Senjata AS", "Asia-Pacific Economic
    Cooperation": event words capitalised inside a sentence are part of a name (of a forum, an
    office, a body), not an act — unless the whole sentence is set in title case (a headline)."""
    tokens = sentence.tokens
    words = [tokens[i].text for i in match.positions if tokens[i].text[:1].isalpha()]
    if not words or match.first == 0 or tokens[match.first - 1].text in OPENERS:
        return False
    if not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    return not title_case(tokens)


def trigger_text(sentence: Sentence, match: TriggerMatch) -> str:
    start, end = match_offsets(sentence, match)
    return sentence.text[start - sentence.start : end - sentence.start]


def match_offsets(sentence: Sentence, match: TriggerMatch) -> tuple[int, int]:
    return sentence.tokens[match.first].start, sentence.tokens[match.last - 1].end


def group_spans(role: str, group: Group | None, sentence: Sentence) -> list[Span]:
    """Spans of the words that named a party in this sentence (a party from context has none here)."""
    if group is None:
        return []
    return [
        Span(role, m.start, m.end, m.text)
        for m in group.mentions
        if m.kind != "context" and sentence.start <= m.start < sentence.end
    ]


def entities(group: Group | None, state_sector: str = "") -> tuple[list[Entity], list[str]]:
    """One entity per code in a group, with the words that named it: the first mention of the code
    that carries a sector ("Indonesia and its army" keeps the army's MIL), else the first one. A
    state named by its name alone ("China", "Perancis") stands for the body that acts as it in this
    event (`state_sector`: its government, or its forces in an attack)."""
    if group is None:
        return [], []
    seen: dict[str, tuple[Entity, str]] = {}
    for mention in group.mentions:
        code, entity = mention.entity.code, mention.entity
        if code not in seen or (entity.sector and not seen[code][0].sector):
            if state_sector and mention.kind == "country" and not entity.sector and is_state(code):
                entity = dataclasses.replace(entity, sector=state_sector)
            if code not in seen or entity.sector:
                seen[code] = (entity, mention.text)
    return [e for e, _ in seen.values()], [t for _, t in seen.values()]


STATE_SECTOR_RULE = "actors.state_sector"


def acting_sectors(group: Group) -> set[str]:
    """The sectors an actor acts in for an entry limited to some (`actor_sector`); a state named by
    its name alone is `STATE_ALONE`, which an entry lists when a state acts by it as its forces do:
    "After Israel struck Gaza" is an attack (en.assault.s53-struck) as "Israeli jets struck Gaza"
    is, while "Lightning struck" names no actor and "Britain's patrol" stays no deployment."""
    sectors = {m.entity.sector for m in group.mentions}  # "" too: entries listing it take a bare state
    alone = any(m.kind == "country" and not m.entity.sector and is_state(m.entity.code) for m in group.mentions)
    return sectors | {STATE_ALONE} if alone else sectors


STATE_ALONE = "STATE"


def implied_sector(entity: Entity, roles: Roles) -> bool:
    """Whether an entity's sector came from the event, not from any mention's words."""
    groups = [g for g in (roles.actor, roles.recipient) if g is not None]
    mentions = [m.entity for g in groups for m in g.mentions if m.entity.code == entity.code]
    return bool(entity.sector) and all(m.sector != entity.sector for m in mentions)


STATE_FORCE_ACTS = {"ASSAULT": "MIL", "MOBILIZE": "MIL"}  # "Israel bombed …", "Rusia mengerahkan …"
STATE_FORCE_MODES = {"police": "COP", "militia": ""}  # "India deployed 2,500 police"
MILITARY_AID_CAMEO = ("072", "074")  # "Japan sent 550 troops to Iraq": military aid, peacekeeping


def state_actor_sector(event: str, mode: str, cameo: str | None) -> str:
    """The sector a state named alone acts in: its forces when it attacks, deploys or sends troops
    ("Japan sent troops to Iraq" MIL), else its government ("China rejected the report" GOV)."""
    if event in STATE_FORCE_ACTS:
        return STATE_FORCE_MODES.get(mode, STATE_FORCE_ACTS[event])
    if event == "AID" and (cameo or "").startswith(MILITARY_AID_CAMEO):
        return "MIL"
    return "GOV"


def state_recipient_sector(event: str) -> str:
    """The sector a state named alone is the target in: its government ("urged China to …",
    "memutuskan hubungan dengan Perancis"); who an attack on a state hits the name does not say."""
    return "" if event in STATE_FORCE_ACTS else "GOV"


def remember_day(coded: CodedArticle, sentence: Sentence, dates: list, pub: dt.date | None) -> None:
    """A single past day named within the week before publication ("Selasa (14/11)", "on Tuesday")
    dates what the story tells next without a date of its own; a later day named replaces it."""
    day = told_day(dates, pub)
    if day:
        coded.story_day = (coded.story_start(sentence.index), day)


def remember_time(coded: CodedArticle, sentence: Sentence, dates: list) -> None:
    """The latest past time a sentence names, a day, month or year ("pada 2012", "on 4 May", "in
    August 2016"), for a later phrase pointing back to it ("saat itu", "at the time"). Spans
    ("sejak 2014"), times counted from another act ("two days after …") and times still to come
    name no time an act was done at."""
    pub = coded.article.pub_date or ""
    for found in reversed(dates):
        if found.kind == "range" and len(found.since) == 10:  # "ditetapkan tersangka sejak 24 Januari"
            coded.time_named = (coded.story_start(sentence.index), found.since)
            return
        if found.kind in ("range", "prior") or "/" in found.value or (pub and found.value > pub[:10]):
            continue
        coded.time_named = (coded.story_start(sentence.index), found.value)
        return


def told_day(dates: list, pub: dt.date | None) -> str | None:
    """The first calendar day among `dates` that lies within the week before publication."""
    if pub is None:
        return None
    for found in dates:
        # "dua hari setelah serangan": the day of what follows, not of the story
        day = parse_date(found.value) if len(found.value) == 10 and found.kind != "prior" else None
        if day is not None and pub - dt.timedelta(days=DAY_TOLD_REACH) <= day <= pub:
            return found.value
    return None


def nearest(found: list, offset: int):
    """The date or place expression closest to the trigger (offsets relative to the sentence)."""
    if not found:
        return None
    return min(found, key=lambda f: min(abs(f.start - offset), abs(f.end - offset)))


def to_place(found, sentence: Sentence) -> Place | None:
    if found is None:
        return None
    return Place(
        found.name,
        found.country_code,
        found.lat,
        found.lon,
        found.text,
        sentence.start + found.start,
        sentence.start + found.end,
    )


def parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def event_id(event: Event) -> str:
    """Deterministic: the same input codes to the same ids on every run and machine."""
    key = "|".join(
        [
            event.doc,
            str(event.start),
            event.event_text,
            event.event,
            ",".join(e.code for e in event.actor),
            ",".join(e.code for e in event.recipient),
            str(event.spans[0].start),
        ]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@functools.cache
def coder_for(lang: str) -> Coder:
    return Coder(lang)


def code_article(article: Article) -> CodedArticle:
    lang = article.lang or detect_language(article.text)
    return coder_for(lang).run(article)


def code(text: str, lang: str | None = None, pub_date: str | None = None, doc: str = "doc") -> list[Event]:
    """Code one article's text: `warta.code(text, lang=None, pub_date="2023-10-19")`."""
    return code_article(Article(doc, text, pub_date, lang)).events


__all__ = ["Coder", "CodedArticle", "code", "code_article", "__version__"]
