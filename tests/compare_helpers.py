"""Articles and annotations made by hand, for the comparison tests (no annotator needed).

    art = make_article("daily-news", ["Police said 12 people were killed in the blast on Monday."],
                       published="2024-03-06")
    ann = (Annotate(art).figure("12 people were killed", 12, "killed", "people")
                        .date("Monday", "2024-03-04").build())

Each span is found by its text in the article's paragraphs (the first paragraph containing it, or the one
given), so tests read like the articles they describe.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.model import (
    Annotations,
    Article,
    ArticleMeta,
    CleanText,
    DateMention,
    Entity,
    Figure,
    FigurePart,
    FramingGroup,
    FramingTerm,
    KnowledgeBase,
    Mention,
    Paragraph,
    Qualifier,
    Quote,
    SeedFile,
    Span,
    TermUse,
)


def make_article(article_id: str, paragraphs: list[str], published: str = "2024-03-06",
                 outlet: str | None = None, title: str | None = None) -> Article:
    seed = SeedFile(slug=article_id, path=f"seeds/{article_id}.txt", name=f"{article_id}.txt",
                    raw="\n\n".join(paragraphs).encode(), meta=None, meta_path=f"seeds/{article_id}.yml",
                    note=None, note_path=f"seeds/{article_id}.note.md")
    meta = ArticleMeta(outlet=outlet or article_id.split("-")[0].title(),
                       title=title or f"Title of {article_id}", dek=None, byline=None,
                       published=dt.date.fromisoformat(published), url=None, language="en")
    text = CleanText(paragraphs=tuple(Paragraph(p, 2 * i + 1) for i, p in enumerate(paragraphs)), removed=())
    return Article(id=article_id, seed=seed, meta=meta, text=text)


def find_span(article: Article, text: str, paragraph: int | None = None, after: int = 0) -> Span:
    """The span of `text` in the article (first paragraph containing it, or `paragraph`)."""
    candidates = [paragraph] if paragraph is not None else range(len(article.paragraphs))
    for index in candidates:
        start = article.paragraphs[index].find(text, after)
        if start >= 0:
            return Span(article.id, index, start, start + len(text), text)
    raise ValueError(f"{text!r} not in {article.id}")


class Annotate:
    """A builder of one article's Annotations; every method returns the builder."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.mentions: list[Mention] = []
        self.quotes: list[Quote] = []
        self.figures: list[Figure] = []
        self.dates: list[DateMention] = []
        self.terms: list[TermUse] = []

    def mention(self, text: str, entity: str, paragraph: int | None = None, variant: bool = False,
                every: bool = True) -> Annotate:
        """Mark `text` as a mention of `entity`; with `every`, each occurrence in the paragraph(s)."""
        indexes = [paragraph] if paragraph is not None else range(len(self.article.paragraphs))
        found = False
        for index in indexes:
            start = self.article.paragraphs[index].find(text)
            while start >= 0:
                found = True
                span = Span(self.article.id, index, start, start + len(text), text)
                self.mentions.append(Mention(span, entity, variant))
                if not every:
                    return self
                start = self.article.paragraphs[index].find(text, start + len(text))
        if not found:
            raise ValueError(f"{text!r} not in {self.article.id}")
        return self

    def quote(self, text: str, speaker: str | None, paragraph: int | None = None) -> Annotate:
        quote_id = f"{self.article.id}-q{len(self.quotes) + 1}"
        how = "test" if speaker else "no speaker in the text"
        self.quotes.append(Quote(quote_id, find_span(self.article, text, paragraph), speaker, how))
        return self

    def figure(self, text: str, value: float, counts: str, subject: str = "", qualifier: Qualifier = "exact",
               parts: tuple[tuple[float, str], ...] = (), paragraph: int | None = None) -> Annotate:
        figure_id = f"{self.article.id}-f{len(self.figures) + 1}"
        span = find_span(self.article, text, paragraph)
        self.figures.append(Figure(figure_id, span, value, qualifier, counts, subject,
                                   tuple(FigurePart(v, c) for v, c in parts)))
        return self

    def date(self, text: str, date: str, paragraph: int | None = None, how: str = "test") -> Annotate:
        span = find_span(self.article, text, paragraph)
        day = dt.date.fromisoformat(date)
        self.dates.append(DateMention(span, day, how, relative=not text[:1].isdigit()))
        return self

    def term(self, text: str, group: str, term: str) -> Annotate:
        """Mark every occurrence of `text` as a use of `term`."""
        for index, paragraph in enumerate(self.article.paragraphs):
            start = paragraph.find(text)
            while start >= 0:
                span = Span(self.article.id, index, start, start + len(text), text)
                self.terms.append(TermUse(span, group, term))
                start = paragraph.find(text, start + len(text))
        return self

    def build(self) -> Annotations:
        key = lambda a: (a.span.paragraph, a.span.start)  # noqa: E731
        return Annotations(article=self.article.id, mentions=tuple(sorted(self.mentions, key=key)),
                           quotes=tuple(self.quotes), figures=tuple(self.figures),
                           dates=tuple(sorted(self.dates, key=key)), terms=tuple(sorted(self.terms, key=key)))


