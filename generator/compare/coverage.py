"""What only one article reports, and what most others report and an article leaves out.

The items are the groups the other comparisons found (figures, dates of events) and, for quotes and
entities, each article's own annotations. An item is unique to an article when no other article reports
it; it is missing from an article when more than half of the other articles (and at least two) report it.
A missing item is reported by more than half of the corpus, so there are few of them: the cost stays
linear.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from generator.compare.model import Coverage, CoverageItem, CoverageKind, DateGroup, FigureGroup, QuoteGroup
from generator.compare.text import shorten
from generator.model import Annotations, Article, KnowledgeBase

ENTITY_TYPES = ("person", "organisation")
LABEL_LENGTH = 90


@dataclass(frozen=True)
class Reported:
    """One thing several articles may report, with where each one does."""

    kind: CoverageKind
    ref: str
    label: str
    paragraphs: dict[str, int]
    """First paragraph by article id."""


def compare_coverage(articles: tuple[Article, ...], annotations: dict[str, Annotations], kb: KnowledgeBase,
                     figures: tuple[FigureGroup, ...], quotes: tuple[QuoteGroup, ...],
                     dates: tuple[DateGroup, ...]) -> tuple[Coverage, ...]:
    """One Coverage per article, in corpus order."""
    items = [*_figures(figures), *_quotes(quotes, annotations, articles), *_dates(dates),
             *_entities(annotations, articles, kb)]
    unique: dict[str, list[CoverageItem]] = defaultdict(list)
    missing: dict[str, list[CoverageItem]] = defaultdict(list)
    others = len(articles) - 1
    for item in items:
        count = len(item.paragraphs)
        if count == 1 and others > 0:
            only, paragraph = next(iter(item.paragraphs.items()))
            unique[only].append(CoverageItem(item.kind, item.ref, item.label, paragraph, 1))
        elif count >= 2 and count > others / 2:
            for article in articles:
                if article.id not in item.paragraphs:
                    missing[article.id].append(CoverageItem(item.kind, item.ref, item.label, None, count))
    return tuple(Coverage(a.id, _sorted_unique(unique[a.id]), _sorted_missing(missing[a.id]))
                 for a in articles)


def _first_paragraphs(pairs: Iterable[tuple[str, int]]) -> dict[str, int]:
    first: dict[str, int] = {}
    for article, paragraph in pairs:
        first[article] = min(paragraph, first.get(article, paragraph))
    return first


def _figures(groups: tuple[FigureGroup, ...]) -> list[Reported]:
    return [Reported("figure", g.id, shorten(g.values[0].text, LABEL_LENGTH) + f" ({g.counts})",
                     _first_paragraphs((v.article, v.paragraph) for v in g.values)) for g in groups]


def _quotes(groups: tuple[QuoteGroup, ...], annotations: dict[str, Annotations],
            articles: tuple[Article, ...]) -> list[Reported]:
    """Shared quotes by group; every other quote on its own (it is then unique to its article)."""
    grouped = {(w.article, w.quote) for g in groups for w in g.wordings}
    found = [Reported("quote", g.id, shorten(g.wordings[0].text, LABEL_LENGTH),
                      _first_paragraphs((w.article, w.paragraph) for w in g.wordings)) for g in groups]
    for article in articles:
        for quote in annotations[article.id].quotes:
            if (article.id, quote.id) not in grouped:
                found.append(Reported("quote", quote.id, shorten(quote.span.text, LABEL_LENGTH),
                                      {article.id: quote.span.paragraph}))
    return found


def _dates(groups: tuple[DateGroup, ...]) -> list[Reported]:
    return [Reported("event", g.id, f"{g.event} ({g.tally[0].date.isoformat()})",
                     _first_paragraphs((v.article, v.paragraph) for v in g.values)) for g in groups]


def _entities(annotations: dict[str, Annotations], articles: tuple[Article, ...],
              kb: KnowledgeBase) -> list[Reported]:
    kept = {e.id: e.name for e in kb.entities if e.type in ENTITY_TYPES}
    where: dict[str, dict[str, int]] = defaultdict(dict)
    for article in articles:
        for mention in annotations[article.id].mentions:
            if mention.entity in kept:
                first = where[mention.entity].get(article.id, mention.span.paragraph)
                where[mention.entity][article.id] = min(first, mention.span.paragraph)
    return [Reported("entity", e, kept[e], where[e]) for e in sorted(where)]


_KIND_ORDER = {"figure": 0, "quote": 1, "event": 2, "entity": 3}


def _sorted_unique(items: list[CoverageItem]) -> tuple[CoverageItem, ...]:
    return tuple(sorted(items, key=lambda i: (_KIND_ORDER[i.kind], i.paragraph or 0, i.ref)))


def _sorted_missing(items: list[CoverageItem]) -> tuple[CoverageItem, ...]:
    return tuple(sorted(items, key=lambda i: (_KIND_ORDER[i.kind], -i.reported_by, i.ref)))
