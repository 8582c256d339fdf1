"""Names and titles in English subjects: whether words read as a person's name, where a title ends and the name
starts ("U.S. Secretary of State Antony Blinken"), and a title as a role."""

from __future__ import annotations

import re

from timeline.importing.clauses import (
    NAME_MAX_LENGTH,
    clean,
)
from timeline.importing.english_speech.lexicon import (
    _ANONYMOUS,
    _BODY_WORDS,
    _EAST_ASIAN_FAMILY_NAMES,
    _FIRM_AFTER_PLACE,
    _GENERAL_POSTS,
    _GENERATIONS,
    _HONORIFICS,
    _INITIALS_OF_BODIES,
    _NAME_PARTICLES,
    _NATIONALITY,
    _ONE_WORD_COMPANIES,
    _ORGANISATIONS,
    _PLACES,
    _PROFESSIONS,
    _RANK_ABBREVIATIONS,
    _RANK_WORDS,
    _SURNAME_PARTICLES,
    _TITLE_WORDS,
    _TITLES_THAT_ARE_NAMES,
)

# Posts whose holders copy often leaves unnamed.
_UNNAMED_POSTS = {"spokesman", "spokeswoman", "spokesperson", "official", "source", "diplomat", "aide", "insider"}


def _strip_honorifics(words: list[str]) -> list[str]:
    # ("China's ambassador Fu Cong": in lower case, an ambassador is a post, not a form of address)
    return [word for word in words if word.lower() not in _HONORIFICS or word == "ambassador"]


def _strip_honorifics_before_name(words: list[str]) -> list[str]:
    """Courtesy titles set aside, but not one that ends a name after a name's word: "Nadeem Akhtar Sheikh", "Sana
    Khan Lord" carry it as a family name (a courtesy title stands before the name it honours)."""
    kept = _strip_honorifics(words)
    last = words[-1] if words else ""
    if (
        len(words) >= 3
        and last.lower() in _HONORIFICS
        and last[:1].isupper()
        and last.lower().strip(".") not in ("his", "her", "excellency", "highness", "eminence", "hon", "h.e", "h.h")
        and not last.endswith(".")
        and words[-2][:1].isupper()
        and words[-2].lower() not in _HONORIFICS
        and not _is_title_word(words[-2])
    ):
        kept.append(last)
    return kept


def _is_title_word(word: str) -> bool:
    lowered = word.lower().strip(",.")
    if lowered in _TITLE_WORDS or _NATIONALITY.match(word.strip(",")):
        return True
    return "-" in lowered and any(part in _TITLE_WORDS for part in lowered.split("-"))


def _name_word_as_title(words: list[str], position: int) -> bool:
    """Whether the title word at `position` is a name there: between a given name (a capitalised word that is no
    title, place or body) and the rest of the name, or after such a given name at the end."""
    if position == 0 or words[position].lower().strip(",.") not in _TITLES_THAT_ARE_NAMES:
        return False
    before = words[position - 1].strip(",.'")
    lowered = before.lower()
    return (
        before[:1].isupper()
        and not re.search(r"['’]s?$", words[position - 1].rstrip(",."))  # "Oman's Sultan": a country's title
        and not _is_title_word(before)
        and lowered not in _PLACES
        and lowered not in _ORGANISATIONS
        and lowered not in _BODY_WORDS
        and lowered not in _NAME_PARTICLES
        and not any(ch.isdigit() for ch in before)
    )


