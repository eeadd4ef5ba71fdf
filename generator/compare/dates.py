"""The same event dated by several articles, and the dates they give it.

A date mention belongs to the event word nearest to it in its sentence ('announced on Thursday',
'Friday's meeting'; see `event_kinds`); mentions with no event word are not compared. Mentions are
grouped by event class (a dict: linear cost), then split where their dates lie more than MAX_SPREAD
days apart: two announcements a week apart are two events, while a 'Wednesday' against the others'
'Thursday' may be one event dated differently. It counts as such only when its sentence shares enough
words with the sentences giving the main date; otherwise it is another event of the same class.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.compare.model import DateGroup, DateTally, DateValue, Status
from generator.compare.text import (
    EVENT_LABELS,
    EVENT_WORDS,
    STOPWORDS,
    WORD,
    content_stems,
    paragraph_text,
    sentence_at,
    sentence_bounds,
    stem,
    unique_ids,
    words,
)
from generator.datewords import weekday_slip
from generator.model import Annotations, Article, DateMention

CONTEXT_SHARE = 0.25
"""Share of a sentence's content words that the sentences giving the main date must also use, for a
different date to count as a conflict rather than another event."""
MIN_CONTEXT = 2
STRONG_CONTEXT = 5
EVENT_ROUNDS = 4
"""Events told apart in one chain of dates of a class, at most; the dates left are an event each."""
MAX_SPREAD = 2
"""Days: dates further apart than this are different events, not a conflict."""
PROFILE_SHARE = 0.2
MAX_DISTANCE = 12
"""Words between a date and the event word it dates, at most."""
LABEL_TERMS = 3
OPENING = re.compile(r"\s*(?:(?:on|by|late|early|last|this|then)\s+)?", re.IGNORECASE)
"""Words that may come before a date that opens its sentence ('On 17 October, …', 'Late on Friday, …')."""
"""Names and words in an event's label."""
_NAME = re.compile(r"\b[A-Z][^\W\d_]+(?:[ -](?:(?:al|el|bin|ibn|abu)[ -])?[A-Z][^\W\d_]+)+")
"""A run of two or more capitalised words: 'Beit Anun', 'Abu Rudeineh', 'West Bank'."""
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning "
    "evening night afternoon earlier later late early week weekend month year day days january february "
    "march april may june july august september october november december jan feb mar apr jun jul aug sep "
    "sept oct nov dec".split())
_CALENDAR_STEMS = frozenset(stem(w) for w in _CALENDAR_WORDS)


@dataclass(frozen=True)
class _Item:
    mention: DateMention
    order: int
    kind: str
    sentence: str
    stems: frozenset[str]


def compare_dates(articles: tuple[Article, ...],
                  annotations: dict[str, Annotations]) -> tuple[DateGroup, ...]:
    """Every dated event, in date order, each marked agree or conflict."""
    items = [item for order, article in enumerate(articles)
             for item in _items(article, order, annotations[article.id])]
    items.sort(key=_position)
    chains = [event for members in _by_kind(items).values() for chain in _split(members)
              for event in _confirmed(chain)]
    groups = [_group(chain) for chain in chains]
    groups.sort(key=lambda g: (g.tally[0].date, g.kind, g.values[0].article, g.values[0].paragraph))
    ids = unique_ids(g.id for g in groups)
    return tuple(dataclasses.replace(g, id=i) for g, i in zip(groups, ids, strict=True))


def weekday_slips(articles: tuple[Article, ...], annotations: dict[str, Annotations],
                  groups: tuple[DateGroup, ...]) -> tuple[DateValue, ...]:
    """Every date written with a weekday it was not ('Wednesday, March 10' of a Tuesday), but those that a
    dated event (`groups`) shows as an article's date, with their slip: a reader should not take the day on
    trust, whatever the event. Read as written: the date stands and the weekday is the slip
    (`datewords.weekday_slip`)."""
    grouped = set()
    for group in groups:
        firsts: dict[str, DateValue] = {}
        for value in group.values:
            firsts.setdefault(value.article, value)  # the one the article's sidebar shows for the event
        grouped.update((v.article, v.paragraph, v.text) for v in firsts.values())
    found = []
    for article in articles:
        for mention in annotations[article.id].dates:
            span = mention.span
            # (a weekday alone, 'on Wednesday', is resolved to a Wednesday: no slip)
            if mention.precision == "day" and (article.id, span.paragraph, span.text) not in grouped \
                    and weekday_slip(span.text, mention.date) is not None:
                found.append(DateValue(article.id, mention.date, span.paragraph, span.text, mention.how))
    return tuple(found)


