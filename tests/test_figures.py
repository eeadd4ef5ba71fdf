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

from generator.annotate import annotate
from generator.annotate.ages import find_ages
from generator.annotate.entities import find_mentions
from generator.annotate.figures import find_figures
from generator.annotate.numbers import find_numbers, tokenize
from generator.annotate.racetimes import find_race_times
from generator.model import Article, Entity, Figure, KnowledgeBase
from generator.render.numbers import figure_number

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
    Entity("joseph-owino", "Joseph Owino", "person", "the ferry's captain", ("Owino",), pronoun="he"),
    Entity("rose-odhiambo", "Rose Odhiambo", "person", "a fish trader", ("Odhiambo",), pronoun="she"),
    Entity("kaseni", "Port Kaseni", "place", "a lake port", ("Kaseni",)),
))


@pytest.mark.parametrize(("text", "ages"), [
    ("The captain, Joseph Owino, 46, was arrested.", [("46", 46.0, "Joseph Owino")]),
    ("Owino (46) was arrested on Monday.", [("46", 46.0, "Joseph Owino")]),
    ("Owino, aged 48, was arrested.", [("48", 48.0, "Joseph Owino")]),
    ("Rose Odhiambo, a 52-year-old fish trader, survived.", [("52-year-old", 52.0, "Rose Odhiambo")]),
    ("The 54-year-old fish trader Rose Odhiambo survived.", [("54-year-old", 54.0, "Rose Odhiambo")]),
    ("Odhiambo, 54. She sells fish.", [("54", 54.0, "Rose Odhiambo")]),
    # a sentence of its own, by the pronoun of the last person named before it
    ("We looked for Owino until 1 am. My uncle found him. He was 46. He wanted to sail.",
     [("46", 46.0, "Joseph Owino")]),
    ("Rose Odhiambo waited at the pier. She is only 54 years old.", [("54", 54.0, "Rose Odhiambo")]),
    # not by pronoun: the last person named is another's pronoun (a guess), or the number is no age
    ("Odhiambo thanked Owino. She was 54.", []),
    ("Owino came to the pier. He was 15 minutes late.", []),
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


def test_an_age_between_commas_is_no_toll_that_reads_on_past_it() -> None:
    # 'Owino, 46, of Kaseni, died …' reads as '46 … died'; the age after the name wins, and the count
    # of the dead in the same paragraph is kept
    article = make_article(["Joseph Owino, 46, of Kaseni, died on Saturday; nine others died with him."])
    figures = annotate(article, AGE_KB).figures
    assert [(f.span.text, f.value, f.counts) for f in figures] == [
        ("46", 46.0, "age"), ("nine others died", 9.0, "killed")]


# --- race times -------------------------------------------------------------------------------------

RUNNERS = KnowledgeBase(entities=(
    Entity("lucia-vela", "Lucía Vela", "person", "a marathon runner", ("Vela",), pronoun="she"),
    Entity("elena-ibanez", "Elena Ibáñez", "person", "a marathon runner", ("Ibáñez",), pronoun="she"),
    Entity("ana-vonk", "Ana Vonk", "person", "an arbitrator", ("Vonk",), pronoun="she"),
))


@pytest.mark.parametrize(("paragraphs", "times"), [
    (["Vela won in 2:18:47, a Spanish record."], [("2:18:47", 8327.0, "Lucía Vela")]),
    (["Vela won with a mark of 2h18:47."], [("2h18:47", 8327.0, "Lucía Vela")]),
    (["Vela ran 2h 18min 47s in Seville."], [("2h 18min 47s", 8327.0, "Lucía Vela")]),
    # the record goes back to the runner named nearest before the time in its sentence
    (["Vela's record goes to Elena Ibáñez, who ran 2:21:04 in 2019."], [("2:21:04", 8464.0, "Elena Ibáñez")]),
    # 'she', with no one named in the sentence: the runner the article names most, not the arbitrator
    (["Vela lost her appeal. Vela was banned.", "The panel was chaired by Vonk.",
      "She also loses her 2:18:46 record."], [("2:18:46", 8326.0, "Lucía Vela")]),
    # no one named nor referred to: nobody's
    (["The winner ran 2:19:58 in Tokyo."], [("2:19:58", 8398.0, "")]),
    # not race times: a clock time, a stamp with seconds, a chapter marker, a score
    (["Vela spoke at 10:38 in Madrid."], []),
    (["Vela's statement came at 16:04:51 GMT."], []),
    (["00:04:12 The appeal"], []),
    (["Vela's club won 2-1."], []),
])
def test_a_race_time_is_its_runner_s(paragraphs: list[str], times: list[tuple[str, float, str]]) -> None:
    article = make_article(paragraphs)
    found = find_race_times(article, find_mentions(article, RUNNERS), RUNNERS)
    assert [(f.span.text, f.value, f.subject) for f in found] == times
    assert all(f.counts == "race time" for f in found)


def test_a_race_time_is_shown_as_it_is_written() -> None:
    assert figure_number(8327.0, "exact", "race time") == "2:18:47"
    assert figure_number(3725.0, "about", "race time") == "~1:02:05"
    assert figure_number(8327.0) == "8327"


@pytest.mark.parametrize(("text", "values"), [
    # a translation may keep its language's marks: thousands with dots, decimals with a comma
    ("some 60.000 euros", [60_000.0]),
    ("paid 1.200.000 euros", [1_200_000.0]),
    ("contained 2,1 ng/mL of it", [2.1]),
    # English as ever: a decimal point, thousands with commas; '1,2 and 3' is a list, not a number
    ("an estimated 2.1 ng/mL", [2.1]),
    ("some 60,000 euros", [60_000.0]),
    ("chapters 1,2 and 3", [3.0]),
])
def test_numerals_as_english_and_translations_write_them(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(tokenize(text))] == values
