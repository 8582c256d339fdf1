"""Statements in Arabic paragraphs, as desks write them.

A statement opens at a speech verb (قال، أضاف، أكد، أعرب عن، دعا إلى ...) standing where an attribution stands: at
the start of a sentence or after a dateline (`الجزائر –`, `نيويورك في 9 سبتمبر/ وام /`), after `، و` or a connector
(`لكنه`, `كما`, `وسبق أن`), after a leading phrase (`وفي مقابلة مع ...، قال`), or right after a quotation (`«…»، قال
X`). Between the verb and the words stands the subject: who spoke, with their title, and perhaps an audience or an
occasion (`للصحفيين`, `لـ"رويترز"`, `في كلمته أمام ...`) that is neither. The words follow a colon or a quotation
mark (direct speech), or إن / أن (reported speech), or the verb's preposition (`أعرب عن قلقه`). A participle
(`، مضيفًا أن`, `قائلًا:`) continues with another statement by the same speaker.

The reader is a package, one subject a module: `lexicon` (the word lists and word patterns), `verbs` (speech verbs,
participles and connectors), `names` (what each word of a subject is, names and titles), `subjects` (who a subject
names), `quotes` (where the words end, and what a participle after them adds), `deeds` (the one who did what a
sentence opens with), `sentences` (statements in paragraphs) and `mentions` (people named in narration)."""

from timeline.importing.arabic_speech.mentions import courtesy_mentions, is_person_noun, mentions, titled_mentions
from timeline.importing.arabic_speech.names import (
    is_descriptor,
    is_nationality,
    names_a_post,
    reads_as_name,
    unnamed_post,
)
from timeline.importing.arabic_speech.sentences import read_paragraph
from timeline.importing.arabic_speech.subjects import courtesy_of, read_subject

__all__ = [
    "courtesy_mentions",
    "courtesy_of",
    "is_descriptor",
    "is_nationality",
    "is_person_noun",
    "mentions",
    "names_a_post",
    "read_paragraph",
    "read_subject",
    "reads_as_name",
    "titled_mentions",
    "unnamed_post",
]
