"""The data the speaker finder works on: a sentence with its words and mentions, the speech verbs
found in it, and the context that carries who spoke last from one sentence to the next."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from generator.annotate.speechwords import ORG_NOUNS

WORD = re.compile(r"[^\W_][\w'’-]*")


@dataclass(frozen=True)
class Speaker:
    """Who a verb's subject is: an entity, or words naming no entity (entity None)."""

    entity: str | None
    text: str
    """The words that name the speaker, as written ('he', 'a senior Palestinian official')."""
    kind: str
    """person, organisation, unnamed (a description), unknown (a name the knowledge base lacks),
    unresolved (a pronoun with no one to refer to) or other (a place, an event)."""
    note: str = ""
    """For a pronoun or a description: whom it was read as."""


@dataclass(frozen=True)
class Mentioned:
    start: int
    end: int
    entity: str
    type: str
    text: str


@dataclass(frozen=True)
class Verb:
    start: int
    end: int
    word: str
    speaker: Speaker
    subject_at: int
    """Where the words naming the speaker start (after the verb when it is 'said X')."""


@dataclass
class Context:
    """Who spoke last in the article, for 'he said' and 'it said'."""

    pronouns: dict[str, str] = field(default_factory=dict)
    """Entity id -> the pronoun the knowledge base gives the person ('he', 'she', 'they')."""
    described: dict[str, frozenset[str]] = field(default_factory=dict)
    """Organisation id -> the words of its name, aliases and description in the knowledge base."""
    people: list[Speaker] = field(default_factory=list)
    """The people who spoke, each once, the latest last."""
    organisation: Speaker | None = None
    last: Speaker | None = None
    paragraph: int = -1
    named_since: dict[str, Mentioned] = field(default_factory=dict)
    """People the text named, as no speaker, since the last person spoke, by entity, the latest named
    last: 'he' may be one of them. (One entry a person: a long article naming many people between two
    quotes keeps it as small as its cast.)"""

    @property
    def person(self) -> Speaker | None:
        return self.people[-1] if self.people else None

    def referent(self, pronoun: str) -> Speaker | None:
        """Whom 'he' or 'she' refers to: the latest person who spoke and whom the knowledge base does not
        call otherwise (a person it gives no pronoun, or an unnamed one, may be either)."""
        for speaker in reversed(self.people):
            given = self.pronouns.get(speaker.entity) if speaker.entity is not None else None
            if given is None or given == pronoun:
                return speaker
        return None

    def named_referent(self, pronoun: str) -> tuple[Mentioned | None, Mentioned | None]:
        """Whom `pronoun` refers to among the people named since the last person spoke: (the one, None)
        when one alone may be meant and the knowledge base gives that one this pronoun; (None, a rival)
        when one or more may be meant but not for certain; (None, None) when none may be. In 'The driver,
        Vassilis Tzortzis, will be buried on Thursday. Colleagues said he had complained …', 'he' is the
        driver, not the mayor quoted before; with no pronoun given for the driver, no one for certain."""
        compatible = [p for p in self.named_since.values() if self.pronouns.get(p.entity) in (None, pronoun)]
        if not compatible:
            return None, None
        latest = compatible[-1]
        alone = len(compatible) == 1
        return (latest, None) if alone and self.pronouns.get(latest.entity) == pronoun else (None, latest)

    def spoke(self, person: Speaker) -> None:
        """`person` (named, found by a pronoun) is the latest to have spoken."""
        self._spoke(person)

    def named(self, people: list[Mentioned]) -> None:
        """People a sentence names; those who spoke in it are taken out again by `update`."""
        for person in people:
            self.named_since.pop(person.entity, None)  # named again: now the latest
            self.named_since[person.entity] = person

    def update(self, speaker: Speaker, paragraph: int) -> None:
        """Remember who spoke; a pronoun or 'the faction' keeps the name it refers to."""
        if speaker.note and speaker.entity is not None:
            if speaker.kind == "person":
                referent = next((p for p in reversed(self.people) if p.entity == speaker.entity), None)
                if referent is not None:
                    self._spoke(referent)
            else:
                referent = self.organisation
            speaker = referent if referent is not None else speaker
        elif speaker.kind == "person" or speaker.kind in ("unnamed", "unknown") and _personal(speaker):
            self._spoke(speaker)
        elif speaker.kind == "organisation":
            self.organisation = speaker
        self.last, self.paragraph = speaker, paragraph

    def _spoke(self, person: Speaker) -> None:
        """`person` is now the latest to have spoken (named people are listed once)."""
        if person.entity is not None:
            self.people = [p for p in self.people if p.entity != person.entity]
        self.people.append(person)
        self.named_since.clear()


def _personal(speaker: Speaker) -> bool:
    """Whether an unnamed speaker is a person ('a fisherman'), who 'he said' may then refer to."""
    words = speaker.text.casefold().split()
    return speaker.kind == "unknown" or bool(words) and words[-1] not in ORG_NOUNS


class Token(NamedTuple):
    """A word of a sentence (a named tuple: every sentence makes many, quicker than a frozen dataclass)."""

    start: int
    end: int
    text: str


@dataclass
class Sentence:
    """A sentence of a blanked-out paragraph, its tokens and the mentions in it (both in text order)."""

    masked: str
    start: int
    end: int
    tokens: list[Token]
    mentions: list[Mentioned]
    verbs: list[Verb] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._token_starts = [t.start for t in self.tokens]
        self._mention_starts = [m.start for m in self.mentions]
        self._by_end = {m.end: m for m in self.mentions}

    def gap(self, left: int, right: int) -> str:
        return self.masked[left:right]

    def mention_ending(self, end: int) -> Mentioned | None:
        return self._by_end.get(end)

    def mention_at(self, token: Token) -> Mentioned | None:
        i = bisect.bisect_right(self._mention_starts, token.start) - 1
        found = self.mentions[i] if i >= 0 else None
        return found if found is not None and token.end <= found.end else None

    def mentions_within(self, start: int, end: int) -> list[Mentioned]:
        """The mentions wholly inside [start, end), in text order (found by bisection: a long sentence
        may have many mentions, and each verb asks)."""
        found = []
        for i in range(bisect.bisect_left(self._mention_starts, start), len(self.mentions)):
            mention = self.mentions[i]
            if mention.start > end:
                break
            if mention.end <= end:
                found.append(mention)
        return found

    def first_token(self, start: int) -> int:
        """Index of the first token starting at or after `start`."""
        return bisect.bisect_left(self._token_starts, start)


def tokens(masked: str, start: int, end: int) -> list[Token]:
    """Words of masked[start:end], a possessive ending cut ('Israel's' → 'Israel')."""
    found = []
    for match in WORD.finditer(masked, start, end):
        text = match.group()
        if text.endswith(("'s", "’s")):
            text = text[:-2]
        found.append(Token(match.start(), match.start() + len(text), text))
    return found
