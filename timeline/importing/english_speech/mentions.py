"""People named in English narration without speaking yet ("Chinese President Xi Jinping met ..."), so that
"Xi said" or "the Chinese president said" later finds them."""

from __future__ import annotations

import re

from timeline.importing.clauses import (
    Subject,
)
from timeline.importing.english_speech.lexicon import _MENTION_HEADS, _NAME_PARTICLES, _VERB
from timeline.importing.english_speech.names import (
    _is_title_word,
    _title_and_name,
    is_company_name,
    is_person_noun,
    reads_as_name,
)
from timeline.importing.english_speech.paragraphs import _sentences, strip_dateline
from timeline.importing.english_speech.subjects import _LEADING, read_subject

_MENTION_CUE = re.compile(
    r"\b(?:President|Minister|Secretary|Chancellor|Premier|King|Emir|Prince|Ambassador|Envoy|Mayor|Governor|General"
    r"|Commander|Director|Chief|Leader|Speaker|Senator|Judge|Prosecutor|[Ss]pokes(?:man|woman|person)|Officer"
    r"|Commissioner|Chair(?:man|woman)?|CEO|Coordinator|Negotiator|Mediator"
    r"|[Cc]aptain|[Ss]kipper|[Cc]oach|[Mm]anager|[Ww]hip|[Ff]ounder|counterpart"
    r"|runner|sprinter|marathoner)\b"
)
# Heads that say whom someone stands beside, not what post they hold: "his Iraqi counterpart Fuad Hussein" is
# known by name for "Hussein said" later, with no post ("counterpart" of whom is this sentence's).
_RELATIONAL_HEADS = {"counterpart", "counterparts"}
_MENTION_TITLE_FILLER = {"of", "for", "and", "the"}
# Small words that stand between a capitalised word and a post's head without qualifying the post.
_NOT_MODIFIERS = {
    *("between", "with", "by", "from", "to", "among", "against", "after", "before", "under", "including", "like"),
    *("than", "as", "at", "in", "on", "into", "over", "via", "or", "but", "while", "when", "where", "said", "says"),
}
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}")
_APPOSITION = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|bint|ibn|de|da|van|von|der|le|la)\s+)?[A-Z][\w'’.-]+){1,3}),\s+"
    r"(?:\d{1,3},\s+)?"  # ("Gregory Lane Holloway, 58, a former vice president at ...,": an age before the post)
    r"(?P<title>(?:the\s+|a\s+|an\s+)?[^,\d]{3,90}?),\s+(?=[a-z])"
)


def mentions(paragraph: str) -> list[Subject]:
    """The people a paragraph's narration names with a title before the name ("Chinese President Xi Jinping met
    Russian President Vladimir Putin"), so that "Xi said" or "the Russian president said" later find them, with the
    title, though they spoke in no statement yet."""
    paragraph = strip_dateline(paragraph.strip())
    found: list[Subject] = []
    for sentence in _sentences(paragraph) if ", " in paragraph else ():
        # "Rachel Reeves, the chancellor, unveiled ...": a name, then its title between commas.
        apposition = _APPOSITION.match(sentence)
        if apposition is None or not any(is_person_noun(word) for word in apposition["title"].split()):
            continue
        if re.match(r"(?:on|off|in|at|as|by|with|into)\s", apposition["title"]):
            # "Tarek Bouzid, on as a substitute, headed the winner": how or where they were is no post; the name is
            if reads_as_name(apposition["name"]):
                found.append(Subject(name=apposition["name"]))
        else:
            subject = read_subject(f"{apposition['name']}, {apposition['title']}")
            if subject.name == apposition["name"] and subject.title:
                found.append(subject)
    if not _MENTION_CUE.search(paragraph):
        return found
    words = paragraph.split()
    named_up_to = -1  # the last word of the latest name read: no title of the next runs back over it
    for index, word in enumerate(words):
        if word.lower() not in _MENTION_HEADS and word.lower() not in _RELATIONAL_HEADS:
            continue  # a head ending in a comma or a full stop has no name after it
        end = index + 1
        while end < len(words) and end - index <= 4:
            bare = words[end].rstrip(",.;:")
            particle = bare.lower() in _NAME_PARTICLES or re.match(r"^(?:al|el|bin|abu)-[A-Z]", bare)
            if not (bare[:1].isupper() or particle) or _is_title_word(bare):
                break
            end += 1
            if bare != words[end - 1]:
                break  # the name ends at its punctuation
        name = re.sub(r"(?:['’]s)?[,.;:]*$", "", " ".join(words[index + 1 : end]))
        post = ""
        if end == index + 1 and end < len(words) and words[end] in ("of", "for"):
            # "Minister of Water and Irrigation Raed Abu Saud": the post goes on in capitals, then the name
            stop = end
            while stop < len(words) and stop - index <= 10 and words[stop].lower() not in _MENTION_HEADS:
                bare = words[stop].rstrip(",.;:")
                if not (bare[:1].isupper() or bare in _MENTION_TITLE_FILLER or bare.lower() in _NAME_PARTICLES):
                    break
                stop += 1
                if bare != words[stop - 1]:
                    break
            # (".. Raed Abu Saud and Syrian Energy Minister X": an "and" after a name begins the next person)
            cuts = [at for at in range(stop - 1, end, -1) if words[at] == "and"] + [stop]
            for cut in cuts:
                whole, after = _title_and_name(re.sub(r"(?:['’]s)?[,.;:]*$", "", " ".join(words[index:cut])))
                if len(after.split()) >= 2 and reads_as_name(after) and whole.startswith(f"{word} "):
                    name, post = after, whole[len(word) :]
                    break
        start = index
        while start > 0 and index - start < 6 and start - 1 > named_up_to:
            before = words[start - 1]
            # ("Kenyan marathon runner X": a word of what they do between the head and a capitalised word before it)
            modifier = (
                start == index
                and start >= 2
                and before.isalpha()
                and words[start - 2][:1].isupper()
                and not _VERB.fullmatch(before)
                and not before.endswith("ed")
                and before.lower() not in _NOT_MODIFIERS  # "talks in Amman between Minister X and ..."
            )
            # ("U.S. District Judge X": an abbreviation's full stops end no sentence)
            if (before[-1:] in ",;:" or (before[-1:] == "." and not _ABBREVIATION.fullmatch(before))) or not (
                before[:1].isupper() or before.lower() in _MENTION_TITLE_FILLER or _is_title_word(before) or modifier
            ):
                break
            if before == "and" and (start < 2 or not _is_title_word(words[start - 2].rstrip(",.;:"))):
                break  # "Lavrov and U.S. Secretary of State X": two people, unless two posts ("Deputy PM and ...")
            start -= 1
        while start < index and words[start].lower() in _MENTION_TITLE_FILLER:
            start += 1
        title = " ".join(words[start : index + 1]) + post
        if len(name.split()) < 2 or not reads_as_name(name) or title.lower() == words[index].lower() == "general":
            continue
        if word.lower() in _RELATIONAL_HEADS:
            found.append(Subject(name=name))
            continue
        subject = read_subject(f"{title} {name}")
        if subject.name == name and subject.title:
            found.append(subject)
            named_up_to = index + len(post.split()) + len(name.split())
    return found


