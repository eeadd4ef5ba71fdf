"""Lines an outlet puts on every page: what cleaning one article at a time cannot know.

A line rule (`generator.cleanrules`) knows a kind of furniture that many sites share; a site's own
('Tap to follow Harbour Radio', the name of its newsletter, its slogan) it meets for the first time. In a
story of many articles, though, an outlet's furniture comes back on its every page while its stories do
not: a short line that most of one outlet's articles keep as text is that outlet's, not a story's. This
pass runs after every article is cleaned, on the whole story; it removes such lines with their reason.
A sentence of some length is never taken, however often an outlet repeats it (a wire's background
paragraph is still its story).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence

from generator.cleanshapes import ends_sentence, words
from generator.model import Article, Paragraph, RemovedLine

MIN_ARTICLES = 3
"""An outlet needs this many articles in the story before a line it repeats is taken for its own."""
MIN_SHARE = 0.5
"""…and the line must be in at least this share of them."""
MAX_WORDS = 8
"""Longest line taken: a label, a button, a slogan; not a sentence of the story."""
REASON = "repeated on this outlet's pages"


def without_outlet_furniture(articles: Sequence[Article]) -> list[Article]:
    """The articles, each without the short lines that most of its outlet's articles carry."""
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_outlet[article.meta.outlet].append(article)
    furniture: dict[str, frozenset[str]] = {}
    for outlet, own in by_outlet.items():
        if len(own) >= MIN_ARTICLES:
            furniture[outlet] = _repeated_lines(own)
    return [_without(article, furniture.get(article.meta.outlet, frozenset())) for article in articles]


def _repeated_lines(articles: list[Article]) -> frozenset[str]:
    """The short lines that at least half of these articles (of one outlet) keep as paragraphs."""
    seen: Counter[str] = Counter()
    for article in articles:
        seen.update({_key(p.text) for p in article.text.paragraphs if _short(p.text)})
    floor = max(MIN_ARTICLES, MIN_SHARE * len(articles))
    return frozenset(line for line, count in seen.items() if count >= floor)


def _short(text: str) -> bool:
    """A line that can be an outlet's own furniture: a few words, and no sentence unless a very short one."""
    return words(text) <= MAX_WORDS and (not ends_sentence(text) or words(text) <= MAX_WORDS // 2)


def _key(text: str) -> str:
    return text.casefold()


def _without(article: Article, furniture: frozenset[str]) -> Article:
    if not furniture:
        return article
    kept: list[Paragraph] = []
    removed: list[RemovedLine] = list(article.text.removed)
    for paragraph in article.text.paragraphs:
        if _short(paragraph.text) and _key(paragraph.text) in furniture:
            removed.append(RemovedLine(paragraph.text, paragraph.line, REASON))
        else:
            kept.append(paragraph)
    if len(kept) == len(article.text.paragraphs) or not kept:
        return article  # nothing of the outlet's, or nothing left: the article is left as it was
    text = dataclasses.replace(article.text, paragraphs=tuple(kept),
                               removed=tuple(sorted(removed, key=lambda r: r.line)))
    return dataclasses.replace(article, text=text)
