"""Who an English subject names: a person with a title, an unnamed speaker, a reference back to someone named
before, or a company, a body or a document that is no one."""

from __future__ import annotations

import functools
import re

from timeline.importing.clauses import (
    Subject,
    clean,
)
from timeline.importing.english_speech.lexicon import (
    _ANONYMOUS,
    _BODY_WORDS,
    _DOCUMENTS,
    _GROUP_PREPOSITIONS,
    _JOINING_WORDS,
    _NATIONALITY,
    _ORG_NOUNS,
    _PLACES,
    _PRONOUNS,
    _UNNAMED_GROUPS,
)
from timeline.importing.english_speech.names import (
    _EMPLOYER,
    _ORG_NAME,
    _given_name_after_post,
    _plain_title,
    _title_and_name,
    is_person_noun,
    is_rank,
    plural_of_people,
    reads_as_name,
)

_LEADING = re.compile(
    # First, a whole occasion up to its comma, however long: "During a phone interview with ... on Sunday evening,"
    # ("at least six people were killed, ... said": a number, not a place)
    # ("When pressed on the timing, she replied ...": a clause of time before the speaker, as a participle is)
    r"^\s*(?:(?:(?:during|speaking|in|at(?!\s+(?:least|most)\b)|after|before|addressing|asked|when|while|once)"
    r"\s+[^,]{1,160}(?=,)"
    r"|but|and|so|still|yet|however|meanwhile|separately|also|later|earlier|instead|moreover|in\s+addition"
    r"|for\s+(?:his|her|their)\s+part|on\s+\w+(?:\s+\w+)?|in\s+[^,]{1,60}|at(?!\s+(?:least|most)\b)\s+[^,]{1,60}"
    r"|during\s+[^,]{1,60}"
    r"|speaking\s+[^,]{1,80}|asked\s+[^,]{1,80}|after\s+[^,]{1,60}|before\s+[^,]{1,60}|writing\s+[^,]{1,60}"
    r"|[a-z]+ing\s+[^,]{1,100}(?=,)|[a-z]+ing(?=,)"
    r"|(?:outside|inside|near|across|from|with|under|among|amid|despite|following|throughout|within|ahead\s+of)"
    r"\s+[^,]{1,80}(?=,)"
    r"|(?:pressed|asked|questioned|challenged|interviewed|reached)\s+(?:on|about|whether|if|by|for)\s+[^,]{1,100}(?=,))"
    r"\s*,?\s+)+",
    re.IGNORECASE,
)


_ADVERBS = re.compile(
    r"\s+(?:also|later|further|then|again|previously|earlier|too|separately|meanwhile|himself|herself)\b", re.IGNORECASE
)
# Parts of a subject that say when, where or in what turn, not who: "for his part", "elsewhere in the call".
_ASIDE = re.compile(
    r"^(?:for\s+(?:his|her|their)\s+part|elsewhere\b|in\s+turn|meanwhile|however|also|too|separately"
    r"|contesting\b|reporting\b|writing\b|speaking\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # "Justice X, in her dissent, said", "Judge Y, in his order,": where the words stand, not a post
    r"|in\s+(?:his|her|their|its)\s+\w+$"
    # "Justice X, in a dissent joined by two other justices,": where the words stand, however long, is no post
    r"|in\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:dissent|opinion|ruling|judgment|order|decision|filing"
    r"|statement|letter|speech|interview|post|address|video|message|column|op-ed|essay|memo|testimony|brief)\b)",
    re.IGNORECASE,
)
# Lower case: "WHO Director-General Tedros" opens with the body, not a relative clause.
_RELATIVE = re.compile(r"^(?:who|which|whose|where|when|speaking|writing)\b")


# A list of capitalised names inside a title, after its "for" or "of": "the Federal Authority for Identity,
# Citizenship, Customs and Port Security", whose commas do not end the title.
_ITEM = r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}"
_ENUMERATION = re.compile(rf"(?:(?<=\bfor )|(?<=\bof )|(?<=\bon )){_ITEM}(?:,\s+{_ITEM})+,?\s+and\s+(?=[A-Z])")


def _parts(text: str) -> list[str]:
    """The comma-separated parts of a subject, a list of names inside a title kept whole."""
    if ", " not in text or " and " not in text:
        return text.split(",")
    protected = _ENUMERATION.sub(lambda match: match.group(0).replace(",", "\u2063"), text)
    return [part.replace("\u2063", ",") for part in protected.split(",")]


