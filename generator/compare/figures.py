"""Figures that count the same thing about the same event, grouped across articles.

Each figure gets a key (what is counted, the incident it is about, who is counted), read from the
figure itself and from the nouns of its sentence; figures are grouped by that key through a dict, so
the cost is linear in the number of figures. A group agrees when every value is compatible with every
other (an 'at least 9' is compatible with a 10), and conflicts otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from generator.annotate.ages import AGE
from generator.annotate.racetimes import RACE_TIME
from generator.compare.model import FigureGroup, FigureTally, FigureValue, PartsStatus, Status
from generator.compare.text import (
    CUMULATIVE,
    CUMULATIVE_REACH,
    INCIDENT_WORDS,
    STOPWORDS,
    WORD,
    content_stems,
    names_a_service,
    nearest_word,
    paragraph_text,
    sentence_at,
    sentence_bounds,
    slug,
    unique_ids,
    words,
)
from generator.compare.told import DayMentions, day_mentions, told_day
from generator.model import Annotations, Article, Figure, KnowledgeBase

COUNT_SYNONYMS = {
    "dead": "killed", "deaths": "killed", "death": "killed", "died": "killed", "killing": "killed",
    "fatalities": "killed", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    "arrests": "arrested", "detained": "arrested", "missing": "missing",
    # jobs cut, however a company or a union words them
    "roles": "jobs", "positions": "jobs", "layoffs": "jobs", "dismissals": "jobs", "redundancies": "jobs",
    "posts": "jobs",
    # units, written out or abbreviated ('2.1 ng/mL', '2.1 nanograms per millilitre')
    "ng": "nanograms", "nanogram": "nanograms", "mg": "milligrams", "milligram": "milligrams",
    "kg": "kilograms", "kilogram": "kilograms", "kilo": "kilograms", "kilos": "kilograms",
    "km": "kilometres", "kilometre": "kilometres", "kilometers": "kilometres", "kilometer": "kilometres",
    "mw": "megawatts", "megawatt": "megawatts", "gw": "gigawatts", "gigawatt": "gigawatts",
    "ha": "hectares", "hectare": "hectares",
    "btc": "bitcoin", "bitcoins": "bitcoin",
}
GENERIC_SUBJECTS = frozenset({"", "people", "person", "persons", "other", "others", "individual",
                              "individuals", "more", "victim", "victims", "casualties", "casualty"})
_SUBJECT_SKIP = frozenset("the a an of some another more than at least about nearly around over almost all "
                          "those these them who were".split())
ABOUT = 0.1
"""'About 100' allows 10% either way."""
MEASURE_WORDS = 3
"""Content words after a percentage that say what it is a share of ('… said they support armed groups')."""
CIRCUMSTANCE = frozenset("on in at with by from after before during against over under".split())
"""Prepositions that open a phrase of circumstance after a share, not what the share measures."""
_CLAUSE_END = re.compile(r"[;,.:!?()\[\]—–]")
CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas|as)\s|;\s|\s[—–]\s")
"""Where a sentence joins another clause, with its own verb and often its own figure: 'He must pay €61.3m
in compensation, and a yacht and a villa will be seized'."""
MONEY = frozenset("euros dollars pounds shekels naira yen rupees shillings rand zlotys zł francs yuan"
                  .split())
