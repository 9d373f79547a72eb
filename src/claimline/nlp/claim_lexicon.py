"""Control vocabulary: the words and phrases that make a sentence a claim.

Each :class:`Trigger` pattern is a general expression of one claim type
(``captured``, ``entered``, ``controls``, ...) in English, Russian or
Ukrainian.  Patterns are regular expressions over the sentence text, matched
case-insensitively; the engine maps a match to the parse token at its
``anchor`` group (or its first word) and reads actor, place, negation and
modality from the parse around it.

Fields that steer the engine:

``strict``
    the word is common in other senses ("took", "left", "hold", "lost"):
    the claim needs a place among the trigger's own arguments, never one
    found elsewhere in the clause.
``role``
    who the actor is: ``agent`` (the doer: subject, passive "by" agent,
    possessor of a nominalisation), ``inline`` (the side is written inside
    the pattern: "in Russian hands", "fell to Ukrainian forces"), or
    ``patient`` (the grammatical subject is the one acted upon: "Ukrainian
    units were surrounded" → encircled by the other side).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimline.model import ClaimType

C = ClaimType


@dataclass(frozen=True, slots=True)
class Trigger:
    type: ClaimType
    pattern: re.Pattern[str]
    strict: bool = False
    role: str = "agent"
    extent: str | None = None  # a fixed extent the phrase itself implies


def _t(type_: ClaimType, rx: str, **kw: object) -> Trigger:
    return Trigger(type_, re.compile(rx, re.IGNORECASE), **kw)  # type: ignore[arg-type]


# A side's name inside a phrase ("in Russian hands", "fell to Ukrainian troops").
_SIDEWORDS = r"(?P<act>(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?[\w'’-]+)"

# -- English ---------------------------------------------------------------
EN_TRIGGERS: tuple[Trigger, ...] = (
    # captured (and its framings)
    _t(
        C.CAPTURED, r"\b(?:captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing|ure)|recaptur(?:e|ed|es|ing))\b"
    ),
    _t(
        C.CAPTURED,
        r"\b(?:liberat(?:e|ed|es|ing|ion)|freed|free(?:s|ing)?|reconquer(?:ed|s|ing)?)\b",
    ),
    _t(C.CAPTURED, r"\b(?:retook|retak(?:e|en|es|ing)|regain(?:ed|s|ing)?)\b"),
    _t(
        C.CAPTURED,
        r"\b(?:took|take[ns]?|taking|won|win(?:s|ning)?)\b(?!\s+(?:up|part|place|off|over\s+as|heavy|losses|measures|steps|care|a\s+(?:decision|step)))",
        strict=True,
    ),
    # "we are getting X back", "got back X", "won X back": a recapture told plainly
    _t(
        C.CAPTURED,
        r"\b(?P<anchor>g(?:et|ets|etting|ot|otten)|w(?:on|in|ins|inning))\s+(?:(?:[\w'’-]+\s+){1,3}?back\b|"
        r"back\s+(?=(?-i:[A-Z])|the\s+(?:town|city|village)))",
        strict=True,
    ),
    _t(C.CAPTURED, r"\b(?:overr?an|overrun(?:ning)?|stormed)\b"),
    _t(
        C.CAPTURED,
        # "cleared the village of mines / rubble" is demining or clean-up, not a capture
        r"\b(?:clear(?:ed|ing)?)\b(?!\s+(?:\w+\s+){0,4}?of\s+(?:\w+\s+)?(?:mines|landmines|"
        r"explosives|ordnance|munitions|debris|rubble|snow|bodies|booby[- ]traps)\b)"
        r"(?=\s+(?:\w+\s+){0,4}?of\b|\s+(?:the\s+)?(?:town|city|village|settlement))",
        strict=True,
    ),
    _t(C.CAPTURED, r"\bmop(?:ped|ping)?\s+up\b"),
    # an agentless passive: "the village had been cleared"
    _t(
        C.CAPTURED,
        r"(?:(?<=been\s)|(?<=was\s)|(?<=were\s)|(?<=is\s)|(?<=fully\s)|(?<=completely\s))"
        r"cleared\b(?!\s+(?:for|to|by\s+(?:the\s+)?(?:censors?|court)))",
    ),
    _t(
        C.CAPTURED,
        r"\b(?P<anchor>push(?:ed|es|ing)?|dr(?:ove|ive|iven|iving)|forc(?:ed|e|ing)|kick(?:ed|ing)?|knock(?:ed|ing)?|oust(?:ed|ing)?)\s+(?:[\w'’-]+\s+){0,4}?out\s+of\b",
    ),
    # "drove them out", "pushed the occupiers out": the place is the one they held
    _t(
        C.CAPTURED,
        r"\b(?P<anchor>push(?:ed|es|ing)?|dr(?:ove|ive|iven|iving)|kick(?:ed|ing)?|oust(?:ed|ing)?)\s+"
        r"(?:them|the\s+(?:enemy|occupiers|invaders|russians|ukrainians))\s+out\b(?!\s+of\b)",
        role="expel",
    ),
    _t(C.CAPTURED, r"\b(?:fell|fall(?:en|s)?)\s+to\s+" + _SIDEWORDS, role="inline"),
    _t(
        C.CAPTURED,
        r"\b(?:fell|fallen)\b(?!\s+(?:back|silent|to\s+pieces|short|apart))",
        strict=True,
    ),
    _t(C.CAPTURED, r"\bfall\s+of\b"),
    _t(C.CAPTURED, r"(?<=['’]s\s)fall\b"),  # "Avdiivka's fall"
    _t(
        C.CAPTURED,
        r"\b(?P<anchor>rais(?:ed|e|es|ing)|hoist(?:ed|s|ing)?|put\s+up|plant(?:ed|ing)?|fly(?:ing)?|flew)\s+(?:\w+\s+){0,4}?flags?\b",
    ),
    _t(
        C.CAPTURED,
        r"\bflags?\s+(?:\w+\s+){0,3}?(?P<anchor>was|were|has\s+been|had\s+been)\s+(?:raised|hoisted|put\s+up|planted)\b",
    ),
    # entered
    _t(C.ENTERED, r"\b(?:enter(?:ed|s|ing)?|entry\s+into)\b"),
    # A flag at the edge of a town marks entry, not capture (longer than the flag capture).
    _t(
        C.ENTERED,
        r"\b(?P<anchor>rais(?:ed|e|es|ing)|hoist(?:ed|s|ing)?|put\s+up|plant(?:ed|ing)?)\s+"
        r"(?:\w+\s+){0,4}?flags?\s+(?:\w+\s+){0,3}?(?:at|near|on|over)\s+the\s+"
        r"(?:entrance|outskirts|edge|approaches|entry)\b",
    ),
    _t(
        C.ENTERED,
        r"\b(?P<anchor>br(?:oke|eak|eaking|oken)|g(?:ot|et|etting)|push(?:ed|ing)?|burst|mov(?:ed|ing))\s+(?:[\w'’-]+\s+){0,2}?into\b",
    ),
    _t(C.ENTERED, r"\b(?P<anchor>forc(?:e|ed|ing))\s+(?:their|its|his|a|the)\s+way\s+into\b"),
    _t(C.ENTERED, r"\binfiltrat(?:e|ed|es|ing|ion)\b"),
    # "advanced into the town", "pushed into its centre": inside it, without full control.
    _t(C.ENTERED, r"\b(?:advanc|push|mov)(?:e|ed|es|ing)\s+into\b"),
    _t(C.ENTERED, r"\bfoothold\b"),
    # "reached the centre of X", "reached the Y microdistrict": inside, short of control
    _t(
        C.ENTERED,
        r"\breach(?:ed|es|ing)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:centre|center|heart|"
        r"(?:micro)?districts?|neighbou?rhoods?|quarters?)\b",
    ),
    # a works named after the town and inside it ("reached the X oil refinery")
    _t(
        C.ENTERED,
        r"\breach(?:ed|es|ing)?\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:[\w-]+\s+)?(?:refinery|"
        r"plant|factory|steelworks|(?:railway|train)\s+station|airfield|airport|industrial\s+zone)\b",
    ),
    _t(C.ENTERED, r"\bpresence\s+(?:in|within|inside)\b"),
    # "several dozen Russian soldiers remain in the north of X", "troops are present in X"
    _t(
        C.ENTERED,
        r"\b(?:troops|forces|soldiers|units|infantry|fighters|servicemen|paratroopers|marines|"
        r"saboteurs|assault\s+groups?)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?P<anchor>remain(?:s|ed)?|(?:are|is|were|was)\s+(?:still\s+)?present)\s+"
        r"(?:in|inside|within)\b(?!\s+(?:control|charge|command|power|hands|place|contact|touch|"
        r"reserve|position|positions)\b)",
        strict=True,
    ),
    _t(C.ENTERED, r"\binside\b(?=\s+(?:the\s+)?(?:town|city|village|settlement|(?-i:[A-Z])))"),
    # "footage shows Russian forces operating in central X": presence
    _t(
        C.ENTERED,
        r"\b(?:troops|forces|soldiers|units|infantry|fighters|servicemen|assault\s+groups?)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?P<anchor>operat(?:ing|e|es|ed))\s+(?:in|inside|within)\b",
        strict=True,
    ),
    # controls (a state)
    # "fire control" over the roads into a town is an encirclement (listed below)
    _t(C.CONTROLS, r"(?<!fire\s)\bcontroll?(?:ed|s|ing)?\b(?!\s+of\s+the\s+(?:sky|air))"),
    # "the garrison retains two bases in X", "retained positions in X": still holding
    _t(C.CONTROLS, r"\bretain(?:s|ed|ing)?\b", strict=True),
    # "X, the last army stronghold": a stronghold of the side named before it
    _t(
        C.CONTROLS,
        r"\b(?P<act>[\w'’-]+)\s+(?P<anchor>stronghold|bastion|bulwark|strongpoint)s?\b",
        role="sided",
    ),
    _t(
        C.CONTROLS,
        r"\b(?P<act>(?-i:[A-Z])[\w'’]+)[-–](?P<anchor>controlled|held|occupied)\b",
        role="inline",
    ),
    _t(C.CONTROLS, r"\b(?:occupied|occupation|occupy(?:ing)?|occupies)\b"),
    _t(C.CONTROLS, r"\bin\s+" + r"(?P<act>[\w'’-]+)" + r"\s+hands\b", role="inline"),
    # "returned to Ukrainian control" is a change of hands: a capture by that side.
    _t(
        C.CAPTURED,
        r"\b(?P<anchor>return(?:ed|s|ing)?|c(?:ame|ome|oming)\s+back)\s+(?:under|to|into)\s+"
        r"(?P<act>[\w'’-]+)\s+(?:control|hands|rule)\b",
        role="inline",
    ),
    _t(C.CONTROLS, r"\bunder\s+(?P<act>[\w'’-]+)\s+(?:rule|occupation)\b", role="inline"),
    # "the village now lies on the Russian side of the front line", "behind Ukrainian lines"
    _t(
        C.CONTROLS,
        r"\b(?:lies|lie|lay|lying|is|are|was|were|remains?|remained|sits?|sat|now)\s+"
        r"(?:now\s+|still\s+|firmly\s+|well\s+)?(?P<anchor>on|behind)\s+(?:the\s+)?"
        r"(?P<act>[\w'’-]+)\s+(?:side\s+of\s+the\s+(?:front(?:\s*line)?|line|contact\s+line)|"
        r"lines|side\s+of\s+the\s+front)\b",
        role="inline",
    ),
    _t(
        C.CONTROLS,
        r"\b(?:h[oe]ld(?:s|ing)?)\b(?!\s+(?:back|off|talks|a\s+meeting|up|on\s+to|their\s+ground|the\s+line))",
        strict=True,
    ),
    _t(C.CONTROLS, r"\bheld\s+out\b"),
    # encircled
    _t(
        C.ENCIRCLED,
        r"\b(?:encircl(?:e|ed|es|ing|ement)|surround(?:ed|s|ing)?|blockad(?:e|ed|es|ing)|besieg(?:e|ed|ing)|siege\s+of|under\s+siege)\b",
    ),
    _t(C.ENCIRCLED, r"\bcut\s+off\b"),
    # "every road out of it was under Ukrainian fire control": the supply lines are held
    _t(C.ENCIRCLED, r"\b(?P<act>[\w'’-]+)\s+fire\s+(?P<anchor>control)\b", role="inline"),
    _t(
        C.ENCIRCLED,
        r"\b(?:cut|severed?|severing|cutting)\s+(?:off\s+)?the\s+(?:last|only|remaining)\s+"
        r"(?:\w+\s+)?(?:road|route|highway|supply\s+line|supply\s+route)s?\b",
    ),
    _t(
        C.ENCIRCLED,
        # "an apartment block", "a block of flats" are buildings, not a blockade.
        # "block by block" is how a place is cleared, not a blockade.
        r"(?<!apartment\s)(?<!residential\s)(?<!housing\s)(?<!tower\s)(?<!office\s)(?<!city\s)"
        r"(?<!by\s)\bblock(?:ed|ing|s)?\b(?!\s+(?:the\s+)?(?:road|roads|access|aid|shipments|exports|"
        r"sites?)|\s+of\s+flats|\s+by\s+block)",
        strict=True,
    ),
    _t(C.ENCIRCLED, r"\b(?:pocket|cauldron|kettle)\b"),
    _t(C.ENCIRCLED, r"\bclose\s+the\s+ring\b", extent="ring not closed"),
    _t(C.ENCIRCLED, r"\bfire\s+control\s+(?:over|of)\b"),
    _t(
        C.ENCIRCLED,
        r"\ball\s+but\s+one\s+(?:road|route|approach|supply)",
        extent="all but one approach",
    ),
    # advancing
    _t(
        C.ADVANCING,
        r"\badvanc(?:e|ed|es|ing)\b(?!\s+into\b)"
        r"(?=\s+(?:\w+\s+){0,3}?(?:toward|towards|on|to|near|in|into|around|closer)\b)",
    ),
    _t(
        C.ADVANCING,
        r"\b(?:approach(?:ed|es|ing)?|clos(?:ing|ed|e)\s+in\s+on|clos(?:er|e)\s+to|nearing)\b",
    ),
    _t(
        C.ADVANCING,
        r"\b(?:toward|towards)\b(?=\s+(?:the\s+)?(?:town|city|village|(?-i:[A-Z])))",
        strict=True,
    ),
    _t(C.ADVANCING, r"\b(?:on|at)\s+the\s+(?:\w+\s+)?outskirts\s+of\b", extent="outskirts"),
    # "assault groups reached the northern outskirts": the outskirts are a part of the
    # place (the guideline's named parts), so reaching them is an entry
    _t(C.ENTERED, r"\breach(?:ed|es|ing)?\s+the\s+(?:\w+\s+)?outskirts\b", extent="outskirts"),
    # "first moved on X in the summer": an advance on the town
    _t(
        C.ADVANCING,
        r"\bmov(?:ed|es|ing|e)\s+on\b(?=\s+(?:(?-i:[A-Z])|the\s+(?:town|city|village)\b))",
        strict=True,
    ),
    # "pressing on X from the south", "pressed toward X": the place must be its own argument
    _t(
        C.ADVANCING,
        r"\bpress(?:ed|es|ing)?\s+(?:on|toward|towards|closer\s+to)\b(?!\s+with)",
        strict=True,
    ),
    _t(
        C.ADVANCING,
        r"\b(?:\d+(?:\s*(?:to|-|–)\s*\d+)?|a\s+few|several|a\s+couple\s+of|a\s+dozen)\s*"
        r"(?:km|kilomet(?:er|re)s?|miles?)\s+(?:from|of|away\s+from|short\s+of)\b",
    ),
    _t(
        C.ADVANCING,
        r"\b(?:took\s+up|taking\s+up|take\s+up)\s+positions\s+(?:near|around|outside)\b",
    ),
    # withdrew
    _t(C.WITHDREW, r"\b(?:withdr(?:ew|aw|awn|awing|awal|aws))\b"),
    _t(
        C.WITHDREW,
        r"\b(?P<anchor>pull(?:ed|s|ing)?|mov(?:ed|ing))\s+(?:[\w'’-]+\s+){0,3}?(?:out|back|away)\b",
    ),
    _t(C.WITHDREW, r"\b(?:pull[- ]?out|pullback)\b"),
    # Euphemisms of the side that withdraws: "moved to more favourable positions".
    _t(
        C.WITHDREW,
        r"\b(?P<anchor>manoeuv?r(?:ed|es|ing)?|maneuver(?:ed|s|ing)?|mov(?:ed|e|es|ing)|"
        r"redeploy(?:ed|s|ing)?|relocat(?:ed|e|es|ing)|regroup(?:ed|s|ing)?)\s+(?:\w+\s+){0,2}?to\s+"
        r"(?:more\s+)?(?:favou?rable|advantageous|safer|prepared|better|rear)\s+"
        r"(?:defensive\s+)?(?:positions|lines|areas)\b",
    ),
    _t(
        C.WITHDREW,
        r"\b(?P<anchor>left|abandoned|gave\s+up)\s+(?:their|its|our|his|the)\s+(?:\w+\s+)?positions\b",
    ),
    _t(
        C.WITHDREW,
        r"\b(?:retreat(?:ed|s|ing)?|f(?:ell|all|alling)\s+back|abandon(?:ed|s|ing)?|vacat(?:ed|e|es|ing)|regroup(?:ed|s|ing)?)\b",
    ),
    _t(C.WITHDREW, r"\b(?:left|leav(?:e|es|ing)|lost|los(?:e|es|ing)|loss\s+of)\b", strict=True),
    # "they took the town … and were driven out by …": the expelled troops lost the place
    # named before ("driven out of X" names it and stays a capture by the other side)
    _t(
        C.WITHDREW,
        r"\b(?:was|were|been|being|got)\s+(?:\w+\s+)?(?P<anchor>driven|pushed|forced|kicked|thrown)"
        r"\s+(?:back\s+)?out\b(?!\s+of\b)",
        role="expelled",
    ),
    # repelled (actor = the defender)
    _t(C.REPELLED, r"\b(?:repel(?:led|s|ling)?|repuls(?:e|ed|es|ing))\b"),
    _t(
        C.REPELLED,
        r"\b(?P<anchor>beat(?:en|s|ing)?|fend(?:ed|s|ing)?|fought|fight(?:s|ing)?|h[oe]ld(?:s|ing)?|driv(?:e|en|ing)|drove|push(?:ed|ing)?|thrown?|threw)\s+(?:\w+\s+){0,3}?(?:back|off)\b",
    ),
    _t(C.REPELLED, r"\b(?:thwart(?:ed|s|ing)?|foil(?:ed|s|ing)?)\b"),
    # "tried to break into X and was destroyed": an attempt whose attackers were
    # wiped out is an attack repelled
    _t(
        C.REPELLED,
        r"\b(?:tried|attempted|sought)\s+to\b[^.;]{0,100}?\b(?:and|but)\s+(?:had\s+been|has\s+been|"
        r"have\s+been|were|was|got)\s+(?:\w+\s+)?(?P<anchor>destroyed|wiped\s+out|eliminated|"
        r"annihilated|routed|stopped|halted)\b",
    ),
    # "the town withstood a renewed offensive", "had resisted Russian assaults"
    _t(
        C.REPELLED,
        r"\b(?:withst(?:ood|and|ands|anding)|resist(?:ed|s|ing)?)\b(?=\s+(?:[\w-]+\s+){0,3}?"
        r"(?:offensives?|assaults?|attacks?|onslaughts?|attempts?|storming)\b)",
    ),
    # contested
    # "after weeks of fighting" dates another event; it claims no fighting of its own.
    _t(
        C.CONTESTED,
        r"(?<!hours\sof\s)(?<!days\sof\s)(?<!weeks\sof\s)(?<!months\sof\s)(?<!years\sof\s)"
        r"\b(?:fighting|battles?|clash(?:es)?|combat|hostilities|firefights?)\b",
    ),
    _t(C.CONTESTED, r"\bfight\s+for\b"),
    # a "grey zone" is ground neither side holds: the town is fought over
    _t(C.CONTESTED, r"\bgr[ae]y\s+zone\b"),
    _t(C.CONTESTED, r"\b(?:assaults?|storm(?:ing)?)\s+(?:on|of)\b"),
    # "had been storming X since October": an assault under way ("stormed X" took it)
    _t(C.CONTESTED, r"\bstorming\b(?=\s+(?:(?-i:[A-Z])|the\s+(?:town|city|village)\b))"),
    # "X has been under repeated assault since spring": fought for, held by neither
    _t(
        C.CONTESTED,
        r"\bunder\s+(?:constant\s+|repeated\s+|heavy\s+|continuous\s+|sustained\s+|ground\s+)?"
        r"assault\b",
    ),
    _t(C.CONTESTED, r"\b(?:defensive|assault|offensive|combat|clearing)\s+operations?\b"),
    _t(
        C.CONTESTED,
        r"\bstabili[sz](?:e|ed|es|ing)\s+(?:\w+\s+){0,2}?(?:positions?|situation|front)\b",
    ),
    # "held out against a siege" is the fight for the town; "under siege" is
    # the encirclement itself (listed with the encircled triggers).
    _t(C.CONTESTED, r"(?<!under\s)\bsiege\b(?!\s+of)"),
)

# -- Russian and Ukrainian: the triggers live in claim_lexicon_cyr (kept apart for size)


def __getattr__(name: str) -> object:
    """``CYR_TRIGGERS`` is defined in :mod:`claimline.nlp.claim_lexicon_cyr`, which
    builds on this module's :class:`Trigger`; read lazily so that both imports work."""
    if name == "CYR_TRIGGERS":
        from claimline.nlp.claim_lexicon_cyr import CYR_TRIGGERS

        return CYR_TRIGGERS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- words that steer modality and polarity -----------------------------------
