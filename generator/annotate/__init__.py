"""Stage 3, annotate: what a careful reader would highlight, found by rules that work on any article.

The annotators, in the order they run (quotes need the entity mentions to find their speakers):
"""

from __future__ import annotations

from generator.annotate.ages import find_ages
from generator.annotate.dates import find_dates
from generator.annotate.entities import find_mentions
from generator.annotate.figures import find_figures
from generator.annotate.postdays import post_days
from generator.annotate.quotes import find_quotes
from generator.annotate.racetimes import find_race_times
from generator.annotate.terms import find_headline_terms, find_terms
from generator.model import Annotations, Article, Figure, KnowledgeBase


def annotate(article: Article, kb: KnowledgeBase) -> Annotations:
    """Every annotation of one article."""
    mentions = find_mentions(article, kb)
    return Annotations(
        article=article.id,
        mentions=mentions,
        quotes=find_quotes(article, mentions, kb),
        figures=_with_people_s(find_figures(article),
                               find_ages(article, mentions, kb) + find_race_times(article, mentions, kb)),
        dates=find_dates(article, post_days(article)),
        terms=find_terms(article, kb),
        headline_terms=find_headline_terms(article, kb),
    )


def _with_people_s(figures: tuple[Figure, ...], theirs: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """The figures and those of named people (ages, race times), in text order; a number inside a figure
    is that figure's, except an age between commas after a name that a figure reads on past its comma:
    in 'Davit Tsiklauri, 34, of Bensalem, died' 34 is his age, not a count of the dead."""
    ages = {(a.span.paragraph, a.span.start): a.span.text for a in theirs}
    figures = tuple(f for f in figures if not _reads_past_an_age(f, ages))
    taken = {(f.span.paragraph, i) for f in figures for i in range(f.span.start, f.span.end)}
    kept = [a for a in theirs if (a.span.paragraph, a.span.start) not in taken
            and (a.span.paragraph, a.span.end - 1) not in taken]
    return tuple(sorted((*figures, *kept), key=lambda f: (f.span.paragraph, f.span.start)))


def _reads_past_an_age(figure: Figure, ages: dict[tuple[int, int], str]) -> bool:
    """Whether the figure starts with an age found after a name and reads on past its comma ('34, of
    Bensalem, died')."""
    age = ages.get((figure.span.paragraph, figure.span.start))
    return age is not None and figure.span.text.startswith(f"{age},")