def reads_as_name(text: str) -> bool:
    words = _strip_honorifics(clean(text).split())
    while len(words) > 1 and _is_rank_abbreviation(words[0]):
        words = words[1:]  # "Lt. Gen. Marcus Dwyer": a rank before the name, set aside as a courtesy title is
    # (a lineage's particles do not count: "Hamdan bin Mohammed bin Rashid Al Maktoum" is four names long)
    long = len([word for word in words if word.lower() not in _NAME_PARTICLES]) > 5 or len(words) > 9
    if not words or long or any(ch in text for ch in '"“”:;()') or len(text) > NAME_MAX_LENGTH:
        return False
    if len(words) > 1 and words[-1].strip(",.").lower() == "palace":
        return False  # "Baabda Palace said", "Carthage Palace said": the seat of a president, speaking for them
    for position, word in enumerate(words):
        bare = word.strip(",.'")
        if bare.lower() in _NAME_PARTICLES or re.match(r"^(?:al|el|bin|abu)-[A-Z]", bare):
            continue
        if _name_word_as_title(words, position):
            continue
        if position > 0 and position == len(words) - 1 and word.lower().strip(",") in _GENERATIONS:
            continue
        if not bare[:1].isupper() or _is_title_word(bare) or bare.lower() in _ORGANISATIONS:
            return False
        if re.search(r"s['’]$", word.rstrip(",.")):
            return False  # "the Nigeria Governors' Forum": a plural's possessive names a body, not a person
        if "&" in word:
            return False  # "S&P Global", "AT&T": a company's
        # A place may be a first name when a surname follows: "Israel Katz", "Jordan Bardella", "Georgia Harrison".
        # ("Dubai Holding", "Qatar Investments": a place, then what firms are called, is a firm's name)
        first_name = (
            position == 0
            and len(words) > 1
            and words[1].strip(",.'").lower() not in _PLACES
            and words[-1].strip(",.'").lower() not in _FIRM_AFTER_PLACE
        )
        if (
            bare.lower() in _ANONYMOUS
            or (bare.lower() in _PLACES and not first_name)
            or any(ch.isdigit() for ch in bare)
        ):
            return False
        acronym = re.fullmatch(r"[A-Z]{2,6}s?|(?:[A-Z]\.){1,4}[A-Z]?", bare)
        initials = re.fullmatch(r"(?:[A-Z]\.){1,3}", word) and word not in _INITIALS_OF_BODIES and word is not words[-1]
        if (acronym and not initials and (len(words) == 1 or len(bare.strip(".")) > 2)) or bare.lower() in _BODY_WORDS:
            return False
    # "Al Tayer", "El-Erian": a surname with its particle, as Gulf and Egyptian names are called; "von der Leyen",
    # "van Leeuwen": a European surname with its particle in lower case
    first = words[0].strip(",.")
    european = first in _SURNAME_PARTICLES and len(words) >= 2 and words[-1][:1].isupper()
    # ("Von der Leyen told MEPs", "Van der Veldkamp added": such a surname opening a sentence, its first particle
    # capitalised and a second after it, which no firm's or paper's name has: "De Beers", "Le Monde" stay none)
    european = european or (len(words) >= 3 and first.lower() in _SURNAME_PARTICLES and words[1] in _SURNAME_PARTICLES)
    # ("Ben Wallace", "Bin Salman", "Ibn Saud": a given name or a lineage that opens a name, as "Le Monde" does not)
    lineage = len(words) >= 2 and first in ("Ben", "Bin", "Ibn", "Bint")
    return first.lower() not in _NAME_PARTICLES or (len(words) >= 2 and words[0][:1] in "AE") or european or lineage


def _is_rank_abbreviation(word: str) -> bool:
    return word.lower().strip(",").rstrip(".").replace(".-", "-").replace(".", "") in _RANK_ABBREVIATIONS


def _given_name_after_post(title: str, name: str) -> bool:
    """ "Head coach Danish Rauf": a name opening with a country's adjective, right after a post's noun (where no
    adjective of its own would stand), is a given name; "Saudi Aramco" with no post before it stays a company."""
    words = name.split()
    return (
        len(words) >= 2
        and bool(title.split())
        and is_person_noun(title.split()[-1])
        and bool(_NATIONALITY.match(words[0]))
        and words[0].lower() not in _TITLE_WORDS
        and reads_as_name(" ".join(words[1:]))
    )


