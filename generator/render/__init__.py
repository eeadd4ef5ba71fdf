"""Stage 5, render: the whole site as {docs-relative path: bytes}. Writes nothing."""

from __future__ import annotations

from markupsafe import Markup

from generator.compare.model import Comparisons
from generator.model import Annotations, Article, RenderedSite, Story
from generator.parallel import map_in_order
from generator.render.articles import article_page, entity_links, entity_spellings, search_names
from generator.render.data import schema_json, story_json
from generator.render.entities import entity_pages
from generator.render.feed import atom_feed
from generator.render.listing import home_page, index_pages
from generator.render.sidebar import render_sidebar
from generator.render.story_pages import render_story_pages


def render(story: Story, annotations: dict[str, Annotations], comparisons: Comparisons,
           seeds_dir: str, site_url: str = "") -> RenderedSite:
    """Every generated file; `site_url` (absolute) is needed only for the Atom feed's ids."""
    pages: dict[str, str] = {"index.md": home_page(story, seeds_dir)}
    pages.update(index_pages(story))
    pages.update(entity_pages(story, annotations))
    pages.update(_story_pages(story, annotations, comparisons))
    links = entity_links(story.knowledge.entities, "../../")
    spellings = entity_spellings(story, annotations)

    def page_of(article: Article) -> str:
        notes = annotations[article.id]
        return article_page(article, notes, links, _sidebar(article.id, story, comparisons),
                            search_names(notes, spellings))

    for article, page in zip(story.articles, map_in_order(page_of, story.articles), strict=True):
        pages[f"articles/{article.id}.md"] = page
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    files.update({f"raw/{a.seed.name}": a.seed.raw for a in story.articles})
    files["data/story.json"] = story_json(story, annotations, comparisons)
    files["data/story.schema.json"] = schema_json()
    if site_url:
        files["feed.xml"] = atom_feed(story, site_url).encode("utf-8")
    return RenderedSite(files=dict(sorted(files.items())))


def _story_pages(story: Story, annotations: dict[str, Annotations],
                 comparisons: Comparisons) -> dict[str, str]:
    return render_story_pages(story, annotations, comparisons)


def _sidebar(article_id: str, story: Story, comparisons: Comparisons) -> Markup:
    return Markup(render_sidebar(article_id, comparisons, story))
