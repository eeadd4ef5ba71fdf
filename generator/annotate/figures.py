"""Figures: counts with what they count, found by a small grammar of English news sentences.

A figure is a number (see `numbers`) with, around it:

- a qualifier before it ('at least', 'more than', 'some', 'nearly', 'up to') or after it ('or more');
- what it counts: a unit ('72 percent', 'three days'), a noun phrase ('nine Palestinians', '20 others')
  and the verb that says what happened to them, after ('were killed', ', mostly militants, were
  killed', '20 others injured') or before ('killed 19 people', 'the killing of nine Palestinians',
  'arrested more than 2,500 suspects'); or a noun that says it ('nine deaths', 'six attacks');
- its parts: ', including eight terrorists and one civilian', ', eight of whom were terrorists',
  ', four of them seriously'. Counts joined by 'and' under one verb ('8 terrorists and one civilian were
  killed') are one figure, their sum, with each count as a part.

A number with nothing to count is not a figure ('One, we understand…', 'on the one hand'), nor are
years, days of a month, times, ordinals and labels ('Chapter 7').
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from generator.annotate.counted import (
    ABBREVIATED_UNITS,
    ACTIVE,
    CURRENCIES,
    DETERMINERS,
    NOUNS,
    PERSONS,
    PRONOUNS,
    UNITS,
    VERBS,
    VOLUMES,
    Phrase,
    article_one,
    counted,
    currency_sign,
    noun_counts,
    noun_phrase,
    subject,
)
from generator.annotate.countlists import CountLists
from generator.annotate.numbers import (
    Number,
    Tok,
    find_numbers,
    is_year,
    low,
    may_have_numbers,
    number_at,
    parse_number,
    text_of,
    tokenize,
    words_at,
)
from generator.model import Article, Figure, FigurePart, Qualifier, Span

_Q: dict[str, Qualifier] = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least", "not less than": "at least",
    "more than": "more than", "over": "more than", "upwards of": "more than", "in excess of": "more than",
    "just over": "more than",
    "up to": "at most", "as many as": "at most", "at most": "at most", "no more than": "at most",
    "not more than": "at most", "a maximum of": "at most",
    "fewer than": "fewer than", "less than": "fewer than", "just under": "fewer than",
    "about": "about", "around": "about", "some": "about", "nearly": "about", "almost": "about",
    "approximately": "about", "roughly": "about", "an estimated": "about", "estimated": "about",
    "close to": "about", "circa": "about", "approx": "about",
}
QUALIFIERS: dict[str, list[tuple[tuple[str, ...], Qualifier]]] = {}
"""Qualifiers by their last word (the one right before the number), longest first."""
for _phrase in sorted(_Q, key=lambda q: -len(q.split())):
    QUALIFIERS.setdefault(_phrase.split()[-1], []).append((tuple(_phrase.split()), _Q[_phrase]))
AFTER_QUALIFIERS: dict[tuple[str, ...], Qualifier] = {("or", "more"): "at least", ("or", "so"): "about",
                                                      ("+",): "at least", ("plus",): "at least"}
LEADS = (("another",), ("a", "further"), ("an", "additional"), ("a", "total", "of"))
"""Words before a number that belong to the figure without qualifying its value."""
LEAD_ENDS = frozenset(lead[-1] for lead in LEADS)
PHRASES: dict[str, dict[tuple[str, ...], str]] = {
    "shot": {("shot", "dead"): "killed", ("shot", "and", "killed"): "killed"},
    "lost": {("lost", "their", "lives"): "killed"},
    "taken": {("taken", "into", "custody"): "arrested", ("taken", "hostage"): "abducted"},
}
"""Verb phrases after the counted noun, by their first word."""
RELATIVE = frozenset(("who", "that"))
LIVES = frozenset(("lives", "life"))
TAKES_LIVES = frozenset("claimed claiming claims cost costing took taking taken".split())
"""Verbs before 'N lives' that make them a count of the dead ('has claimed 91 lives'); not 'saved'."""
OF_NOUNS = {"killing": "killed", "killings": "killed", "death": "killed", "deaths": "killed",
            "murder": "killed", "murders": "killed", "massacre": "killed", "slaying": "killed",
            "wounding": "injured", "arrest": "arrested", "arrests": "arrested", "detention": "arrested",
            "capacity": "capacity"}
"""'the killing of nine Palestinians', 'a capacity of 38,000'."""
CAPACITY = "capacity"
"""How many a place holds: 'a capacity of 38,000', 'the capacity of the stadium is 42,000 spectators' are one
count, whatever noun follows the number."""
PREVENTION = frozenset("thwarted foiled prevented averted intercepted stopped blocked".split())
"""An attack thwarted did not happen: its count must not be compared with attacks that did."""
AUX = frozenset("""were was are is have has had been being be reportedly also all both later subsequently
allegedly reported confirmed believed feared found left said to since then may might could would will
remain remained remains still""".split())
FILLERS = frozenset("""were was are is been being be identified described named reported said believed
confirmed listed as to have had who later subsequently reportedly also""".split())
LABELS = frozenset("""chapter article resolution section route highway road gate building room flight page
paragraph clause amendment level phase stage unit block zone area division brigade battalion platform line
bus number no vol volume part appendix annex figure table exit terminal hall ward bed channel season episode
round category grade class type model version""".split())
MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
END = frozenset('.;:!?"()[]')
TALLY_LINKS = frozenset("to at reached reaches hit hits topped tops passed passes exceeded exceeds surpassed "
                        "is was stands stood now".split())
"""Words right before the value of a tally named earlier in its clause ('the death toll … rose to 14')."""
TALLY_REACH = 30
"""How far back (in tokens) the tally's name may be: its subject may carry a phrase or two."""