# A body's own name, capitalised, ending in what bodies are called: "Emirates Airline and Group".
_ORG_NAME = re.compile(
    r"^[A-Z][\w&'’.-]*(?:\s+(?:and|of|the|for|&|[A-Z][\w&'’.-]*))*\s+(?:Group|Airline|Airlines|Airways|Authority|Bank"
    r"|Company|Corporation|Council|Foundation|Fund|Agency|Organisation|Organization|Institute|Holdings|Partners)$"
)
_RANKS_AT_END = re.compile(
    r"(?<=\S)(?:\s+(?:Brigadier|General|Colonel|Major|Lieutenant|Captain|Admiral|Rear|Vice|Commodore|Sergeant"
    r"|Field|Marshal|Air|Chief|Lt\.?|Col\.?|Gen\.?|Maj\.?|Brig\.?|Capt\.?))+$"
)


def is_rank(title: str) -> bool:
    """Whether a title is a military rank alone ("General", "Brigadier General"), which is no post."""
    words = title.lower().split()
    return bool(words) and all(word.strip(",.") in _RANK_WORDS for word in words)


def _plain_title(title: str) -> str:
    """A title as a role: without an article, the relative clause after it ("a teacher who commutes to Jebel Ali")
    or the rank between a post and the name ("army spokesman Brigadier General"), which is no post of its own."""
    # ("Another lawyer, Karim Hajji,": the lawyer is the post; "another" only says there was one before)
    title = re.sub(r"^(?:the|a|an|our|another)\s+", "", title.strip(), flags=re.IGNORECASE)
    # ("his barrister, Sarah Khan KC": whose post it is the sentence says; "Nadia Okafor-Reid, of the campaign group
    # Clean Rivers Trust": where she works, without the preposition)
    # ("His lawyer, Joseph Otieno,": the same at a sentence's start; a body's "its" is kept, as the labels keep it)
    title = re.sub(r"^(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?=[a-z])", "", title)
    title = re.sub(r"^of\s+(?:the\s+)?(?=\w)", "", title)
    aged = re.fullmatch(r"(?:\d{1,3}-year-old\s+)?(\S+)", title)
    if aged is not None and aged.group(1) != title and _NATIONALITY.match(aged.group(1)):
        return ""  # "a 22-year-old Brazilian": an age and a country say who, but hold no post
    clause = re.search(r"\s+(?:who|which|whose)\s+(\S+)", title)
    if clause is not None and (
        not re.fullmatch(r"[a-z]+[^s]s", clause.group(1)) or clause.group(1) in ("has", "was", "is", "does")
    ):
        # "an emergency coordinator who has been travelling to the villages": what they did, not what they are;
        # "a lawyer who specialises in constitutional law" is what they are
        title = title[: clause.start()]
    post = _RANKS_AT_END.sub("", title)
    if (
        post != title
        and not re.search(rf"\b(?:{_GENERAL_POSTS})\s+General$", title, re.IGNORECASE)
        and any(word.lower().strip(",.") not in _RANK_WORDS for word in post.split())
    ):
        title = post
    return title


_EMPLOYER = re.compile(
    r"^(?P<person>.+?)\s+(?:of|at|from)\s+"
    # ("the Bank of England", "the Institute for Fiscal Studies": an employer's name holds its small words)
    r"(?P<org>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z&][\w&.'’-]*)*)$"
)
# Letters after a name, not part of it: "the Hon Pat Conroy MP".
_POST_NOMINALS = re.compile(r"(?:\s+(?:MP|MEP|MLA|MSP|QC|KC|OBE|CBE|MBE|KBE|DBE|PhD)\b,?)+\s*$")


