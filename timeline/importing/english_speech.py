"""Statements in English paragraphs, as wire services write them.

`X said (that) ...`, `X told reporters ...`, `X said: "..."`, `"...," X said.`, `"...," said X, the ...`,
`..., the official said.`, `..., according to X.`, a participle that continues (`, adding that ...`), a dateline
before it all (`WASHINGTON, Oct 22 (Reuters) -`, `GENEVA (AP) —`, `(CNN)--`), and a paragraph that opens a quotation
without closing it: the previous speaker goes on, as wire copy continues a quote over paragraphs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from timeline.importing.clauses import (
    NAME_MAX_LENGTH,
    NOT_CLOSED,
    OPENING,
    Found,
    Subject,
    clean,
    closing_mark,
    inside,
    quoted_spans,
    sentence_end,
)
from timeline.importing.parsed import DIRECT, PARAPHRASE

_VERBS = (
    "said|says|added|adds|told|tells|stressed|stresses|noted|notes|warned|warns|insisted|insists|explained|"
    "explains|argued|argues|declared|declares|announced|announces|acknowledged|admitted|asserted|cautioned|urged|"
    "urges|wrote|writes|tweeted|posted|continued|confirmed|denied|recalled|observed|remarked|replied|responded|"
    "emphasized|emphasised|underscored|reiterated|maintained|contended|predicted|vowed|pledged|promised|complained|"
    "affirmed|reaffirmed|stated|underlined|highlighted|revealed|indicated|assured|informed|claimed|claims|"
    "expressed|lauded|called\\s+for|called\\s+on|"
    "conceded|testified|testifies|reported|reports|told\\s+reporters|pointed\\s+out|went\\s+on|has\\s+sent\\s+this"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_ACCORDING = re.compile(r"(?:^|,\s*|\s)(?:according\s+to|quoting|citing)\s+", re.IGNORECASE)
_PARTICIPLE = re.compile(
    r"(?:,\s*|\s+and\s+|,?\s+but\s+|,?\s+and\s+(?:he|she|they)\s+(?:also\s+)?)"
    r"(?:adding|noting|stressing|saying|warning|insisting|arguing|explaining|"
    r"urging|calling\s+for|calling\s+on|cautioning|promising|pledging|vowing|emphasi[sz]ing|pointing\s+out|telling\s+\w+|added|noted|warned|stressed|"
    r"said|insisted|cautioned|admitted|conceded|acknowledged|underlining|affirming|highlighting|expressing"
    r"|acknowledging"
    # after a comma only: "..., and vowed that ..." is the speaker's; "X said Y was alarmed and called for ..." is Y's
    r"|(?:(?<=,\sand\s)|(?<=,\"\sand\s)|(?<=,”\sand\s))(?:vowed|urged|pledged|promised|appealed|argued|demanded|called\s+on|called\s+for)"
    r"|told\s+(?:[\w'’-]+\s+){1,4}?(?=that\b)|told\s+(?:reporters|journalists)(?:\s+(?:in|at)\s+[A-Z][\w-]*)?)\b\s*"
)
_THAT = re.compile(r"^\s*that\b\s*")
# What may stand between the verb and the words: whom it was told to, an occasion, a time.
_TOLD = re.compile(
    r"^\s*(?:reporters|journalists|lawmakers|parliament|him|her|them|us|the\s+[\w.&-]+(?:\s+[A-Z][\w.&-]*)*"
    r"|an?\s+(?:news\s+conference|press\s+conference|briefing|rally|crowd|meeting|summit)|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*"
    r"|'[A-Z][\w.’&-]*(?:\s+[A-Z][\w.’&-]*)*')(?:\b|(?<='))\s*,?"
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


_OCCASION_STARTS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "tonight",
    "in",
    "at",
    "on",
    "during",
    "after",
    "before",
    "late",
    "early",
    "earlier",
    "later",
    "from",
    "via",
    "over",
    "while",
    "to",
    "today",
    "yesterday",
    "last",
    "this",
}


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


# People told something, in the plural, beyond the person nouns of titles: "told jurors", "told investors".
_AUDIENCES = {
    *("jurors", "investors", "shareholders", "supporters", "delegates", "students", "troops", "soldiers", "workers"),
    *("colleagues", "legislators", "parliamentarians", "councillors", "voters", "listeners", "viewers", "fans"),
    *("judges", "senators", "journalists", "reporters", "lawmakers", "analysts", "diplomats", "officials"),
}


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
        occasion = bool(between) and between[0].lower() in _OCCASION_STARTS  # "said during an inspection of ..."
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


_DATELINE = re.compile(
    r"^(?:(?P<city>[A-Z][A-Z .'-]*[A-Z])(?:,\s*[^()\n]{0,40}?)?\s*)?"
    r"(?P<agency>\([A-Za-z .&/-]{2,30}\))?\s*(?:--|—|–|-)\s*"
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
_PRONOUNS = {"he", "she", "they", "i", "we"}
_PLACES = set(
    """syria gaza israel iran iraq lebanon jordan egypt libya sudan yemen qatar kuwait bahrain oman saudi arabia
    emirates uae turkey russia ukraine china japan india pakistan afghanistan france germany britain uk italy
    spain europe africa asia america americas washington moscow kyiv kiev beijing tehran ankara cairo beirut
    damascus baghdad riyadh doha dubai geneva vienna brussels paris london berlin rome york jerusalem ramallah
    khartoum tripoli tunis algiers rabat amman strasbourg hague dhabi islamabad karachi quetta kabul delhi mumbai
    tokyo seoul manila jakarta nairobi lagos addis ababa sanaa aden muscat manama benghazi derna idlib aleppo
    darkush rafah yunis madrid barcelona milan munich""".split()
)
_HONORIFICS = {
    *("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir", "dame", "lord", "lady"),
    *("barrister", "eng.", "eng", "ambassador", "hon", "hon.", "honourable", "honorable"),
    *("sheikh", "sheikha", "prince", "princess", "his", "her", "excellency", "highness", "eminence", "h.e.", "h.h."),
}
_TITLE_WORDS = {
    *("taoiseach", "tanaiste", "tánaiste", "sultan", "pope", "patriarch", "ayatollah", "mufti", "imam", "bishop"),
    *("archbishop", "cardinal", "rabbi", "pastor"),
    *("officer", "inspector", "superintendent", "consul", "councillor", "councilor", "comptroller", "auditor"),
    *("treasurer", "registrar", "sheriff", "manager", "coach", "cfo", "coo", "founder", "chairperson", "electoral"),
    "judge",
    "whip",
    "district",
    "attorney",
    "prosecutor",
    "premier",
    "counsel",
    "magistrate",
    "correspondent",
    "editor",
    "mp",
    "mps",
    "mep",
    "labour",
    "conservative",
    "democrat",
    "democratic",
    "republican",
    "liberal",
    "congressman",
    "congresswoman",
    "secretary",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "deputy",
    "foreign",
    "state",
    "defense",
    "defence",
    "prime",
    "chancellor",
    "general",
    "secretary-general",
    "director-general",
    "director",
    "chief",
    "official",
    "adviser",
    "advisor",
    "envoy",
    "senator",
    "representative",
    "governor",
    "mayor",
    "commissioner",
    "commissioner-general",
    "coordinator",
    "head",
    "leader",
    "king",
    "queen",
    "prince",
    "emir",
    "crown",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "commander",
    "admiral",
    "colonel",
    "major",
    "lieutenant",
    "captain",
    "sergeant",
    "brigadier",
    "rear",
    "vice",
    "under",
    "undersecretary",
    "under-secretary",
    "press",
    "national",
    "security",
    "council",
    "house",
    "white",
    "speaker",
    "member",
    "lawmaker",
    "negotiator",
    "mediator",
    "rapporteur",
    "high",
    "special",
    "permanent",
    "executive",
    "assistant",
    "acting",
    "former",
    "top",
    "senior",
    "interior",
    "finance",
    "health",
    "energy",
    "justice",
    "economy",
    "trade",
    "affairs",
    "humanitarian",
    "military",
    "army",
    "navy",
    "police",
    "ministry",
    "department",
    "office",
    "agency",
    "mission",
    "delegation",
    "u.s.",
    "us",
    "u.n.",
    "un",
    "eu",
    "nato",
    "who",
    "unicef",
    "unrwa",
    "iaea",
    "imf",
    "wfp",
    "unhcr",
    "ocha",
    "icrc",
    "red",
    "cross",
    "crescent",
    "cabinet",
    "government",
    "kremlin",
    "pentagon",
    "white-house",
    "of",
    "the",
    "for",
    "and",
    "to",
    "in",
    "on",
    "at",
}
_NATIONALITY = re.compile(
    r"^(?:Brazilian|Russian|Ukrainian|Iranian|Syrian|Egyptian|Jordanian|Palestinian|Lebanese|Sudanese|Chinese|"
    r"Japanese|Turkish|British|Polish|Spanish|Danish|Swedish|Finnish|Irish|Scottish|Italian|Hungarian|Canadian|"
    r"Australian|Indian|Indonesian|Malaysian|Nigerian|Ethiopian|Kenyan|Libyan|Tunisian|Algerian|Moroccan|Mauritanian|"
    r"Armenian|Georgian|Belarusian|Romanian|Bulgarian|Serbian|Croatian|Norwegian|Austrian|Belgian|Korean|Mexican|"
    r"Argentine|Pakistani|Bahraini|Somali|Israeli|Qatari|Iraqi|Saudi|Emirati|Kuwaiti|"
    r"Omani|Yemeni|Afghan|Thai|Greek|French|Dutch|Swiss|Turkish|Russian|American|Chinese|British|German|Polish|"
    r"Egyptian|Lebanese|Syrian|Iranian|Jordanian|Palestinian|Ukrainian|Gulf|Arab|Western|European|UN|U\.N\.|U\.S\.|US"
    r"|EU|WHO|NATO|UNRWA|UNICEF|Hamas|Hezbollah|Houthi|Kremlin|White|State|Defense|Pentagon"
    # people by their country: "the 21-year-old Spaniard", "the Briton"
    r"|Spaniard|Briton|Frenchman|Frenchwoman|Englishman|Welshman|Irishman|Dutchman|Swede|Serb|Croat|Norwegian"
    r"|Argentinian|Brazilian|Kenyan|Australian|Canadian|Italian|Japanese)$"
)
_ORGANISATIONS = {
    "ministry",
    "department",
    "government",
    "army",
    "kremlin",
    "pentagon",
    "hamas",
    "hezbollah",
    "police",
    "agency",
    "office",
    "council",
    "committee",
    "commission",
    "organization",
    "organisation",
    "statement",
    "report",
    "spokesperson's",
    "bureau",
    "authority",
    "authorities",
    "military",
    "embassy",
    "court",
    "parliament",
    "senate",
    "congress",
    "white-house",
    "house",
}
_ANONYMOUS = {
    "prosecutors",
    "lawyers",
    "investigators",
    "rescuers",
    "members",
    "lawmakers",
    "traders",
    "investors",
    "economists",
    "observers",
    "activists",
    "official",
    "officials",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "witness",
    "witnesses",
    "analyst",
    "analysts",
    "resident",
    "residents",
    "people",
    "person",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "negotiator",
    "negotiators",
    "officer",
    "officers",
    "doctor",
    "doctors",
    "medic",
    "medics",
    "expert",
    "experts",
    "insider",
    "insiders",
}
_BODY_WORDS = set(
    """downing elysee élysée projection poll survey tally ipsos yougov study report
    services prevention control department ministry office authority agency institute centre center commission
    council committee bureau administration forces force corps bank fund union organization organisation association
    party movement group company corporation court parliament assembly network television radio agency news times
    post journal international inc ltd plc llc corp holdings research airline airlines airways watch foundation
    partners capital securities technologies labs systems motors programme program ratings platforms industries
    petroleum pharmaceuticals telecom logistics airport ports amnesty
    united fc cf afc athletic rovers wanderers hotspur club sporting olympique""".split()
)
# What a statement can come from without anyone saying it: "according to a statement from the presidency", "a joint
# statement issued by the governments said", "according to an AFP tally based on police figures".
_DOCUMENTS = set(
    """statement statements communique communiqué readout report reports letter memo document documents filing tally
    count figures data poll survey study release transcript post""".split()
)
_NAME_PARTICLES = {
    "al",
    "bin",
    "ibn",
    "de",
    "van",
    "von",
    "da",
    "del",
    "della",
    "la",
    "der",
    "den",
    "le",
    "du",
    "dos",
    "do",
    "el",
    "bint",
    "abu",
    "ben",
}


# Lower-case particles a European surname may open with when the first name is left out.
_SURNAME_PARTICLES = {"von", "van", "de", "da", "di", "du", "der", "den", "del", "della", "dos", "le", "la"}


# Dotted initials that name a country or a body, not a person's first names ("P.K. Pole", "J.D. Vance").
_INITIALS_OF_BODIES = {"U.S.", "U.N.", "U.K.", "E.U.", "U.A.E.", "D.C."}


def _strip_honorifics(words: list[str]) -> list[str]:
    return [word for word in words if word.lower() not in _HONORIFICS]


def _is_title_word(word: str) -> bool:
    lowered = word.lower().strip(",.")
    if lowered in _TITLE_WORDS or _NATIONALITY.match(word.strip(",")):
        return True
    return "-" in lowered and any(part in _TITLE_WORDS for part in lowered.split("-"))


# Titles that are also given or family names: "Omar Sultan Al Olama", "Mervyn King".
_TITLES_THAT_ARE_NAMES = {"sultan", "king", "major", "sheriff"}


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
    if not words or len(words) > 5 or any(ch in text for ch in '"“”:;()') or len(text) > NAME_MAX_LENGTH:
        return False
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
        # A place may be a first name when a surname follows: "Israel Katz", "Jordan Bardella", "Georgia Harrison".
        first_name = position == 0 and len(words) > 1 and words[1].strip(",.'").lower() not in _PLACES
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
    return first.lower() not in _NAME_PARTICLES or (len(words) >= 2 and words[0][:1] in "AE") or european


_ADVERBS = re.compile(
    r"\s+(?:also|later|further|then|again|previously|earlier|too|separately|meanwhile|himself|herself)\b", re.IGNORECASE
)
# Parts of a subject that say when, where or in what turn, not who: "for his part", "elsewhere in the call".
_ASIDE = re.compile(
    r"^(?:for\s+(?:his|her|their)\s+part|elsewhere\b|in\s+turn|meanwhile|however|also|too|separately"
    r"|contesting\b|reporting\b|writing\b|speaking\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))",
    re.IGNORECASE,
)
# Who speaks without a name, in the plural: "people familiar with the discussions", "sources close to the talks".
_UNNAMED_GROUPS = {"people", "sources", "officials", "diplomats", "residents", "witnesses", "insiders", "aides"}
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


@functools.lru_cache(maxsize=20_000)
def read_subject(subject: str) -> Subject:
    """Who an English subject names: "Secretary of State Antony Blinken", "Antony Blinken, the U.S. secretary of
    state,", "a senior State Department official", "the Russian foreign minister", "he"."""
    subject = _ADVERBS.sub("", _LEADING.sub("", clean(subject)))
    # "HE the Minister of State ...": His Excellency, as Gulf papers abbreviate it (in capitals: "he" is a pronoun)
    subject = re.sub(r"^(?:HE|H\.E\.)\s+(?:the\s+)?(?=[A-Z])", "", subject)
    subject = re.sub(r"^(?:the\s+)?(?:UN|U\.N\.)\s+(?=[A-Z])", lambda m: m.group(0), subject)
    parts = []
    for raw in _parts(subject):
        part = clean(raw)
        if _RELATIVE.match(part):
            break  # "one resident, who gave only her first name, Marta": what follows is the clause's
        if part and not _ASIDE.match(part) and not re.fullmatch(r"\d{1,3}", part):  # "Nigel Farage, 60,"
            parts.append(part)
    if not parts:
        return Subject()
    if len(parts) >= 2:
        names = [part for part in parts if reads_as_name(part)]
        names = names or [part for part in parts if reads_as_name(_title_and_name(part)[1])]
        titles = [part for part in parts if part not in names]
        titles = [part for part in titles if not re.match(r"^[a-z]+ing\b", part)]  # "playing his last match"
        if names:
            title, name = _title_and_name(names[0])
            if titles and _names_a_body(titles[0]):
                return Subject(unreadable=names[0])  # "Safaricom, the country's largest company,": a company
            if titles:
                title = titles[0]
                following = parts.index(titles[0]) + 1
                if following < len(parts) and parts[following] not in names and _ORG_NAME.match(parts[following]):
                    title = f"{title}, {parts[following]}"  # "Chairman and Chief Executive, Emirates Airline and Group"
            return Subject(name=name, title=_plain_title(title))
        parts = [parts[0]]
    part = parts[0]
    words = part.split()
    lowered = [word.lower() for word in words]
    if (lowered[0] in _PRONOUNS and len(words) == 1) or re.match(
        r"^(?:his|her|their)\s+(?:highness|excellency|majesty|holiness|royal\s+highness)$", part, re.IGNORECASE
    ):
        return Subject()
    if (
        lowered[0] in ("a", "an", "another", "one", "two", "three", "several", "some", "many")
        or lowered[0] in _UNNAMED_GROUPS
        or _unnamed_plural(lowered)
        or (
            lowered[0] != "the"
            and any(word.strip(",") in _ANONYMOUS for word in lowered[-2:])
            and not reads_as_name(_title_and_name(part)[1])
        )
    ):
        description = " ".join(words[1:]) if lowered[0] in ("a", "an", "another") else part
        description = re.sub(r"^one\s+", "", description, flags=re.IGNORECASE)  # "one hotel receptionist"
        if any(word.lower().strip(",.") in _DOCUMENTS for word in description.split()):
            return Subject(unreadable=part)  # "a joint statement issued by the governments": no person said it
        # "a hospital doctor in the rebel-held town of Darkush": who, without where; but "a woman from Lyon" keeps
        # where she is from, or nothing would be left to tell her from anyone else.
        who = re.split(r"\s+(?:in|at|from|based\s+in)\s+(?=the\s|[A-Z])", description)[0]
        if len(who.split()) >= 2 or len(description.split()) > 5:
            description = who
        # (the head noun comes before where they are: "economists at a think tank" are people, not a tank)
        head = re.split(r"\s+(?:for|of|by|on|at|in|from|with)\s+", description)[0].split()[-1].lower().strip(",.")
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
    title, name = _title_and_name(part)
    if lowered[0] == "our" and not name:
        return Subject(description=" ".join(words[1:]))  # "our political editor": the paper's own, unnamed
    title = re.sub(r"^(?:our|their)\s+", "", title, flags=re.IGNORECASE)
    if lowered[0] == "the" and len(words) >= 3 and words[-1][:1].isupper() and _names_a_body(part):
        return Subject(unreadable=part)  # "The World Food Programme": a body, not "the minister" said before
    if lowered[0] == "the":
        if name and reads_as_name(name):  # "the bloc's top diplomat Kaja Kallas"
            return Subject(name=name, title=_plain_title(title))
        return Subject(refers_back=" ".join(words[1:]))
    if name and (reads_as_name(name) or _given_name_after_post(title, name)):
        return Subject(name=name, title=_plain_title(title))
    if title and not name:
        return Subject(refers_back=title)
    return Subject(unreadable=part)


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