"""Counts of money: the annotator's currency words (`generator.annotate.counted.CURRENCIES`, whose stage
this one does not import) and 'zł', a currency a copy writes after the amount as a noun."""
MAX_RATIO = 20.0
"""Two amounts further apart than this are two claims, whatever their words: '60,000 euros' that an
investor lost and the '146 million euros' that investors lost; 'by 312 votes' and '25 votes moved'."""
MEASURES = frozenset("""seconds minutes hours days weeks months years decades centuries metres meters m km
kilometres kilometers miles feet ft yards""".split())
"""Counts of time and distance: with no subject, 'for 18 years' says nothing of what lasted."""
ANCHORED = MEASURES | {"people"}
"""Counts that say what they count only with the words around them: a duration, a distance, or people to
whom the sentence says nothing happened ('a town of 11,000 people', '26 people remain in hospital')."""
_QUALIFYING = frozenset("nearly almost roughly approximately some around about least over under just".split())
CONTEXT_SHARE = 0.3
"""Share of a sentence's content words that the sentences of a claim's main value must also use, for a
figure of another value to be that claim told differently rather than another claim."""
MIN_CONTEXT = 2
CLAIM_ROUNDS = 8
"""Claims told apart by their words in one bucket, at most; the values left are a claim each. (A bound:
a story of thousands of articles may give a count of ballots hundreds of values.)"""
PROFILE_SHARE = 0.2
SAME_WORDS = 0.8
"""Share of two clauses' words in common that makes them the same words, a figure apart."""
"""A word belongs to a claim's context when at least this share of its main value's sentences use it."""
INCIDENT_COUNTS = frozenset("killed injured arrested missing abducted displaced evacuated rescued released "
                            "deported attacks".split())