_LISTED_OR_BASED = re.compile(
    r"^(?:the\s+)?[\w.&'’]+-(?:listed|based|owned|run|backed|controlled|funded|headquartered|registered)\s+([^,]+)$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=20_000)
def read_subject(subject: str) -> Subject:
    """Who an English subject names: "Secretary of State Antony Blinken", "Antony Blinken, the U.S. secretary of
    state,", "a senior State Department official", "the Russian foreign minister", "he"."""
    subject = clean(subject)
    lead = _LEADING.match(subject)
    subject = _ADVERBS.sub("", subject[lead.end() :] if lead is not None else subject)
    if lead is not None and is_person_noun(lead.group(0).rstrip(" ,").split()[-1]):
        # "In a statement issued by his spokesperson, Stéphane Dujarric, the Secretary-General said": the name after
        # a leading phrase that ends on a person's noun is that person's, and the subject is what follows it
        named, _, rest = subject.partition(",")
        if rest.strip().lower().startswith("the ") and reads_as_name(named.strip()) and "," not in rest:
            subject = rest.strip()
    # "Here is what Guterres said:": a cleft's opening is no post
    subject = re.sub(r"^(?:here|this|that)\s+is\s+what\s+", "", subject, flags=re.IGNORECASE)
    # "Rep. Dana Whitfield (R-Ohio)": a party and a state after an American lawmaker's name
    subject = _PARTY_AND_STATE.sub("", subject)
    # 'RSF commander Mohamed Hamdan Dagalo "Hemedti"', 'Ahmed "Hamada" Salem': a nickname in quotation marks
    subject = _NICKNAME.sub("", subject)
    # "Nasdaq-listed Grab", "Dubai-based Emaar": where a body is listed or based, then the body's one word (a person
    # has a post there: "London-based economist Jane Foley")
    listed = _LISTED_OR_BASED.match(subject)
    if listed is not None and re.fullmatch(r"[A-Z][\w&'’.-]*", listed.group(1).strip()):
        return Subject(unreadable=subject)
    # "Opposition MK Orit Ben-Ami (Yesh Atid)": a party in brackets after a name (not "... Commission (INEC)")
    bracket = re.search(r"\s*\([^()]{1,40}\)$", subject)
    if bracket is not None and reads_as_name(_title_and_name(subject[: bracket.start()])[1]):
        subject = subject[: bracket.start()]
    # "HE the Minister of State ...": His Excellency, as Gulf papers abbreviate it (in capitals: "he" is a pronoun)
    subject = re.sub(r"^(?:HE|H\.E\.)\s+(?:the\s+)?(?=[A-Z])", "", subject)
    subject = re.sub(r"^(?:the\s+)?(?:UN|U\.N\.)\s+(?=[A-Z])", lambda m: m.group(0), subject)
    parts = []
    for raw in _parts(subject):
        part = clean(raw)
        if re.match(r"which\s", part):
            return Subject(unreadable=subject)  # "Sauber, which becomes Audi next year, said": a thing's, no one's
        if _RELATIVE.match(part) or _MEMBERS.match(part):
            # "one resident, who gave only her first name, Marta": what follows is the clause's; "The Bench,
            # comprising Chief Justice X and Justice Y,": the members of the body that spoke, not the speaker
            break
        if _PARTY_AND_STATE_PART.fullmatch(part) or _WHO_ELSE.fullmatch(part):
            # "Rep. Alicia Moreno, D-Texas, said": her party and state, between commas; "Sen. John Harlow, of Ohio,",
            # "Gov. Maria Lujan, a Democrat,", 'Ahmed Hassan, known as "Mido",': where from, which party, what called
            continue
        if part and not _ASIDE.match(part) and not re.fullmatch(r"\d{1,3}", part):  # "Nigel Farage, 60,"
            parts.append(part)
    if len(parts) >= 2 and parts[0].lower() in _QUANTIFIERS:
        # "This, she said, was the end": the words' first word, then the speaker set in the middle of them
        parts = parts[1:]
    if not parts:
        return Subject()
    if len(parts) >= 2:
        names = [part for part in parts if reads_as_name(part)]
        names = names or [part for part in parts if reads_as_name(_title_and_name(part)[1])]
        # ("General X, spokesman for the Joint Operations Command,": a post in lower case that ends on a body's
        # capitalised words is the post, not a second name)
        names = names[:1] + [part for part in names[1:] if not part[:1].islower()]
        titles = [part for part in parts if part not in names]
        titles = [part for part in titles if not re.match(r"^[a-z]+ing\b", part)]  # "playing his last match"
        if names:
            title, name = _title_and_name(names[0])
            # (a courtesy title makes a person: "Dr. Luis Ochoa, the health authority for Gaines County")
            if titles and _names_a_body(titles[0]) and not _COURTESY.match(names[0]):
                return Subject(unreadable=names[0])  # "Safaricom, the country's largest company,": a company
            # ("Lead researcher X, from the University of Cambridge,", "Canadian astronaut X, one of the four crew
            # members,": where they work, or a group they belong to, tells no post; the post before the name stands)
            if titles and title and not is_rank(title) and _NO_POST.match(titles[0]):
                titles = []
            if titles:
                title = titles[0]
                following = parts.index(titles[0]) + 1
                if following < len(parts) and parts[following] not in names and _ORG_NAME.match(parts[following]):
                    title = f"{title}, {parts[following]}"  # "Chairman and Chief Executive, Emirates Airline and Group"
            return Subject(name=name, title=_plain_title(title))
        parts = [parts[0]]
    part = parts[0]
    # "one of the people said": one of a group named before, who speaks for it as "the people" would
    part = re.sub(r"^one\s+of\s+(?:the|those|these)\s+(?=[a-z])", "the ", part)
    words = part.split()
    lowered = [word.lower() for word in words]
    if " ".join(lowered) in _QUANTIFIERS:
        return Subject(unreadable=part)  # "Others said", "Both said", "Nobody said": no one the text names
    # ("According to him, ...", "..., according to her": the pronoun after a preposition is the speaker before)
    if (len(words) == 1 and (lowered[0] in _PRONOUNS or lowered[0] in ("him", "her", "them"))) or re.match(
        r"^(?:his|her|their)\s+(?:highness|excellency|majesty|holiness|royal\s+highness)$", part, re.IGNORECASE
    ):
        return Subject()
    if (
        lowered[0] in ("a", "an", "another", "one", "two", "three", "several", "some", "many")
        or ((lowered[0] in _UNNAMED_GROUPS or _unnamed_plural(lowered)) and not _body_post_and_name(part))
        or (
            lowered[0] != "the"
            and any(word.strip(",") in _ANONYMOUS for word in lowered[-2:])
            and not reads_as_name(_title_and_name(part)[1])
        )
    ):
        description = " ".join(words[1:]) if lowered[0] in ("a", "an", "another") else part
        description = re.sub(r"^one\s+", "", description, flags=re.IGNORECASE)  # "one hotel receptionist"
        # "a Gulf-based analyst who declined to be named": why the source is unnamed is not who it is
        description = _WHY_UNNAMED.sub("", description) or description
        # ("Truckers at the Namanga border post": a document's word after where they are is a place, not a document)
        said_by = re.split(r"\s+(?:at|in|from|near|outside|inside)\s+", description)[0]
        if any(word.lower().strip(",.") in _DOCUMENTS for word in said_by.split()):
            return Subject(unreadable=part)  # "a joint statement issued by the governments": no person said it
        # "a hospital doctor in the rebel-held town of Darkush": who, without where; but "a woman from Lyon" keeps
        # where she is from, or nothing would be left to tell her from anyone else.
        who = re.split(r"\s+(?:in|at|from|based\s+in)\s+(?=the\s|[A-Z])", description)[0]
        if len(who.split()) >= 2:
            description = who
        # (the head noun comes before where they are: "economists at a think tank" are people, not a tank)
        # ("one person close to the governing council": the person, not the council)
        head = re.split(r"\s+(?:for|of|by|on|at|in|from|with|close\s+to|familiar\s+with|near|who|to)\s+", description)
        head = head[0].split()[-1].lower().strip(",.")
        if head in _BODY_WORDS:
            return Subject(unreadable=part)  # "an Ipsos projection for France Télévisions": no person said it
        return Subject(description=description)
    if len(words) >= 2 and words[-2].lower().strip(",") in _ORG_NOUNS and reads_as_name(words[-1]):
        return Subject(unreadable=part)  # "state utility Eskom", "the carmaker Volkswagen": a company
    if len(words) == 1 and re.search(r"[a-z]['’]s$", part):
        return Subject(unreadable=part)  # "Moody's said", "Sainsbury's said": a firm named after its founder
    employer = _EMPLOYER.match(part)
    if employer is not None:
        # "Analyst Lars Holm of Nordic Equity Research": the employer is neither the name nor the post.
        title, name = _title_and_name(employer["person"])
        if title and len(name.split()) >= 2 and reads_as_name(name):
            return Subject(name=name, title=_plain_title(title))
        # "said Tamas Varga of PVM Oil Associates": a full name, then where the person works (not a state's name:
        # "the Islamic Republic of Iran", "the Grand Duchy of Luxembourg")
        org_words = employer["org"].lower().split()
        if (
            not title
            and len(name.split()) >= 2
            and reads_as_name(name)
            and name.split()[-1].lower() not in _STATES_OF
            and org_words[-1] not in _PLACES
        ):
            return Subject(name=name)
    title, name = _title_and_name(part)
    if lowered[0] == "our" and not name:
        return Subject(description=" ".join(words[1:]))  # "our political editor": the paper's own, unnamed
    title = re.sub(r"^(?:our|their)\s+", "", title, flags=re.IGNORECASE)
    if lowered[0] == "the" and len(words) >= 3 and words[-1][:1].isupper() and _names_a_body(part):
        return Subject(unreadable=part)  # "The World Food Programme": a body, not "the minister" said before
    # "the Government of National Unity (GNU)", "Government of National Accord": a body's noun, "of" and a
    # capitalised name whose last word follows no person's noun (an adjective: "National") is the body's whole name,
    # its last word no surname ("Ministry of Interior spokesman Mansour" names him)
    bare = re.sub(r"\s*\([^()]{1,12}\)$", "", part).split()
    if bare and bare[0].lower() == "the":
        bare = bare[1:]
    if len(bare) >= 3 and bare[1] == "of" and (bare[0].lower() in _BODY_WORDS or bare[0].lower() == "government"):
        body_title, body_name = _title_and_name(" ".join(bare))
        last = body_title.split()[-1].lower() if body_title else ""
        if len(body_name.split()) == 1 and (not is_person_noun(last) or re.search(r"(?:al|ic|ary)$", last)):
            return Subject(unreadable=part)
    if lowered[0] == "the":
        if name and reads_as_name(name):  # "the bloc's top diplomat Kaja Kallas"
            return Subject(name=name, title=_plain_title(title))
        return Subject(refers_back=" ".join(words[1:]))
    if name and (reads_as_name(name) or _given_name_after_post(title, name)):
        return Subject(name=name, title=_plain_title(title))
    if title and not name:
        if _NAMES_JOINED.fullmatch(title) and not any(
            is_person_noun(word) and word.lower() not in _JOINING_WORDS for word in title.split()
        ):
            return Subject(unreadable=part)  # "Airbus and Boeing said": two firms, no post of someone named before
        return Subject(refers_back=title)
    return Subject(unreadable=part)


def _body_post_and_name(part: str) -> bool:
    """Whether a subject that opens with a plural noun of people is a body's name, a post in it and a person's name
    ("Veterans Affairs Secretary Denis McDonough", "Citizens Advice chief executive Clare Moriarty"), not a group."""
    title, name = _title_and_name(part)
    last = title.split()[-1].lower() if title else ""
    return len(name.split()) >= 2 and reads_as_name(name) and len(last) > 3 and is_person_noun(last)


# An aside after a name that says where someone works or what they belong to, no post of theirs.
_NO_POST = re.compile(r"^(?:from|of|at|with|one\s+of|among|part\s+of|a\s+member\s+of)\s", re.IGNORECASE)


# Capitalised names joined by "and" (and commas): "Airbus and Boeing", "Siemens, Alstom and ABB".
_NAME = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}"
_NAMES_JOINED = re.compile(rf"{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}")