@dataclass(frozen=True)
class Found:
    """A figure of one paragraph, by token: [first, last) is its span."""

    first: int
    last: int
    value: float
    qualifier: Qualifier
    counts: str
    subject: str
    parts: tuple[FigurePart, ...] = ()


def find_figures(article: Article) -> tuple[Figure, ...]:
    """Every figure of the article, in reading order, with ids `<article>-f1`, `-f2`…"""
    figures: list[Figure] = []
    for index, text in enumerate(article.paragraphs):
        if not may_have_numbers(text):
            continue  # tokenizing is most of the work, and most paragraphs count nothing
        toks = tokenize(text)
        for found in paragraph_figures(toks):
            start, end = toks[found.first].start, toks[found.last - 1].end
            span = Span(article.id, index, start, end, text[start:end])
            figures.append(Figure(f"{article.id}-f{len(figures) + 1}", span, found.value, found.qualifier,
                                  found.counts, found.subject, found.parts))
    return tuple(figures)


def paragraph_figures(toks: list[Tok]) -> list[Found]:
    """The figures of one paragraph's tokens, in order and never overlapping (a mark cannot cross another)."""
    numbers = [n for n in find_numbers(toks) if _countable(toks, n)]
    lists = CountLists(toks)
    used: set[int] = set()
    found: list[Found] = []
    for number in numbers:
        if number.first in used or found and number.first < found[-1].last:
            continue
        figure = _figure(toks, number, lists, used)
        if figure is not None and found and figure.first < found[-1].last:
            # 'nine were killed 20 …': the verb before this one already ends the previous figure
            figure = dataclasses.replace(figure, first=number.first)
        if figure is not None:
            found.append(figure)
    return found


def _figure(toks: list[Tok], number: Number, lists: CountLists, used: set[int]) -> Found | None:
    first, qualifier, body = _qualifier(toks, number)
    noun = counted(toks, number, body)
    qualifier, tail = _trailing_qualifier(toks, qualifier, noun.last)
    chain = lists.chain(number, noun)
    early, early_used, past = _parts(toks, noun.last, "", skip=False)
    after = _verb_after(toks, past + 1 if early and low(toks, past) == "," else chain.end)
    before = _verb_before(toks, first)
    if chain.length > 1 and (after and after[0] or before and before[0] not in PREVENTION):
        return _sum(toks, lists.counts(chain), first, qualifier, after, before, used)
    counts = _counts(toks, noun, after, before)
    if counts is None or (toks[number.first].low == "one" and not (after and after[0] or before)):
        return None
    if before is not None:
        first = min(first, before[1])
    last = max(tail, after[1] if after else 0)
    parts, consumed, _ = _parts(toks, last, counts)
    if early and after:
        parts, consumed = early, early_used  # 'Ten people, including two children, were killed'
    used.update(consumed)
    whole = _whole_of_one(toks, number)
    # ('He was one of eight people who lost their lives': the eight lost them; he is one of them)
    value = (whole or number).value * VOLUMES.get(noun.head, 1.0)  # a volume in cubic metres, however written
    fahrenheit = _fahrenheit(toks, noun)
    if fahrenheit is not None:
        value, last = round((value - 32) * 5 / 9, 1), max(last, fahrenheit)
    if counts == "years" and last == noun.last:
        last, value = _and_months(toks, last, value)
    if noun.head in LIVES and low(toks, first - 1) in TAKES_LIVES:
        return Found(first - 1, last, value, qualifier, "killed", "", parts)  # 'claimed 91 lives'
    return Found(first, last, value, qualifier, counts, subject(toks, noun), parts)