_GROUP_PREPOSITIONS = {"at", "from", "in", "with", "for", "close", "familiar", "based", "on"}


def _unnamed_plural(lowered: list[str]) -> bool:
    """ "Analysts at a Santiago brokerage", "economists", "doctors in Gaza": the plural of a person's noun, alone or
    before where they are from, is an unnamed group (not "the analysts" meaning people named before)."""
    head = lowered[0].strip(",.")
    if len(head) < 5 or not head.endswith("s") or not (is_person_noun(head[:-1]) or is_person_noun(head)):
        return False
    return len(lowered) == 1 or lowered[1] in _GROUP_PREPOSITIONS


def _names_a_body(part: str) -> bool:
    """Whether a title or a subject names a company or a body by its head noun ("the country's largest company", "a
    trade group whose members include ...", "The World Food Programme"), not a person's post ("its chief executive",
    "chief strategist at Mizuho Securities")."""
    head = re.split(r"\s+(?:of|for|at|in|from|with|whose|which|that|who|based)\b", clean(part))[0].split()
    if not head:
        return False
    last = head[-1].lower().strip(",.")
    return (last in _ORG_NOUNS or last in _BODY_WORDS) and not is_person_noun(last)


# What a company or a body is called before its name: "state utility Eskom", "chipmaker Nvidia".
_ORG_NOUNS = {
    *("utility", "company", "firm", "group", "carrier", "airline", "maker", "carmaker", "automaker", "chipmaker"),
    *("giant", "retailer", "insurer", "lender", "bank", "regulator", "operator", "broadcaster", "newspaper", "union"),
    *("conglomerate", "producer", "exporter", "developer", "startup", "supplier", "manufacturer", "agency", "watchdog"),
}
_PROFESSIONS = {
    *("analyst", "economist", "strategist", "researcher", "historian", "lawyer", "attorney", "professor", "doctor"),
    *("engineer", "scientist", "epidemiologist", "virologist", "meteorologist", "forecaster", "trader", "broker"),
    *("activist", "journalist", "photographer", "novelist", "author", "writer", "artist", "economist", "pollster"),
}
# A body's own name, capitalised, ending in what bodies are called: "Emirates Airline and Group".
_ORG_NAME = re.compile(
    r"^[A-Z][\w&'’.-]*(?:\s+(?:and|of|the|for|&|[A-Z][\w&'’.-]*))*\s+(?:Group|Airline|Airlines|Airways|Authority|Bank"
    r"|Company|Corporation|Council|Foundation|Fund|Agency|Organisation|Organization|Institute|Holdings|Partners)$"
)
_RANK_WORDS = {
    *("general", "brigadier", "colonel", "major", "lieutenant", "captain", "admiral", "rear", "vice", "commodore"),
    *("sergeant", "corporal", "commander", "marshal", "field", "air", "chief", "staff", "lt", "lt.", "col", "col."),
    *("gen", "gen.", "maj", "maj.", "brig", "brig.", "capt", "capt."),
}
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


