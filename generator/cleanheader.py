"""The header of an article: its headline, dateline, dek and byline, at the top of the text.

A page puts them above the story among lines that are not the story either: the section the article is
filed under, the author's title, timestamps, a picture, prompts. The line rules (`generator.cleanrules`)
have said what each line is alone; the header is read from the top down, and ends where the story begins
(a thread's or a post's page has no headline: its first numbered post, or a sentence under its author's
name, begins the story).
A line near the top that the contributor named in the metadata keeps the role it was given
(`generator.clean` finds those).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from generator import cleanrules as rules
from generator.cleanjoin import join_lines
from generator.cleanpages import is_card_stamp
from generator.cleanshapes import (
    DATE,
    DIGIT,
    HAS_DATE,
    LETTER,
    Line,
    caption_shaped,
    ends_sentence,
    rx,
    words,
)
from generator.model import HeaderLine, HeaderRole

TOP = 8
"""How many non-blank lines from the top a header line can be found in."""
WRAPPED_WORDS = 10
"""Longest line of a headline or a dek that a page wraps over two (a newspaper's column is narrow; a longer
first line over one in lower case is a wrapped text's first sentence)."""
DEK_FOLLOWERS = rules.MEDIA | {"source label", "timestamp", "social-media prompt", "reading-time estimate",
                               "page interface text"}
"""What may follow a dek: the top of an article, not another paragraph of the story."""
PULL_QUOTE = re.compile(r'^"[^"]+"$')
"""A line that is one quotation and nothing else."""
THREAD_POST = re.compile(r"(?:🧵\s*)?1/(?:\d{1,3})?\s+\S")
"""A thread's first post, numbered as its writer numbers it: '🧵 1/ BrineLock has …', '1/14 …'."""
POST_START_WORDS = 8
"""Words of the shortest sentence that, under the author's name and above any headline, starts a post (a
headline stands above its byline and seldom ends with a full stop)."""


# --- what a header line looks like ----------------------------------------------------------------

DATELINE_PREFIX = re.compile(
    rf"^(?P<dateline>(?:(?:date|dated|published|posted)\s*:?\s*)?{DATE})(?:\s*[,|:·–—-]\s*|\s+)(?=\S)",
    re.IGNORECASE)
"""A date written before the headline on the same line, e.g. 'date 2024-03-02 Floods in the north'."""


def dateline_prefix(line: str) -> tuple[str, str] | None:
    """('date 2024-03-02', 'Floods in the north') for a headline with a date in front, else None."""
    match = DATELINE_PREFIX.match(line)
    if not match or not LETTER.search(line[match.end():]):
        return None
    return match.group("dateline").strip(), line[match.end():].strip()


BYLINE = rx(r"^(?:written |story |words |text |report )?by\s+(?P<name>\S.*)$")
NAME_GLUE = frozenset("and & , | of the de del della di da du van von der den al el bin ibn le la y staff"
                      .split())
"""Words inside names and bylines that are not capitalised ('Pieter van Dijk', 'Example News staff')."""


WITH_AGENCIES = rx(r"(?:,|\s[-–—])?\s+(?:with|and|plus) (?:(?:additional )?(?:agency|wire|news agency) ",
                  r"(?:reports|reporting|copy)|(?:the )?agencies|(?:the )?wires)$")
"""What a byline may add after the names: ', with agency reports', 'and agencies'."""


def is_byline(line: str) -> bool:
    """'By Jane Doe', 'By Jane Doe and Ali Hassan, Example Post', 'By Example News Staff', 'By Example Times
    Reporter, with agency reports'."""
    match = BYLINE.match(line) if len(line) <= 120 else None
    if not match:
        return False
    name = match.group("name")
    if " with " in name or " and " in name or " plus " in name:
        name = WITH_AGENCIES.sub("", name)
    if not name[:1].isupper() or words(name) > 12:
        return False
    if ends_sentence(name) and not re.search(r"\b\w{1,3}\.$", name):
        return False
    names = [w for w in re.split(r"[\s,|/]+", name) if w and w.lower() not in NAME_GLUE]
    capitalised = sum(1 for w in names if w[:1].isupper() or w[:1].isdigit())
    return capitalised * 3 >= len(names) * 2


WHERE = re.compile(r" \((?:in|from|at) [A-Z][\w'. -]{1,30}\)")
"""Where an author writes from, in brackets after the name: 'Jane Doe (in Lisbon) and Ali Hassan (in
Cairo)'."""


def is_name_line(line: str) -> bool:
    """'Helena Smith in Athens', 'Jane Doe and Ali Hassan', 'Jane Doe (in Lisbon)': a byline without 'By';
    a list of authors may be longer ('Ann Lee, Karl Weiss, and the Russia Team')."""
    if "(" in line:
        line = WHERE.sub("", line)
    most = 12 if "," in line else 6
    if words(line) > most or any(c.isdigit() for c in line) or ends_sentence(line) or ":" in line:
        return False
    tokens = [t for t in re.split(r"[\s,]+", line) if t]
    names = [t for t in tokens if t.lower() not in NAME_GLUE | {"in", "for"}]
    return len(names) >= 2 and all(t[:1].isupper() for t in names) and len(tokens) - len(names) <= 2


JOB_WORD = rx(r"\b(?:reporter|correspondent|editor|writer|columnist|journalist|producer|analyst|contributor",
              r"|photographer|photojournalist|presenter|commentator|critic|newsroom|newsdesk|desk|bureau|staff)s?\b")
"""What an author's title or desk names: 'Chief Reporter', 'Middle East Correspondent', 'News Desk'."""


DESK = re.compile(r"[A-Z]{2,5}(?: [A-Z][\w'-]*){1,4}")
"""A newsroom named by the outlet's initials and its region: 'ABS Mid North Coast', 'BBC West Midlands'."""


def is_job_title(line: str) -> bool:
    """'Chief Reporter', 'Senior Political Correspondent', 'NEWSROOM', 'ABS Mid North Coast': an author's
    title or desk, as a line under the byline shows it (the caller asks only of the line right under a
    byline)."""
    if words(line) > 6 or ends_sentence(line) or DIGIT.search(line):
        return False
    if not JOB_WORD.search(line):
        return DESK.fullmatch(line) is not None
    names = [w for w in re.split(r"[\s,&/]+", line) if w and w.lower() not in NAME_GLUE]
    return all(w[:1].isupper() for w in names)


NICKNAME = re.compile(r' "[^"]{1,20}"(?= )')
"""A nickname between the names: 'Wojciech "Wojtek" Nowak'."""


def stamped_byline(line: str) -> tuple[str, str | None] | None:
    """('Jane Doe', '3-5-2024 10:15 | Prague') from 'Jane Doe | 3-5-2024 10:15 | Prague | 4 min read':
    a byline without 'By' that also gives the time, the place or the reading time.

    The second part is the dateline: the span of the time and place parts (None when the line has none,
    or gives only when the article was updated).
    """
    parts = rules.STAMPS.split(line) if len(line) <= 120 else []
    if len(parts) < 2 or not is_name_line(NICKNAME.sub("", parts[0])):
        return None
    kinds = [_stamp_kind(part) for part in parts[1:]]
    if None in kinds or not {"time", "reading"} & set(kinds):
        return None  # 'Jane Doe | Prague' may be two names: a stamp says it is a byline
    stamps = list(zip(parts[1:], kinds, strict=True))
    dated = [part for part, kind in stamps if kind in ("time", "place")]
    updated = any(kind == "time" and HAS_DATE.search(part) and not rules.is_publication_date(part)
                  for part, kind in stamps)
    if not dated or updated:
        return parts[0], None
    start = line.index(dated[0], len(parts[0]))
    return parts[0], line[start:line.rindex(dated[-1]) + len(dated[-1])]


def _stamp_kind(part: str) -> str | None:
    """What a part of a stamped byline gives: a time, a reading time, the author's title or a place."""
    if rules.is_timestamp(part):
        return "time"
    if rules.READING_TIME.match(part):
        return "reading"
    if is_job_title(part):
        return "title"
    if words(part) <= 3 and not DIGIT.search(part) and all(w[:1].isupper() for w in part.split()):
        return "place"
    return None


KICKER_SPLIT = re.compile(r"\s+[/·|›»—–-]\s+")


def is_section_label(line: str) -> bool:
    """'CITY HALL / ELECTIONS 2024', 'OPINION · Example Weekly — independent': the section the page files
    the article under, in capitals, then a separator (a story's line in capitals has no separator after
    its first words)."""
    if words(line) > 12 or ends_sentence(line):
        return False
    parts = KICKER_SPLIT.split(line, maxsplit=1)
    label = LETTER.findall(parts[0])
    return len(parts) == 2 and words(parts[0]) <= 3 and len(label) >= 2 and all(c.isupper() for c in label)


# --- the header stage -----------------------------------------------------------------------------


def find_header(lines: Sequence[Line], reasons: dict[int, str],
                known: dict[int, HeaderRole]) -> tuple[list[HeaderLine], dict[int, str]]:
    """The headline, dateline, dek and byline at the top; a second byline, the author's title and section
    labels removed (with their reasons, by line index)."""
    top = _Top(lines, next((i for i, role in known.items() if role == "headline"), None), reasons, known)
    # A web archive's toolbar above the page is not the page's top.
    reach = 2 * TOP + (top.known_headline or 0) + sum(r == "web archive banner" for r in reasons.values())
    for i, line in enumerate(lines[:reach]):
        if i in top.extra:
            continue  # the second line of a headline or a dek
        if i in known:
            top.add(i, line.text, known[i])
        elif not _header_step(top, i, reasons):
            break
    # Two roles on one line ('date 2024-03-02 Floods…', 'Jane Doe | 3 May 2024') in the line's order.
    texts = {line.number: line.text for line in lines[:reach]}
    header = sorted(top.header, key=lambda h: (h.line, texts[h.line].find(h.text), h.role != "dateline"))
    return header, top.extra


@dataclass
class _Top:
    """What the header stage has found so far."""

    lines: Sequence[Line]
    known_headline: int | None
    """The line the contributor named as the headline, if any."""
    reasons: dict[int, str]
    known: dict[int, HeaderRole]
    header: list[HeaderLine] = field(default_factory=list)
    extra: dict[int, str] = field(default_factory=dict)
    headline_index: int = -2

    def has(self, role: HeaderRole) -> bool:
        return any(h.role == role for h in self.header)

    def under_byline(self, i: int) -> bool:
        """Whether line `i` is the next line after the byline."""
        return i > 0 and any(h.role == "byline" and h.line == self.lines[i - 1].number for h in self.header)

    def add(self, i: int, text: str, role: HeaderRole) -> None:
        split = dateline_prefix(text) if role == "headline" else None
        if split and not self.has("dateline"):
            self.header.append(HeaderLine(split[0], self.lines[i].number, "dateline"))
            text = split[1]
        end = self.continuation(i, role) if role in ("headline", "dek") else None
        if end is not None:  # one header line, set on two lines or three: the others are its continuation
            text = join_lines([text, *(self.lines[k].text for k in range(i + 1, end + 1))])
            self.extra.update(dict.fromkeys(range(i + 1, end + 1), f"{role}, continued"))
        self.header.append(HeaderLine(text, self.lines[i].number, role))
        if role == "headline":
            self.headline_index = end or i

    def continuation(self, i: int, role: HeaderRole) -> int | None:
        """The last line that carries on line `i`'s headline or dek (a newspaper's page wraps them): the
        lines the contributor named together, or an unfinished line and one in lower case."""
        j = i + 1
        if j >= len(self.lines) or self.lines[j].gap or j in self.reasons or j in self.extra:
            return None
        if i in self.known:
            while j + 1 < len(self.lines) and self.known.get(j + 1) == role and not self.lines[j + 1].gap:
                j += 1
            return j if self.known.get(j) == role else None
        text, following = self.lines[i].text, self.lines[j].text
        wraps = (j not in self.known and following[:1].islower() and not ends_sentence(text)
                 and words(text) <= WRAPPED_WORDS and words(following) <= WRAPPED_WORDS)
        return j if wraps else None

    def add_byline(self, i: int, stamped: tuple[str, str | None] | None) -> None:
        """The byline, and the dateline when the byline's line gives the time ('Jane Doe | 3 May 2024')."""
        if stamped is None:
            self.add(i, self.lines[i].text, "byline")
            return
        name, dateline = stamped
        self.add(i, name, "byline")
        if dateline and not self.has("dateline"):
            self.add(i, dateline, "dateline")


def _header_step(top: _Top, i: int, reasons: dict[int, str]) -> bool:
    """Place line `i` in the header if it belongs there; False when the story has begun."""
    line = top.lines[i]
    reason = reasons.get(i)
    if reason is not None:
        if reason == "timestamp" and not top.has("dateline") and rules.is_publication_date(line.text):
            top.add(i, line.text, "dateline")
        return True  # captions, credits and prompts sit among the header lines
    above_known = top.known_headline is not None and i < top.known_headline
    if above_known and is_card_stamp(line.text):
        top.extra[i] = "page header"  # a feed's line over the item: its source and age ('Example Wire · 3h')
        return True
    if _author_step(top, i):
        return True
    if above_known:
        # Above the headline the contributor named: the site's masthead, menus, tickers, labels.
        short_label = caption_shaped(line.text) and words(line.text) <= 5
        top.extra[i] = "section label" if short_label else "page header"
        return True
    if not top.has("headline"):
        if line.text.endswith(".") and words(line.text) > 25:
            return False  # the text starts with the story itself: there is no headline
        if THREAD_POST.match(line.text) or top.has("byline") and line.text.endswith(".") \
                and words(line.text) >= POST_START_WORDS or _post_under_author(top.lines, reasons, i):
            return False  # a thread's first post, or a post's first sentence under its author: no headline
        top.add(i, line.text, "headline")
        return True
    if i == top.headline_index + 1 and not top.has("dek") \
            and _is_dek(top.lines, reasons, i, top.continuation(i, "dek") or i):
        top.add(i, line.text, "dek")
        return True
    return False


def _post_under_author(lines: Sequence[Line], reasons: dict[int, str], i: int) -> bool:
    """Line `i` tells something in sentences ('I was in the stand last night. … 1/3') under a post's author's
    name (which the rules took off): the post, not a headline over it."""
    text = lines[i].text
    return words(text) >= POST_START_WORDS and (ends_sentence(text) or ". " in text) \
        and any(reasons.get(j) == "post's author" for j in range(i))


def _author_step(top: _Top, i: int) -> bool:
    """Place line `i` if it is the byline (with 'By', or a name and a stamp), the author's title or the
    section the article is filed under; False when it is none of them."""
    text = top.lines[i].text
    stamped = stamped_byline(text)
    if is_byline(text) or stamped:
        if top.has("byline"):
            top.extra[i] = "byline"
        else:
            top.add_byline(i, stamped)
        return True
    if top.under_byline(i) and is_job_title(text):
        top.extra[i] = "author's title"  # 'Chief Reporter', 'NEWSROOM': the byline's second line
        return True
    if top.has("headline") and is_section_label(text):
        top.extra[i] = "section label"  # 'CITY HALL / ELECTIONS 2024', 'OPINION · …' under the headline
        return True
    if top.has("headline") and not top.has("byline") and is_name_line(text):
        # Only lines that are not the story have been seen since the headline: a bare name is a byline.
        top.add(i, text, "byline")
        return True
    return False


def _is_dek(lines: Sequence[Line], reasons: dict[int, str], i: int, end: int) -> bool:
    """A pull-quote under the headline, or a standalone block followed by non-story material (the dek on
    lines `i` to `end`)."""
    if words(lines[i].text) > 80:
        return False
    if PULL_QUOTE.match(lines[i].text):
        return True
    after = end + 1
    if after >= len(lines):
        return False
    text = lines[after].text
    author = (is_byline(text) or is_name_line(text) or stamped_byline(text) is not None
              or is_section_label(text))
    follows = reasons.get(after) in DEK_FOLLOWERS or (after not in reasons and author)
    # …and the story goes on after that material: otherwise this is the story's only paragraph.
    return follows and any(k not in reasons for k in range(after + 1, len(lines)))
