"""Did it happen? Negation, hypotheticals, hedges and intent around a trigger.

"Belum jelas apakah kapal itu akan digunakan …" — hypothetical: not coded.
"… kemungkinan terkait dengan pengiriman amunisi" — hedged: coded with hedged = true.
"tidak akan menghadiri" — negated: REJECT where the lexicon says the negation is a refusal.
"akan bertemu" / "will visit" — intent: a future meeting codes as AGREE.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.actors.match import calendar_words
from warta.events.attribution import prefixed_passive
from warta.events.triggers import CLAUSE_PUNCTUATION, TriggerMatch, verb_marks
from warta.lang.base import Language, title_case
from warta.lang.text import phrase_at
from warta.model import Sentence
from warta.resources import load_yaml

COORDINATED_REACH = 15  # tokens from a future marker to the "and" that joins a second verb to its first
NEAR = 3  # tokens before a trigger that a negator or modal governs ("tidak akan pernah menghadiri")
# What a condition that opens the sentence may promise: "If Iran attacks, Israel will retaliate" is a
# threat (THREATEN, or violence, coercion or sanctions to come: coder.FUTURE_THREAT)
PROMISED_UNDER_CONDITION = frozenset({"THREATEN", "ASSAULT", "COERCE", "SANCTION"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
SENTENCE_STOPS = frozenset({";", ".", "?", "!"})  # a belief's reach: "Pansus meyakini bahwa KPK akan …"
FUTURE_CAN_BECOME_AGREE = frozenset({"CONSULT", "SUPPORT", "AID", "COOPERATE", "CONCEDE", "RETREAT", "AGREE"})
# A harm someone wishes for is no threat made to the harmed: "Raja itu ingin membunuhnya", "the rebels
# wanted to attack the capital" (a threat is said to the threatened: "akan membunuh … jika")
WISHED_HARM = PROMISED_UNDER_CONDITION
# Acts a condition after the verb leaves undone: "Aku mundur kalau dipecat", "Indonesia recalls its
# ambassador if Canberra does not apologise" (not a threat, an offer, a request, a refusal or an accusation:
# "mengancam menyerang jika …", "urged Israel to accept … if it wants peace", "ruled out talks unless …")
CONDITIONED_ACTS = frozenset({"RETREAT", "CONCEDE", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID", "PROTEST"})
# … and of them the yields whose future under a condition is no promise yet: "akan mundur dari jabatannya
# jika DPR mendukung …" (a future attack, arrest or sanction under a condition is a threat: coder.FUTURE_THREAT)
CONDITIONED_FUTURES = frozenset({"RETREAT", "CONCEDE"})
CONDITION_REACH = 8  # tokens from a trigger's end to a condition after it: "menarik duta besarnya dari Australia jika"
CONDITIONS_FILE = "conditions.yaml"
PURPOSE_REACH = 5  # tokens before "to"/"untuk" a main verb's negator may stand: "didn't leave Syria to reject"
REPORT_REACH = 3  # tokens from a denial verb to the report it denies: "denied media reports that"
SUBJECT_REACH = 4  # words before a noun event that may open its subject: "A Chinese invasion", "Kunjungan"
PREDICATE_REACH = 8  # words from a subject's noun event to its predicate's cue: "visit to Washington, planned"
AWAITED_REACH = 3  # words from "hopes of"/"fears of" to the event it awaits: "fears of a Russian attack"
GRANTEE_REACH = 4  # words of the one granted a chance or a deadline: "kesempatan kepada kedua pihak untuk"
MAKER_REACH = 3  # words from a verb that brings an event about to the event noun it governs: "reschedule a new meeting"
FORCED_REACH = 5  # words from a verb of forcing to the act it forces: "forcing it into a hasty retreat"
FORCER_REACH = 8  # words from a verb of forcing back to the future or modal word its clause is told in


@dataclass(slots=True)
class Modality:
    # asserted | negated | nobody | hypothetical | future | anticipated | considered | attempted | cancelled
    # | historical
    outcome: str = "asserted"
    hedged: bool = False
    cue: str = ""
    cue_start: int = -1


class ModalityReader:
    def __init__(self, language: Language):
        self.negators = language.words("negators")
        self.not_negating = language.words("not_negating")  # "tidak dikenal": unknown, not "not"
        self.hypothetical = language.words("hypothetical")
        self.possibility_modals = language.words("possibility_modals")  # "warned that Moscow could strike"
        self.phrases = [tuple(p.split()) for p in language.words("hypothetical_phrases")]
        self.hedges = language.words("hedges")
        self.future = language.words("future")
        self.anticipated = language.words("anticipated")
        self.predictions = language.words("predictions")  # "experts predicted …": what follows is foreseen
        self.forcing = language.words("forcing_verbs")  # "will face a revolt forcing …": forced, as real as the force
        self.forcing_aims = self.forcing | language.words("forcing_infinitives")  # "in a bid to force …": an aim
        self.achieved = language.words("achieved_aims")  # "managed to force …": the forcing was done
        self.causes = language.words("undergo_causes")  # "pressure from …": the forcing word is a noun
        self.contrasts = language.words("contrast_coordinators")
        self.passive_prefixes = tuple(language.words("passive_prefixes"))  # "ditolak": judged, not planned
        self.openers = language.words("infinitive_markers") | language.words("purpose_markers") | self.future
        self.attempts = language.words("attempts")
        self.deliberation = language.words("deliberation")
        self.barriers = language.words("modality_barriers")
        self.obligation = language.words("obligation")
        self.duty_verbs = language.words("duty_verbs")  # "needs to", "has to": a duty only before "to"
        self.attributive_wishes = language.words("attributive_wishes")  # "wanted Palestinians": no wish
        self.determiners = language.words("determiners")
        self.relative = language.words("relative")
        self.breaks = language.words("clause_breaks") | language.words("complementizers")
        self.clause_stops = self.breaks | {";"}
        self.whether = language.words("clause_hypothetical")
        self.conditions = language.words("conditions")  # "if", "jika": a threat's terms
        self.permissions = language.words("permission_verbs")
        self.be_forms = language.words("be_forms")
        self.calendar = calendar_words(language.code)
        # "Rebels might be able to attack the capital": a phrase of ability between a modal and the event
        # word lets the modal reach past it (s51 enfa)
        self.bridges = [tuple(p.split()) for p in language.words("ability_bridges")]
        self.realised_markers = language.words("realised_markers")
        self.realised_openers = language.words("realised_openers")  # "setelah pasukan dapat mengusir …"
        self.question_openers = language.words("question_openers")
        self.question_verbs = language.words("question_verbs")  # "ditanya apakah …,": an indirect question
        # "Sejarah Hari Ini: …", "On This Day: …": a rubric of history before a headline's colon
        self.history_rubrics = tuple(tuple(p.split()) for p in sorted(language.words("history_rubrics")))
        self.coordinators = language.words("coordinators")
        self.verbs = verb_marks(language.code)  # "dilecehkan dan ditangkap": verbs of one form
        self.disjunctions = language.words("disjunctions")  # "or", "atau": a negation spans both verbs
        self.likelihood = language.words("likelihood")  # "tidak mungkin", "not likely": a chance judged
        self.beliefs = language.words("beliefs")  # "meyakini", "expects": another's future is predicted
        # verbs that take a reported clause: "menilai serangan Rusia bisa dimulai"
        self.reporting_verbs = language.words("speech_before") | self.beliefs
        self.nobody = [tuple(p.split()) for p in language.words("existential_negations")]  # "tidak ada", "none of"
        self.nobody_links = language.words("existential_links")  # "yang" in "tidak ada partai yang mendukung"
        self.unrealised = [tuple(p.split()) for p in language.words("unrealised_phrases")]  # "berhak", "would have to"
        # "memberi kesempatan kepada massa untuk …": the one granted the chance between the noun and "untuk"
        self.grantee_preps = language.words("grantee_preps")
        self.rumours = language.words("rumours")  # "kabar", "reports"
        self.false_claims = [tuple(p.split()) for p in language.words("false_claims")]  # "tidak benar", "not true"
        self.prepositions = language.words("recipient_preps") | language.words("other_preps")
        self.copulas = language.words("copulas")  # "the plan was a mistake": "plan" is a subject there
        self.wishes = language.words("wishes")  # "ingin", "wanted": a harm wished for is no threat
        self.hopes = language.words("hope_verbs")  # "berharap", "hopes": the clause after them is wished
        self.infinitive = language.words("infinitive_markers")  # "want Bush to begin …"
        self.role_as = language.words("naming_as")  # "to serve as a catalyst": the role's "as", no new clause
        self.purpose_markers = language.words("purpose_markers")  # "to", "untuk": a purpose's verb
        self.exceptives = language.words("exceptives")  # "no choice but to attack": the act is done
        self.denial_verbs = language.words("denial_verbs")  # "membantah", "denied": what they deny is not asserted
        self.complementizers = language.words("complementizers")
        self.cancellations = language.words("cancellations")  # "dibatalkan", "postponed": the event is off
        self.subject_modals = language.words("subject_modals")  # "An invasion could …": none has happened
        self.definite_markers = language.words("definite_markers")  # "the", "itu": an event that took place
        self.strict_conditions = [tuple(p.split()) for p in language.words("strict_conditions")]  # "only if"
        self.campaign_conditions = [tuple(p.split()) for p in language.words("campaign_conditions")]  # "if elected"
        self.between_preps = language.words("between_preps")
        self.event_makers = language.words("event_makers")  # "hold", "melakukan": they make the noun after them
        self.motions = language.words("purpose_motions")  # "arrived", "datang": a purpose after them is yet to be done
        self.controlling = language.words("controlling_verbs")  # "sent his wife to ask": the object acts
        self.purposes = [tuple(p.split()) for p in language.words("purpose_phrases")]  # "in order to", "dengan tujuan"
        self.purpose_stops = self.clause_stops | self.coordinators | self.relative | {","}  # the purpose's clause
        self.question_words = language.words("question_words")  # "why", "when": a modal after them imagines
        self.question_modals = language.words("question_modals")  # "why would …?": no act asserted
        self.seeing = language.words("seeing_verbs")  # "would like to see China agree": another's act wished
        self.wish_likes = language.words("conditional_wishes")  # "like" in "would like to"
        self.awaited_nouns = language.words("awaited_nouns")  # "hopes", "fears": of an event not yet come
        self.awaited_preps = language.words("awaited_preps")  # "of", "for", "akan"
        self.conditional_modals = language.words("conditional_modals")  # "would like to see China agree"
        trailing = load_yaml(f"{language.code}/{CONDITIONS_FILE}") or {}
        self.trailing_conditions = frozenset(str(w).lower() for w in trailing.get("trailing_conditions", []))
        self.concessive_leads = frozenset(str(w).lower() for w in trailing.get("concessive_leads", []))
        self.headline_infinitive = language.words("headline_infinitive")  # "North Korea to attack … if provoked"
        self.condition_stops = self.clause_stops | self.coordinators | self.relative | SENTENCE_STOPS | {",", ":"}

    @staticmethod
    def clause_start(tokens, position: int, stops: frozenset[str]) -> int:
        """Where the stretch that `stops` ends begins, before `position`."""
        for i in range(position - 1, -1, -1):
            if tokens[i].lower in stops:
                return i + 1
        return 0

    def run(self, sentence: Sentence, match: TriggerMatch) -> Modality:
        tokens = sentence.tokens
        inside = sorted(set(range(match.first, match.last)) - set(match.positions))
        # "mengancam menggelar mogok jika tuntutan tidak dipenuhi": a condition after the trigger's
        # own words (before an event word it governs) conditions the demand, not the threat
        own = [i for i in inside if i < match.own_end]
        if match.trigger.event == "REQUEST":
            # "meminta agar pemerintah bisa membebaskan …", "meminta petani dapat bertemu Presiden":
            # a "can" inside what is asked for is the content's, the request itself is made
            own = []
        if match.trigger.event == "THREATEN":
            # "Putin warned that Moscow could strike …", "Turki memperingatkan bisa melancarkan serangan":
            # a "could" inside what is warned of is the threat's content — the warning is made (whose
            # act is warned of the coder decides: coder.warned_of_another)
            own = [i for i in own if tokens[i].lower not in self.possibility_modals]
            # "Iran warned that if sanctions are tightened, …", "memperingatkan jika serangan berlanjut":
            # a condition inside what is warned of states the threat's terms, not a doubt that it is made
            own = [i for i in own if tokens[i].lower not in self.conditions]
        near = list(range(max(0, match.first - NEAR - self.bridge_before(tokens, match.first)), match.first))
        # "Jika perundingan gagal, Israel akan membalas": a cue before a comma is another clause's
        commas = [i for i in near if tokens[i].text == ","]
        if commas:
            near = [i for i in near if i > commas[-1]]
        # "penerbangan dijadwalkan lagi menyusul serangan udara": a word like "menyusul"/"following"
        # between a cue and the event word ends the cue's reach — the attack came first
        barriers = [i for i in near if tokens[i].lower in self.barriers]
        if barriers:
            near = [i for i in near if i > barriers[-1]]
        negatable = self.outside_relatives(tokens, self.negation_reach(tokens, near, match), match.first)
        clause = self.permitted_reach(
            tokens, range(self.clause_start(tokens, match.first, self.clause_stops), match.first)
        )
        if match.trigger.event in PROMISED_UNDER_CONDITION:
            clause = self.after_condition(tokens, clause)
        clause = self.asked_question(tokens, clause)
        result = Modality(hedged=any(t.lower in self.hedges for t in tokens))
        opener = self.yes_no_question(tokens)
        if opener is not None:
            return Modality("hypothetical", result.hedged, tokens[opener].text, tokens[opener].start)
        if self.history_rubric(tokens):
            return Modality("historical", result.hedged, tokens[0].text, tokens[0].start)
        for outcome, cue in (
            ("nobody", self.nobody_did(tokens, match)),
            ("hypothetical", self.unrealised_before(tokens, match.first)),
            ("hypothetical", self.purpose_not_done(tokens, match)),
            ("hypothetical", self.awaited_event(tokens, match.first)),
            ("hypothetical", self.denied_rumour(tokens, match)),
            ("hypothetical", self.denied_report(tokens, match)),
            *self.subject_predicate(tokens, match),
            ("hypothetical", self.hoped_outcome(tokens, match)),
            ("hypothetical", self.hoped_clause(tokens, match)),
            ("hypothetical", self.predicted(tokens, match)),
            ("hypothetical", self.forced_unrealised(tokens, match)),
            ("hypothetical", self.forcing_aimed(tokens, match)),
            ("hypothetical", self.wished_of_another(tokens, match)),
            ("hypothetical", self.campaign_pledge(tokens, match)),
        ):
            if cue is not None:
                return Modality(outcome, result.hedged, tokens[cue].text, tokens[cue].start)
        # Inside a pattern's gap only negation and doubt count: "mengancam akan meluncurkan serangan"
        # is a threat, its "akan" part of what is threatened.
        for outcome, words, where in (
            (
                "negated",
                self.negators,
                negatable + self.unconditioned(tokens, inside) + self.shared_negation(tokens, match),
            ),
            # "didn't leave Syria to reject Assad": a purpose not pursued is no act, and no refusal
            ("hypothetical", self.negators, self.negated_purpose(tokens, match)),
            ("hypothetical", self.hypothetical, near + own),
            ("hypothetical", self.whether, clause),
            (
                "obligation",
                self.obligation | self.duty_verbs,
                near + self.shared_future(tokens, match, self.obligation),
            ),
            ("anticipated", self.anticipated, near),
            ("considered", self.deliberation, near),
            ("attempted", self.attempts, near),
            ("hypothetical", self.wishes if match.trigger.event in WISHED_HARM else frozenset(), near),
            ("future", self.future, near + self.shared_future(tokens, match)),
        ):
            negation = words is self.negators
            cue = next(
                (
                    i
                    for i in where
                    if tokens[i].lower in words
                    and self.cue_at(tokens, i, negation)
                    and not self.attributive_wish(tokens, i, match.first)
                    and (tokens[i].lower not in self.duty_verbs or self.duty_at(tokens, i))
                ),
                None,
            )
            if cue is not None and words is self.hypothetical and self.realised(tokens, cue):
                continue
            if cue is not None and words is self.anticipated and self.judged_plan(tokens, cue, match):
                continue
            if negation and cue is not None:
                # "… jika Teheran tak memenuhi permintaan itu": a condition's "not" refuses nothing yet
                condition = next((i for i in near if i < cue and tokens[i].lower in self.whether), None)
                if condition is not None:
                    return Modality("hypothetical", result.hedged, tokens[condition].text, tokens[condition].start)
                doubt = self.negated_likelihood(tokens, cue, match)
                if doubt is not None:
                    return Modality("hypothetical", result.hedged, tokens[doubt].text, tokens[doubt].start)
                duty = self.ought_not(tokens, cue)
                if duty is not None:
                    return Modality("hypothetical", result.hedged, tokens[duty].text, tokens[duty].start)
            if cue is not None:
                if outcome == "future" and cue > 0 and tokens[cue - 1].lower in self.relative:
                    outcome = "anticipated"  # "mahkamah yang akan mengadili": described, not intended
                belief = self.believed(tokens, cue) if outcome == "future" else None
                if outcome == "future" and belief is None:
                    belief = self.only_if(tokens, match)
                if outcome == "future" and belief is None and match.trigger.event in CONDITIONED_FUTURES:
                    belief = self.condition_after(tokens, match)
                if belief is not None:
                    # "Pansus meyakini KPK akan memenuhi permintaan": another's future, believed, is no promise
                    return Modality("hypothetical", result.hedged, tokens[belief].text, tokens[belief].start)
                return Modality(outcome, result.hedged, tokens[cue].text, tokens[cue].start)
        phrase = self.phrase_before(sentence, match.first)
        if phrase is not None:
            return Modality("hypothetical", result.hedged, tokens[phrase].text, tokens[phrase].start)
        # "North Korea to attack South Korea if provoked": a headline's "to" announces the act (a threat,
        # coder.headline_future), unless it is a yield, whose future under a condition is promised nothing
        announced = match.first > 0 and tokens[match.first - 1].lower in self.headline_infinitive
        conditioned = match.trigger.event in (CONDITIONED_FUTURES if announced else CONDITIONED_ACTS)
        condition = self.condition_after(tokens, match) if conditioned else None
        if condition is not None:
            return Modality("hypothetical", result.hedged, tokens[condition].text, tokens[condition].start)
        return result

    def condition_after(self, tokens, match: TriggerMatch) -> int | None:
        """ "Aku mundur kalau dipecat", "The minister resigns if the president asks him": a condition
        that follows the act in its own clause leaves it undone. A comma, a clause break, "and" or a
        relative ends the act's clause first ("… watered down the bill, but kept penalties if …"), and
        "even if"/"bahkan jika" concedes, conditions nothing ("arrested them even if they were peaceful")."""
        for i in range(match.last, min(len(tokens), match.last + CONDITION_REACH + 1)):
            word = tokens[i].lower
            if word in self.trailing_conditions:
                return None if i > 0 and tokens[i - 1].lower in self.concessive_leads else i
            if word in self.condition_stops or tokens[i].text in QUOTES:
                return None
        return None

    def bridge_before(self, tokens, first: int) -> int:
        """How many tokens of an ability phrase stand right before the event word: "might be able to
        attack", "will be able to arrest", "mungkin akan mampu untuk menyerang" — the modal before them
        governs the event as if they were not there ("was able to attack" has no modal: still real)."""
        lowers = [t.lower for t in tokens[:first]]
        for bridge in self.bridges:
            if len(bridge) <= len(lowers) and tuple(lowers[len(lowers) - len(bridge) :]) == bridge:
                return len(bridge)
        return 0

    def yes_no_question(self, tokens) -> int | None:
        """ "Will Russia attack Ukraine?", "Bisakah Jepang menghentikan Korea Utara?": a sentence that
        asks whether something will be or was done asserts nothing; "Why did Israel attack Gaza?" asks
        about an attack that happened, so only a question opened by an auxiliary counts."""
        words = [i for i, t in enumerate(tokens) if t.text[:1].isalnum()]
        ends = [t.text for t in tokens if t.text not in QUOTES]
        if len(words) > 1 and words[0] + 1 < len(tokens) and tokens[words[0] + 1].text == ":":
            # "Q: Have any Democrats urged Gore to concede?": an interviewer's label opens the question
            words = words[1:]
        if len(words) > 1 and tokens[words[0]].lower in self.coordinators:
            words = words[1:]  # "And will Russia attack?", "And why would Iran agree?"
        if not words or not ends or ends[-1] != "?":
            return None
        if tokens[words[0]].lower in self.question_openers:
            return words[0]
        return self.modal_wh_question(tokens, words)

    def modal_wh_question(self, tokens, words: list[int]) -> int | None:
        """ "Why would these experts be outraged by the administration?", "When will Iran attack Israel?":
        a question word followed by a modal (grammar `question_words`, `question_modals`) asks about an
        act only imagined; "Why did Israel attack Gaza?" asks about one done, and stays."""
        if len(words) < 2 or tokens[words[1]].lower not in self.question_modals:
            return None
        return words[0] if tokens[words[0]].lower in self.question_words else None

    def history_rubric(self, tokens) -> bool:
        """ "Hari Ini dalam Sejarah: Pesawat Belanda Bombardir Yogyakarta", "On This Day: Army Generals
        Killed in Jakarta Coup Attempt, 1965": a headline whose rubric before the colon is one of
        history (grammar `history_rubrics`) retells the past; what follows is no news of the day."""
        return any(
            phrase_at(tokens, 0, phrase) and len(tokens) > len(phrase) and tokens[len(phrase)].text == ":"
            for phrase in self.history_rubrics
        )

    def nobody_did(self, tokens, match: TriggerMatch) -> int | None:
        """ "Tidak ada satu pun partai yang mendukung calon itu", "None of the members backed the bill":
        a subject that names no one denies the act. Indonesian ties the act to it by "yang"; English by
        nothing, and there an act after "who" is another's ("none of those who attacked it was caught")."""
        # "had no knowledge of it and dismissed the complaints": an "and" ends the subject's reach
        start = self.clause_start(tokens, match.first, self.clause_stops | self.coordinators | {","})
        for i in range(start, match.first):
            phrase = next((p for p in self.nobody if phrase_at(tokens, i, p)), None)
            # "a jury with no blacks on it acquitted three officers": "no" after a preposition is no subject
            if phrase is None or (i > 0 and tokens[i - 1].lower in self.prepositions):
                continue
            between = range(i + len(phrase), match.first)
            if any(tokens[j].lower in self.exceptives for j in between):
                continue  # "had no option except to attack", "tidak punya pilihan selain menyerang": the act is done
            links = [j for j in between if tokens[j].lower in self.relative]
            wanted = 1 if self.nobody_links else 0
            tied = all(tokens[j].lower in self.nobody_links for j in links) and all(j >= match.first - 2 for j in links)
            if len(between) <= 2 * NEAR and len(links) == wanted and tied:
                return i
        return None

    def outside_relatives(self, tokens, negatable: list[int], position: int) -> list[int]:
        """ "duta besar yang tidak kompeten yang menyerah …": a relative word between a negation and the
        act opens another clause — the "tidak" denied "kompeten", not the surrender."""
        return [i for i in negatable if not any(tokens[j].lower in self.relative for j in range(i + 1, position))]

    def unrealised_before(self, tokens, position: int) -> int | None:
        """ "Partai itu berhak mengundang siapa saja", "is entitled to invite", "would have to withdraw its
        troops", "the option of withdrawing": a right, an option or a conditional duty is no act done; the
        phrase ends just before the act (one word, an adverb, may come between)."""
        ends = [position, position - 1]
        maker = self.event_maker(tokens, position)
        if maker is not None:
            ends += [maker, maker - 1]
        for end in ends:
            for phrase in self.unrealised:
                i = end - len(phrase)
                if i >= 0 and phrase_at(tokens, i, phrase):
                    return i
        for end in ends:
            granted = self.granted_before(tokens, end)
            if granted is not None:
                return granted
        return None

    def granted_before(self, tokens, end: int) -> int | None:
        """ "Polisi memberi batas waktu kepada massa untuk berunjuk rasa", "memberikan kesempatan kepada
        kedua pihak untuk berunding": where the one granted a chance or a deadline follows its noun
        (grammar `grantee_preps`; English says "gave both sides a chance to talk"), the phrase of an
        unrealised chance ("kesempatan untuk") is split by them — the act is still only granted."""
        if not self.grantee_preps or end < 2 or tokens[end - 1].lower not in self.purpose_markers:
            return None
        for j in range(end - 2, max(-1, end - 3 - GRANTEE_REACH), -1):
            word = tokens[j].lower
            if not word[:1].isalnum() or word in self.clause_stops or word in self.purpose_markers:
                return None
            if word not in self.grantee_preps:
                continue
            for phrase in self.unrealised:
                head = phrase[:-1]
                i = j - len(head)
                if head and phrase[-1] == tokens[end - 1].lower and i >= 0 and phrase_at(tokens, i, head):
                    return i
            return None
        return None

    def awaited_event(self, tokens, position: int) -> int | None:
        """ "raised hopes of a thaw in relations", "fears of a Russian attack on Ukraine", "kekhawatiran
        akan serangan Rusia": an event a noun of hope or fear awaits (grammar `awaited_nouns`, then
        `awaited_preps`, then at most AWAITED_REACH words with no punctuation) has not come."""
        for i in range(position - 1, max(0, position - 2 - AWAITED_REACH), -1):
            word = tokens[i].lower
            if word in self.awaited_preps and i > 0 and tokens[i - 1].lower in self.awaited_nouns:
                return i - 1
            if not word[:1].isalnum() or word in self.prepositions or word in self.clause_stops:
                return None
        return None

    def event_maker(self, tokens, position: int) -> int | None:
        """The verb that brings about the noun event at `position`: "was unable to reschedule a meeting",
        "tidak mampu untuk menggelar pertemuan" — a cue before the verb reaches the event it makes (up to
        MAKER_REACH words on: articles and adjectives, no punctuation or preposition between)."""
        for i in range(position - 1, max(-1, position - 1 - MAKER_REACH), -1):
            word = tokens[i].lower
            if word in self.event_makers:
                return i
            if not word[:1].isalnum() or word in self.prepositions or word in self.clause_stops:
                return None
        return None

    def purpose_not_done(self, tokens, match: TriggerMatch) -> int | None:
        """ "Police arrived at the scene to investigate the killing", "Polisi datang ke lokasi untuk
        menyelidiki", "troops were sent to arrest him", "in order to end the strike": a purpose after a
        verb of motion, or after "in order to"/"dengan tujuan", states what is meant to be done, not what
        was. Only an intention the guide codes (a meeting, support or aid to come: AGREE) is kept."""
        if match.trigger.event in FUTURE_CAN_BECOME_AGREE or match.trigger.event == "PROTEST":
            return None  # … and "300 farmers gathered in Giza to protest": the gathering is the protest
        first = match.first
        maker = self.event_maker(tokens, first)
        for start in (first, maker):
            if start is None or start < 1:
                continue
            phrase = next((p for p in self.purposes if start >= len(p) and phrase_at(tokens, start - len(p), p)), None)
            if phrase is not None:
                return start - len(phrase)
            marker = start - 1
            if tokens[marker].lower not in self.purpose_markers:
                continue
            for i in range(marker - 1, max(-1, marker - 1 - PURPOSE_REACH), -1):
                if tokens[i].lower in self.purpose_stops:
                    break
                if tokens[i].lower in self.motions and not self.sends_doer(tokens, i):
                    return i
        return None

    def sends_doer(self, tokens, i: int) -> bool:
        """ "sent his wife to ask the union": an active verb of sending has its object do the purpose
        (attribution.purpose_of_earlier_verb); only "troops were sent to arrest him" leaves it undone."""
        passive = prefixed_passive(tokens[i], self.passive_prefixes)
        passive = passive or (i > 0 and tokens[i - 1].lower in self.be_forms)
        return bool(set(tokens[i].lemmas) & self.controlling) and not passive

    def denied_rumour(self, tokens, match: TriggerMatch) -> int | None:
        """ "Kabar yang menyebut partai itu akan bergabung dengan koalisi tidak benar", "Reports that Japan
        will join the alliance are not true": an act told by a rumour the sentence calls false."""
        start = self.clause_start(tokens, match.first, SENTENCE_STOPS)
        rumour = next((i for i in range(start, match.first) if tokens[i].lower in self.rumours), None)
        if rumour is None:
            return None
        for i in range(match.last, len(tokens)):
            if tokens[i].lower in SENTENCE_STOPS:
                break
            if any(phrase_at(tokens, i, p) for p in self.false_claims):
                return rumour
        return None

    def denied_report(self, tokens, match: TriggerMatch) -> int | None:
        """ "Golkar membantah kabar bahwa partainya akan bergabung dengan koalisi", "Iran denied reports
        that its minister had met US officials", "Russia denied that its troops attacked the village":
        the act a denial's report or clause tells is what is denied, not asserted (the denial itself is
        the REJECT the lexicon codes). A denial not made ("tidak membantah bahwa …") denies nothing."""
        start = self.clause_start(tokens, match.first, SENTENCE_STOPS | {";"})
        joined = False  # "menolak tuduhan itu dan mengusir dua diplomat": a second act, done
        for i in range(match.first - 1, start - 1, -1):
            if tokens[i].lower in self.breaks - self.complementizers or tokens[i].text == ",":
                return None  # "denied the report, but on Monday its troops attacked": another clause
            joined = joined or tokens[i].lower in self.coordinators
            if tokens[i].lower not in self.denial_verbs or (i > 0 and tokens[i - 1].lower in self.negators):
                continue
            told = range(i + 1, min(i + 1 + REPORT_REACH, match.first))
            # … but "denied reports that its troops attacked and looted the village" denies both
            if any(tokens[j].lower in self.complementizers for j in told) or (
                not joined and any(tokens[j].lower in self.rumours for j in told)
            ):
                return i
        return None

    def subject_predicate(self, tokens, match: TriggerMatch) -> list[tuple[str, int]]:
        """A noun event that heads its clause's subject is what the predicate after it says: "A Chinese
        invasion of Taiwan could trigger a crisis", "Invasi China ke Taiwan bisa memicu krisis" (none has
        happened: a modal after an indefinite subject), "Netanyahu's visit to Washington, planned for next
        month", "A condemnation from Beijing is expected" (anticipated), "Kunjungan Presiden ke Jepang
        dibatalkan", "The talks were postponed" (called off). Not "The invasion could end soon" (a
        definite event, under way), nor an event after a verb ("Russia launched an invasion that could")."""
        start = self.clause_start(tokens, match.first, self.clause_stops | self.coordinators | {","})
        start = self.reported_clause_start(tokens, start, match.first)
        opening = tokens[start : match.first]
        # the noun opens its clause: no preposition, verb or cue word before it ("akan melakukan kunjungan")
        cues = self.future | self.hypothetical | self.negators | self.anticipated | self.wishes | self.beliefs
        if len(opening) > SUBJECT_REACH or any(
            t.lower in self.prepositions or t.lower in cues or self.verbs.form(t)
            for t in opening + [tokens[match.first]]
        ):
            return []
        between = False  # "talks between Israel and Hamas were postponed": the "and" is the noun's
        for i in self.predicate_span(tokens, match.last):
            word = tokens[i].lower
            between = between or word in self.between_preps
            if word in SENTENCE_STOPS or word in self.relative or word in self.breaks:
                return []
            if word in self.coordinators and not between:
                return []
            # "visit to Washington, planned for …": after a comma only a participle set off by it counts
            if i > match.last and tokens[i - 1].text == "," and word not in self.anticipated | self.cancellations:
                return []
            if word in self.cancellations:
                return [("cancelled", i)]
            # "planned", "dijadwalkan": a participle; "… dari rencana yang …" names a plan, says nothing
            if word in self.anticipated and self.verbs.form(tokens[i]):
                return [("anticipated", i)]
            if word in self.subject_modals:
                definite = any(t.lower in self.definite_markers for t in tokens[start:i])
                return [] if definite else [("hypothetical", i)]
            if word in self.future and self.passive_after(tokens, i):
                return [("anticipated", i)]
        return []

    def passive_after(self, tokens, cue: int) -> bool:
        """ "The ASEAN summit will be held in Jakarta next week", "KTT ASEAN akan digelar di Jakarta
        pekan depan": a future marker right before a passive (a be form, or a verb with a passive
        prefix) says of a noun event heading the subject that it is yet to take place — scheduled,
        not held, and nobody's intent (unlike "Putin will visit")."""
        if cue + 1 >= len(tokens):
            return False
        following = tokens[cue + 1]
        return following.lower in self.be_forms or prefixed_passive(following, self.passive_prefixes)

    def predicate_span(self, tokens, last: int) -> list[int]:
        """Where a noun event's predicate may be: PREDICATE_REACH words on from the noun, the names a
        "between"/"antara" gives it not counted — "talks between Palestinian President Mahmoud Abbas
        and Israeli Prime Minister Ehud Olmert would focus on security" (a prediction, not talks held)."""
        span, counted, between = [], 0, False
        for i in range(last, len(tokens)):
            if counted >= PREDICATE_REACH:
                break
            span.append(i)
            between = between or tokens[i].lower in self.between_preps
            if not (between and tokens[i].text[:1].isupper()):
                counted += 1
        return span

    def reported_clause_start(self, tokens, start: int, first: int) -> int:
        """Where a reported clause with no "that"/"bahwa" opens: after the verb of saying or belief
        that takes it — "Pengamat menilai serangan Rusia ke Kharkiv bisa dimulai pekan depan": the
        attack heads the clause after "menilai", whose modal makes it a prediction."""
        said = [i for i in range(start, first) if tokens[i].lower in self.reporting_verbs]
        return said[-1] + 1 if said else start

    def hoped_outcome(self, tokens, match: TriggerMatch) -> int | None:
        """ "Egypt hoped the talks would lead to a lasting ceasefire", "Mesir berharap perundingan itu
        bisa menghasilkan gencatan senjata": what a hope or belief says may or will follow is not yet
        done — a modal after the verb of hoping, in its clause, before the act."""
        start = self.clause_start(tokens, match.first, SENTENCE_STOPS | {","})
        hope = next((i for i in range(start, match.first) if tokens[i].lower in self.wishes | self.beliefs), None)
        if hope is None:
            return None
        modals = self.subject_modals | self.future
        modal = next((i for i in range(hope + 2, match.first) if tokens[i].lower in modals), None)
        if modal is None or any(
            tokens[i].lower in self.breaks - self.complementizers for i in range(modal, match.first)
        ):
            return None
        return hope

    def hoped_clause(self, tokens, match: TriggerMatch) -> int | None:
        """ "Desmond berharap Presiden mencabut keputusan itu", "Dia berharap, jaksa menuntut mereka
        dengan hukuman ringan", "She hopes the court frees him": the clause after a verb of hoping
        (grammar `hope_verbs`) is wished, not done, even with no modal — a hope word in the act's
        clause before it (a comma may stand right after the hope word), no clause break between."""
        if not self.hopes:
            return None
        start = self.clause_start(tokens, match.first, SENTENCE_STOPS | self.clause_stops - self.complementizers)
        for i in range(match.first - 1, start - 1, -1):
            word = tokens[i]
            if word.lower in self.hopes:
                return i
            if word.text in CLAUSE_PUNCTUATION and not (i > 0 and tokens[i - 1].lower in self.hopes):
                return None
            if word.lower in self.contrasts or word.lower in self.barriers:
                return None
        return None

    def predicted(self, tokens, match: TriggerMatch) -> int | None:
        """ "The experts predicted an upsurge of violence as British troops withdraw", "Analis
        memprediksi pasukan itu mundur": an act a prediction foretells, anywhere in the sentence after
        the verb of predicting (grammar `predictions`) and before a "but", has not happened — unlike
        a belief, a prediction is of the future whatever the tense of the act after it."""
        start = self.clause_start(tokens, match.first, SENTENCE_STOPS)
        for i in range(match.first - 1, start - 1, -1):
            if tokens[i].lower in self.contrasts:
                return None
            if tokens[i].lower in self.predictions:
                return i
        return None

    def forced_unrealised(self, tokens, match: TriggerMatch) -> int | None:
        """ "will face a collapse forcing it into a hasty retreat", "akan menghadapi keruntuhan, yang
        memaksanya mundur", "sanctions could force the regime to withdraw": an act a verb of forcing
        (grammar `forcing_verbs`) brings about is only as real as the forcing — when the forcing is told
        with a future or modal word (or after a prediction), the act has not happened. A forcing clause
        opened by a comma (a relative or a participle) takes the tense of the clause it hangs on."""
        reach = range(match.first - 1, max(-1, match.first - FORCED_REACH - 1), -1)
        force = next((i for i in reach if tokens[i].lower in self.forcing), None)
        if force is None or any(tokens[i].text in CLAUSE_PUNCTUATION for i in range(force + 1, match.first)):
            return None
        cues = self.future | self.hypothetical | self.predictions
        bridged = False
        for i in range(force - 1, max(-1, force - FORCER_REACH - 1), -1):
            word = tokens[i]
            if word.lower in self.relative and not bridged:
                continue
            if word.text == "," and not bridged and i >= force - 2:
                bridged = True  # ", yang memaksanya", ", forcing": the clause before carries the tense
                continue
            if word.text in CLAUSE_PUNCTUATION or word.lower in self.clause_stops:
                return None
            if word.lower in cues and word.lower not in self.conditions:
                return i
        return None

    def forcing_aimed(self, tokens, match: TriggerMatch) -> int | None:
        """ "blocked aid in an attempt to force the U.S. to abandon the base", "sanctions meant to pressure
        the Palestinians to give up their claims", "memblokir bantuan untuk memaksa AS meninggalkan
        pangkalan": a verb of forcing right after the purpose marker (grammar `forcing_verbs`,
        `forcing_infinitives`) states an aim — the act it would force has not happened. "managed to
        force them to retreat" (grammar `achieved_aims` before the marker) was done."""
        reach = range(match.first - 1, max(-1, match.first - FORCED_REACH - 1), -1)
        force = next((i for i in reach if tokens[i].lower in self.forcing_aims), None)
        if force is None or force < 1 or tokens[force - 1].lower not in self.purpose_markers:
            return None
        if tokens[force + 1].lower in self.purpose_markers | self.causes:
            return None  # "bowed to pressure to resign", "yielded to pressure from …": a noun, no aim
        if any(tokens[i].text in CLAUSE_PUNCTUATION for i in range(force + 1, match.first)):
            return None
        if force >= 2 and tokens[force - 2].lower in self.achieved:
            return None
        return force - 1

    def wished_of_another(self, tokens, match: TriggerMatch) -> int | None:
        """ "Democrats want Bush to begin withdrawals of US troops", "wants the blueprint to serve as a
        catalyst for reinvigorating the negotiations": what one party wants another to do (a wish word,
        an object, then "to" before the act, in the act's clause) is not done. "wants to meet" (no
        object) is the wisher's own intent, read as a future elsewhere."""
        stops = self.clause_stops | self.coordinators | {","}
        start = self.clause_start(tokens, match.first, stops)
        # "wants the blueprint to serve as a catalyst for …": an "as" right after the wished verb ("to
        # serve as", "to act as") introduces its role, not a new clause; the wish reaches past it
        while start >= 3 and tokens[start - 1].lower in self.role_as and tokens[start - 3].lower in self.infinitive:
            start = self.clause_start(tokens, start - 1, stops)
        markers = [j for j in range(start, match.first) if tokens[j].lower in self.infinitive]
        for j in markers:
            wish = next((i for i in range(j - 2, start - 1, -1) if tokens[i].lower in self.wishes), None)
            if wish is not None and not any(tokens[k].text == "," for k in range(wish, j)):
                return wish
            seen = self.wished_sight(tokens, j, match.first)
            if seen is not None:
                return seen
        return None

    def wished_sight(self, tokens, marker: int, position: int) -> int | None:
        """ "Advisers would like to see China agree to purchases", "Officials hope to see Iran accept the
        offer": a wish to see (grammar `seeing_verbs`) another party act before the act — the wish word or
        "would like" just before "to see", a party between "see" and the act — is no act done."""
        if marker + 2 >= position or tokens[marker + 1].lower not in self.seeing:
            return None
        before = tokens[marker - 1].lower if marker > 0 else ""
        if before in self.wishes:
            return marker - 1
        if before in self.wish_likes and marker > 1 and tokens[marker - 2].lower in self.conditional_modals:
            return marker - 2
        return None

    def only_if(self, tokens, match: TriggerMatch) -> int | None:
        """ "The president will attend the summit only if the talks go ahead", "akan hadir hanya jika
        …": a future act bound to a condition is not yet promised, only offered on terms."""
        for i in range(match.first, len(tokens)):
            if tokens[i].lower in SENTENCE_STOPS:
                return None
            if any(phrase_at(tokens, i, p) for p in self.strict_conditions):
                return i
        return None

    def campaign_pledge(self, tokens, match: TriggerMatch) -> int | None:
        """ "Prabowo promised free school meals for 80 million children if elected", "berjanji … jika
        terpilih": a promise bound to the speaker's own election is a campaign pledge, no undertaking
        yet (a candidate's promise to voters); the condition may come anywhere later in the sentence."""
        if match.trigger.event != "AGREE":
            return None
        for i in range(match.positions[0], len(tokens)):
            if tokens[i].lower in SENTENCE_STOPS:
                return None
            if any(phrase_at(tokens, i, p) for p in self.campaign_conditions):
                return i
        return None

    def negated_purpose(self, tokens, match: TriggerMatch) -> list[int]:
        """ "I didn't leave Syria to reject Assad", "Saya tidak datang ke Jakarta untuk menolak …": a
        negated main verb denies the purpose ("to"/"untuk") that depends on it, beyond NEAR; "had no
        choice but to attack", "tidak punya pilihan selain menyerang" do the act."""
        marker = match.first - 1
        if marker < 1 or tokens[marker].lower not in self.purpose_markers:
            return []
        stops = self.clause_stops | self.coordinators | self.relative | {","}
        reach = []
        for i in range(marker - 1, max(-1, marker - 1 - PURPOSE_REACH), -1):
            if tokens[i].lower in stops or tokens[i].lower in self.exceptives:
                break
            reach.append(i)
        # a negator within NEAR is the act's own ("did not attend"): the negation above reads it
        return sorted(i for i in reach if i < match.first - NEAR)

    def negated_likelihood(self, tokens, cue: int, match: TriggerMatch) -> int | None:
        """A negation that judges a chance or voices a belief refuses nothing: "Jokowi tidak mungkin akan
        memenuhi undangan itu", "Obama is not likely to attend" (a likelihood word after the negator);
        "Anas menegaskan keyakinannya bahwa SBY tidak akan bersedia …" (another's refusal believed, as
        `believed` reads a future). The likelihood word or the belief verb is returned."""
        between = range(cue + 1, match.first)
        doubt = next((i for i in between if tokens[i].lower in self.likelihood), None)
        if doubt is not None or not any(tokens[i].lower in self.future for i in between):
            return doubt
        return self.believed(tokens, cue)

    def believed(self, tokens, cue: int) -> int | None:
        """A verb of belief or expectation before a future's subject: "Pansus meyakini KPK akan …",
        "analysts expect Iran will …" — a prediction about another party, not its intent."""
        start = self.clause_start(tokens, cue, SENTENCE_STOPS)
        found = [i for i in range(start, cue - 1) if tokens[i].lower in self.beliefs]
        return found[-1] if found else None

    def unconditioned(self, tokens, inside: list[int]) -> list[int]:
        """The gap's words before any condition: in "mengancam akan membalas jika Pakistan tidak
        menghentikan serangan" the "tidak" belongs to the condition, and the threat stands."""
        condition = next((i for i in inside if tokens[i].lower in self.whether), None)
        return inside if condition is None else [i for i in inside if i < condition]

    def negation_reach(self, tokens, near: list[int], match: TriggerMatch) -> list[int]:
        """ "Novel tidak setuju dan melayangkan protes", "polisi tak bergeming dan meminta Rizieq …": a
        negation ends at "and" when a verb of another form follows — a second thing done; verbs of one
        form listed share it: "supaya mereka tidak dilecehkan dan ditangkap" (nor arrested)."""
        joined = [i for i in near if tokens[i].lower in self.coordinators]
        if not joined or joined[-1] == 0:
            return near
        before = self.verbs.form(tokens[joined[-1] - 1])
        if before and before == self.verbs.form(tokens[match.first]):
            return near
        return [i for i in near if i > joined[-1]]

    def shared_future(self, tokens, match: TriggerMatch, markers: frozenset[str] | None = None) -> list[int]:
        """ "AS akan mencatat negara-negara itu dan menyetop bantuan", "the US will review the deal and
        suspend aid": a verb joined by "and"/"dan" right after it, in the form of the verb a future
        marker opens, is as much to come — when nothing new (a subject, a tense word, a clause break)
        stands between. Not "will review the deal and suspended aid" (another form: a past act).
        With the obligation words as `markers` the same holds of a duty: "Iran must halt enrichment and
        allow inspectors in", "Korea Utara harus menutup reaktornya dan mengizinkan pengawas PBB
        masuk" — the second verb is as much only owed as the first."""
        markers = self.future if markers is None else markers
        joint = match.first - 1
        if joint < 2 or tokens[joint].lower not in self.coordinators:
            return []
        start = max(self.clause_start(tokens, joint, self.clause_stops | {","}), joint - COORDINATED_REACH)
        cue = next((i for i in range(joint - 2, start - 1, -1) if tokens[i].lower in markers), None)
        if cue is None or not self.cue_at(tokens, cue):
            return []
        if any(t.lower in self.realised_markers or t.lower in self.negators for t in tokens[cue + 1 : joint]):
            return []  # "akan mencatat … dan telah menyetop", a tense of its own: no shared marker
        form = self.verbs.form(tokens[match.first])
        first = [i for i in range(cue + 1, min(cue + 4, joint)) if tokens[i].text[:1].isalpha()]
        if len(first) > 1 and tokens[first[0]].lower in self.be_forms:
            # "he should be impeached by the House and removed from office", "will be arrested and
            # deported": in a passive the participle after "be" is the first verb, and the second
            # participle shares the marker with it
            first = first[1:]
        return [cue] if first and self.verbs.form(tokens[first[0]]) == form else []

    def shared_negation(self, tokens, match: TriggerMatch) -> list[int]:
        """ "tidak pernah merasa ditekan atau diancam", "did not threaten or attack": a negation before
        the first of two verbs joined by "or" denies the second too — where it reaches the first."""
        joint = match.first - 1
        if joint < 1 or tokens[joint].lower not in self.disjunctions:
            return []
        return list(range(max(0, joint - 1 - NEAR), joint - 1))

    def asked_question(self, tokens, clause) -> list[int]:
        """An indirect question a verb of asking opens ends at its comma, and the clause after it
        answers it: "Saat ditanya apakah kedatangannya upaya unjuk gigi, Lukman dengan tegas
        membantahnya" is a denial; "Asked whether he would resign, the minister denied it" too."""
        clause = list(clause)
        asked = [
            i
            for i in clause
            if tokens[i].lower in self.whether and i > 0 and tokens[i - 1].lower in self.question_verbs
        ]
        if not asked:
            return clause
        comma = next((i for i in clause if i > asked[-1] and tokens[i].text == ","), None)
        return clause if comma is None else [i for i in clause if i > comma]

    def after_condition(self, tokens, clause: list[int]) -> list[int]:
        """A condition that opens the clause ends at its comma: in "If Iran attacks, Israel will
        retaliate" / "Jika Iran menyerang, Israel akan membalas" the retaliation is no hypothesis but
        what is promised (a threat)."""
        # … and so does one set off inside it: "Label itu, kalau dipakai lagi, akan kami larang" (a
        # condition proper: "allow the return of inspectors, expelled in 2002" permits, conditions nothing)
        words = [i for i in clause if tokens[i].text[:1].isalnum()]
        opening = bool(words) and tokens[words[0]].lower in self.whether
        conditions = [
            i for i in clause if tokens[i].lower in self.whether and (opening or tokens[i].lower in self.hypothetical)
        ]
        if not conditions:
            return clause
        comma = next((i for i in clause if i > conditions[-1] and tokens[i].text == ","), None)
        return clause if comma is None else [i for i in clause if i > comma]

    def permitted_reach(self, tokens, clause: range) -> list[int]:
        """A permission reaches its own object only: "the decision to allow the protest was
        unacceptable" — the verb "was" opens the predicate, which nothing allowed."""
        found = list(clause)
        for i in reversed(found):
            if tokens[i].lower in self.permissions and any(tokens[j].lower in self.be_forms for j in found if j > i):
                return [j for j in found if j != i]
        return found

    def realised(self, tokens, i: int) -> bool:
        """ "sudah bisa ditangkap", "telah dapat mengusir gerilyawan": "can" after a perfective marker
        says it was managed, not that it might be."""
        if i > 0 and tokens[i - 1].lower in self.realised_markers:
            return True
        # "Serangan itu terjadi sepekan setelah pasukan Ethiopia dan Somalia dapat mengusir gerilyawan":
        # in a clause that tells what came before the main act, "can" says it was managed
        for j in range(i - 1, max(-1, i - 9), -1):
            word = tokens[j].lower
            if word in self.realised_openers:
                # "Pengungsi akan pulang setelah pasukan dapat mengusir …": not under a future main clause
                return not any(t.lower in self.future or t.lower in self.hypothetical for t in tokens[:j])
            if not tokens[j].text[:1].isalnum() or word in self.clause_stops or word in self.future:
                return False
        return False

    def judged_plan(self, tokens, cue: int, match: TriggerMatch) -> bool:
        """ "Rencana Israel itu ditolak pemerintah Palestina", "Rencana pemerintah dikecam Amnesty": a
        plan heading the subject of a passive verb is what is rejected or condemned, not an act planned
        ("Rencana Israel untuk menyerang Rafah" is one: its "untuk" opens the planned act)."""
        passive = prefixed_passive(tokens[match.first], self.passive_prefixes)
        return passive and cue < match.first and not any(t.lower in self.openers for t in tokens[cue : match.first])

    def attributive_wish(self, tokens, i: int, first: int) -> bool:
        """ "seeking to arrest wanted Palestinians and engaged some in a gun battle", "a man wanted for
        the killing": a wish word that is also an adjective (grammar `attributive_wishes`) wishes
        nothing unless "to", "that", a determiner or the event word itself follows it ("wanted to
        attack", "wanted a meeting", "wanted talks")."""
        if tokens[i].lower not in self.attributive_wishes or i + 1 >= len(tokens) or i + 1 == first:
            return False
        after = tokens[i + 1].lower
        return after not in self.infinitive | self.complementizers | self.determiners

    def duty_at(self, tokens, i: int) -> bool:
        """ "The government needs to engage in dialogue with farmers", "Israel has to withdraw": a verb
        of duty (grammar `duty_verbs`) states an obligation only with "to" right after it."""
        return i + 1 < len(tokens) and tokens[i + 1].lower in self.infinitive

    def ought_not(self, tokens, negator: int) -> int | None:
        """Where the duty word standing right before a "not" is: "kesepakatan itu semestinya tidak
        diteken", "Golkar seharusnya tidak menandatangani perjanjian itu", "they should not have signed
        it" say what ought not to be or have been done — no refusal, and no act either."""
        duty = negator - 1
        return duty if duty >= 0 and tokens[duty].lower in self.obligation else None

    def cue_at(self, tokens, i: int, negation: bool = False) -> bool:
        """Whether a cue word is one here. A negator that is part of an adjective is not: "kelompok
        bersenjata tidak dikenal melepaskan tembakan" (unknown gunmen opened fire) is no denial of the
        shooting; nor a modal written capitalised inside a sentence that is also a month's name: "The
        US last May banned arms sales"."""
        # only a negator makes an idiom with the word after it: "seharusnya hanya berperan" is still an
        # obligation, though "tidak hanya" negates nothing
        idiom = negation and i + 1 < len(tokens) and tokens[i + 1].lower in self.not_negating
        month = i > 0 and tokens[i].lower in self.calendar and tokens[i].text[:1].isupper()
        # "Perkumpulan Keluarga Berencana Indonesia menilai …": a cue word inside a body's name is none
        # (a headline capitalises its every word, so there it still is one)
        named = i > 0 and tokens[i].text[:1].isupper() and tokens[i - 1].text[:1].isupper() and not title_case(tokens)
        # "the American plan was a mistake": a cue word followed by "was" is the subject, no intent
        subject = not negation and i + 1 < len(tokens) and tokens[i + 1].lower in self.copulas
        return not idiom and not month and not named and not subject

    def phrase_before(self, sentence: Sentence, position: int) -> int | None:
        lowers = [t.lower for t in sentence.tokens[:position]]
        for phrase in self.phrases:
            for i in range(len(lowers) - len(phrase) + 1):
                if tuple(lowers[i : i + len(phrase)]) == phrase:
                    return i
        return None
