"""Statements in English paragraphs, as wire services write them.

`X said (that) ...`, `X told reporters ...`, `X said: "..."`, `"...," X said.`, `"...," said X, the ...`,
`..., the official said.`, `..., according to X.`, a participle that continues (`, adding that ...`), a dateline
before it all (`WASHINGTON, Oct 22 (Reuters) -`, `GENEVA (AP) —`, `(CNN)--`), and a paragraph that opens a quotation
without closing it: the previous speaker goes on, as wire copy continues a quote over paragraphs.

The reader is a package, one subject a module: `lexicon` (the word lists), `names` (names and titles), `subjects`
(who a subject names), `paragraphs` (datelines and sentences), `between` (what stands between the verb and the
words), `words_said` (where the words start and end), `attributions` (statements in sentences) and `mentions` (people
named in narration)."""

from timeline.importing.english_speech.attributions import read_paragraph
from timeline.importing.english_speech.mentions import companies, mentions, narration_subject
from timeline.importing.english_speech.names import (
    is_company_name,
    is_person_noun,
    is_rank,
    named_with_age,
    plural_of_people,
    post_of_description,
    reads_as_name,
    unnamed_post,
)
from timeline.importing.english_speech.paragraphs import strip_dateline
from timeline.importing.english_speech.subjects import read_subject

__all__ = [
    "companies",
    "is_company_name",
    "is_person_noun",
    "is_rank",
    "mentions",
    "named_with_age",
    "narration_subject",
    "plural_of_people",
    "post_of_description",
    "read_paragraph",
    "read_subject",
    "reads_as_name",
    "strip_dateline",
    "unnamed_post",
]