def event_kinds(text: str, spans: list[tuple[int, int]]) -> list[str | None]:
    """The event class of each date span of one paragraph. Event words and dates of a sentence are paired
    closest first, each used once, at most MAX_DISTANCE words apart: in 'announced on Wednesday that the
    day of mourning would be on Friday', Wednesday is the announcement's date and Friday is not."""
    tokens = list(WORD.finditer(text))
    starts = [t.start() for t in tokens]
    pairs = []
    for number, (start, end) in enumerate(spans):
        low, high = _clause_bounds(text, start, end)
        first, last = bisect_left(starts, start), bisect_left(starts, end) - 1
        reach = len(tokens) if _opens_sentence(text, low, start, end) else MAX_DISTANCE
        for position in range(bisect_left(starts, low), bisect_left(starts, high)):
            kind = EVENT_WORDS.get(tokens[position].group().lower())
            if kind is None or first <= position <= last or _names_a_place(tokens, position):
                continue
            distance = first - position if position < first else position - last
            if distance <= reach:
                pairs.append((distance, position > last, number, position, kind))
    kinds: list[str | None] = [None] * len(spans)
    used: set[int] = set()
    for _, _, number, position, kind in sorted(pairs):
        if kinds[number] is None and position not in used:
            kinds[number] = kind
            used.add(position)
    return kinds


PLACE_NOUNS = frozenset("zone zones area areas centre center centres centers site sites route routes camp "
                        "camps shelter shelters".split())
"""Nouns an event word names a place with ('the evacuation zone', 'the disaster area', 'a protest site'):
then it dates nothing ('arrested inside the evacuation zone on Saturday' dates an arrest)."""


def _names_a_place(tokens: list[re.Match[str]], position: int) -> bool:
    return position + 1 < len(tokens) and tokens[position + 1].group().lower() in PLACE_NOUNS


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a date, cut at semicolons: 'Body recovered late Tuesday; prosecutor takes
    charge of inquiry' dates the recovery, not the inquiry (a dek or a summary strings clauses so)."""
    low, high = sentence_bounds(text, start)
    before, after = text.rfind(";", low, start), text.find(";", end, high)
    return (before + 1 if before >= 0 else low), (after if after >= 0 else high)


def _opens_sentence(text: str, sentence_start: int, start: int, end: int) -> bool:
    """'On 17 October, the union of … held a strike': a date set before its sentence, with a comma, dates
    the sentence's event however far its word is."""
    return bool(OPENING.fullmatch(text[sentence_start:start])) and text[end:end + 1] == ","


DATELINE = re.compile(r"[A-Z][A-Z'’. -]{2,}(?:,[^,()\n]{2,30}){1,3}\s*\([^()]{2,40}\)\s*[-–—]")
"""A wire's dateline opening its first paragraph, 'KASENI, Kenya, March 9 (Savanna Press) -': its date is
the day of filing, not the date of the event the sentence names."""


def _items(article: Article, order: int, annotations: Annotations) -> list[_Item]:
    by_paragraph: dict[int, list[DateMention]] = defaultdict(list)
    for mention in annotations.dates:
        if mention.precision == "day":  # 'in 2020' is no claim about a day: nothing to agree or conflict with
            by_paragraph[mention.span.paragraph].append(mention)
    items = []
    for paragraph, mentions in sorted(by_paragraph.items()):
        text = paragraph_text(article, paragraph)
        if text is None:
            continue
        kinds = event_kinds(text, [(m.span.start, m.span.end) for m in mentions])
        dateline = DATELINE.match(text)
        for mention, kind in zip(mentions, kinds, strict=True):
            if kind is not None and not (dateline and mention.span.end <= dateline.end()):
                sentence = sentence_at(text, mention.span.start)
                stems = frozenset(s for s in content_stems(sentence) if s not in _CALENDAR_STEMS)
                items.append(_Item(mention, order, kind, sentence, stems))
    return items


def _by_kind(items: list[_Item]) -> dict[str, list[_Item]]:
    kinds: dict[str, list[_Item]] = defaultdict(list)
    for item in items:
        kinds[item.kind].append(item)
    return kinds


def _confirmed(chain: list[_Item]) -> list[list[_Item]]:
    """The chain as events: the date most articles give, with the mentions of other dates whose sentences
    share enough words with its sentences (one event dated differently); then the same with the mentions
    left, a few times (a minister's visit on Thursday or Friday and the vaccine's arrival on Friday or
    Saturday, in two days of the same class); then one event per date left."""
    events: list[list[_Item]] = []
    left = chain
    for _ in range(EVENT_ROUNDS):
        if len({item.mention.date for item in left}) < 2:
            return events + [left] if left else events
        event, left = _main_event(left)
        events.append(event)
    apart: dict[dt.date, list[_Item]] = defaultdict(list)
    for item in left:
        apart[item.mention.date].append(item)
    return events + [apart[d] for d in sorted(apart)]


def _main_event(chain: list[_Item]) -> tuple[list[_Item], list[_Item]]:
    """The mentions of the date most articles give and those related to them; and the rest."""
    articles: dict[dt.date, set[str]] = defaultdict(set)
    for item in chain:
        articles[item.mention.date].add(item.mention.span.article)
    main = min(articles, key=lambda d: (-len(articles[d]), d))
    profile = _profile([i for i in chain if i.mention.date == main])
    kept: list[_Item] = []
    rest: list[_Item] = []
    for item in chain:
        (kept if item.mention.date == main or _related(item.stems, profile) else rest).append(item)
    return kept, rest


