"""An eleventh story, end to end: a ransomware attack on a hospital group, measured blind before it was
fixed for.

`fixtures/stories/harbour-ransomware/` and its key (`harbour-ransomware-answers.md`) were written by
someone who did not know how the analysis works, on six kinds of page the rules had not met: a press
release forwarded by email, a researcher's thread on X, a broadcaster's question-and-answer explainer, a
tech site behind a consent wall, a regulator's numbered statement and a LinkedIn post. It is no story of
casualties: records, terabytes, ransoms in dollars and bitcoin, hours of diversion. On first contact the
site showed 162 of the 456 furniture lines the key lists (115 as whole paragraphs) and lost three story
lines; the analysis found the tenfold ransom, the bitcoin, the age and the minutes at once, but not the
hospitals (their counts were split by the incident words near them), the minister's words given to the
hospital's chief (quotes were grouped only under one speaker) nor the wrong weekday (no event held it).
After rules for these kinds of page: 31 shown (1 as a whole paragraph, a story line the key also quotes
in a note; the rest short words such as 'Privacy' inside story sentences), none lost.
"""

from __future__ import annotations

import pytest
from storycheck import ages, claim, shown_with, speakers_differ, story_fixture

from generator.pipeline import Analysis
from generator.render.sidebar import render_sidebar

EXPLAINER = "abs-news-2026-10-19-what-we-know-about-the-harbour-coast-health-ransomware-attack"
TECH = "byteline-2026-10-20-brinelock-leaks-harbor-coast-health-data-after-ransom-deadline-passes"
LINKEDIN = "graham-wetherall-on-linkedin-2026-10-22-eleven-days-on-paper-at-harbour-coast-health"
RELEASE = "harbour-coast-health-2026-10-12-cyber-incident-update-on-harbour-coast-health-services"
THREAD = "nadia-kovac-on-x-2026-10-17-brinelock-claims-harbour-coast-health-thread"
REGULATOR = ("office-of-the-australian-information-commissioner-2026-10-21-statement-on-the-harbour-coast-"
             "health-data-breach")


story = story_fixture("harbour-ransomware")


@pytest.mark.parametrize("furniture", [
    # §9: the forwarded mail's headers and signature, the thread's counts and buttons, the explainer's
    # player, the consent wall, the regulator's navigation, the LinkedIn post's reactions and buttons
    "-----Original Message-----", "Sent from my iPhone", "Translate post", "Show more replies",
    "Listen to this article", "We care about your privacy", "Skip to main content", "96 reposts",
    "• 2nd",
])
def test_no_page_furniture_is_left_in_the_text(story: Analysis, furniture: str) -> None:
    assert shown_with(story, furniture) == []


@pytest.mark.parametrize("line", [
    # §9, story lines that look like furniture: a quotation in Greek, the regulator's background notes
    "«Ο πατέρας μου εμπιστευόταν αυτό το νοσοκομείο όλη του τη ζωή.",
    "1. The Notifiable Data Breaches scheme has operated since February 2018.",
])
def test_story_lines_that_look_like_furniture_stay(story: Analysis, line: str) -> None:
    assert shown_with(story, line)


def test_the_planted_counts_conflict(story: Analysis) -> None:
    # §1.3 the ransom's tenfold slip in the paste; §1.6 25 extra minutes or 50; §1.8 three hospitals or
    # four. (§1.4's 48 bitcoin against 38 is missed: the two sentences share no word but the unit, and on
    # first contact they met only through a reader's comment, which is furniture.)
    assert claim(story, "dollars", 45_000_000)[45_000_000] == {LINKEDIN}
    assert {THREAD, EXPLAINER} <= claim(story, "dollars", 45_000_000)[4_500_000]
    assert claim(story, "minutes", 25) == {25: {THREAD}, 50: {TECH}}
    hospitals = claim(story, "hospitals", 4)
    assert hospitals[4] == {THREAD} and {RELEASE, EXPLAINER, TECH, REGULATOR} <= hospitals[3]


def test_the_patient_s_age_conflicts(story: Analysis) -> None:
    # §1.7: 74 in the explainer and its paste, 76 in the tech site (which also spells him Demetrios)
    assert ages(story)["Dimitrios Kouvaras"] == {74: {EXPLAINER, LINKEDIN}, 76: {TECH}}


def test_the_minister_s_words_given_to_the_hospital_s_chief_are_shown_as_such(story: Analysis) -> None:
    # §6: 'We will not pay a single cent …' is the minister's; the tech site gives it to Maree Costigan
    assert speakers_differ(story) == {
        frozenset({"rhiannon-faulds", "maree-costigan"}): {THREAD, EXPLAINER, TECH, LINKEDIN}}


def test_the_wrong_weekday_of_the_attack_is_told_in_the_sidebar(story: Analysis) -> None:
    # §2.1: 'in the early hours of Saturday, 11 October'; 11 October 2026 was a Sunday
    html = render_sidebar(TECH, story.comparisons, story.story)
    assert "This article calls it a Saturday; 11 Oct 2026 was a Sunday." in html


def test_the_paste_is_found_as_copied(story: Analysis) -> None:
    # §8.1: the LinkedIn post pastes the explainer with edits
    (first, *_) = story.comparisons.reuse
    assert {first.a, first.b} == {EXPLAINER, LINKEDIN} and first.score > 0.2
