"""`data/story.json`: everything the site shows, as data, for people who want it.

The layout is described by `data/story.schema.json` (a copy of generator/schema/story.schema.json),
which the site publishes beside it and the tests validate against. Deterministic: sorted, stable ids.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from pathlib import Path

from generator.model import Annotations, Article, Story

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "story.schema.json"


def story_json(story: Story, annotations: dict[str, Annotations], comparisons: object | None) -> bytes:
    data = {
        "title": story.title,
        "summary": story.summary,
        "articles": [_article(a) for a in story.articles],
        "entities": _entities(story, annotations),
        "quotes": [_quote(q) for a in story.articles for q in annotations[a.id].quotes],
        "figures": [_figure(f) for a in story.articles for f in annotations[a.id].figures],
        "dates": [_date(d) for a in story.articles for d in annotations[a.id].dates],
        "terms": [_term(t) for a in story.articles for t in annotations[a.id].terms],
        "headline_terms": [_headline_term(t) for a in story.articles
                           for t in annotations[a.id].headline_terms],
        "comparisons": comparisons if comparisons is not None else {},
    }
    # Compact: with `indent`, the json module falls back from its C encoder to a pure-Python one, which
    # took more time than the whole comparison stage on a story of 1,000 articles. `python -m json.tool`
    # pretty-prints the file for a reader.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=_json_value)
    return (text + "\n").encode("utf-8")


def schema_json() -> bytes:
    return SCHEMA_PATH.read_bytes()


def _article(article: Article) -> dict[str, object]:
    meta = article.meta
    return {
        "id": article.id, "seed": article.seed.name, "title": meta.title, "dek": meta.dek,
        "outlet": meta.outlet, "byline": meta.byline, "published": meta.published.isoformat(),
        "url": meta.url, "language": meta.language,
        "paragraphs": list(article.paragraphs),
        "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in article.text.removed],
    }


def _entities(story: Story, annotations: dict[str, Annotations]) -> list[dict[str, object]]:
    mentions: dict[str, list[dict[str, object]]] = {e.id: [] for e in story.knowledge.entities}
    for article in story.articles:
        for mention in annotations[article.id].mentions:
            mentions.setdefault(mention.entity, []).append(
                {"article": article.id, "paragraph": mention.span.paragraph, "text": mention.span.text})
    return [{"id": e.id, "name": e.name, "type": e.type, "description": e.description,
             "aliases": list(e.aliases), "mentions": mentions.get(e.id, [])}
            for e in sorted(story.knowledge.entities, key=lambda e: e.id)]


def _span(span) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"article": span.article, "paragraph": span.paragraph, "text": span.text,
            "start": span.start, "end": span.end}


def _quote(quote) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"id": quote.id, **_span(quote.span), "speaker": quote.speaker, "how": quote.how}


def _figure(figure) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"id": figure.id, **_span(figure.span), "value": figure.value, "qualifier": figure.qualifier,
            "counts": figure.counts, "subject": figure.subject,
            "parts": [{"value": p.value, "counts": p.counts} for p in figure.parts]}


def _date(day) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {**_span(day.span), "date": day.date.isoformat(), "how": day.how, "relative": day.relative,
            "precision": day.precision}


def _term(term) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {**_span(term.span), "group": term.group, "term": term.term}


def _headline_term(term) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A term of the headline: where it is in the article's `title`."""
    span = term.span
    return {"article": span.article, "text": span.text, "start": span.start, "end": span.end,
            "group": term.group, "term": term.term}


def _json_value(value: object) -> object:
    """The JSON value of a dataclass (a dict of its fields) or a date, for `json.dumps` to encode.

    Asked by the encoder as it meets each one (`default`), rather than first copying the comparisons
    into a tree of dicts and lists: that copy held hundreds of thousands of containers at once, and
    each time they grew by a quarter the garbage collector walked the whole analysis again."""
    names = _field_names(type(value))
    if names:
        return {name: getattr(value, name) for name in names}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    """The fields of a dataclass, () for any other type; asked once per type, not once per value
    (`dataclasses.fields` is slow, and the comparisons of a big story hold millions of values)."""
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else ()
