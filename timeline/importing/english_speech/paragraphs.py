"""English paragraphs as desks paste them: datelines ("WASHINGTON, Oct 22 (Reuters) -", "Dubai:", live-page
clocks) and sentences."""

from __future__ import annotations

import re

from timeline.importing.clauses import (
    sentence_end,
)
from timeline.importing.english_speech.lexicon import _PLACES

_DATELINE = re.compile(
    # ("KHARTOUM/PORT SUDAN (Sudan Tribune) –": two places a story was filed from, joined by a slash)
    r"^(?:(?P<city>[A-Z][A-Z .'/-]*[A-Z])(?:,\s*[^()\n]{0,40}?)?\s*)?"
    r"(?P<agency>\([A-Za-z .&/-]{2,30}\))?\s*(?:--|—|–|-)\s*"
)


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
    # ("Paris (AFP) – ...", "Beirut (Reuters) - ...": the agency in brackets after the place)
    dash = re.match(
        r"^([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(\s+\([A-Za-z .&/-]{2,30}\))?\s*(?:-|–|—|--)\s*(?=[A-Z“\"])", paragraph
    )
    # (with the agency, any place: "Lausanne (AFP) - ..."; no name is followed by an agency in brackets and a dash)
    if dash is not None and (dash.group(1).split()[-1].lower() in _PLACES or dash.group(2)):
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
