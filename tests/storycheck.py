"""What the tests of a whole story ask of its analysis, written once: the stories in
`fixtures/stories/` were each written blind with an answer key, and each test file checks its story
against its key with these."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.pipeline import Analysis, analyse

STORIES = Path(__file__).parent / "fixtures" / "stories"


@functools.cache
def analysed(name: str) -> Analysis:
    """The story `fixtures/stories/<name>/` analysed once per test run (an analysis takes a second, and
    both the story's own tests and `test_blind_stories.py` read it)."""
    return analyse(STORIES / name)


def story_fixture(name: str) -> Callable[[], Analysis]:
    """A test module's `story` fixture: `story = story_fixture("ridge-fire")`."""
    return pytest.fixture(scope="module", name="story")(lambda: analysed(name))


def errors(story: Analysis) -> list[str]:
    """The story's diagnostics that are errors (a contributor's mistake the build would stop on)."""
    return [d.format() for d in story.diagnostics if d.severity == "error"]


def shown_with(story: Analysis, words: str) -> list[tuple[str, str]]:
    """(article, paragraph) of every paragraph a reader sees that holds `words`."""
    return [(a.id, p) for a in story.story.articles for p in a.paragraphs if words in p]


def variants(story: Analysis) -> set[tuple[str, str]]:
    """(words as written, entity) of every spelling found that the knowledge base does not list."""
    return {(m.span.text, m.entity) for notes in story.annotations.values() for m in notes.mentions
            if m.variant}


def tally(group: object) -> dict[float, set[str]]:
    """A figure group's values and the articles giving each, whatever their qualifiers."""
    found: dict[float, set[str]] = {}
    for entry in group.tally:  # type: ignore[attr-defined]
        found.setdefault(entry.value, set()).update(entry.articles)
    return found


def ages(story: Analysis) -> dict[str, dict[float, set[str]]]:
    """Each named person's ages, with the articles giving each."""
    return {g.subject: tally(g) for g in story.comparisons.figures if g.counts == "age" and g.subject}


def copied(story: Analysis, a: str, b: str) -> str:
    """The passages found copied between articles a and b, both sides, as one text."""
    (pair,) = [r for r in story.comparisons.reuse if {r.a, r.b} == {a, b} and r.passages]
    return " ".join(p.a_text + " " + p.b_text for p in pair.passages)


def speakers_differ(story: Analysis) -> dict[frozenset[str], set[str]]:
    """For each quotation the articles give to different people: the speakers, and the articles."""
    return {frozenset(w.speaker for w in g.wordings if w.speaker): {w.article for w in g.wordings}
            for g in story.comparisons.quotes if g.speakers_differ}


def claim(story: Analysis, counts: str, value: float) -> dict[float, set[str]]:
    """The values and articles of the first claim that counts `counts` and holds `value`."""
    return next(tally(g) for g in story.comparisons.figures if g.counts == counts and value in tally(g))
