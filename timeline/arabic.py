"""Arabic text handling shared by the importer and search: digits, spelling folds, and spelling-tolerant patterns."""

import functools
import re
import unicodedata

# Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits to ASCII.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Harakat (fathatan .. sukun), the superscript alef, and tatweel: marks a reader may or may not type.
MARKS = "\u064b-\u065f\u0670\u0640"
_MARKS_RE = re.compile(f"[{MARKS}]")
# Hamza on a seat (ؤ ئ) folds to bare hamza, so that مسئول (Egyptian) and مسؤول (Levantine) are one word.
_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ؤ": "ء", "ئ": "ء", "ة": "ه"})
_SPACES_RE = re.compile(r"\s+")
# All of fold's character work in one table: marks dropped, letters and digits mapped.
_FOLD_TABLE = {
    **dict.fromkeys([*range(1611, 1632), 1648, 1600]),
    **_FOLDS,
    **_DIGITS,
}

# Each folded letter stands for every spelling that folds to it.
_LETTER_CLASSES = {"ا": "[اأإآٱ]", "ي": "[يى]", "ء": "[ءؤئ]", "ه": "[هة]"}


def to_latin_digits(text: str) -> str:
    return text.translate(_DIGITS)


def to_arabic_indic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC_INDIC)


_FOLD_PAIRS = tuple((chr(code), folded) for code, folded in _FOLDS.items())
_ARABIC_DIGITS_RE = re.compile("[٠-٩۰-۹]")


# Characters: the short texts an import folds again and again (names, titles) are remembered, the last few
# thousand of them (the unique ones, headlines and short quotations, pass through: memory stays flat).
SHORT = 80


def fold(text: str) -> str:
    """The spelling-insensitive form of `text`: no harakat or tatweel, one form of alef, ya, waw and ta marbuta,
    ASCII digits, single spaces, Latin letters case-folded. مسئول، مسؤول and مسؤولٌ all fold to مسءول."""
    if len(text) <= SHORT:
        return _fold_short(text)
    return _fold(text)


def _fold(text: str) -> str:
    # The same as text.translate(_FOLD_TABLE), five to six times faster on Arabic text (translate looks every
    # character up in a dict, the importer folds every paragraph several times): ASCII needs none of it; marks go
    # in one regex pass; each letter fold and the digits only when present (no output of one is input to another).
    if not text.isascii():
        text = _MARKS_RE.sub("", text)
        for spelling, folded in _FOLD_PAIRS:
            if spelling in text:
                text = text.replace(spelling, folded)
        if _ARABIC_DIGITS_RE.search(text):
            text = text.translate(_DIGITS)
    return " ".join(text.casefold().split())


_fold_short = functools.lru_cache(maxsize=4096)(_fold)


def flexible(word: str) -> str:
    """A regular expression matching `word` however it is spelt: any hamza form, ى/ي, ة/ه, with or without harakat
    and tatweel between its letters."""
    parts = []
    for letter in fold(word):
        if letter == " ":
            parts.append(r"\s+")
            continue
        parts.append(_LETTER_CLASSES.get(letter, re.escape(letter)))
        parts.append(f"[{MARKS}]*")
    return "".join(parts)


# --- Search terms ------------------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
# Attached particles: conjunctions و ف; the article ال, alone or after the prepositions ب ك ل (لل is ل + ال).
_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")
# Plural, dual and feminine endings, attached pronouns, and the alif of the accusative (تقدمًا), folded (ة is ه).
_ENDINGS = ("ات", "ون", "ين", "ان", "ها", "هم", "ه", "ا")
# Attached pronouns, which come off before a plural, dual or feminine ending does: تصريحاته، مواقفهم.
_PRONOUNS = ("هما", "هم", "ها", "ه")


@functools.lru_cache(maxsize=200_000)
def light_stem(word: str) -> str:
    """A folded Arabic word without its attached particles and inflectional endings, so that والحكومة, الحكومة and
    حكومة, or المفاوضات and مفاوضات, meet. Cautious: it keeps at least three letters, and Latin words whole."""
    if not word or not ("\u0600" <= word[0] <= "\u06ff"):
        return word
    if word[0] in "وف" and len(word) > 4 and word[1:3] == "ال":
        word = word[1:]
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 3:
            word = word[len(article) :]
            break
    # ألماني، إلغاء، التزام fold to what looks like a second article: read them the same with the real one before.
    if word.startswith("ال") and len(word) >= 5:
        word = word[2:]
    # A first و or ف may be "and" or a root letter (وساطة، وزارة، وزير، فريق). A long word loses it now; a short one
    # only if it is still long once its endings are gone, so that وزير، وزيرة and الوزيرين, or وساطة and الوساطة,
    # meet (measured on bench/data/arabic_stem_pairs.tsv: docs/search-stemmer.md).
    if word[0] in "وف" and len(word) >= 6:
        word = word[1:]
    for pronoun in _PRONOUNS:
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 3:
            word = word[: -len(pronoun)]
            if word.endswith("ت") and word[-2] != "ا" and len(word) >= 5:
                word = word[:-1] + "ه"  # حكومته: the ta marbuta before a pronoun
            break
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            if ending in ("ين", "ان") and word.endswith("ت") and len(word) >= 4:
                word = word[:-1]  # الحكومتين: the dual of حكومة
            break
    if word[0] in "وف" and len(word) > 4:
        word = word[1:]
    return word