_NARRATION_SUBJECT = re.compile(
    # (a post may hold "of", "and", "the": "Minister of Water and Irrigation Raed Haddad on Tuesday discussed ...")
    # ("and" only inside a post, after its "of": "Lavrov and U.S. Secretary of State Antony Blinken met" is two people)
    # ("World No. 1 Jannik Sinner beat ...": a rank's number within the post)
    # ("Al Duhail coach Cristobal Ruiz was critical": a post's words in lower case, each a person's noun, checked below)
    r"^(?P<subject>(?:(?:[A-Z][\w'’.-]*|\d{1,3}|(?!(?:and|or|with)\b)[a-z][\w-]*)\s+){0,6}?"
    r"(?:(?:of|for)\s+(?:[A-Z][\w'’.-]*\s+|(?:and|of|the|for)\s+(?=[A-Z])){1,8}?)?"
    r"[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|de|da|van|von)\s+)?[A-Z][\w'’.-]+){1,3})"
    # ("Kamala Dube, 31, won the final": an age between commas, then what she did)
    r"(?=,\s+(?:\d{1,3},\s+)?(?:who|whose|a|an|the)\b|(?:,\s+\d{1,3},)?(?:\s+(?:of|from)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?:has|had|was|is|held|led|met|visited|arrived|left|stood|sat|walked|wore|won|lost|beat|became|ran|took"
    r"|[a-z]+ed)\b)"
)


def narration_subject(paragraph: str) -> Subject | None:
    """The person a paragraph of narration is about, when its first sentence opens with their name ("Outside
    Parliament, Helen Marsh, whose father died ..., held a photograph"): the "she" of the next quotation."""
    sentence = _LEADING.sub("", strip_dateline(paragraph.strip()), count=1)
    match = _NARRATION_SUBJECT.match(sentence)
    if match is None or any(
        word[:1].islower() and not is_person_noun(word) for word in match["subject"].split() if word.isalpha()
    ):
        return None
    subject = read_subject(match["subject"])
    if is_company_name(subject.name):
        return None  # "Al Jazeera reported that ...", "Boca Juniors signed ...": a listed body, not someone
    return subject if subject.name and len(subject.name.split()) >= 2 else None


# A company's legal form after its name: "Tesla Inc.", "Siemens AG", "Rio Tinto Plc", "Toyota Motor Corp."
_LEGAL_FORM = re.compile(
    r"\b(?P<first>[A-Z][\w&'’-]+)(?:\s+[A-Z][\w&'’-]+){0,2}\s+(?:Inc|Corp|Co|Ltd|Plc|plc|PLC|LLC|AG|SE|NV|GmbH|SpA)\b(?!-)"
)


def companies(paragraph: str) -> set[str]:
    """The first words of the companies a paragraph names with their legal form ("Tesla Inc. shares fell ..."): the
    one-word name the copy calls them by afterwards ("Tesla said ...") is a company's, never a person's."""
    if " Inc" not in paragraph and not re.search(r"\s(?:Corp|Co|Ltd|Plc|plc|PLC|LLC|AG|SE|NV|GmbH|SpA)\b", paragraph):
        return set()
    return {match["first"] for match in _LEGAL_FORM.finditer(paragraph)}
