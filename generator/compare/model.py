"""What the comparison stage finds across the corpus, as plain frozen dataclasses.

`data/story.json` publishes a `Comparisons` field by field, so the field names here are the JSON names.
Article ids are the seeds' slugs; paragraph indexes count from 0 (the page anchor of paragraph `i` is
`#p-{i + 1}`). Every tuple is sorted and every id is derived from the content, so the output is the same
on every run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from generator.model import FigurePart

Status = Literal["agree", "conflict", "updated", "fell"]
"""'updated': a count that only grows (a toll) rose from one day's reports to the next, none lower later."""
PartsStatus = Literal["agree", "conflict", "none"]
DiffKind = Literal["same", "added", "removed"]
CoverageKind = Literal["figure", "quote", "event", "entity"]


# --- figures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureValue:
    """One figure of one article that belongs to a group."""

    article: str
    value: float
    figure: str
    """The figure's id (see `Annotations.figures`)."""
    qualifier: str
    paragraph: int
    text: str
    parts: tuple[FigurePart, ...] = ()
    told: dt.date | None = None
    """The day the figure's clause says it is of ('seven infants as of May 14'); None when it names none
    and the figure is of its article's publication day."""


@dataclass(frozen=True)
class FigureTally:
    """A value and the articles that give it."""

    value: float
    qualifier: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class FigureGroup:
    """Figures counting the same thing about the same event, across articles."""

    id: str
    counts: str
    """What is counted, normalised ('killed', 'injured')."""
    event: str
    """The incident class the figure is about ('operation', 'attack', …), 'cumulative', or ''."""
    subject: str
    """Who is counted, normalised ('palestinian'); '' when the texts say only 'people' or 'others'."""
    status: Status
    parts_status: PartsStatus
    """Whether the breakdowns ('eight terrorists and one civilian') agree, among the articles giving one."""
    values: tuple[FigureValue, ...]
    tally: tuple[FigureTally, ...]
    """Each distinct value with its articles, most reported first."""
    example: str
    """A sentence that states the figure, to name the group for a reader."""


# --- quotes -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WordDiff:
    """A run of words of a wording compared with the reference: kept, added or left out."""

    kind: DiffKind
    text: str


@dataclass(frozen=True)
class QuoteWording:
    quote: str
    """The quote's id."""
    article: str
    paragraph: int
    text: str
    speaker: str | None
    similarity: float
    """Share of the reference's words this wording keeps, 0..1 (1 for the reference)."""
    diff: tuple[WordDiff, ...]
    """This wording word by word against the reference (empty for the reference itself)."""


@dataclass(frozen=True)
class QuoteGroup:
    """One utterance as reported by several articles."""

    id: str
    speaker: str | None
    """Entity id of the speaker; None when no article attributes it."""
    quotes: tuple[str, ...]
    """The ids of the quotes in the group."""
    articles: tuple[str, ...]
    reference: str
    """The quote whose wording the others are compared with: the most common wording, earliest first."""
    identical: bool
    """True when every article gives the same words."""
    wordings: tuple[QuoteWording, ...]
    speakers_differ: bool = False
    """True when the articles give the words to different people (each wording has its speaker)."""


# --- text reuse ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReusePassage:
    """A passage of `a` found, verbatim or nearly, in `b`."""

    words: int
    a_text: str
    a_paragraphs: tuple[int, ...]
    b_text: str
    b_paragraphs: tuple[int, ...]


@dataclass(frozen=True)
class ReusePair:
    a: str
    b: str
    """The two article ids, `a` < `b`."""
    score: float
    """Share of the shorter article's word sequences that the other also contains, 0..1."""
    shared: int
    """Number of distinct shared word sequences (shingles)."""
    passages: tuple[ReusePassage, ...]
    """The longest shared passages, longest first."""


# --- dates --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateValue:
    article: str
    date: dt.date
    paragraph: int
    text: str
    how: str


@dataclass(frozen=True)
class DateTally:
    date: dt.date
    articles: tuple[str, ...]


@dataclass(frozen=True)
class DateGroup:
    """Mentions of the same event with the date each article gives it."""

    id: str
    event: str
    """A short label: the event class and the words the sentences share."""
    kind: str
    """The event class ('announcement', 'operation', 'meeting', …)."""
    status: Status
    values: tuple[DateValue, ...]
    tally: tuple[DateTally, ...]
    """Each distinct date with its articles, most reported first."""
    example: str


# --- names, roles, institutions -----------------------------------------------------------------


@dataclass(frozen=True)
class NameValue:
    article: str
    text: str
    count: int
    paragraph: int
    """First paragraph where the article writes the name so."""


@dataclass(frozen=True)
class Spelling:
    """One spelling of a name part that varies between articles ('Rudeineh' against 'Rudaineh')."""

    text: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class RoleValue:
    article: str
    role: str
    paragraph: int


@dataclass(frozen=True)
class NameGroup:
    """How each article writes an entity's name and which title it gives it."""

    entity: str
    values: tuple[NameValue, ...]
    spellings: tuple[Spelling, ...]
    """Two or more when articles spell a part of the name differently; empty otherwise."""
    roles: tuple[RoleValue, ...]
    roles_differ: bool


@dataclass(frozen=True)
class InstitutionValue:
    article: str
    entity: str
    text: str
    paragraph: int


@dataclass(frozen=True)
class InstitutionConflict:
    """Articles naming different institutions of one kind in the same context (one court against another)."""

    id: str
    kind: str
    """The head word the institutions share, e.g. 'court'."""
    context: str
    """Entity id mentioned beside them in every article (the shared context)."""
    values: tuple[InstitutionValue, ...]


# --- framing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TermCount:
    term: str
    count: int


@dataclass(frozen=True)
class FramingUse:
    article: str
    terms: tuple[TermCount, ...]
    """The lexicon's terms this article uses, headline included, in lexicon order; terms it does not use
    are left out."""
    headline: tuple[str, ...] = ()
    """Those of them its headline uses, in the headline's order."""


@dataclass(frozen=True)
class FramingComparison:
    group: str
    label: str
    terms: tuple[str, ...]
    totals: tuple[TermCount, ...]
    uses: tuple[FramingUse, ...]
    """One entry per article that uses any term of the group."""


# --- coverage -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CoverageItem:
    kind: CoverageKind
    ref: str
    """The group id (figure, quote or date group) or entity id."""
    label: str
    paragraph: int | None
    """Where this article reports it; None for an item it omits."""
    reported_by: int
    """How many articles report it."""


@dataclass(frozen=True)
class Coverage:
    """What only this article reports, and what most others report and this one leaves out."""

    article: str
    unique: tuple[CoverageItem, ...]
    missing: tuple[CoverageItem, ...]


# --- all ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparisons:
    figures: tuple[FigureGroup, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    reuse: tuple[ReusePair, ...] = ()
    dates: tuple[DateGroup, ...] = ()
    names: tuple[NameGroup, ...] = ()
    institutions: tuple[InstitutionConflict, ...] = ()
    framing: tuple[FramingComparison, ...] = ()
    unique: tuple[Coverage, ...] = ()
    slips: tuple[DateValue, ...] = ()
    """Dates an article writes with the wrong weekday ('Saturday, 11 October' of a Sunday) that no dated
    event holds (an event's dates show their slips with it), in corpus order."""