def search_terms(text: str) -> list[str]:
    """The words of `text` as search compares them: folded, then lightly stemmed (stems are remembered: a
    chronology repeats its words, and its speakers' names)."""
    if len(text) <= SHORT:
        return list(_short_search_terms(text))
    return list(map(light_stem, _WORD.findall(_fold(text))))


@functools.lru_cache(maxsize=4096)
def _short_search_terms(text: str) -> tuple[str, ...]:
    return tuple(map(light_stem, _WORD.findall(fold(text))))


def search_query(query: str) -> tuple[str, list[str], list[str]]:
    """A reader's query, web-search style: words must all appear, "-word" must not, "or" (أو) between words
    accepts either, "quoted words" are a phrase. Returns the websearch_to_tsquery text in our spelling, and the
    folded, stemmed words required and excluded (for databases without full-text search, where "or" and phrases
    read as plain words)."""
    parts, required, excluded = [], [], []
    for token in re.findall(r'"[^"]*"|\S+', query):
        if token.strip('"').casefold() in ("or", "أو", "او"):
            parts.append("or")
            continue
        negated = token.startswith("-") and len(token) > 1
        words = search_terms(token.strip('"-'))
        if not words:
            continue
        (excluded if negated else required).extend(words)
        text = " ".join(words)
        if token.startswith('"') and len(words) > 1:
            text = f'"{text}"'
        parts.append(f"-{text}" if negated else text)
    while parts and parts[-1] == "or":
        parts.pop()
    while parts and parts[0] == "or":
        parts.pop(0)
    return " ".join(parts), required, excluded


# --- Names across transliterations ---------------------------------------------------------------------------------

# Letters that different desks use for one foreign sound: g (ج غ ق گ), s/sh (س ش ص), t (ت ط), d (د ض), z (ز ذ ظ),
# h (ح ه), v/f (ف ڤ), p/b (ب پ). Long vowels and hamza are written by some desks and not by others.
_SOUNDS = str.maketrans(
    {
        "غ": "ج",
        "ق": "ج",
        "گ": "ج",
        "ش": "س",
        "ص": "س",
        "ط": "ت",
        "ض": "د",
        "ذ": "ز",
        "ظ": "ز",
        "ح": "ه",
        "ڤ": "ف",
        "پ": "ب",
    }
)
_LATIN_SOUNDS = str.maketrans({"c": "k", "q": "k", "z": "s", "w": "v", "j": "g", "y": "i"})
# Long vowels inside a word only: a last one tells أولغا from أوليغ, Simeonova from Simeonov.
_LATIN_VOWELS = re.compile(r"(?<=.)[aeiouh](?=.)")
_ARABIC_VOWELS = re.compile(r"(?<=.)[اويء](?=.)")
_REPEATS = re.compile(r"(.)\1+")
_COMPOUND_AFTER = re.compile(r"\b(عبد|ابو|ابي|بن|بنت|ابن|ال|آل)\s+")
_COMPOUND_BEFORE = re.compile(r"\s+(الدين|الله|الرحمن|الرحيم)\b")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def _word_key(word: str) -> str:
    if not word.isascii() and not _ARABIC_SCRIPT.search(word):
        # Latin letters with accents: Stéphane, Türk, António are Stephane, Turk, Antonio.
        word = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    if word.isascii():
        word = _LATIN_VOWELS.sub("", word.translate(_LATIN_SOUNDS))
    else:
        # ch written تش by some desks and ج or چ by others: عراقتشي، عراقجي
        word = _ARABIC_VOWELS.sub("", word.replace("تش", "ج").replace("چ", "ج").translate(_SOUNDS))
    return _REPEATS.sub(r"\1", word)


@functools.lru_cache(maxsize=50_000)
def name_key(name: str) -> str:
    """The consonant skeleton of a name, equal for its transliteration variants: بلينكن and بلنكن, غوتيريش and
    غوتيريس, دوجاريك and دوغاريك, Guterres and Gutteres. Used to find a person however a desk spelt them, never
    to tell two people apart (short names may share a skeleton)."""
    folded = fold(name)
    # Compounds written together or apart are one name: ناصر الدين/ناصرالدين، بن قدارة/بنقدارة، عبد الله/عبدالله.
    folded = _COMPOUND_BEFORE.sub(r"\1", _COMPOUND_AFTER.sub(r"\1", folded))
    return " ".join(_word_key(word) for word in re.findall(r"\w+", folded))


def name_keys(names: list[str]) -> str:
    """Several names' skeletons in one searchable string: "|انتن بلنكن|antn blnkn|"."""
    keys = dict.fromkeys(key for key in (name_key(name) for name in names if name) if key)
    return "|" + "|".join(keys) + "|" if keys else ""
