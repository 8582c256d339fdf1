"""Where the words said start and end in an English sentence: a quotation, a reported clause after "that", a
participle that goes on (", adding that ..."), and the writer's own narration cut from them."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.importing.clauses import (
    OPENING,
    Found,
    Subject,
    clean,
    closing_mark,
    inside,
    quoted_spans,
)
from timeline.importing.english_speech.between import _skip_after_verb
from timeline.importing.english_speech.lexicon import _ACTS, _FINITE, _PRONOUNS
from timeline.importing.english_speech.subjects import read_subject
from timeline.importing.parsed import DIRECT, PARAPHRASE

_PARTICIPLE = re.compile(
    r"(?:,\s*|\s+and\s+|,?\s+but\s+|,?\s+and\s+(?:he|she|they)\s+(?:also\s+)?)"
    r"(?:adding|noting|stressing|saying|warning|insisting|arguing|explaining|"
    r"urging|calling\s+for|calling\s+on|cautioning|promising|pledging|vowing|emphasi[sz]ing|pointing\s+out|telling\s+(?:[\w'’-]+\s+){1,4}?(?=that\b)|telling\s+\w+|added|noted|warned|stressed|"
    r"said|insisted|cautioned|admitted|conceded|acknowledged|underlining|affirming|highlighting|expressing"
    r"|acknowledging"
    # after a comma only: "..., and vowed that ..." is the speaker's; "X said Y was alarmed and called for ..." is Y's
    r"|(?:(?<=,\sand\s)|(?<=,\"\sand\s)|(?<=,”\sand\s))(?:vowed|urged|pledged|promised|appealed|argued|demanded|called\s+on|called\s+for"
    r"|predicted|forecast|suggested|maintained|claimed|asserted|estimated)"
    r"|told\s+(?:[\w'’-]+\s+){1,4}?(?=that\b)|told\s+(?:reporters|journalists)(?:\s+(?:in|at)\s+[A-Z][\w-]*)?)\b\s*"
)
_THAT = re.compile(r"^\s*that\b\s*")
# "insisted, however, that ...", "said, for his part, that ...": a word of the writer's between commas, then the "that"
_ASIDE_THEN_THAT = re.compile(
    r"^(?:however|though|nonetheless|nevertheless|moreover|furthermore|meanwhile|again|too|also|instead|in\s+turn"
    r"|once\s+again|in\s+particular|in\s+addition|at\s+the\s+same\s+time|for\s+(?:his|her|their|its|our)\s+part)"
    r"\s*,\s*that\b\s*",
    re.IGNORECASE,
)
# "admitted his team had switched off", "announced he would step down": a clause without its "that" (a subject of up
# to four words, then its own verb), not an act's object ("admitted the error", "denied the report")
_CLAUSE_AFTER_ACT = re.compile(
    r"^(?:(?!(?:who|which|that|whose|and|or|but)\b)[\w'’-]+\s+){1,4}?"
    r"(?:had|has|have|was|were|is|are|would|will|could|should|might|must|can)\b"
)


def _kind_and_words(text: str) -> tuple[str, str]:
    """Words before their speaker: quoted (in double marks, or in single straight ones as some papers quote), or
    reported."""
    text = clean(text)
    if text[:1] in OPENING or (text[:1] in "'‘" and text[-1:] in "'’" and len(text) > 2):
        return DIRECT, text.strip("“”\"'‘’").rstrip(",").strip()
    return PARAPHRASE, text.strip('“”"')


def _words_after(body: str, start: int, verb: str, subject: Subject) -> list[Found]:
    offset = start + _skip_after_verb(body[start:], verb)
    tail = body[offset:]
    confidence = 0.9 if not subject.unreadable else 0.4
    stripped = tail.lstrip(" :,")
    offset += len(tail) - len(stripped)
    colon = re.match(r"^[^\"“”:,.]{1,60}:\s*(?=[\"“])", stripped)  # "said outside the stadium: \"...\""
    if colon is not None:
        offset += colon.end()
        stripped = stripped[colon.end() :]
    if verb in _ACTS and not (
        stripped[:1] in OPENING
        or _THAT.match(stripped)
        or tail.lstrip().startswith(":")
        or _CLAUSE_AFTER_ACT.match(stripped)
    ):
        # "declared an emergency in the capital and told reporters the government would ...": an act, not words;
        # what the speaker went on to say is theirs all the same.
        spans = quoted_spans(body)
        going_on = next((m for m in _PARTICIPLE.finditer(body, offset) if not inside(m.start(), spans)), None)
        found = _continuations(body, going_on.start(), subject) if going_on is not None else []
        return [replace(found[0], subject=subject), *found[1:]] if found else []
    if stripped[:1] in OPENING:
        closing = closing_mark(body, offset)
        end = closing if closing is not None else len(body)
        words = body[offset + 1 : end].strip().rstrip(",")
        found = [Found(DIRECT, words, subject, confidence if closing is not None else 0.6)] if words else []
        return found + _continuations(body, end + 1, subject)
    that = _THAT.match(stripped) or _ASIDE_THEN_THAT.match(stripped)
    if that is not None:
        offset += that.end()
    return _paraphrase(body, offset, subject, confidence)


def _paraphrase(body: str, start: int, subject: Subject, confidence: float) -> list[Found]:
    spans = quoted_spans(body)
    participle = next((m for m in _PARTICIPLE.finditer(body, start) if not inside(m.start(), spans)), None)
    end = participle.start() if participle is not None else len(body)
    # ("..., the state agency, SPA, said": the source's last comma is no participle's)
    named_source = next((m for m in _TRAILING_SOURCE.finditer(body, start) if not inside(m.start(), spans)), None)
    if named_source is not None and participle is not None and participle.start() >= named_source.start():
        end, participle = named_source.start(), None
    # "..., but the top Kenyan official also said the government would ...": a second attribution in the sentence
    # (it may hold the participle's comma: "..., and its representative, Tajudeen Oyewale, said")
    again = next(
        (
            m
            for m in _SAID_AGAIN.finditer(body, start)
            # ("said Saudi Arabia, Qatar and the UAE had warned that ...": who had warned is the reported clause's)
            if m.start() < end and not inside(m.start(), spans) and not m["who"].endswith(" had")
        ),
        None,
    )
    if again is not None:
        end, participle = again.start(), None
    # "..., according to two diplomats familiar with the talks": who vouches for it, not what was said; "..., and
    # offered India's help": what the speaker did next
    gloss = next((m for m in _GLOSS.finditer(body, start, end) if not inside(m.start(), spans)), None)
    if gloss is not None:
        end = gloss.start()
    deed = next((m for m in _DEED.finditer(body, start, end) if not inside(m.start(), spans)), None)
    if deed is not None:
        end = deed.start()
    writers = next(
        (m for m in _WRITERS_CLAUSE.finditer(body, start, end) if not inside(m.end() - 1, spans)),
        None,
    )
    if writers is not None:
        end = writers.start() + (2 if body[writers.start() + 1] in '"”' else 0)  # the quotation's mark is its
    # 'the world was "teetering on a tightrope", as a new report showed ...': a quotation closes the words, and the
    # clause after its comma is the writer's narration
    after_quote = next((m for m in _AFTER_QUOTE.finditer(body, start, end) if not inside(m.start() + 1, spans)), None)
    if after_quote is not None:
        end = after_quote.start() + 1
    # "..., the official news agency said": a source at the sentence's end vouches for the report, and is not the words
    source = next((m for m in _TRAILING_SOURCE.finditer(body, start, end) if not inside(m.start(), spans)), None)
    if source is not None:
        end = source.start()
    text = clean(body[start:end])
    if _SAID_NOTHING.match(text) and not _FINITE.search(text):
        text = ""  # "Officials have said little about the talks": nothing was said
    found = [Found(PARAPHRASE, text, subject, confidence)] if len(text.split()) >= 2 else []
    if again is not None:
        who = again["who"]
        found.extend(_paraphrase(body, again.end(), Subject() if who.lower() in _PRONOUNS else read_subject(who), 0.8))
    if participle is not None:
        found.extend(_continuations(body, participle.start(), Subject()))
    return found


_SAID_AGAIN = re.compile(
    r"(?:,?\s+(?:but|and)|,\s+(?:while|whereas))\s+(?P<who>he|she|they|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}?"
    # "..., while Deputy Commissioner Irfan Ali said ...": a second speaker by post and name, in capitals
    r"|(?:[A-Z][\w'’.-]+\s+){1,6}[A-Z][\w'’.-]+"
    # "..., and its representative in Afghanistan, Tajudeen Oyewale, said": a post, then the name between commas
    r"|(?:its|his|her|their|the)\s+[\w'’-]+(?:\s+[\w'’-]+){0,6}?,\s+[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){0,3}?,"
    # "..., and his office said ...", "..., but European diplomats cautioned that ...": whose office, or people in the
    # plural by what they are
    r"|(?:his|her|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?"
    r"|(?:[A-Z][\w'’.-]+\s+){0,2}[a-z]{3,}(?:ers|ors|ists|ians|ats|ants|ents|ees|men|women|officials|sources))"
    r"\s+(?:also\s+|later\s+)?"
    r"(?:said|told\s+(?:reporters|journalists|[A-Z][\w-]*)|added|noted|warned|stressed|insisted|cautioned|argued"
    r"|countered)\b(?:\s+that\b)?\s*"
)
_GLOSS = re.compile(
    r",\s*(?:according\s+to\s+[^,;]{3,80}$"
    # "..., in a rare appeal from a government that ...": the writer's comment on the words, not the words
    r"|in\s+(?:a|an)\s+(?:rare|unusual|apparent|clear|veiled|thinly[- ]veiled|pointed|direct|implicit|oblique)\s)"
)
# What the writer adds after reported words, past a comma: a comment on them ("a claim the opposition disputes"), when
# they were said ("days after parliament approved it"), how ("echoing the president", "without giving details",
# "in comments broadcast on state television"), the scene ("amid protests") or what was left unsaid ("but did not
# say when").
_WRITERS_CLAUSE = re.compile(
    # (after a quotation's comma too: 'defend itself "alone if needed," in a televised address')
    r",[\"”]?\s+(?:"
    r"(?:a|an|the)\s+(?:claim|assertion|charge|accusation|allegation|view|position|stance|remark|comment|figure"
    r"|warning|assessment|estimate|prediction|pledge|promise|message|sentiment|argument)\s+(?:that|which|the|echoed"
    r"|disputed|rejected|denied|repeated|shared|made|he|she|they|it|many|some|critics|officials|analysts|[A-Z])"
    r"|(?:a\s+|one\s+|two\s+|three\s+|several\s+|just\s+)?(?:day|days|week|weeks|month|months|hours|year|years)"
    r"\s+(?:after|before|since)\b"
    r"|(?:echoing|referring|reacting|responding|speaking|repeating|reiterating|declining|refusing)\b"
    r"|without\s+(?:giving|providing|offering|elaborating|specifying|saying|naming|identifying|explaining|citing"
    r"|disclosing)\b"
    r"|in\s+(?:comments|remarks|an\s+interview|a\s+statement|a\s+speech|a\s+post|a\s+video|a\s+letter"
    r"|an\s+address|a\s+televised|a\s+message|a\s+briefing|a\s+news\s+conference|a\s+press\s+conference)\b"
    r"|amid\b"
    # "..., during a visit to the border town of Khiam": where the words were said
    r"|during\s+(?:a|an|his|her|their|the)\s+(?:visit|trip|tour|stop|stopover|meeting|call|speech|rally|ceremony"
    r"|inspection)\b"
    r"|but\s+(?:did|does|would|could|has|had)\s+not\s+(?:say|give|elaborate|specify|provide|disclose|comment|offer"
    r"|explain|name|identify|detail)\b"
    r")"
)
# (its name may follow between commas: "..., the Jordan News Agency, Petra, reported", "..., the agency, SPA, said")
_TRAILING_SOURCE = re.compile(
    r",\s+(?:[\w.'’-]+\s+){1,5}?(?:[\w.'’-]+,\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2},\s+)?"
    r"(?:said|reported|says|reports)\s*$"
)
_SAID_NOTHING = re.compile(
    r"^(?:little|nothing|much|something|anything|more|less|few\s+details|no\s+more)"
    r"(?:\s+(?:else|further|publicly|in\s+public))?(?:\s+(?:about|on|regarding)\s+(?:the|his|her|their|its|a|an)\s+"
    r"[\w\s'’-]{1,50})?$",
    re.IGNORECASE,
)
_AFTER_QUOTE = re.compile(r"[\"”],\s+(?:as|while|amid|even\s+as)\s+\S")
# (not a verb of state, which goes on with the reported clause's own subject: 'the state had offered "the fastest
# approvals" and expected construction to begin', 'Jordan was facing "..." and needed regional partnerships')
_DEED = re.compile(
    r"(?:,|(?<=[\"”]))\s+and\s+(?:also\s+|then\s+|later\s+)?"
    r"(?!(?:expected|needed|wanted|remained|seemed|appeared|required|lacked|deserved|hoped|planned|intended|risked"
    r"|faced|involved|included|depended|continued|struggled|failed)\b)[a-z]{3,}ed\b"
)


_SHORT_OCCASION = re.compile(
    r"^(?:in|at|on|after|before|during|while|from|via|over|to|late|early|earlier|later)\b[^\"“”,;:]{0,60}$",
    re.IGNORECASE,
)


def _continuations(body: str, start: int, subject: Subject) -> list[Found]:
    spans = quoted_spans(body)
    participle = next((m for m in _PARTICIPLE.finditer(body, start) if not inside(m.start(), spans)), None)
    between = clean(body[start : participle.start()]).strip('”"') if participle is not None else ""
    # "..., Boric said in a televised address, adding that ...": where or when, then the participle
    if participle is None or (between and not _SHORT_OCCASION.match(between)):
        return []
    rest = body[participle.end() :]
    stripped = rest.lstrip(" :,")
    offset = participle.end() + len(rest) - len(stripped)
    if stripped[:1] in OPENING:
        closing = closing_mark(body, offset)
        end = closing if closing is not None else len(body)
        words = clean(body[offset + 1 : end])
        return ([Found(DIRECT, words, Subject(), 0.85)] if words else []) + _continuations(body, end + 1, Subject())
    that = _THAT.match(stripped) or re.match(r"^(?:in|on|at|during)\s+[^,\"“]{1,40}?\s+that\b\s*", stripped)
    return _paraphrase(body, offset + (that.end() if that else 0), Subject(), 0.85)
