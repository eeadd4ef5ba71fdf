"""The home page and the paginated article index: bounded in size however many articles there are."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Article, Story
from generator.render.env import render_template

PER_PAGE = 100
HOME_ROWS = 50


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
    """The page's Markdown path relative to `articles/`."""
    url: str
    """The page's address relative to /articles/ (use_directory_urls): "" or "page-N/"."""


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
    chunks = [story.articles[i:i + PER_PAGE] for i in range(0, len(story.articles), PER_PAGE)] or [()]
    pages = [IndexPage(1, "index.md", "")]
    pages += [IndexPage(n, f"page-{n}.md", f"page-{n}/") for n in range(2, len(chunks) + 1)]
    rendered = {}
    for page, chunk in zip(pages, chunks, strict=True):
        title = "All articles" if page.number == 1 else f"All articles, page {page.number}"
        up = "" if page.number == 1 else "../"  # from the page's address back to /articles/
        rendered[f"articles/{page.file}"] = render_template(
            "articles_index.md.j2", title=title, total=len(story.articles), per_page=PER_PAGE,
            pages=pages, number=page.number, rows=[source_row(a) for a in chunk], up=up, link_prefix=up,
            anchor="all-articles" if page.number == 1 else f"all-articles-page-{page.number}")
    return rendered
