"""Articles for the annotator tests: made from paragraph strings, or read and cleaned from the seeds.

    article = make_article(["Police said 12 people were killed on Monday."], published="2024-03-06")

Fixture files (`tests/fixtures/<area>/*.yml`) hold `cases`, each an input text (a string or a list of
paragraphs), its publication date when it matters, and what the annotator must find.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from generator.clean import clean
from generator.model import Article, ArticleMeta, CleanText, Paragraph, SeedFile
from generator.read import decode_utf8

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def make_article(paragraphs: list[str], published: str | dt.date = "2024-03-06",
                 article_id: str = "test-article") -> Article:
    """An Article whose cleaned paragraphs are exactly `paragraphs`."""
    day = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published))
    raw = "\n\n".join(paragraphs).encode()
    seed = SeedFile(slug=article_id, path=f"seeds/{article_id}.txt", name=f"{article_id}.txt", raw=raw,
                    meta=None, meta_path=f"seeds/{article_id}.yml", note=None,
                    note_path=f"seeds/{article_id}.note.md")
    meta = ArticleMeta(outlet="Test Outlet", title=f"Title of {article_id}", dek=None, byline=None,
                       published=day, url=None, language="en")
    text = CleanText(paragraphs=tuple(Paragraph(p, 2 * i + 1) for i, p in enumerate(paragraphs)), removed=())
    return Article(id=article_id, seed=seed, meta=meta, text=text)


def seed_article(slug: str, published: str | dt.date) -> Article:
    """A seed as the pipeline's clean stage leaves it (header, captions and prompts removed)."""
    path = SEEDS / f"{slug}.txt"
    text, problem = decode_utf8(path.read_bytes(), str(path))
    assert text is not None, problem
    article = make_article([], published, slug)
    return Article(id=slug, seed=article.seed, meta=article.meta, text=clean(text))


def load_cases(area: str) -> list[tuple[str, dict[str, Any]]]:
    """Every case of every fixture file of an area, as (id for pytest, case)."""
    cases = []
    for path in sorted((FIXTURES / area).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for number, case in enumerate(data["cases"], start=1):
            cases.append((f"{path.stem}-{number}", {**data.get("defaults", {}), **case}))
    return cases


def case_article(case: dict[str, Any]) -> Article:
    text = case["text"]
    paragraphs = [text] if isinstance(text, str) else list(text)
    return make_article([" ".join(p.split()) for p in paragraphs], case.get("published", "2024-03-06"))


def load_gold(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / "gold" / f"{name}.yml").read_text(encoding="utf-8"))
    return data


def paragraph_with(article: Article, snippet: str) -> int:
    """The index of the one paragraph containing `snippet` (gold files locate paragraphs by their words,
    so that a change in cleaning does not shift every index)."""
    found = [i for i, p in enumerate(article.paragraphs) if snippet in p]
    assert len(found) == 1, f"{snippet!r} is in paragraphs {found} of {article.id}"
    return found[0]
