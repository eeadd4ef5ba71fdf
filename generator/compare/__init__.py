"""Stage 4, compare: agreement and conflict across the corpus, claim by claim.

Each comparison indexes the annotations by a key (what a figure counts, who speaks, which words a
passage is made of, which event a date belongs to, which entity a name is) and compares only what
shares a key, so the cost grows about linearly with the number of articles. Pure functions: no file
is read or written. The result is deterministic: sorted, with ids derived from the content.
"""

from __future__ import annotations

from typing import Any

from generator.compare.coverage import compare_coverage
from generator.compare.dates import compare_dates
from generator.compare.figures import compare_figures
from generator.compare.framing import compare_framing
from generator.compare.institutions import compare_institutions
from generator.compare.model import Comparisons
from generator.compare.names import compare_names
from generator.compare.quotes import compare_quotes
from generator.compare.reuse import compare_reuse
from generator.model import Annotations, Article, KnowledgeBase
from generator.parallel import run_all

__all__ = ["Comparisons", "compare"]


def compare(articles: tuple[Article, ...], annotations: dict[str, Annotations],
            kb: KnowledgeBase) -> Comparisons:
    """Every comparison of the corpus. `articles` in corpus order (the pipeline sorts them by
    publication date, then id); that order decides which wording or sentence is shown first."""
    missing = [a.id for a in articles if a.id not in annotations]
    annotations = {**{a: _empty(a) for a in missing}, **annotations}
    # Text reuse reads only the texts and is the costliest comparison: on a machine with a second
    # core it runs beside the others.
    claims, reuse = run_all([lambda: _compare_claims(articles, annotations, kb),
                             lambda: compare_reuse(articles)], len(articles))
    return Comparisons(reuse=reuse, **claims)


def _compare_claims(articles: tuple[Article, ...], annotations: dict[str, Annotations],
                    kb: KnowledgeBase) -> dict[str, Any]:
    """Every comparison but text reuse, as the fields of `Comparisons`."""
    figures = compare_figures(articles, annotations)
    quotes = compare_quotes(articles, annotations)
    dates = compare_dates(articles, annotations)
    return dict(
        figures=figures,
        quotes=quotes,
        dates=dates,
        names=compare_names(articles, annotations, kb),
        institutions=compare_institutions(articles, annotations, kb),
        framing=compare_framing(articles, annotations, kb),
        unique=compare_coverage(articles, annotations, kb, figures, quotes, dates),
    )


def _empty(article_id: str) -> Annotations:
    return Annotations(article=article_id)