HEDGE_RX = re.compile(
    r"\b(?:reportedly|allegedly|supposedly|purportedly|apparently|ostensibly|likely|"
    r"unconfirmed|unverified|would\s+(?:show|indicate|suggest)|appear(?:s|ed)?\s+to|"
    r"seem(?:s|ed)?\s+to|(?:could|can|did)\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*|"
    r"(?:was|were|is|are)\s+said\s+to|media\s+reports?\s+(?:say|said|suggest)|"
    r"(?<!the\s)(?<!this\s)(?<!that\s)reports\s+(?:say|said|suggest|indicate)|may\s+have|might\s+have|not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:independently\s+)?(?:confirmed|verified)|according\s+to\s+(?:unconfirmed|some)|"
    r"claim(?:s|ed)?|alleged|so-called)\b"
    r"|якобы|будто\s+бы|нібито|начебто|буцімто|по\s+неподтвержденным|за\s+непідтвердженими"
    # "за неперевіреними даними", "не подтверждались", "блогери стверджують" (claim)
    r"|непровер\w*|неперевір\w*|неподтвержд\w*|непідтвердж\w*|не\s+подтвержд\w*|"
    r"не\s+підтвердж\w*|не\s+подтвердил\w*|не\s+підтверди\w*|стверджу\w*|утвержда\w*",
    re.IGNORECASE,
)

