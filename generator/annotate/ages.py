"""Ages of named people: a claim outlets often disagree on, and one a reader checks person by person.

An age is read only where the text ties it to a person the knowledge base knows, right beside a mention:

- after the name: 'Héritier Kabongo, 31, a shoe trader', 'Odiambo, 54, sells fish', 'Owino (46)',
  'Owino, aged 46,', 'Rose Odhiambo, a 52-year-old fish trader';
- before it: 'the 52-year-old fish trader Rose Odhiambo', '46-year-old Joseph Owino';
- in a sentence of its own after the name, by the person's pronoun in the knowledge base: 'At 2 in the
  morning my uncle found Rizky. He was 15.' (only when the last person named before it, in its paragraph
  or the one before, is that person: otherwise whose age it is would be a guess).

Each is a figure counting AGE whose subject is the person's canonical name, so that the comparison puts
one person's ages side by side and never two people's. An age with no name beside it ('the 28-year-old',
'she's 29' after two women) is left alone: whose it is would be a guess.
"""

from __future__ import annotations

import re

from generator.model import Article, Figure, KnowledgeBase, Mention, Span

AGE = "age"
OLDEST = 119
AGE_VERBS = "and|who|is|was|has|had|said|says|told|tells|lives|lived|works|worked|sells|sold|runs|ran|died"
"""Words that may follow 'Name, 54' when the number is the age ('Odiambo, 54, sells fish', 'Owino, 46 and
…'); a noun would make it a count ('Owino, 14 passengers …')."""
AFTER_NAME = re.compile(
    rf",\s+(?:aged\s+)?(?P<age>\d{{1,3}})(?=[,;:)]|\.(?!\d)|\s+(?:{AGE_VERBS})\b)"
    r"|\s+\((?:aged\s+)?(?P<bracketed>\d{1,3})\)"
    r"|,\s+(?:a|an|the)\s+(?P<glued>\d{1,3})-year-old\b")
"""What follows a name to give the age: ', 31,' (before a comma, a full stop or a verb: not ', 28 March'),
' (46)', ', a 52-year-old'."""
BEFORE_NAME = re.compile(r"\b(?P<glued>\d{1,3})-year-old(?:\s+[a-z][\w'’-]*){0,3}\s+$")
"""An age before a name, with at most three lower-case words of description between: '52-year-old fish
trader Rose Odhiambo'."""
REACH = 60
"""Characters before a name searched for an age (three words of description and the age)."""
PRONOUN_AGE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<pronoun>He|She)\s+(?:was|is)\s+(?:only\s+|just\s+)?"
                         r"(?P<age>\d{1,3})(?:\s+years\s+old)?(?=[.!])")
"""A sentence that gives an age by pronoun alone: 'He was 15.', 'She is only 9 years old.'"""


def find_ages(article: Article, mentions: tuple[Mention, ...], kb: KnowledgeBase) -> tuple[Figure, ...]:
    """The age given beside each mention of a person, in text order, ids `<article>-age1`, `-age2`…"""
    names = {e.id: e.name for e in kb.entities if e.type == "person"}
    found: list[tuple[int, int, int, int, str]] = []
    for mention in mentions:
        name = names.get(mention.entity)
        if name is None:
            continue
        text = article.paragraphs[mention.span.paragraph]
        age = _age_after(text, mention.span.end) or _age_before(text, mention.span.start)
        if age is not None:
            found.append((mention.span.paragraph, *age, name))
    found += _ages_by_pronoun(article, [m for m in mentions if m.entity in names], kb)
    return tuple(_figure(article, n, *age) for n, age in enumerate(sorted(set(found)), start=1))


def _figure(article: Article, n: int, paragraph: int, start: int, end: int, age: int, name: str) -> Figure:
    span = Span(article.id, paragraph, start, end, article.paragraphs[paragraph][start:end])
    return Figure(f"{article.id}-age{n}", span, float(age), "exact", AGE, name)


def _age_after(text: str, end: int) -> tuple[int, int, int] | None:
    """(start, end, age) of an age right after a name ending at `end`."""
    match = AFTER_NAME.match(text, end)
    if match is None:
        return None
    group = next(g for g in ("age", "bracketed", "glued") if match.group(g) is not None)
    return _plausible(match.start(group), match.end(group) + (len("-year-old") if group == "glued" else 0),
                      int(match.group(group)))


def _age_before(text: str, start: int) -> tuple[int, int, int] | None:
    """(start, end, age) of an age that describes the name starting at `start`."""
    low = max(0, start - REACH)
    match = BEFORE_NAME.search(text[low:start])
    if match is None:
        return None
    first = low + match.start("glued")
    return _plausible(first, first + len(match.group("glued")) + len("-year-old"), int(match.group("glued")))


def _plausible(start: int, end: int, age: int) -> tuple[int, int, int] | None:
    return (start, end, age) if 0 < age <= OLDEST else None


def _ages_by_pronoun(article: Article, people: list[Mention], kb: KnowledgeBase
                     ) -> list[tuple[int, int, int, int, str]]:
    """(paragraph, start, end, age, name) of each age a sentence gives by pronoun ('He was 15.') of the
    last person named before it, in its paragraph or the one before, when the knowledge base gives that
    person the same pronoun."""
    entities = {e.id: e for e in kb.entities}
    found = []
    for paragraph, text in enumerate(article.paragraphs):
        for match in PRONOUN_AGE.finditer(text):
            before = [m for m in people if m.span.paragraph == paragraph - 1
                      or m.span.paragraph == paragraph and m.span.end <= match.start()]
            if not before:
                continue
            last = max(before, key=lambda m: (m.span.paragraph, m.span.start))
            person = entities[last.entity]
            age = _plausible(match.start("age"), match.end("age"), int(match.group("age")))
            if person.pronoun == match.group("pronoun").lower() and age is not None:
                found.append((paragraph, *age, person.name))
    return found
