"""The data the speaker finder works on: a sentence with its words and mentions, the speech verbs
found in it, and the context that carries who spoke last from one sentence to the next; and whom a
pronoun ('she', 'it') or a description ('the company', 'the judge') refers to in that context."""

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
    roles: dict[str, frozenset[str]] = field(default_factory=dict)
    """Person id -> the words of the role the knowledge base gives them ('Presiding judge of …': judge),
    for 'said the judge'."""
    people: list[Speaker] = field(default_factory=list)
    """The people who spoke, each once, the latest last."""
    organisation: Speaker | None = None
    last: Speaker | None = None
    paragraph: int = -1
    named_since: dict[str, Mentioned] = field(default_factory=dict)
    """People the text named, as no speaker, since the last person spoke, by entity, the latest named
    last: 'he' may be one of them. (One entry a person: a long article naming many people between two
    quotes keeps it as small as its cast.)"""
    organisations_named: dict[str, Mentioned] = field(default_factory=dict)
    """Organisations the text named, as no speaker, since the last organisation spoke (as `named_since`)."""
    agents: set[str] = field(default_factory=set)
    """People of `named_since` named only as the agent of a passive (see `named`)."""
    subject: Speaker | None = None
    """The person or organisation the sentence just before was about (its subject), when it quoted no one:
    'Leonor Magalhães, lawyer of Inês Brandão, considered … "…," she said': she is the subject."""

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
        compatible = [p for p in self.named_since.values()
                      if self.pronouns.get(p.entity) in (None, pronoun) and p.entity not in self.agents]
        if not compatible:
            return None, None
        latest = compatible[-1]
        if len(compatible) == 1:
            return (latest, None) if self.pronouns.get(latest.entity) == pronoun else (None, latest)
        subject = self.subject.entity if self.subject is not None else None
        chosen = next((p for p in compatible if p.entity == subject), None)
        # of several people named, the one the sentence before was about (not one in its apposition)
        if chosen is not None and self.pronouns.get(chosen.entity) == pronoun:
            return chosen, None
        return None, latest

    def named_organisations(self, organisations: list[Mentioned]) -> None:
        """Organisations a sentence names, as `named` for people."""
        for organisation in organisations:
            self.organisations_named.pop(organisation.entity, None)
            self.organisations_named[organisation.entity] = organisation

    def described_as(self, head: str) -> list[Mentioned]:
        """The organisations named since the last one spoke that the knowledge base describes with `head`
        ('the company'), the latest last."""
        return [m for m in self.organisations_named.values() if head in self.described.get(m.entity, ())]

    def in_role(self, words: list[str]) -> list[str]:
        """The people who spoke or were named since whom the knowledge base gives the role of all `words`
        ('presiding judge'), each once."""
        seen = [p.entity for p in self.people if p.entity is not None] + list(self.named_since)
        return sorted({e for e in seen if self.roles.get(e, frozenset()).issuperset(words)})

    def name_of(self, person: str) -> str:
        """How the text last named a person who spoke or was named."""
        named = self.named_since.get(person)
        spoke = next((p.text for p in reversed(self.people) if p.entity == person), person)
        return named.text if named is not None else spoke

    def spoke(self, person: Speaker) -> None:
        """`person` (named, found by a pronoun) is the latest to have spoken."""
        self._spoke(person)

    def named(self, people: list[Mentioned], agents: set[str] | frozenset[str] = frozenset()) -> None:
        """People a sentence names; those who spoke in it are taken out again by `update`. `agents` are
        those it names only as the agent of a passive ('chaired by Mary Kemunto'): someone a role may
        refer to ('the chair'), but not whom a pronoun after it means."""
        for person in people:
            self.named_since.pop(person.entity, None)  # named again: now the latest
            self.named_since[person.entity] = person
            if person.entity in agents:
                self.agents.add(person.entity)
            else:
                self.agents.discard(person.entity)

    def update(self, speaker: Speaker, paragraph: int) -> None:
        """Remember who spoke; a pronoun or 'the faction' keeps the name it refers to."""
        if speaker.note and speaker.entity is not None:
            speaker = self._referent(speaker)
        if speaker.kind == "person" or speaker.kind in ("unnamed", "unknown") and _personal(speaker):
            self._spoke(speaker)
        elif speaker.kind == "organisation":
            self.organisation = speaker
            self.organisations_named.clear()
        elif speaker.kind in ("unnamed", "unknown", "other") and speaker.text.casefold().split()[-1:] \
                and speaker.text.casefold().split()[-1] in ORG_NOUNS:
            # 'Russia's defence ministry said …. It said …': 'it' is that ministry, whom the words do not
            # name, not an organisation quoted before it ('the ministry' may still be one named since)
            self.organisation = speaker
        self.last, self.paragraph = speaker, paragraph

    def _referent(self, speaker: Speaker) -> Speaker:
        """The name that a pronoun or a description ('he', 'the faction') refers to, as it was written."""
        if speaker.kind == "person":
            found = next((p for p in reversed(self.people) if p.entity == speaker.entity), None)
            named = self.named_since.get(speaker.entity or "")
        else:
            same = self.organisation is not None and self.organisation.entity == speaker.entity
            found = self.organisation if same else None
            named = self.organisations_named.get(speaker.entity or "")
        if found is None and named is not None:
            found = Speaker(named.entity, named.text, speaker.kind)
        return found or speaker

    def _spoke(self, person: Speaker) -> None:
        """`person` is now the latest to have spoken (named people are listed once)."""
        if person.entity is not None:
            self.people = [p for p in self.people if p.entity != person.entity]
        self.people.append(person)
        self.named_since.clear()
        self.agents.clear()


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