# A hedge the *next* sentence casts on what came before it.
FOLLOW_HEDGE_RX = re.compile(
    # The writer's distance ("could not be verified"), not another party's silence
    # ("Kyiv did not confirm it"), which is no hedge on what was said before.
    r"\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*|"
    r"\b(?:can|has|have|had)\s+not\s+(?:be\s+|been\s+)(?:independently\s+)?(?:verif|confirm)\w*|"
    r"\bno\s+(?:independent\s+)?(?:evidence|confirmation)\b|\bunverified\b|\bunconfirmed\b|"
    r"\b(?:unable|not\s+able)\s+to\s+(?:independently\s+)?(?:verify|confirm)\b",
    re.IGNORECASE,
)

# The writer's distance from every battlefield claim of the article: "could not
# independently verify the accounts of either side".
ALL_HEDGE_RX = re.compile(
    r"\b(?:verify|verified|confirm|confirmed)\s+(?:\w+\s+){0,2}?(?:accounts?|claims?|reports?|statements?)\s+"
    r"(?:of|from|by)\s+(?:either|both|the\s+two)\s+(?:sides?|parties)\b",
    re.IGNORECASE,
)

# Verbs and nouns of denial; a claim under one of them is rebutted.
DENY_LEMMAS = frozenset(
    {"deny", "reject", "dismiss", "refute", "rebut", "disprove", "debunk", "contradict", "dispute"}
)
DENY_RX = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"rebut(?:s|ted|ting)?|debunk(?:s|ed|ing)?|(?:is|was|are|were)\s+(?:false|untrue|not\s+true|a\s+lie|fake)|"
    r"untrue|false\s+claims?|fake\s+news|propaganda|lying|disinformation|informational\s+noise)\b"
    r"|опроверг\w*|спростува\w*|спростов\w*|заперечи\w*|неправд\w*|фейк\w*|не\s+соответству\w*",
    re.IGNORECASE,
)