def _whole_of_one(toks: list[Tok], number: Number) -> Number | None:
    """The whole that 'one of' is a part of, when a number: 'one of [the] eight people who died'."""
    if toks[number.first].low != "one" or low(toks, number.last) != "of":
        return None
    j = number.last + 1 + (low(toks, number.last + 1) in DETERMINERS)
    return parse_number(toks, j) if j < len(toks) else None


def _fahrenheit(toks: list[Tok], noun: Phrase) -> int | None:
    """Where a temperature in degrees Fahrenheit ends ('158 degrees Fahrenheit', '158°F'), which is then
    counted in degrees Celsius, as the rest of the world writes it (70): None for another count."""
    if noun.head != "degrees":
        return None
    if low(toks, noun.last) == "fahrenheit":
        return noun.last + 1
    return noun.last if low(toks, noun.last - 1) == "f" else None


def _and_months(toks: list[Tok], last: int, years: float) -> tuple[int, float]:
    """'four years and six months' (or 'and a half') is one span of time, four and a half years: the
    months are part of it, not a figure of their own. Returns the figure's end and value, unchanged when
    no months follow."""
    if words_at(toks, last, ("and", "a", "half")):  # 'four years and a half'
        return last + 3, years + 0.5
    months = number_at(toks, last + 1) if low(toks, last) == "and" else None
    if months is None or low(toks, months.last) not in ("month", "months") or not 0 < months.value < 12:
        return last, years
    return months.last + 1, years + months.value / 12


def _counts(toks: list[Tok], noun: Phrase, after: tuple[str, int] | None,
            before: tuple[str, int] | None) -> str | None:
    """What the figure counts, from the strongest clue: a unit, the verb after, the verb before, the noun."""
    if noun.head in UNITS:
        # (past an abbreviation's dot, '13 hr. ago'; not a sentence's, 'lasted 13 hours. Later …')
        after = noun.last + (low(toks, noun.last) == "." and noun.head in ABBREVIATED_UNITS)
        if low(toks, after) in ("ago", "later", "earlier"):
            return None  # 'two days later' says when, not how long: the dates annotator's
        return "age" if low(toks, noun.last) == "old" else UNITS[noun.head]
    if noun.head in CURRENCIES:
        return CURRENCIES[noun.head]
    if after and after[0]:
        return after[0]
    if before and before[0] not in PREVENTION:
        return before[0]
    counts = noun_counts(toks, noun)
    if counts and before:
        return f"{counts} {before[0]}"
    return counts


def _sum(toks: list[Tok], chain: list[tuple[Number, Phrase]], first: int, qualifier: Qualifier,
         after: tuple[str, int] | None, before: tuple[str, int] | None, used: set[int]) -> Found:
    """'8 terrorists and one civilian were killed': one figure, the sum, each count a part."""
    counts = after[0] if after and after[0] else before[0]  # type: ignore[index]
    used.update(n.first for n, _ in chain)
    parts = tuple(FigurePart(n.value, text_of(toks, p.first, p.last)) for n, p in chain)
    qualifiers = {qualifier} | {_qualifier(toks, n)[1] for n, _ in chain[1:]}
    combined: Qualifier = "exact" if qualifiers == {"exact"} else (
        "at least" if qualifiers <= {"exact", "at least", "more than"} else "about")
    if before is not None:
        first = min(first, before[1])
    last = max(chain[-1][1].last, after[1] if after else 0)
    return Found(first, last, sum(n.value for n, _ in chain), combined, counts, "", parts)


