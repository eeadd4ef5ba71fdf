"""What makes the annotate stage fast, checked to give the answers of the slow way it replaced.

- what depends only on the knowledge base is built once per knowledge base object;
- the quick scans that let a paragraph be skipped (no number, no entity's word) never skip one that
  had something to find;
- a paragraph's length does not make any annotator superlinear: hostile long paragraphs (a pasted
  table, a sentence of a thousand quotations) take time in proportion to their length.
"""

from __future__ import annotations

import dataclasses
import gc
import re
from collections.abc import Callable

import pytest
from annotate_helpers import SEEDS, make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.annotate import entities, figures, quotes
from generator.annotate.alternation import any_word
from generator.annotate.numbers import find_numbers, may_have_numbers, tokenize
from generator.annotate.perkb import per_knowledge_base
from generator.model import Article, Entity, KnowledgeBase
from generator.prepare import prepare_story
from generator.read import read_story

KB = prepare_story(read_story(SEEDS))[0].knowledge


# --- built once per knowledge base -------------------------------------------------------------------


def test_what_a_knowledge_base_gives_is_built_once_per_object() -> None:
    built: list[KnowledgeBase] = []

    @per_knowledge_base
    def names(kb: KnowledgeBase) -> tuple[str, ...]:
        built.append(kb)
        return tuple(e.name for e in kb.entities)

    kb = KnowledgeBase(entities=(Entity("pa", "Palestinian Authority", "organisation", "", ()),))
    assert names(kb) == names(kb) == ("Palestinian Authority",)
    assert len(built) == 1
    twin = dataclasses.replace(kb)  # equal, but another object: keyed by identity, it is built again
    names(twin)
    assert len(built) == 2


def test_a_knowledge_base_that_is_gone_is_forgotten() -> None:
    built: list[int] = []

    @per_knowledge_base
    def count(kb: KnowledgeBase) -> int:
        built.append(1)
        return len(kb.entities)

    for size in range(5):  # a freed object's id is often given to the next one: it must not be mistaken
        people = tuple(Entity(f"e{i}", f"Name {i}", "person", "", ()) for i in range(size))
        kb = KnowledgeBase(entities=people)
        assert count(kb) == size
        del kb
        gc.collect()
    assert len(built) == 5


# --- quick scans -----------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "A", "dozen", "Dozens", "tens", "of", "thousands", "one", "someone",
                                 "Twenty", "-", "five", "hundred", "often", "7", "1,200", "²", "’", "'s",
                                 "ten’s", "million", "x"]), max_size=12).map(" ".join)
       | st.text(max_size=40))
def test_a_paragraph_skipped_for_having_no_number_has_none(text: str) -> None:
    if not may_have_numbers(text):
        assert find_numbers(tokenize(text)) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["abbas", "Abbas", "Abbasid", "PA", "pa", "Pa", "_PA", "PA_", "PA1", "Abu",
                                 "Mazen", "’", "-", ",", "Ab", "bas", "x"]), max_size=15).map(" ".join)
       | st.text(max_size=40))
def test_the_words_a_form_may_start_at_are_every_such_word_of_the_text(text: str) -> None:
    matcher = entities._matcher(KB)
    walked = [(m.start(), m.group()) for m in entities.TOKEN.finditer(text)
              if m.group() in matcher.exact or m.group().casefold() in matcher.folded]
    assert entities._lead_words(text, matcher) == walked


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["day", "Day", "days", "night", "ni", "t", "today", "tomorrow"]), min_size=1,
                max_size=6),
       st.text(alphabet="adgimnotwyDNT ", max_size=30))
def test_a_grouped_alternation_matches_what_the_plain_one_matches(words: list[str], text: str) -> None:
    plain = re.compile("(?:" + "|".join(map(re.escape, words)) + r")\b")
    grouped = re.compile("(?:" + any_word(words) + r")\b")
    for at in range(len(text) + 1):
        assert bool(plain.match(text, at)) == bool(grouped.match(text, at))


# --- linear in a paragraph's length --------------------------------------------------------------------


def _one_paragraph(unit: str, size: int) -> Article:
    return make_article([(unit * (size // len(unit) + 1))[:size].strip()])


HOSTILE = {
    "a list of counts with no verb (a pasted table)": ("3 soldiers, ", 6_000, figures.find_figures),
    "counts joined by 'and'": ("3 soldiers and ", 12_000, figures.find_figures),
    "a run of capitalised spelling variants": ("Mahmud Abas ", 6_000,
                                               lambda a: entities.find_mentions(a, KB)),
    "a run of name particles": ("al ", 20_000, lambda a: entities.find_mentions(a, KB)),
    "a run of capitalised stop words": ("The ", 20_000, lambda a: entities.find_candidates(a, KB, ())),
    "one sentence of many quotations": ('"Yes," said Abbas, ', 30_000,
                                        lambda a: quotes.find_quotes(a, entities.find_mentions(a, KB), KB)),
    "double and single quotations": ("“a” ‘bb’ ", 20_000,
                                     lambda a: quotes.find_quotes(a, entities.find_mentions(a, KB), KB)),
}


@pytest.mark.parametrize(("unit", "size", "annotate"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_long_pathological_paragraph_is_annotated(unit: str, size: int,
                                                     annotate: Callable[[Article], object]) -> None:
    # How the time grows with the paragraph's length is measured by benchmarks/paragraphs.py (a timed
    # assertion has no place in a test); here, that such a paragraph is annotated at all.
    article = _one_paragraph(unit, size)
    assert annotate(article) is not None