# --- whom a pronoun or a description refers to ------------------------------------------------------


def pronoun_speaker(word: str, context: Context) -> Speaker | None:
    """Whom 'he', 'she' or 'it' refers to; 'they', 'we', 'I', 'you' name no one; None for another word."""
    if word in ("he", "she"):
        return _person_pronoun(word, context)
    if word == "it":
        return _organisation_pronoun(context)
    if word in ("they", "we", "i", "you"):
        return Speaker(None, word, "unresolved", f"'{word}' names no one in particular")
    return None


def _person_pronoun(word: str, context: Context) -> Speaker:
    named, rival = context.named_referent(word)
    if named is not None:
        context.spoke(Speaker(named.entity, named.text, "person"))
        return Speaker(named.entity, word, "person", f"{word} = {named.text}, named since the last quote")
    who = context.referent(word)
    if who is None or who.entity is None:
        return Speaker(None, word, "unresolved", "no named person spoke before")
    if rival is not None and rival.entity != who.entity:
        return Speaker(None, word, "unresolved", f"{rival.text} was named after {who.text} spoke")
    skipped = "" if who is context.person else " whom the knowledge base does not call otherwise"
    return Speaker(who.entity, word, "person", f"{word} = {who.text}, the last person quoted{skipped}")


def _organisation_pronoun(context: Context) -> Speaker:
    org, subject = context.organisation, context.subject
    if org is None and subject is not None and subject.kind == "organisation":
        # before any organisation speaks, 'it' is the one the sentence before was about
        note = f"it = {subject.text}, the sentence before's subject"
        return Speaker(subject.entity, "it", "organisation", note)
    if org is None or org.entity is None:
        return Speaker(None, "it", "unresolved", "no named organisation spoke before")
    return Speaker(org.entity, "it", "organisation", f"it = {org.text}, the last organisation quoted")


def role_speaker(text: str, words: list[str], context: Context) -> Speaker | None:
    """'said the judge', 'the presiding judge': the one person named in the article so far whom the
    knowledge base gives that role, every word of it; None when there is no one such, or several."""
    (person, *others) = context.in_role(words) or [None]
    if person is None or others:
        return None
    note = f"{text.casefold()} = {context.name_of(person)}, named before in that role"
    return Speaker(person, text, "person", note)


def described_speaker(text: str, context: Context) -> Speaker:
    """'The company said': the one organisation so described named since the last one spoke, else the
    organisation that spoke last, if the knowledge base describes it so."""
    head = text.split()[-1].casefold()
    named = context.described_as(head)
    if len(named) == 1:
        note = f"{text.casefold()} = {named[0].text}, the {head} named before"
        return Speaker(named[0].entity, text, "organisation", note)
    org = context.organisation
    if org is None or org.entity is None:
        return Speaker(None, text, "unresolved", "no named organisation spoke before")
    if head not in context.described.get(org.entity, frozenset()):
        # 'The government' after a company's statement is not the company: only an organisation the
        # knowledge base calls a government (a faction, a union) may be referred to so
        return Speaker(None, text, "unresolved", f"the last organisation quoted, {org.text}, is no {head}")
    note = f"{text.casefold()} = {org.text}, the last organisation quoted"
    return Speaker(org.entity, text, "organisation", note)
