"""Dates: absolute ones ('January 26, 2023', '26 January', '2023-01-26', 'in 2020') and relative ones
resolved from the article's publication date ('on Thursday evening', 'late Saturday', 'Friday's meeting',
'this morning', 'yesterday', 'three days ago'), each with the reasoning a reader sees in the tooltip.

News is written in the past tense: a bare weekday is the most recent such day on or before the publication
date (the publication day itself when it is that weekday). A weekday after 'next', or in a sentence that
speaks of the future before it ('will meet on Monday'), is the first such day on or after it.

A year alone ('in 2020', 'last year') is kept with the precision 'year' (its `date` is 1 January, a
placeholder, not a claim); a month and year ('January 2023') with the precision 'month'. Compare sets
only day dates against each other. Relative expressions that
name no day ('last week', 'the next day', 'two days later') are not dated: `unresolved_dates` lists them
so that `check` can warn.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from generator.annotate.alternation import any_of, any_word
from generator.annotate.numbers import word_value
from generator.datewords import WEEKDAYS, month_year, weekday_date
from generator.model import Article, DateMention, DatePrecision, Span

MONTHS = {name.lower(): n for n, names in enumerate((
    "January Jan", "February Feb", "March Mar", "April Apr", "May", "June Jun", "July Jul", "August Aug",
    "September Sep Sept", "October Oct", "November Nov", "December Dec"), start=1) for name in names.split()}
_MONTH = r"(?P<month>" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)\b"
_WEEKDAY_BEFORE = r"(?:(?P<named>" + "|".join(WEEKDAYS) + r"),?\s+(?:the\s+)?)?"
ABSOLUTE = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"\b" + _WEEKDAY_BEFORE + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + ")?"),
    re.compile(r"\b" + _WEEKDAY_BEFORE + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + ")?"),
    re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR),
)
ANY_DATE = re.compile(r"\d{4}-\d\d-\d\d|\b(?:" + any_word(m.title() for m in MONTHS) + r")\b")
_MOD = r"(?:(?P<mod>(?i:late|early|earlier|later))\s+)?"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night)\b)?"
WEEKDAY = re.compile(r"\b" + _MOD + r"(?:(?P<rel>(?i:last|this|next|past))\s+)?(?P<weekday>"
                     + "|".join(WEEKDAYS) + r")(?:'s|’s)?" + _PART
                     + r"(?:\s+of\s+(?P<week>(?i:last|this|next))\s+week)?\b")
"""'Tuesday', 'last Tuesday', 'Tuesday evening', 'Tuesday of last week'."""
DAY_WORDS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
             "yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1}
_DAY_WORD = "|".join(sorted((w.replace(" ", r"\s+") for w in DAY_WORDS), key=len, reverse=True))
DAY_WORD = re.compile(r"(?i)\b" + _MOD + r"(?P<word>" + _DAY_WORD + r")(?:'s|’s)?"
                      r"(?:\s+(?P<part>morning|afternoon|evening|night)\b)?\b")
_COUNT = r"(?P<count>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
AGO = re.compile(r"(?i)\b" + _COUNT + r"\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b")
YEAR_WORDS = re.compile(r"(?i)\b(?P<rel>last|this|next)\s+year\b")
UNRESOLVED = re.compile(r"(?i)\b(?:"
                        r"(?:last|this|next|past|coming)\s+(?:week|weekend|month)"
                        r"|(?:earlier|later)\s+this\s+(?:week|month)"
                        r"|the\s+(?:next|following|previous|preceding)\s+(?:day|morning|evening|night|week|month)"
                        r"|the\s+day\s+(?:before|after)"
                        r"|(?:\d{1,2}|a\s+few|a\s+couple\s+of|several|two|three|four|five|six|seven|ten)\s+"
                        r"(?:days|weeks|months)\s+(?:later|earlier|before|after)"
                        r"|(?:\d{1,2}|a\s+few|a\s+couple\s+of|several|two|three|four|five|six|seven|ten|a|one)\s+"
                        r"(?:months?|years?)\s+ago"
                        r"|a\s+few\s+days\s+ago|several\s+days\s+ago"
                        r"|in\s+(?:the\s+coming|recent)\s+(?:days|weeks)"
                        r"|in\s+(?:a\s+few|a\s+couple\s+of|several)\s+(?:days|weeks)"
                        r")\b")
YEAR = re.compile(r"(?<![\w.,\-‐‑–$€£])(?:1[89]\d\d|20\d\d|2100)(?![\w\-‐‑–%]|[.,:]\d)")
"""A year alone: four digits in the range of years (see `numbers.is_year`), not part of a number ('2,020',
'20.5'), a compound ('mid-2020', '2020-21', '1990s') or an amount ('$2000')."""
FUTURE = re.compile(r"(?i)\b(?:will|shall|(?:is|are|was|were)\s+(?:due|set\s+to|to)|scheduled|"
                    r"expected\s+to|plans?\s+to|planning\s+to|upcoming)\b|'ll\b|’ll\b"
                    r"|(?i:\bthat\b[^.;:]{0,60}\bwould\b)")
"""A future, or a future told in reported speech ('adding that vaccination would commence on Saturday')."""
CLUES = {
    WEEKDAY: re.compile("day"),  # every weekday's name (written with its capital) ends in 'day'
    DAY_WORD: re.compile("(?i)" + any_of((w[0], w[1:].replace(" ", r"\s+")) for w in DAY_WORDS)),
    AGO: re.compile("(?i)ago"),
    YEAR: re.compile(r"\d\d\d\d"),
    YEAR_WORDS: re.compile("(?i)year"),
}
"""A part of every match of each pattern, found by a much quicker scan: most paragraphs have none."""
LOOKBACK = 300
"""Characters before a weekday searched for a future tense (a sentence is rarely longer)."""
SENTENCE_START = re.compile(r"[.!?;][\"'”’)]*\s+")
QUOTE_MARKS = '"“”«»'
"""Marks that open or close a quotation (not the single ones, which are also apostrophes)."""


@dataclass(frozen=True)
class Anchor:
    """The day relative dates count from, and how the reasoning names it."""

    day: dt.date
    noun: str = "the publication date"
    possessive: str = "the publication date's"
    day_noun: str = "the publication day"


def post_anchor(day: dt.date) -> Anchor:
    """The day of the post a paragraph is in, on a page of posts (see `postdays`)."""
    return Anchor(day, "the post's date", "the post's date's", "the post's day")


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    date: dt.date
    how: str
    relative: bool
    precision: DatePrecision = "day"


def find_dates(article: Article, posted: Sequence[dt.date] | None = None) -> tuple[DateMention, ...]:
    """Every date of the article that can be put on the calendar, in reading order. `posted`, on a page of
    posts of several days, is the day of each paragraph's post, from which its relative dates count."""
    anchors = ([post_anchor(day) for day in posted] if posted is not None
               else [Anchor(article.meta.published)] * len(article.paragraphs))
    mentions = []
    for index, (text, anchor) in enumerate(zip(article.paragraphs, anchors, strict=True)):
        for found in paragraph_dates(text, anchor):
            span = Span(article.id, index, found.start, found.end, text[found.start:found.end])
            mentions.append(DateMention(span, found.date, found.how, found.relative, found.precision))
    return tuple(mentions)


