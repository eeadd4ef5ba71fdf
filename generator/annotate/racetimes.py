"""Race times: '2:18:47', '2h18:47', '2h 18min 47s', claims as exact as a count and as often misquoted.

A time written with hours, minutes and seconds is a duration (a clock time has no seconds in news prose,
and a stamp with them, '16:04:51 GMT', is page furniture), so it is a figure counting RACE_TIME, its value
in seconds. Its subject is the person of the knowledge base named nearest before it in its sentence (else
after it): two runners' times are two claims, one runner's two times a conflict. A time with no one named
in its sentence that refers to someone ('she also loses her 2:18:46 record') is the time of the person
the article has named most by then, of those the knowledge base calls 'she' (or 'he').
"""

from __future__ import annotations

import re

from generator.model import Article, Figure, KnowledgeBase, Mention, Span

RACE_TIME = "race time"
TIME = re.compile(
    r"(?<![\d:.])(?P<h>[1-9]|\d(?<!0)\d)(?::|h ?)(?P<m>[0-5]\d)(?::|min ?|m ?)(?P<s>[0-5]\d)(?:s\b)?(?![\d:])"
    r"(?!\s*(?:[ap]\.?m\b|GMT|UTC|CET|EAT|local time))", re.IGNORECASE)
"""Hours, minutes and seconds; not a clock time with its seconds ('10:38:12 a.m.', '16:04:51 GMT')."""
CUE = re.compile(r"\d[:h]\s?\d")
"""What every race time holds: a digit, then a colon or an 'h', then a digit."""
PRONOUN = re.compile(r"\b(?:she|he|her|his)\b", re.IGNORECASE)
"""The last of these before a time in its sentence says whose it is, when the sentence names no one."""
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“‘'(])")


def find_race_times(article: Article, mentions: tuple[Mention, ...], kb: KnowledgeBase) -> tuple[Figure, ...]:
    """Every race time of the article, in text order, ids `<article>-time1`, `-time2`…"""
    names = {e.id: e.name for e in kb.entities if e.type == "person"}
    pronouns = {e.id: e.pronoun for e in kb.entities if e.pronoun}
    people = sorted((m.span.paragraph, m.span.start, m.span.end, m.entity)
                    for m in mentions if m.entity in names)
    found = []
    for index, text in enumerate(article.paragraphs):
        if CUE.search(text) is None:
            continue  # most paragraphs time nothing: one cheap scan before the full pattern
        for match in TIME.finditer(text):
            seconds = int(match["h"]) * 3600 + int(match["m"]) * 60 + int(match["s"])
            runner = _runner(text, index, match.start(), people, pronouns)
            found.append((index, match.start(), match.end(), seconds, names[runner] if runner else ""))
    return tuple(_figure(article, n, *time) for n, time in enumerate(found, start=1))


def _figure(article: Article, n: int, paragraph: int, start: int, end: int, seconds: int,
            runner: str) -> Figure:
    span = Span(article.id, paragraph, start, end, article.paragraphs[paragraph][start:end])
    return Figure(f"{article.id}-time{n}", span, float(seconds), "exact", RACE_TIME, runner)


def _runner(text: str, paragraph: int, at: int, people: list[tuple[int, int, int, str]],
            pronouns: dict[str, str]) -> str | None:
    """The person named nearest to position `at` in its sentence, before it first; when the sentence names
    no one but refers to someone ('she also loses her 2:18:46 record'), the person named most before it
    (of equals, the first named) of those the knowledge base calls so."""
    low = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
    end = SENTENCE_END.search(text, at)
    high = end.start() if end else len(text)
    here = [p for p in people if p[0] == paragraph and low <= p[1] and p[2] <= high]
    before = [p for p in here if p[2] <= at]
    if before:
        return before[-1][3]
    if here:
        return here[0][3]
    refers = next(reversed(list(PRONOUN.finditer(text, low, at))), None)
    if refers is None:
        return None
    called = "she" if refers.group().lower() in ("she", "her") else "he"
    earlier = [p[3] for p in people if (p[0], p[2]) <= (paragraph, at) and pronouns.get(p[3]) == called]
    # the one the article has named most so far (of equals, the first named: whom the story is about); a
    # judge or an official named in passing since is not whom a runner's 'she' is about
    return max(dict.fromkeys(earlier), key=earlier.count) if earlier else None


def clock(seconds: float) -> str:
    """'2:18:47' for 8327 seconds: a race time as it is written."""
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