# A sentence that rebuts the one before it without a claim of its own.
REBUTTAL_SENTENCE_RX = re.compile(
    # "This is false.", "told reporters that the Russian statement was 'not true'"
    r"(?:^\W*|\b(?:said|says|added|stressed|insisted|wrote|replied|responded|told\s+(?:[\w-]+\s+){1,5}?)"
    r"\s*(?:that\s+)?)(?:this|that|it|the\s+(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|statements?|"
    r"announcements?|assertions?)|such\s+claims?|these\s+claims?)\s+"
    r"(?:is|was|are|were)\s+(?:completely\s+|absolutely\s+|simply\s+)?[\"“”'‘]?(?:false|untrue|not\s+true|"
    r"a\s+lie|fake|propaganda|disinformation|premature|fiction|nonsense)\b|\b(?:denied|rejected|dismissed|refuted|disputed|contested|rebutted)\s+"
    r"(?:the|this|that|these|those|such|both|[A-Z][\w-]*['’]s?)\s+(?:\w+\s+)?"
    r"(?:claims?|reports?|statements?|allegations?|assertions?|accounts?)\b|"
    r"\b(?:denied|dismissed|disputed|rejected)\s+(?:it|this|that)\s*[.,;]|"
    # "called the claim untrue", "branded these reports propaganda", "described it as false"
    r"\b(?:called|branded|labell?ed|described)\s+(?:(?:the|this|that|these|those|such|both|"
    r"[A-Z][\w-]*['’]s?)\s+(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|statements?|allegations?|"
    r"assertions?|announcements?)|it|this|that)\s+(?:as\s+)?[\"“”'‘]?(?:false|untrue|fake|baseless|"
    r"groundless|fabricated|a\s+lie|lies|a\s+fabrication|propaganda|disinformation|premature|"
    r"fiction|nonsense)\b|"
    # Russian and Ukrainian: "Это ложь.", «Це брехня», "Все это — фейк": the sentence
    # before called false
    r"^\W*(?:все\s+это|усе\s+це|все\s+це|это|це)\s+(?:[—–-]\s+)?(?:(?:є|является|было|було)\s+)?"
    r"(?:(?:чистая|чиста|откровенная|відверта|очередная|чергова|абсолютная|абсолютна|полная|повна|"
    r"наглая|нахабна)\s+)?(?:ложь|брехня|неправда|фейк|дезинформация|дезінформація|вигадка|"
    r"выдумка|пропаганда|вранье|враньё|провокация|провокація)\b|"
    # Russian and Ukrainian: a claim called false ("называют эти данные фейком", "назвали
    # цю заяву брехнею"), denied with the claim before the verb ("ці повідомлення
    # заперечують"), or said to be untrue ("заявление не соответствует действительности")
    r"\b(?:называ\w*|назвал\w*|назва(?:в|ла|ли|ло)|назива\w*)\s+(?:[\w'’ʼ-]+\s+){0,3}?"
    # the instrumental noun, not an adjective before the claim ("назвали неправдивою заяву
    # про X" names what it rejects, which the place-naming rule handles)
    r"(?:дезинформаци(?:ей|ею)|дезінформаці(?:єю|ями)|фейк(?:ом|ами)|ложью|брехн(?:ею|ёй)|"
    r"неправд(?:ой|ою)|вигадк(?:ою|ами)|выдумк(?:ой|ою|ами)|пропагандо[йю]|вымысл(?:ом|ами)|"
    r"фальшивк(?:ой|ою|ами)|провокаци(?:ей|ею)|провокаці(?:єю))\b|"
    r"\b(?:эти|такие|подобные|эт[ои]|это|ці|такі|подібні|ц[еяю]|ей|це)\s+(?:[\w'’ʼ-]+\s+)?"
    r"(?:сообщени\w*|заявлени\w*|утверждени\w*|данны\w*|информаци\w*|повідомлен\w*|заяв[аиуы]?\w*|"
    r"інформаці\w*|твердженн\w*|дан[іа]\w*)\s+(?:[\w'’ʼ-]+\s+)?"
    r"(?:опроверга\w*|опровер\w*|отрица\w*|отверга\w*|заперечу\w*|заперечи\w*|спростову\w*|"
    r"спростува\w*|відкида\w*|называ\w*\s+(?:ложн|лживы|фейков|неправдив))|"
    r"\b(?:не\s+(?:соответству|відповіда)\w*\s+(?:действительности|дійсності))|"
    # "в Генштабе это опровергли", "спростували це": a pronoun for the claim before
    r"\b(?:это|це|эти|ці)\s+(?:[\w'’ʼ-]+\s+)?(?:опроверг\w*|отверг\w*|спростува\w*|спростову\w*|"
    r"заперечи\w*|заперечу\w*|відкину\w*|отрица\w*)|"
    r"\b(?:опроверг\w*|отверг\w*|спростува\w*|спростову\w*|заперечи\w*|заперечу\w*|відкину\w*)"
    r"\s+(?:это|це|эти|ці)\b|"
    # Russian and Ukrainian: "опроверг эти сообщения", "спростували цю заяву".
    r"(?:опроверг\w*|отверг\w*|спростува\w*|відкину\w*|відкинул\w*)\s+(?:\w+\s+)?"
    r"(?:сообщени\w*|заявлени\w*|информаци\w*|утверждени\w*|данны\w*|повідомлен\w*|заяв[аиуы]\w*|"
    r"інформаці\w*|твердженн\w*)",
    re.IGNORECASE,
)