def _name_after_preposition(words: list[str]) -> int:
    """Where the name starts in "Human Rights Volker Türk" (words after "for"/"of" in a title): the surname, the
    particles and initials before it, and one given name; the words before that finish the title."""
    index = len(words) - 1
    while index > 0 and words[index].lower().strip(",.") in _GENERATIONS:
        index -= 1
    while index > 0 and (
        words[index - 1].lower() in _NAME_PARTICLES or re.fullmatch(r"(?:[A-Z]\.){1,3}", words[index - 1])
    ):
        index -= 1
    if (
        index >= 2
        and words[index - 2].lower() in _EAST_ASIAN_FAMILY_NAMES
        and all(re.fullmatch(r"[A-Z][a-z]{1,5}", word) for word in words[index - 1 : index + 1])
    ):
        return index - 2  # "Manpower Ong Hui Min": a family name first, then a given name of two syllables
    if index > 0 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[index].strip(",.")):
        # "Development Karen Cheung Wai-ming", "Lee Jae-myung": a Chinese or Korean given name joined by a hyphen
        # follows the family name, and a Western given name may stand before both
        index -= 1
    return max(index - 1, 0)


def _crown_prince(words: list[str], index: int) -> bool:
    return index > 0 and words[index].lower().strip(",") in ("prince", "princess") and words[index - 1] == "Crown"


def _title_and_name(part: str) -> tuple[str, str]:
    """ "U.S. Secretary of State Antony Blinken" → ("U.S. Secretary of State", "Antony Blinken")."""
    part = _POST_NOMINALS.sub("", _SUBJECT_TIME.sub("", part))
    raw = part.split()
    # A courtesy title marks where the name starts: "Minister of Hajj and Umrah Dr. Tawfiq bin Fawzan Al-Rabiah".
    # ("His lawyer Sophie Garnier", "her coach Mark Ellis": "his" before a lower-case noun is whose, no courtesy)
    courtesy = [
        i
        for i, word in enumerate(raw)
        if word.lower().strip(",") in _HONORIFICS
        and word != "ambassador"
        and not (word.lower() in ("his", "her") and i + 1 < len(raw) and raw[i + 1][:1].islower())
    ]
    if courtesy and courtesy[-1] + 1 < len(raw):
        # "Crown Prince" is a post, kept in the title; "Prince" alone is a courtesy ("Dubai Crown Prince Sheikh Hamdan")
        title = [
            word.strip(",")
            for i, word in enumerate(raw[: courtesy[-1] + 1])
            if (i < courtesy[-1] and word.lower().strip(",") not in _HONORIFICS) or _crown_prince(raw, i)
        ]
        while title and title[-1].lower() in ("the", "senator"):  # "Minister for Foreign Affairs Senator the Hon"
            title.pop()
        return " ".join(title), " ".join(raw[courtesy[-1] + 1 :])
    words = _strip_honorifics_before_name(raw)
    split = len(words)
    while split > 0:
        word = words[split - 1].strip(",.")
        if word.lower() in _NAME_PARTICLES or re.match(r"^(?:al|el|bin|abu)-[A-Z]", word):
            split -= 1
            continue
        if _name_word_as_title(words, split - 1):
            split -= 1  # "Omar Sultan Al Olama": the given name before it is read next
            continue
        if (
            split < len(words)
            and split >= 2
            and word.lower() not in _TITLE_WORDS
            and _NATIONALITY.match(word)
            and is_person_noun(words[split - 2])
        ):
            # "Head coach Danish Rauf": English puts a country's adjective before the noun it qualifies, so after a
            # post's noun it opens the name
            split -= 1
            break
        if not word[:1].isupper() or _is_title_word(word) or word.lower() in _ORGANISATIONS:
            break
        if _is_rank_abbreviation(words[split - 1]):
            break  # "Lt Col Sarah Okoye", "Maj. Gen. Pat Ryder": a rank, which is the title's
        if words[split - 1].endswith(")"):
            break  # "Minister for Energy (Petroleum Division) Saqib Hussain Bhatti": the bracket closes the post
        if split < len(words) and re.search(r"\w(?:['’]s|s['’])$", words[split - 1]):
            # "Al Jazeera's Hoda Abdel-Hamid": whose reporter she is, not her name, nor her post
            if not any(_is_title_word(word) for word in words[:split]):
                return "", " ".join(words[split:])
            break
        split -= 1
    if 0 < split < len(words) and words[split - 1].lower() in (
        "for",
        "of",
        "in",
        "at",
        "to",
        "on",
        "from",
        "and",
        "the",
    ):
        # "Minister of Water and Irrigation Raed Abu Saud", "Chancellor of the Exchequer Rachel Reeves": the words
        # after "and"/"of"/"the" begin with the end of the title; "Envoy for Syria" has no name at all.
        if len(words) - split < 3:
            return part, ""
        split += _name_after_preposition(words[split:])
    if split == 0 and len(words) >= 3 and words[0].lower() in _PROFESSIONS:
        split = 1  # "Analyst Lars Holm", "Economist Jane Foley": what they do, then who
    return " ".join(words[:split]), " ".join(words[split:])


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)"
)
# "Raed Abu Saud on Tuesday said": when, not who.
_SUBJECT_TIME = re.compile(
    r"\s+(?:(?:late|early|earlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?\s*$"
    # "Ong Hui Min on Feb 12", "... on 12 February": a date, as papers outside wire services print it
    rf"|\s+on\s+(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?)\s*$"
)


