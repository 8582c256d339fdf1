"""What stands between an English speech verb and the words: whom it was told to, an occasion, a time, an
outlet named in quotation marks."""

from __future__ import annotations

import re

from timeline.importing.english_speech.lexicon import _AUDIENCES, _FINITE, _OCCASION_STARTS
from timeline.importing.english_speech.names import is_person_noun

# What may stand between the verb and the words: whom it was told to, an occasion, a time.
_TOLD = re.compile(
    # ("told the club's website the win was ...": a body's outlet, its possessive and its noun)
    r"^\s*(?:reporters|journalists|lawmakers|parliament|him|her|them|us"
    r"|the\s+[\w.&-]+(?:['’]s\s+(?:official\s+|own\s+)?[a-z][\w-]*|(?:\s+[A-Z][\w.&-]*)*)"
    r"|an?\s+(?:news\s+conference|press\s+conference|briefing|rally|crowd|meeting|summit)|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*"
    r"|'[A-Z][\w.’&-]*(?:\s+[A-Z][\w.’&-]*)*')(?:\b|(?<='))"
    # ("told the Guardian newspaper the ...", "told Al Arabiya television": the outlet's noun after its name)
    r"(?:\s+(?:newspaper|paper|daily|weekly|magazine|channel|television|radio|broadcaster|agency|website|network)\b"
    r"(?!\s+(?:is|was|were|are|had|has|have|would|will|could|can|should|may|might|must)\b))?"
    r"\s*,?"
)
_OCCASION = re.compile(
    r"^\s*,?\s*(?:(?:on|in|at|during|after|late|early|earlier|later|from|via|over|while|before)\s+"
    r"(?:an?\s+|the\s+|his\s+|her\s+|their\s+|a\s+televised\s+|a\s+joint\s+)?"
    r"(?:Monday\s+|Tuesday\s+|Wednesday\s+|Thursday\s+|Friday\s+|Saturday\s+|Sunday\s+|[\w-]+\s+){0,3}"
    r"(?:statement|interview|conference|news\s+conference|press\s+conference|briefing|speech|address|meeting|"
    r"session|visit|call|post|video|remarks|message|summit|hearing|broadcast|event|sidelines|night|morning|"
    r"filing|release|note|letter|notice|"
    r"afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)"
    r"(?:\s+(?:with|to|in|of|on|at|for|from)\s+(?:the\s+)?[\w.'-]+(?:\s+[A-Z][\w.'-]*)*)?"
    # "in a statement carried by the official MAP news agency"
    r"(?:\s+(?:carried|released|issued|published|posted|broadcast|shared|sent|quoted)\s+(?:by|on|in|to)\s+[^,]*)?"
    r"|(?:in|at|from)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today|yesterday|tonight|this\s+week|last\s+week|on\s+X|in\s+a\s+post\s+on\s+X"
    # where it was said: "said on Telegram", "told state television"
    r"|on\s+(?:Telegram|Facebook|Instagram|TikTok|YouTube|Twitter|WhatsApp|social\s+media|(?:state\s+)?(?:television|TV|radio)))"
    r"\s*,?"
)


# A paper, a channel or an agency named in quotation marks, as Arab and South Asian English papers print them: 'told
# the daily "Al-Shorouk" that', 'in an interview with "Asharq Al-Awsat"'. Its name is whom it was told to, not words.
_QUOTED_OUTLET = re.compile(
    r"^(?P<lead>\s*(?:(?:the|to|with|in\s+an?\s+interview\s+with)\s+)?(?:(?:[a-z][\w-]*\s+){0,2}?(?:daily|newspaper"
    r"|paper|weekly|magazine|channel|broadcaster|agency|website|outlet|station|radio|television|TV)\s+)?)"
    r"[\"“](?P<name>(?:[a-z]{1,3}-)?[A-Z][\w.'’&-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w.'’&-]*){0,3})[\"”]"
    r"(?=\s+(?:that\b|[a-z]))"
)


def _unquote_outlets(text: str) -> str:
    """`text` with the quotation marks of an outlet's name at its start made apostrophes (the same length)."""
    outlet = _QUOTED_OUTLET.match(text)
    if outlet is None:
        return text
    return f"{outlet['lead']}'{outlet['name']}'{text[outlet.end() :]}"


def _skip_after_verb(text: str, verb: str) -> int:
    """How much of `text` (after the verb) is audience, occasion and time, not words said."""
    text = _unquote_outlets(text)
    position = 0
    that = re.match(r"^((?:\s+[\w.’'-]+){0,14}?)\s+that\b", text)
    # (not past a comma: "said in a televised address, warning that ...": the "that" is the participle's)
    if that is not None and not re.search(r"[\"“:,]", that.group(1)):
        between = that.group(1).split()
        # "told Reuters the junta appeared to be betting that ...": a clause, not whom it was told to
        clause = any(_FINITE.fullmatch(word) or re.fullmatch(r"[a-z]{3,}ed", word) for word in between[1:])
        told = verb.startswith(("told", "tells", "assured", "informed", "reminded", "warned")) and not clause
        # "said during an inspection of ..."; not "said on Thursday his party would not join any coalition that ...",
        # where a clause with its own verb stands before the "that" of a relative clause
        finite = any(_FINITE.fullmatch(word) for word in between[1:])  # ("in comments carried by ..." is none)
        occasion = bool(between) and between[0].lower() in _OCCASION_STARTS and not finite
        if not between or (told and len(between) <= 9) or (occasion and (len(between) <= 8 or told or verb == "said")):
            return that.end(1)  # "told world leaders at a briefing that ...": the words start at "that"
    if verb.startswith(("told", "tells")):
        told = _TOLD.match(text)
        if told is not None:
            position = told.end()
            outlet = re.match(r"\s*'[A-Z][^']{0,40}'\s*,?", text[position:])  # "the daily 'Al-Ahram'"
            position += outlet.end() if outlet is not None else 0
        else:
            # "told jurors they must ...", "told investors the worst was over": people in the plural are whom it was
            # told to, as "reporters" is
            audience = re.match(r"^\s*(?:the\s+)?([a-z]{4,}s)\b\s*,?", text)
            noun = audience.group(1) if audience is not None else ""
            if noun and (noun in _AUDIENCES or is_person_noun(noun) or is_person_noun(noun[:-1])):
                position = audience.end()
    while True:
        occasion = _OCCASION.match(text[position:])
        if occasion is None or not occasion.end():
            return position
        position += occasion.end()