"""Counts of what befell people in an incident: a year before the story's in their sentence names another."""
FALLING = frozenset(("missing",))
"""Counts that only fall as the days go on: the missing, as they are found (dead or alive)."""
GROWING = frozenset(("killed", "cases"))
"""Counts that only grow as the days go on: a later report's higher toll is an update, not a conflict. (Not
arrests or the injured: two sources' counts of one night's arrests differ without either being late.)"""
PERSONAL = frozenset((AGE, RACE_TIME))
"""Counts whose subject is the person they are about, by name (see `generator.annotate.ages`)."""
NOT_NAMES = INCIDENT_COUNTS | MEASURES | PERSONAL | {"percent", "people"}
"""Counts that are no name an outlet chose for what is counted (see `_counted_names`)."""
OPENING_YEAR = re.compile(r"\s*in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}", re.IGNORECASE)
"""What may come before a year that opens its sentence: 'In 2018, …', 'In the 2019 vote, …'."""
IN_YEAR = re.compile(r"\bin\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
"""What comes before a year that dates an incident: 'collapsed in 2018', 'in the spring of 2022'; not
'the worst since 2018' or 'the toll of the 2018 disaster'."""
SENTENCING = re.compile(r"\b(?:sentenced?|sentencing|jailed|jail|prison|imprisonment|imprisoned|penalty"
                        r"|behind bars|custodial|condemned)\b", re.IGNORECASE)
"""Words of a court's sentence: a span of years in the same clause is the term imposed."""
TERMS = frozenset(("years", "months"))
PRISON_TERM = "prison term"
INCREMENT = re.compile(r"\b(?:another|further|additional)\b|\bmore\b(?!\s+than\b)", re.IGNORECASE)
"""Words that make a figure a step added to a tally ('two more bodies', 'another three')."""


@dataclass(frozen=True)
class _Keyed:
    figure: Figure
    order: int
    """Position of the figure's article in the corpus, for a stable order."""
    counts: str
    event: str
    subject: str
    sentence: tuple[int, int]
    """Where the figure's sentence starts and ends in its paragraph."""
    earlier: bool = False
    """The figure counts an incident of a year before the story's: its event is that year, no other."""
    told: dt.date | None = None
    """The day its clause says the figure is of (see `generator.compare.told`); None when it names none."""


def compare_figures(articles: tuple[Article, ...], annotations: dict[str, Annotations],
                    kb: KnowledgeBase | None = None) -> tuple[FigureGroup, ...]:
    """Every group of figures, the most widely reported first."""
    first_year = min((a.meta.published.year for a in articles), default=0)
    names = _counted_names(kb)
    keyed: list[_Keyed] = []
    for order, article in enumerate(articles):
        notes = annotations[article.id]
        past, days = _past_years(notes, first_year), day_mentions(notes.dates)
        keyed += (_key(figure, order, article, past, names, days) for figure in notes.figures)
    keyed = _resolve_subjects(_resolve_events(_without_increments(_conversions(keyed, articles))))
    buckets: dict[tuple[str, str, str], list[_Keyed]] = defaultdict(list)
    spans: _Spans = defaultdict(list)
    for item in keyed:
        buckets[(item.counts, item.event, item.subject)].append(item)
        spans[(item.order, item.figure.span.paragraph, item.counts)].append(
            (item.figure.span.start, item.figure.span.end))
    published = {article.id: article.meta.published for article in articles}
    groups = [_group(key, part, articles, published) for key, items in buckets.items()
              for part in (_by_context(items, articles, spans, loose=key[0] == "people" and bool(key[2]))
                           if _told_apart_by_context(key) else [items])]
    groups.sort(key=lambda g: (-len({v.article for v in g.values}), g.counts, g.event, g.subject))
    ids = unique_ids(g.id for g in groups)
    return tuple(dataclasses.replace(g, id=i) for g, i in zip(groups, ids, strict=True))


def _told_apart_by_context(key: tuple[str, str, str]) -> bool:
    """Whether a bucket's key can hold several claims: a count of things ('312 votes', '712 ballots',
    '€25,000') says nothing of which votes or what money. A count of what befell people has its incident
    and subject; a share, what it measures; a span of time, its anchor."""
    counts, _, subject = key
    # (a story may sentence several people: their terms are told apart by their clauses' words; and
    # passengers licensed, listed on a manifest and estimated aboard are three counts of passengers)
    measured = counts in MEASURES and subject and subject != PRISON_TERM
    converting = counts in MONEY and subject.startswith("as ")  # the amount converted is the claim
    personal = counts in PERSONAL and subject
    return counts not in INCIDENT_COUNTS and not measured and not converting and not personal


_Spans = dict[tuple[int, int, str], list[tuple[int, int]]]
"""(article order, paragraph, what is counted) -> where each such figure of that paragraph is."""


def _by_context(items: list[_Keyed], articles: tuple[Article, ...], spans: _Spans, loose: bool = False
                ) -> list[list[_Keyed]]:
    """The bucket as claims: the value most articles give, with the figures of other values whose
    sentences share enough words with its sentences; then the same with what is left, a few times; then
    each value left a claim of its own. ('by 312 votes' and 'by 321 votes' in sentences about the result
    are one claim told two ways; 'twenty-five votes moved in the recount' is another.) Each round is one
    pass over the figures left, as the dates' comparison makes its one. When the people counted are named
    ('passengers', 'the town of … people'), `loose`: MIN_CONTEXT shared words relate the figures, whatever
    the length of their clauses.)"""
    if len({item.figure.value for item in items}) < 2:
        return [items]  # one value, one claim: no sentence need be read
    stems = {id(item): _context_stems(item, articles, spans) for item in items}
    claims: list[list[_Keyed]] = []
    left = items
    for _ in range(CLAIM_ROUNDS):
        if len({item.figure.value for item in left}) < 2:
            return claims + [left] if left else claims
        claim, left = _claim_of_main_value(left, stems, loose)
        claims.append(claim)
    apart: dict[float, list[_Keyed]] = defaultdict(list)
    for item in left:
        apart[item.figure.value].append(item)
    return claims + [apart[v] for v in sorted(apart)]


def _claim_of_main_value(items: list[_Keyed], stems: dict[int, frozenset[str]], loose: bool = False
                         ) -> tuple[list[_Keyed], list[_Keyed]]:
    """The figures of the value most articles give, and those of other values told in the same words;
    and the rest."""
    values: dict[float, set[str]] = defaultdict(set)
    for item in items:
        values[item.figure.value].add(item.figure.span.article)
    main = min(values, key=lambda v: (-len(values[v]), v))
    seen: Counter[str] = Counter()
    for item in items:
        if item.figure.value == main:
            seen.update(stems[id(item)])
    floor = max(1, math.ceil(PROFILE_SHARE * sum(1 for i in items if i.figure.value == main)))
    profile = {s for s, n in seen.items() if n >= floor}
    claim: list[_Keyed] = []
    rest: list[_Keyed] = []
    told = [stems[id(item)] for item in items if item.figure.value == main]
    for item in items:
        found = stems[id(item)]
        shared = len(found & profile)
        # An article that gives the main value has told this claim: another value of its is another claim
        # ('lost by 312 votes' … 'the recount cut his lead to fewer than 300 votes'), unless in the same
        # words (a reprint that changed the figure, 'certified to carry 100 passengers', and kept the
        # quote with the source's 120)
        again = item.figure.span.article in values[main] and not any(_same_words(found, t) for t in told)
        # (loose, a clause of the counted noun alone, '… and 10 crew', is told in the claim's words)
        enough = shared >= MIN_CONTEXT or loose and found and found <= profile
        related = (enough and (loose or shared >= CONTEXT_SHARE * len(found))
                   and _near(item.figure.value, main) and not again)
        (claim if item.figure.value == main or related else rest).append(item)
    return claim, rest


def _same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two clauses are the same words (SAME_WORDS of their words shared)."""
    return bool(a) and len(a & b) >= SAME_WORDS * len(a | b)


def _near(value: float, main: float) -> bool:
    """Whether two values are within `MAX_RATIO` of each other (two zeros are; a zero and another not)."""
    low, high = sorted((abs(value), abs(main)))
    return high == 0 or low > 0 and high / low <= MAX_RATIO


def _context_stems(item: _Keyed, articles: tuple[Article, ...], spans: _Spans) -> frozenset[str]:
    """The words of the figure's clause: its sentence, up to where the sentence joins another clause
    (', and …'), and up to the punctuation between the figure and another figure of its kind in the
    sentence: 'ordered him to pay 61.3 million euros in compensation to the victims, and declared
    forfeit assets worth 23 million euros' holds two claims."""
    span = item.figure.span
    text = paragraph_text(articles[item.order], span.paragraph)
    if text is None:
        return frozenset()
    low, high = item.sentence
    others = spans.get((item.order, span.paragraph, item.counts), ())
    previous = max((end for start, end in others if low <= start and end <= span.start), default=None)
    following = min((start for start, end in others if start >= span.end and end <= high), default=None)
    before = text[previous if previous is not None else low:span.start]
    after = text[span.end:following if following is not None else high]
    before, after = CLAUSE_JOIN.split(before)[-1], CLAUSE_JOIN.split(after)[0]
    if previous is not None:
        before = _CLAUSE_END.split(before)[-1]
    if following is not None:
        after = _CLAUSE_END.split(after)[0]
    # An amount's own words ('1.2 million euros') are what every amount shares; a count's noun ('312
    # votes') is the one the bucket is about, and counts for the claim's words as it always did.
    own = "" if item.counts in MONEY else span.text
    return frozenset(content_stems(f"{before} {own} {after}"))


def normal_counts(counts: str) -> str:
    word = " ".join(words(counts))
    return COUNT_SYNONYMS.get(word, word)


def normal_subject(subject: str) -> str:
    """The head noun of the subject, singular and lower case; '' for 'people', 'others' and the like."""
    kept = [w for w in words(subject) if w not in _SUBJECT_SKIP and not w.isdigit()]
    if not kept or kept[-1] in GENERIC_SUBJECTS:
        return ""
    head = kept[-1]
    if len(head) > 3 and head.endswith("s") and not head.endswith("ss"):
        head = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    return head


def figure_event(text: str, start: int, end: int, bounds: tuple[int, int] | None = None) -> str:
    """The incident a figure is about: the nearest incident noun in its sentence (its `bounds`, when the
    caller has them), else the first one of its paragraph (the paragraph's topic); 'cumulative' for a
    count over a period; '' when nothing says. An outbreak's toll is counted over a period by nature:
    'cholera has killed 87 since late August' counts the outbreak's dead, as '91 deaths' does."""
    low, high = bounds or sentence_bounds(text, start)
    found = nearest_word(text, start, end, INCIDENT_WORDS, (low, high))
    if found == "outbreak":
        return found
    if CUMULATIVE.search(text, low, start) or CUMULATIVE.search(text, end, min(high, end + CUMULATIVE_REACH)):
        return "cumulative"
    if found:
        return found
    for match in WORD.finditer(text):
        topic = INCIDENT_WORDS.get(match.group().lower())
        if topic is not None and not names_a_service(text, match):
            return topic
    return ""


def percent_measure(text: str, end: int) -> str:
    """What a percentage measures, from the first content words of the rest of its clause: '87% said the
    PA had no right to arrest…' → 'pa right arrest'. A poll asks the same people several questions, so
    two shares of 'Palestinians' are one claim only when they answer the same one. Nothing when the rest
    is a phrase of circumstance: in '58.7% of the vote on a turnout of 46%' the share is of the vote."""
    rest = text[end:]
    stop = _CLAUSE_END.search(rest)
    found = words(rest[:stop.start()] if stop else rest)
    if found and found[0] in CIRCUMSTANCE:
        return ""
    kept = [w for w in found if w not in STOPWORDS and not w.isdigit()]
    return " ".join(kept[:MEASURE_WORDS])


def prison_term(text: str, start: int, end: int, bounds: tuple[int, int]) -> bool:
    """Whether a span of years or months is the term a court imposed: its clause has a word of sentencing
    ('sentenced to nine years in prison', 'a single penalty of nine years', 'eight years behind bars')."""
    low, high = bounds
    if SENTENCING.search(text, low, high) is None:  # the cheap test first: most sentences have none
        return False
    clause = _CLAUSE_END.split(text[low:start])[-1] + " " + _CLAUSE_END.split(text[end:high])[0]
    return SENTENCING.search(clause) is not None


def measure_anchor(text: str, start: int, end: int, bounds: tuple[int, int] | None = None) -> str:
    """What a duration or a distance belongs to: the last content word before it in its clause, else
    the first after it. 'had driven the route for 18 years' and 'went to Greece every autumn for twenty
    years' are two spans of time, not two claims of one; 'four cars about 18 metres into the water' and
    'five private cars some 22 metres into the river' are one claim told two ways."""
    low, high = bounds or sentence_bounds(text, start)
    before = _content_words(_CLAUSE_END.split(text[low:start])[-1])
    if before:
        return before[-1]
    after = _content_words(_CLAUSE_END.split(text[end:high])[0])
    return after[0] if after else ""


def _content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and w not in _QUALIFYING and not w[:1].isdigit()]