def _countable(toks: list[Tok], number: Number) -> bool:
    """Not a year, a day of a month, a time or a label."""
    before, after = low(toks, number.first - 1), low(toks, number.last)
    if number.numeral and (before in MONTHS or after in MONTHS or after == "of" and
                           low(toks, number.last + 1) in MONTHS):
        return False
    if (is_year(toks, number) and after not in UNITS and after not in PERSONS
            and _qualifier(toks, number)[1] == "exact"):
        return False
    if after in ("a", "p") and low(toks, number.last + 1) == "." or after in ("am", "pm", "gmt", "o'clock"):
        return False
    return not (number.numeral and before in LABELS or before == "#")


def _qualifier(toks: list[Tok], number: Number) -> tuple[int, Qualifier, int]:
    """The first token of the figure (its qualifier, lead word or currency sign), the qualifier, and the
    token where what is counted starts (after an 'or more' written right after the number)."""
    first = number.first
    sign = currency_sign(toks, number)
    if sign is not None:
        first = sign
    for lead in LEADS if low(toks, first - 1) in LEAD_ENDS else ():
        if words_at(toks, first - len(lead), lead):
            first -= len(lead)
            break
    for words, qualifier in QUALIFIERS.get(low(toks, first - 1), ()):
        if words_at(toks, first - len(words), words):
            return first - len(words), qualifier, number.last
    for words, qualifier in AFTER_QUALIFIERS.items():
        if words_at(toks, number.last, words):
            return first, qualifier, number.last + len(words)
    return first, "at least" if number.vague else "exact", number.last


def _trailing_qualifier(toks: list[Tok], qualifier: Qualifier, end: int) -> tuple[Qualifier, int]:
    """'2,000 families or more': a qualifier after the counted noun, and the end of the figure's words."""
    for words, trailing in AFTER_QUALIFIERS.items():
        if qualifier == "exact" and words[0] == "or" and words_at(toks, end, words):
            return trailing, end + len(words)
    return qualifier, end