def unresolved_dates(article: Article) -> tuple[Span, ...]:
    """Relative expressions of time that name no calendar day ('last week', 'the next day')."""
    spans = []
    for index, text in enumerate(article.paragraphs):
        if not UNRESOLVED.search(text):
            continue
        dated = paragraph_dates(text, article.meta.published)
        starts = [d.start for d in dated]
        for match in UNRESOLVED.finditer(text):
            # 'the day before yesterday' is dated, though 'the day before' alone is not
            at = bisect_left(starts, match.end())
            if at == 0 or dated[at - 1].end <= match.start():
                spans.append(Span(article.id, index, match.start(), match.end(), match.group()))
    return tuple(spans)


# With IGNORECASE, `re` lets [a-z] match four letters that are not ASCII (Python's documentation of
# re.IGNORECASE), and `.lower()` leaves them alone, so "thiſ morning" matched and then failed its
# lookup. Read the patterns on a copy with those four made ASCII: one character for one, so spans hold.
_REGEX_CASE_FOLDS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def paragraph_dates(text: str, published: dt.date | Anchor) -> list[_Found]:
    """The dates of one paragraph, relative ones counted from `published` (the publication date, or the
    `Anchor` of the post the paragraph is in); where two readings overlap, the longer (absolute first)
    wins."""
    anchor = published if isinstance(published, Anchor) else Anchor(published)
    text = text.translate(_REGEX_CASE_FOLDS)
    candidates = [*_absolute(text, anchor), *_weekdays(text, anchor), *_day_words(text, anchor),
                  *_ago(text, anchor), *_years(text, anchor)]
    taken: list[_Found] = []
    starts: list[int] = []
    for found in sorted(candidates, key=lambda f: (f.start - f.end, f.start)):
        at = bisect_left(starts, found.start)
        free_after = at == len(taken) or taken[at].start >= found.end
        if free_after and (at == 0 or taken[at - 1].end <= found.start):
            taken.insert(at, found)
            starts.insert(at, found.start)
    return taken


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, not run when its clue is not in the text."""
    return pattern.finditer(text) if CLUES[pattern].search(text) else iter(())


# --- absolute ------------------------------------------------------------------------------------


def _absolute(text: str, anchor: Anchor) -> Iterator[_Found]:
    if not ANY_DATE.search(text):
        return  # most paragraphs name no month: one quick scan instead of four slow ones
    for pattern in ABSOLUTE:
        for match in pattern.finditer(text):
            found = _calendar(match, anchor)
            if found is not None:
                yield found


def _calendar(match: re.Match[str], anchor: Anchor) -> _Found | None:
    """A written date: in full, without its year (the year nearest publication), or a month and year."""
    groups = match.groupdict()
    month = int(groups["month"]) if groups["month"].isdigit() else MONTHS[groups["month"].lower().rstrip(".")]
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    written = f"“{match.group()}”"
    try:
        if day is None:
            date = dt.date(year or anchor.day.year, month, 1)
            how = f"{written}: a month, no day"
            return _Found(match.start(), match.end(), date, how, False, "month")
        if year is not None:
            date = dt.date(year, month, day)
            how = f"{written}: written in full"
        else:
            date = _nearest_year(month, day, anchor)
            how = (f"{written}: no year given; {date.year} puts it nearest {anchor.noun} "
                   f"({_day(anchor.day)})")
    except ValueError:
        return None  # 'February 30': not a date
    return _Found(match.start(), match.end(), date, how + _weekday_check(groups.get("named"), date), False)


def _nearest_year(month: int, day: int, anchor: Anchor) -> dt.date:
    options = []
    for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: (abs((d - anchor.day).days), d))


def _weekday_check(named: str | None, date: dt.date) -> str:
    if named is None or WEEKDAYS[date.weekday()] == named:
        return ""
    return f"; but {_day(date)} is a {WEEKDAYS[date.weekday()]}, not a {named}"


def _years(text: str, anchor: Anchor) -> Iterator[_Found]:
    """'in 2020', 'the Oslo accords of 1993', 'last year': years alone, as figures do not count them."""
    for match in _matches(YEAR, text):
        if not _counted_after(text, match.end()):
            yield _Found(match.start(), match.end(), dt.date(int(match.group()), 1, 1),
                         f"“{match.group()}”: a year, no day", False, "year")
    for match in _matches(YEAR_WORDS, text):
        shift = {"last": -1, "this": 0, "next": 1}[match.group("rel").lower()]
        year = anchor.day.year + shift
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            continue
        how = f"“{match.group()}” from {anchor.noun} ({_day(anchor.day)}): {year}, a year, no day"
        yield _Found(match.start(), match.end(), dt.date(year, 1, 1), how, True, "year")


def _counted_after(text: str, end: int) -> bool:
    """'2000 people', '1999 percent': a count, not a year."""
    return re.match(r"\s*(?:people|persons|percent|per\s+cent|%)\b", text[end:], re.I) is not None


# --- relative ------------------------------------------------------------------------------------


def _weekdays(text: str, anchor: Anchor) -> Iterator[_Found]:
    for match in _matches(WEEKDAY, text):
        weekday = WEEKDAYS.index(match.group("weekday"))
        relation = (match.group("rel") or "").lower()
        future = relation == "next" or (not relation and _future(text, match.start()))
        try:
            if match.group("week"):
                date, reason = _in_week(weekday, anchor, match.group("week").lower())
            else:
                date, reason = _resolve_weekday(weekday, anchor, relation, future)
        except OverflowError:
            continue  # a publication date at the very end of the calendar
        how = f"“{match.group()}” → {reason}: {_day(date)}"
        yield _Found(match.start(), match.end(), date, how, True)


WEEK_SHIFT = {"last": -7, "this": 0, "next": 7}
WEEK_WORDS = {"last": "the week before", "this": "the same week as", "next": "the week after"}


def _in_week(weekday: int, anchor: Anchor, week: str) -> tuple[dt.date, str]:
    """'Tuesday of last week': that weekday in the week (Monday to Sunday) before the publication's."""
    monday = anchor.day - dt.timedelta(days=anchor.day.weekday())
    date = monday + dt.timedelta(days=WEEK_SHIFT[week] + weekday)
    return date, f"the {WEEKDAYS[weekday]} of {WEEK_WORDS[week]} {anchor.possessive} ({_day(anchor.day)})"


