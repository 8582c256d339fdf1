"""The labelled wire-copy corpus (tests/data/wire_corpus, see FORMAT.md there): loading it, and scoring what the
importer stored against its labels."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline.arabic import fold, name_key

CORPUS = Path(__file__).resolve().parents[2] / "data" / "wire_corpus"
# A leading preposition of an object phrase ("إلى وقف ...", "to halt ...") is the text's or not, by taste.
_LEADING_PARTICLE = re.compile(r"^(?:الي|ب|عن|من|علي|to|of|for|about)\s+")
_HONORIFICS = {fold(word) for word in ["الشيخ", "سعادة", "معالي", "سمو", "الدكتور", "د", "dr", "mr", "ms", "mrs"]}


@dataclass
class Label:
    kind: str
    speaker: str
    anonymous: bool
    role: str
    text: str


@dataclass
class LabelledBulletin:
    number: int
    date: datetime.date
    time: str | None
    statements: list[Label]


@dataclass
class CorpusSet:
    name: str
    language: str
    date_order: str
    text: str
    bulletins: dict[int, LabelledBulletin]


@dataclass
class Stored:
    """A statement as read back from the database."""

    number: int
    kind: str
    speaker: str  # name, or description of an anonymous speaker; "" when left for the editor
    anonymous: bool
    role: str
    text: str


@dataclass
class Score:
    labels: int = 0
    stored: int = 0
    found: int = 0
    correct_found: int = 0  # stored statements that match a label
    fully_right: int = 0
    not_names: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        return self.correct_found / self.stored if self.stored else 1.0

    @property
    def right(self) -> float:
        return self.fully_right / self.labels if self.labels else 1.0

    def add(self, other: Score) -> None:
        for name in ("labels", "stored", "found", "correct_found", "fully_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("not_names", "duplicates", "misses", "wrong"):
            getattr(self, name).extend(getattr(other, name))

    def line(self, title: str) -> str:
        return (
            f"{title:<22} recall {self.recall:.2f} ({self.found}/{self.labels})  precision {self.precision:.2f} "
            f"({self.correct_found}/{self.stored})  fully right {self.right:.2f} ({self.fully_right}/{self.labels})  "
            f"not names {len(self.not_names)}  duplicates {len(self.duplicates)}"
        )


def load(folder: Path = CORPUS) -> list[CorpusSet]:
    sets = []
    for labels_path in sorted(folder.glob("*.labels.json")):
        name = labels_path.name.removesuffix(".labels.json")
        data = json.loads(labels_path.read_text(encoding="utf-8"))
        bulletins = {
            int(number): LabelledBulletin(
                number=int(number),
                date=datetime.date.fromisoformat(bulletin["date"]),
                time=bulletin.get("time"),
                statements=[
                    Label(
                        kind=label["kind"],
                        speaker=label["speaker"],
                        anonymous=bool(label.get("anonymous")),
                        role=label.get("role", ""),
                        text=label["text"],
                    )
                    for label in bulletin["statements"]
                ],
            )
            for number, bulletin in data["bulletins"].items()
        }
        sets.append(
            CorpusSet(
                name=name,
                language=data["language"],
                date_order=data.get("date_order", "dmy"),
                text=(folder / f"{name}.txt").read_text(encoding="utf-8"),
                bulletins=bulletins,
            )
        )
    return sets


def words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def span(text: str) -> str:
    return _LEADING_PARTICLE.sub("", " ".join(words(text)))


def _overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = sum(min(a.count(word), b.count(word)) for word in set(a))
    return common / max(len(a), len(b))


def _without_honorifics(name: str) -> str:
    return " ".join(word for word in words(name) if word not in _HONORIFICS)


def same_speaker(label: Label, stored: Stored) -> bool:
    """The same person: spelling and transliteration aside, and a name that is the end of the other ("دياب" for
    "حسان دياب", "Tayyip Erdogan" for "Recep Tayyip Erdogan") or its first word (Tedros)."""
    if label.anonymous or stored.anonymous:
        theirs, ours = words(label.speaker), words(stored.speaker)
        # The same unnamed source described more or less fully: "local official" for "local official in Al Haouz".
        shorter, longer = sorted((set(theirs), set(ours)), key=len)
        same = _overlap(theirs, ours) >= 0.5 or (len(shorter) >= 2 and shorter <= longer)
        return label.anonymous == stored.anonymous and same
    theirs = name_key(_without_honorifics(label.speaker)).split()
    ours = name_key(_without_honorifics(stored.speaker)).split()
    if not theirs or not ours:
        return theirs == ours
    shorter, longer = sorted((theirs, ours), key=len)
    return longer[-len(shorter) :] == shorter or (len(shorter) == 1 and longer[0] == shorter[0])


def _role_words(role: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(words(role)))


def same_role(label: Label, stored: Stored, roles_elsewhere: set[str] = frozenset()) -> bool:
    """Equal, ignoring a leading article; a label without a role also accepts a role the same person is given
    elsewhere in the chronology (the importer fills in the role held that day)."""
    if not label.role and _role_words(stored.role) in roles_elsewhere:
        return True
    return _role_words(label.role) == _role_words(stored.role)


def score(corpus_set: CorpusSet, stored: list[Stored], created_people: list[tuple[str, bool]]) -> Score:
    """Match stored statements to labels one to one, by bulletin and by most words in common."""
    result = Score()
    roles: dict[str, set[str]] = {}
    for bulletin in corpus_set.bulletins.values():
        for label in bulletin.statements:
            roles.setdefault(name_key(label.speaker), set()).add(_role_words(label.role))
    for number, bulletin in corpus_set.bulletins.items():
        labels = bulletin.statements
        candidates = [statement for statement in stored if statement.number == number]
        result.labels += len(labels)
        pairs = sorted(
            (
                (_overlap(words(label.text), words(statement.text)), i, j)
                for i, label in enumerate(labels)
                for j, statement in enumerate(candidates)
            ),
            reverse=True,
        )
        matched_labels: dict[int, int] = {}
        used: set[int] = set()
        for overlap, i, j in pairs:
            if overlap < 0.5 or i in matched_labels or j in used:
                continue
            matched_labels[i] = j
            used.add(j)
        for i, label in enumerate(labels):
            if i not in matched_labels:
                result.misses.append(f"{corpus_set.name} ({number}) missed: {label.speaker} | {label.text[:80]}")
                continue
            result.found += 1
            statement = candidates[matched_labels[i]]
            checks = {
                "speaker": same_speaker(label, statement),
                "role": same_role(label, statement, roles.get(name_key(label.speaker), set())),
                "kind": label.kind == statement.kind,
                "span": span(label.text) == span(statement.text),
            }
            if all(checks.values()):
                result.fully_right += 1
            else:
                wrong = ", ".join(
                    f"{what}: {getattr(label, 'text' if what == 'span' else what)!r} read as "
                    f"{getattr(statement, 'text' if what == 'span' else what)!r}"
                    for what, ok in checks.items()
                    if not ok
                )
                result.wrong.append(f"{corpus_set.name} ({number}) {wrong}")
        result.stored += len(candidates)
        result.correct_found += len(used)
        for j, statement in enumerate(candidates):
            if j not in used:
                where = f"{corpus_set.name} ({number})"
                result.wrong.append(f"{where} not a labelled statement: {statement.speaker} | {statement.text[:80]}")
    labelled = [label for bulletin in corpus_set.bulletins.values() for label in bulletin.statements]
    keys: dict[str, list[str]] = {}
    for name, anonymous in created_people:
        probe = Stored(number=0, kind="", speaker=name, anonymous=anonymous, role="", text="")
        match = next((label for label in labelled if same_speaker(label, probe)), None)
        if match is None:
            result.not_names.append(f"{corpus_set.name}: {name}")
        elif not anonymous:
            keys.setdefault(match.speaker, []).append(name)
    result.duplicates.extend(f"{corpus_set.name}: {' / '.join(names)}" for names in keys.values() if len(names) > 1)
    return result