# Reporting verbs (lemmas) whose subject is the speaker of their complement.
REPORT_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "state",
        "claim",
        "report",
        "announce",
        "add",
        "note",
        "write",
        "post",
        "confirm",
        "declare",
        "insist",
        "assert",
        "allege",
        "inform",
        "stress",
        "explain",
        "acknowledge",
        "admit",
        "argue",
        "boast",
        "warn",
        "show",
        "indicate",
        "suggest",
        "publish",
        "brief",
        "comment",
        "respond",
        "specify",
        "affirm",
        "concede",
        "highlight",
        "emphasize",
        "emphasise",
        "mention",
        "deny",
        "reject",
        "dismiss",
        "refute",
        "rebut",
        "contend",
        "maintain",
        "accord",
        "cite",
        "quote",
        "estimate",
        "refer",
    }
)
# Nouns that carry a claim: "a claim by X that...", "Moscow's claim that...".
CLAIM_NOUNS = frozenset(
    {
        "claim",
        "statement",
        "report",
        "announcement",
        "assertion",
        "allegation",
        "message",
        "post",
        "words",
        "address",
        "bulletin",
        "update",
        "map",
        "video",
        "footage",
        "estimate",
        "assessment",
    }
)
HEDGING_REPORT_LEMMAS = frozenset({"claim", "allege", "boast", "suggest", "purport"})

