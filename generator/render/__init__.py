"""Stage 5, render: the whole site as {docs-relative path: bytes}. Writes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from markupsafe import Markup

from generator.compare.model import Comparisons
from generator.model import Annotations, Article, RenderedSite, Story
from generator.parallel import chunks_of, run_all
from generator.render.articles import (
    EntityLinks,
    article_page,
    entity_links,
    entity_spellings,
    search_names,
)
from generator.render.data import schema_json, story_json
from generator.render.entities import entity_pages
from generator.render.feed import atom_feed
from generator.render.listing import home_page, index_pages
from generator.render.sidebar import index_sidebars, render_sidebar
from generator.render.story_pages import render_story_pages

ARTICLES_PER_TASK = 50
"""Article pages rendered per task handed to a worker: small enough to keep every core busy to the end."""


def render(story: Story, annotations: dict[str, Annotations], comparisons: Comparisons,
           seeds_dir: str, site_url: str = "") -> RenderedSite:
    """Every generated file; `site_url` (absolute) is needed only for the Atom feed's ids."""
    # The story's own pages and data first (the longest task), then the article pages in chunks: on a
    # machine with several cores, each worker takes the next task as it finishes one.
    index_sidebars(comparisons, story)
    story_task = [lambda: _story_files(story, annotations, comparisons, seeds_dir, site_url)]
    links = entity_links(story.knowledge.entities, "../../")
    spellings = entity_spellings(story, annotations)
    article_tasks = [partial(_article_files, chunk, story, annotations, comparisons, links, spellings)
                     for chunk in chunks_of(story.articles, ARTICLES_PER_TASK)]
    files = {f"raw/{a.seed.name}": a.seed.raw for a in story.articles}  # as given: here, not via a worker
    for part in run_all(story_task + article_tasks, len(story.articles)):
        _add_files(files, part)
    return RenderedSite(files=dict(sorted(files.items())))


def _add_files(files: dict[str, bytes], part: dict[str, bytes]) -> None:
    """Add `part` to `files`; a path rendered twice would lose one of its pages without a word."""
    twice = files.keys() & part.keys()
    if twice:
        raise ValueError(f"two pages were rendered to {sorted(twice)[0]}: the read and knowledge stages "
                         "should have refused the name that caused it")
    files.update(part)


def _article_files(articles: Sequence[Article], story: Story, annotations: dict[str, Annotations],
                   comparisons: Comparisons, links: EntityLinks,
                   spellings: dict[str, frozenset[str]]) -> dict[str, bytes]:
    """The page of each of `articles`."""
    files = {}
    for article in articles:
        notes = annotations[article.id]
        page = article_page(article, notes, links, _sidebar(article.id, story, comparisons),
                            search_names(notes, spellings))
        files[f"articles/{article.id}.md"] = page.encode("utf-8")
    return files


def _story_files(story: Story, annotations: dict[str, Annotations], comparisons: Comparisons,
                 seeds_dir: str, site_url: str) -> dict[str, bytes]:
    """The home page, the article index, entity and story pages, the story's data and its feed."""
    files: dict[str, bytes] = {}
    for pages in ({"index.md": home_page(story, seeds_dir)}, index_pages(story),
                  entity_pages(story, annotations), _story_pages(story, annotations, comparisons)):
        _add_files(files, {path: text.encode("utf-8") for path, text in pages.items()})
    files["data/story.json"] = story_json(story, annotations, comparisons)
    files["data/story.schema.json"] = schema_json()
    if site_url:
        files["feed.xml"] = atom_feed(story, site_url).encode("utf-8")
    return files


def _story_pages(story: Story, annotations: dict[str, Annotations],
                 comparisons: Comparisons) -> dict[str, str]:
    return render_story_pages(story, annotations, comparisons)


def _sidebar(article_id: str, story: Story, comparisons: Comparisons) -> Markup:
    return Markup(render_sidebar(article_id, comparisons, story))