# Posts whose title ends in "General" (the Attorney General), unlike a rank after a post ("spokesman General X").
_GENERAL_POSTS = "Attorney|Secretary|Inspector|Director|Surgeon|Governor|Solicitor|Auditor|Consul|Postmaster|Prosecutor"


_EMPLOYER = re.compile(
    r"^(?P<person>.+?)\s+(?:of|at|from)\s+(?P<org>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*)*)$"
)
# Letters after a name, not part of it: "the Hon Pat Conroy MP".
_POST_NOMINALS = re.compile(r"(?:\s+(?:MP|MEP|MLA|MSP|QC|KC|OBE|CBE|MBE|KBE|DBE|PhD)\b,?)+\s*$")
# What ends a name and belongs to it: "Lloyd J. Austin III", "Romeo Brawner Jr."
_GENERATIONS = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}


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
    return max(index - 1, 0)


def _crown_prince(words: list[str], index: int) -> bool:
    return index > 0 and words[index].lower().strip(",") in ("prince", "princess") and words[index - 1] == "Crown"


def _title_and_name(part: str) -> tuple[str, str]:
    """ "U.S. Secretary of State Antony Blinken" → ("U.S. Secretary of State", "Antony Blinken")."""
    part = _POST_NOMINALS.sub("", _SUBJECT_TIME.sub("", part))
    raw = part.split()
    # A courtesy title marks where the name starts: "Minister of Hajj and Umrah Dr. Tawfiq bin Fawzan Al-Rabiah".
    courtesy = [i for i, word in enumerate(raw) if word.lower().strip(",") in _HONORIFICS]
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
    words = _strip_honorifics(raw)
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


