"""The day a figure is told of, when its own clause names one.

'27 tonnes of dead fish had been collected … on Saturday, up from 11 tonnes on Friday evening' gives two
counts of two days; 'As of May 14, 2026, … seven infants had been hospitalized' one count of 14 May, in an
article of the 19th. Read in the order of those days, a count that rose is a count reported as it rose,
not outlets that disagree (`generator.compare.figures`). A figure whose clause names no day is told of its
article's publication day (the caller's fallback, not this module's).

(The day does not split a claim: two outlets' counts of one tally told of two days, 'over a million
patients on Sunday' against 'up to 300,000 on Friday', are a conflict a reader must see.)
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable

from generator.model import DateMention

DayMentions = dict[int, list[tuple[int, int, dt.date]]]
"""Paragraph -> (start, end, day) of each date of the paragraph that names a day."""

_CLAUSE_MARK = re.compile(r"[;()\[\]—–]|[,:](?!\d)")
"""Where a clause of a sentence ends: 'The fire, first spotted on Tuesday, had burned 12,350 hectares'
tells the hectares of no day; the Tuesday is when it was spotted. (Not the comma of '2,814' or the colon
of '13:10'.)"""
_PERIOD_START = re.compile(r"\b(?:since|from|after|before|between)\s+(?:the\s+|late\s+|early\s+|mid-?\s*)?$",
                           re.IGNORECASE)
"""Words that make a date the start or edge of a period, not the day a count is told of: 'nine infants
admitted since the twenty-fourth of April'."""
_OPENING = re.compile(r"\s*(?:(?:on|by|as\s+of|as\s+at|until|till|up\s+to)\s+)?(?:the\s+)?$", re.IGNORECASE)
"""What may come before a date that opens its sentence as a clause of its own: 'As of May 14, 2026, …',
'On Tuesday, …', 'By Friday evening, …'."""
_OPENING_END = re.compile(r"\s*(?:\d{4}\s*)?,")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_LOOSE_TIME = re.compile(rf"\b(?:(?:the\s+)?(?:end|beginning|start|middle|close)\s+of|late|early|mid-?)\s*"
                         rf"(?:{_MONTHS})\b", re.IGNORECASE)
"""A time the text names by less than a day, which the date annotator leaves out: in 'the centre said on
Thursday that at least 87 people had died by the end of August' the count is of the end of August, not
of Thursday: a clause that names such a time tells its figures of no day this module can name."""


def day_mentions(dates: Iterable[DateMention]) -> DayMentions:
    """The dates of an article that name a day, by paragraph, in order."""
    found: DayMentions = defaultdict(list)
    for mention in dates:
        if mention.precision == "day":
            found[mention.span.paragraph].append((mention.span.start, mention.span.end, mention.date))
    for spans in found.values():
        spans.sort()
    return found


def told_day(text: str, bounds: tuple[int, int], start: int, end: int,
             days: list[tuple[int, int, dt.date]]) -> dt.date | None:
    """The day the figure at `text[start:end]` is told of: the nearest day named in its clause (not the
    start of a period), else a day that opens its sentence as a clause of its own; None when neither."""
    low, high = bounds
    inside = [(s, e, day) for s, e, day in days if low <= s and e <= high]
    if not inside:
        return None
    clause_low, clause_high = _clause(text, low, high, start, end, inside)
    nearest: tuple[int, dt.date] | None = None
    for s, e, day in inside:
        if clause_low <= s and e <= clause_high and not _PERIOD_START.search(text, clause_low, s):
            distance = _distance(s, e, start, end)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, day)
    if any(not _PERIOD_START.search(text, clause_low, m.start())
           for m in _LOOSE_TIME.finditer(text, clause_low, clause_high)):
        return None
    if nearest is not None:
        return nearest[1]
    s, e, day = inside[0]
    if s < start and _OPENING.fullmatch(text, low, s) and _OPENING_END.match(text, e):
        return day
    return None


def _distance(s: int, e: int, start: int, end: int) -> int:
    """Characters between `text[s:e]` and the figure at `text[start:end]`."""
    return start - e if e <= start else s - end


def _clause(text: str, low: int, high: int, start: int, end: int,
            inside: list[tuple[int, int, dt.date]]) -> tuple[int, int]:
    """Start and end of the clause around `text[start:end]`: between the clause marks nearest it that are
    not inside a date ('Tuesday, July 7' and 'May 14, 2026' are one date each)."""
    def in_date(offset: int) -> bool:
        return any(s <= offset < e for s, e, _ in inside)

    clause_low = low
    for match in _CLAUSE_MARK.finditer(text, low, start):
        if not in_date(match.start()):
            clause_low = match.end()
    clause_high = high
    for match in _CLAUSE_MARK.finditer(text, end, high):
        if not in_date(match.start()):
            clause_high = match.start()
            break
    return clause_low, clause_high

