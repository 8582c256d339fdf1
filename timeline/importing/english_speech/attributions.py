"""Statements in English sentences, as wire services write them: `X said (that) ...`, `X told reporters ...`,
`X said: "..."`, `"...," X said.`, `..., the official said.`, `..., said X, ...`, `..., according to X.`, a
participle that continues, and a paragraph that opens a quotation without closing it."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.importing.clauses import (
    NOT_CLOSED,
    OPENING,
    Found,
    Subject,
    clean,
    closing_mark,
    inside,
    quoted_spans,
)
from timeline.importing.english_speech.between import _skip_after_verb
from timeline.importing.english_speech.lexicon import (
    _FINITE,
    _JOINING_WORDS,
    _NATIONALITY,
    _PLACES,
    _PRONOUNS,
    _UNNAMED_GROUPS,
    _VERB,
)
from timeline.importing.english_speech.names import _MONTH, is_person_noun, reads_as_name
from timeline.importing.english_speech.paragraphs import _sentences, strip_dateline
from timeline.importing.english_speech.subjects import (
    _LEADING,
    _RELATIVE,
    _is_body,
    _is_person,
    _parts,
    _someone,
    _title_like,
    read_subject,
)
from timeline.importing.english_speech.words_said import (
    _PARTICIPLE,
    _continuations,
    _kind_and_words,
    _paraphrase,
    _words_after,
)
from timeline.importing.parsed import DIRECT, PARAPHRASE

_ACCORDING = re.compile(r"(?:^|,\s*|\s)(?:according\s+to|quoting|citing)\s+", re.IGNORECASE)


_ACCORDING_ASIDE = re.compile(r",\s*according\s+to\s+[^,\"“”]{3,80},\s*(?:also\s+)?", re.IGNORECASE)


# A link to another story, as web copy pasted with its page keeps them: the headline after it is no statement here.
_LINK = re.compile(
    r"^(?:Related|Read\s+more|Read\s+also|Also\s+read|See\s+also|More|Watch|Listen|Recommended|Read)\s*[:|]\s",
    re.IGNORECASE,
)


def read_paragraph(paragraph: str) -> list[Found]:
    if _LINK.match(paragraph.strip()):
        return []
    paragraph = _without_heading(strip_dateline(paragraph.strip()))
    if paragraph[:1] in OPENING and closing_mark(paragraph, 0) is None:
        # A quotation that goes on in the next paragraph, by the speaker before.
        return [Found(DIRECT, clean(paragraph[1:]), Subject(), 0.6, [NOT_CLOSED])]
    found: list[Found] = []
    for sentence in _sentences(paragraph):
        found.extend(_sentence(sentence))
    if not found:
        found = _answer(paragraph)
    return [_body_speaking(statement) for statement in found]


# A heading of a few words before a colon, as scoops and newsletters set their paragraphs ("Why it matters:",
# "Driving the news:", "What they're saying:", "The other side:", "Yes, but:"): it says what kind of paragraph follows.
_HEADING = re.compile(r"^(?P<head>[A-Z][\w'’]*(?:,?\s+[\w'’]+){1,4}):\s+(?=[A-Z“\"‘])")


def _without_heading(paragraph: str) -> str:
    """The paragraph without a heading before its colon. A heading holds a word in lower case that is neither a post
    nor a small word of one ("Foreign minister:", "Minister of State:" name a speaker; "Al-Yahya:" answers in a
    transcript), and no speech verb ("Lavrov said:" is a speaker line)."""
    heading = _HEADING.match(paragraph)
    if heading is None or _VERB.search(heading["head"]):
        return paragraph
    words = heading["head"].replace(",", " ").split()
    lowered = [word for word in words[1:] if word[:1].islower()]
    # (a post's noun ends it: "Foreign minister:", "Minister of State:"; "State of play:" is a heading)
    if not lowered or (is_person_noun(words[-1]) and words[-1].lower() not in _JOINING_WORDS):
        return paragraph
    if all(word.lower() in _JOINING_WORDS for word in lowered):
        return paragraph
    return paragraph[heading.end() :]


# A transcript's answer: "Al-Yahya: The technical work is done.", "Mr Lammy: We will keep talking."
_ANSWER = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?P<who>(?:[a-z]{1,3}-)?[A-Z][\w'’-]+"
    # a full name too, as a briefing's transcript gives an answer's speaker: "Dr Maria Van Kerkhove: No. ..."
    r"(?:\s+(?:[A-Z][\w'’-]+|van|von|de|der|al|bin|la|le|du|da)){0,3})"
    r":\s+(?P<words>[A-Z“\"][^:]{8,}[.!?”\"])$"
)
# What stands before a colon at the start of a paragraph and names no one: a live page's or a transcript's headings.
_HEADINGS = {
    *("q", "a", "question", "answer", "update", "updated", "analysis", "watch", "breaking", "explainer", "context"),
    *("timeline", "background", "note", "correction", "reporting", "source", "sources", "photo", "video", "live"),
    *("latest", "read", "listen", "opinion", "comment", "exclusive", "factbox", "view", "editing", "writing", "key"),
}


def _answer(paragraph: str) -> list[Found]:
    """A surname and a colon, then a sentence of words without quotation marks, as transcripts of press conferences
    print answers. Who it is stays a reference to someone named before (the surname alone makes no one new), so a
    heading the list misses is left without a speaker, not made a person."""
    answer = _ANSWER.match(paragraph)
    if answer is None or answer["who"].split()[0].lower() in _HEADINGS or answer["who"].lower() in _PLACES:
        return []
    words = answer["words"].strip('“”"').strip()
    if " " in answer["who"]:
        # A full name is someone, new or named before, with a post before it or not ('Minister Okafor: "..."');
        # capitalised words that read as no name are a heading.
        if reads_as_name(answer["who"]):
            return [Found(DIRECT, words, Subject(name=answer["who"]), 0.6)]
        subject = read_subject(answer["who"])
        back = subject.refers_back.split()
        if subject.name or (back and is_person_noun(back[-1]) and back[-1].lower() not in _JOINING_WORDS):
            return [Found(DIRECT, words, subject, 0.6)]
        return []
    return [Found(DIRECT, words, Subject(refers_back=answer["who"]), 0.6)]


# "it would recall", "its profit rose": what a company or a body says of itself; "it was", "it will be" anyone says.
_ITSELF = re.compile(
    r"^it\s+(?!(?:was|is|seems|seemed|appears|(?:would|will|could|might|may|must|should|has|had)\s+(?:be|been|have)\b))"
    r"|^its\b",
    re.IGNORECASE,
)


def _body_speaking(statement: Found) -> Found:
    """ "Goldman Sachs said it expected two cuts", "Meta Platforms said it would cut staff": a name of two or more words
    with no post, speaking of itself as "it", is a company's or a body's; a person would be "he" or "she". (One-word
    names are judged later, against the people named before.)"""
    subject = statement.subject
    if subject.name and not subject.title and " " in subject.name and _ITSELF.search(statement.text):
        return replace(statement, subject=Subject(unreadable=subject.name))
    return statement


_SAYING = re.compile(r",\s*(?:saying|adding|warning|noting|insisting|stressing|arguing|telling)\b")


def _doing_then_saying(body: str) -> list[Found]:
    """ "WHO chief Tedros congratulated the country, saying it had ...": the one doing is the one saying."""
    saying = _SAYING.search(body)
    if saying is None or inside(saying.start(), quoted_spans(body)):
        return []
    head = _LEADING.sub("", strip_dateline(body[: saying.start()]), count=1)
    # ("The UN High Commissioner for Human Rights, Volker Türk, on Friday voiced alarm ...": a title, a name, a day;
    # "Spain's central bank governor, X, took the opposite view, arguing that ...": a verb of the irregular past)
    opener = re.match(rf"^(?P<subject>(?:\S+\s+){{1,14}}?)(?:[a-z]{{3,}}ed|has|had|{_IRREGULAR_PAST})\b", head)
    subject = read_subject(opener["subject"]) if opener is not None else Subject()
    # ("The Spaniard praised Bouzid, saying ...", "She thanked the crowd, saying ...": a person named before, by
    # post, nationality or pronoun, does it too; not "The company welcomed the deal, saying ...")
    back = subject.refers_back.split()
    earlier = (back and (is_person_noun(back[-1]) or _NATIONALITY.match(back[-1]))) or (
        opener is not None and opener["subject"].strip().lower() in ("he", "she")
    )
    if not subject.name and not earlier:
        return []
    found = _continuations(body, saying.start(), subject)
    return [replace(found[0], subject=subject), *found[1:]] if found else []


# What someone did, in the irregular past, before ", saying that ...": "took the opposite view", "struck a note".
_IRREGULAR_PAST = (
    "took|made|gave|held|met|sent|spoke|won|lost|led|kept|went|came|broke|began|drew|struck|sought|brought|fought"
    "|stood|left|ran|threw|wrote|chose|shook|hit|set|put|sat|rang|bit|overtook|undertook|cast|paid|saw|spent|found"
)
# "Divisions have deepened, with Bundesbank president X telling the Financial Times that ...": a speaker set in a
# clause of "with", the participle saying what they said.
_WITH_SAYING = re.compile(
    r"(?:^|,\s*|\s)with\s+(?P<who>[A-Za-z][^,\"“”]{2,90}?)\s+"
    r"(?P<participle>(?:telling\s+(?:[\w'’-]+\s+){1,5}?that|saying|warning|arguing|insisting|noting|predicting"
    r"|cautioning|stressing)(?:\s+that)?)\s+"
)


# "Rudaw quoted a Kurdish commander, Mazloum Abdi, as saying the SDF was ready for talks": the one quoted says it.
_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(?P<who>[^\"“”]{3,120}?),?\s+as\s+saying[:,]?\s+(?:that\s+)?")


def _quoted_as_saying(body: str) -> list[Found]:
    match = _QUOTED_AS_SAYING.search(body)
    if match is None or inside(match.start(), quoted_spans(body)):
        return []
    subject = read_subject(match["who"])
    if not (subject.name or subject.description or subject.refers_back):
        return []
    if body[match.end() : match.end() + 1] in OPENING:
        return _words_after(body, match.end(), "said", subject)
    return _paraphrase(body, match.end(), subject, 0.8)


def _with_saying(body: str) -> list[Found]:
    spans = quoted_spans(body)
    match = next((m for m in _WITH_SAYING.finditer(body) if not inside(m.start(), spans)), None)
    if match is None:
        return []
    subject = read_subject(match["who"])
    if not (subject.name or subject.description):
        return []
    if body[match.end() : match.end() + 1] in OPENING:
        return _words_after(body, match.end(), "said", subject)
    return _paraphrase(body, match.end(), subject, 0.8)


_PLURAL_SAY = re.compile(r"(?<=\w )say\b")
_NOT_PLURAL_SAY = re.compile(
    r"(?:\bto|would|could|will|can|may|might|should|must|did|do|does|not|n't|\bI|\b[Ww]e|\b[Yy]ou|let's|'d|'ll)\s+$"
)
_DEED_THEN_SAID = re.compile(
    rf"^(?P<subject>(?:\S+\s+){{1,10}}?)(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b[^,;]*\s(?:and|but)\s*$"
)


# "Noting that the world is changing, Xi said ...": a leading participle is a statement of the sentence's speaker.
_LEADING_SAID = re.compile(
    r"^(?P<participle>Noting|Stressing|Warning|Saying|Insisting|Arguing|Adding|Emphasi[sz]ing|Underlining)\s+that\s+"
    r"(?P<text>[^,]{8,200}),\s+(?=\S)"
)


# 'Said Prime Minister Lawrence Wong: "We must stay united."': the verb first, as Singapore and Malaysian papers
# open a quotation (not "Said Abdullah said ...", a name: a colon and a quotation mark must follow)
_SAID_FIRST = re.compile(r"^(?:Said|Added)\s+(?P<who>[^:\"“”]{3,80}):\s*(?=[\"“])")


def _sentence(sentence: str) -> list[Found]:
    said_first = _SAID_FIRST.match(sentence)
    if said_first is not None:
        subject = read_subject(said_first["who"])
        closing = closing_mark(sentence, said_first.end())
        # (a post or a courtesy title must stand between: "Said Abdullah: ..." is a name and a colon)
        titled = subject.title or re.match(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s", said_first["who"])
        if ((subject.name and titled) or subject.refers_back) and closing is not None:
            return [Found(DIRECT, sentence[said_first.end() + 1 : closing].strip(), subject, 0.85)]
    leading = _LEADING_SAID.match(sentence)
    if leading is not None:
        found = _sentence(sentence[leading.end() :])
        if found and found[0].text:
            first = Found(PARAPHRASE, clean(leading["text"]), found[0].subject, 0.7)
            return [first, *found]
    body = sentence.rstrip(" .")
    lead = _LEADING.match(body)
    quote_start = lead.end() if lead is not None and body[lead.end() : lead.end() + 1] in OPENING else 0
    if body[quote_start : quote_start + 1] in OPENING:
        closing = closing_mark(body, quote_start)
        if closing is not None and not clean(body[closing + 1 :]):
            # A quoted sentence alone, after one attributed: the same speaker goes on.
            return [Found(DIRECT, body[quote_start + 1 : closing].strip().rstrip(","), Subject(), 0.7)]
        return _quote_first(body, quote_start)
    aside = _ACCORDING_ASIDE.search(body)
    if aside is not None and _VERB.match(body, aside.end()) and not inside(aside.start(), quoted_spans(body)):
        # "Secretary of State Marco Rubio, according to a State Department readout, told Netanyahu that ...": the
        # source set between the subject and its verb vouches for the report; the subject still speaks
        body = f"{body[: aside.start()]} {body[aside.end() :]}"
    spans = quoted_spans(body)
    according = next((m for m in _ACCORDING.finditer(body) if not inside(m.start(), spans)), None)
    # "Senator Maria Delgado, who wrote the bill, said ...": a verb inside a relative clause is not the attribution
    verb = next(
        (
            m
            for m in _VERB.finditer(body, lead.end() if lead is not None else 0)
            # ("In a video posted on Telegram, X said ...": a verb in the leading phrase is not the attribution)
            if not inside(m.start(), spans)
            and not _IN_RELATIVE.search(body, max(0, m.start() - 80), m.start())
            and not _NOT_SAYING.search(body, max(0, m.start() - 30), m.start())
            and not (m.group(0) in ("told", "tells") and _TOLD_TO.match(body, m.end()))
        ),
        None,
    )
    # "Farmers in South Australia say ...", "Analysts say ...": the present of a plural subject, as features write it
    say = next(
        (
            m
            for m in _PLURAL_SAY.finditer(body)
            if not inside(m.start(), spans) and not _NOT_PLURAL_SAY.search(body, max(0, m.start() - 12), m.start())
        ),
        None,
    )
    if say is not None and (verb is None or say.start() < verb.start()):
        who = body[: say.start()].strip()
        if who in ("They", "they") or read_subject(who).description:
            verb = say
    if according is not None and (verb is None or according.start() < verb.start()):
        return _according(body, according)
    if verb is None:
        return _quoted_as_saying(body) or _with_saying(body) or _doing_then_saying(body)
    if (
        according is not None
        and verb.group(0) not in ("said", "says", "told", "added", "tells", "adds")
        and not read_subject(_AUXILIARY.sub("", body[: verb.start()])).name
    ):
        # "Some board members had argued for waiting, according to people familiar with the discussions": the source
        # at the end tells the whole sentence, when it is someone (not a document) and the verb's subject no one named.
        sourced = _according(body, according)
        if sourced and (sourced[0].subject.name or sourced[0].subject.description or sourced[0].subject.refers_back):
            return sourced
    inverted = _inverted_said(body, verb)
    if inverted:
        return inverted
    last = _last_said(body, spans)
    if last is not None and last.start() > verb.start():
        # "China has confirmed 440 cases ..., Li Bin, deputy head of the commission, said Wednesday": the verb
        # that attributes is the last one; the first is part of what was said.
        found = _trailing_said(body, last)
        first_subject = read_subject(_AUXILIARY.sub("", body[: verb.start()]))
        if found and not (_is_body(found[0].subject) and _is_person(first_subject)):
            # ("The crown prince told the envoy that ..., the state news agency said": the agency reports what the
            # prince said; the words are his)
            return found
    before = body[: verb.start()]
    # "The talks were hard, the official said." — the words come first, the speaker last.
    before = _AUXILIARY.sub("", before)
    trailing = _trailing_subject(before)
    if trailing is not None and _LEADING.match(before) and _LEADING.match(before).end() >= len(trailing[0]):
        trailing = None  # "Speaking in Geneva, Mr. Pedersen said": a leading phrase, not the words
    after = body[verb.end() :]
    skip = _skip_after_verb(after, verb.group(0))
    if after[:skip].rstrip().endswith(","):
        # "said in a televised address, warning that ...": the comma belongs to the participle that follows
        skip = after[:skip].rstrip().rfind(",")
    rest_of_sentence = after[skip:]
    # "..., Miller said on Tuesday, as Blinken met Israeli leaders": a clause about the occasion, not words said
    rest_of_sentence = re.sub(
        r"^\s*,?\s*(?:(?:a\s+day|a\s+week|hours|days|weeks|shortly|moments|minutes|soon)\s+)?"
        r"(?:as|while|when|after|before|amid|ahead\s+of|following|during|in\s+a)\b.*$",
        "",
        rest_of_sentence,
    )
    # "..., one of the people said, speaking on condition of anonymity because ...": why the source is unnamed
    rest_of_sentence = _UNNAMED_BECAUSE.sub("", rest_of_sentence)
    if trailing is not None and len(trailing[0].split()) > 3:
        going_on = _PARTICIPLE.match(rest_of_sentence)  # "..., Li said, adding that the virus may mutate"
        if not clean(rest_of_sentence) or going_on is not None:
            text, subject = trailing
            found = [Found(*_kind_and_words(text), subject, 0.75)]
            if going_on is not None:
                found.extend(_continuations(body, len(body) - len(rest_of_sentence), subject))
            return found
    # "Emirati novelist Noura Al Ketbi, whose latest book is set in the 1930s, said": the clause is about her
    before = re.sub(r",\s*(?:who|whose|which)\b[^,]*,\s*$", " ", before)
    # "Hakan Fidan, speaking at a joint news conference with ... in Ankara, said": where, however long, is no subject
    before = re.sub(r",\s*(?:speaking|writing|addressing|talking)\s[^,\"“”]*,\s*$", " ", before)
    # "A senior official who asked not to be named because he was not authorized to speak publicly said": why the
    # source is unnamed, however long, is no part of who it is
    before = _WHY_UNNAMED.sub("", before)
    # "Turnout was low after influential cleric Muqtada al-Sadr called on his followers to boycott the poll": the verb's
    # subject is the named person that opens its clause of time or cause, not the sentence before it
    clause = _CLAUSE_OPENING.search(before)
    if clause is not None and read_subject(clause["subject"]).name:
        before = clause["subject"]
    # ("X, who is seeking a second term, cast his ballot and urged ...": the clause about the doer is not the deed's)
    doing = re.sub(r",\s*(?:who|whose)\b[^,]*,", "", before)
    length = len(_LEADING.sub("", doing).split())
    # A subject this long is a clause of its own; a leading "Speaking to journalists in Geneva," is not, nor is a long
    # post whose name a courtesy title marks ("HE the Minister of State at the Ministry of ... Dr. Mohammed ...").
    if length > 24 or (length > 16 and not _COURTESY_BEFORE_NAME.search(before)):
        return []
    subject = read_subject(before)  # auxiliaries already gone: "Tokayev has told" is Tokayev
    deed = _DEED_THEN_SAID.match(_LEADING.sub("", doing, count=1))
    if deed is not None and not (subject.name or subject.description):
        # 'Far-right leader Marine Le Pen accused Macron of "fear-mongering" and said ...': who did it says it
        doer = read_subject(deed["subject"])
        back = doer.refers_back.split()
        if (
            doer.name
            or doer.description
            or (back and is_person_noun(back[-1]))  # "The minister visited the camp and said ..."
            or deed["subject"].strip().lower() in _PRONOUNS
        ):
            subject = doer
    if not clean(after) or (after.rstrip().endswith(":") and not re.search(r"[\"“]", after)):
        # "Speaking in Geneva, Mr. Pedersen said:", "Our correspondent Helen Marsh reports from the count:": a speaker
        # line; the words are the next paragraph.
        return [Found(DIRECT, "", subject, 0.8)] if after.rstrip().endswith(":") else []
    return _words_after(body, verb.end(), verb.group(0), subject)


def _inverted_said(body: str, verb: re.Match) -> list[Found]:
    """ "The company is working with banks on the deal, said the people, who asked not to be identified": reported
    words, then the verb, then who said them (as quotations are attributed, but without quotation marks). Not "Li Bin,
    deputy head of the commission, said ...": the words must hold a verb of their own and no relative clause, and
    what follows the verb must name someone and end the sentence."""
    if verb.group(0) not in ("said", "says", "added", "adds"):
        return []
    before = body[: verb.start()]
    text = before.rstrip(" ,")
    if not before.rstrip(" ").endswith(",") or len(text.split()) < 4 or re.search(r",\s*(?:who|whose|which)\b", text):
        return []
    if not (_FINITE.search(text) or re.search(r"\b[a-z]{3,}ed\b", text)):
        spoken_of = read_subject(text)  # "Rents rose faster than wages": a clause, though its verb is irregular
        back = spoken_of.refers_back.split()
        if spoken_of.name or spoken_of.description or (back and is_person_noun(back[-1])):
            return []
    after = body[verb.end() :]
    participle = _PARTICIPLE.search(after)
    # ("..., said Minister of State for Manpower Ong Hui Min on Feb 12": the date is no part of who)
    who = _WHEN_AFTER_WHO.sub("", clean(after[: participle.start()] if participle is not None else after))
    first = who.split(",")[0].split()
    if not first or len(first) > 8 or _FINITE.search(" ".join(first)) or "that" in first:
        return []
    subject = read_subject(who)
    refers_to_people = bool(subject.refers_back) and (
        is_person_noun(subject.refers_back.split()[-1]) or subject.refers_back.split()[-1].lower() in _UNNAMED_GROUPS
    )
    if not (subject.name or subject.description or refers_to_people):
        return []
    found = [Found(*_kind_and_words(text), subject, 0.75)]
    if participle is not None:
        found.extend(_continuations(body, verb.end() + participle.start(), subject))
    return found


# When, after who: "said Minister Ong Hui Min on Feb 12", "said X on 12 February", "said X on Tuesday".
_WHEN_AFTER_WHO = re.compile(
    rf"(?<=\S)\s+on\s+(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*$"
)
# What makes the verb after it no attribution: the passive ("is said to have fled", "Little was said", "it is said"),
# "the said property", and "That said," (however).
_NOT_SAYING = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?|\bthe\s+|^(?:That|This|Having|Which)\s+)$"
)
# "told agencies to prepare contingency plans", "told his players not to panic": an order given, not words reported
# (whom it was told to is one word, a determiner and up to two, or a name in capitals; not "told Reuters the plan to
# expand the port was on track", where a clause follows)
_TOLD_TO = re.compile(
    r"\s+(?:(?:the|his|her|their|its|all|fellow)\s+[\w'’-]+(?:\s+[\w'’-]+)?|[\w'’-]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
    r"\s+(?:not\s+)?to\s+[\"“]?[a-z]+\b"
)
_WHY_UNNAMED = re.compile(
    r",?\s+(?:who|as\s+(?:he|she|they))\s+(?:asked|requested|spoke|declined|insisted|agreed)\s+"
    r"(?:not\s+to\s+be\s+(?:named|identified|quoted)|on\s+(?:the\s+)?condition\s+(?:of|that)\b|anonymously"
    r"|that\s+(?:his|her|their)\s+names?\s+not\s+be\b|to\s+remain\s+anonymous|to\s+be\s+identified)"
    r"[^,\"“”]*,?\s*$"
)
_UNNAMED_BECAUSE = re.compile(
    r"^\s*,\s*(?:speaking|requesting|asking|declining\s+to\s+be\s+named|on\s+condition)\b"
    r"(?:\s+(?:on\s+)?(?:the\s+)?condition\s+(?:of|that)|\s+anonymity|\s+not\s+to\s+be\s+(?:named|identified)|(?<=named))"
    r".*$"
)
_CLAUSE_OPENING = re.compile(
    r"(?:^|\s)(?:after|when|since|because|before|until|once|as)\s+(?P<subject>[A-Za-z][^,;\"“”]{3,80})$"
)
_COURTESY_BEFORE_NAME = re.compile(r"\b(?:Dr\.?|Sheikh|Sheikha|H\.E\.|HE|Eng\.)\s+[A-Z]")
_IN_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,\"“”]*$")
_SAID = re.compile(r"\b(?:said|says|added|told\s+reporters|told)\b")


def _last_said(body: str, spans: tuple[tuple[int, int], ...]) -> re.Match | None:
    matches = [m for m in _SAID.finditer(body) if not inside(m.start(), spans)]
    return matches[-1] if matches else None


def _trailing_said(body: str, said: re.Match) -> list[Found]:
    """The statement of "<words>, <speaker> said <when/where>" read from its last verb, or nothing."""
    before = _AUXILIARY.sub("", body[: said.start()])
    trailing = _trailing_subject(before)
    if trailing is None or len(trailing[0].split()) <= 3:
        return []
    text, subject = trailing
    if not (subject.name or subject.description or subject.refers_back):
        return []
    after = body[said.end() :]
    rest = after[_skip_after_verb(after, said.group(0)) :]
    going_on = _PARTICIPLE.match(rest)
    if clean(rest) and going_on is None:
        return []
    found = [Found(*_kind_and_words(text), subject, 0.75)]
    if going_on is not None:
        found.extend(_continuations(body, len(body) - len(rest), subject))
    return found


_AUXILIARY = re.compile(
    r"\s+(?:has|have|had)(?:\s+(?:also|now|since|repeatedly|previously|earlier|already|just|recently|once))?\s*$",
    re.IGNORECASE,
)


def _trailing_subject(before: str) -> tuple[str, Subject] | None:
    """The words and the speaker of "<words>, <speaker> said", where the speaker may hold commas of its own
    ("..., Li Bin, deputy head of the National Health Commission, said"): the longest run of up to three last
    parts that names someone."""
    parts = _parts(before.rstrip(" ,"))
    if len(parts) < 2 or _RELATIVE.match(clean(parts[-1])):
        return None  # "Danny Kruger, who led the opposition to the bill, said": the speaker, not words and a speaker
    fallback = None
    for count in (3, 2, 1):
        if len(parts) <= count or any(len(part.split()) > _longest_part(part) for part in parts[-count:]):
            continue
        if count > 1 and not all(_title_like(part) or reads_as_name(part) for part in parts[-count:]):
            continue  # "..., all of them in Hubei Province, Li said": words, then the speaker alone
        speaker, text = ",".join(parts[-count:]), ",".join(parts[:-count])
        closing = re.match(r"\s*['’]\s", speaker)  # "'The crimes ... States,' the top Iranian diplomat said"
        if closing is not None and clean(text)[:1] in "'‘":
            speaker, text = speaker[closing.end() :], text + "'"
        subject = read_subject(speaker)
        if subject.name or subject.description or subject.refers_back:
            return text, subject
        if count == 1 and (not subject.unreadable or reads_as_name(parts[-1])):
            fallback = text, subject
    return fallback


def _longest_part(part: str) -> int:
    """How many words a part of a subject may have: a title without a verb may be long ("Director-General of the
    Federal Authority for Identity, Citizenship, Customs and Port Security"); words with one are what was said."""
    return 20 if _title_like(part) and not _FINITE.search(part) else 12


def _quote_first(body: str, start: int) -> list[Found]:
    """ "...," X said. / "...," said X, the ... / "..." according to X."""
    closing = closing_mark(body, start)
    if closing is None:
        return [Found(DIRECT, clean(body[start + 1 :]), Subject(), 0.6, [NOT_CLOSED])]
    words = body[start + 1 : closing].strip().rstrip(",")
    tail = body[closing + 1 :]
    according = _ACCORDING.match(tail) or _ACCORDING.match(" " + tail.lstrip(" ,"))
    if according is not None:
        subject = read_subject(re.split(r"[,.]", tail.lstrip(" ,")[according.end() - 1 :])[0])
        return [Found(DIRECT, words, subject, 0.8)]
    verb = _VERB.search(tail)
    if verb is None or not words:
        return []
    before = clean(tail[: verb.start()])
    if before.count(",") > 1 or len(before.split()) > 10:
        # ('"...," Juliette Morin, a spokesperson for the UN agency for Palestinian refugees (UNRWA), told ...': a
        # name and its post between commas may run longer)
        if before.count(",") > 2 or len(before.split()) > 20 or not _NAME_AND_POST.match(before):
            return []
        if not read_subject(before).name:
            return []
    if before:
        # "...," she told reporters in Abuja, urging ...: whom it was told to is no part of what follows
        subject_text = before
        after = tail[verb.end() :]
        rest_start = verb.end() + len(after[: _skip_after_verb(after, verb.group(0))].rstrip(" ,"))
    else:
        # said X, the Y, adding ...
        after = tail[verb.end() :]
        participle = _PARTICIPLE.search(after)
        subject_text = after[: participle.start()] if participle else after
        rest_start = verb.end() + (participle.start() if participle else len(after))
    subject = read_subject(subject_text)
    found = [Found(DIRECT, words, subject, 0.85 if not subject.unreadable else 0.4)]
    rest = closing + 1 + rest_start
    split = re.match(r"\s*,\s*(?=[\"“])", body[rest:]) if before else None
    if split is not None:
        # '"We want both peoples," he said, "to live side by side in peace."': the quotation goes on after the
        # attribution that splits it, a statement of its own (each part as the text has it)
        opening = rest + split.end()
        end = closing_mark(body, opening)
        if end is not None and clean(body[opening + 1 : end]):
            found.append(Found(DIRECT, clean(body[opening + 1 : end]).rstrip(","), Subject(), 0.85))
            return found + _continuations(body, end + 1, Subject())
    return found + _continuations(body, rest, Subject())


# A name, then a post between commas: ", Juliette Morin, a spokesperson for ...,".
_NAME_AND_POST = re.compile(r"^,?\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4},\s+(?:an?|the)\s+[^,]+,?$")


def _is_apposition(part: str) -> bool:
    """ "a flight operations engineer on the team": a noun phrase about the speaker, not a clause."""
    words = part.split()
    if not 0 < len(words) <= 24:
        return False
    if words[0].lower() not in ("a", "an", "the", "who"):
        # "chief economist at a Lagos-based bank": a post without its article, when nothing in it is a clause
        return _title_like(part) and not _FINITE.search(part) and not re.fullmatch(r"[a-z]+ing", words[0])
    # "a researcher at the institute who worked on the instrument": a relative clause may hold its own verb
    return not _FINITE.search(re.split(r"\bwho\b", part)[0])


def _according(body: str, according: re.Match) -> list[Found]:
    """ "Talks will resume next week, according to a senior official." / "According to X, ..." """
    if according.start() == 0 or not clean(body[: according.start()]):
        # "According to Sarah Al Amiri, a flight engineer on the team, the probe ...": the speaker runs on through
        # the appositions (noun phrases) to the first part that says something.
        rest = body[according.end() :]
        parts = rest.split(",")
        if len(parts) < 2:
            return []
        count = 1
        while count < len(parts) - 1 and count < 3 and _is_apposition(parts[count]):
            count += 1
        subject = read_subject(",".join(parts[:count]))
        offset = according.end() + len(",".join(parts[:count])) + 1
        if not (subject.name or subject.description or subject.refers_back):
            # "According to a statement from the presidency, President Joseph Aoun lauded ...": the source is a
            # document; the sentence after it names its own speaker.
            rest = body[offset:].strip()
            if _VERB.search(rest):
                return _sentence(rest)
        return _paraphrase(body, offset, subject, 0.8)
    subject = read_subject(re.split(r"[,;]", body[according.end() :])[0])
    if according.group(0).strip(" ,").lower() == "citing" and not (subject.name or _someone(subject.description)):
        return []  # "..., citing a \"clear risk\" that ...": a reason given, not a source
    text = clean(body[: according.start()])
    kind = DIRECT if text[:1] in OPENING else PARAPHRASE
    return [Found(kind, text.strip('“”"'), subject, 0.75)] if len(text.split()) >= 2 else []