# Governors that make a claim an intention, a forecast or a hypothesis.
INTENT_LEMMAS = frozenset(
    {
        "plan",
        "aim",
        "seek",
        "try",
        "attempt",
        "intend",
        "want",
        "hope",
        "strive",
        "order",
        "bid",
        "effort",
        "goal",
        "objective",
        "intention",
        "push",
        "drive",
        "mean",
        "prepare",
        "vow",
        "pledge",
        "promise",
        "threaten",
        "decide",
        "command",
        "task",
        "need",
        "must",
        "condition",
        "aspire",
        "struggle",
        "purpose",
        "avoid",
        "prevent",
        "risk",
        "threat",
        "danger",
        "able",
        "unable",
        "chance",
        "capable",
        "opportunity",
    }
)
PREDICT_LEMMAS = frozenset(
    {
        "expect",
        "predict",
        "forecast",
        "anticipate",
        "likely",
        "verge",
        "brink",
        "could",
        "might",
        "may",
        "would",
        "shall",
        "will",
        "soon",
        "imminent",
        "about",
        "poised",
        "set",
        "possible",
        "possibility",
        "prospect",
    }
)
CONDITION_MARKS = frozenset({"if", "unless", "whether", "provided", "suppose", "should"})

# "our troops", "the enemy": sides relative to the speaker.
OWN_SIDE_WORDS = frozenset(
    {"we", "our", "us", "ours", "own", "наши", "наш", "наша", "наші", "мы", "ми"}
    # the oblique cases: "под нашим контролем", "під нашим контролем", "наших позицій"
    | {"нашим", "нашими", "нашей", "нашою", "нашої", "наших", "нашего", "нашого", "нашему"}
    | {"нашому", "наше", "нашу"}
)
ENEMY_WORDS = frozenset(
    {
        "enemy",
        "adversary",
        "foe",
        "opponent",
        "aggressor",
        "противник",
        "противника",
        "враг",
        "врага",
        "ворог",
        "ворога",
        "супротивник",
        "неприятель",
        # adjectives and plural nouns: "ворожі штурмовики", "вражеские войска", "окупанти"
        "ворожі",
        "ворожих",
        "ворожий",
        "вражеские",
        "вражеских",
        "вражеский",
        "окупанти",
        "окупантів",
        "оккупанты",
        "оккупантов",
    }
)

