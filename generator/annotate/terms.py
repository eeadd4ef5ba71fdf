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
from typing import NamedTuple

from generator.annotate.alternation import any_of
from generator.annotate.perkb import per_knowledge_base
from generator.model import HEADLINE, Article, KnowledgeBase, Span, TermUse

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


class _Lexicon(NamedTuple):
    matchers: tuple[_Matcher, ...]
    scanner: re.Pattern[str] | None
    """Where any form matches: one pass over a paragraph instead of one per form."""


class _Hit(NamedTuple):
    start: int
    end: int
    inexact: bool
    order: int
    group: str
    term: str


def find_terms(article: Article, kb: KnowledgeBase) -> tuple[TermUse, ...]:
    """Every use of a lexicon term in the article, in reading order."""
    lexicon = _lexicon(kb)
    uses = []
    for index, text in enumerate(article.paragraphs):
        for hit in paragraph_terms(text, lexicon):
            span = Span(article.id, index, hit.start, hit.end, text[hit.start:hit.end])
            uses.append(TermUse(span, hit.group, hit.term))
    return tuple(uses)


def find_headline_terms(article: Article, kb: KnowledgeBase) -> tuple[TermUse, ...]:
    """Every use of a lexicon term in the article's headline (paragraph -1)."""
    title = article.meta.title
    return tuple(TermUse(Span(article.id, HEADLINE, hit.start, hit.end, title[hit.start:hit.end]), hit.group,
                         hit.term) for hit in paragraph_terms(title, _lexicon(kb)))


def paragraph_terms(text: str, lexicon: _Lexicon) -> list[_Hit]:
    """The uses in one paragraph, overlaps settled longest first."""
    searched = text.translate(APOSTROPHES)  # same length: offsets stay valid
    kept: list[_Hit] = []
    for hit in sorted(_hits(searched, lexicon), key=lambda h: (h.start - h.end, h.start, h.inexact, h.order)):
        at = bisect_left(kept, (hit.start,))
        if (at == len(kept) or kept[at].start >= hit.end) and (at == 0 or kept[at - 1].end <= hit.start):
            kept.insert(at, hit)
    return kept


def _hits(searched: str, lexicon: _Lexicon) -> list[_Hit]:
    """What `finditer` of every form would find, overlaps included, with one scan of the paragraph.

    The scanner stops only where some form matches; there each form is tried in place. A form is not
    tried again before the end of its last match, as its own `finditer` would not.
    """
    if lexicon.scanner is None:
        return []
    hits: list[_Hit] = []
    free_from = [0] * len(lexicon.matchers)
    for position in lexicon.scanner.finditer(searched):
        at = position.start()
        for matcher in lexicon.matchers:
            m = matcher.pattern.match(searched, at) if at >= free_from[matcher.order] else None
            if m is not None:
                free_from[matcher.order] = m.end()
                hits.append(_Hit(at, m.end(), m.group().lower() != matcher.form, matcher.order,
                                 matcher.group, matcher.term))
    return hits


@per_knowledge_base
def _lexicon(kb: KnowledgeBase) -> _Lexicon:
    """One compiled pattern per form of each term, in lexicon order (a term with no forms is its label),
    and the scanner that finds where any of them starts."""
    matchers: list[_Matcher] = []
    bodies: list[tuple[str, str]] = []
    for group in kb.framing:
        for term in group.terms:
            for form in term.patterns or (term.label,):
                body = _body(form)
                if body is not None:
                    written = form.translate(APOSTROPHES).strip().lower()
                    regex = re.compile(BEFORE + re.escape(body[0]) + body[1] + AFTER, re.IGNORECASE)
                    matchers.append(_Matcher(regex, written, group.id, term.label, len(matchers)))
                    bodies.append(body)
    # A zero-width match at each position where some form matches (the alternation backtracks into
    # the next form when one fails), so that overlapping uses of different forms are all found.
    scanner = re.compile(BEFORE + "(?=(?:" + any_of(bodies) + ")" + AFTER + ")", re.IGNORECASE) \
        if bodies else None
    return _Lexicon(tuple(matchers), scanner)


def _body(form: str) -> tuple[str, str] | None:
    """The pattern of a form's words without its word boundaries, as its first character and a regex for
    the rest; None when it has no words."""
    words = re.split(r"[-‐‑–\s]+", form.translate(APOSTROPHES).strip())
    words = [w for w in words if w]
    if not words:
        return None
    return words[0][0], JOINER.join(re.escape(w) for w in [words[0][1:], *words[1:]])