def _resolve_weekday(weekday: int, anchor: Anchor, relation: str, future: bool) -> tuple[dt.date, str]:
    name = WEEKDAYS[weekday]
    back = (anchor.day.weekday() - weekday) % 7
    if future:
        ahead = (weekday - anchor.day.weekday()) % 7 or (7 if relation == "next" else 0)
        when = "the first" if relation != "next" else "the next"
        return anchor.day + dt.timedelta(days=ahead), (
            f"{when} {name} {'after' if relation == 'next' else 'on or after'} {anchor.noun} "
            f"({_day(anchor.day)}), as the sentence speaks of the future")
    if relation == "last" and back == 0:
        return anchor.day - dt.timedelta(days=7), f"the {name} before {anchor.noun} ({_day(anchor.day)})"
    if back == 0:
        return anchor.day, f"{anchor.day_noun} itself ({name})"
    return anchor.day - dt.timedelta(days=back), (
        f"the {name} on or before {anchor.noun} ({_day(anchor.day)})")


def _future(text: str, start: int) -> bool:
    """Whether the sentence speaks of the future before the weekday: 'the talks will resume on Monday'.
    Only its own clause counts, not a quotation before it: in '"… the guilty will answer to justice,"
    said the minister, who visited the site on Tuesday', Tuesday is past."""
    window = max(0, start - LOOKBACK)
    starts = [m.end() for m in SENTENCE_START.finditer(text, window, start)]
    sentence = text[starts[-1] if starts else window:start]
    quote = max(sentence.rfind(mark) for mark in QUOTE_MARKS)
    return FUTURE.search(sentence, quote + 1) is not None


