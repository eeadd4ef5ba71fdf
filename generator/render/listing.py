"""The home page and the paginated lists (articles, entities): bounded in size however long the story."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from generator.model import Article, Story
from generator.render.env import render_template

PER_PAGE = 100
HOME_ROWS = 50

T = TypeVar("T")


@dataclass(frozen=True)
class SourceRow:
    id: str
    outlet: str
    published: str
    title: str
    byline: str | None
    words: int


@dataclass(frozen=True)
class IndexPage:
    number: int
    file: str
    """The page's Markdown path relative to the list's folder (`articles/`, `entities/`)."""
    url: str
    """The page's address relative to the list's first page (use_directory_urls): "" or "page-N/"."""
    up: str
    """From the page's address back to the list's first page: "" or "../"."""


def paginate(items: Sequence[T], per_page: int) -> list[tuple[IndexPage, Sequence[T]]]:
    """`index.md`, then `page-2.md`, … with `per_page` items each: one page, empty, when there are none."""
    chunks = [items[i:i + per_page] for i in range(0, len(items), per_page)] or [items[:0]]
    pages = [IndexPage(1, "index.md", "", "")]
    pages += [IndexPage(n, f"page-{n}.md", f"page-{n}/", "../") for n in range(2, len(chunks) + 1)]
    return list(zip(pages, chunks, strict=True))


def source_row(article: Article) -> SourceRow:
    meta = article.meta
    words = sum(len(p.split()) for p in article.paragraphs)
    return SourceRow(article.id, meta.outlet, meta.published.isoformat(), meta.title, meta.byline, words)


def home_page(story: Story, seeds_dir: str) -> str:
    rows = [source_row(a) for a in story.articles[:HOME_ROWS]]
    return render_template("home.md.j2", story=story, rows=rows, total=len(story.articles),
                           outlets=len({a.meta.outlet for a in story.articles}), seeds_dir=seeds_dir,
                           link_prefix="articles/")


def index_pages(story: Story) -> dict[str, str]:
    """`articles/index.md`, then `articles/page-2.md`, … with PER_PAGE articles each."""
    paged = paginate(story.articles, PER_PAGE)
    pages = [page for page, _ in paged]
    rendered = {}
    for page, chunk in paged:
        title = "All articles" if page.number == 1 else f"All articles, page {page.number}"
        anchor = "all-articles" if page.number == 1 else f"all-articles-page-{page.number}"
        rendered[f"articles/{page.file}"] = render_template(
            "articles_index.md.j2", title=title, total=len(story.articles), per_page=PER_PAGE,
            pages=pages, number=page.number, rows=[source_row(a) for a in chunk], up=page.up,
            link_prefix=page.up, anchor=anchor)
    return rendered