def _counted_names(kb: KnowledgeBase | None) -> dict[str, str]:
    """Each one-word term of the framing lexicon -> the first term of its group: the names an outlet may
    choose for the same people or things ('savers', 'retail clients' and 'investors'), so that counts of
    them are counts of one thing."""
    names: dict[str, str] = {}
    for group in kb.framing if kb else ():
        first = group.terms[0].label.casefold() if group.terms else ""
        for term in group.terms:
            for pattern in term.patterns:
                word = pattern.casefold()
                if " " not in word and first and " " not in first:
                    names.setdefault(word, first)
    return names


def _key(figure: Figure, order: int, article: Article, past: dict[int, list[tuple[int, int]]],
         names: dict[str, str] | None = None, days: DayMentions | None = None) -> _Keyed:
    span = figure.span
    text = paragraph_text(article, span.paragraph)
    if figure.counts in PERSONAL:
        # a named person's age or race time: the subject is the name, and nothing else is to be read
        return _Keyed(figure, order, figure.counts, "", figure.subject, (0, 0))
    counts, subject = normal_counts(figure.counts), normal_subject(figure.subject)
    if names and counts not in NOT_NAMES:
        counts = normal_counts(names.get(counts, counts))
    if text is None:
        return _Keyed(figure, order, counts, "", subject, (0, 0))
    bounds = sentence_bounds(text, span.start)  # once: every reading below is of this sentence
    event = figure_event(text, span.start, span.end, bounds)
    measure = percent_measure(text, span.end) if counts == "percent" else ""
    if measure:
        subject = f"{subject}: {measure}" if subject else measure
    elif counts in TERMS and prison_term(text, span.start, span.end, bounds):
        subject = PRISON_TERM
    elif counts in ANCHORED and subject in ("", normal_subject(counts), normal_subject(figure.counts)) \
            or counts == "percent" and not subject:
        # ('on a turnout of 46%': a share with nothing after it is named by the words before it)
        subject = measure_anchor(text, span.start, span.end, bounds)
    elif subject in (normal_subject(counts), normal_subject(figure.counts)):
        subject = ""  # '1.2 million euros' counts euros, as '€1.2m' does: the noun says nothing more
    elif counts in INCIDENT_COUNTS and subject.endswith("ed"):
        subject = ""  # '38 confirmed deaths': whose they are is not said (unlike 'suspected cases')
    year = _past_year(text, bounds, past[span.paragraph], opening_only=counts not in INCIDENT_COUNTS)
    if year is not None:
        return _Keyed(figure, order, counts, f"in {year}", subject, bounds, earlier=True)
    if counts not in INCIDENT_COUNTS:
        # The incident a sentence names tells apart counts of what befell people (the raid's dead, the
        # protest's); for a count of things it is only a word nearby ('1.4 million records' beside 'the
        # outage', '1.2 million records … so far'), which split one claim into rows: their words do that.
        event = ""
    told = told_day(text, bounds, span.start, span.end, days.get(span.paragraph, [])) if days else None
    return _Keyed(figure, order, counts, event, subject, bounds, told=told)