_LIVE_ENTRY = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:GMT|BST|CET|CEST|EST|EDT|ET|UTC|IST|local(?:\s+time)?)?\s*[-–—|:]\s+"
)


def strip_dateline(paragraph: str) -> str:
    paragraph = _LIVE_ENTRY.sub("", paragraph, count=1)  # a live page's entry: "22:05 GMT - Reform UK leader ..."
    colon = re.match(r"^[A-Z][A-Z .'-]{2,30}:\s+(?=[A-Z“\"])", paragraph)  # "NEW YORK: Saudi Foreign Minister ..."
    if colon is not None:
        return paragraph[colon.end() :]
    # "Dubai: Residents who ...", "Abu Dhabi: ...": a Gulf paper's dateline, a known place and a colon.
    colon = re.match(r"^([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?):\s+(?=[A-Z“\"])", paragraph)
    if colon is not None and colon.group(1).split()[-1].lower() in _PLACES:
        return paragraph[colon.end() :]
    # "Rabat - Head of Government ...", "Cairo – ...": a known place in title case and a dash, as Maghrebi and Egyptian
    # English papers write their datelines (an unknown word before a dash may be a speaker's name).
    dash = re.match(r"^([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:-|–|—|--)\s+(?=[A-Z“\"])", paragraph)
    if dash is not None and dash.group(1).split()[-1].lower() in _PLACES:
        return paragraph[dash.end() :]
    match = _DATELINE.match(paragraph)
    if match is not None and (match["city"] or match["agency"]):
        return paragraph[match.end() :]
    return paragraph


