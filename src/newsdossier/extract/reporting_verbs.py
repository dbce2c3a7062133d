"""Which words report speech, belief or a stand, and what each reports: its clause, its object, the object of
its preposition, or a quoted fragment that words something; read by :mod:`.reported` and the cue finders."""

from __future__ import annotations

from .attitudes import VIEWS
from .shortforms import INTENTS, MADE, PUT_FORTH
from .subjects import SPEECH

# Verbs of belief and intent also report a source's position ("Dmytro believes …") when they take a clause.
REPORTING = SPEECH | frozenset("""
believe think fear expect hope worry feel know want agree disagree estimate show find acknowledge recognize
decline refuse plan seek offer point assure remind imply recommend intend foresee forecast clarify""".split())
# Speech acts whose object is what was said about something ("accused Clinton of lying", "called for a
# recount", "endorsed Kasich"): reported speech too, with the object and its complements as content.
SPEECH_ACTS = frozenset("""
accuse criticize criticise praise deny endorse condemn blame reject dismiss question defend propose demand
applaud welcome denounce decry urge promise pledge announce thank mock slam blast insult disparage support
oppose back cite describe call show discuss tout congratulate express prefer assail lambaste lambast berate
chide castigate scold rebuke excoriate laud commend extol hail deride ridicule dispute refute rebut
repudiate disavow proclaim liken envision trumpet bemoan revile downplay savage""".split())
# Nouns of speech and belief whose "that" clause is someone's statement ("his claim that …", "fears that …").
SAYINGS = frozenset("""
claim assertion argument statement suggestion promise pledge warning insistence belief view fear hope concern
assurance accusation allegation charge admission announcement prediction complaint contention notion
""".split())
NOUN_CUES = SAYINGS | INTENTS
# Verbs by which a source dwells on a thing ("stressed her record"): their object is the source's point, but
# only as a fact reported with a tense of its own, not a plan or a manner ("to emphasize …", "…, stressing
# each word"); what is set aside, "on Monday at a forum", is the scene.
STRESSES = frozenset({"stress", "emphasize", "emphasise"})
# Verbs of speech and belief whose noun-phrase object, too, is content ("recalled the vote", "wants a
# recount", "reiterated her support for Lee", "echoed Roe's criticism").
OBJECT_CUES = SPEECH_ACTS | frozenset({"recall", "note", "acknowledge", "want", "warn", "expect", "tweet",
                                       "retweet", "reiterate", "echo"}) | STRESSES
# Speech acts whose topic or cause is a prepositional object ("talked about the border", "argued for a
# recount", "warned of delays"): the object is the content.
PREP_ACTS: dict[str, frozenset[str]] = {verb: frozenset(preps.split(",")) for verb, preps in (
    ("talk", "about"), ("comment", "on"), ("argue", "for,against"), ("advocate", "for"), ("joke", "about"),
    ("boast", "about"), ("brag", "about"), ("warn", "about,of,against"), ("speak", "about"), ("refer", "to"),
    ("hope", "for"), ("push", "for"), ("vouch", "for"), ("balk", "at"), ("rail", "against"),
    ("caution", "against,about"), ("agree", "with,on"), ("disagree", "with,on"))}
# Of these, verbs that report only a topic, never a clause ("Lee speaks fluent Spanish", "spoke so loudly
# it …").
TOPIC_ONLY = frozenset({"speak"})
# Verbs that report only with a tense of their own: a bare participle or infinitive of theirs takes its
# subject from the clause it hangs on, too often someone else ("…, hoping to …"), or is only tried ("sought
# to downplay …"); a participle "intended" is a purpose ("hearings intended to …").
FINITE_ONLY = TOPIC_ONLY | {"hope", "assure", "imply", "intend", "downplay"}
# Verbs whose "for" clause with an infinitive is what they ask for ("called for Russia to withdraw").
CALLS_FOR = frozenset({"call"} | {verb for verb, preps in PREP_ACTS.items() if "for" in preps})
# Verbs by which someone puts words on a thing ("referred to them as 'thugs'", "heralded the deal as a
# 'breakthrough'"): with speech acts and verbs of belief, they report a quoted fragment in their object.
WORDING = SPEECH_ACTS | REPORTING | frozenset("""
refer herald coin identify introduce position label brand dub term characterize portray hail tout talk speak
mock insult blame thank deride ridicule invoke quote repeat chant shout yell scream mouth advocate view regard
""".split())
# Verbs that present something as something ("cast the strike as a fight", "painted Lee as weak", "identified
# the strike as the main threat", "listed the ferry as a cost"): judgements only with "as" ("painted the door
# blue" is no one's view).
CASTS = frozenset({"cast", "portray", "paint", "depict", "characterize", "characterise", "frame", "identify",
                   "list", "label", "brand"})
# Verbs of judgement, reported with their object and its complement ("views Lee as a threat"); "see" and
# "consider" report nothing else ("see whether …", "considering a run").
JUDGE = VIEWS | CASTS
JUDGE_ONLY = frozenset({"see", "consider"})
SPEECH_CUES = REPORTING | SPEECH_ACTS | NOUN_CUES | JUDGE | frozenset(PREP_ACTS) | PUT_FORTH | MADE
# The copula reports only with an adjective of stance ("is skeptical of …": :func:`.attitudes.stance`); a
# clause headed by it is no speech of its own.
CUES = SPEECH_CUES | {"be"}
# Acts that are someone's stand only when a person or a body does them ("Lee voted for the bill", not "Ohio
# voted for Lee"; "Roe attacked the plan", not "the storm attacked …"): cues the learned lexicon may add, and
# acts the parse often hangs on a thing ("struck a populist note, trumpeting …", "a star likened to …").
ACTS_OF_PEOPLE = frozenset({"vote", "attack", "trumpet", "bemoan", "proclaim", "liken", "savage", "revile",
                            "rail", "caution", "vouch"})
# Verbs of belief, wish and intent: under "can" they are the writer's forecast of what someone may expect
# ("Readers can expect her to …"), no view anyone holds.
MINDS = frozenset("""
believe think fear expect hope worry feel know want agree disagree plan seek intend foresee refuse decline
prefer""".split())
# Of these, positions rather than speech: only as reported fact ("endorsed", "backs"), not in the base form,
# which is mostly hypothetical or intended ("would support", "to back").
POSITIONS = frozenset({"support", "oppose", "back", "endorse", "show"})
# Speech acts whose object is content without the scene around it ("defended Lee on Monday"); those that
# word or show something keep their prepositions ("described it as …", "showed Lee ahead in Ohio").
ACTS_ON_OBJECT = SPEECH_ACTS - {"describe", "call", "cite", "show", "express"} | STRESSES
