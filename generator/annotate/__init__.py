"""Stage 3, annotate: what a careful reader would highlight, found by rules that work on any article.

The annotators, in the order they run (quotes need the entity mentions to find their speakers):
"""

from __future__ import annotations

from generator.annotate.dates import find_dates
from generator.annotate.entities import find_mentions
from generator.annotate.figures import find_figures
from generator.annotate.quotes import find_quotes
from generator.annotate.terms import find_headline_terms, find_terms
from generator.model import Annotations, Article, KnowledgeBase


def annotate(article: Article, kb: KnowledgeBase) -> Annotations:
    """Every annotation of one article."""
    mentions = find_mentions(article, kb)
    return Annotations(
        article=article.id,
        mentions=mentions,
        quotes=find_quotes(article, mentions, kb),
        figures=find_figures(article),
        dates=find_dates(article),
        terms=find_terms(article, kb),
        headline_terms=find_headline_terms(article, kb),
    )