def _sentences(paragraph: str) -> list[str]:
    # A quoted sentence closes a sentence too: '"We leave today." He added: ...'
    return [sentence for chunk in _QUOTED_END.split(paragraph) for sentence in _plain_sentences(chunk)]


_QUOTED_END = re.compile(r"(?<=[.!?][”\"’])\s+(?=[A-Z“\"])")


def _plain_sentences(paragraph: str) -> list[str]:
    sentences, start = [], 0
    while start < len(paragraph):
        end = sentence_end(paragraph, start)
        # A sentence ends where the next one starts with a capital letter or a quotation mark.
        while end < len(paragraph) and not re.match(r"[\s]*(?:[A-Z“\"‘(]|$)", paragraph[end + 1 :]):
            end = sentence_end(paragraph, end + 1)
        sentences.append(paragraph[start : end + 1])
        start = end + 1
    return [sentence.strip() for sentence in sentences if sentence.strip()]


def read_paragraph(paragraph: str) -> list[Found]:
    paragraph = strip_dateline(paragraph.strip())
    if paragraph[:1] in OPENING and closing_mark(paragraph, 0) is None:
        # A quotation that goes on in the next paragraph, by the speaker before.
        return [Found(DIRECT, clean(paragraph[1:]), Subject(), 0.6, [NOT_CLOSED])]
    found: list[Found] = []
    for sentence in _sentences(paragraph):
        found.extend(_sentence(sentence))
    return [_body_speaking(statement) for statement in found]


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