def _past_years(notes: Annotations, first_year: int) -> dict[int, list[tuple[int, int]]]:
    """Paragraph -> (offset, year) of each date of the article in a year before the story's first."""
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in notes.dates:
        if mention.date.year < first_year and not mention.relative:
            found[mention.span.paragraph].append((mention.span.start, mention.date.year))
    return found


def _past_year(text: str | None, bounds: tuple[int, int], years: Iterable[tuple[int, int]],
               opening_only: bool) -> int | None:
    """The year before the story that the sentence at `offset` dates its incident to: 'the Morandi bridge
    collapsed in 2018, killing 43 people' counts the dead of another disaster than the story's. Not a
    year the sentence measures against ('the worst since 2018', 'more than the 2018 disaster'). For
    counts of other things, only a year that opens the sentence ('In 2018, he won 58.7% of the vote'):
    in 'the bridge, built in 1978, carried 9,000 vehicles a day' the year dates the building alone."""
    if text is None:
        return None
    low, high = bounds
    for start, year in years:
        if not low <= start < high or not IN_YEAR.search(text, max(low, start - 40), start):
            continue
        if not opening_only or OPENING_YEAR.fullmatch(text, low, start):
            return year
    return None


CONVERSION = re.compile(r"\(\s*(?:approx(?:imately|\.)?|about|around|some|roughly|or|i\.e\.|~|≈)?\s*$",
                        re.IGNORECASE)
