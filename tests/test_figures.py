"""The figures annotator: counts with what they count, their qualifier and their parts.

- `fixtures/figures/*.yml`: texts written for these tests (other places, numbers and phrasing than the
  seeds), each with every figure it holds, in order — or none;
- `fixtures/gold/figures.yml`: every figure of the five seeds, found by reading them; every casualty
  figure must be found with what it counts, its qualifier and its parts (the scores are printed);
- properties: any text is annotated without failing, spans point into their paragraph, ids are stable.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from annotate_helpers import case_article, load_cases, load_gold, make_article, paragraph_with, seed_article
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.annotate.ages import find_ages
from generator.annotate.entities import find_mentions
from generator.annotate.figures import find_figures
from generator.model import Article, Entity, Figure, KnowledgeBase

CASES = load_cases("figures")
CASUALTIES = ("killed", "injured")


def shown(figure: Figure) -> dict[str, Any]:
    """A figure in the fixtures' shape."""
    return {"text": figure.span.text, "value": figure.value, "qualifier": figure.qualifier,
            "counts": figure.counts, "subject": figure.subject,
            "parts": [[part.value, part.counts] for part in figure.parts]}


def expected(item: dict[str, Any]) -> dict[str, Any]:
    return {"text": str(item["text"]), "value": float(item["value"]),
            "qualifier": item.get("qualifier", "exact"), "counts": item["counts"],
            "subject": item.get("subject", ""),
            "parts": [[float(v), c] for v, c in item.get("parts", [])]}


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[i for i, _ in CASES])
def test_fixture(case: dict[str, Any]) -> None:
    found = [shown(f) for f in find_figures(case_article(case))]
    assert found == [expected(item) for item in case["figures"]]


def test_ids_and_spans_follow_the_paragraphs() -> None:
    article = make_article(["Four people were killed on Monday.", "No figure here.",
                            "Police arrested 12 men and at least 3 women were injured."], article_id="daily")
    figures = find_figures(article)
    assert [f.id for f in figures] == ["daily-f1", "daily-f2", "daily-f3"]
    assert [(f.span.paragraph, f.span.text) for f in figures] == [
        (0, "Four people were killed"), (2, "arrested 12 men"), (2, "at least 3 women were injured")]
    for figure in figures:
        text = article.paragraphs[figure.span.paragraph]
        assert text[figure.span.start:figure.span.end] == figure.span.text


def test_curly_apostrophes_and_line_spacing_do_not_matter() -> None:
    straight = find_figures(make_article(["Officials' reports say 20 people were hurt."]))
    curly = find_figures(make_article(["Officials’ reports say 20 people were hurt."]))
    assert [shown(f) for f in straight] == [shown(f) for f in curly]


# --- the seeds ---------------------------------------------------------------------------------------------


@cache
def _seed(slug: str, published: str) -> Article:
    return seed_article(slug, published)


def _gold_figures() -> list[tuple[str, dict[str, Any], str]]:
    gold = load_gold("figures")
    return [(slug, item, article["published"]) for slug, article in gold["articles"].items()
            for item in article["figures"]]


def _found_in_seeds() -> dict[str, tuple[Figure, ...]]:
    gold = load_gold("figures")
    return {slug: find_figures(_seed(slug, str(article["published"])))
            for slug, article in gold["articles"].items()}


def _match(item: dict[str, Any], slug: str, found: dict[str, tuple[Figure, ...]]) -> Figure | None:
    """The figure found at the gold figure's place: same paragraph, overlapping span, same value (the
    span's exact extent is not scored; what it counts, its qualifier, subject and parts are)."""
    article = _seed(slug, _published(slug))
    paragraph = paragraph_with(article, item["near"])
    start = article.paragraphs[paragraph].find(str(item["text"]))
    assert start >= 0, f"gold text {item['text']!r} not in its paragraph"
    end = start + len(str(item["text"]))
    for figure in found[slug]:
        span = figure.span
        overlaps = span.paragraph == paragraph and span.start < end and start < span.end
        if overlaps and figure.value == item["value"]:
            return figure
    return None


def _published(slug: str) -> str:
    return str(load_gold("figures")["articles"][slug]["published"])