_SAYING = re.compile(r",\s*(?:saying|adding|warning|noting|insisting|stressing|arguing)\b")


def _doing_then_saying(body: str) -> list[Found]:
    """ "WHO chief Tedros congratulated the country, saying it had ...": the one doing is the one saying."""
    saying = _SAYING.search(body)
    if saying is None or inside(saying.start(), quoted_spans(body)):
        return []
    head = _LEADING.sub("", strip_dateline(body[: saying.start()]), count=1)
    # ("The UN High Commissioner for Human Rights, Volker Türk, on Friday voiced alarm ...": a title, a name, a day)
    opener = re.match(r"^(?P<subject>(?:\S+\s+){1,14}?)(?:[a-z]{3,}ed|has|had)\b", head)
    subject = read_subject(opener["subject"]) if opener is not None else Subject()
    if not subject.name:
        return []
    found = _continuations(body, saying.start(), subject)
    return [replace(found[0], subject=subject), *found[1:]] if found else []


# "Noting that the world is changing, Xi said ...": a leading participle is a statement of the sentence's speaker.
_LEADING_SAID = re.compile(
    r"^(?P<participle>Noting|Stressing|Warning|Saying|Insisting|Arguing|Adding|Emphasi[sz]ing|Underlining)\s+that\s+"
    r"(?P<text>[^,]{8,200}),\s+(?=\S)"
)


def _sentence(sentence: str) -> list[Found]:
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
    spans = quoted_spans(body)
    according = next((m for m in _ACCORDING.finditer(body) if not inside(m.start(), spans)), None)
    # "Senator Maria Delgado, who wrote the bill, said ...": a verb inside a relative clause is not the attribution
    verb = next(
        (
            m
            for m in _VERB.finditer(body)
            if not inside(m.start(), spans) and not _IN_RELATIVE.search(body, max(0, m.start() - 80), m.start())
        ),
        None,
    )
    if according is not None and (verb is None or according.start() < verb.start()):
        return _according(body, according)
    if verb is None:
        return _doing_then_saying(body)
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
    length = len(_LEADING.sub("", before).split())
    # A subject this long is a clause of its own; a leading "Speaking to journalists in Geneva," is not, nor is a long
    # post whose name a courtesy title marks ("HE the Minister of State at the Ministry of ... Dr. Mohammed ...").
    if length > 24 or (length > 16 and not _COURTESY_BEFORE_NAME.search(before)):
        return []
    subject = read_subject(before)  # auxiliaries already gone: "Tokayev has told" is Tokayev
    if not clean(after) or (after.rstrip().endswith(":") and not re.search(r"[\"“]", after)):
        # "Speaking in Geneva, Mr. Pedersen said:", "Our correspondent Helen Marsh reports from the count:": a speaker
        # line; the words are the next paragraph.
        return [Found(DIRECT, "", subject, 0.8)] if after.rstrip().endswith(":") else []
    return _words_after(body, verb.end(), verb.group(0), subject)


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
    who = clean(after[: participle.start()] if participle is not None else after)
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