def is_person_noun(word: str) -> bool:
    """Whether a word names a person by post or kind ("minister", "official", "secretary-general"), not a body."""
    lowered = word.lower().strip(",.")
    return (
        lowered in _TITLE_WORDS or lowered in _ANONYMOUS or any(part in _TITLE_WORDS for part in lowered.split("-"))
    ) and (lowered not in _BODY_WORDS and lowered not in _ORGANISATIONS)


def named_with_age(name: str, paragraph: str) -> bool:
    """Whether the paragraph gives the name an age and no post ("Graham Tolley, 64, testified"), as copy introduces
    someone it has described before ("A former transport minister told a London court ...")."""
    return bool(re.search(rf"(?<![\w.]){re.escape(name)},\s+\d{{1,3}},", paragraph))


def post_of_description(description: str) -> str:
    """The post an unnamed speaker's description holds, when it describes one person by post or trade ("former
    transport minister", "coach who has trained both athletes for six years" → "coach"); "" for people in the plural,
    a place or a thing ("residents", "source close to the talks")."""
    post = _plain_title(description)
    words = post.split()
    if not 0 < len(words) <= 5 or not is_person_noun(words[-1]) or words[-1].lower().endswith("s"):
        return ""
    if words[-1].lower() in _ANONYMOUS:
        return ""  # "official", "source": who they are is not said, so no name may be theirs by this rule
    return post


def is_company_name(name: str) -> bool:
    """Whether a one-word name is a company's or a club's that copy names alone ("Nvidia", "Arsenal")."""
    return name.lower() in _ONE_WORD_COMPANIES


# How English forms nouns for people in the plural: "Paramedics", "Firefighters", "Organisers", "Physicians".
_PEOPLE_PLURAL = re.compile(r"^[A-Z][a-z]{3,}(?:ers|ors|ists|ians|ics|ants|ents|ees|ives)$")


def plural_of_people(word: str) -> bool:
    """Whether a one-word subject reads as people in the plural ("Paramedics said", "Firefighters said"), an unnamed
    group, rather than a name. (A family name such as Sanders is met in full first, and then found as a name.)"""
    return bool(_PEOPLE_PLURAL.match(word))


def unnamed_post(reference: str) -> bool:
    """Whether a reference back names a post whose holders copy leaves unnamed ("the Prime Minister's official
    spokesman", "the embassy spokesperson", "the official"): when no one of it was met, an unnamed speaker."""
    words = reference.lower().split()
    return bool(words) and words[-1].strip(",.") in _UNNAMED_POSTS