# Force nouns: "X troops are in the town" is a presence claim.
FORCE_LEMMAS = frozenset(
    {
        "troop",
        "force",
        "unit",
        "soldier",
        "army",
        "fighter",
        "serviceman",
        "servicemen",
        "brigade",
        "battalion",
        "regiment",
        "division",
        "group",
        "grouping",
        "we",
        "defender",
        "military",
        "marine",
        "paratrooper",
        "infantry",
        "formation",
        "detachment",
        "column",
        "assault",
        "sabotage",
        "occupier",
        "invader",
        "mercenary",
    }
)

# "the city", "the town", "there": references to the last named settlement.
PLACE_REFERENCE_RX = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:embattled|besieged|key|strategic|ruined|frontline|front-line|"
    r"eastern|southern|northern|western|industrial|small|same|whole|entire|occupied|liberated|"
    r"encircled|surrounded|devastated|destroyed|mining|coal-mining|salt-mining|border|port)\s+)?"
    r"(?:city|town|village|settlement|"
    r"locality|community|stronghold|hub|(?:regional|provincial|district|oblast)\s+(?:capital|centre|center))\b"
    # "the town hall", "the city council" are buildings and bodies, not the town
    r"(?![-\s]+(?:halls?|councils?|mayor|administration|authorities|officials)\b)|\bthere\b|"
    # "broke into its eastern districts": the town's own part
    r"\bits\b(?=\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+|"
    r"industrial\s+|outer\s+)?(?:districts?|outskirts|suburbs?|quarters?|neighbou?rhoods?|"
    r"cent(?:re|er)|edge|part)\b)|"
    # "село" in the singular cases only: "села" is also the plural ("села Донеччини")
    r"\b(?:город[аеу]?|городом|місто|міста|місті|селище|поселок|посел[её]к|населенн?ый\s+пункт|"
    r"населений\s+пункт|село|селі|селе|селом|селу)\b",
    re.IGNORECASE,
)