def _day_words(text: str, anchor: Anchor) -> Iterator[_Found]:
    for match in _matches(DAY_WORD, text):
        word = " ".join(match.group("word").lower().split())
        shift = DAY_WORDS[word]
        try:
            date = anchor.day + dt.timedelta(days=shift)
        except OverflowError:
            continue
        relation = {0: anchor.noun, -1: f"the day before {anchor.noun}", -2: f"two days before {anchor.noun}",
                    1: f"the day after {anchor.noun}"}[shift]
        yield _Found(match.start(), match.end(), date, f"“{match.group()}” → {relation}: {_day(date)}", True)


def _ago(text: str, anchor: Anchor) -> Iterator[_Found]:
    for match in _matches(AGO, text):
        word = match.group("count").lower()
        count = 1 if word in ("a", "an") else int(word) if word.isdigit() else word_value(word) or 0
        unit = match.group("unit").lower()
        if unit.startswith(("month", "year")):
            found = _months_ago(match, anchor, count * (12 if unit.startswith("year") else 1))
            if found is not None:
                yield found
            continue
        days = count * (7 if unit.startswith("week") else 1)
        try:
            date = anchor.day - dt.timedelta(days=days)
        except OverflowError:
            continue
        yield _Found(match.start(), match.end(), date,
                     f"“{match.group()}” → {days} days before {anchor.noun} ({_day(anchor.day)}): "
                     f"{_day(date)}", True)


def _months_ago(match: re.Match[str], anchor: Anchor, months: int) -> _Found | None:
    """'five years ago' (a year, no day), 'two months ago' (a month, no day), from the publication date."""
    index = anchor.day.year * 12 + anchor.day.month - 1 - months
    year, month = divmod(index, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    if months % 12 == 0:
        how = f"“{match.group()}” from {anchor.noun} ({_day(anchor.day)}): {year}, a year, no day"
        return _Found(match.start(), match.end(), dt.date(year, 1, 1), how, True, "year")
    how = (f"“{match.group()}” from {anchor.noun} ({_day(anchor.day)}): "
           f"{month_year(dt.date(year, month + 1, 1))}, a month, no day")
    return _Found(match.start(), match.end(), dt.date(year, month + 1, 1), how, True, "month")


@lru_cache(maxsize=1024)
def _day(date: dt.date) -> str:
    """'Thu 26 Jan 2023'."""
    return weekday_date(date, short=True)
