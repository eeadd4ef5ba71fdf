"""Entity pages: one per person, organisation, place or event of the knowledge base, and their index."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from generator.model import Annotations, Article, Entity, Mention, Quote, Story
from generator.render.env import render_template
from generator.render.listing import PER_PAGE, paginate

# Bounds that keep an entity page small on a story of thousands of articles; the full lists
# are in data/story.json.
MAX_MENTIONS = 200
MAX_QUOTES = 100


@dataclass(frozen=True)
class Spelling:
    text: str
    outlets: tuple[str, ...]
    count: int
    variant: bool


@dataclass(frozen=True)
class Cited:
    """A mention or a quote, with where it is."""

    article: str
    title: str
    outlet: str
    paragraph: int
    text: str


def entity_pages(story: Story, annotations: dict[str, Annotations]) -> dict[str, str]:
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for article in story.articles:
        for mention in annotations[article.id].mentions:
            by_entity[mention.entity].append(mention)
        for quote in annotations[article.id].quotes:
            if quote.speaker:
                quotes[quote.speaker].append(quote)
    pages = index_pages(story.knowledge.entities, {e: len(m) for e, m in by_entity.items()})
    articles = {a.id: a for a in story.articles}  # once: a story may have thousands of entities
    for entity in story.knowledge.entities:
        page = entity_page(articles, entity, by_entity[entity.id], quotes[entity.id])
        pages[f"entities/{entity.id}.md"] = page
    return pages


def index_pages(entities: Sequence[Entity], counts: dict[str, int]) -> dict[str, str]:
    """`entities/index.md`, then `entities/page-2.md`, … with PER_PAGE entities each, by type and name."""
    paged = paginate(sorted(entities, key=lambda e: (e.type, e.name)), PER_PAGE)
    pages = [page for page, _ in paged]
    rendered = {}
    for page, chunk in paged:
        title = "People and organisations" + ("" if page.number == 1 else f", page {page.number}")
        rendered[f"entities/{page.file}"] = render_template(
            "entities_index.md.j2", title=title, total=len(entities), per_page=PER_PAGE, pages=pages,
            number=page.number, up=page.up, entities=chunk, counts=counts,
            anchor="people-and-organisations" + ("" if page.number == 1 else f"-page-{page.number}"))
    return rendered


def entity_page(articles: dict[str, Article], entity: Entity, mentions: list[Mention],
                quotes: list[Quote]) -> str:
    return render_template(
        "entity.md.j2", entity=entity, spellings=spellings(entity, mentions, articles),
        mentions=[_cited(articles, m.span) for m in mentions[:MAX_MENTIONS]], total_mentions=len(mentions),
        quotes=[_cited(articles, q.span) for q in quotes[:MAX_QUOTES]], total_quotes=len(quotes))


def spellings(entity: Entity, mentions: list[Mention], articles: dict) -> list[Spelling]:  # type: ignore[type-arg]
    """Every way the entity is written: known aliases (used or not) and variants found in the text."""
    outlets: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    variants = set()
    for mention in mentions:
        outlets[mention.span.text].add(articles[mention.span.article].meta.outlet)
        counts[mention.span.text] += 1
        if mention.variant:
            variants.add(mention.span.text)
    names = sorted({entity.name, *entity.aliases, *counts}, key=lambda s: (-counts.get(s, 0), s))
    return [Spelling(n, tuple(sorted(outlets[n])), counts.get(n, 0), n in variants) for n in names]


def _cited(articles: dict, span) -> Cited:  # type: ignore[no-untyped-def,type-arg]
    article = articles[span.article]
    return Cited(article.id, article.meta.title, article.meta.outlet, span.paragraph, span.text)
