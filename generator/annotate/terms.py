"""Framing terms: where the article uses a word of the knowledge base's framing lexicon.

Matching is case-insensitive and by whole words. A hyphenated compound is one word ('terrorism' is not
found inside 'counter-terrorism'), and a hyphen or space in a pattern also matches the other and nothing
('counter-terrorism' finds 'counterterrorism' and 'counter terrorism'), because outlets spell compounds
all three ways. Where matches overlap, the longest wins ('counter-terrorism raid' is that term, not also
'raid'); at equal length, the earlier one, then the form spelled exactly as the text (so a lexicon that
lists 'counter-terrorism raid' and 'counterterrorism raid' as two terms gets each spelling right), then the
one listed first in the lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from generator.model import Article, FramingGroup, KnowledgeBase, Span, TermUse

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
JOINER = r"(?:[-‐‑–\s]\s*)?"
"""What a space or hyphen inside a pattern matches: either, or nothing."""
BEFORE = r"(?<!\w)(?<!\w[-‐‑])"
AFTER = r"(?![\w])(?![-‐‑]\w)"


class _Matcher(NamedTuple):
    pattern: re.Pattern[str]
    form: str
    """The pattern as listed, lower case."""
    group: str
    term: str
    order: int


class _Hit(NamedTuple):
    start: int
    end: int
    inexact: bool
    order: int
    group: str
    term: str


def find_terms(article: Article, kb: KnowledgeBase) -> tuple[TermUse, ...]:
    """Every use of a lexicon term in the article, in reading order."""
    matchers = _matchers(kb.framing)
    uses = []
    for index, text in enumerate(article.paragraphs):
        for hit in paragraph_terms(text, matchers):
            span = Span(article.id, index, hit.start, hit.end, text[hit.start:hit.end])
            uses.append(TermUse(span, hit.group, hit.term))
    return tuple(uses)


def paragraph_terms(text: str, matchers: tuple[_Matcher, ...]) -> list[_Hit]:
    """The uses in one paragraph, overlaps settled longest first."""
    searched = text.translate(APOSTROPHES)  # same length: offsets stay valid
    hits = [_Hit(m.start(), m.end(), m.group().lower() != matcher.form, matcher.order, matcher.group,
                 matcher.term) for matcher in matchers for m in matcher.pattern.finditer(searched)]
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start, h.inexact, h.order)):
        at = bisect_left(kept, (hit.start,))
        if (at == len(kept) or kept[at].start >= hit.end) and (at == 0 or kept[at - 1].end <= hit.start):
            kept.insert(at, hit)
    return kept


@lru_cache(maxsize=8)
def _matchers(groups: tuple[FramingGroup, ...]) -> tuple[_Matcher, ...]:
    """One compiled pattern per form of each term, in lexicon order (a term with no forms is its label)."""
    matchers: list[_Matcher] = []
    for group in groups:
        for term in group.terms:
            for form in term.patterns or (term.label,):
                regex = _regex(form)
                if regex is not None:
                    written = form.translate(APOSTROPHES).strip().lower()
                    matchers.append(_Matcher(regex, written, group.id, term.label, len(matchers)))
    return tuple(matchers)


def _regex(form: str) -> re.Pattern[str] | None:
    words = re.split(r"[-‐‑–\s]+", form.translate(APOSTROPHES).strip())
    words = [w for w in words if w]
    if not words:
        return None
    return re.compile(BEFORE + JOINER.join(re.escape(w) for w in words) + AFTER, re.IGNORECASE)
