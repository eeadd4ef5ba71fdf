"""The plain data that flows between the pipeline's stages.

Every stage is a function from these frozen dataclasses to these frozen dataclasses:

    read      -> StoryInput          (the only stage that opens files)
    metadata  -> ArticleMeta          (parsed from the text, overridden by the YAML)
    clean     -> CleanText            (paragraphs kept, lines removed with a reason)
    annotate  -> Annotations          (entities, quotes, figures, dates, framing terms)
    compare   -> Comparisons          (agreement and conflict across the corpus)
    render    -> RenderedSite         (path -> bytes; no file is written)
    write                             (the only stage that writes files)

Positions: a paragraph index counts from 0 among an article's kept paragraphs; `start`/`end` are
character offsets into that paragraph's cleaned text; `line` is the 1-based line of the raw seed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]

HEADLINE = -1
"""The paragraph index of a span in the headline (Annotations.headline_terms): it is no paragraph."""
LIST_PAGE_NAME = re.compile(r"index|page-[0-9]+")
"""The names of the pages that list a folder's contents (`articles/index.md`, `articles/page-2.md`, …,
`entities/index.md`): an article slug or entity id of this form would write its page over the list."""


@dataclass(frozen=True)
class Diagnostic:
    """A problem in the content, reported with its position and how to fix it."""

    file: str
    """Path of the file as the contributor knows it (relative to the repository when possible)."""
    line: int
    """1-based line in that file; 0 when the problem is the file as a whole."""
    field: str
    """The metadata field, knowledge-base key or other element the problem is about."""
    message: str
    """What is wrong."""
    fix: str
    """How to fix it."""
    severity: Severity = "error"

    def format(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message} — {self.fix}"


# --- read ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class YamlDoc:
    """A YAML mapping read from a file, with the line of each top-level key."""

    path: str
    data: dict[str, object]
    lines: dict[str, int]
    """1-based line of each key (and of nested keys as `parent.child`)."""


@dataclass(frozen=True)
class SeedFile:
    """One article as found on disk: its raw bytes and the files beside it."""

    slug: str
    """The file's stem: the article's stable id and the last part of its page URL."""
    path: str
    """Display path of the raw text, e.g. `seeds/jpost-….txt`."""
    name: str
    """The raw file's name, as published in `story.json` (`seed`)."""
    raw: bytes
    meta: YamlDoc | None
    """The metadata YAML beside the seed (`<slug>.yml`), None when missing or unreadable."""
    meta_path: str
    note: str | None
    """The editorial note beside the seed (`<slug>.note.md`), None when there is none."""
    note_path: str


@dataclass(frozen=True)
class StoryInput:
    """Everything the read stage found in a story folder."""

    seeds_dir: str
    story: YamlDoc | None
    """`story.yml`: the story's title, summary and settings."""
    knowledge: YamlDoc | None
    """`knowledge.yml`: the story's knowledge base (entities, framing lexicon)."""
    overview: str | None
    """`overview.md`: the editors' narrative of what happened, in Markdown."""
    seeds: tuple[SeedFile, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    folder_exists: bool = True
    """False when `seeds_dir` is not a folder (a mistyped SEEDS_DIR): then there is nothing to build."""


# --- metadata -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleMeta:
    outlet: str
    title: str
    dek: str | None
    byline: str | None
    published: dt.date
    url: str | None
    language: str
    notes: dict[str, str] = field(default_factory=dict)
    """How each non-obvious field was established, by field name."""
    parsed: tuple[str, ...] = ()
    """The fields that were parsed from the text rather than given in the YAML."""


# --- clean --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int
    """1-based line of the raw seed where the paragraph starts."""
    shown: str | None = None
    """The text with its quotation marks as the outlet typed them (“curly” or "straight"), for the page;
    None when that is `text`. The same length as `text` and different only in quotation marks, so every
    offset into `text` (the annotations') is an offset into it too."""
    lead: bool = False
    """The dek (standfirst) under the headline: analysed with the story, shown above it. A lead paragraph
    is always the first."""


@dataclass(frozen=True)
class RemovedLine:
    text: str
    line: int
    reason: str
    """A short, reader-facing reason, e.g. 'photo credit' or 'social-media prompt'."""


HeaderRole = Literal["headline", "dek", "byline", "dateline"]


@dataclass(frozen=True)
class HeaderLine:
    """A line recognised as the article's own headline, dek, byline or dateline (not body text)."""

    text: str
    """The line's text, cleaned (a dateline prefix such as 'date 2023-02-05' is its own HeaderLine)."""
    line: int
    role: HeaderRole


@dataclass(frozen=True)
class CleanText:
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[RemovedLine, ...]
    header: tuple[HeaderLine, ...] = ()


@dataclass(frozen=True)
class Article:
    """A seed after reading, metadata and cleaning: what every later stage works on."""

    id: str
    seed: SeedFile
    meta: ArticleMeta
    text: CleanText

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.text.paragraphs)

    @property
    def shown_paragraphs(self) -> tuple[str, ...]:
        """The paragraphs as the page shows them: quotation marks as the outlet typed them."""
        return tuple(p.shown or p.text for p in self.text.paragraphs)


