"""Framing: which term of each lexicon group each article uses, and how often."""

from __future__ import annotations

from collections import Counter, defaultdict

from generator.compare.model import FramingComparison, FramingUse, TermCount
from generator.model import Annotations, Article, FramingGroup, KnowledgeBase


def compare_framing(articles: tuple[Article, ...], annotations: dict[str, Annotations],
                    kb: KnowledgeBase) -> tuple[FramingComparison, ...]:
    """One comparison per lexicon group, in the knowledge base's order (groups only the annotations
    know of come after, by id); articles in corpus order."""
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    headlines: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for article in articles:
        notes = annotations[article.id]
        for use in notes.terms + notes.headline_terms:  # a headline's words are the outlet's choice too
            counts[use.group][article.id][use.term] += 1
        for use in notes.headline_terms:
            headlines[use.group][article.id].append(use.term)
    known = {g.id: g for g in kb.framing}
    order = [g.id for g in kb.framing] + sorted(set(counts) - set(known))
    return tuple(_comparison(known.get(group), group, counts.get(group, {}), headlines.get(group, {}),
                             articles) for group in order)


def _comparison(group: FramingGroup | None, group_id: str, by_article: dict[str, Counter[str]],
                headlines: dict[str, list[str]], articles: tuple[Article, ...]) -> FramingComparison:
    terms = _terms(group, by_article)
    totals: Counter[str] = Counter()
    for used in by_article.values():
        totals.update(used)
    uses = tuple(FramingUse(a.id, tuple(TermCount(t, n) for t in terms if (n := by_article[a.id][t])),
                            tuple(dict.fromkeys(headlines.get(a.id, ()))))
                 for a in articles if a.id in by_article)
    return FramingComparison(group=group_id, label=group.label if group else group_id, terms=terms,
                             totals=tuple(TermCount(t, totals[t]) for t in terms), uses=uses)


def _terms(group: FramingGroup | None, by_article: dict[str, Counter[str]]) -> tuple[str, ...]:
    """The lexicon's terms in its order, then any other term the articles use, alphabetically."""
    listed = [t.label for t in group.terms] if group else []
    seen = {term for used in by_article.values() for term in used}
    return tuple(listed + sorted(seen - set(listed)))