"""What opens an amount's conversion into another currency, right after it: 'Sh50 million ($385,000)',
'KES 50 million (approx. USD 385,000)'."""


def _conversions(items: list[_Keyed], articles: tuple[Article, ...]) -> list[_Keyed]:
    """An amount in brackets right after an amount of another currency converts it: its claim is that
    amount's ('dollars, as 50,000,000 shillings'), whatever words surround it, so that a conversion a
    tenth of the others' ('Sh50 million ($38,500)') conflicts with them."""
    money: dict[tuple[int, int], list[_Keyed]] = defaultdict(list)
    for item in items:
        if item.counts in MONEY:
            money[(item.order, item.figure.span.paragraph)].append(item)
    if not any(len(found) > 1 for found in money.values()):
        return items
    converted: dict[int, _Keyed] = {}
    for (order, paragraph), found in money.items():
        text = paragraph_text(articles[order], paragraph) or ""
        for item in found:
            opening = CONVERSION.search(text, 0, item.figure.span.start)
            source = opening and next((other for other in found if other.counts != item.counts
                                       and 0 <= opening.start() - other.figure.span.end <= 1), None)
            if source:
                subject = f"as {source.figure.value:,.0f} {source.counts}"
                converted[id(item)] = dataclasses.replace(item, subject=subject)
    return [converted.get(id(item), item) for item in items]


