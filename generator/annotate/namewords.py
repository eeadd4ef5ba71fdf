"""Words as names are written: capitalised, with lowercase particles inside ('Saleh al-Arouri',
'Voice of Palestine'), shared by the entity and candidate finders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

POSSESSIVE = ("'s", "’s")
"""The possessive ending cut from a name ('Abbas’s' → 'Abbas')."""
PARTICLES = frozenset("al el ad ar as an at az bin ibn bint abu abd de del der da di du la le van von"
                      .split())
"""Lowercase words that belong inside a name ('Saleh al Arouri', 'Ursula von der Leyen')."""
CONNECTORS = frozenset("of for and the de del der da di du la le van von al el bin ibn".split())
"""Lowercase words inside a name ('Voice of Palestine', 'Center for Policy and Survey Research')."""
LOWER_NAME_WORDS = PARTICLES | CONNECTORS


class Word(NamedTuple):
    """A word of a paragraph, where it is (a named tuple: every paragraph makes many, and a tuple is quicker
    to make than a frozen dataclass)."""

    start: int
    end: int
    text: str
    """The word without a possessive ending."""


def capitalised_words(lowercase: frozenset[str]) -> re.Pattern[str]:
    """Words that start with a capital, or are one of `lowercase` (alone or before a hyphen).

    Only these are looked at (the regex skips the rest at C speed); a word skipped between two of
    them shows as a gap that is not a single space, which ends a run.
    """
    listed = "|".join(sorted(lowercase, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:[^\W\d_a-z]|(?:{listed})(?=[-\s]))(?:[\w'’-]*\w)?")


NAME_OR_PARTICLE = capitalised_words(PARTICLES)
NAME_OR_CONNECTOR = capitalised_words(CONNECTORS)


def words(text: str, pattern: re.Pattern[str]) -> Iterator[Word]:
    """The capitalised words (and listed lowercase ones) that `pattern` finds, a possessive cut."""
    for match in pattern.finditer(text):
        word = match.group()
        if word.endswith(POSSESSIVE):
            word = word[:-2]
        if word[:1].isupper() or not word[:1].isalpha() or word.split("-")[0] in LOWER_NAME_WORDS:
            yield Word(match.start(), match.start() + len(word), word)


def name_runs(text: str) -> list[list[Word]]:
    """Runs of capitalised words (with lowercase name particles inside) separated by single spaces."""
    runs: list[list[Word]] = [[]]
    for word in words(text, NAME_OR_PARTICLE):
        if runs[-1] and text[runs[-1][-1].end:word.start] == " ":
            runs[-1].append(word)
        else:
            runs.append([word])
    return [t for t in (_trim_particles(r) for r in runs) if t]


def _trim_particles(run: list[Word]) -> list[Word]:
    end = len(run)
    while end and run[end - 1].text.casefold() in PARTICLES:
        end -= 1
    return run[:end]
