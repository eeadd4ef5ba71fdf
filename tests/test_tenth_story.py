"""A tenth story, end to end: a wildfire's evacuation, measured blind before it was fixed for.

`fixtures/stories/ridge-fire/` and its key (`ridge-fire-answers.md`) were written by someone who did not
know how the analysis works, on six kinds of page the rules had not met: an emergency-alert page, a
community group's social-media export, a local radio's page, an encyclopedia entry with citations, a
paywalled paper in reader mode and a messaging channel's export. On first contact, after this session's
rules for two other stories' pages, the site still showed 157 of the 275 furniture lines the key lists
(113 as whole paragraphs, 121 with the rules before them), and took one story line for a caption. The
analysis found most planted disagreements at once; the evacuation order's day was no event. After rules
for these kinds of page: 24 shown (12 whole), none lost; an infobox's rows are the main gap.
"""

from __future__ import annotations

import pytest
from storycheck import ages, shown_with, speakers_differ, story_fixture, tally, variants

from generator.pipeline import Analysis
from generator.render.sidebar import render_sidebar

RADIO = "99-1-the-lake-2026-07-09-harlan-lake-evacuated-as-corbett-ridge-fire-jumps-highway-64"
CHANNEL = "bc-fire-watch-2026-07-12-corbett-ridge-fire-posts-july-11-12"
PAPER = "dominion-standard-2026-07-13-the-fire-came-down-the-ridge-like-a-freight-train"
GROUP = "harlan-lake-community-noticeboard-2026-07-11-corbett-ridge-fire-updates-thread"
WIKI = "omnipedia-2026-07-15-2026-corbett-ridge-wildfire"
ALERT = "thompson-cariboo-regional-district-2026-07-10-corbett-ridge-wildfire-k41207"


story = story_fixture("ridge-fire")


@pytest.mark.parametrize("furniture", [
    # §9: the channel's counters, the group's marks, the encyclopedia's apparatus, the alert page's boxes
    "👁 9.8K", "😢 640", "t.me/bcfirewatch", "Most relevant", "Write a comment", "Top contributor",
    "Jump to navigation", "the free encyclopedia", "Retrieved", "Was this page helpful",
])
def test_no_page_furniture_is_left_in_the_text(story: Analysis, furniture: str) -> None:
    assert shown_with(story, furniture) == []


def test_the_writer_s_sentence_above_a_picture_credit_stays(story: Analysis) -> None:
    # §9: the channel's 'Talbot hasn't answered our questions.' stands above '📷 Photo: subscriber'
    assert shown_with(story, "Talbot hasn't answered our questions.")


def test_the_planted_counts_conflict(story: Analysis) -> None:
    # §1: 41 homes against the encyclopedia's 44; one firefighter killed against the channel's two
    homes = next(g for g in story.comparisons.figures if g.counts == "homes" and 44 in tally(g))
    assert tally(homes) == {41: {ALERT, GROUP, CHANNEL, PAPER}, 44: {WIKI}}
    killed = next(g for g in story.comparisons.figures if g.counts == "killed" and g.subject == "firefighter")
    assert tally(killed) == {1: {GROUP, WIKI}, 2: {CHANNEL}} and killed.status == "conflict"


def test_the_ages_conflict(story: Analysis) -> None:
    # §1: the firefighter 27 or 29, the evacuee 34 or 36
    found = ages(story)
    assert found["Mathieu Caron"] == {27: {PAPER, WIKI}, 29: {CHANNEL}}
    assert found["Aiyana Thomas"] == {34: {RADIO}, 36: {PAPER}}


def test_the_evacuation_order_s_wrong_weekday_is_told_beside_it(story: Analysis) -> None:
    # §2.3: 'on Thursday, July 8' in the paper, and 8 July 2026 was a Wednesday; the arrest 'inside the
    # evacuation zone early on Saturday' is an arrest, not an evacuation
    html = render_sidebar(PAPER, story.comparisons, story.story)
    assert "This article calls it a Thursday; 8 Jul 2026 was a Wednesday." in html
    arrest = next(g for g in story.comparisons.dates if g.kind == "arrest")
    assert {t.date.isoformat() for t in arrest.tally} == {"2026-07-11"}
    assert not any(g.kind == "evacuation" and any(t.date.isoformat() == "2026-07-11" for t in g.tally)
                   for g in story.comparisons.dates)


def test_the_spellings_left_out_are_found(story: Analysis) -> None:
    assert {("Matthieu Caron", "mathieu-caron"), ("Owen Lattimer", "owen-latimer"),
            ("Talbott Hydro", "talbot-hydro"), ("Gord Halvorson", "gord-halvorsen")} <= variants(story)


def test_the_fire_chief_s_words_given_to_the_mayor_are_shown_as_such(story: Analysis) -> None:
    # §6.1: 'We lost the ridge …' and 'I've never seen fire move like that …' are Gord Halvorsen's; the
    # paper gives both to the mayor
    found = speakers_differ(story)
    assert found[frozenset({"gord-halvorsen", "janice-pruett"})] >= {RADIO, PAPER}
    assert len(found) == 1