def _without_increments(items: list[_Keyed]) -> list[_Keyed]:
    """Leave out a step of a tally when the article gives a greater tally of the same count: in 'the death
    toll rose to 14 after divers recovered two more bodies', or 'divers brought in eight more bodies on
    Tuesday' two paragraphs from 'the toll rose to 31', the step is not a count of the dead to set
    against other articles' 14 or 31. (In 'nine were killed and 20 more were injured' the 'more' counts
    other people: a figure of another kind, kept.)"""
    steps = [INCREMENT.search(item.figure.span.text) is not None for item in items]
    if not any(steps):
        return items
    # (a step is less than its tally: 'another 20 Palestinians were wounded' beside '20 others injured' is
    # the same count said twice, kept)
    tallies: dict[tuple[int, str], float] = {}
    for item, step in zip(items, steps, strict=True):
        if not step:
            key = (item.order, item.counts)
            tallies[key] = max(tallies.get(key, -math.inf), item.figure.value)
    return [item for item, step in zip(items, steps, strict=True)
            if not (step and item.figure.value < tallies.get((item.order, item.counts), -math.inf))]


def _sentence_of(item: _Keyed) -> tuple[int, int, int]:
    return item.order, item.figure.span.paragraph, item.sentence[0]


def _resolve_events(items: list[_Keyed]) -> list[_Keyed]:
    """A figure whose sentence names no incident joins the incident of the same count and subject that
    the other articles name: the only one, or the one that at least two thirds of them name (an
    outbreak's toll, which one article's sentence ties to the floods before it)."""
    named: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for item in items:
        if item.event and not item.earlier:
            named[(item.counts, item.subject)][item.event].add(item.figure.span.article)
    chosen = {key: event for key, events in named.items() if (event := _dominant(events))}
    return [dataclasses.replace(item, event=chosen[(item.counts, item.subject)])
            if not item.event and (item.counts, item.subject) in chosen else item for item in items]


def _dominant(events: dict[str, set[str]]) -> str | None:
    """The event named by at least two thirds of the articles that name one for a count (by article)."""
    total = len(set().union(*events.values()))
    event = min(events, key=lambda e: (-len(events[e]), e))
    return event if len(events[event]) * 3 >= total * 2 else None


def _resolve_subjects(items: list[_Keyed]) -> list[_Keyed]:
    """'20 others injured' counts the same people as '20 Palestinians wounded' in the same incident:
    a generic subject joins the subject most articles use for that count and incident."""
    seen: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for counts, event, subject, _ in {(i.counts, i.event, i.subject, i.figure.span.article) for i in items}:
        # (one person's age is no one else's; a conversion of one amount, no other amount's)
        if subject and counts not in ANCHORED and counts not in PERSONAL and not subject.startswith("as "):
            seen[(counts, event)][subject] += 1
    resolved = []
    for item in items:
        common = seen.get((item.counts, item.event))
        if not item.subject and common and item.counts not in ANCHORED:
            item = dataclasses.replace(item, subject=min(common, key=lambda s: (-common[s], s)))
        resolved.append(item)
    return resolved


def _group(key: tuple[str, str, str], items: list[_Keyed], articles: tuple[Article, ...],
           published: dict[str, dt.date]) -> FigureGroup:
    items = sorted(items, key=lambda i: (i.order, i.figure.span.paragraph, i.figure.span.start, i.figure.id))
    values = tuple(_value(i.figure, i.told) for i in items)
    first = items[0].figure.span
    text = paragraph_text(articles[items[0].order], first.paragraph)
    counts, event, subject = key
    return FigureGroup(
        id=f"fig-{slug(counts)}-{slug(event or 'any')}-{slug(subject or 'all')}", counts=counts, event=event,
        subject=subject, status=_status(values, counts, event, published), parts_status=_parts_status(values),
        values=values,
        tally=_tally(values), example=sentence_at(text, first.start) if text is not None else first.text)


def _value(figure: Figure, told: dt.date | None = None) -> FigureValue:
    return FigureValue(article=figure.span.article, value=figure.value, figure=figure.id,
                       qualifier=figure.qualifier, paragraph=figure.span.paragraph, text=figure.span.text,
                       parts=figure.parts, told=told)


def value_range(value: float, qualifier: str) -> tuple[float, bool, float, bool]:
    """The values a qualified figure allows, as (low, low excluded, high, high excluded): 'more than 30'
    allows (30, ∞), 'about 100' allows [90, 110]."""
    if qualifier == "at least":
        return value, False, math.inf, False
    if qualifier == "more than":
        return value, True, math.inf, False
    if qualifier == "about":
        return value * (1 - ABOUT), False, value * (1 + ABOUT), False
    if qualifier == "at most":
        return -math.inf, False, value, False
    if qualifier == "fewer than":
        return -math.inf, False, value, True
    return value, False, value, False


