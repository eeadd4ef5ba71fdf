"""The day each paragraph was written on, for pages that bundle posts of several days.

A forum thread, a group or channel export, a live page or an update log is written over days, and each of
its posts says 'last night' or 'on Tuesday' from its own day, not from the day the page was saved (the
article's `published` date). Cleaning removes the posts' stamps ('July 9 at 6:05 AM', a date separator
'July 12', 'u/runner · 1d', 'Update – July 8, 2026, 9:40 p.m.') as furniture; they stay among the removed
lines with their line numbers, and each paragraph is dated by the last stamp above it.

A stamp gives its day written out ('July 9 at 6:05 AM') or as an age ('1d', '3 days ago'). Ages count back
from the day the page was saved, which is unknown: when the first stamp above the text is an age, that post
is taken to be the article's (its `published` date) and the save day follows from it; otherwise the page is
taken to be saved on its published date. Hours and minutes count as the same day.

Only a page whose day changes between two paragraphs is dated this way: a single dateline or 'Updated'
line at the top says when the page was published, which the metadata settles.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.annotate.dates import paragraph_dates
from generator.model import Article, RemovedLine

_LABEL = (r"(?:last\s+|first\s+)?(?:updated?|posted|published|issued|edited|added|created)(?:\s+(?:on|at))?"
          r"|yesterday|today|just\s+now|edited")
_TIME = r"\d{1,2}(?:[:.]\d\d){1,2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midnight"
_ZONE = r"(?:GMT|UTC|[A-Z]{2,4}T|[A-Z]ET|[A-Z]ST|IST)(?:\s*[+−-]\s*\d{1,2}(?::?\d\d)?)?"
_HANDLE = r"(?:u/|@)[\w.-]+|OP|MOD|Admin|Author|Moderator"
_NOISE = re.compile(r"(?i:" + _LABEL + r"|" + _TIME + r"|\bat\b|\bon\b)|" + _ZONE + r"|" + _HANDLE
                    + r"|[\s,:;|·•–—()\[\]/-]+|[^\w\s]")
"""What a stamp line holds besides its date: labels, times, time zones, the poster's handle, separators and
symbols (a padlock, a globe)."""
_AGE = re.compile(r"(?i)(?<![\w.,])(?P<count>\d{1,3})\s*"
                  r"(?P<unit>mins?|minutes?|m|hrs?|hours?|h|days?|d|weeks?|w)(?:\s+ago)?\b")
_REVISED = re.compile(r"(?i)\b(?:updated|last\s+edited)\b")
_YESTERDAY = re.compile(r"(?i)\byesterday\b")
UNIT_DAYS = {"m": 0, "h": 0, "d": 1, "w": 7}


@dataclass(frozen=True)
class _Stamp:
    line: float
    day: dt.date | None
    """The day written out, or None for an age."""
    age_days: int = 0


def post_days(article: Article) -> tuple[dt.date, ...] | None:
    """The day each paragraph was posted, in paragraph order; None when the page is of one day (then every
    relative date counts from the publication date)."""
    published = article.meta.published
    stamps = [s for s in (_stamp(line, published) for line in article.text.removed) if s is not None]
    stamps += [s for s in (_message_stamp(p.text, p.line, published) for p in article.text.paragraphs)
               if s is not None]
    lines = [p.line for p in article.text.paragraphs]
    if not stamps or not lines:
        return None
    saved = _saved_day(stamps, lines[0], published)
    days = _days_by_line(stamps, lines, published, saved)
    return days if _changes_between_paragraphs(days) else None


def _stamp(removed: RemovedLine, published: dt.date) -> _Stamp | None:
    text = removed.text.strip()
    if len(text) > 80 or not any(c.isdigit() for c in text) and not _YESTERDAY.search(text):
        return None
    if _REVISED.search(text):
        return None  # 'Updated: Jul 10' dates a revision of the page, not a post of its own
    found = paragraph_dates(text, published)
    written = [f for f in found if f.precision == "day" and not f.relative]
    if len(written) == 1 and _only_noise(text[:written[0].start] + " " + text[written[0].end:]):
        return _Stamp(removed.line, written[0].date)
    if found:
        return None
    age = _AGE.search(text)
    if age is not None and _only_noise(text[:age.start()] + " " + text[age.end():]):
        count = int(age.group("count"))
        return _Stamp(removed.line, None, count * UNIT_DAYS[age.group("unit")[0].lower()])
    if _YESTERDAY.search(text) and _only_noise(_YESTERDAY.sub(" ", text)):
        return _Stamp(removed.line, None, 1)
    return None


MESSAGE_STAMP = re.compile(r"^\[(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),? \d{1,2}[:.]\d\d")
"""A chat export's stamp at the head of each message: '[14/05/2026, 21:07] Ann: …' (day first or month
first, as the phone's settings had it)."""
CHAT_REACH = 92
"""Days from the publication date within which a chat's stamp is read (day first or month first)."""


def _message_stamp(text: str, line: int, published: dt.date) -> _Stamp | None:
    """The day of a chat message that keeps its stamp in its text: of its two readings (14/05 or 05/14), the
    one that is a date nearest the publication date, within CHAT_REACH days. The stamp counts just above
    its message's own line."""
    match = MESSAGE_STAMP.match(text) if text[:1] == "[" else None
    if match is None:
        return None
    first, second, year = (int(g) for g in match.groups())
    year += 2000 if year < 100 else 0
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    near = [d for d in readings if abs((d - published).days) <= CHAT_REACH]
    if not near:
        return None
    return _Stamp(line - 0.5, min(near, key=lambda d: abs((d - published).days)))


def _only_noise(rest: str) -> bool:
    return not _NOISE.sub("", rest).strip()


def _saved_day(stamps: Sequence[_Stamp], first_line: int, published: dt.date) -> dt.date:
    """The day the page was saved, from which ages count: the published date, unless the article's own
    stamp (the last one above its first paragraph) is an age, which then dates the article."""
    above = [s for s in stamps if s.line < first_line]
    if above and above[-1].day is None:
        return published + dt.timedelta(days=above[-1].age_days)
    return published


def _days_by_line(stamps: Sequence[_Stamp], lines: Sequence[int], published: dt.date,
                  saved: dt.date) -> tuple[dt.date, ...]:
    days = []
    current = published
    pending = iter(sorted(stamps, key=lambda s: s.line))
    upcoming = next(pending, None)
    for line in lines:
        while upcoming is not None and upcoming.line < line:
            current = upcoming.day or saved - dt.timedelta(days=upcoming.age_days)
            upcoming = next(pending, None)
        days.append(current)
    return tuple(days)


def _changes_between_paragraphs(days: Sequence[dt.date]) -> bool:
    return any(a != b for a, b in zip(days, days[1:], strict=False))
