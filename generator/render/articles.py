"""Article pages: the cleaned text with numbered, annotated paragraphs, its metadata and its removed lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markupsafe import Markup

from generator.model import Annotations, Article, Entity, Story
from generator.render.env import render_template
from generator.render.inline import Mark, build_tree, marks_by_paragraph, number_tips, tree_html

DESCRIPTION_LENGTH = 160


@dataclass(frozen=True)
class EntityLinks:
    """What an article page needs to know about entities: their tooltips and page addresses."""

    tips: dict[str, str]
    hrefs: dict[str, str]


def entity_links(entities: tuple[Entity, ...], prefix: str) -> EntityLinks:
    """Tooltips (which also carry every alias, so that search finds any spelling) and hrefs."""
    tips = {}
    for entity in entities:
        aliases = ", ".join(a for a in entity.aliases if a != entity.name)
        also = f" Also written: {aliases}." if aliases else ""
        tips[entity.id] = f"{entity.name} ({entity.type}): {entity.description}{also}"
    hrefs = {entity.id: f"{prefix}entities/{entity.id}/" for entity in entities}
    return EntityLinks(tips, hrefs)


def article_page(article: Article, annotations: Annotations, links: EntityLinks, sidebar: Markup,
                 names: tuple[str, ...] = ()) -> str:
    """The Markdown page of one article (`articles/<id>.md`); `names` are given to the search index."""
    meta = article.meta
    marks = marks_by_paragraph(annotations, links.tips, links.hrefs)
    return render_template(
        "article.md.j2",
        meta=meta,
        search_names=names,
        description=description(article),
        sources=source_files(article),
        edit_path=article.seed.meta_path,
        raw_href=f"../../raw/{article.seed.name}",
        sidebar=sidebar,
        note=render_note(article.seed.note),
        paragraphs=[paragraph_html(marks.get(index, []), index, text)
                    for index, text in enumerate(article.shown_paragraphs)],
        lead=has_lead(article),
        header_dek=None if _dek_is_lead(article) else meta.dek,
        removed=article.text.removed,
        # The dek the story's first paragraph shows is not listed again among the lines kept out of it.
        header=[h for h in article.text.header if not (h.role == "dek" and has_lead(article))],
        json_ld=json_ld(article),
    )


def entity_spellings(story: Story, annotations: dict[str, Annotations]) -> dict[str, frozenset[str]]:
    """Every way each entity is written: its name, its aliases and the spellings the articles use."""
    spellings: dict[str, set[str]] = {e.id: {e.name, *e.aliases} for e in story.knowledge.entities}
    for notes in annotations.values():
        for mention in notes.mentions:
            spellings.setdefault(mention.entity, set()).add(mention.span.text)
    return {entity: frozenset(names) for entity, names in spellings.items()}


def search_names(annotations: Annotations, spellings: dict[str, frozenset[str]]) -> tuple[str, ...]:
    """Every spelling of every entity the article mentions, so that a search for one spelling finds the
    articles written with another (the tooltips that say so are not indexed)."""
    return tuple(sorted({name for m in annotations.mentions for name in spellings.get(m.entity, ())}))


def paragraph_html(marks: list[Mark], index: int, text: str) -> Markup:
    """Paragraph `index` of an article as HTML, its `marks` (see `marks_by_paragraph`) nested in it."""
    tree = number_tips(build_tree(text, marks), f"t{index + 1}")
    return Markup(tree_html(tree).strip())


def has_lead(article: Article) -> bool:
    """Whether the article's first paragraph is its dek (see `Paragraph.lead`)."""
    return bool(article.text.paragraphs) and article.text.paragraphs[0].lead


def _dek_is_lead(article: Article) -> bool:
    """Whether the dek of the metadata is the one the first paragraph shows: then it is shown once, there.
    (A contributor may give a dek in the metadata that differs from the line the text carries.)"""
    first = article.text.paragraphs[0] if has_lead(article) else None
    return first is not None and article.meta.dek in (first.text, first.shown)


def description(article: Article) -> str:
    """The page's meta description: the dek, else the opening of the first paragraph."""
    text = article.meta.dek or (article.shown_paragraphs[0] if article.paragraphs else article.meta.title)
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    return text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def source_files(article: Article) -> list[str]:
    files = [article.seed.path]
    if article.seed.meta is not None:
        files.append(article.seed.meta_path)
    if article.seed.note is not None:
        files.append(article.seed.note_path)
    return files


# Editorial notes are Markdown written by contributors: rendered here with raw HTML disabled,
# so that a note can format text and link, but not inject markup or scripts.
_NOTES = MarkdownIt("commonmark", {"html": False, "linkify": False}).disable("image")


def render_note(note: str | None) -> Markup | None:
    if not note or not note.strip():
        return None
    html = _NOTES.render(_link_paragraph_refs(note))
    return Markup(html.replace("{", "&#123;").replace("}", "&#125;"))


def _link_paragraph_refs(note: str) -> str:
    """`¶4` in a note becomes a link to that paragraph."""
    return re.sub(r"¶(\d+)", r"[¶\1](#p-\1)", note)


def json_ld(article: Article) -> dict[str, object]:
    """schema.org NewsArticle describing the original article (not our page)."""
    meta = article.meta
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "datePublished": meta.published.isoformat(),
        "publisher": {"@type": "Organization", "name": meta.outlet},
        "inLanguage": meta.language,
    }
    if meta.byline:
        data["author"] = {"@type": "Person", "name": meta.byline}
    if meta.url:
        data["url"] = meta.url
    return data