def compatible(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Whether two qualified values can both be true."""
    low_a, open_low_a, high_a, open_high_a = value_range(*a)
    low_b, open_low_b, high_b, open_high_b = value_range(*b)
    return _below(low_a, open_low_a, high_b, open_high_b) and _below(low_b, open_low_b, high_a, open_high_a)


def _below(low: float, low_open: bool, high: float, high_open: bool) -> bool:
    return low < high or (low == high and not low_open and not high_open)


def _status(values: tuple[FigureValue, ...], counts: str, event: str,
            published: dict[str, dt.date]) -> Status:
    distinct = sorted({(v.value, v.qualifier) for v in values})
    clash = any(not compatible(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1:])
    if not clash:
        return "agree"
    if (counts in GROWING or event == "cumulative" and counts in INCIDENT_COUNTS) \
            and _day_by_day(values, published, rising=True):
        return "updated"
    if counts in FALLING and _day_by_day(values, published, rising=False):
        return "fell"
    return "conflict"


def _day_by_day(values: tuple[FigureValue, ...], published: dict[str, dt.date], rising: bool) -> bool:
    """Whether a count's values rose (a toll) or fell (the missing) from one day to the next: read in the
    order of the days they are told of, the values of each day are compatible with one another and none
    is lower (when rising; higher when falling) than a value of a day before. A value whose clause names
    its day is of that day ('seven infants as of May 14'). An article that also tells the count without
    a day tells it as of its publication day, and its latest value is that day's: its highest when rising
    ('up from three' is the past), its lowest when falling. Articles of one day that disagree conflict (9
    against 10), and so does a later report that goes back (a reprint with a stale figure). Sorting by
    day makes it linear in the values."""
    by_day: dict[dt.date, list[tuple[float, str]]] = defaultdict(list)
    latest: dict[str, tuple[float, str]] = {}
    undated: set[str] = set()
    for value in values:
        if value.told is not None:
            by_day[value.told].append((value.value, value.qualifier))
        else:
            undated.add(value.article)
        known = latest.get(value.article)
        if known is None or (value.value > known[0] if rising else value.value < known[0]):
            latest[value.article] = (value.value, value.qualifier)
    for article in undated:
        if article not in published:
            return False
        by_day[published[article]].append(latest[article])
    if len(by_day) < 2:
        return False
    before = -math.inf if rising else math.inf
    for day in sorted(by_day):
        day_values = sorted(by_day[day])
        low, high = day_values[0], day_values[-1]
        if not compatible(low, high) or (low[0] < before if rising else high[0] > before):
            return False
        before = high[0] if rising else low[0]
    return True


def _parts_status(values: tuple[FigureValue, ...]) -> PartsStatus:
    """Breakdowns conflict when two articles give different numbers at the same rank (largest part first)."""
    breakdowns: dict[str, tuple[float, ...]] = {}
    for value in values:
        if value.parts and value.article not in breakdowns:
            breakdowns[value.article] = tuple(sorted((p.value for p in value.parts), reverse=True))
    distinct = sorted(set(breakdowns.values()))
    if len(breakdowns) < 2:
        return "none"
    clash = any(x != y for i, a in enumerate(distinct) for b in distinct[i + 1:]
                for x, y in zip(a, b, strict=False))
    return "conflict" if clash else "agree"


def _tally(values: tuple[FigureValue, ...]) -> tuple[FigureTally, ...]:
    by_value: dict[tuple[float, str], list[str]] = defaultdict(list)
    for value in values:
        articles = by_value[(value.value, value.qualifier)]
        if value.article not in articles:
            articles.append(value.article)
    tallies = [FigureTally(v, q, tuple(a)) for (v, q), a in by_value.items()]
    return tuple(sorted(tallies, key=lambda t: (-len(t.articles), t.value, t.qualifier)))