# Pronouns of quantity in a subject's place: who they are is in other sentences, if anywhere.
_WHY_UNNAMED = re.compile(
    r"\s+who\s+(?:asked|requested|spoke|declined|insisted|agreed|did\s+not\s+want)\s+"
    r"(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\b"
    r"|anonymously|that\s+(?:his|her|their)\s+names?\s+not\b|to\s+remain\s+anonymous|not\s+to\s+be\b).*$"
)
# What a country's long name calls it before "of": "the Islamic Republic of Iran", "the Kingdom of Bahrain".
_STATES_OF = {
    "republic",
    "kingdom",
    "duchy",
    "see",
    "emirate",
    "sultanate",
    "principality",
    "commonwealth",
    "federation",
}
_QUANTIFIERS = {
    *("others", "both", "many", "each", "everyone", "everybody", "nobody", "no one", "none", "neither", "either"),
    *("all", "few", "several", "some", "most", "someone", "somebody", "anyone", "anybody", "another", "one"),
    *("this", "that", "these", "those", "here", "there", "now", "today", "then", "so", "thus", "yet"),
}
_MEMBERS = re.compile(
    r"^(?:comprising|consisting\s+of|made\s+up\s+of|composed\s+of|headed\s+by|led\s+by|chaired\s+by)\b"
)
_NICKNAME = re.compile(r"(?<=[A-Za-z])\s+[\"“‘][A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?[\"”’](?=\s|,|$)")
_COURTESY = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+[A-Z]")
_PARTY_AND_STATE = re.compile(r"\s*\((?:R|D|I)-[A-Z][\w. ]{0,20}\)")
_WHO_ELSE = re.compile(
    r"(?:of|from)\s+(?!(?:[A-Z][a-z]+\s+)?(?:Bank|Group|Capital|Research|Securities|Partners|University|Institute)$)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"|an?\s+(?:Democrat|Republican|Conservative|Liberal|Socialist|Independent)"
    # ('known to fans as "Rizzy"', 'affectionately called "the General"': by whom, then what called)
    r"|(?:(?:also\s+|popularly\s+|widely\s+)?(?:known|nicknamed|dubbed)|(?:affectionately|popularly)\s+called)"
    r"(?:\s+(?:to|by)\s+(?:\w+\s+){1,3}?)?(?:\s+as)?(?:\s+.{1,30})?"
)
_PARTY_AND_STATE_PART = re.compile(r"(?:R|D|I)-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")


