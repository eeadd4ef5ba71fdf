"""`feed.xml`: an Atom feed of the story's articles, newest first, bounded in length."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Story
from generator.render.articles import description
from generator.render.env import render_template

FEED_ENTRIES = 50


@dataclass(frozen=True)
class FeedEntry:
    id: str
    title: str
    published: str
    author: str
    summary: str


def atom_feed(story: Story, site_url: str) -> str:
    """Entries link to our article pages; `site_url` makes their ids absolute, as Atom requires."""
    newest = sorted(story.articles, key=lambda a: (a.meta.published, a.id), reverse=True)[:FEED_ENTRIES]
    entries = [FeedEntry(a.id, f"{a.meta.outlet}: {a.meta.title}", a.meta.published.isoformat(),
                         a.meta.byline or a.meta.outlet, description(a)) for a in newest]
    updated = entries[0].published if entries else "1970-01-01"
    base = site_url if site_url.endswith("/") else site_url + "/"
    return render_template("feed.xml.j2", story=story, entries=entries, updated=updated, base=base)
