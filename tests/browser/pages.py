"""The page types of a built site, found from its files, and the data the site publishes about itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# Each page type: how to find its pages in the built site (relative URLs, "" is the home page).
KINDS = ("home", "articles-index", "article", "entities-index", "entity", "story", "about", "search",
         "not-found")


def _folders(site: Path, section: str) -> list[str]:
    """The pages one level or more below `section/` (each a folder with an index.html)."""
    pages = (site / section).glob("*/**/index.html")
    return sorted(f"{index.parent.relative_to(site).as_posix()}/" for index in pages)


def pages_of_kind(site: Path, kind: str) -> list[str]:
    """The relative URLs of every page of `kind` in the built `site`."""
    single = {"home": "", "articles-index": "articles/", "entities-index": "entities/", "about": "about/",
              "search": "search/", "not-found": "404.html"}
    if kind in single:
        return [single[kind]]
    return _folders(site, {"article": "articles", "entity": "entities", "story": "story"}[kind])


def largest(site: Path, pages: list[str], limit: int = 5) -> list[str]:
    """At most `limit` of `pages`, those with the most markup: a sample of a page type with many pages
    (the HTML checker and the link crawler still read every page)."""
    def size(relative: str) -> int:
        path = site / relative
        return (path / "index.html" if relative.endswith("/") or not relative else path).stat().st_size

    return sorted(sorted(pages, key=lambda relative: (-size(relative), relative))[:limit])


def all_pages(site: Path) -> list[str]:
    """Every HTML page of the built site, as relative URLs."""
    return sorted(("" if p.parent == site else f"{p.parent.relative_to(site).as_posix()}/")
                  if p.name == "index.html" else p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def story_data(site: Path) -> dict[str, Any]:
    """The site's own data file (`data/story.json`): articles, entities, quotes, …"""
    return json.loads((site / "data" / "story.json").read_text(encoding="utf-8"))


def article_url(article_id: str) -> str:
    return f"articles/{article_id}/"