# "Raed Abu Saud on Tuesday said": when, not who.
_SUBJECT_TIME = re.compile(
    r"\s+(?:(?:late|early|earlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)
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


def _kind_and_words(text: str) -> tuple[str, str]:
    """Words before their speaker: quoted (in double marks, or in single straight ones as some papers quote), or
    reported."""
    text = clean(text)
    if text[:1] in OPENING or (text[:1] in "'‘" and text[-1:] in "'’" and len(text) > 2):
        return DIRECT, text.strip("“”\"'‘’").rstrip(",").strip()
    return PARAPHRASE, text.strip('“”"')


def _longest_part(part: str) -> int:
    """How many words a part of a subject may have: a title without a verb may be long ("Director-General of the
    Federal Authority for Identity, Citizenship, Customs and Port Security"); words with one are what was said."""
    return 20 if _title_like(part) and not _FINITE.search(part) else 12


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


_JOINING_WORDS = {"of", "for", "the", "in", "on", "at", "to", "and", "de", "du", "al", "el"}


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
    if verb in _ACTS and not (stripped[:1] in OPENING or _THAT.match(stripped) or tail.lstrip().startswith(":")):
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
    that = _THAT.match(stripped)
    if that is not None:
        offset += that.end()
    return _paraphrase(body, offset, subject, confidence)


# Verbs that say what was said only with "that", a colon or a quotation: "declared an emergency", "admitted fraud",
# "claimed the attack" are things done.
_ACTS = {"declared", "declares", "admitted", "claimed", "claims", "reported", "announced", "announces"}


def _paraphrase(body: str, start: int, subject: Subject, confidence: float) -> list[Found]:
    spans = quoted_spans(body)
    participle = next((m for m in _PARTICIPLE.finditer(body, start) if not inside(m.start(), spans)), None)
    end = participle.start() if participle is not None else len(body)
    # "..., but the top Kenyan official also said the government would ...": a second attribution in the sentence
    # (it may hold the participle's comma: "..., and its representative, Tajudeen Oyewale, said")
    again = next(
        (m for m in _SAID_AGAIN.finditer(body, start) if m.start() < end and not inside(m.start(), spans)), None
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
    writers = next((m for m in _WRITERS_CLAUSE.finditer(body, start, end) if not inside(m.start(), spans)), None)
    if writers is not None:
        end = writers.start()
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
    r",?\s+(?:but|and)\s+(?P<who>he|she|they|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}?"
    # "..., and its representative in Afghanistan, Tajudeen Oyewale, said": a post, then the name between commas
    r"|(?:its|his|her|their|the)\s+[\w'’-]+(?:\s+[\w'’-]+){0,6}?,\s+[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){0,3}?,)"
    r"\s+(?:also\s+|later\s+)?"
    r"(?:said|told\s+(?:reporters|journalists|[A-Z][\w-]*)|added|noted|warned|stressed|insisted)\b(?:\s+that\b)?\s*"
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
    r",\s+(?:"
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
    r"|but\s+(?:did|does|would|could|has|had)\s+not\s+(?:say|give|elaborate|specify|provide|disclose|comment|offer"
    r"|explain|name|identify|detail)\b"
    r")"
)
_TRAILING_SOURCE = re.compile(r",\s+(?:[\w.'’-]+\s+){1,5}?(?:said|reported|says|reports)\s*$")
_SAID_NOTHING = re.compile(
    r"^(?:little|nothing|much|something|anything|more|less|few\s+details|no\s+more)"
    r"(?:\s+(?:else|further|publicly|in\s+public))?(?:\s+(?:about|on|regarding)\s+(?:the|his|her|their|its|a|an)\s+"
    r"[\w\s'’-]{1,50})?$",
    re.IGNORECASE,
)
_AFTER_QUOTE = re.compile(r"[\"”],\s+(?:as|while|amid|even\s+as)\s+\S")
_DEED = re.compile(r"(?:,|(?<=[\"”]))\s+and\s+(?:also\s+|then\s+|later\s+)?[a-z]{3,}ed\b")


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
    return found + _continuations(body, closing + 1 + rest_start, Subject())


_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|did|does|do|said|says)\b", re.IGNORECASE
)


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