def _profile(items: list[_Item]) -> frozenset[str]:
    """The stems used by at least a fifth of the sentences (all of them, for five sentences or fewer)."""
    seen: Counter[str] = Counter()
    for item in items:
        seen.update(item.stems)
    floor = max(1, math.ceil(PROFILE_SHARE * len(items)))
    return frozenset(s for s, n in seen.items() if n >= floor)


def _related(stems: frozenset[str], profile: frozenset[str]) -> bool:
    """Whether a sentence shares enough words with the main date's: a share of its own, or STRONG_CONTEXT
    words whatever its length (a press release's long sentence, 'The case arose from … in a urine sample
    collected … at the Seville Marathon on 23 February 2025', is about the sample a short one dates to the
    22nd)."""
    shared = len(stems & profile)
    return shared >= MIN_CONTEXT and (shared >= CONTEXT_SHARE * len(stems) or shared >= STRONG_CONTEXT)


def _split(members: list[_Item]) -> list[list[_Item]]:
    """Members grouped by date: an event's dates lie within MAX_SPREAD days of its earliest one. (Not
    chained from date to date: a long story has an announcement every other day, and a chain would
    make weeks of them one event, in conflict with itself.)"""
    ordered = sorted(members, key=lambda i: i.mention.date)
    chains: list[list[_Item]] = []
    for item in ordered:
        if chains and (item.mention.date - chains[-1][0].mention.date).days <= MAX_SPREAD:
            chains[-1].append(item)
        else:
            chains.append([item])
    return [sorted(c, key=_position) for c in chains]


def _position(item: _Item) -> tuple[int, int, int]:
    return item.order, item.mention.span.paragraph, item.mention.span.start


def _group(chain: list[_Item]) -> DateGroup:
    values = tuple(DateValue(article=i.mention.span.article, date=i.mention.date,
                             paragraph=i.mention.span.paragraph, text=i.mention.span.text, how=i.mention.how)
                   for i in chain)
    tally = _tally(values)
    kind = chain[0].kind
    return DateGroup(id=f"date-{kind}-{tally[0].date.isoformat()}", event=_label(kind, chain), kind=kind,
                     status=_status(values), values=values, tally=tally, example=chain[0].sentence)


def _label(kind: str, chain: list[_Item]) -> str:
    """The class and the names and words most of its sentences use, names as written ('Beit Anun', not
    'anun, beit'): e.g. 'announcement: security, coordination, Israel'."""
    seen: Counter[str] = Counter()
    first: dict[str, int] = {}
    for item in chain:
        # in the order of the sentence (a set's order changes from run to run, and ties go to the first)
        found = (_without_article(m.group()) for m in _NAME.finditer(item.sentence))
        names = list(dict.fromkeys(name for name in found if len(words(name)) > 1))
        in_names = {w for name in names for w in words(name)}
        terms = [*names, *(w for w in words(item.sentence) if w not in in_names and _telling(w, kind))]
        seen.update(set(terms))
        for term in terms:
            first.setdefault(term, len(first))
    top = sorted(seen, key=lambda term: (-seen[term], first[term]))[:LABEL_TERMS]
    shown = [term if " " in term else _as_written(term, chain) for term in top]
    name = EVENT_LABELS.get(kind, kind)
    return f"{name}: {', '.join(shown)}" if shown else name


def _without_article(name: str) -> str:
    return re.sub(r"^(?:The|A|An) ", "", name)


def _as_written(word: str, chain: list[_Item]) -> str:
    """A proper noun keeps its capital ('Israel'); any other word is shown in lower case."""
    for item in chain:
        for written in WORD.findall(item.sentence):
            if written.lower() == word and not written.islower() and not item.sentence.startswith(written):
                return written
    return word


def _telling(word: str, kind: str) -> bool:
    """A word worth naming an event by: no function word, date word, number or the event word itself."""
    return (word not in STOPWORDS and word not in _CALENDAR_WORDS and not word.isdigit() and len(word) > 2
            and EVENT_WORDS.get(word) != kind)


def _status(values: tuple[DateValue, ...]) -> Status:
    """Conflict when two articles give the event dates with no day in common."""
    by_article: dict[str, set[dt.date]] = defaultdict(set)
    for value in values:
        by_article[value.article].add(value.date)
    distinct = sorted({frozenset(d) for d in by_article.values()}, key=sorted)
    clash = any(not (a & b) for i, a in enumerate(distinct) for b in distinct[i + 1:])
    return "conflict" if clash else "agree"


def _tally(values: tuple[DateValue, ...]) -> tuple[DateTally, ...]:
    by_date: dict[dt.date, list[str]] = defaultdict(list)
    for value in values:
        if value.article not in by_date[value.date]:
            by_date[value.date].append(value.article)
    return tuple(sorted((DateTally(d, tuple(a)) for d, a in by_date.items()),
                        key=lambda t: (-len(t.articles), t.date)))