def _unnamed_plural(lowered: list[str]) -> bool:
    """ "Analysts at a Santiago brokerage", "economists", "doctors in Gaza": the plural of a person's noun, alone or
    before where they are from, is an unnamed group (not "the analysts" meaning people named before)."""
    head = lowered[0].strip(",.")
    if len(lowered) > 1 and lowered[1] in _GROUP_PREPOSITIONS and plural_of_people(head.capitalize()):
        return True  # "Growers in the Riverina", "Volunteers at the camp": people by what they do, where they are
    if len(head) < 5 or not head.endswith("s") or not (is_person_noun(head[:-1]) or is_person_noun(head)):
        return False
    return len(lowered) == 1 or lowered[1] in _GROUP_PREPOSITIONS


def _names_a_body(part: str) -> bool:
    """Whether a title or a subject names a company or a body by its head noun ("the country's largest company", "a
    trade group whose members include ...", "The World Food Programme"), not a person's post ("its chief executive",
    "chief strategist at Mizuho Securities")."""
    if re.match(r"(?:of|at|from|with)\s", clean(part)):
        return False  # "X, of the campaign group Clean Rivers Trust,": where the person works, not what they are
    # ("the top Democrat on the Appropriations Committee": a person's place on a body, the head noun before "on")
    head = re.split(r"\s+(?:of|for|at|in|on|from|with|whose|which|that|who|based)\b", clean(part))[0].split()
    if not head:
        return False
    last = head[-1].lower().strip(",.")
    return (last in _ORG_NOUNS or last in _BODY_WORDS) and not is_person_noun(last)