def _someone(description: str) -> bool:
    """Whether an unnamed speaker's description names people ("sources close to the talks", "a senior official"),
    not a thing ("a clear risk", "concerns over ...")."""
    if not description or re.search(r"[\"“”]", description):
        return False
    head = re.split(r"\s+(?:of|for|at|in|from|with|close|familiar|who|that)\b", description)[0].split()
    return bool(head) and is_person_noun(head[-1])


def is_person_noun(word: str) -> bool:
    """Whether a word names a person by post or kind ("minister", "official", "secretary-general"), not a body."""
    lowered = word.lower().strip(",.")
    return (
        lowered in _TITLE_WORDS or lowered in _ANONYMOUS or any(part in _TITLE_WORDS for part in lowered.split("-"))
    ) and (lowered not in _BODY_WORDS and lowered not in _ORGANISATIONS)


# The word a title ends on when it stands before a name in narration: "Chinese President Xi Jinping met ...".
_MENTION_HEADS = {
    *("president", "minister", "secretary", "chancellor", "premier", "king", "emir", "prince", "ambassador"),
    *("envoy", "mayor", "governor", "general", "commander", "director", "director-general", "secretary-general"),
    *("chief", "leader", "speaker", "senator", "judge", "prosecutor", "spokesman", "spokeswoman", "spokesperson"),
    *("officer", "commissioner", "chairman", "chairwoman", "chair", "ceo", "coordinator", "negotiator", "mediator"),
    # the sports and business desks' posts: "Pakistan captain Hamza Tariq on Tuesday backed ..."
    *("captain", "skipper", "coach", "manager", "whip", "founder"),
}
_MENTION_CUE = re.compile(
    r"\b(?:President|Minister|Secretary|Chancellor|Premier|King|Emir|Prince|Ambassador|Envoy|Mayor|Governor|General"
    r"|Commander|Director|Chief|Leader|Speaker|Senator|Judge|Prosecutor|[Ss]pokes(?:man|woman|person)|Officer"
    r"|Commissioner|Chair(?:man|woman)?|CEO|Coordinator|Negotiator|Mediator"
    r"|[Cc]aptain|[Ss]kipper|[Cc]oach|[Mm]anager|[Ww]hip|[Ff]ounder)\b"
)
_MENTION_TITLE_FILLER = {"of", "for", "and", "the"}
_APPOSITION = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|bint|ibn|de|da|van|von|der|le|la)\s+)?[A-Z][\w'’.-]+){1,3}),\s+"
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
        if apposition is not None and any(is_person_noun(word) for word in apposition["title"].split()):
            subject = read_subject(f"{apposition['name']}, {apposition['title']}")
            if subject.name == apposition["name"] and subject.title:
                found.append(subject)
    if not _MENTION_CUE.search(paragraph):
        return found
    words = paragraph.split()
    for index, word in enumerate(words):
        if word.lower() not in _MENTION_HEADS:
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
        start = index
        while start > 0 and index - start < 6:
            before = words[start - 1]
            if before[-1:] in ",.;:" or not (
                before[:1].isupper() or before.lower() in _MENTION_TITLE_FILLER or _is_title_word(before)
            ):
                break
            start -= 1
        while start < index and words[start].lower() in _MENTION_TITLE_FILLER:
            start += 1
        title = " ".join(words[start : index + 1])
        if len(name.split()) < 2 or not reads_as_name(name) or title.lower() == words[index].lower() == "general":
            continue
        subject = read_subject(f"{title} {name}")
        if subject.name == name and subject.title:
            found.append(subject)
    return found


_NARRATION_SUBJECT = re.compile(
    # (a post may hold "of", "and", "the": "Minister of Water and Irrigation Raed Haddad on Tuesday discussed ...")
    # ("and" only inside a post, after its "of": "Lavrov and U.S. Secretary of State Antony Blinken met" is two people)
    r"^(?P<subject>(?:[A-Z][\w'’.-]*\s+){0,6}?"
    r"(?:(?:of|for)\s+(?:[A-Z][\w'’.-]*\s+|(?:and|of|the|for)\s+(?=[A-Z])){1,8}?)?"
    r"[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|de|da|van|von)\s+)?[A-Z][\w'’.-]+){1,3})"
    r"(?=,\s+(?:who|whose|a|an|the)\b|(?:\s+(?:of|from)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?:has|had|was|is|held|led|met|visited|arrived|left|stood|sat|walked|wore|[a-z]+ed)\b)"
)


def narration_subject(paragraph: str) -> Subject | None:
    """The person a paragraph of narration is about, when its first sentence opens with their name ("Outside
    Parliament, Helen Marsh, whose father died ..., held a photograph"): the "she" of the next quotation."""
    sentence = _LEADING.sub("", strip_dateline(paragraph.strip()), count=1)
    match = _NARRATION_SUBJECT.match(sentence)
    if match is None:
        return None
    subject = read_subject(match["subject"])
    return subject if subject.name and len(subject.name.split()) >= 2 else None
