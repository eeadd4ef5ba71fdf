"""The dates annotator: written dates and years, and relative dates resolved from the publication date.

- `fixtures/dates/*.yml`: texts written for these tests, each with its publication date, every date it
  holds (in order) and the relative expressions it cannot date (`unresolved`);
- `fixtures/gold/dates.yml`: every date of the five seeds, found by reading them; every relative date must
  resolve to the right day (the scores are printed);
- the reasoning (`how`) names the written words, the publication date and the result;
- properties: any text and any publication date are annotated without failing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from annotate_helpers import case_article, load_cases, load_gold, make_article, paragraph_with, seed_article
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.annotate.dates import find_dates, paragraph_dates, unresolved_dates
from generator.datewords import day_month_year, month_year, weekday_date
from generator.model import Article

CASES = load_cases("dates")


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[i for i, _ in CASES])
def test_fixture(case: dict[str, Any]) -> None:
    article = case_article(case)
    found = [(d.span.text, d.date, d.relative) for d in find_dates(article)]
    wanted = [(str(item["text"]), _date(item["date"]), item.get("relative", True)) for item in case["dates"]]
    assert found == wanted
    assert [s.text for s in unresolved_dates(article)] == case.get("unresolved", [])


def test_how_shows_the_reasoning() -> None:
    article = make_article(["The strike began on Thursday evening.", "Talks ended on Monday.",
                            "It was signed on June 3.", "In 2015 it failed."], published="2024-03-07")
    hows = [d.how for d in find_dates(article)]
    assert hows[0] == "“Thursday evening” → the publication day itself (Thursday): Thu 7 Mar 2024"
    assert hows[1] == ("“Monday” → the Monday on or before the publication date (Thu 7 Mar 2024): "
                       "Mon 4 Mar 2024")
    assert "no year given" in hows[2] and "2024" in hows[2]
    assert "a year, no day" in hows[3]


def test_a_year_or_a_month_alone_is_not_a_day() -> None:
    article = make_article(["In 2015 it failed, and in January 2016 it was revived on March 3."],
                           published="2024-03-07")
    found = {d.span.text: d for d in find_dates(article)}
    assert (found["2015"].precision, found["2015"].date) == ("year", dt.date(2015, 1, 1))
    assert (found["January 2016"].precision, found["January 2016"].date) == ("month", dt.date(2016, 1, 1))
    assert (found["March 3"].precision, found["March 3"].date) == ("day", dt.date(2024, 3, 3))


def test_years_and_months_ago_are_a_year_and_a_month() -> None:
    article = make_article(["The firm was warned FIVE YEARS AGO, and again two months ago and a year ago."],
                           published="2024-01-17")
    found = {d.span.text: (d.precision, d.date, d.relative) for d in find_dates(article)}
    assert found == {"FIVE YEARS AGO": ("year", dt.date(2019, 1, 1), True),
                     "two months ago": ("month", dt.date(2023, 11, 1), True),
                     "a year ago": ("year", dt.date(2023, 1, 1), True)}


def test_a_weekday_that_contradicts_its_date_is_explained() -> None:
    (mention,) = find_dates(make_article(["It happened on Friday, March 6, 2024."]))
    assert mention.date == dt.date(2024, 3, 6)
    assert "is a Wednesday, not a Friday" in mention.how


def test_spans_point_into_their_paragraph() -> None:
    article = make_article(["Nothing.", "On Monday and on Tuesday, and 3 May 2021."], article_id="wire")
    for mention in find_dates(article):
        assert mention.span.article == "wire" and mention.span.paragraph == 1
        assert article.paragraphs[1][mention.span.start:mention.span.end] == mention.span.text


# --- the seeds ---------------------------------------------------------------------------------------------


@cache
def _seed(slug: str, published: dt.date) -> Article:
    return seed_article(slug, published)


def test_seed_gold_scores() -> None:
    """Every date of the seeds found, and every relative one resolved to the right day."""
    gold = load_gold("dates")["articles"]
    right = relative_right = relative_total = found_total = 0
    wrong = []
    for slug, data in gold.items():
        article = _seed(slug, _date(data["published"]))
        found = {(d.span.paragraph, d.span.text): d for d in find_dates(article)}
        found_total += len(found)
        for item in data["dates"]:
            key = (paragraph_with(article, item["near"]), str(item["text"]))
            mention = found.get(key)
            ok = (mention is not None and mention.date == _date(item["date"])
                  and mention.relative == item["relative"])
            right += ok
            relative_total += item["relative"]
            relative_right += ok and item["relative"]
            if not ok:
                wrong.append((slug, item["text"], mention))
        assert [s.text for s in unresolved_dates(article)] == data.get("unresolved", []), slug
    total = sum(len(d["dates"]) for d in gold.values())
    print(f"\ndates (seeds): {right}/{total} right (recall {right / total:.0%}), "
          f"precision {right / max(found_total, 1):.0%}; relative dates {relative_right}/{relative_total}")
    assert relative_right == relative_total, wrong
    assert right == total == found_total, wrong


# --- properties ------------------------------------------------------------------------------------------

WORDS = st.sampled_from(["on", "Monday", "Friday's", "late", "earlier", "this", "morning", "last", "next",
                         "night", "will", "yesterday", "ago", "two", "days", "week", "January", "26", "2023",
                         ",", ".", "the", "day", "year", "before", "after", "May", "2023-01-26", "1999",
                         "Jan.", "31"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join), st.text(max_size=60),
       st.dates())
def test_any_text_and_date_is_annotated_without_failing(words: str, noise: str, published: dt.date) -> None:
    article = make_article([words, noise + words], published=published)
    for mention in find_dates(article):
        text = article.paragraphs[mention.span.paragraph]
        assert text[mention.span.start:mention.span.end] == mention.span.text
        assert mention.how
    unresolved_dates(article)


@pytest.mark.parametrize("text", ["We met thiſ morning, laſt year.", "On Thurſday, 12 Auguſt.",
                                  "Tomorrow ıs Frıday.", "\u212aANUARY 5, \u0130N 2020."])
def test_letters_that_ignorecase_matches_beyond_ascii_do_not_break_dating(text: str) -> None:
    # `re` with IGNORECASE matches ſ, ı, İ and the Kelvin sign against ASCII letters; `.lower()` keeps them.
    found = paragraph_dates(text, dt.date(2023, 1, 26))
    assert found and all(0 <= f.start < f.end <= len(text) for f in found)


def test_dates_are_written_in_english_without_the_locale_or_the_platform() -> None:
    # strftime's names follow LC_TIME and its %-d raises on Windows: every date a page shows goes through
    # generator/datewords.py instead
    day = dt.date(2023, 1, 26)
    assert day_month_year(day) == "26 January 2023" and day_month_year(day, short=True) == "26 Jan 2023"
    assert weekday_date(day) == "Thursday 26 January 2023"
    assert weekday_date(day, short=True) == "Thu 26 Jan 2023"
    assert month_year(dt.date(1, 12, 31)) == "December 1"
    generator = Path(__file__).resolve().parents[1] / "generator"
    sources = [p for p in generator.rglob("*") if p.suffix in (".py", ".j2") and p.name != "datewords.py"]
    formats = re.compile(r"strftime\(|:%[aAbBdY]")
    assert [p.name for p in sources if formats.search(p.read_text(encoding="utf-8"))] == []