def _verb_after(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """What happened to them, after the counted noun: (class, token after the verb). A relative pronoun
    may come first: 'eight people who lost their lives', 'three that were injured'."""
    i = _skip_apposition(toks, i)
    if low(toks, i) in RELATIVE:
        i += 1
    j = i
    while (low(toks, j) in AUX or low(toks, j).endswith("ly") and j > i) and j - i < 5:
        j += 1  # 'were killed', 'had been evacuated', 'were lightly wounded'
    for words, counts in PHRASES.get(low(toks, j), {}).items():
        if words_at(toks, j, words):
            return counts, j + len(words)
    word = low(toks, j)
    if word not in VERBS:
        # 'were fired': no class, but the verb belongs to the figure (and parts may follow it)
        return ("", j + 1) if j > i and word.endswith(("ed", "en")) and toks[j - 1].low in AUX else None
    if j == i and _active_object(toks, j + 1):
        return None
    return VERBS[word], j + 1


def _active_object(toks: list[Tok], i: int) -> bool:
    """'three gunmen killed two soldiers': the verb has an object, so the gunmen were not killed."""
    if i >= len(toks):
        return False
    return toks[i].low in DETERMINERS or parse_number(toks, i) is not None or toks[i].text[0].isupper()


def _skip_apposition(toks: list[Tok], i: int) -> int:
    """Past ', mostly members of the terror group,' when a verb follows it."""
    if low(toks, i) != ",":
        return i
    for j in range(i + 1, min(i + 14, len(toks))):
        if toks[j].text in END or parse_number(toks, j) is not None:
            return i
        if toks[j].text == ",":
            nxt = low(toks, j + 1)
            return j + 1 if nxt in AUX or nxt in VERBS else i
    return i


def _verb_before(toks: list[Tok], first: int) -> tuple[str, int] | None:
    """What happened, before the number: 'killed 19', 'the killing of nine', 'the death toll rose to 30'."""
    word = low(toks, first - 1)
    if word in ACTIVE:
        return ACTIVE[word], first - 1
    if word in PREVENTION:
        return word, first - 1
    if word == "of" and low(toks, first - 2) in OF_NOUNS:
        return OF_NOUNS[low(toks, first - 2)], first - 2
    for back in range(first - 1, max(first - 5, 0), -1):
        if toks[back].text in END or toks[back].text == ",":
            break
        if toks[back].low == "toll" and low(toks, back - 1) == "death":
            return "killed", back - 1
    return _tally_before(toks, first)


def _tally_before(toks: list[Tok], first: int) -> tuple[str, int] | None:
    """A count named by the subject of its clause, however far: 'the death toll from the collapse of a road
    bridge in northern Greece rose to 14', 'the number of people killed in Sunday's collapse rose to 15'.
    Only after a word that gives the tally its value ('rose to', 'stood at', 'reached'), so that a number
    of the clause's own ('the death toll, 14 more than …') is not taken for it. The figure starts at that
    word ('rose to 14'): a mark over the whole clause would cover the names and dates in it."""
    link = low(toks, first - 1)
    if link not in TALLY_LINKS:
        return None
    start = first - 2 if link in ("to", "at") and first >= 2 else first - 1
    for back in range(first - 2, max(first - TALLY_REACH, 0) - 1, -1):
        if toks[back].text in END or toks[back].text == ",":
            return None
        word = toks[back].low
        if word == "toll" and low(toks, back - 1) in ("death", "the", "its"):
            return "killed", start
        if word == CAPACITY:
            return CAPACITY, start
        if word == "number" and low(toks, back + 1) == "of":
            counts = _tallied(toks, back + 2)
            if counts:
                return counts, start
    return None


def _tallied(toks: list[Tok], i: int) -> str | None:
    """What 'the number of …' counts: 'people killed', 'dead', 'deaths', 'those injured'."""
    for j in range(i, min(i + 3, len(toks))):
        word = toks[j].low
        if word in VERBS or word in NOUNS:
            return VERBS.get(word) or NOUNS[word]
    return None


def _parts(toks: list[Tok], i: int, counts: str,
           skip: bool = True) -> tuple[tuple[FigurePart, ...], set[int], int]:
    """', including eight terrorists and one civilian', ', eight of whom were terrorists': the parts, the
    first tokens of their numbers, and the token after them."""
    i = _skip_phrase(toks, i) if skip else i
    j = i + (low(toks, i) == ",")
    if low(toks, j) == "including":
        j += 1
    elif low(toks, j) == "among" and low(toks, j + 1) in PRONOUNS:
        j += 2
    elif not (j > i and _partitive(toks, j)):
        return (), set(), i
    parts, used = [], set()
    while (number := number_at(toks, j) or article_one(toks, j)) is not None:
        label, j = _part_label(toks, number.last, counts)
        if not label:
            break
        parts.append(FigurePart(number.value, label))
        used.add(number.first)
        k = j + (low(toks, j) == ",")
        k += low(toks, k) == "and"
        if k == j or (number_at(toks, k) or article_one(toks, k)) is None:
            break
        j = k
    return tuple(parts), used, j


def _skip_phrase(toks: list[Tok], i: int) -> int:
    """Past 'in the blast' to the comma before a breakdown: 'Six died in the blast, including two…'."""
    for j in range(i, min(i + 8, len(toks))):
        if toks[j].text == ",":
            nxt = low(toks, j + 1)
            return j if nxt in ("including", "among") or _partitive(toks, j + 1) else i
        if toks[j].text in END or toks[j].low in ("and", "but", "while", "when") or number_at(toks, j):
            return i
    return i


def _partitive(toks: list[Tok], j: int) -> bool:
    """'eight of whom', 'four of them'."""
    number = number_at(toks, j)
    return number is not None and low(toks, number.last) == "of" and low(toks, number.last + 1) in PRONOUNS


def _part_label(toks: list[Tok], i: int, counts: str) -> tuple[str, int]:
    """What a part counts: its noun phrase, or the words after 'of whom/of them', e.g. 'seriously injured'."""
    noun = noun_phrase(toks, i)
    if noun.head and not (low(toks, i) == "of"):
        return text_of(toks, noun.first, noun.last), noun.last
    j = i + 2 if low(toks, i) == "of" and low(toks, i + 1) in PRONOUNS else i
    while low(toks, j) in FILLERS:
        j += 1
    end = j
    while end < len(toks) and end - j < 5 and toks[end].text not in END and toks[end].text != "," and not (
            toks[end].low == "and" and end + 1 < len(toks) and parse_number(toks, end + 1)):
        end += 1
    label = text_of(toks, j, end) if end > j else ""
    if end - j == 1 and label.lower().endswith("ly"):
        label = f"{label} {counts}".strip()
    return label, end