def entity(entity_id: str, name: str, kind: str = "person", aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(entity_id, name, kind, f"{name}, for the tests", aliases)  # type: ignore[arg-type]


def lexicon(group_id: str, label: str, *terms: str) -> FramingGroup:
    return FramingGroup(group_id, label, tuple(FramingTerm(t, (t,)) for t in terms))


def knowledge(*entities: Entity, framing: tuple[FramingGroup, ...] = ()) -> KnowledgeBase:
    return KnowledgeBase(entities=entities, framing=framing)


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "compare"


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...]
    annotations: dict[str, Annotations]
    kb: KnowledgeBase


def load_corpus(name: str, texts: dict[str, list[str]] | None = None) -> Corpus:
    """A story of `tests/fixtures/compare/<name>.yml`: articles, hand annotations and knowledge base.
    An article without `paragraphs` in the file takes them from `texts` (by article id)."""
    data = yaml.safe_load((FIXTURES / f"{name}.yml").read_text(encoding="utf-8"))
    kb = _knowledge(data.get("knowledge", {}))
    articles, annotations = [], {}
    for item in data["articles"]:
        paragraphs = item["paragraphs"] if "paragraphs" in item else (texts or {})[item["id"]]
        article = make_article(item["id"], paragraphs, item["published"], item.get("outlet"))
        builder = Annotate(article)
        for kind, text, fields in item.get("annotations", []):
            _annotate(builder, kind, text, dict(fields))
        articles.append(article)
        annotations[article.id] = builder.build()
    ordered = tuple(sorted(articles, key=lambda a: (a.meta.published, a.id)))
    return Corpus(ordered, annotations, kb)


def _knowledge(data: dict[str, Any]) -> KnowledgeBase:
    entities = tuple(entity(e["id"], e["name"], e["type"], tuple(e.get("aliases", ())))
                     for e in data.get("entities", []))
    framing = tuple(lexicon(g["id"], g["label"], *g["terms"]) for g in data.get("framing", []))
    return KnowledgeBase(entities, framing)


def _annotate(builder: Annotate, kind: str, text: str, fields: dict[str, Any]) -> None:
    paragraph = fields.pop("paragraph", None)
    if kind == "figure":
        parts = tuple((float(v), c) for v, c in fields.pop("parts", []))
        builder.figure(text, float(fields.pop("value")), fields.pop("counts"), fields.pop("subject", ""),
                       fields.pop("qualifier", "exact"), parts, paragraph)
    elif kind == "date":
        builder.date(text, fields.pop("date"), paragraph)
    elif kind == "quote":
        builder.quote(text, fields.pop("speaker"), paragraph)
    elif kind == "mention":
        builder.mention(text, fields.pop("entity"), paragraph, fields.pop("variant", False))
    elif kind == "term":
        builder.term(text, fields.pop("group"), fields.pop("term", text))
    else:
        raise ValueError(f"unknown annotation kind {kind!r}")
    if fields:
        raise ValueError(f"unused fields {sorted(fields)} for {kind} {text!r}")