def test_seed_gold_scores() -> None:
    """Every casualty figure of the seeds found right; recall and precision over all figures printed."""
    found = _found_in_seeds()
    gold = _gold_figures()
    matched: dict[str, set[str]] = {slug: set() for slug in found}
    right, casualty_right, casualty_total, missed = 0, 0, 0, []
    for slug, item, _ in gold:
        figure = _match(item, slug, found)
        if figure is not None:
            matched[slug].add(figure.id)
        ok = figure is not None and shown(figure) | {"text": item["text"]} == expected(item)
        right += ok
        if item["counts"] in CASUALTIES:
            casualty_total += 1
            casualty_right += ok
        if not ok:
            missed.append((slug, item["text"], shown(figure) if figure else None))
    total_found = sum(len(f) for f in found.values())
    extra = [(slug, f.span.text) for slug, figures in found.items() for f in figures
             if f.id not in matched[slug]]
    recall, precision = right / len(gold), (total_found - len(extra)) / max(total_found, 1)
    print(f"\nfigures (seeds): {right}/{len(gold)} right (recall {recall:.0%}), precision {precision:.0%}; "
          f"casualty figures {casualty_right}/{casualty_total}")
    assert casualty_right == casualty_total, missed
    assert recall >= 0.9 and precision >= 0.9, (missed, extra)


def test_numbers_that_are_not_figures_in_the_seeds() -> None:
    gold = load_gold("figures")
    for slug, article in gold["articles"].items():
        seed = _seed(slug, str(article["published"]))
        found = find_figures(seed)
        for item in article.get("not_figures", []):
            paragraph = paragraph_with(seed, item["near"])
            start = seed.paragraphs[paragraph].find(item["text"])
            spans = [f.span for f in found if f.span.paragraph == paragraph]
            assert not any(s.start <= start < s.end for s in spans), (slug, item["text"])


def test_a_numeral_too_long_for_a_float_is_no_figure() -> None:
    # float() of 310 digits is infinity: it reached the pages as "Infinity", story.json as a value JSON does
    # not have, and the sidebar's int() raised OverflowError, ending the build
    article = make_article(["Officials said " + "9" * 400 + " people were killed and 12 were injured.",
                            "Some " + "9" * 300 + " billion people were hurt."])
    figures = find_figures(article)
    assert [(f.value, f.counts) for f in figures] == [(12.0, "injured")]


# --- properties ------------------------------------------------------------------------------------------

WORDS = st.sampled_from(["nine", "Ten", "20", "2,500", "one", "at", "least", "more", "than", "people", "were",
                         "killed", "injured", "of", "whom", "them", "including", "and", ",", ".", "percent",
                         "%", "January", "26", "2020", "days", "a", "dozen", "hundreds", "-", "thousand",
                         "arrested", "the", "killing", "or", "more", "$", "\"", "Chapter", "7"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join), st.text(max_size=80))
def test_any_text_is_annotated_without_failing(words: str, noise: str) -> None:
    article = make_article([words, noise, words + noise])
    figures = find_figures(article)
    for before, after in zip(figures, figures[1:], strict=False):
        assert before.span.paragraph < after.span.paragraph or before.span.end <= after.span.start
    for figure in figures:
        text = article.paragraphs[figure.span.paragraph]
        assert text[figure.span.start:figure.span.end] == figure.span.text
        assert figure.span.start < figure.span.end
        assert figure.value >= 0


# --- ages of named people ---------------------------------------------------------------------------

AGE_KB = KnowledgeBase(entities=(
    Entity("joseph-owino", "Joseph Owino", "person", "the ferry's captain", ("Owino",)),
    Entity("rose-odhiambo", "Rose Odhiambo", "person", "a fish trader", ("Odhiambo",)),
    Entity("kaseni", "Port Kaseni", "place", "a lake port", ("Kaseni",)),
))


@pytest.mark.parametrize(("text", "ages"), [
    ("The captain, Joseph Owino, 46, was arrested.", [("46", 46.0, "Joseph Owino")]),
    ("Owino (46) was arrested on Monday.", [("46", 46.0, "Joseph Owino")]),
    ("Owino, aged 48, was arrested.", [("48", 48.0, "Joseph Owino")]),
    ("Rose Odhiambo, a 52-year-old fish trader, survived.", [("52-year-old", 52.0, "Rose Odhiambo")]),
    ("The 54-year-old fish trader Rose Odhiambo survived.", [("54-year-old", 54.0, "Rose Odhiambo")]),
    ("Odhiambo, 54. She sells fish.", [("54", 54.0, "Rose Odhiambo")]),
    # not an age: a date, a count after the name, a place, an age with no name beside it, a year
    ("We met Owino, 28 March was the day.", []),
    ("Said Owino, 14 people drowned.", []),
    ("Port Kaseni, 30 km away, mourned.", []),
    ("The 46-year-old was arrested.", []),
    ("Owino, 2024, was a bad year.", []),
])
def test_the_age_beside_a_named_person_is_that_person_s(text: str,
                                                        ages: list[tuple[str, float, str]]) -> None:
    article = make_article([text])
    found = find_ages(article, find_mentions(article, AGE_KB), AGE_KB)
    assert [(f.span.text, f.value, f.subject) for f in found] == ages
    assert all(f.counts == "age" for f in found)