# --- knowledge base -----------------------------------------------------------------------------

EntityType = Literal["person", "organisation", "place", "event"]


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: EntityType
    description: str
    aliases: tuple[str, ...] = ()
    line: int = 0
    """Line of the entity in knowledge.yml, for diagnostics."""
    pronoun: str | None = None
    """For a person: 'he', 'she' or 'they', as the articles refer to them; None when not given. 'He said'
    is then read as the last person quoted whom the knowledge base does not call otherwise."""


@dataclass(frozen=True)
class FramingTerm:
    label: str
    """The term as shown, e.g. 'terrorists'."""
    patterns: tuple[str, ...]
    """Word forms that count as this term (case-insensitive, whole words)."""


@dataclass(frozen=True)
class FramingGroup:
    id: str
    label: str
    """What the alternatives name, e.g. 'How the dead are named'."""
    terms: tuple[FramingTerm, ...]


@dataclass(frozen=True)
class KnowledgeBase:
    entities: tuple[Entity, ...] = ()
    framing: tuple[FramingGroup, ...] = ()


@dataclass(frozen=True)
class Story:
    title: str
    summary: str
    overview: str | None
    knowledge: KnowledgeBase
    articles: tuple[Article, ...]


# --- annotate -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    article: str
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    span: Span
    entity: str
    """Entity id."""
    variant: bool = False
    """True when the spelling is not a known alias but close to one (a new alias to report)."""


@dataclass(frozen=True)
class Quote:
    id: str
    span: Span
    """The quoted words, without the quote marks."""
    speaker: str | None
    """Entity id of the speaker, or None when the quote is unattributed."""
    how: str
    """How the speaker was found, e.g. 'said X' after the quote; or why it is unattributed."""


@dataclass(frozen=True)
class FigurePart:
    value: float
    counts: str


Qualifier = Literal["exact", "at least", "more than", "about", "at most", "fewer than"]


@dataclass(frozen=True)
class Figure:
    id: str
    span: Span
    value: float
    qualifier: Qualifier
    counts: str
    """What is counted, normalised: 'killed', 'injured', 'arrested', 'percent', …"""
    subject: str = ""
    """Who or what, as written: 'Palestinians', 'terror attacks'."""
    parts: tuple[FigurePart, ...] = ()


DatePrecision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class DateMention:
    span: Span
    date: dt.date
    how: str
    """The reasoning, e.g. 'Thursday before the publication date (Fri 27 Jan 2023)'."""
    relative: bool
    precision: DatePrecision = "day"
    """'month' or 'year' when the text names no day ('in March', 'in 2020'): `date` is then the first
    day of that month or year, which is not a claim about the day and is never compared as one."""


@dataclass(frozen=True)
class TermUse:
    span: Span
    group: str
    term: str


@dataclass(frozen=True)
class Annotations:
    article: str
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    terms: tuple[TermUse, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    headline_terms: tuple[TermUse, ...] = ()
    """Lexicon terms in the headline, which is no paragraph of the text: their span's paragraph is -1.
    A tabloid's choice of words is often in its headline alone ('BRIDGE OF DEATH')."""


# --- render -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedSite:
    """Every generated output file, by path relative to the docs folder."""

    files: dict[str, bytes]
