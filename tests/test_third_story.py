"""A third story, end to end: another domain than the first two, another country, other sites.

`fixtures/stories/sosnowa-election/` is a disputed mayoral election in an invented Polish city, told by an
invented wire agency, city paper, partisan blog, national paper and foreign broadcaster, with the furniture
of their sites. Like the second story, it was written by someone who did not know the analysis, with an
answer key beside it (`fixtures/stories/sosnowa-election-answers.md`, sections cited below as §).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import site_files
from storycheck import STORIES, ages, story_fixture, variants

from generator.pipeline import Analysis

WIRE = "atlas-2024-04-24-polish-city-orders-partial-recount-after-mayors-312-vote-win"
CITY = "sosnowa-courier-2024-04-29-fourteen-detained-as-election-protest-turns-ugly"
BLOG = "polska-uncensored-2024-05-01-the-sosnowa-gora-steal"
NATIONAL = "vistula-times-2024-05-02-election-chief-quits-as-disputed-vote-heads-to-court"
RADIO = "vltava-radio-international-2024-05-04-poland-fraud-claims-arrests-and-a-resignation"


story = story_fixture("sosnowa-election")


@pytest.mark.parametrize("furniture", [
    # §11, one or two of each kind
    "Last refreshed", "License this image", "FURTHER READING", "11°C", "free to read", "Fot. Bartek Sowa",
    "ADVERTISEMENT", "Send your photos", "use cookies", "never miss a post", "Hashtags for this post",
    "Pass it on", "join the discussion", "free articles this month", "Choose language", "Audio version",
    "Also from our newsroom", "Print edition", "Local government", "7 min read",
])
def test_no_site_furniture_is_left_in_the_text(story: Analysis, furniture: str) -> None:
    kept = [(a.id, p) for a in story.story.articles for p in a.paragraphs if furniture.lower() in p.lower()]
    assert kept == []


def test_the_bylines_are_read_from_their_lines(story: Analysis) -> None:
    bylines = {a.id: a.meta.byline for a in story.story.articles}
    assert bylines[CITY] == "Agnieszka Ryba" and bylines[RADIO] == "Daniel Horák"


def test_the_margin_conflicts_and_the_votes_the_recount_moved_are_another_claim(story: Analysis) -> None:
    # §1.1: by 312 votes (wire, city paper, broadcaster) or by 321 (national); §1.3: 25 votes moved
    votes = [g for g in story.comparisons.figures if g.counts == "votes"]
    margin = next(g for g in votes if 312 in {t.value for t in g.tally})
    assert {t.value: set(t.articles) for t in margin.tally} == {312: {WIRE, CITY, RADIO}, 321: {NATIONAL}}
    assert margin.status == "conflict"
    moved = next(g for g in votes if 25 in {t.value for t in g.tally})
    assert moved is not margin


def test_the_winner_s_share_conflicts_and_the_2018_share_is_kept_apart(story: Analysis) -> None:
    # §1.4: 50.4 % against 50.6 %; §9: 58.7 % was the 2018 vote
    shares = {g.event: g for g in story.comparisons.figures if g.counts == "percent" and g.subject == "vote"}
    assert {t.value: set(t.articles) for t in shares["in 2018"].tally} == {58.7: {WIRE, NATIONAL}}
    now = next(g for event, g in shares.items() if event != "in 2018")
    assert {t.value: set(t.articles) for t in now.tally} == {50.4: {WIRE, NATIONAL}, 50.6: {RADIO}}


def test_the_court_hearing_is_dated_two_ways(story: Analysis) -> None:
    # §2: on 9 May (national) or on Wednesday the 8th (broadcaster)
    (hearing,) = [g for g in story.comparisons.dates if g.kind == "hearing"]
    assert {t.date.isoformat(): set(t.articles) for t in hearing.tally} == {"2024-05-08": {RADIO},
                                                                           "2024-05-09": {NATIONAL}}


def test_the_lawyer_s_words_are_his_not_his_client_s(story: Analysis) -> None:
    # §6.6: 'According to Wróblewska's lawyer, Piotr Zieliński, …'; 'Wroblewska's lawyer, Piotr Zielinski,
    # told …'; then '"…," he said.'
    by_lawyer = {(q.span.article, q.span.text[:20]) for notes in story.annotations.values()
                 for q in notes.quotes if q.speaker == "piotr-zielinski"}
    assert {article for article, _ in by_lawyer} == {CITY, RADIO}
    assert len(by_lawyer) == 3


def test_she_is_the_candidate_named_after_her_lawyer_spoke(story: Analysis) -> None:
    # §6.6: 'Wroblewska herself has kept a lower profile since the weekend. "I will respect the court, …,"
    # she said on Thursday.'
    (respect,) = [q for q in story.annotations[RADIO].quotes if q.span.text.startswith("I will respect")]
    assert respect.speaker == "malgorzata-wroblewska"


def test_a_name_without_its_polish_letters_is_a_variant(story: Analysis) -> None:
    # §4: 'Jerzy Pawlowski' for Jerzy Pawłowski (left out of knowledge.yml on purpose)
    assert ("Jerzy Pawlowski", "jerzy-pawlowski") in variants(story)


def test_headlines_frame_the_story(story: Analysis) -> None:
    # §8: 'The Sosnowa Góra steal', 'Fraud claims, arrests and a resignation'
    (allegations,) = [g for g in story.comparisons.framing if g.group == "the-allegations"]
    headlines = {u.article: u.headline for u in allegations.uses if u.headline}
    assert headlines == {BLOG: ("steal",), RADIO: ("fraud",)}


def test_the_site_builds_strictly(tmp_path: Path) -> None:
    site = site_files(tmp_path, STORIES / "sosnowa-election")
    every = (WIRE, CITY, BLOG, NATIONAL, RADIO)
    assert {f"articles/{a}/index.html" for a in every} <= set(site)
    assert "cmp-item-conflict" in site[f"articles/{NATIONAL}/index.html"].decode()


def test_the_challenger_s_age_conflicts(story: Analysis) -> None:
    # 46 in the wire ('Wróblewska, 46,') and the city paper ('a 46-year-old councillor'), 47 in the national
    assert ages(story)["Małgorzata Wróblewska"] == {46: {WIRE, CITY}, 47: {NATIONAL}}
