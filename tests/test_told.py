"""The day a figure's clause tells it of (`generator.compare.told`), read from sentences written for
the tests, and what that day does to a count that rose."""

from __future__ import annotations

import datetime as dt

import pytest
from compare_helpers import Annotate, knowledge, make_article

from generator.compare import compare
from generator.compare.model import FigureGroup
from generator.compare.told import told_day


def _day(sentence: str, figure: str, dates: dict[str, str]) -> dt.date | None:
    """The day `told_day` gives `figure` in `sentence`, whose dates are `dates` (text -> ISO day)."""
    spans = sorted((sentence.index(text), sentence.index(text) + len(text), dt.date.fromisoformat(day))
                   for text, day in dates.items())
    start = sentence.index(figure)
    return told_day(sentence, (0, len(sentence)), start, start + len(figure), spans)


@pytest.mark.parametrize(("sentence", "figure", "dates", "told"), [
    # the day in the figure's own clause
    ("By Tuesday the teams had collected more than 160 tonnes of dead fish.", "160 tonnes",
     {"Tuesday": "2026-03-17"}, "2026-03-17"),
    # of two days in the sentence, the one of the figure's clause
    ("The authority said on Saturday that 27 tonnes had been collected, up from 11 tonnes on Friday evening.",
     "11 tonnes", {"Saturday": "2026-03-14", "Friday": "2026-03-13"}, "2026-03-13"),
    ("The authority said on Saturday that 27 tonnes had been collected, up from 11 tonnes on Friday evening.",
     "27 tonnes", {"Saturday": "2026-03-14", "Friday": "2026-03-13"}, "2026-03-14"),
    # a date that opens the sentence as a clause of its own, with its year after a comma
    ("As of May 14, 2026, health authorities had confirmed that seven infants had been hospitalized.",
     "seven infants", {"May 14, 2026": "2026-05-14"}, "2026-05-14"),
    # a day in another clause dates something else: when the fire was spotted
    ("The fire, first spotted on Tuesday, July 7, had burned 12,350 hectares.", "12,350 hectares",
     {"Tuesday, July 7": "2026-07-07"}, None),
    # the start of a period is not the day of the count
    ("Since the twenty-fourth of April, nine infants have been admitted to hospital.", "nine infants",
     {"the twenty-fourth of April": "2026-04-24"}, None),
    # a time named by less than a day: the count is of the end of August, not of the Thursday it was said
    ("The centre said on Thursday that at least 87 people had died and 2,814 cases had been recorded by "
     "the end of August.", "87 people", {"Thursday": "2026-09-04"}, None),
    # no day at all
    ("The recall now covers 57 batches.", "57 batches", {}, None),
])
def test_the_day_a_figure_is_told_of(sentence: str, figure: str, dates: dict[str, str],
                                     told: str | None) -> None:
    found = _day(sentence, figure, dates)
    assert (found.isoformat() if found else None) == told


Told = tuple[str, int, str, str]
"""A sentence saying '<count> people had died', the count, and the date it names ('' if none) and its day."""


def _dated_tolls(reports: list[tuple[str, str, list[Told]]]) -> FigureGroup:
    """The one group of the counts of articles given as (id, published day, sentences)."""
    articles, notes = [], {}
    for article_id, published, sentences in reports:
        article = make_article(article_id, [sentence for sentence, *_ in sentences], published)
        annotate = Annotate(article)
        for paragraph, (_, count, date, day) in enumerate(sentences):
            annotate.figure(f"{count} people had died", count, "died", paragraph=paragraph)
            if date:
                annotate.date(date, day, paragraph=paragraph)
        notes[article.id] = annotate.build()
        articles.append(article)
    (group,) = compare(tuple(articles), notes, knowledge()).figures
    return group


def test_a_complaint_that_tells_a_toll_as_it_rose_is_no_conflict() -> None:
    # one filing's own dated sequence, and a later article's latest count: a toll that rose
    group = _dated_tolls([
        ("complaint", "2026-05-19", [("On May 8, 3 people had died.", 3, "May 8", "2026-05-08"),
                                     ("As of May 14, 7 people had died.", 7, "May 14", "2026-05-14"),
                                     ("By May 18, 11 people had died.", 11, "May 18", "2026-05-18")]),
        ("daily", "2026-05-21", [("In all, 11 people had died.", 11, "", "")]),
    ])
    assert group.status == "updated"
    assert [v.told.isoformat() if v.told else None for v in group.values] == [
        "2026-05-08", "2026-05-14", "2026-05-18", None]


def test_a_count_dated_to_a_day_conflicts_with_another_count_of_that_day() -> None:
    # the filing's 'seven as of May 14' against the briefing of May 14 that said nine: the filing's latest
    # count (11, by May 18) is higher than the briefing's, which alone would read as a toll that rose
    group = _dated_tolls([
        ("briefing", "2026-05-14", [("Today, 9 people had died.", 9, "", "")]),
        ("complaint", "2026-05-19", [("As of May 14, 7 people had died.", 7, "May 14", "2026-05-14"),
                                     ("By May 18, 11 people had died.", 11, "May 18", "2026-05-18")]),
    ])
    assert group.status == "conflict"
