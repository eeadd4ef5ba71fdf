"""Stage 4, compare: agreement and conflict across the corpus, claim by claim.

Each comparison indexes the annotations by a key (what a figure counts, who speaks, which words a
passage is made of, which event a date belongs to, which entity a name is) and compares only what
shares a key, so the cost grows about linearly with the number of articles. Pure functions: no file
is read or written. The result is deterministic: sorted, with ids derived from the content.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.compare.coverage import compare_coverage
from generator.compare.dates import compare_dates, weekday_slips
from generator.compare.figures import compare_figures
from generator.compare.framing import compare_framing
from generator.compare.institutions import compare_institutions
from generator.compare.model import Comparisons, ReusePair
from generator.compare.names import compare_names
from generator.compare.quotes import compare_quotes
from generator.compare.reuse import compare_reuse
from generator.model import Annotations, Article, KnowledgeBase
from generator.parallel import run_all

__all__ = ["Comparisons", "compare"]


def compare(articles: tuple[Article, ...], annotations: dict[str, Annotations],
            kb: KnowledgeBase, reuse: tuple[ReusePair, ...] | None = None) -> Comparisons:
    """Every comparison of the corpus. `articles` in corpus order (the pipeline sorts them by
    publication date, then id); that order decides which wording or sentence is shown first.
    `reuse`: `compare_reuse(articles)` when the caller has it already (it reads only the texts, so the
    pipeline finds it while the articles are annotated)."""
    missing = [a.id for a in articles if a.id not in annotations]
    annotations = {**{a: _empty(a) for a in missing}, **annotations}
    tasks: list[Callable[[], Any]] = [
        lambda: compare_figures(articles, annotations, kb),
        lambda: compare_quotes(articles, annotations, kb),
        lambda: (compare_dates(articles, annotations), compare_names(articles, annotations, kb),
                 compare_institutions(articles, annotations, kb), compare_framing(articles, annotations, kb)),
    ]
    if reuse is None:
        tasks.insert(0, lambda: compare_reuse(articles))  # the costliest: handed out first
    # On a machine with a second core the comparisons run side by side, each task to the next free one.
    results = run_all(tasks, len(articles))
    if reuse is None:
        reuse = results.pop(0)
    figures, quotes, (dates, names, institutions, framing) = results
    return Comparisons(reuse=reuse, figures=figures, quotes=quotes, dates=dates, names=names,
                       institutions=institutions, framing=framing,
                       unique=compare_coverage(articles, annotations, kb, figures, quotes, dates),
                       slips=weekday_slips(articles, annotations, dates))


def _empty(article_id: str) -> Annotations:
    return Annotations(article=article_id)