def _is_person(subject: Subject) -> bool:
    back = subject.refers_back.split()
    return bool(subject.name or subject.description or (back and is_person_noun(back[-1])))


def _is_body(subject: Subject) -> bool:
    """ "the state news agency", "the ministry": a subject that refers back to a body or a document, not a person."""
    back = subject.refers_back.split()
    return (
        bool(back)
        and not is_person_noun(back[-1])
        and (back[-1].lower() in _BODY_WORDS or back[-1].lower() in _ORG_NOUNS or back[-1].lower() in _DOCUMENTS)
    )


def _title_like(part: str) -> bool:
    """Whether a comma-separated part of a subject can be the speaker's title: "deputy head of the commission",
    "a retired nurse", "Ukraine's prosecutor general"; not "all of them in Hubei Province"."""
    words = clean(part).split()
    if not words or re.fullmatch(r"[a-z]{2,}ing", words[0]):
        return False  # "..., killing at least 14 people, officials said": what happened, not who said it
    if words[0].lower() in ("the", "a", "an", "his", "her", "its", "their", "our"):
        return True
    # _TITLE_WORDS holds the small words titles are joined with ("of", "for", "the"): they prove nothing here.
    return any(
        (is_person_noun(word) and word.lower() not in _JOINING_WORDS) or _NATIONALITY.match(word.strip(","))
        for word in words
    )


def _someone(description: str) -> bool:
    """Whether an unnamed speaker's description names people ("sources close to the talks", "a senior official"),
    not a thing ("a clear risk", "concerns over ...")."""
    if not description or re.search(r"[\"“”]", description):
        return False
    head = re.split(r"\s+(?:of|for|at|in|from|with|close|familiar|who|that)\b", description)[0].split()
    return bool(head) and is_person_noun(head[-1])
